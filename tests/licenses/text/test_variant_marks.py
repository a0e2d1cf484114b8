"""A variant mark the tokeniser drops (`RAIL++-M` against `RAIL-M`, `License Plus` against
`License`) still tells two records apart, and a ScanCode key the text only resembles (a
variant of its license) is not its identity.

Every text here is a fictional license written for these tests (the Quill family), identified
against the real records plus fictional Quill ones, and an index holding only the Quill
references each test chooses.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db
from auditor.licenses.names import marks_disagree, variant_marks
from auditor.licenses.text.fingerprint import FingerprintSet, fingerprint_text
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseMatch
from auditor.model.kinds import LicenseKind

REVIEW_LINE = 0.9

BODY = """1. Meaning of words. "Quill" is the set of trained weights, tokenizer files and example
notebooks that Quill Ink Cooperative hands out with this page. "You" is anybody who fetches,
runs or gives away Quill or a thing made from it.

2. Permission. Quill Ink Cooperative allows you to run, duplicate, retrain and give away Quill
and to charge for poems written with it, without fee, in every country, while you keep to
this page.

3. Duties. Whoever receives Quill from you also receives this page. Show the words "Written
with Quill" beside any poem it produced, and list the changes you made to the weights.

4. Limits. Never use Quill to forge a signature, to imitate a living poet for money, or to
grade school exams without a teacher checking. Never use its output to train a rival model.

5. Termination. Suing anyone over a patent you claim Quill infringes ends your permission the
day the suit is filed. Quill Ink Cooperative promises nothing and is liable for no loss.

6. Law. Disputes go to the courts of Tallinn, Estonia, under Estonian law.
"""


def _text(heading: str) -> str:
    # like many real licenses: a copyright line, then a heading that is not a title line
    return f"Copyright (c) 2025 Quill Ink Cooperative\n\n{heading}\nissued May 4, 2025\n\n{BODY}"


def _record(slug: str, name: str, *aliases: str) -> LicenseRecord:
    return LicenseRecord(
        id=f"LicenseRef-quill-{slug}",
        name=name,
        family="quill",
        kind=LicenseKind.OPEN_WEIGHT_RESTRICTED,
        summary="A fictional poetry-model license used only by the identification tests.",
        version=None,
        date="2025-05-04",
        hf=f"quill-{slug}",
        aliases=(name.lower(), *aliases),
    )


RECORDS = {
    "rail-m": _record("rail-m", "Quill Open RAIL-M License", "quill openrail-m"),
    "rail-pp-m": _record("rail-pp-m", "Quill Open RAIL++-M License", "quill openrail++-m"),
    "public": _record("public", "Quill Public License"),
    "public-plus": _record("public-plus", "Quill Public License Plus"),
}
HEADINGS = {
    "rail-m": "Quill Open RAIL-M",
    "rail-pp-m": "Quill Open RAIL++-M",
    "public": "Quill Public License",
    "public-plus": "Quill Public License Plus",
}


def _db(*slugs: str) -> LicenseDB:
    base = load_license_db()
    chosen = {RECORDS[s].id: RECORDS[s] for s in slugs}
    aliases = {a: r.id for r in chosen.values() for a in r.aliases}
    return replace(base, records={**base.records, **chosen}, by_alias={**base.by_alias, **aliases})


def _index(slug: str) -> FingerprintSet:
    reference = fingerprint_text(
        _text(HEADINGS[slug]), record_id=RECORDS[slug].id, source=f"test:{slug}"
    )
    return FingerprintSet(references=(reference,))


def _identify(text: str, db: LicenseDB, fingerprints: FingerprintSet) -> LicenseMatch:
    match = identify_text(text, db=db, fingerprints=fingerprints).match
    assert match is not None
    return match


def test_variant_marks_keep_plus_signs_on_letter_words_only() -> None:
    assert variant_marks("CreativeML Open RAIL++-M License") == {"rail++"}
    assert variant_marks("OpenRAIL++") == {"openrail++"}
    assert variant_marks("Quill Public License Plus") == {"license+"}
    assert variant_marks("GPL-2.0+ or Apache 2.0") == set()


@pytest.mark.parametrize(
    ("head", "slug", "disagree"),
    [
        ("Quill Open RAIL-M", "rail-pp-m", True),
        ("Quill Open RAIL++-M", "rail-m", True),
        ("Quill Open RAIL++-M", "rail-pp-m", False),
        ("Quill Open RAIL-M", "rail-m", False),
        ("Quill Public License", "public-plus", True),
        ("Quill Public License Plus", "public", True),
        ("Quill Public License Plus", "public-plus", False),
        ("Written in C++ by Quill Ink Cooperative", "rail-m", False),
    ],
)
def test_marks_disagree(head: str, slug: str, disagree: bool) -> None:
    assert marks_disagree(head, RECORDS[slug]) is disagree


@pytest.mark.parametrize(
    ("own", "sibling"),
    [
        ("rail-m", "rail-pp-m"),
        ("rail-pp-m", "rail-m"),
        ("public", "public-plus"),
        ("public-plus", "public"),
    ],
)
def test_text_close_to_its_marked_sibling_is_named_by_its_own_mark(own: str, sibling: str) -> None:
    db = _db(own, sibling)
    match = _identify(_text(HEADINGS[own]), db, _index(sibling))
    assert match.id == RECORDS[own].id
    assert match.confidence < REVIEW_LINE


@pytest.mark.parametrize(
    ("own", "sibling"),
    [("rail-m", "rail-pp-m"), ("rail-pp-m", "rail-m"), ("public", "public-plus")],
)
def test_marked_variant_without_a_record_is_never_its_sibling(own: str, sibling: str) -> None:
    db = _db(sibling)
    match = _identify(_text(HEADINGS[own]), db, _index(sibling))
    assert match.id != RECORDS[sibling].id
    assert (match.spdx, match.hf) == (None, None)
    assert match.confidence < REVIEW_LINE


def test_permissive_text_with_a_clause_no_key_has_is_not_named_as_a_variant_key() -> None:
    # A short permissive grant of our own plus a clause of its own: no ScanCode key is it, so
    # the closest key (one of many permissive variants) must not lend it its identity.
    text = (
        "Copyright (c) 2025 Quill Ink Cooperative\n\n"
        "Anyone may use, copy, change and share this software, for any purpose, with or "
        "without payment, provided this notice stays with every copy. It comes as is, "
        "without any promise that it works; the authors answer for no harm it causes.\n\n"
        "Poems made with this software must not be sold as hand-written by a person.\n"
    )
    match = identify_text(text, db=load_license_db()).match
    assert match is None or match.id is None or match.confidence < REVIEW_LINE
    assert match is None or match.method != "text-similar" or match.id in load_license_db().records
