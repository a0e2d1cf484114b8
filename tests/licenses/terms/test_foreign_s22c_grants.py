"""Session 22 (held-out set C): a grant that reaches gainful or business use in other words
than "commercial" is read as allowing commercial use, in Czech ("i při výdělečné činnosti",
"také v rámci podnikání"), Slovak ("aj pri podnikaní", "aj na podnikateľské účely"), Swedish
("också sådana som du tar betalt för", "även i näringsverksamhet") and Romanian ("inclusiv în
activități comerciale", "inclusiv în cadrul afacerilor"); a ban or a consent needed for the same
use is not. Sentences are our own words."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.language import language_of
from auditor.licenses.text.title_shapes import find_title


@pytest.mark.parametrize(
    "text",
    [
        "Vydavatel dává uživatelům bezplatné oprávnění model užívat a šířit, a to i při "
        "výdělečné činnosti.",
        "Poskytovatel vám uděluje oprávnění model užívat a upravovat, také v rámci podnikání.",
        "Licencia vám umožňuje model používať a upravovať, a to aj pri podnikaní.",
        "Autor vám povoľuje model používať aj na podnikateľské účely.",
        "Lärka AB ger dig rätt att använda och ändra modellen i dina tjänster, också sådana som "
        "du tar betalt för.",
        "Du får använda och ändra modellen, även i din näringsverksamhet.",
        "Autorul permite oricui să folosească și să modifice modelul, inclusiv în activități "
        "comerciale.",
        "Licențiatul poate folosi și copia modelul inclusiv în cadrul afacerilor sale.",
    ],
)
def test_a_grant_reaching_business_use_allows_commercial_use(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Model smíte užívat pouze nekomerčně; užití při výdělečné činnosti vyžaduje písemný "
        "souhlas.",
        "Model nesmíte užívat při výdělečné činnosti.",
        "Model je zakázané používať pri podnikaní.",
        "Modellen får inte användas i produkter som du tar betalt för.",
        "Modelul nu poate fi folosit în activități comerciale.",
    ],
)
def test_a_ban_or_consent_for_business_use_allows_nothing(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Ke každé kopii modelu musí být přiložen tento text.",
        "Nabyvatel ke každé šířené kopii přiloží text těchto podmínek.",
    ],
)
def test_a_czech_duty_to_attach_the_terms_is_a_notice_duty(text: str) -> None:
    assert read_foreign(text).values.get("attribution_required") is True


def test_the_licensor_attaching_its_terms_binds_no_one() -> None:
    assert (
        "attribution_required"
        not in read_foreign(
            "Poskytovatel přikládá k modelu tyto podmínky jen pro informaci."
        ).values
    )


@pytest.mark.parametrize(
    "text",
    [
        "Modelul nu poate fi folosit pentru a acorda un credit atunci când decizia se ia automat.",
        "Modelul nu poate fi folosit pentru decizii automatizate privind angajarea.",
        "Mallia ei saa käyttää automaattiseen päätöksentekoon luotoista.",
    ],
)
def test_a_ban_on_automated_decisions_is_read(text: str) -> None:
    assert "automated-decision-making" in read_foreign(text).values.get("use_restrictions", [])  # type: ignore[operator]


def test_automating_a_translation_is_no_automated_decision() -> None:
    values = read_foreign("Modelul nu poate fi folosit pentru a automatiza traducerea.").values
    assert "automated-decision-making" not in values.get("use_restrictions", [])  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Model nesmiete použiť na tajné monitorovanie pracovníkov.", "surveillance"),
        ("Model nesmiete použiť na skryté sledovanie zamestnancov.", "surveillance"),
        ("Model nesmiete použiť na činnosť, ktorá je podľa zákona trestná.", "illegal-activity"),
        ("Model nesmiete použiť na písanie falošných recenzií.", "fake-engagement"),
    ],
)
def test_slovak_bans_are_read_in_slovak(text: str, tag: str) -> None:
    assert tag in read_foreign(text).values.get("use_restrictions", [])  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("na skryté sledovanie zamestnancov či spolupracovníkov, najmä na čítanie ich správ", "sk"),
        ("Model ani jeho výstupy nesmiete použiť na tieto účely", "sk"),
        ("Model nesmí být použit k tajnému sledování zaměstnanců ani jejich zpráv.", "cs"),
    ],
)
def test_slovak_is_told_from_czech(text: str, language: str) -> None:
    assert language_of(text) == language


def test_tracking_stock_in_a_warehouse_is_no_surveillance() -> None:
    assert (
        "use_restrictions"
        not in read_foreign("Model nesmiete použiť inak než na sledovanie zásob v sklade.").values
    )


@pytest.mark.parametrize(
    "title", ["Podmienky používania modelu Drozd-3B", "Licenčné podmienky pre model Sova"]
)
def test_a_slovak_terms_title_is_a_licence_title(title: str) -> None:
    assert find_title(f"# {title}\n\nČlánok 1\nText.") == title


def test_a_slovak_title_of_other_terms_is_none() -> None:
    assert find_title("# Podmienky súťaže o ceny\n\nČlánok 1\nText.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Mallia ei saa käyttää ihmisten tunnistamiseen kasvojen tai äänen perusteella.",
        "Mallia ei saa käyttää henkilöiden tunnistamiseen kävelytyylin perusteella.",
        "Mallia ei saa käyttää kasvojen tunnistamiseen.",
    ],
)
def test_a_finnish_ban_on_recognising_people_by_body_is_biometric(text: str) -> None:
    assert "biometric-identification" in read_foreign(text).values.get("use_restrictions", [])  # type: ignore[operator]


def test_recognising_defects_in_boards_is_no_biometric_ban() -> None:
    values = read_foreign("Mallia saa käyttää lautojen vikojen tunnistamiseen.").values
    assert "biometric-identification" not in values.get("use_restrictions", [])  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Har en produkt där modellen ingår fler än tio miljoner aktiva användare under en "
            "kalendermånad, gäller § 1 inte längre och du behöver ett särskilt avtal med oss.",
            10_000_000,
        ),
        (
            "Har tjänsten fler än fem miljoner aktiva användare per kalendermånad krävs en "
            "särskild licens från Sparv AI AB.",
            5_000_000,
        ),
    ],
)
def test_a_swedish_monthly_user_cap_per_calendar_month(text: str, count: int) -> None:
    assert read_foreign(text).values.get("mau_threshold") == count


def test_users_counted_over_a_year_are_no_monthly_cap() -> None:
    values = read_foreign(
        "Har tjänsten fler än fem miljoner aktiva användare under ett år krävs en särskild "
        "licens från Sparv AI AB."
    ).values
    assert values.get("mau_threshold") is None
