"""Adaptations that may be made but not shared (`use_scope` no-adaptation-sharing): stated by
the no-derivatives records (CC BY-ND and BY-NC-ND 3.0 and 4.0), read from the models a model
was made from (`lineage.ancestor_use_scope`), and judged by the default preset
(`license-forbids-sharing-adaptations` blocks shipping modified weights to others; the
unmodified weights, and an adaptation kept in-house, pass; an unstated fine-tuning share asks
only when the weights are shipped)."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.record import record_scope, record_terms
from auditor.model import Declared, ModelResult, Severity, Verdict
from auditor.model.lineage import LineageStep
from auditor.policy.facts import ancestor_scope
from tests.policy.test_presets import apache_saas, blocks, run

WORD = "no-adaptation-sharing"
RULE = "license-forbids-sharing-adaptations"
NO_DERIVATIVES = ("CC-BY-ND-4.0", "CC-BY-NC-ND-4.0", "CC-BY-ND-3.0", "CC-BY-NC-ND-3.0")


@pytest.mark.parametrize("license_id", NO_DERIVATIVES)
def test_no_derivatives_records_bar_sharing_adaptations(license_id: str) -> None:
    db = load_license_db()
    record = db.get(license_id)
    assert record is not None
    assert WORD in record_scope(record)
    values, evidence = record_terms(record, db, why="test")
    assert WORD in values["use_scope"]  # type: ignore[operator]
    assert evidence["use_scope"]


@pytest.mark.parametrize("license_id", ["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "MIT"])
def test_licenses_allowing_adaptations_do_not(license_id: str) -> None:
    record = load_license_db().get(license_id)
    assert record is not None
    assert WORD not in record_scope(record)


def _shared(**changes: object) -> dict[str, object]:
    facts: dict[str, object] = {
        "terms__use_scope": [WORD],
        "deployment__distribution": "redistribute-weights",
        "deployment__fine_tune_compute_share": 0.05,
    }
    facts.update(changes)
    return apache_saas(**facts)


@pytest.mark.parametrize("distribution", ["redistribute-weights", "on-device"])
def test_shipping_fine_tuned_weights_is_blocked(distribution: str) -> None:
    outcomes = run("default", _shared(deployment__distribution=distribution))
    assert outcomes[RULE].severity is Severity.BLOCK
    assert not outcomes[RULE].needs_input


@pytest.mark.parametrize("distribution", ["internal", "saas", "research"])
def test_an_adaptation_kept_in_house_passes(distribution: str) -> None:
    outcomes = run("default", _shared(deployment__distribution=distribution))
    assert RULE not in outcomes
    assert RULE not in blocks(outcomes)


def test_unmodified_weights_may_be_redistributed() -> None:
    outcomes = run("default", _shared(deployment__fine_tune_compute_share=0))
    assert RULE not in outcomes


def test_an_unstated_fine_tuning_share_is_the_work_as_received() -> None:
    # the manifest entry names the model shipped: with no fine-tuning stated and no
    # no-derivatives ancestor it is the unmodified work, which the licence lets be shared
    # (nothing asked, as the EU AI Act rules read an unstated share)
    outcomes = run("default", _shared(deployment__fine_tune_compute_share=None))
    assert RULE not in outcomes
    stated = run("default", _shared(deployment__fine_tune_compute_share=0.05))
    assert stated[RULE].severity is Severity.BLOCK and not stated[RULE].needs_input


def test_a_model_made_from_a_no_derivatives_model_is_an_adaptation() -> None:
    outcomes = run(
        "default",
        _shared(deployment__fine_tune_compute_share=None, lineage__ancestor_use_scope=[WORD]),
    )
    assert outcomes[RULE].severity is Severity.BLOCK
    assert not outcomes[RULE].needs_input


def test_a_license_allowing_adaptations_is_not_judged() -> None:
    outcomes = run("default", _shared(terms__use_scope=[]))
    assert RULE not in outcomes


def _model(*steps: LineageStep) -> ModelResult:
    return ModelResult(
        "acme/tuned", None, Declared(), None, None, (), (), Verdict.PASS, lineage=steps
    )


def _step(license_id: str | None, depth: int) -> LineageStep:
    license = {"id": license_id, "name": None, "kind": None} if license_id else None
    return LineageStep(
        ref="org/base",
        relation="finetune",
        depth=depth,
        parent=None,
        license=license,  # type: ignore[typeddict-item]
        resolved_by="hub",
    )


def test_ancestor_scope_reads_the_parents_records() -> None:
    db = load_license_db()
    assert WORD in ancestor_scope(_model(_step("CC-BY-NC-ND-4.0", 1)), db)
    assert WORD in ancestor_scope(_model(_step("MIT AND CC-BY-ND-4.0", 2)), db)


def test_ancestor_scope_leaves_out_the_models_own_repo_and_unknown_parents() -> None:
    db = load_license_db()
    assert ancestor_scope(_model(_step("CC-BY-ND-4.0", 0)), db) == []
    assert ancestor_scope(_model(_step(None, 1), _step("Apache-2.0", 1)), db) == []
    assert ancestor_scope(_model(_step("MIT OR CC-BY-ND-4.0", 1)), db) == []
