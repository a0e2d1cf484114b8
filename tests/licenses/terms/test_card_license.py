"""A card whose licence section is the licence (`license: other`, no licence file, no known
licence): its grant is read as a licence file's would be (`model_terms`), in English and in
other languages; beside a licence file or a known licence the card's prose still only adds
restrictions. Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.record_match import match_from_record
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import TextIdentification
from auditor.model import LicenseFile
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN

_DB = load_license_db()


def _file(
    text: str, path: str = "README.md#license", origin: str = CARD_DOCUMENT_ORIGIN
) -> LicenseFile:
    return LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=origin)


def _values(*files: LicenseFile, match=None) -> dict[str, object]:  # type: ignore[no-untyped-def]
    identified = [(f, TextIdentification(match=None)) for f in files]
    return dict(terms_for_model(identified, match, _DB).values)


@pytest.mark.parametrize(
    "section",
    [
        "Petrel Labs hereby grants you a free licence to use, copy and modify the model, "
        "including for commercial purposes. You must not use it to develop weapons.",
        "Petrel Labs vous autorise gratuitement à utiliser et modifier le modèle, y compris à des "
        "fins commerciales. Il est interdit de l'utiliser à des fins militaires.",
        "Petrel Labs concede a todos el derecho de usar el modelo, también con fines comerciales.",
    ],
)
def test_the_card_section_is_the_licence_when_nothing_else_is(section: str) -> None:
    values = _values(_file(section))
    assert values["commercial_use"] == "allowed"


def test_its_restrictions_still_bind() -> None:
    section = (
        "Petrel Labs hereby grants you a free licence to use the model for commercial purposes. "
        "You must not use the model for military purposes."
    )
    values = _values(_file(section))
    assert values["commercial_use"] == "allowed"
    restrictions = values["use_restrictions"]
    assert isinstance(restrictions, list) and "military" in restrictions


def test_a_card_granting_nothing_leaves_commercial_use_unknown() -> None:
    values = _values(_file("The model answers questions about birds. You must not use it to spam."))
    assert values["commercial_use"] is None


def test_beside_a_licence_file_the_card_only_adds_restrictions() -> None:
    licence = _file(
        "PETREL LICENSE\n\nYou may use the model only for non-commercial research.",
        path="LICENSE",
        origin="LICENSE",
    )
    card = _file("Petrel Labs hereby grants you a licence to use the model for commercial ends.")
    assert _values(licence, card)["commercial_use"] == "prohibited"


def test_beside_a_known_licence_the_card_only_adds_restrictions() -> None:
    record = _DB.get("CC-BY-NC-4.0")
    assert record is not None
    match = match_from_record(record, method="card-field", confidence=1.0)
    card = _file("Petrel Labs hereby grants you a licence to use the model for commercial ends.")
    assert _values(card, match=match)["commercial_use"] == "prohibited"
