"""A cap on daily active users, judged with the monthly figure the manifest states.

Daily active users are among the month's active users, so a stated MAU at or under a cap of
daily users settles it: the deployment cannot have more daily users than that. A cap that
counts the licensee's affiliates is settled by the group's MAU only. Another unit (devices,
monthly visits) is never settled by an MAU.
"""

from __future__ import annotations

import pytest

from auditor.model import Severity
from tests.policy.test_presets import apache_saas, run

RULE = "user-cap-unchecked"


def capped(unit: str, counts: str | None = None, **changes: object) -> dict[str, object]:
    """A SaaS model whose license caps 1,000,000 users of `unit`."""
    cap: dict[str, object] = {"count": 1_000_000, "unit": unit}
    if counts is not None:
        cap["counts"] = counts
    return apache_saas(
        terms__user_threshold=cap,
        terms__user_threshold__count=1_000_000,
        terms__user_threshold__unit=unit,
        terms__user_threshold__counts=counts,
        **changes,
    )


@pytest.mark.parametrize(
    ("counts", "figures"),
    [
        (None, {"deployment__mau": 40}),
        (None, {"deployment__mau": 1_000_000}),
        ("licensee", {"deployment__mau": 30_000}),
        ("licensee-and-affiliates", {"deployment__mau": 40, "deployment__group_mau": 900_000}),
        (None, {"deployment__mau": 40, "deployment__group_mau": 40}),
    ],
)
def test_a_monthly_figure_under_a_daily_cap_settles_it(
    counts: str | None, figures: dict[str, object]
) -> None:
    assert RULE not in run("default", capped("dau", counts, **figures))


@pytest.mark.parametrize(
    ("unit", "counts", "figures"),
    [
        # more monthly users than the cap: some days may pass it
        ("dau", None, {"deployment__mau": 2_000_000}),
        # no monthly figure at all
        ("dau", None, {"deployment__mau": None}),
        # the cap counts the affiliates, and only the product's figure is stated
        ("dau", "licensee-and-affiliates", {"deployment__mau": 40}),
        # the group is larger than the cap
        ("dau", "licensee-and-affiliates", {"deployment__mau": 40, "deployment__group_mau": 5e6}),
        # another unit: monthly users say nothing of devices or visits
        ("devices", None, {"deployment__mau": 40}),
        ("monthly-visits", None, {"deployment__mau": 40}),
    ],
)
def test_a_cap_the_monthly_figure_does_not_settle_warns(
    unit: str, counts: str | None, figures: dict[str, object]
) -> None:
    outcomes = run("default", capped(unit, counts, **figures))
    assert RULE in outcomes
    assert outcomes[RULE].unknown_facts == ()


OVER = "dau-above-threshold"


@pytest.mark.parametrize(
    ("counts", "figures"),
    [
        # each of 31,000,001 monthly users is active on a day: some day has over 1,000,000
        (None, {"deployment__mau": 31_000_001}),
        ("licensee", {"deployment__mau": 90_000_000}),
        # the product alone is over: the group that includes it is too
        ("licensee-and-affiliates", {"deployment__mau": 40_000_000}),
        ("licensee-and-affiliates", {"deployment__mau": 40, "deployment__group_mau": 4e7}),
    ],
)
def test_a_monthly_figure_over_31_times_a_daily_cap_blocks(
    counts: str | None, figures: dict[str, object]
) -> None:
    outcomes = run("default", capped("dau", counts, **figures))
    assert outcomes[OVER].severity is Severity.BLOCK
    assert outcomes[OVER].unknown_facts == ()
    assert RULE not in outcomes  # decided: not also "cannot be checked"


@pytest.mark.parametrize(
    ("unit", "counts", "figures"),
    [
        # exactly 31 times: every day may hold 1,000,000, which is not above the cap
        ("dau", None, {"deployment__mau": 31_000_000}),
        ("dau", None, {"deployment__mau": 8_000_000}),
        # the group's figure is not what a cap of the licensee's own products counts
        ("dau", None, {"deployment__mau": 40, "deployment__group_mau": 9e8}),
        ("dau", "licensee", {"deployment__mau": 5_000_000, "deployment__group_mau": 9e8}),
        # no monthly figure: nothing to compare (the cap stays unchecked)
        ("dau", None, {"deployment__mau": None}),
        # devices and visits are not days of monthly users
        ("devices", None, {"deployment__mau": 9e8}),
        ("monthly-visits", None, {"deployment__mau": 9e8}),
    ],
)
def test_a_daily_cap_the_monthly_figure_does_not_pass_for_sure_does_not_block(
    unit: str, counts: str | None, figures: dict[str, object]
) -> None:
    assert OVER not in run("default", capped(unit, counts, **figures))


def test_a_daily_cap_of_commercial_use_only_spares_a_non_commercial_deployment() -> None:
    facts = capped("dau", None, deployment__mau=9e7, deployment__commercial=False)
    facts["terms.user_threshold.applies_to"] = "commercial-use"
    assert OVER not in run("default", facts)


def test_no_cap_at_all_never_blocks_a_large_deployment() -> None:
    assert OVER not in run("default", apache_saas(deployment__mau=9e8, deployment__group_mau=9e9))
