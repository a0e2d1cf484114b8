"""A file titled as a standard licence is compared with that licence's text (session 20,
held-out round): a body saying something else (a non-commercial grant under "Apache License",
a display-credit duty under "MIT License") is read as its own words, which bind where they
read stricter, and the file is said not to be the published text (`license-text-modified`).

Texts written for this test in our own words. Counter-examples: a title over a link, a title
over an excerpt of the licence's own words, a generic title naming a vendor's licence only in
part ("Sample Code License", a licence of that shape by someone else), and a title-known text
of a non-standard licence (its record binds beside the file, judge_text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.conclude import conclude_license
from auditor.licenses.names import names_in_full
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.judge_text import judge_text_terms
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

_APACHE_NON_COMMERCIAL = """\
                         Apache License
                   Version 2.0, January 2004

1. Grant. The makers let you run, copy and adapt these weights at no cost, but only for
   purposes that earn nothing.
2. Commercial purposes, such as charging for access or putting the weights in a product
   sold to customers, fall outside this grant.
3. Keep this notice with each copy.
"""
_MIT_CREDIT = """\
MIT License

Copyright (c) 2026 Plover Labs

Whoever receives these weights may use, copy, alter, publish and sell them, and let others
do so, at no charge, provided two things happen: this notice stays with every copy, and each
app built on the weights displays the words "Powered by Plover" in its settings screen.

The weights come as they are, without any warranty.
"""
_APACHE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "licenses" / "apache-2.0.txt"
_APACHE_LINK = """\
Apache License
Version 2.0, January 2004

The full text is published at https://www.apache.org/licenses/LICENSE-2.0
"""
_SAMPLE_CODE = """\
Copyright (C) 2026 Quince Devices Inc. All Rights Reserved.

SAMPLE CODE LICENSE

Quince grants you a personal, non-exclusive licence to use, copy, change and pass on these
weights, with or without changes, for any purpose. Copies must keep this notice. Apart from
what is stated here, no rights are granted by Quince.
"""


def _identified(text: str) -> tuple[str | None, str | None]:
    match = identify_text(text, db=load_license_db()).match
    assert match is not None
    return match.id, match.method


def _rules(text: str) -> set[str]:
    identity = identify_text(text, db=load_license_db())
    file = LicenseFile(path="LICENSE", sha256=None, size=len(text), text=text, origin="LICENSE")
    return {f.rule for f in conclude_license(None, [(file, identity)]).findings}


def _commercial(text: str) -> object:
    db = load_license_db()
    identity = identify_text(text, db=db)
    terms = extract_terms(text, path="LICENSE")
    judged = judge_text_terms(terms, identity, identity.match, db, "LICENSE", text=text)
    return judged["commercial_use"].value


def test_an_apache_titled_body_granting_non_commercial_use_binds_and_is_said_changed() -> None:
    assert _identified(_APACHE_NON_COMMERCIAL) == ("Apache-2.0", "text-title-known")
    assert _commercial(_APACHE_NON_COMMERCIAL) == "prohibited"
    assert "license-text-modified" in _rules(_APACHE_NON_COMMERCIAL)


def test_an_mit_titled_body_adding_a_display_credit_is_said_changed() -> None:
    assert _identified(_MIT_CREDIT) == ("MIT", "text-title-known")
    assert _commercial(_MIT_CREDIT) == "allowed"  # commercial use stays allowed
    assert "license-text-modified" in _rules(_MIT_CREDIT)


def test_a_title_over_a_link_keeps_the_record_and_is_not_said_changed() -> None:
    assert _identified(_APACHE_LINK) == ("Apache-2.0", "text-title-known")
    assert _commercial(_APACHE_LINK) == "allowed"
    assert "license-text-modified" not in _rules(_APACHE_LINK)


def test_a_title_over_the_licences_own_words_is_not_said_changed() -> None:
    """The first lines of the published Apache 2.0 text (its title and first definitions),
    read from the shared corpus: an excerpt, named by its title, adds nothing."""
    if not _APACHE.is_file():
        pytest.skip(f"shared corpus not found at {_APACHE}")
    excerpt = "\n".join(_APACHE.read_text(encoding="utf-8").splitlines()[:30]) + "\n"
    assert _identified(excerpt) == ("Apache-2.0", "text-title-known")
    assert _commercial(excerpt) == "allowed"
    assert "license-text-modified" not in _rules(excerpt)


def test_a_title_naming_a_vendors_licence_in_part_is_not_compared() -> None:
    db = load_license_db()
    record = db.get("LicenseRef-apple-ascl")
    assert record is not None
    assert not names_in_full("SAMPLE CODE LICENSE", record)
    assert names_in_full("MIT License", db.get("MIT"))  # type: ignore[arg-type]
    assert "license-text-modified" not in _rules(_SAMPLE_CODE)
    assert _commercial(_SAMPLE_CODE) == "allowed"


def test_a_non_standard_licence_named_by_title_is_not_said_changed_by_its_notes() -> None:
    text = (
        "Llama 3.1 Community License Agreement (partial copy)\n\n"
        "Only the definitions were kept in this file; sections 1 to 7 must be read on Meta's "
        "site.\n"
    )
    assert _identified(text)[1] == "text-title-known"
    assert "license-text-modified" not in _rules(text)
