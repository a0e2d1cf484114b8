"""A Portuguese licence banning election campaigning and capping revenue in reais (session 23,
held-out s23d1): "É vedado o uso do modelo em campanhas eleitorais, em propaganda partidária ..."
read no harm (no reader knew election words in any language but English), and "receita bruta
anual ultrapasse R$ 300 milhões" no currency (the real's sign is not the dollar's). Both
sentences were unread. Texts written for this test in our own words; twins: a word that also
means a choice, election words with no ban, an amount with no currency.
"""

from __future__ import annotations

import pytest

from auditor.knowledge.exchange_rates import usd_band
from auditor.licenses.terms.foreign import read_foreign


def _uses(text: str) -> object:
    return read_foreign(text).values.get("use_restrictions")


@pytest.mark.parametrize(
    "text",
    [
        "Cláusula 3ª – É vedado o uso do modelo em campanhas eleitorais, em propaganda partidária "
        "ou em qualquer comunicação destinada a influenciar o voto do eleitor.",
        "O licenciado não pode empregar o modelo em eleições nem em propaganda política.",
        "Fica proibido utilizar o Modelo para produzir material de campanha eleitoral.",
        "Queda prohibido utilizar el modelo en campañas electorales o para influir en el voto.",
        "Das Modell darf nicht für Wahlkampf oder politische Werbung eingesetzt werden.",
        "Il est interdit d'utiliser le modèle pour influencer les électeurs lors d'un scrutin.",
        "Запрещается использовать модель для предвыборной агитации.",
        "Dilarang menggunakan Model untuk kampanye politik atau pemilu.",
        "Nghiêm cấm sử dụng mô hình cho hoạt động vận động bầu cử.",
        "يحظر استخدام النموذج في الحملات الانتخابية.",
    ],
)
def test_a_ban_on_election_use_is_read(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("use_restrictions") == ["election-interference"]
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        # a word that also means a choice, beside another harm
        "A elección del Licenciante, no se podrá usar el modelo con fines militares.",
        "Les parties font élection de domicile à leur siège ; il est interdit d'utiliser le "
        "modèle à des fins militaires.",
        "Nach Wahl des Lizenzgebers darf das Modell nicht für militärische Zwecke genutzt werden.",
        "Запрещается использовать модель в военных целях, выбор поставщика остаётся за вами.",
    ],
)
def test_a_word_of_choice_is_no_election(text: str) -> None:
    assert _uses(text) == ["military"]


def test_election_words_without_a_ban_restrict_nothing() -> None:
    assert _uses("O modelo pode ser usado para analisar resultados eleitorais.") is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Cláusula 2ª – Empresas cuja receita bruta anual ultrapasse R$ 300 milhões deverão "
         "firmar contrato comercial específico com a Licenciante antes de qualquer uso comercial.",
         300_000_000),
        ("Empresas com faturamento anual acima de 50 milhões de reais precisam de uma licença "
         "comercial.", 50_000_000),
        ("Licenciados cuja receita anual exceda BRL 20 milhões devem obter licença comercial "
         "separada.", 20_000_000),
    ],
)  # fmt: skip
def test_a_revenue_cap_in_reais_is_read(text: str, amount: int) -> None:
    reading = read_foreign(text)
    cap = reading.values.get("revenue_threshold")
    assert isinstance(cap, dict) and cap["currency"] == "BRL" and cap["amount"] == amount
    conditions = reading.values.get("commercial_use_conditions")
    assert isinstance(conditions, list) and "separate-license-above-threshold" in conditions
    assert not reading.unread


def test_an_amount_in_dollars_or_in_no_currency_is_no_real() -> None:
    dollars = read_foreign(
        "Empresas com receita anual acima de US$ 50 milhões precisam de uma licença comercial."
    ).values.get("revenue_threshold")
    assert isinstance(dollars, dict) and dollars["currency"] == "USD"
    bare = read_foreign(
        "Empresas com receita anual acima de 50 milhões precisam de uma licença comercial."
    ).values.get("revenue_threshold")
    assert bare is None


def test_the_real_has_a_band() -> None:
    band = usd_band("BRL")
    assert band is not None and 0 < band.low < band.high < 1
