"""Session 17 held-out fixes: clauses of bespoke licences in other languages that were said
unread. Number formats of caps (5.000.000, 2 milyon, USD 2M, 1,5 mln), revenue caps in Turkish
dollars, Portuguese governing-law clauses naming the republic or the singular "lei", credit
duties in Polish drafting's binding present tense and in Portuguese, Spanish, Italian, French and
German, numbered captions standing alone, and definitions of commercial use by its purpose.
Expectations are from what each clause says, in our own words."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_caps import numbers, revenue_cap
from auditor.licenses.terms.foreign_cues_more import PT, TR
from auditor.licenses.text.language import language_of


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, reading.unread
    return reading.values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5.000.000 usuários", 5_000_000),
        ("5 milhões de usuários", 5_000_000),
        ("2 milyon kullanıcı", 2_000_000),
        ("500 bin kullanıcı", 500_000),
        ("1,5 mln użytkowników", 1_500_000),
        ("3 miliony użytkowników", 3_000_000),
        ("10 triệu người dùng", 10_000_000),
        ("2 milyar", 2_000_000_000),
    ],
)
def test_numbers_with_scale_words_of_more_languages(text: str, value: int) -> None:
    assert next(found for _, _, found in numbers(text)) == value


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Yıllık cironuz USD 2M tutarını aşarsa ayrı lisans gerekir.", 2_000_000),
        ("Yıllık geliri 3 milyon ABD dolarını geçen şirketler ayrı lisans almalıdır.", 3_000_000),
        ("Şirketin yıllık hasılatı 1,5 milyon dolar üzerindeyse lisans sona erer.", 1_500_000),
        (
            "Yıllık gelir sınırı $1.5B olup bu sınırın üzerinde ticari lisans gerekir.",
            1_500_000_000,
        ),
    ],
)
def test_turkish_revenue_caps_in_dollars(text: str, amount: int) -> None:
    cap = revenue_cap(text, TR.revenue, TR.annual)  # type: ignore[arg-type]
    assert cap is not None
    assert (cap["amount"], cap["currency"], cap["period"]) == (amount, "USD", "year")


def test_a_turkish_revenue_cap_past_which_the_grant_ends_is_read_whole() -> None:
    values = _values(
        "Madde 4 - Ciro sınırı. Lisans alanın yıllık cirosu 4 milyon ABD dolarını aşarsa ticari"
        " kullanım hakkı sona erer; devam etmek için ücretli bir lisans alınması gerekir."
    )
    assert values["revenue_threshold_usd"] == 4_000_000
    assert values["commercial_use"] == "restricted"
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_a_real_or_other_dollar_is_no_us_dollar() -> None:
    cap = revenue_cap("faturamento anual acima de R$ 5 milhões", PT.revenue, PT.annual)  # type: ignore[arg-type]
    assert cap is not None and cap["currency"] == "BRL"  # the real, read as itself (session 23)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Esta licença é regida pelas leis da República Federativa do Brasil.", "BR"),
        ("Aplica-se a este contrato a legislação brasileira.", "BR"),
        ("A presente licença rege-se pela lei portuguesa.", "PT"),
        ("Este acordo fica sujeito ao direito português.", "PT"),
    ],
)
def test_portuguese_governing_law_shapes(text: str, code: str) -> None:
    assert _values(text)["governing_law"] == code


@pytest.mark.parametrize(
    "text",
    [
        # Polish drafting binds with the present tense of a placing verb
        "Licencjobiorca umieszcza w widocznym miejscu serwisu informację o pochodzeniu modelu.",
        'Usługodawca zamieszcza w opisie aplikacji napis: "Działa na modelu Sikorka".',
        # Portuguese
        "Quem partilhar o modelo deve indicar a Fundação Sabiá como autora.",
        "O licenciado deve mencionar a fonte em qualquer produto derivado.",
        # Spanish
        "Quien redistribuya el modelo debe citar la fuente en la documentación.",
        "El licenciatario deberá mantener el aviso de derechos de autor en todas las copias.",
        # Italian
        "Chi distribuisce il modello deve citare la fonte nella documentazione del prodotto.",
        # French
        "Le licencié doit faire mention de l'auteur dans toute redistribution du modèle.",
        # German
        "Bei jeder Weitergabe muss der Lizenztext dem Modell beigefügt werden.",
        "Der Lizenznehmer ist verpflichtet, die Namensnennung des Urhebers beizubehalten.",
    ],
)
def test_credit_duties_are_read_as_attribution(text: str) -> None:
    assert _values(text)["attribution_required"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Madde 2 - Gelir sınırı.",
        "Artigo 5 - Lei aplicável.",
        "§ 4. Prawo właściwe.",
        "Cláusula 7 – Disposições finais.",
    ],
)
def test_a_numbered_caption_standing_alone_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    assert reading.values == {}


@pytest.mark.parametrize(
    "text",
    ["Madde 5 - Yeniden dağıtım yasağı.", "Artigo 3 - Uso apenas em pesquisa."],
)
def test_a_caption_naming_a_ban_or_limit_is_no_mere_caption(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread or reading.values


@pytest.mark.parametrize(
    "text",
    [
        "Considera-se comercial qualquer utilização destinada principalmente à obtenção de"
        " vantagem comercial ou de compensação monetária.",
        "Se entiende por uso comercial todo uso orientado a obtener una ventaja comercial o una"
        " compensación monetaria.",
        "Si intende per uso commerciale qualsiasi utilizzo diretto a conseguire un vantaggio"
        " commerciale o un compenso monetario.",
        "Za komercyjne uważa się korzystanie nastawione na osiągnięcie korzyści majątkowej.",
    ],
)
def test_a_purpose_definition_of_commercial_use_states_no_further_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    assert "commercial_use" not in reading.values


def test_a_definition_naming_the_user_stays_unread() -> None:
    # use by a company is commercial whatever its purpose: it widens the ban, said unread
    reading = read_foreign(
        "Considera-se comercial qualquer utilização por uma empresa, mesmo sem fins lucrativos."
    )
    assert reading.unread


def test_a_portuguese_credit_sentence_is_told_portuguese() -> None:
    assert language_of("Quem partilhar o modelo deve indicar a Fundação Sabiá como autora.") == "pt"
