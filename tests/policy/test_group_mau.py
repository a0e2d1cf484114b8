"""Caps that count the licensee's affiliates are judged against the group's MAU.

From the license texts (../shared/corpus/licenses/llama-*-community.txt, section 2; DBRX
section 3), in our words: the cap of 700 million monthly active users is measured on the
version's release date and counts the users of everything the licensee and its affiliates
offer; above it a separate license must be requested. The Tongyi Qianwen license (section 4)
counts the licensee's own product or service only.
"""

from __future__ import annotations

import pytest

from auditor.model import Severity
from auditor.policy.engine import RuleOutcome
from tests.policy.test_presets import apache_saas, blocks, llama, run

AFFILIATES = "licensee-and-affiliates"
CAP_RULES = frozenset(
    {"mau-above-threshold", "group-mau-above-threshold", "mau-cap-counts-affiliates"}
    | {"mau-near-threshold"}
)


def cap_blocks(outcomes: dict[str, RuleOutcome]) -> set[str]:
    """The blocking findings of the user-cap rules (other rules judge other facts)."""
    return blocks(outcomes) & CAP_RULES


def llama_cap(**changes: object) -> dict[str, object]:
    """A Llama 3.1 model for Acme, its cap as the record states it (clause 2)."""
    cap = {"count": 700_000_000, "unit": "mau", "counts": AFFILIATES, "measured": "release-date"}
    return llama(
        "3.1",
        terms__user_threshold=cap,
        terms__user_threshold__count=700_000_000,
        terms__user_threshold__unit="mau",
        terms__user_threshold__counts=AFFILIATES,
        terms__user_threshold__measured="release-date",
        **changes,
    )


def test_a_group_above_the_cap_blocks_though_the_product_is_small() -> None:
    outcomes = run(
        "default", llama_cap(deployment__mau=1_000_000, deployment__group_mau=800_000_000)
    )
    assert cap_blocks(outcomes) == {"group-mau-above-threshold"}
    message = outcomes["group-mau-above-threshold"].message
    assert "counts the products of the licensee (Acme) and its affiliates together" in message
    assert "with affiliates: 800,000,000" in message
    assert outcomes["group-mau-above-threshold"].unknown_facts == ()


def test_a_group_under_the_cap_passes_and_asks_nothing() -> None:
    outcomes = run("default", llama_cap(deployment__mau=1_000_000, deployment__group_mau=5_000_000))
    assert cap_blocks(outcomes) == set()
    assert not {"mau-cap-counts-affiliates", "mau-near-threshold", "mau-above-threshold"} & set(
        outcomes
    )


def test_without_the_group_figure_a_small_product_warns_naming_the_affiliate_scope() -> None:
    outcomes = run("default", llama_cap(deployment__mau=1_000_000))
    assert cap_blocks(outcomes) == set()
    warning = outcomes["mau-cap-counts-affiliates"]
    assert warning.severity is Severity.WARN
    assert "counts the MAU of the licensee (Acme) and its affiliates together" in warning.message
    assert "state deployment.group_mau" in warning.message
    assert "--group-mau" in (warning.remediation or "")


def test_without_the_group_figure_a_product_above_the_cap_blocks() -> None:
    outcomes = run("default", llama_cap(deployment__mau=900_000_000))
    assert cap_blocks(outcomes) == {"group-mau-above-threshold"}
    assert outcomes["group-mau-above-threshold"].unknown_facts == ()
    assert "mau-cap-counts-affiliates" not in outcomes


def test_with_neither_figure_the_group_figure_is_the_input_asked_for() -> None:
    outcomes = run("default", llama_cap(deployment__mau=None))
    outcome = outcomes["group-mau-above-threshold"]
    assert outcome.severity is Severity.BLOCK
    assert outcome.unknown_facts == ("deployment.group_mau",)
    assert [(i.manifest_key, i.option) for i in outcome.needs_input] == [
        ("deployment.group_mau", "--group-mau")
    ]
    assert "mau-above-threshold" not in outcomes  # the product's own figure would not decide


@pytest.mark.parametrize("counts", [None, "licensee"])
def test_a_cap_on_the_licensee_alone_keeps_comparing_the_product(counts: str | None) -> None:
    cap = {"count": 100_000_000, "unit": "mau", "counts": counts}
    facts = apache_saas(
        effective__name="Tongyi Qianwen License Agreement",
        terms__commercial_use="restricted",
        terms__mau_threshold=100_000_000,
        terms__user_threshold=cap,
        terms__user_threshold__count=100_000_000,
        terms__user_threshold__unit="mau",
        terms__user_threshold__counts=counts,
        deployment__mau=1_000_000,
        deployment__group_mau=500_000_000,  # the group's products are not counted
    )
    outcomes = run("default", facts)
    assert cap_blocks(outcomes) == set()
    assert not {"group-mau-above-threshold", "mau-cap-counts-affiliates"} & set(outcomes)
    facts["deployment.mau"] = 150_000_000
    assert cap_blocks(run("default", facts)) == {"mau-above-threshold"}


@pytest.mark.parametrize(
    ("mau", "group", "warned"),
    [
        (600_000_000, 650_000_000, True),  # over 80% of 700M, under the cap
        (500_000_000, 550_000_000, False),  # under 560M (80%)
        (1_000_000, 600_000_000, True),  # the group counts for Llama's cap
    ],
)
def test_a_deployment_within_a_fifth_of_the_cap_warns(mau: int, group: int, warned: bool) -> None:
    outcomes = run("default", llama_cap(deployment__mau=mau, deployment__group_mau=group))
    assert ("mau-near-threshold" in outcomes) is warned
    assert cap_blocks(outcomes) == set()
    if warned:
        assert outcomes["mau-near-threshold"].severity is Severity.WARN


def test_the_near_threshold_warning_reads_the_product_for_a_licensee_cap() -> None:
    facts = llama("3.1", deployment__mau=1_000_000, deployment__group_mau=600_000_000)
    assert "mau-near-threshold" not in run(
        "default", facts | {"terms.user_threshold.counts": "licensee"}
    )
