"""Every clause pattern of term extraction, by term: one table to test and to measure.

The clause rules are data (license_db/clause_rules, `clause_rules`), each with examples and
counter-examples its test runs; this table names every rule's pattern by term, so that
`bench/patterns.py` can count the corpus texts each one fires on (a pattern firing on a single
document is a smell, not a rule) and report the rules that fire on none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from auditor.licenses.terms import (
    detect,
)
from auditor.licenses.terms.clause_rules import clause_pattern, load_clause_rules


def _patterns(
    table: Mapping[str, detect.AnyRule | re.Pattern[str] | str],
) -> dict[str, re.Pattern[str]]:
    compiled: dict[str, re.Pattern[str]] = {}
    for name, item in table.items():
        if isinstance(item, (detect.Rule, detect.DataRule)):
            compiled[name] = item.pattern
        elif isinstance(item, str):
            compiled[name] = re.compile(item, re.IGNORECASE)
        else:
            compiled[name] = item
    return compiled


@cache
def pattern_table() -> dict[str, dict[str, re.Pattern[str]]]:
    """term -> pattern name -> compiled pattern, for every clause pattern we match."""
    table: dict[str, dict[str, re.Pattern[str]]] = {}
    for rule_id, rule in load_clause_rules().items():
        table.setdefault(rule.term, {})[rule.name] = clause_pattern(rule_id)
    for term, patterns in _legacy_table().items():
        for name, pattern in patterns.items():
            table.setdefault(term, {}).setdefault(name, pattern)
    return table


def _legacy_table() -> dict[str, dict[str, re.Pattern[str]]]:
    """The patterns still written in Python (being moved to license_db/clause_rules)."""
    return {
        "document": _patterns({"grant": detect._GRANT, "policy-title": detect._POLICY_TITLE}),
    }
