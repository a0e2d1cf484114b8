"""A cap on weekly active users, judged with the monthly figure the manifest states: a week's
users are among the month's, so an MAU at or under the cap settles it; each monthly user is
active in one of the (at most six) weeks a month touches, so an MAU over six times the cap
passes it in the busiest week (`wau-above-threshold`); between the two the cap is unchecked."""

from __future__ import annotations

import pytest

from auditor.model import Severity
from tests.policy.test_daily_user_cap import capped
from tests.policy.test_presets import run

OVER = "wau-above-threshold"
UNCHECKED = "user-cap-unchecked"


@pytest.mark.parametrize("mau", [40, 1_000_000])
def test_a_monthly_figure_under_a_weekly_cap_settles_it(mau: int) -> None:
    outcomes = run("default", capped("wau", None, deployment__mau=mau))
    assert OVER not in outcomes and UNCHECKED not in outcomes


@pytest.mark.parametrize(
    ("counts", "figures"),
    [
        (None, {"deployment__mau": 6_000_001}),
        ("licensee-and-affiliates", {"deployment__mau": 40, "deployment__group_mau": 7e6}),
    ],
)
def test_a_monthly_figure_over_six_times_a_weekly_cap_blocks(
    counts: str | None, figures: dict[str, object]
) -> None:
    outcomes = run("default", capped("wau", counts, **figures))
    assert outcomes[OVER].severity is Severity.BLOCK
    assert UNCHECKED not in outcomes


@pytest.mark.parametrize("mau", [6_000_000, 2_000_000])
def test_twin_between_the_cap_and_six_times_it_the_weekly_cap_is_unchecked(mau: int) -> None:
    outcomes = run("default", capped("wau", None, deployment__mau=mau))
    assert OVER not in outcomes
    assert outcomes[UNCHECKED].severity is Severity.WARN
