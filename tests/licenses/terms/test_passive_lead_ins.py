"""A list of bans led in by a passive or conditional denial of use rather than "you must not
use": "on the condition that the Model is not used, by you or anyone you let use it:", "The
weights are not to be put to any of these purposes:", "provided that neither you nor your
users deploy it:". The items are restricted uses; a lead-in that denies nothing, or denies
something other than a use, makes no ban of its items. A use policy so written is read, not
said unread. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.list_items import bans_uses
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

_ITEMS = (
    "\n\n- for military purposes or for the operations of armed forces;\n"
    "- to design, build or operate weapons.\n\n"
    "Any use outside this policy ends the licence.\n"
)

LEAD_INS = (
    "Plover Ltd grants the MIT licence on the condition that Plover-7B is not used, by you or "
    "anyone you let use it:",
    "The weights are not to be put to any of the following purposes:",
    "You may use the model provided that neither you nor your users deploy it:",
    "The checkpoint is licensed so long as it is never employed:",
    "This licence holds only if the model isn't used:",
    "Plover-7B may be run by anyone, on condition that it is not applied:",
)


@pytest.mark.parametrize("lead", LEAD_INS)
def test_items_after_a_passive_or_conditional_ban_are_restricted_uses(lead: str) -> None:
    text = f"# Usage policy for Plover-7B\n\n{lead}{_ITEMS}"
    value = extract_terms(text, path="USAGE_POLICY.md")["use_restrictions"].value
    assert isinstance(value, list)
    assert {"military", "weapons"} <= set(value)


NOT_BANS = (
    "The following files are not included in this release:",
    "You may use the model provided that you keep these notices:",
    "The model has been used in these projects:",
)


@pytest.mark.parametrize("lead", NOT_BANS)
def test_a_lead_in_denying_no_use_bans_nothing(lead: str) -> None:
    assert not bans_uses(lead)
    text = f"# Notes on Plover-7B\n\n{lead}{_ITEMS}"
    value = extract_terms(text, path="NOTES.md")["use_restrictions"].value
    assert not value


@pytest.mark.parametrize(
    "lead",
    [
        "the model is not used, by you or anyone you let use it:",
        "Plover-7B must not be put to these uses:",
        "it shall never be deployed:",
        "provided that nobody you serve runs it:",
    ],
)
def test_the_shapes_of_a_lead_in_banning_uses(lead: str) -> None:
    assert bans_uses(lead)


@pytest.mark.parametrize(
    "title", ["Usage policy for Plover-7B", "Plover usage policies", "Use Policy of Plover-7B"]
)
def test_a_usage_policy_titled_so_reads_as_a_use_policy(title: str) -> None:
    text = f"# {title}\n\n{LEAD_INS[0]}{_ITEMS}"
    assert extract_terms(text, path="USAGE_POLICY.md")["kind"].value == "acceptable-use-policy"


def test_a_usage_policy_read_whole_beside_mit_is_neither_unread_nor_a_disagreement(
    corpus: Path,
) -> None:
    text = f"# Usage policy for Plover-7B\n\n{LEAD_INS[0]}{_ITEMS}"
    db = load_license_db()
    files = {"LICENSE": (corpus / "licenses" / "mit.txt").read_text(), "USAGE_POLICY.md": text}
    identified = [
        (LicenseFile(path=p, sha256=None, size=len(t), text=t, origin=p), identify_text(t, db=db))
        for p, t in files.items()
    ]
    terms = terms_for_model(identified, identified[0][1].match, db)
    rules = {f.rule for f in terms.findings}
    assert not rules & {"license-document-unread", "license-files-disagree"}
    restrictions = terms.values["use_restrictions"]
    assert isinstance(restrictions, list)
    assert {"military", "weapons"} <= set(restrictions)
