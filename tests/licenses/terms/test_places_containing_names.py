"""Official place names that hold another place's name (session 23, held-out s23d1): "las leyes
federales de los Estados Unidos Mexicanos" is Mexican law, but "Estados Unidos" matched first
and read it as US law. The longest name standing at a place names it, in the governing-law
readers of every language and in the place tables of the English and foreign territory
readers. Texts written for this test in our own words; twins name the shorter place itself.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.law import choice_of_law_code
from auditor.licenses.terms.places import jurisdiction_code


def _foreign_law(text: str) -> object:
    return read_foreign(text).values.get("governing_law")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cláusula 9. Este contrato se rige por las leyes federales de los Estados Unidos "
         "Mexicanos.", "MX"),
        ("Artículo 12. La licencia se regirá por la legislación de los Estados Unidos Mexicanos y "
         "sus tribunales federales.", "MX"),
        ("La présente licence est régie par le droit des États-Unis mexicains.", "MX"),
        ("La presente licenza è regolata dalle leggi degli Stati Uniti Messicani.", "MX"),
        ("Настоящее соглашение регулируется законодательством Мексиканских Соединённых Штатов.",
         "MX"),
        ("Niniejsza licencja podlega prawu Meksykańskich Stanów Zjednoczonych.", "MX"),
        ("Tato licence se řídí právem Spojených států mexických.", "MX"),
        ("Esta licença é regida pelas leis dos Estados Unidos do Brasil.", "BR"),
        ("Esta licencia se rige por las leyes del Estado de Nuevo México.", "US-NM"),
    ],
)  # fmt: skip
def test_a_foreign_choice_of_law_names_the_longest_place(text: str, code: str) -> None:
    assert _foreign_law(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Esta licencia se rige por las leyes de los Estados Unidos de América.", "US"),
        ("Este contrato se rige por las leyes federales de los Estados Unidos.", "US"),
        ("La présente licence est régie par le droit des États-Unis.", "US"),
        ("Настоящее соглашение регулируется правом Соединённых Штатов Америки.", "US"),
        ("Tato licence se řídí právem Spojených států amerických.", "US"),
        ("Este contrato se rige por las leyes de México.", "MX"),
    ],
)
def test_the_shorter_name_alone_still_names_its_place(text: str, code: str) -> None:
    assert _foreign_law(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("This Agreement is governed by the laws of the United Mexican States.", "MX"),
        (
            "This licence is governed by the laws of the Democratic People's Republic of Korea.",
            "KP",
        ),
        ("These terms are governed by the laws of Northern Ireland.", "GB"),
        ("This licence is governed by the laws of the Republic of China (Taiwan).", "TW"),
    ],
)
def test_an_english_choice_of_law_names_the_longest_place(text: str, code: str) -> None:
    assert choice_of_law_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("This licence is governed by the laws of the Republic of Korea.", "KR"),
        ("These terms are governed by the laws of Ireland.", "IE"),
        ("This licence is governed by the laws of the People's Republic of China.", "CN"),
        ("This Agreement is governed by the laws of Mexico.", "MX"),
        ("This Agreement is governed by the laws of the State of New Mexico.", "US-NM"),
    ],
)
def test_english_twins_keep_their_place(text: str, code: str) -> None:
    assert choice_of_law_code(text) == code


def test_the_capital_district_is_not_the_state() -> None:
    assert jurisdiction_code("Washington, D.C.") == "US-DC"
    assert jurisdiction_code("the State of Washington") == "US-WA"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "No se concede licencia a entidades constituidas en los Estados Unidos Mexicanos.",
            "MX",
        ),
        ("Aucune licence n'est accordée aux sociétés établies aux États-Unis mexicains.", "MX"),
        ("No se concede licencia alguna a personas residentes en el estado de Nuevo México.", "US"),
        ("No se concede licencia alguna a entidades constituidas en los Estados Unidos.", "US"),
    ],
)
def test_a_foreign_exclusion_names_the_longest_place(text: str, region: str) -> None:
    clauses = read_foreign(text).values.get("excluded_licensee_domiciles")
    assert isinstance(clauses, list) and clauses
    assert clauses[0]["regions"] == [region]
