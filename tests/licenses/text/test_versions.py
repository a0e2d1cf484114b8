"""The document's own version, date and title words decide between a family's records.

Every text here is a fictional license written for these tests (the Zephyr family), identified
against a database holding the real records plus fictional Zephyr ones, and an index holding
only the Zephyr references each test chooses.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db
from auditor.licenses.text.fingerprint import FingerprintSet, fingerprint_text
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.own_name import policy_title
from auditor.licenses.text.titles import variant_words
from auditor.model import LicenseMatch
from auditor.model.kinds import LicenseKind

REVIEW_LINE = 0.9

BODY = """1. Words used here. "Zephyr" means the trained parameters, the inference scripts and the
sample prompts that Zephyr Weather Labs publishes under this document. "You" means whoever
downloads, runs or passes on Zephyr, or anything built from it.

2. What you may do. Zephyr Weather Labs lets you run, copy, tune and pass on Zephyr, and sell
forecasts made with it, for no fee, worldwide, for as long as you follow this document.

3. What you must do. Anyone you pass Zephyr to gets a copy of this document. Keep the notice
"Forecasts by Zephyr" in any product screen that shows its output, and keep the list of
changes you made to the parameters next to them.

4. What you may not do. Do not use Zephyr to steer aircraft, to decide who gets insurance, or
to make warnings that pretend to come from a public weather office. Do not use its output to
build a rival weather model.

5. Ending. If you sue anyone claiming Zephyr infringes a patent of yours, your rights here stop
on the day you file. Zephyr Weather Labs gives no warranty and owes nothing for any loss.

6. Law. The courts of Lisbon, Portugal decide any dispute, under Portuguese law.
"""

AUP_BODY = """You agree not to use Zephyr, or anything built from it:

- to steer aircraft, ships or trains without a human pilot able to take over;
- to publish storm warnings that pretend to come from a public weather office;
- to decide who gets insurance, credit or housing from a forecast alone;
- to harass, track or profile a person from the places they visit.

Zephyr Weather Labs may change this list; the newest one on its website applies.
"""


def _text(title: str, date: str, body: str = BODY, *, heading: str = "") -> str:
    head = f"{heading}\n\n" if heading else ""
    return f"{head}{title}\n\nReleased: {date}\n\n{body}"


MODEL_1 = _text("Zephyr Model License 1.0", "March 3, 2025")
COMMUNITY_2_1 = _text(
    "Zephyr Community License 2.1",
    "October 9, 2025",
    BODY.replace(
        "for no fee, worldwide,",
        "for no fee, worldwide, unless your products reach more than 50 million monthly users,",
    ),
)
RESEARCH = _text(
    "Zephyr Research License",
    "June 1, 2025",
    BODY.replace("and sell\nforecasts made with it,", "for research only,"),
)
COMMERCIAL = _text("Zephyr Commercial License", "June 1, 2025")


def _record(
    slug: str, name: str, *, version: str | None, date: str | None, kind: LicenseKind
) -> LicenseRecord:
    return LicenseRecord(
        id=f"LicenseRef-zephyr-{slug}",
        name=name,
        family="zephyr",
        kind=kind,
        summary="A fictional weather-model license used only by the identification tests.",
        version=version,
        date=date,
        hf=f"zephyr-{slug}",
        aliases=(name.lower(),),
    )


OPEN = LicenseKind.OPEN_WEIGHT_RESTRICTED
RECORDS = {
    "model-1.0": _record(
        "model-1.0", "Zephyr Model License 1.0", version="1.0", date="2025-03-03", kind=OPEN
    ),
    "community-2.1": _record(
        "community-2.1",
        "Zephyr Community License 2.1",
        version="2.1",
        date="2025-10-09",
        kind=OPEN,
    ),
    "research": _record(
        "research",
        "Zephyr Research License",
        version=None,
        date="2025-06-01",
        kind=LicenseKind.RESEARCH_ONLY,
    ),
    "commercial": _record(
        "commercial", "Zephyr Commercial License", version=None, date="2025-06-01", kind=OPEN
    ),
    "aup": replace(
        _record(
            "aup",
            "Zephyr Acceptable Use Policy",
            version=None,
            date="2025-03-03",
            kind=LicenseKind.ACCEPTABLE_USE_POLICY,
        ),
        related=("LicenseRef-zephyr-model-1.0",),
    ),
}


def _db(*slugs: str) -> LicenseDB:
    base = load_license_db()
    chosen = {RECORDS[s].id: RECORDS[s] for s in slugs}
    aliases = {r.name.lower(): r.id for r in chosen.values()}
    return replace(
        base,
        records={**base.records, **chosen},
        by_alias={**base.by_alias, **aliases},
    )


def _index(**texts: str) -> FingerprintSet:
    return FingerprintSet(
        references=tuple(
            fingerprint_text(text, record_id=RECORDS[slug].id, source=f"test:{slug}")
            for slug, text in texts.items()
        )
    )


def _identify(text: str, db: LicenseDB, fingerprints: FingerprintSet) -> LicenseMatch:
    match = identify_text(text, db=db, fingerprints=fingerprints).match
    assert match is not None
    return match


def _assert_own_license(match: LicenseMatch, db: LicenseDB) -> None:
    """Named as itself: no record's id, SPDX id or Hub tag, under the review line."""
    assert match.id is None or match.id not in db.records
    assert (match.spdx, match.hf) == (None, None)
    assert match.derived_from is not None
    assert match.confidence < REVIEW_LINE


