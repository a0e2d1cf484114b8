"""A ban on passing the weights on (`use_scope` no-weight-redistribution): read from a licence's
text (license_db/clause_rules/use_scope.yaml) and from a record's `no-redistribution`
obligation, and judged by the default preset (`license-forbids-weight-redistribution` blocks
shipping the weights: redistribute-weights, on-device; internal use and a service pass).

Every sentence is written here in the general shape of such clauses; the counter-examples
share their words but allow redistribution, set a condition on it, ban something else, or
are the licensor's own statement."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import compare_with_record, extract_terms
from auditor.licenses.terms.record import record_scope, record_terms
from auditor.model import Severity
from tests.policy.test_presets import apache_saas, blocks, run

WORD = "no-weight-redistribution"


def _words(value: object) -> list[str]:
    return [str(word) for word in value] if isinstance(value, list) else []


def _scope(sentence: str) -> list[str]:
    return _words(
        extract_terms(f"Model Licence\n\n{sentence}\n", path="LICENSE")["use_scope"].value
    )


BANS = [
    "You are not permitted to redistribute or re-host the model weights.",
    "Licensee must not mirror, re-upload or otherwise share the checkpoints.",
    "You shall not transfer or make available the model files to any third party.",
    "Do not share the weights, or any weights derived from them, with anyone.",
    "The parameters may not be passed on to third parties.",
    "The checkpoint files shall not be published or re-distributed.",
    "Sharing of the model weights is not permitted.",
    "You may not distribute the weights except within your own organization.",
    "You may not share the model without our prior written consent.",
    "Copies of the weights may be shared solely within your organisation.",
]

NOT_BANS = [
    "You may redistribute and re-host the weights freely.",
    "Redistributions of the weights must reproduce this notice.",
    "You may not redistribute the weights without including this licence.",
    "You must not distribute modified weights unless you mark them as modified.",
    "You may not distribute the model except in accordance with these terms.",
    "You may not redistribute the model under terms that conflict with this licence.",
    "You may not use the model to share personal data of others.",
    "You may not distribute the model's outputs as your own work.",
    "We will not share the weights with advertisers.",
    "You may not redistribute the model for a fee.",
    "You may share the weights within your organisation or publish them.",
]


@pytest.mark.parametrize("sentence", BANS)
def test_a_ban_on_passing_the_weights_on_is_read(sentence: str) -> None:
    assert WORD in _scope(sentence)


@pytest.mark.parametrize("sentence", NOT_BANS)
def test_redistribution_allowed_conditioned_or_other_bans_are_no_ban(sentence: str) -> None:
    assert WORD not in _scope(sentence)


@pytest.mark.parametrize(
    "record_id", ["LicenseRef-alphafold3-weights-terms", "LicenseRef-microsoft-research-license"]
)
def test_a_records_no_redistribution_obligation_is_the_same_scope(record_id: str) -> None:
    db = load_license_db()
    record = db.get(record_id)
    assert record is not None
    values, evidence = record_terms(record, db, why="test")
    assert WORD in _words(values["use_scope"])
    assert WORD in record_scope(record)
    assert any("license database" in (e.text or "") for e in evidence["use_scope"])


def test_a_record_without_the_obligation_gets_no_such_scope() -> None:
    db = load_license_db()
    record = db.get("Apache-2.0")
    assert record is not None
    assert WORD not in record_scope(record)
    values, _ = record_terms(record, db, why="test")
    assert WORD not in _words(values["use_scope"])


def test_a_copy_stating_the_ban_does_not_differ_from_its_record() -> None:
    db = load_license_db()
    record = db.get("LicenseRef-alphafold3-weights-terms")
    assert record is not None
    text = (
        "Terms\n\nThe parameters are only available for non-commercial use by non-commercial "
        "organisations.\n\nYou must not publish or share the model parameters outside your "
        "organisation.\n"
    )
    terms = extract_terms(text, path="LICENSE")
    scope = terms["use_scope"].value
    assert isinstance(scope, list)
    assert set(scope) == {"non-commercial-organizations", WORD}
    assert "use_scope" not in [key for key, _, _ in compare_with_record(terms, record)]


@pytest.mark.parametrize("distribution", ["redistribute-weights", "on-device"])
def test_shipping_the_weights_is_blocked(distribution: str) -> None:
    outcomes = run(
        "default",
        apache_saas(terms__use_scope=[WORD], deployment__distribution=distribution),
    )
    assert outcomes["license-forbids-weight-redistribution"].severity is Severity.BLOCK


@pytest.mark.parametrize("distribution", ["internal", "saas", "research"])
def test_keeping_the_weights_in_house_passes(distribution: str) -> None:
    outcomes = run(
        "default",
        apache_saas(terms__use_scope=[WORD], deployment__distribution=distribution),
    )
    assert "license-forbids-weight-redistribution" not in outcomes
    assert "license-forbids-weight-redistribution" not in blocks(outcomes)
