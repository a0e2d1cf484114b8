"""A bespoke permissive grant in plain words (session 22, held-out round): "<Licensor> lets
anyone, free of charge, use, run, copy, change, publish, sell and hand on copies ... for any
purpose including business use" allows commercial use. The shapes: a grant verb (lets, allows,
permits) to anyone or to you, followed by acts among which selling, or by "for any purpose";
and "including business use" after a grant, unconditionally.

Texts written for this test in our own words. Each variant has a twin that does not allow
commercial use: business use carved out, made conditional on consent, banned, or a sale
confined to non-commercial purposes.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _commercial(grant: str) -> object:
    return extract_terms(f"HERON OPEN MODEL LICENCE\n\n{grant}\n")["commercial_use"].value


@pytest.mark.parametrize(
    ("grant", "twin"),
    [
        (
            "Heron Labs lets anyone, at no cost, use, run, copy, alter, merge, publish, sell and "
            "pass on copies of the model, for any purpose including business use.",
            "Heron Labs lets anyone use and copy the model for any purpose except business use.",
        ),
        (
            "Heron Labs allows everyone to use, copy and adapt the weights for any purpose, "
            "including business use.",
            "Heron Labs allows everyone to use the weights for any purpose, including business "
            "use only with our written consent.",
        ),
        (
            "Heron Labs permits anyone to run, copy, publish and resell copies of the model.",
            "Heron Labs permits anyone to run, copy and sell copies of the model for "
            "non-commercial purposes only.",
        ),
        (
            "Heron Labs allows you to copy and adapt the weights, including for business purposes.",
            "Heron Labs allows you to copy and adapt the weights, including for business purposes "
            "subject to a paid licence.",
        ),
    ],
)
def test_a_plain_grant_for_any_purpose_including_business_use_allows_commercial_use(
    grant: str, twin: str
) -> None:
    assert _commercial(grant) == "allowed"
    assert _commercial(twin) != "allowed"
