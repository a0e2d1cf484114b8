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
    caps,
    commercial,
    commercial_conditions,
    conditions,
    detect,
    law,
    scope,
    tags,
    thresholds,
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
        "commercial_use": _patterns(
            {
                "non-commercial-only": commercial._NONCOMMERCIAL_ONLY,
                "research-only": commercial._RESEARCH_ONLY,
                "commercial-banned": commercial._COMMERCIAL_BANNED,
                "commercial-paraphrase": commercial._COMMERCIAL_PARAPHRASE,
                "commercial-item": commercial._COMMERCIAL_ITEM,
                "commercial-conditional": commercial_conditions._COMMERCIAL_CONDITIONAL,
                "commercial-allowed": commercial._COMMERCIAL_OK,
                "separate-license-needed": detect._LICENSE_NEEDED,
                "grant-withheld": commercial._GRANT_WITHHELD,
            }
        ),
        "commercial_use_conditions": _patterns(
            {
                "registration": commercial_conditions._REGISTRATION,
                "attribution-display": commercial_conditions._DISPLAY,
                "written-permission": commercial_conditions._PERMISSION,
                "permission-not-needed": commercial_conditions._NO_PERMISSION_NEEDED,
                "separate-license": commercial_conditions._FURTHER_LICENSE,
            }
        ),
        "use_scope": _patterns(scope.SCOPE_PATTERNS),
        "caps": _patterns(
            {
                "consequence": caps.CONSEQUENCE,
                "limit": caps.LIMIT,
                "defined-term": thresholds._DEFINED_TERM,
                "class-bound": thresholds._CLASS_BOUND_BEFORE,
                "class-bound-after": thresholds._CLASS_BOUND_AFTER,
                **{f"unit-{unit}": words for unit, words in caps.USER_UNITS.items()},
                **{f"currency-{code}": words for code, words in caps.CURRENCIES.items()},
                **{f"measure-{name}": words for name, words in caps.MEASURES.items()},
                **{f"period-{name}": words for name, words in caps.PERIODS.items()},
            }
        ),
        "acceptable_use_policy_incorporated": _patterns(
            {"incorporated": conditions._AUP_INCORPORATED}
        ),
        "licensor_may_update_terms": _patterns({"may-update": conditions._MAY_UPDATE}),
        "downstream_propagation": _patterns(conditions.DOWNSTREAM_PATTERNS),
        "output_use_restriction": _patterns(conditions.OUTPUT_PATTERNS),
        "attribution_required": _patterns({"attribution": conditions._ATTRIBUTION}),
        "naming_requirement": _patterns(
            {f"prefix-{i + 1}": pattern for i, pattern in enumerate(conditions._NAMING)}
        ),
        "governing_law": _patterns(
            {"clause": law._GOVERNING, **law.CHOICE_OF_LAW, "licensee-local": law._LICENSEE_LOCAL}
        ),
        "venue": _patterns({"court": law._COURT}),
        "territorial_exclusions": _patterns({"withheld": law._WITHHELD, "located": law._LOCATED}),
        "use_restrictions": _patterns(tags.TAG_PATTERNS),
    }
