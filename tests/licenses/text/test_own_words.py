"""A text whose reference is gone is named from its own words: a bare name heading above a
preface, the licensor it defines, the commercial use it states.

Every text here is a fictional license written for these tests (the Heron family of a made-up
avionics firm), identified against the real records plus fictional Heron ones.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.knowledge.license_db import LicenseDB, LicenseRecord, Term, load_license_db
from auditor.licenses.text.fingerprint import FingerprintSet, fingerprint_text
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.own_name import extract_licensor, extract_titles, name_heading
from auditor.model.kinds import LicenseKind

REVIEW_LINE = 0.9

PREFACE_TEXT = """Heron Attribution 3.0 International

==========================================================

Heron Commons is not a law office and gives nobody advice. Handing out our licenses does not
make us your counsel, and we promise nothing about what they do for you.

Using Heron Public Licenses

People who share their work pick one of our licenses to say what others may do with it.
"""


def test_bare_versioned_name_over_a_rule_line_is_the_title() -> None:
    assert name_heading(PREFACE_TEXT) == "Heron Attribution 3.0 International"
    assert extract_titles(PREFACE_TEXT) == ("Heron Attribution 3.0 International",)


@pytest.mark.parametrize(
    "text",
    [
        PREFACE_TEXT.replace(" 3.0", ""),  # no version: any heading could be that
        PREFACE_TEXT.replace("=" * 58, ""),  # no rule line under it
        "Heron Commons gave 3.0 reasons for this\n\n=====\n\nSome prose.",  # not title case
    ],
    ids=["no-version", "no-rule", "prose"],
)
def test_other_first_lines_are_no_name_heading(text: str) -> None:
    assert name_heading(text) is None


def test_licensor_defined_by_its_own_short_name() -> None:
    text = (
        "This flight software is supplied to you by Heron Avionics\n"
        'GmbH ("Heron") on the terms below.'
    )
    assert extract_licensor(text) == "Heron Avionics GmbH"


def test_quoted_word_that_is_not_the_name_is_no_licensor() -> None:
    text = 'This flight software is supplied by Heron Avionics GmbH ("Supplied Items") below.'
    assert extract_licensor(text) is None


def _record(slug: str, name: str, kind: LicenseKind, commercial: str) -> LicenseRecord:
    return LicenseRecord(
        id=f"LicenseRef-heron-{slug}",
        name=name,
        family="heron",
        kind=kind,
        summary="A fictional avionics license used only by the identification tests.",
        aliases=(name.lower(),),
        terms={"commercial_use": Term(value=commercial, clause="2")},
    )


RECORDS = {
    "v1": _record("v1", "The Heron Model License", LicenseKind.RESEARCH_ONLY, "prohibited"),
    "v2": _record("v2", "The Heron Model License", LicenseKind.OPEN_WEIGHT_RESTRICTED, "allowed"),
    "code": _record("code", "Heron Sample Code License", LicenseKind.PERMISSIVE_OSS, "allowed"),
    "research": _record(
        "research",
        "Heron Flight Research Model License",
        LicenseKind.RESEARCH_ONLY,
        "prohibited",
    ),
}


def _db(*slugs: str) -> LicenseDB:
    base = load_license_db()
    chosen = {RECORDS[s].id: RECORDS[s] for s in slugs}
    return replace(base, records={**base.records, **chosen})


SIBLING_BODY = """The Heron Model License

1. Words. "Heron" means the autopilot weights that Heron Avionics publishes with this file.

2. Grant. Heron Avionics grants you a free, worldwide license to run, copy, tune and pass on
Heron, GRANT_END

3. Limits. Do not use Heron to fly any aircraft carrying people, and do not remove the safety
envelope checks from any copy you pass on.

4. Notice. Keep this file with every copy of Heron you pass on.

5. Law. The courts of Porto decide any dispute under Portuguese law.
"""
RESEARCH_ONLY = SIBLING_BODY.replace(
    "GRANT_END", "for non-commercial research only; no commercial use of Heron is allowed."
)
COMMERCIAL = SIBLING_BODY.replace(
    "GRANT_END", "and you may use Heron and its outputs for commercial purposes."
)


@pytest.mark.parametrize(
    ("text", "own", "indexed", "indexed_text"),
    [(RESEARCH_ONLY, "v1", "v2", COMMERCIAL), (COMMERCIAL, "v2", "v1", RESEARCH_ONLY)],
    ids=["research-only", "commercial"],
)
def test_siblings_of_one_title_are_told_apart_by_the_commercial_use_stated(
    text: str, own: str, indexed: str, indexed_text: str
) -> None:
    db = _db("v1", "v2")
    fingerprints = FingerprintSet(
        references=(fingerprint_text(indexed_text, record_id=RECORDS[indexed].id, source="test:x"),)
    )
    match = identify_text(text, db=db, fingerprints=fingerprints).match
    assert match is not None
    assert match.id == RECORDS[own].id
    assert match.confidence < REVIEW_LINE


UNTITLED_CODE = """Copyright (C) 2031 Heron Avionics GmbH. All rights reserved.

This Heron software is supplied to you by Heron Avionics GmbH ("Heron") on the condition that
you accept what follows. Heron grants you a worldwide, royalty-free license to use, copy, change
and hand on this software, also in products you sell, provided this notice stays in every copy.
Heron's name may not be used to promote what you build. The software comes as it is,
and Heron owes nothing for any loss.
"""
UNTITLED_RESEARCH = """Notice: this Heron Flight Research Model is released by Heron Avionics
GmbH ("Heron") only for scientific research into flight control.

Heron lets you use and copy this Heron Flight Research Model for non-commercial research only;
no commercial use is allowed. Anything you derive from it is bound by the same limit. The model
comes as it is, and Heron owes nothing for any loss.
"""


@pytest.mark.parametrize(
    ("text", "own"),
    [(UNTITLED_CODE, "code"), (UNTITLED_RESEARCH, "research")],
    ids=["by-commercial-use", "by-name-in-body"],
)
def test_untitled_text_is_named_from_its_licensor_and_body(text: str, own: str) -> None:
    db = _db("code", "research")
    match = identify_text(text, db=db, fingerprints=FingerprintSet(references=())).match
    assert match is not None
    assert match.id == RECORDS[own].id
    assert match.method == "text-licensor"
    assert match.confidence < REVIEW_LINE


def test_untitled_text_of_a_licensor_with_one_record_it_never_names_stays_unnamed() -> None:
    db = _db("code")
    text = UNTITLED_RESEARCH.replace("Heron Flight Research Model", "Heron glider")
    match = identify_text(text, db=db, fingerprints=FingerprintSet(references=())).match
    assert match is None or match.id is None
