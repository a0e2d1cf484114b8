"""`lineage-knowledge-stale`: an unresolved parent blamed on lineage knowledge older than the
policy allows (days from the knowledge's `as_of` to the audit date)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from auditor.lineage.knowledge_age import (
    KNOWLEDGE_MAX_AGE_DAYS,
    knowledge_age_days,
    knowledge_max_age,
    stale_knowledge_finding,
)
from auditor.model import Category, Severity
from auditor.model.knowledge_stamp import KnowledgeStamp

TODAY = date(2026, 11, 26)


def _stamp(days_old: int, origin: str = "bundled") -> KnowledgeStamp:
    return KnowledgeStamp((TODAY - timedelta(days=days_old)).isoformat(), origin)


def test_old_knowledge_and_an_unresolved_parent_warn_with_the_date_and_the_refresh() -> None:
    stamp = _stamp(181)
    finding = stale_knowledge_finding(unresolved=True, stamp=stamp, today=TODAY, max_days=180)
    assert finding is not None
    assert finding.rule == "lineage-knowledge-stale" and finding.category is Category.PROVENANCE
    assert finding.severity is Severity.WARN  # the default preset's weight
    assert f"as of {stamp.as_of}, 181 days before this audit" in finding.message
    assert "the policy allows 180" in finding.message and "bundled" in finding.message
    assert finding.remediation is not None
    assert "auditor knowledge update --from-census" in finding.remediation
    assert "--from-snapshot" in finding.remediation


@pytest.mark.parametrize(
    ("unresolved", "days_old"),
    [
        (True, 180),  # exactly the allowed age: not older than it
        (True, 0),
        (True, -3),  # dated after the audit (an audit replayed with an earlier clock)
        (False, 4000),  # old knowledge says nothing about a model whose lineage resolved
    ],
)
def test_no_warning_when_fresh_enough_or_resolved(unresolved: bool, days_old: int) -> None:
    stamp = _stamp(days_old)
    assert (
        stale_knowledge_finding(unresolved=unresolved, stamp=stamp, today=TODAY, max_days=180)
        is None
    )


def test_the_user_refresh_is_named_as_such_and_undated_knowledge_is_never_fresh() -> None:
    refreshed = stale_knowledge_finding(
        unresolved=True, stamp=_stamp(40, "user"), today=TODAY, max_days=30
    )
    assert refreshed is not None and "the user's refreshed lineage knowledge" in refreshed.message
    undated = stale_knowledge_finding(
        unresolved=True, stamp=KnowledgeStamp(None, "file"), today=TODAY, max_days=180
    )
    assert undated is not None and "has no date" in undated.message


def test_age_counts_from_the_date_or_the_first_of_its_month() -> None:
    assert knowledge_age_days("2026-11-20", TODAY) == 6
    assert knowledge_age_days("2026-05", TODAY) == (TODAY - date(2026, 5, 1)).days
    assert knowledge_age_days(None, TODAY) is None
    assert knowledge_age_days("last spring", TODAY) is None


@pytest.mark.parametrize(
    ("settings", "days"),
    [
        ({}, KNOWLEDGE_MAX_AGE_DAYS),
        ({"knowledge_max_age_days": 30}, 30),
        ({"knowledge_max_age_days": 30.0}, 30),
        ({"knowledge_max_age_days": 0}, KNOWLEDGE_MAX_AGE_DAYS),
        ({"knowledge_max_age_days": -5}, KNOWLEDGE_MAX_AGE_DAYS),
        ({"knowledge_max_age_days": True}, KNOWLEDGE_MAX_AGE_DAYS),
        ({"knowledge_max_age_days": 12.5}, KNOWLEDGE_MAX_AGE_DAYS),
        ({"knowledge_max_age_days": "soon"}, KNOWLEDGE_MAX_AGE_DAYS),
    ],
)
def test_the_policy_setting(settings: dict[str, object], days: int) -> None:
    assert KNOWLEDGE_MAX_AGE_DAYS == 180
    assert knowledge_max_age(settings) == days
