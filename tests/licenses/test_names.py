"""Generic license names never resolve to one vendor's record unless the vendor is named
(issue 13 class 2)."""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import identify_declared
from auditor.licenses.names import is_generic_name, lookup_name
from auditor.licenses.text.identify import identify_text
from auditor.model import Declared

VENDOR = "LicenseRef-kimi-modified-mit"


def test_generic_and_vendor_names() -> None:
    db = load_license_db()
    assert is_generic_name("Modified MIT License", db)
    assert is_generic_name("MIT License", db)
    assert is_generic_name("Apache License", db)
    assert not is_generic_name("Kimi K2 License", db)
    assert not is_generic_name("Acme Model License", db)


def test_a_generic_name_needs_its_vendor_named() -> None:
    db = load_license_db()
    assert lookup_name("modified mit license", db) is None
    assert lookup_name("modified-mit", db, context=["a license by Zephyr Labs"]) is None
    found = lookup_name("modified-mit", db, context=["the Kimi K2 weights"])
    assert found is not None and found.id == VENDOR
    standard = lookup_name("MIT License", db)
    assert standard is not None and standard.id == "MIT"  # a standard record needs no vendor


def test_declared_generic_name_stays_unidentified_without_its_vendor() -> None:
    db = load_license_db()
    match = identify_declared(Declared(license="other", license_name="modified-mit"), db)
    assert match is not None and match.id is None
    assert match.name == "modified-mit"


def test_declared_generic_name_with_the_vendors_link_resolves() -> None:
    db = load_license_db()
    declared = Declared(
        license="other",
        license_name="modified-mit",
        license_link="https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/LICENSE",
    )
    match = identify_declared(declared, db)
    assert match is not None and match.id == VENDOR


def test_a_generic_title_names_another_vendors_license_as_its_own() -> None:
    text = (
        'Modified MIT License\n\nQuillfeather Systems Ltd. ("Licensor") lets you run and change '
        "the Quill weights. A company with yearly revenue above USD 2 million needs a paid "
        "agreement with the Licensor first.\n"
    )
    match = identify_text(text).match
    assert match is not None
    assert match.id != VENDOR and match.id != "MIT"
    assert match.derived_from == "MIT"
    assert match.id == "LicenseRef-quillfeather-systems-ltd-modified-mit-license"


def test_a_generic_title_without_a_licensor_gets_no_id_of_its_own() -> None:
    text = (
        "Modified MIT License\n\n"
        "You may run the weights. Products over 5 million users must say so.\n"
    )
    match = identify_text(text).match
    assert match is not None
    assert match.id is None  # two vendors' "Modified MIT License" must not share an id
    assert match.derived_from == "MIT"
    assert match.method == "text-derived"


def test_the_vendors_own_title_still_names_its_record() -> None:
    text = (
        "Modified MIT License\n\n"
        "The Kimi K2 weights may be used by anyone, as Moonshot AI allows.\n"
    )
    match = identify_text(text).match
    assert match is not None and match.id == VENDOR
