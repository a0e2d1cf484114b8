"""A cap on daily active users, judged with the monthly figure the manifest states.

Daily active users are among the month's active users, so a stated MAU at or under a cap of
daily users settles it: the deployment cannot have more daily users than that. A cap that
counts the licensee's affiliates is settled by the group's MAU only. Another unit (devices,
monthly visits) is never settled by an MAU.
"""

from __future__ import annotations

import pytest

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
