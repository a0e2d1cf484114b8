"""The guard `added-clause-makes-derived`: a standard license's text with a clause added that
restricts its grant or adds a duty is a license of its own derived from the standard one,
never the standard license's id; a copy whose changes restrict nothing stays the standard.

Expectations from the texts: the MIT License grants use "without restriction", so a sentence
withdrawing commercial use, confining use or capping users narrows that grant; a duty to credit
someone in publications is a condition MIT does not have. The Apache License 2.0 likewise
grants a perpetual, worldwide license with no user cap. The texts are read from the shared
corpus at run time (never stored here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.judge_text import judge_text_terms
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.matchers.added_clause import ADDED_TERMS_METHOD

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "licenses"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


def _text(name: str) -> str:
    return (CORPUS / name).read_text("utf-8")


@pytest.mark.parametrize(
    ("base", "record", "added"),
    [
        ("mit.txt", "MIT", "The Software may not be used for commercial purposes."),
        ("mit.txt", "MIT", "Use of the Software is limited to internal evaluation only."),
        ("mit.txt", "MIT", "You must credit Kite Labs in any publication that uses it."),
        (
            "apache-2.0.txt",
            "Apache-2.0",
            "You may not offer the Work as a hosted service to more than 1,000 monthly users.",
        ),
        ("salesforce-blip-bsd-3-clause.txt", "BSD-3-Clause", "Resale of the model is prohibited."),
    ],
)
def test_a_restricting_or_duty_clause_makes_the_text_derived(
    base: str, record: str, added: str
) -> None:
    text = _text(base) + "\n" + added + "\n"
    identity = identify_text(text)
    match = identity.match
    assert match is not None
    assert match.method == ADDED_TERMS_METHOD, identity.reason
    assert match.derived_from == record
    assert match.id != record and match.spdx is None
    assert any(added[:30] in quote for quote in identity.differences)
    assert "added-clause-makes-derived" in identity.reason


def test_the_standard_terms_bind_beside_the_added_ban() -> None:
    text = _text("mit.txt") + "\nThe Software may not be used for commercial purposes.\n"
    identity = identify_text(text)
    db = load_license_db()
    raw = extract_terms(text, path="LICENSE")
    terms = judge_text_terms(raw, identity, identity.match, db, "LICENSE", text=text)
    assert terms["commercial_use"].value == "prohibited"
    assert terms["attribution_required"].value is True  # MIT's notice duty still binds
    assert any(e.line is not None and e.line > 20 for e in terms["commercial_use"].evidence)


@pytest.mark.parametrize(
    "change",
    [
        "Thanks to everyone who contributed to the Kite project.",
        "See CONTRIBUTORS.md for the list of authors.",
        "",
    ],
)
def test_changes_that_restrict_nothing_keep_the_standard_license(change: str) -> None:
    identity = identify_text(_text("mit.txt") + "\n" + change + "\n")
    assert identity.match is not None
    assert identity.match.id == "MIT", identity.reason
    assert identity.match.method != ADDED_TERMS_METHOD


@pytest.mark.parametrize(
    ("first", "second"),
    [("mit.txt", "salesforce-blip-bsd-3-clause.txt"), ("apache-2.0.txt", "mit.txt")],
)
def test_a_second_license_bundled_after_the_first_adds_no_terms_to_it(
    first: str, second: str
) -> None:
    # third-party notices: another license's own text after the first is not a clause added
    # to the first (its "may not be used to endorse" binds the bundled work, not this one)
    text = _text(first) + "\n\nThird-party notices\n\n" + _text(second)
    identity = identify_text(text)
    assert identity.match is not None
    assert identity.match.method != ADDED_TERMS_METHOD, identity.reason


def test_a_metadata_block_is_no_added_clause() -> None:
    # a license database's front matter (field: value labels) above the standard text
    header = (
        "---\nkey: apache-2.0\nshort_name: Apache 2.0\nname: Apache License 2.0\n"
        "category: Permissive\nnotes: not to be confused with any other license\n---\n"
    )
    identity = identify_text(header + _text("apache-2.0.txt"))
    assert identity.match is not None
    assert identity.match.id == "Apache-2.0", identity.reason
    assert identity.match.method != ADDED_TERMS_METHOD


def test_a_vendor_license_with_a_changed_clause_keeps_its_own_id() -> None:
    # only standard licenses are judged by this guard; a vendor's license changed is still
    # that license, modified (its record and its changed passages both bind)
    text = _text("llama-3-community.txt") + "\nYou may not use it in Iceland.\n"
    identity = identify_text(text)
    assert identity.match is not None and identity.match.method != ADDED_TERMS_METHOD


@pytest.mark.parametrize(
    ("base", "record", "written", "reworded"),
    [
        ("apache-2.0.txt", "Apache-2.0", "provided that You meet", "as long as You meet"),
        ("apache-2.0.txt", "Apache-2.0", "provided that You meet", "on condition that You meet"),
        (
            "salesforce-blip-bsd-3-clause.txt",
            "BSD-3-Clause",
            "provided that the following",
            "so long as the following",
        ),
    ],
)
def test_a_reworded_condition_of_the_grant_keeps_the_standard_license(
    base: str, record: str, written: str, reworded: str
) -> None:
    # The grant was already conditional ("provided that ..."); saying it "as long as ..."
    # states the same condition in other words, and no term is added.
    identity = identify_text(_reworded(_text(base), written, reworded))
    assert identity.match is not None
    assert identity.match.id == record, identity.reason
    assert identity.match.method != ADDED_TERMS_METHOD


@pytest.mark.parametrize(
    ("written", "reworded"),
    [
        ("you may not use this file except", "you must not use this file except"),
        ("you may not use this file except", "you cannot use this file except"),
        ("Derivative Works shall not include", "Derivative Works must not include"),
        ('"License" shall mean the terms', '"License" will mean the terms'),
    ],
)
def test_a_ban_or_duty_said_with_another_modal_of_the_same_force_keeps_the_license(
    written: str, reworded: str
) -> None:
    # "must not" forbids what "may not" forbids, "will" binds as "shall" does: the same
    # sentence of the standard text, not an added term
    identity = identify_text(_reworded(_text("apache-2.0.txt"), written, reworded))
    assert identity.match is not None
    assert identity.match.id == "Apache-2.0", identity.reason
    assert identity.match.method != ADDED_TERMS_METHOD


def test_a_permission_made_a_duty_is_still_a_change() -> None:
    # "may" permits; "must" binds: not the same force, so the sentence stays a difference
    text = _reworded(
        _text("apache-2.0.txt"),
        "You may reproduce and distribute copies",
        "You must reproduce and distribute copies",
    )
    identity = identify_text(text)
    assert identity.match is not None
    assert identity.match.method in {"text-modified", ADDED_TERMS_METHOD}, identity.reason
    assert any("must reproduce and distribute" in d for d in identity.differences)


def test_a_condition_with_new_content_still_makes_the_text_derived() -> None:
    # the connective is a rewording, the condition it now carries is not
    text = _reworded(
        _text("apache-2.0.txt"),
        "provided that You meet the following conditions",
        "as long as You do not use the Work commercially and You meet the following conditions",
    )
    identity = identify_text(text)
    assert identity.match is not None
    assert identity.match.method == ADDED_TERMS_METHOD, identity.reason
    assert identity.match.derived_from == "Apache-2.0"


def _reworded(text: str, written: str, reworded: str) -> str:
    """`text` with the words `written` (across any line breaks) said as `reworded`, once."""
    pattern = r"\s+".join(map(re.escape, written.split()))
    changed, count = re.subn(pattern, reworded, text, count=1)
    assert count == 1, written
    return changed
