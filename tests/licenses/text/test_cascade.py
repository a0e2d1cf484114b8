"""Identification as an ordered cascade of matchers (issue 32 item 1): which matcher decides
each kind of text, with its reason, in the order docs/architecture.md lists; and the named
guards where the document's own letter, version or mark outranks similarity.

Texts are our own, or built from the shared corpus at test time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.matchers.cascade import CASCADE
from auditor.licenses.text.titles import identify_by_title

ROOT = Path(__file__).resolve().parents[3]
REVIEW_LINE = 0.9


def _corpus(corpus: Path, stem: str) -> str:
    return (corpus / "licenses" / f"{stem}.txt").read_text(encoding="utf-8")


def test_the_cascade_runs_in_the_order_the_architecture_lists() -> None:
    names = [matcher.name for matcher, _ in CASCADE]
    assert len(set(names)) == len(names)
    assert all(matcher.why_here for matcher, _ in CASCADE)
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    positions = [doc.find(f"`{name}`") for name in names]
    assert -1 not in positions, dict(zip(names, positions, strict=True))
    assert positions == sorted(positions)


UNTITLED_GRANT = (
    'Kestrel Labs Inc. ("Licensor") lets you run and copy the Kestrel weights for any purpose, '
    "provided this notice stays with every copy.\n"
)
BY_REFERENCE = (
    "Kestrel-7B\n\nThis model is licensed under the MIT License, subject to the following "
    "additional conditions:\n\n1. You may not offer the model through a paid API.\n"
)


@pytest.mark.parametrize(
    ("text", "matcher", "license_id"),
    [
        ("<!-- SPDX-License-Identifier: MIT -->\n", "markup-only", "MIT"),
        ("This model is licensed under the MIT License.\n", "spdx-line-and-notices", "MIT"),
        (BY_REFERENCE, "by-reference-plus-additions", "LicenseRef-"),
        ("Kestrel Model License\n\n1. You may use the weights.\n", "own-title", None),
        (UNTITLED_GRANT, "licensor", None),
        ("The weather was fine all week.\n", "nothing named", None),
    ],
    ids=["markup", "notice", "by-reference", "title", "licensor", "nothing"],
)
def test_each_kind_of_text_is_decided_by_its_matcher(
    text: str, matcher: str, license_id: str | None
) -> None:
    found = identify_text(text)
    assert found.reason.startswith(matcher), found.reason
    named = found.match.id if found.match else None
    if license_id == "LicenseRef-":  # a license of its own: its own id, never the base's
        assert named is not None and named.startswith(license_id)
    else:
        assert named == license_id


def test_a_reference_copy_is_decided_by_exact_or_similarity(corpus: Path) -> None:
    text = _corpus(corpus, "apache-2.0")
    assert identify_text(text).reason.startswith("exact")
    changed = text.replace("worldwide", "world-wide and perpetual", 1) + (
        "\n\nYou may not use the Work to operate a paid service for more than ten customers.\n"
    )
    found = identify_text(changed)
    assert found.reason.startswith("reference-similarity"), found.reason
    # the added ban makes it a license of its own built on Apache-2.0 (issue 32)
    assert found.match is not None and found.match.method == "text-with-added-terms"
    assert found.reason.endswith("added-clause-makes-derived")
    # a changed word that restricts nothing stays the standard license, modified
    reworded = identify_text(text.replace("worldwide", "world-wide and perpetual", 1))
    assert reworded.match is not None and reworded.match.id == "Apache-2.0"
    assert reworded.match.method == "text-modified"


# --- guards: the document's own letter, version or mark outranks similarity ---------------


def test_another_variant_letter_in_the_head_is_not_the_matched_record(corpus: Path) -> None:
    text = _corpus(corpus, "creativeml-openrail-m")
    assert "Open RAIL-M\ndated" in text
    found = identify_text(text.replace("Open RAIL-M\ndated", "Open RAIL-S\ndated", 1))
    match = found.match
    assert match is not None
    assert match.id != "LicenseRef-creativeml-openrail-m"
    assert match.derived_from == "LicenseRef-creativeml-openrail-m"
    assert match.confidence < REVIEW_LINE
    assert "variant-letter-decides" in found.reason


def test_another_version_on_the_head_line_is_not_the_matched_record(corpus: Path) -> None:
    text = _corpus(corpus, "yi-community-2.1")
    found = identify_text(text.replace("Version: 2.1", "Version: 2.5", 1))
    match = found.match
    assert match is not None
    assert (match.id, match.derived_from) != ("LicenseRef-yi-community-2.1", None)
    assert match.derived_from == "LicenseRef-yi-community-2.1"
    assert "family-version-decides" in found.reason


@pytest.mark.parametrize("stem", ["creativeml-openrail-m", "yi-community-2.1"])
def test_the_untouched_text_keeps_its_record(corpus: Path, stem: str) -> None:
    match = identify_text(_corpus(corpus, stem)).match
    assert match is not None and match.method == "text-exact"


@pytest.mark.parametrize(
    ("title", "record"),
    [
        ("BigScience OpenRAIL-S License", "LicenseRef-bigscience-openrail-m"),
        ("BigCode OpenRAIL-S License Agreement", "LicenseRef-bigcode-openrail-m"),
        ("Grok 2.5 Community License", "LicenseRef-grok-2-community"),
        ("Falcon 3.5 TII Falcon License", "LicenseRef-falcon-3-tii-license"),
    ],
)
def test_a_title_whose_letter_or_version_no_record_has_is_a_license_of_its_own(
    title: str, record: str
) -> None:
    match = identify_by_title(title, None, load_license_db())
    assert match is not None
    assert match.id != record
    assert match.derived_from == record  # the closest known record, named as such


@pytest.mark.parametrize(
    ("title", "record"),
    [
        ("BigScience OpenRAIL-M License", "LicenseRef-bigscience-openrail-m"),
        ("CreativeML Open RAIL-M License", "LicenseRef-creativeml-openrail-m"),
        ("CreativeML Open RAIL++-M License", "LicenseRef-openrail-plus-plus-m"),
    ],
)
def test_a_title_with_its_records_letter_and_mark_names_that_record(
    title: str, record: str
) -> None:
    match = identify_by_title(title, None, load_license_db())
    assert match is not None
    assert (match.id, match.derived_from) == (record, None)


def test_every_guard_is_named_in_the_architecture() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    guards = {guard.name for _, guards in CASCADE for guard in guards}
    assert guards, "the cascade has guards"
    missing = sorted(g for g in guards if not re.search(rf"`{re.escape(g)}`", doc))
    assert missing == []
