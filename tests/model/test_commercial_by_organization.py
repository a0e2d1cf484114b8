"""Whether a deployment is commercial use, by who runs it and whether it is paid for
(auditor/model/deployment.py is_commercial, is_research): expectations from CC BY-NC 4.0
§1(k), where non-commercial is a purpose, not a kind of organization."""

from __future__ import annotations

import pytest

from auditor.model.deployment import is_commercial, is_research


@pytest.mark.parametrize("distribution", ["internal", "research", "saas", "on-device"])
def test_a_companys_use_is_commercial_however_spelled(distribution: str) -> None:
    # in-house R&D is directed toward the company's commercial advantage
    assert is_commercial(distribution, "company") is True
    assert is_commercial(distribution, None) is True  # unstated: read as a company


def test_a_companys_free_service_is_still_commercial() -> None:
    assert is_commercial("saas", "company", False) is True


@pytest.mark.parametrize("kind", ["non-profit", "academic", "government"])
def test_a_non_company_bodys_own_use_and_research_are_not_commercial(kind: str) -> None:
    assert is_commercial("internal", kind) is False
    assert is_commercial("research", kind) is False


@pytest.mark.parametrize("distribution", ["saas", "on-device", "redistribute-weights"])
@pytest.mark.parametrize("kind", ["non-profit", "academic", "government"])
def test_serving_is_commercial_unless_stated_free(distribution: str, kind: str) -> None:
    assert is_commercial(distribution, kind) is True  # unstated: may be sold or carry ads
    assert is_commercial(distribution, kind, True) is True
    assert is_commercial(distribution, kind, False) is False


def test_unknown_distribution_is_unknown() -> None:
    assert is_commercial(None, "academic", False) is None
    assert is_research(None, ["research"]) is None


def test_research_has_two_spellings() -> None:
    assert is_research("research", []) is True
    assert is_research("internal", ["research", "chatbot"]) is True
    assert is_research("internal", ["general-assistant"]) is False
    assert is_research("saas", ["research"]) is False
