"""Whether the lineage knowledge is too old to trust an unresolved parent to it:
`lineage-knowledge-stale`.

A parent that no source resolves may simply be newer than the lineage snapshot (a model
released after it was taken). When a model has such a parent and the snapshot is older than the
policy's `knowledge_max_age_days` (default 180) on the audit date, the model gets a warning
naming the snapshot's date and how to refresh it. Fresh knowledge, or a model whose lineage
resolved, gets none: an old snapshot alone says nothing about a model it was not needed for.

Pure: the unresolved flag, the snapshot's stamp, the audit date and the setting are passed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding
from auditor.model.knowledge_stamp import KnowledgeStamp

RULE = "lineage-knowledge-stale"
SETTING = "knowledge_max_age_days"
KNOWLEDGE_MAX_AGE_DAYS = 180
"""How old (days from its `as_of` to the audit date) the lineage knowledge may be before an
unresolved parent is blamed on it, unless the policy's `knowledge_max_age_days` says otherwise."""

REFRESH = (
    "refresh the lineage knowledge: `auditor knowledge update --from-census DIR` (after "
    "`auditor census run` on a recent Hub metadata dump) or `auditor knowledge update "
    "--from-snapshot FILE`; then audit again"
)


def knowledge_max_age(settings: Mapping[str, object]) -> int:
    """The policy's `knowledge_max_age_days`, or the default when unset or not a whole number
    of days of at least one."""
    days = settings.get(SETTING, KNOWLEDGE_MAX_AGE_DAYS)
    if isinstance(days, float) and days.is_integer():
        days = int(days)
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        return KNOWLEDGE_MAX_AGE_DAYS
    return days


def knowledge_age_days(as_of: str | None, today: date) -> int | None:
    """Days from the knowledge's date to `today`; None when it has no readable date. A month
    (`2026-11`) counts from its first day."""
    if not as_of:
        return None
    text = as_of.strip()
    try:
        day = date.fromisoformat(f"{text}-01" if len(text) == len("YYYY-MM") else text[:10])
    except ValueError:
        return None
    return (today - day).days


def stale_knowledge_finding(
    *, unresolved: bool, stamp: KnowledgeStamp, today: date, max_days: int
) -> Finding | None:
    """The warning for a model with an unresolved parent and knowledge older than `max_days`
    (or undated: its age cannot be shown to be within the limit); None otherwise."""
    if not unresolved:
        return None
    age = knowledge_age_days(stamp.as_of, today)
    if age is not None and age <= max_days:
        return None
    which = "the user's refreshed" if stamp.origin == "user" else f"the {stamp.origin}"
    if age is None:
        how_old = f"{which} lineage knowledge has no date"
    else:
        how_old = (
            f"{which} lineage knowledge is as of {stamp.as_of}, {age} days before this audit "
            f"({today.isoformat()}; the policy allows {max_days})"
        )
    return Finding(
        rule=RULE,
        category=Category.PROVENANCE,
        severity=observed_severity(RULE),
        message=(
            f"A parent of this model could not be resolved and {how_old}: the parent may be "
            "newer than the knowledge"
        ),
        remediation=REFRESH,
    )
