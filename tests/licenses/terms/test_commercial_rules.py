"""The commercial-use readers name rules that exist in license_db/clause_rules, and the research
purpose list of the research-only rule is the one the research scope reads."""

from __future__ import annotations

import pytest

from auditor.licenses.terms import commercial, commercial_conditions
from auditor.licenses.terms.clause_rules import clause_rule, load_clause_rules
from auditor.licenses.terms.detect import DataRule


@pytest.mark.parametrize("module", [commercial, commercial_conditions])
def test_every_data_rule_of_the_module_exists(module: object) -> None:
    rules = [item for item in vars(module).values() if isinstance(item, DataRule)]
    assert rules
    assert {r.rule_id for r in rules} <= set(load_clause_rules())


def test_the_condition_patterns_exist() -> None:
    for name in (
        "commercial-named",
        "company-register",
        "permission-not-needed",
        "formality",
        "marks",
        "granted-here",
        "without",
        "negated",
    ):
        assert commercial_conditions._pattern(name).pattern


def _purpose_list(rule_id: str) -> str:
    source = clause_rule(rule_id).source
    return source[source.index(r"|\bresearch\s+(?:and|or|&)") :]


def test_research_only_and_the_research_scope_read_one_purpose_list() -> None:
    """One shared fragment (license_db/clause_rules/fragments.yaml) reads both."""
    assert _purpose_list("commercial_use/research-only") == _purpose_list("use_scope/research")