@pytest.mark.parametrize(
    ("text", "own", "sibling", "sibling_text"),
    [
        (MODEL_1, "model-1.0", "community-2.1", COMMUNITY_2_1),
        (COMMUNITY_2_1, "community-2.1", "model-1.0", MODEL_1),
        (RESEARCH, "research", "commercial", COMMERCIAL),
        (COMMERCIAL, "commercial", "research", RESEARCH),
    ],
    ids=["model-1.0", "community-2.1", "research", "commercial"],
)
def test_text_close_to_a_sibling_is_named_by_its_own_title(
    text: str, own: str, sibling: str, sibling_text: str
) -> None:
    db = _db(own, sibling)
    match = _identify(text, db, _index(**{sibling: sibling_text}))
    assert match.id == RECORDS[own].id
    assert match.hf == RECORDS[own].hf
    assert match.confidence < REVIEW_LINE


@pytest.mark.parametrize(
    ("text", "sibling", "sibling_text"),
    [
        (MODEL_1, "community-2.1", COMMUNITY_2_1),
        (RESEARCH, "commercial", COMMERCIAL),
    ],
    ids=["version", "variant"],
)
def test_text_of_a_variant_without_a_record_is_its_own_license(
    text: str, sibling: str, sibling_text: str
) -> None:
    db = _db(sibling)
    match = _identify(text, db, _index(**{sibling: sibling_text}))
    _assert_own_license(match, db)
    assert match.derived_from == RECORDS[sibling].id


def test_version_no_record_has_is_its_own_license() -> None:
    db = _db("model-1.0", "community-2.1")
    text = MODEL_1.replace("Model License 1.0", "Model License 1.5")
    match = _identify(text, db, _index(**{"model-1.0": MODEL_1}))
    _assert_own_license(match, db)
    assert match.name is not None and "1.5" in match.name


def test_date_no_record_has_is_its_own_license() -> None:
    db = _db("model-1.0", "community-2.1")
    text = MODEL_1.replace("March 3, 2025", "May 20, 2026")
    match = _identify(text, db, _index(**{"model-1.0": MODEL_1}))
    _assert_own_license(match, db)
    assert match.name is not None and "2026-05" in match.name


def test_unknown_text_titled_with_a_version_no_record_has_is_its_own_license() -> None:
    db = _db("model-1.0", "community-2.1")
    text = _text("Zephyr Model License 3.0", "January 5, 2027", AUP_BODY)
    match = _identify(text, db, _index())
    _assert_own_license(match, db)


def test_use_policy_under_its_license_title_is_the_policy() -> None:
    text = _text(
        "Zephyr Model License 1.0", "March 3, 2025", AUP_BODY, heading="Acceptable Use Policy"
    )
    db = _db("model-1.0", "aup")
    match = _identify(text, db, _index(**{"model-1.0": MODEL_1}))
    assert match.id == RECORDS["aup"].id
    # without a record of the policy, never the license's identity
    db = _db("model-1.0")
    match = _identify(text, db, _index(**{"model-1.0": MODEL_1}))
    assert match.id != RECORDS["model-1.0"].id and match.hf is None


def test_changed_copy_that_may_be_a_sibling_without_a_reference_is_named_by_its_title() -> None:
    # two records of one title, no version or date to tell them apart; one has no reference
    first = replace(RECORDS["commercial"], date=None)
    second = replace(RECORDS["research"], name=first.name, aliases=(), date=None)
    base = load_license_db()
    db = replace(base, records={**base.records, first.id: first, second.id: second})
    text = COMMERCIAL.replace("Released: June 1, 2025\n\n", "")
    changed = text + (
        "\n7. Research only. You may run Zephyr for study and teaching, never inside a product"
        " that is sold or rented to anyone.\n"
    )
    match = _identify(changed, db, _index(commercial=text))
    assert match.id is None and match.hf is None
    assert match.derived_from == first.id and match.confidence < REVIEW_LINE
    # with both texts in the index, the closer one is the changed copy's record
    other = text.replace("and sell\nforecasts made with it,", "for research only,")
    fingerprints = FingerprintSet(
        references=(
            *_index(commercial=text).references,
            fingerprint_text(other, record_id=second.id, source="test:second"),
        )
    )
    match = _identify(changed, db, fingerprints)
    assert (match.id, match.method) == (first.id, "text-modified")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Zephyr Model License 1.0", {"model"}),
        (
            "ZEPHYR NON-COMMERCIAL RESEARCH COMMUNITY LICENSE",
            {"non", "commercial", "research", "community"},
        ),
        ("Zephyr Noncommercial License", {"non", "commercial"}),
        ("Zephyr Acceptable Use Policy", {"acceptable", "use", "polic"}),
        ("Zephyr Models Use Policies", {"model", "use", "polic"}),
        ("Zephyr License", set()),
    ],
)
def test_variant_words(name: str, words: set[str]) -> None:
    assert variant_words(name) == words


def test_policy_heading_completes_the_title() -> None:
    text = "Acceptable Use Policy\nZephyr Model License 1.0\n\nYou agree not to ..."
    assert policy_title(text, "Zephyr Model License 1.0") == (
        "Zephyr Model License 1.0 Acceptable Use Policy"
    )
    assert policy_title(MODEL_1, "Zephyr Model License 1.0") == "Zephyr Model License 1.0"
    assert policy_title(text, "Zephyr Use Policy") == "Zephyr Use Policy"
