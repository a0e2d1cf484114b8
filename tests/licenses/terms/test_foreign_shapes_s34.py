"""Clauses every licence carries, in other languages, that restrict no use
(`foreign_no_term_boiler`, read through `foreign_no_term_common`), each beside a twin that
states a term and stays for the term readers. Sentences are our own, written after round O's
unread passages."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign_no_term_common import states_no_term_common


@pytest.mark.parametrize(
    "passage",
    [
        # copies carry this licence, either order
        "Bei jeder Weitergabe ist diese Lizenz mitzuliefern und beizufügen.",
        "Cada còpia del Model ha d'anar acompanyada d'aquest text.",
        "Kiekvienoje kopijoje pateikiamas šios licencijos tekstas.",
        "Licencjobiorca dołącza treść niniejszej umowy do każdej kopii.",
        # a court given the disputes
        "Zuständig ist das Landesgericht in Graz.",
        "Sądem właściwym jest sąd w Poznaniu.",
        "Za spore je pristojno sodišče v Celju.",
        "Tout litige relève des tribunaux de Rennes.",
        # as it is, liability limited
        "El Model es lliura tal com és, sense cap garantia.",
        "Mudel antakse üle sellisena, nagu see on.",
        "Die Lizenzgeberin haftet nur für Vorsatz.",
        "在法律容許的最大範圍內,授權方不承擔任何間接損失。",
        # the contract's workings
        "Ist eine Bestimmung unwirksam, bleiben die übrigen Bestimmungen gültig.",
        "Esta licencia constituye el acuerdo íntegro entre las partes.",
        "Las notificaciones se enviarán a la dirección del Licenciante.",
        "Licencijos davėjas gali skelbti naujas šios licencijos versijas.",
        "El incumplimiento de esta licencia pone término a los derechos concedidos.",
        # the user answers for what it makes; the law that applies anyway
        "Usted es responsable del contenido que genere.",
        "閣下須遵守適用之資料保護法律。",
        # a party by its seat or legal form
        "Habr Modely s.r.o., se sídlem v Brně.",
        "Az engedélyező a Somfa MI Kft.",
        # a technical sheet
        "Příloha č. 1 - Parametry modelu: 7 mld. parametrů, kontext 8 192 tokenů.",
    ],
)
def test_a_clause_every_licence_carries_states_no_term(passage: str) -> None:
    assert states_no_term_common(passage)


@pytest.mark.parametrize(
    "twin",
    [
        # the same words beside a ban, a need or commercial use
        "Die Weitergabe dieser Lizenz an Wettbewerber ist verboten.",
        "Sądem właściwym jest sąd w Poznaniu; korzystanie komercyjne jest zakazane.",
        "Die Lizenzgeberin haftet nur für Vorsatz; die Nutzung ist nur für Forschung erlaubt.",
        # a party that may or must do something
        "Habr Modely s.r.o. smí model používat jen pro výzkum.",
        "Hardangervidda Data AS må gi skriftlig tillatelse.",
        # a ban with no boilerplate around it
        "Model nesmí být použit pro vojenské účely.",
    ],
)
def test_twin_a_passage_stating_a_term_is_left_to_the_term_readers(twin: str) -> None:
    assert not states_no_term_common(twin)


def _values(text: str) -> dict[str, object]:
    from auditor.licenses.terms.foreign import read_foreign

    return dict(read_foreign(f"T\n\n{text}").values)


@pytest.mark.parametrize(
    ("cap", "currency", "amount"),
    [
        (
            "Чл. 3. Лицензополучател, чиито годишни приходи надхвърлят 8 000 000 (осем милиона)"
            " лева, може да използва Модела за търговски цели само въз основа на отделен договор.",
            "BGN",
            8_000_000,
        ),
        (
            "3. Якщо річний дохід Ліцензіата перевищує 150 000 000 (сто п'ятдесят мільйонів)"
            " гривень, потрібна окрема ліцензія Ліцензіара.",
            "UAH",
            150_000_000,
        ),
    ],
)
def test_a_revenue_cap_with_its_amount_spelt_out_in_brackets(
    cap: str, currency: str, amount: int
) -> None:
    threshold = _values(cap)["revenue_threshold"]
    assert isinstance(threshold, dict)
    assert (threshold["currency"], threshold["amount"]) == (currency, amount)


@pytest.mark.parametrize(
    "grant",
    [
        "2. člen: Dajalec licence vsakomur podeljuje brezplačno pravico do uporabe modela, tudi v"
        " pridobitne namene, ob upoštevanju prepovedi iz datoteke PREPOVEDI.md.",
        "Άρθρο 2. Ο Αδειοδότης παραχωρεί δωρεάν άδεια χρήσης του Μοντέλου, και για εμπορικούς"
        " σκοπούς, με την επιφύλαξη του άρθρου 5.",
        "Чл. 2. Лицензодателят предоставя на всяко лице право да използва Модела, включително"
        " за търговски цели, при условията на чл. 4.",
    ],
)
def test_a_grant_with_a_proviso_pointing_elsewhere_allows(grant: str) -> None:
    assert _values(grant)["commercial_use"] == "allowed"


def test_twin_a_non_commercial_grant_with_the_same_proviso_still_withholds() -> None:
    twin = (
        "2. člen: Dajalec licence vsakomur podeljuje pravico do uporabe modela samo v"
        " nepridobitne namene, ob upoštevanju prepovedi iz datoteke PREPOVEDI.md."
    )
    assert _values(twin)["commercial_use"] == "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "1. A licença comercial não se aplica ao licenciado cuja receita bruta anual ultrapasse"
        " R$ 40.000.000,00 (quarenta milhões de reais).\n\n2. O licenciado que ultrapassar esse"
        " valor deverá celebrar contrato de licença comercial específico.",
        "Chiffre d'affaires annuel du licencié supérieur à 12 000 000 EUR : une licence séparée"
        " est requise.\n\nAu-delà de ce seuil, le licencié doit conclure un contrat distinct.",
    ],
)
def test_a_further_licence_asked_of_whoever_passes_that_figure_is_the_caps(text: str) -> None:
    assert _values(text)["commercial_use_conditions"] == ["separate-license-above-threshold"]


def test_twin_a_further_licence_asked_with_no_cap_before_it_is_asked_of_all() -> None:
    text = "El licenciatario debe firmar un contrato de licencia comercial con el Licenciante."
    assert _values(text)["commercial_use_conditions"] == ["separate-license"]


def test_a_hebrew_cap_counting_the_related_companies_with_their_article() -> None:
    text = (
        "סעיף 5. אם סך המשתמשים הפעילים החודשיים של כל המוצרים שלך ושל כל החברות הקשורות"
        " אליך, במצטבר, עולה על 8,000,000, עליך לקבל רישיון מסחרי נפרד."
    )
    threshold = _values(text)["user_threshold"]
    assert isinstance(threshold, dict) and threshold.get("counts") == "licensee-and-affiliates"


def test_twin_a_chinese_cap_not_merged_with_the_affiliates() -> None:
    text = (
        "第九条 若您(仅指接受本协议的法律实体本身,不合并计算其关联方)上一会计年度的营业收入"
        "超过人民币8亿元,您须另行与许可方签订商业许可协议。"
    )
    threshold = _values(text)["revenue_threshold"]
    assert isinstance(threshold, dict) and "counts" not in threshold


def test_a_malay_cap_on_daily_active_users() -> None:
    text = (
        "Fasal 6. Jika produk Pemegang Lesen mempunyai lebih daripada 80,000 (lapan puluh ribu)"
        " Pengguna Aktif Harian pada mana-mana hari, Pemegang Lesen hendaklah mendapatkan lesen"
        " komersial berasingan."
    )
    assert _values(text)["user_threshold"] == {"count": 80_000, "unit": "dau"}


def test_twin_a_malay_sentence_on_daily_users_with_no_figure_is_no_cap() -> None:
    text = "Fasal 6. Pengguna Aktif Harian dikira bagi setiap produk secara berasingan."
    assert "user_threshold" not in _values(text)
