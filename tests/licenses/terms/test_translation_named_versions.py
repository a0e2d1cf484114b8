"""A licence and its version in another language (licenses/terms/translations.py): the
original naming the other file ("A Danish version is provided in LICENS-DA.md") makes it a
version of it, which the original's precedence clause then settles; the verb-second clause of
the Scandinavian languages ("Ved uoverensstemmelse går den engelske udgave forud") names the
prevailing version; what a translation that does not prevail leaves unread is said at its own
rule (`translation-language-unread`), never as unread terms that bind; and a cap whose grant
"stops applying" past the size is read. Texts are ours."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.foreign_precedence import prevailing_language
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import TextIdentification
from auditor.model import LicenseFile, Severity

_DB = load_license_db()

_ENGLISH = """Cobble-4B Licence
Licensor: Example Fjord Models ApS

1. Cobble-4B may be used, modified and shared by anyone, for any purpose, commercial
   purposes included.
2. When you make Cobble-4B available to others, include a copy of this licence.
3. A Danish version is provided in {name}. Where the versions differ, the English
   version governs.
"""

_DANISH = """Licens for Cobble-4B

1. Cobble-4B må bruges, ændres og deles af enhver, dog kun til ikke-kommercielle formål.
2. Når du gør Cobble-4B tilgængelig for andre, skal en kopi af denne licens følge med.
3. Modellen må under ingen omstændigheder anvendes i strid med gældende ret i Danmark.
"""


def _terms(files: dict[str, str]):  # type: ignore[no-untyped-def]
    identified = [
        (LicenseFile(path, None, len(text), text, path), TextIdentification(match=None))
        for path, text in files.items()
    ]
    return terms_for_model(identified, None, _DB)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ved uoverensstemmelse mellem udgaverne går den engelske udgave forud.", "en"),
        ("Vid avvikelser mellan versionerna går den engelska versionen före.", "en"),
        ("Ved uoverensstemmelse går den danske udgave forud.", "da"),
    ],
)
def test_a_verb_second_clause_names_the_prevailing_version(text: str, code: str) -> None:
    assert prevailing_language(text) == code


def test_a_version_the_original_names_by_file_is_settled_by_its_clause() -> None:
    model = _terms({"LICENSE": _ENGLISH.format(name="LICENS-DA.md"), "LICENS-DA.md": _DANISH})
    assert model.values["commercial_use"] == "allowed"
    rules = {f.rule for f in model.findings}
    assert "license-translation-disagrees" in rules
    assert "license-files-disagree" not in rules


def test_a_document_the_original_does_not_name_binds_beside_it() -> None:
    # Twin: the original names another file, and the Danish text neither calls itself a
    # translation nor names a prevailing version: both bind, the stricter reading wins
    model = _terms({"LICENSE": _ENGLISH.format(name="docs/da.md"), "LICENS-DA.md": _DANISH})
    assert model.values["commercial_use"] == "prohibited"


def test_unread_passages_of_a_translation_that_does_not_prevail_bind_not() -> None:
    model = _terms({"LICENSE": _ENGLISH.format(name="LICENS-DA.md"), "LICENS-DA.md": _DANISH})
    said = [f for f in model.findings if "LICENS-DA.md" in f.message and "read" in f.message]
    assert said and all(f.rule == "translation-language-unread" for f in said)
    assert all(f.severity is Severity.INFO for f in said)
    assert not any(f.rule == "license-language-unread" for f in model.findings)


def test_unread_passages_of_a_document_of_its_own_are_unread_terms() -> None:
    # Twin: not a translation (the original names another file): its unread words may bind
    model = _terms({"LICENSE": _ENGLISH.format(name="docs/da.md"), "LICENS-DA.md": _DANISH})
    assert any(f.rule == "license-language-unread" for f in model.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "If a single product of yours has more than fifty million (50,000,000) monthly active "
        "users, clause 1 stops applying to that product until we have agreed separate terms.",
        "Where a service has more than 50,000,000 monthly active users, the grant in section 2 "
        "ceases to cover it.",
        "A service with more than 50,000,000 monthly active users must conclude a different "
        "contract with us.",
    ],
)
def test_a_grant_that_stops_applying_past_a_size_is_a_cap(sentence: str) -> None:
    terms = extract_terms(sentence, path="LICENSE")
    assert terms["user_threshold"].value == {"count": 50_000_000, "unit": "mau"}
