"""Policy authoring: license names resolved at load, place codes checked, multiples of a fact.

The names come from the knowledge base (license_db/licenses/llama-3.1-community.yaml: Hub tag
`llama3.1`, id `LicenseRef-llama-3.1-community`; apache-2.0.yaml: SPDX id `Apache-2.0`); the
codes from ISO 3166-1 (DE and GB are countries; the EU is a union of them, not a country).
"""

from __future__ import annotations

import pytest

from auditor.errors import PolicyError
from auditor.model import Severity
from auditor.policy.engine import evaluate
from auditor.policy.load import parse_policy
from auditor.policy.model import Comparison, FactRef, Op, Policy
from auditor.policy.truth import Truth, evaluate_condition
from tests.policy.test_presets import apache_saas, llama

HEADER = "version: 1\nname: acme\n"


def load(body: str) -> Policy:
    return parse_policy(HEADER + body, path="acme.yaml")


def problems(body: str) -> list[str]:
    with pytest.raises(PolicyError) as caught:
        load(body)
    return caught.value.lines()


def rule(when: str, severity: str = "warn") -> str:
    return (
        f"rules:\n  - id: r\n    severity: {severity}\n    category: term\n"
        f"    when: {when}\n    message: fired\n"
    )


@pytest.mark.parametrize(
    "name", ["llama3.1", "LicenseRef-llama-3.1-community", "llama-3.1", "LLAMA3.1"]
)
def test_a_hub_tag_or_record_id_denies_the_license(name: str) -> None:
    policy = load(f"deny: {{licenses: [{name}]}}\n")
    assert policy.deny is not None
    assert policy.deny.licenses == ("LicenseRef-llama-3.1-community",)
    fired = {o.rule: o for o in evaluate(policy, llama("3.1"))}
    assert fired["license-denied"].severity is Severity.BLOCK
    assert "license-denied" not in {o.rule for o in evaluate(policy, apache_saas())}


@pytest.mark.parametrize("name", ["Apache-2.0", "apache-2.0", "APACHE-2.0"])
def test_spdx_ids_in_any_case_resolve_to_the_reported_id(name: str) -> None:
    policy = load(f"allow: {{licenses: [{name}, mit]}}\n")
    assert policy.allow is not None
    assert policy.allow.licenses == ("Apache-2.0", "MIT")
    assert "license-not-allowed" not in {o.rule for o in evaluate(policy, apache_saas())}


def test_an_spdx_id_outside_the_curated_records_is_known_through_the_reference_index() -> None:
    policy = load("allow: {licenses: [zlib, BSD-4-Clause]}\n")
    assert policy.allow is not None and policy.allow.licenses == ("Zlib", "BSD-4-Clause")


def test_an_unknown_license_is_an_error_with_file_line_and_the_nearest_name() -> None:
    lines = problems("deny:\n  licenses:\n    - apache-2.0\n    - lama3.1\n")
    assert len(lines) == 1
    assert lines[0].startswith("acme.yaml:6: unknown license 'lama3.1' (nearest: 'llama3.1'")
    assert "LicenseRef-llama-3.1-community" in lines[0]


def test_eu_is_not_a_country_for_the_domicile() -> None:
    (line,) = problems(rule("{fact: organization.domicile, in: [DE, EU]}"))
    assert line.startswith("acme.yaml:")
    assert "'EU' is a region" in line and "not a country" in line
    assert load(rule("{fact: organization.domicile, in: [DE, gb]}")).rules


def test_region_facts_take_countries_and_the_region_groups_only() -> None:
    assert load(rule("{fact: deployment.region_codes, contains_any: [EU, EEA, US]}")).rules
    lines = problems(rule("{fact: deployment.region_codes, contains_any: [EU, UK, XX]}"))
    assert len(lines) == 2
    assert "UK is not an ISO 3166-1 code; the United Kingdom is GB" in lines[0] + lines[1]
    assert any("'XX' is not an ISO 3166-1 alpha-2 country code" in line for line in lines)
    # the provider catalog's own region word
    assert load(rule("{fact: provider.processing_regions, contains_any: [APAC]}")).rules


def test_a_multiple_of_a_fact_is_compared() -> None:
    near = Comparison("deployment.mau", Op.GT, FactRef("terms.mau_threshold", 0.8))
    facts = {"terms.mau_threshold": 700_000_000}
    assert evaluate_condition(near, facts | {"deployment.mau": 600_000_000}).truth is Truth.TRUE
    assert evaluate_condition(near, facts | {"deployment.mau": 560_000_000}).truth is Truth.FALSE
    unknown = evaluate_condition(near, {"deployment.mau": 1})
    assert unknown.truth is Truth.UNKNOWN and unknown.unknown == ("terms.mau_threshold",)
    text = evaluate_condition(near, {"deployment.mau": 1, "terms.mau_threshold": "many"})
    assert text.truth is Truth.UNKNOWN


def test_times_loads_and_fires_from_a_policy_file() -> None:
    policy = load(rule("{fact: deployment.mau, gt: {fact: terms.mau_threshold, times: 0.8}}"))
    (loaded,) = policy.rules
    assert loaded.when == Comparison("deployment.mau", Op.GT, FactRef("terms.mau_threshold", 0.8))
    assert [o.rule for o in evaluate(policy, llama("3.1", deployment__mau=600_000_000))] == ["r"]
    assert evaluate(policy, llama("3.1", deployment__mau=500_000_000)) == []


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (
            "{fact: deployment.mau, eq: {fact: terms.mau_threshold, times: 2}}",
            "multiplies a number",
        ),
        ("{fact: deployment.mau, gt: {fact: terms.mau_threshold, times: -1}}", "times"),
        ("{fact: deployment.mau, gt: {fact: terms.mau_threshold, times: high}}", "times"),
    ],
)
def test_a_wrong_multiple_is_an_error_with_its_line(when: str, expected: str) -> None:
    (line,) = problems(rule(when))
    assert line.startswith("acme.yaml:7:") and expected in line
