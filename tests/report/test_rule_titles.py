"""Every rule and observation has a plain title for the reasons tables, and no two share one."""

from __future__ import annotations

from collections import Counter

from auditor.policy import load_policy, preset_names
from auditor.policy.model import RESERVED_RULE_IDS
from auditor.policy.observations import OBSERVATIONS
from auditor.report.view_rules import RULE_TITLES, rule_title


def _every_id() -> set[str]:
    ids = set(OBSERVATIONS) | set(RESERVED_RULE_IDS)
    for name in preset_names():
        ids |= {rule.id for rule in load_policy(name).rules}
    return ids


def test_every_preset_rule_and_observation_has_a_title() -> None:
    missing = sorted(i for i in _every_id() if i not in RULE_TITLES)
    assert not missing, f"add a plain title to auditor/report/view_rules.py: {missing}"


def test_titles_tell_rules_apart() -> None:
    twice = [title for title, n in Counter(RULE_TITLES.values()).items() if n > 1]
    assert twice == []
    assert all(title[:1].isupper() and not title.endswith(".") for title in RULE_TITLES.values())


def test_a_rule_of_ones_own_reads_as_words() -> None:
    assert rule_title("no-gpl-in-the-mobile-app") == "No gpl in the mobile app"
    assert rule_title("license-unidentified") == "License not identified"
