"""A use policy the declared license incorporates, named in the card's text beside it, is part
of that license, not a second one (no card-license-conflict); a policy named beside a license
that incorporates none, or a policy of another license, still conflicts."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import match_from_record
from auditor.licenses.declared_conflicts import _incorporated_policy
from auditor.model import LicenseMatch
from tests.licenses.test_declared import read_card

BLEND = (
    "# blend-9b\n\nA TIES merge of Gemma 2 9B IT and a preference-tuned fine-tune of it. Use is "
    "governed by the Gemma Terms of Use and the\nGemma Prohibited Use Policy.\n"
)


def test_the_declared_licenses_own_use_policy_is_no_conflict() -> None:
    reading = read_card("---\nlicense: gemma\n---\n" + BLEND)
    assert "card-license-conflict" not in [f.rule for f in reading.findings]
    assert reading.match is not None and reading.match.id == "LicenseRef-gemma-terms"


def test_a_use_policy_beside_a_license_that_incorporates_none_still_conflicts() -> None:
    reading = read_card("---\nlicense: apache-2.0\n---\n" + BLEND)
    assert "card-license-conflict" in [f.rule for f in reading.findings]


def _match(record_id: str) -> LicenseMatch:
    record = load_license_db().get(record_id)
    assert record is not None
    return match_from_record(record, method="test", confidence=1.0)


@pytest.mark.parametrize(
    ("declared", "policy", "incorporated"),
    [
        ("LicenseRef-gemma-terms", "LicenseRef-gemma-prohibited-use", True),
        ("LicenseRef-llama-3-community", "LicenseRef-llama-3-aup", True),
        ("LicenseRef-llama-3.1-community", "LicenseRef-llama-3.1-aup", True),
        # another license's policy, a license with no policy, a license that is no policy
        ("LicenseRef-gemma-terms", "LicenseRef-llama-3-aup", False),
        ("Apache-2.0", "LicenseRef-gemma-prohibited-use", False),
        ("LicenseRef-llama-3-community", "LicenseRef-gemma-terms", False),
        ("MIT", "CC-BY-NC-4.0", False),
    ],
)
def test_a_policy_is_incorporated_only_by_a_license_that_incorporates_one_of_its_family(
    declared: str, policy: str, incorporated: bool
) -> None:
    db = load_license_db()
    assert _incorporated_policy(_match(declared), _match(policy), db) is incorporated
