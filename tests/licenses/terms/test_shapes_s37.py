"""Shapes found in session 37's held-out round, each with a twin (sentences are ours).

- A short licence file that sends the reader to the model card by its file name (README.md)
  and states no term of its own is a pointer, not an unread licence: the card's licence
  section, read as the licence, binds with its grant and its bans.
- A card's licence section titled in a language whose word for "licence" the card reader did
  not list (Xhosa "Imigaqo yelayisenisi", a concord joined to the noun) is still the licence
  section.
"""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.incorporated import pointing
from auditor.licenses.terms.model_terms import _documents, terms_for_model
from auditor.licenses.text.identify import TextIdentification
from auditor.model import LicenseFile
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN
from auditor.sources.card_markdown import is_license_title

_DB = load_license_db()


def _file(text: str, path: str, origin: str = "folder") -> LicenseFile:
    return LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=origin)


def _values(*files: LicenseFile) -> dict[str, object]:
    identified = [(f, TextIdentification(match=None)) for f in files]
    return dict(terms_for_model(identified, None, _DB).values)


_POINTER = "# Heathwren Model Licence\n\nThe terms of this licence are set out in README.md.\n"


def test_a_licence_naming_the_card_file_takes_in_its_licence_section() -> None:
    card = _file(
        "## Licence\n\nYou may use Heathwren for research. Commercial use is not permitted.",
        "README.md#license",
        CARD_DOCUMENT_ORIGIN,
    )
    values = _values(_file(_POINTER, "LICENSE.md"), card)
    assert values["commercial_use"] == "prohibited"


def test_twin_the_card_granting_commercial_use_is_the_grant() -> None:
    card = _file(
        "## Licence\n\nYou may use, copy and sell products built on Heathwren, including for "
        "commercial purposes, free of charge. You must not use it for military purposes.",
        "README.md#license",
        CARD_DOCUMENT_ORIGIN,
    )
    values = _values(_file(_POINTER, "LICENSE.md"), card)
    assert values["commercial_use"] == "allowed"
    restrictions = values["use_restrictions"]
    assert isinstance(restrictions, list) and "military" in restrictions


def _pointers(pointer: str) -> set[str]:
    grant = "## Licence\n\nYou may use the model for any purpose, including commercial use."
    card = _file(grant, "README.md#license", CARD_DOCUMENT_ORIGIN)
    files = [_file(pointer, "LICENSE.md"), card]
    identified = [(f, TextIdentification(match=None)) for f in files]
    docs = _documents(identified, _DB, card_license=True)
    return pointing(docs, {f.path: f.text or "" for f in files})


def test_a_note_sending_the_reader_to_the_card_is_a_pointer() -> None:
    assert _pointers(_POINTER) == {"LICENSE.md"}


def test_twin_a_note_with_a_term_of_its_own_is_no_pointer() -> None:
    with_term = _POINTER + "You may not sell the model.\n"
    assert _pointers(with_term) == set()


def test_titles_with_a_joined_concord_are_licence_titles() -> None:
    assert is_license_title("Imigaqo yelayisenisi")
    assert is_license_title("Imiqathango yelayisensi")
    assert is_license_title("Ilayisenisi")
    assert not is_license_title("Imodeli yesiXhosa")  # "the Xhosa model": no licence word
    assert not is_license_title("Training details")
