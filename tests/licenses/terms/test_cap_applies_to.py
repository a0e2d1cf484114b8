"""Which use a cap binds, read from the cap's own sentence (our words, after the shape of
Tongyi Qianwen 4: "if you are commercially using the materials and your product has more than
N monthly active users, request a license"). A cap whose sentence conditions it on commercial
use binds commercial use only; one that does not say, or says it holds for any use, binds all.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


@pytest.mark.parametrize(
    "text",
    [
        "If you are commercially using the Kestrel models and your service has more than "
        "5 million monthly active users, you must ask us for a license.",
        "If you use the Kestrel models for commercial purposes and your product exceeds "
        "2,000,000 monthly active users, a separate license is required.",
        "When the licensee deploys the model in a commercial product with more than "
        "1 million monthly active users, it must obtain a license from us.",
    ],
)
def test_a_cap_conditioned_on_commercial_use_binds_commercial_use(text: str) -> None:
    cap = extract_terms(text)["user_threshold"].value
    assert isinstance(cap, dict) and cap.get("applies_to") == "commercial-use"


@pytest.mark.parametrize(
    "text",
    [
        # Llama's shape: the cap binds any licensee, the license asked for is "commercial"
        "If your products have more than 700 million monthly active users, you must request "
        "a commercial license from us.",
        "If you use the model, commercially or not, in a service with more than 1 million "
        "monthly active users, you must request a license.",
        "If you use the model for commercial or non-commercial purposes and your service has "
        "more than 1 million monthly active users, you must request a license.",
    ],
)
def test_a_cap_for_every_use_says_nothing_of_commercial_use(text: str) -> None:
    cap = extract_terms(text)["user_threshold"].value
    assert isinstance(cap, dict) and "applies_to" not in cap


def test_a_revenue_cap_conditioned_on_commercial_use() -> None:
    text = (
        "If you are commercially using the model and your annual revenue exceeds "
        "USD 5,000,000, you need a separate license from us."
    )
    cap = extract_terms(text)["revenue_threshold"].value
    assert isinstance(cap, dict) and cap.get("applies_to") == "commercial-use"
