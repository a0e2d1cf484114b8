"""Commercial use added to a plain grant in other words (session 22, held-out round C):
"may run, rework and hand them on ..., for whatever purpose, business purposes included" and
"lets you use, copy and redistribute the weights free of charge, in commercial settings as
well" allow commercial use, also in a numbered clause. Texts written for this test in our own
words; each has a twin that leaves commercial use out, negates it or makes it conditional.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _commercial(grant: str) -> object:
    return extract_terms(f"# Wagtail model licence\n\n{grant}\n")["commercial_use"].value


@pytest.mark.parametrize(
    ("grant", "twin"),
    [
        (
            "Whoever obtains the Wagtail weights may run them, alter them, pass them on and "
            "charge for tools made with them, for whatever purpose, business purposes included.",
            "Whoever obtains the Wagtail weights may run them for whatever purpose, business "
            "purposes not included.",
        ),
        (
            "1. Wagtail Ltd lets you use, copy, adapt and share the weights\n   free of charge, "
            "in commercial settings as well.",
            "1. Wagtail Ltd lets you use and copy the weights, but not in commercial settings "
            "as well.",
        ),
        (
            "(b) You may run and adapt the weights at no cost, for business purposes too.",
            "(b) You may run and adapt the weights for business purposes too, subject to a "
            "separate licence.",
        ),
        (
            "Wagtail Ltd grants you a licence to host and change the weights, commercially also.",
            "Wagtail Ltd grants you a licence to host the weights for research only, and never "
            "commercially also.",
        ),
    ],
)
def test_commercial_use_added_to_a_grant_allows_it(grant: str, twin: str) -> None:
    assert _commercial(grant) == "allowed"
    assert _commercial(twin) != "allowed"


def test_any_purpose_with_commercial_use_left_out_is_no_commercial_grant() -> None:
    assert _commercial("You may run it for any lawful purpose, commercial use not included.") != (
        "allowed"
    )


def test_a_long_list_of_acts_before_whatever_purpose_is_a_grant_for_any_purpose() -> None:
    grant = (
        "Whoever obtains the Wagtail weights may run them, alter them, pass them on and charge "
        "for tools made with them, for whatever purpose."
    )
    assert _commercial(grant) == "allowed"
    twin = (
        "Whoever obtains the Wagtail weights may run them, alter them and pass them on, but not "
        "for whatever purpose they like."
    )
    assert _commercial(twin) != "allowed"
