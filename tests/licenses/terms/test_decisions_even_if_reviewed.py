"""Bans on decisions about people written as a list or table of excluded fields, and the
qualifier that a person reviewing the output does not bring the use back within the licence.

Held-out round E (s24e2-decision-fields-table-*) found both unread: a table of "Excluded
field | Decisions covered" rows gave no use restriction, and attested human oversight lowered
what remained to a warning although the licence says review does not cure it (false passes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.list_items import excludes_what_follows
from auditor.model import Severity

ADM = "automated-decision-making"
REVIEWED = "decisions-even-if-reviewed"

_TABLE = """
| {header} | {what} |
|---|---|
| Lending | rating or assessing the creditworthiness of individuals |
| Hiring | shortlisting or rejecting job applicants |
| Cover | underwriting a person's insurance cover |
"""


def _tags(text: str) -> list[str]:
    value = extract_terms(text)["use_restrictions"].value
    assert isinstance(value, list)
    return value


@pytest.mark.parametrize(
    "text",
    [
        # a column header naming what the grant leaves out
        "# Alder Licence\n\nYou may use Alder in any product.\n"
        + _TABLE.format(header="Excluded area", what="What is left out"),
        "# Alder Licence\n\nYou may use Alder in any product.\n"
        + _TABLE.format(header="Fields not licensed", what="Meaning"),
        # a neutral table after a lead-in that leaves out what follows
        "# Alder Licence\n\nAlder may be used for anything, except for decisions about people "
        "in the sectors listed below.\n" + _TABLE.format(header="Sector", what="Examples"),
        "# Alder Licence\n\nNo licence is granted for the activities set out in the table "
        "below.\n" + _TABLE.format(header="Activity", what="Examples"),
    ],
)
def test_a_table_of_excluded_decision_fields_is_a_decisions_ban(text: str) -> None:
    assert ADM in _tags(text)


def test_a_table_of_what_an_exception_allows_bans_nothing() -> None:
    # "may not ... except for the purposes listed below": the rows are what is allowed
    text = (
        "# Alder Licence\n\nAlder may not be used except for the purposes listed below.\n"
        + _TABLE.format(header="Purpose", what="Examples")
    )
    assert ADM not in _tags(text)


@pytest.mark.parametrize(
    ("paragraph", "excludes"),
    [
        ("Use it anywhere, excluding the fields listed below.", True),
        ("It must never be put to the uses described below.", True),
        ("You may not use it other than for the purposes listed below.", False),
        ("You may use it for the purposes set out below.", False),
        ("Subject to the conditions listed below, you may use it.", False),
    ],
)
def test_a_lead_in_excludes_what_follows_only_when_the_pointer_is_banned(
    paragraph: str, excludes: bool
) -> None:
    assert excludes_what_follows(paragraph) is excludes


_BAN = "You must not use the model for decisions about a person's credit or employment. "


@pytest.mark.parametrize(
    "qualifier",
    [
        "This holds whether or not a human reviews each recommendation.",
        "The restriction applies regardless of any human oversight.",
        "Human approval of an output does not make such a use permitted.",
        "It applies equally to decisions approved by a reviewer.",
        "A credit officer signing off the result does not take it outside this clause.",
        "This is so even where a member of staff checks the output.",
    ],
)
def test_review_that_does_not_cure_qualifies_the_decisions_ban(qualifier: str) -> None:
    tags = _tags("# Larch Licence\n\n" + _BAN + qualifier)
    assert ADM in tags
    assert REVIEWED in tags


@pytest.mark.parametrize(
    "text",
    [
        # twins: review as the condition that cures, or required
        _BAN + "Decisions must be reviewed by a human before they take effect.",
        _BAN + "This does not apply where a person reviews each output before deciding.",
        # the qualifier alone, with no ban on decisions to qualify
        "You may use the model for any purpose. Whether or not a human reviews the output is "
        "up to you.",
    ],
)
def test_review_as_a_condition_or_without_a_ban_is_no_qualifier(text: str) -> None:
    assert REVIEWED not in _tags("# Larch Licence\n\n" + text)


def _audit(tmp_path: Path, text: str, oversight: bool) -> dict[str, Severity]:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "LICENSE").write_text(text, encoding="utf-8")
    (folder / "README.md").write_text(
        "---\nlicense: other\nlicense_link: LICENSE\n---\n# A model\n", encoding="utf-8"
    )
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text(
        "version: 1\norganization: {name: Acme, domicile: US}\n"
        "deployment:\n  mau: 40\n  regions: [US]\n  distribution: internal\n"
        "  use_cases: [credit-scoring]\n  data: [personal-data]\n"
        f"  attestations: {{human_oversight: {str(oversight).lower()}}}\n"
        "models:\n  - ref: ./model\n",
        encoding="utf-8",
    )
    options = AuditOptions(use_cache=False, suggest_alternatives=False, cache_dir=tmp_path / "c")
    (model,) = audit_manifest(manifest, options).models
    return {f.rule: f.severity for f in model.findings if not f.waived}


def test_oversight_does_not_lift_a_ban_that_says_review_does_not_cure(tmp_path: Path) -> None:
    text = "# Larch Licence\n\n" + _BAN + "It applies whether or not a person reviews the output."
    found = _audit(tmp_path, text, oversight=True)
    assert found["aup-decisions-even-if-reviewed"] is Severity.BLOCK
    assert "aup-automated-decision-making-overseen" not in found
    assert "aup-automated-decision-making" not in found


def test_oversight_still_lowers_a_plain_decisions_ban_to_a_warning(tmp_path: Path) -> None:
    found = _audit(tmp_path, "# Larch Licence\n\n" + _BAN, oversight=True)
    assert found["aup-automated-decision-making-overseen"] is Severity.WARN
    assert "aup-decisions-even-if-reviewed" not in found
