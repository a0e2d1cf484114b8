"""The table of facts a user states: every such fact has a manifest key, options exist."""

from __future__ import annotations

import typer

from auditor.cli.main import app
from auditor.model import Category, Finding, NeededInput, Severity, Verdict
from auditor.model.inputs import (
    USER_INPUTS,
    inputs_words,
    needed_input,
    needed_inputs,
)
from auditor.policy.judge import model_verdict, overall_verdict
from auditor.policy.vocabulary import FACTS

USER_MODEL_FACTS = {"model.region", "model.region_codes", "model.hosting", "model.modality"}


def _options(command: str) -> set[str]:
    click_app = typer.main.get_command(app)
    assert isinstance(click_app, typer.core.TyperGroup)
    found = click_app.commands[command]
    return {name for param in found.params for name in getattr(param, "opts", [])}


def test_every_fact_the_user_states_says_where_to_state_it() -> None:
    stated = [
        f
        for f in FACTS
        if f.startswith(("deployment.", "organization.", "attestations.")) or f in USER_MODEL_FACTS
    ]
    assert "deployment.mau" in stated and "attestations.baa_signed" in stated
    for fact in stated:
        found = needed_input(fact)
        assert found is not None, fact
        assert found.fact == fact and found.manifest_key


def test_the_table_names_only_documented_facts() -> None:
    assert set(USER_INPUTS) <= set(FACTS)


def test_license_and_evidence_facts_are_no_input() -> None:
    for fact in FACTS:
        if fact.startswith(("license.", "effective.", "terms.", "lineage.", "provider.")):
            assert needed_input(fact) is None, fact
    assert needed_input("model.ref") is None
    assert needed_input("today") is None
    assert needed_inputs(["deployment.mau", "terms.mau_threshold"]) is None
    assert needed_inputs([]) is None


def test_every_option_the_table_names_is_an_option_of_scan_and_compare() -> None:
    named = {option for _, option in USER_INPUTS.values() if option}
    assert {"--mau", "--distribution", "--domicile", "--region"} <= named
    assert named <= _options("scan")
    assert named <= _options("compare")


def test_scan_and_compare_take_the_same_deployment_options() -> None:
    generic = {"--format", "-f", "--output", "-o", "--jobs", "-j", "--quiet", "-q"}
    assert _options("scan") - generic == _options("compare") - generic


def test_words_name_the_fact_the_manifest_key_and_the_option() -> None:
    assert inputs_words(
        [
            NeededInput("deployment.mau", "deployment.mau", "--mau"),
            NeededInput("attestations.human_oversight", "deployment.attestations.human_oversight"),
        ]
    ) == (
        "needs input: deployment.mau (manifest `deployment.mau`, or `--mau`); "
        "attestations.human_oversight (manifest `deployment.attestations.human_oversight`)"
    )


def _finding(*, waits: bool, waived: bool = False) -> Finding:
    needs = (NeededInput("deployment.mau", "deployment.mau", "--mau"),) if waits else ()
    return Finding(
        rule="r",
        category=Category.TERM,
        severity=Severity.BLOCK,
        message="m",
        waived=waived,
        needs_input=needs,
    )


def test_needs_input_ranks_above_warn_and_below_fail() -> None:
    warn = Finding(rule="w", category=Category.TERM, severity=Severity.WARN, message="m")
    assert model_verdict([_finding(waits=True), warn]) is Verdict.NEEDS_INPUT
    assert model_verdict([_finding(waits=True), _finding(waits=False)]) is Verdict.FAIL
    assert model_verdict([_finding(waits=True, waived=True), warn]) is Verdict.WARN
    assert overall_verdict([Verdict.PASS, Verdict.NEEDS_INPUT, Verdict.WARN]) is (
        Verdict.NEEDS_INPUT
    )
    assert overall_verdict([Verdict.NEEDS_INPUT, Verdict.FAIL]) is Verdict.FAIL
    assert overall_verdict([Verdict.NEEDS_INPUT, Verdict.ERROR]) is Verdict.ERROR
