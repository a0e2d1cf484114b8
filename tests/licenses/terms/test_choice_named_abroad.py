"""A document whose words, in a language no rule reads, name the options of the model's own
declared `A OR B` (licenses/terms/model_terms.py `_restating_choice`): it restates the choice
the record states, so the most restrictive license it names does not bind every option. Naming
a license outside the choice, one option alone, or stating a restriction of its own, it binds
as any pointer does. Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_names import named_records
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import TextIdentification
from auditor.model import LicenseFile, LicenseMatch
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN

_DB = load_license_db()


def _match(expression: str) -> LicenseMatch:
    return LicenseMatch(
        id=expression,
        name=None,
        spdx=None,
        scancode=None,
        hf=None,
        kind=None,
        confidence=1.0,
        method="spdx-expression",
    )


def _commercial(text: str, expression: str, origin: str = CARD_DOCUMENT_ORIGIN) -> object:
    path = "README.md#license" if origin == CARD_DOCUMENT_ORIGIN else "LICENSE.md"
    file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=origin)
    values = terms_for_model([(file, TextIdentification(match=None))], _match(expression), _DB)
    return values.values.get("commercial_use")


# the two options named in a sentence that says the licensee picks one, in languages whose
# word for choosing no rule reads
_RESTATED = [
    "Kwarts-1B wordt onder twee licenties aangeboden en u kiest er zelf één: de MIT-licentie "
    "of CC BY-NC-SA 4.0. Wie voor de MIT-licentie kiest, is niet gebonden aan de andere.",
    "Malli on saatavilla kahdella lisenssillä, joista valitset itse: MIT-lisenssi tai "
    "CC BY-NC-SA 4.0.",
    "Model jest udostępniany na dwóch licencjach do wyboru przez użytkownika: MIT albo "
    "CC BY-NC-SA 4.0.",
    "Modellen erbjuds under två licenser och du väljer själv vilken som gäller för dig: "
    "MIT-licensen eller CC BY-NC-SA 4.0.",
]


@pytest.mark.parametrize("text", _RESTATED)
def test_options_named_in_another_language_restate_the_declared_choice(text: str) -> None:
    assert _commercial(text, "MIT OR CC-BY-NC-SA-4.0") != "prohibited"


@pytest.mark.parametrize("text", _RESTATED)
def test_without_a_declared_choice_the_strictest_license_named_binds(text: str) -> None:
    # Twin: the same words beside a declaration of one license: nothing says the licensee
    # picks, so the non-commercial license the words name binds (fail closed)
    assert _commercial(text, "MIT") == "prohibited"


def test_a_license_outside_the_choice_binds() -> None:
    # Twin: the words name CC BY-NC 4.0, which is no option of `MIT OR CC-BY-NC-SA-4.0`
    text = "Kwarts-1B valt onder de MIT-licentie en daarnaast onder CC BY-NC 4.0."
    assert _commercial(text, "MIT OR CC-BY-NC-SA-4.0") == "prohibited"


def test_a_pointer_file_naming_both_options_restates_the_choice_too() -> None:
    text = "Dieses Modell steht wahlweise unter der MIT-Lizenz oder unter CC BY-NC-SA 4.0."
    assert _commercial(text, "MIT OR CC-BY-NC-SA-4.0", origin="LICENSE.md") != "prohibited"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Modell steht unter der MIT-Lizenz.", "MIT"),
        ("Het model valt onder de MIT-licentie.", "MIT"),
        ("Tämä kielimalli ja sen painot on julkaistu MIT-lisenssillä kaikkien käyttöön.", "MIT"),
        ("Denne sprogmodel og dens vægte er udgivet under MIT-licensen til alle brugere.", "MIT"),
        ("Модель распространяется по MIT-лицензии.", "MIT"),
    ],
)
def test_a_license_name_joined_to_the_word_for_licence_is_named(text: str, expected: str) -> None:
    named = [record.id for record, _ in named_records(read_foreign(text), _DB)]
    assert named == [expected]
