"""The most restrictive combination of several sets of terms, each term keeping its evidence.

One rule for every place terms meet: a model's own documents (LICENSE beside LICENSE-MODEL,
a NOTICE, a use policy) and a model with its ancestors (lineage/effective.py). Per term the
most restrictive value wins and keeps the quotes of the sources that stated it: booleans are
OR-ed, lists are unions (territorial clauses too, each keeping its scope; the widening use
scopes, research-by-anyone and internal-use-by-anyone, each only when every confining source
states it), the kind and
commercial use take the most restrictive word, caps the lowest number; other values (governing
law, venue, a naming prefix) come from the first own source that states them, else from the
farthest ancestor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from auditor.model import Evidence
from auditor.model.kinds import LicenseKind
from auditor.model.terms import (
    BOOLEAN_KEYS,
    CLAUSE_KEYS,
    LIST_KEYS,
    NO_WEIGHT_REDISTRIBUTION,
    ON_DEVICE_SHIPPING,
    PRODUCTION_BARRED_SCOPES,
    TERM_KEYS,
    THRESHOLD_KEYS,
    WIDENING_SCOPES,
)

COMMERCIAL_ORDER = ("allowed", "restricted", "prohibited")
"""Values of `commercial_use`, least restrictive first."""
_LOWEST_KEYS = frozenset({"mau_threshold", "revenue_threshold_usd"})


@dataclass(frozen=True, slots=True)
class TermSource:
    """One set of terms to combine: a document's or an ancestor's."""

    values: Mapping[str, object]
    evidence: Mapping[str, tuple[Evidence, ...]]
    depth: int = -1  # -1: the model's own; an ancestor's distance otherwise


def combine_terms(
    sources: Sequence[TermSource],
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    """Every key of TERM_KEYS combined over `sources` (most restrictive), with its evidence."""
    if not sources:
        return {}, {}
    values: dict[str, object] = {}
    evidence: dict[str, tuple[Evidence, ...]] = {}
    for key in TERM_KEYS:
        value, chosen = merge_key(key, sources)
        values[key] = value
        quotes = tuple(dict.fromkeys(e for s in chosen for e in s.evidence.get(key, ())))
        if quotes:
            evidence[key] = quotes
    return values, evidence


def merge_key(key: str, sources: Sequence[TermSource]) -> tuple[object, list[TermSource]]:
    """The merged value of one term and the sources it came from."""
    stated = [s for s in sources if s.values.get(key) is not None]
    if key in BOOLEAN_KEYS:
        true = [s for s in stated if s.values[key]]
        return bool(true), true
    if key in LIST_KEYS:
        having = [s for s in stated if isinstance(s.values[key], list) and s.values[key]]
        items = {str(item) for s in having for item in _as_list(s.values[key])}
        if key == "use_scope":
            items -= {w for w in items & WIDENING_SCOPES if not _all_widened(sources, w)}
            if ON_DEVICE_SHIPPING in items and not _ban_lifted_everywhere(sources):
                items.discard(ON_DEVICE_SHIPPING)
        return sorted(items), having
    if key in CLAUSE_KEYS:
        having = [s for s in stated if isinstance(s.values[key], list) and s.values[key]]
        return union_clauses(s.values[key] for s in having), having
    if not stated:
        return None, []
    if key in ("kind", "commercial_use"):
        order = tuple(LicenseKind) if key == "kind" else COMMERCIAL_ORDER
        known = [s for s in stated if s.values[key] in order]
        if not known:
            return stated[0].values[key], stated[:1]
        worst = max((s.values[key] for s in known), key=lambda v: order.index(str(v)))
        return worst, [s for s in known if s.values[key] == worst]
    if key in THRESHOLD_KEYS:
        return _lowest_cap(key, stated)
    if key in _LOWEST_KEYS:
        numbers = [s for s in stated if _is_number(s.values[key])]
        if not numbers:
            return None, []
        low = min(numbers, key=lambda s: float(str(s.values[key])))
        return low.values[key], [low]
    own = [s for s in stated if s.depth < 0]
    pick = own[0] if own else max(stated, key=lambda s: s.depth)
    return pick.values[key], [pick]


def _all_widened(sources: Sequence[TermSource], word: str) -> bool:
    """Whether every source that confines use (bars commercial use, or confines it to a
    purpose) states the widening `word` (research or internal use by anyone): the word widens
    what the others allow, so one source without it (a purpose-based non-commercial parent)
    keeps the narrower reading."""
    for source in sources:
        scope = {str(item) for item in _as_list(source.values.get("use_scope"))}
        confines = source.values.get("commercial_use") == "prohibited" or bool(
            scope & PRODUCTION_BARRED_SCOPES
        )
        if confines and word not in scope:
            return False
    return True


def _ban_lifted_everywhere(sources: Sequence[TermSource]) -> bool:
    """Whether every source that bans passing the weights on lifts the ban for on-device
    shipping: a carve-out in one license does not lift another license's ban."""
    for source in sources:
        scope = {str(item) for item in _as_list(source.values.get("use_scope"))}
        if NO_WEIGHT_REDISTRIBUTION in scope and ON_DEVICE_SHIPPING not in scope:
            return False
    return True


def union_clauses(groups: Iterable[object]) -> list[dict[str, object]]:
    """Scoped clauses (territorial terms) from several sources, each once, in a stable order:
    every clause binds, so none replaces another."""
    unique: dict[str, dict[str, object]] = {}
    for group in groups:
        for clause in _as_list(group):
            if isinstance(clause, Mapping):
                plain: dict[str, object] = {
                    "regions": sorted({str(r) for r in _as_list(clause.get("regions"))}),
                    "models": str(clause.get("models") or "all"),
                    "exempts": sorted({str(e) for e in _as_list(clause.get("exempts"))}),
                }
                if clause.get("within"):  # the only places licensed (`TerritorialClause`)
                    plain["within"] = True
                unique.setdefault(json.dumps(plain, sort_keys=True), plain)
    return [unique[k] for k in sorted(unique)]


def commercial_rank(value: object) -> int:
    """0 allowed, 1 restricted, 2 prohibited; -1 when unstated or not one of these."""
    return COMMERCIAL_ORDER.index(str(value)) if value in COMMERCIAL_ORDER else -1


# A cap's number and the parts that make two caps comparable (same unit, currency, period).
_CAP_NUMBER = {"user_threshold": "count", "revenue_threshold": "amount"}
_CAP_UNIT = {"user_threshold": ("unit",), "revenue_threshold": ("currency", "period", "measure")}
# Caps the deployment facts already compare (also in mau_threshold, revenue_threshold_usd).
_CHECKED_UNITS: dict[str, set[tuple[object, ...]]] = {
    "user_threshold": {("mau",)},
    "revenue_threshold": {("USD", "year", "revenue")},
}


def _lowest_cap(key: str, stated: Sequence[TermSource]) -> tuple[object, list[TermSource]]:
    """The lowest cap of one unit. Caps in different units are not comparable, so the one kept
    is a unit the deployment cannot be checked against (its MAU or USD-per-year sibling stays
    in mau_threshold / revenue_threshold_usd): the policy then flags it for review."""
    caps = [s for s in stated if isinstance(s.values[key], Mapping)]
    if not caps:
        return None, []

    def cap(source: TermSource) -> Mapping[str, object]:
        value = source.values[key]
        return value if isinstance(value, Mapping) else {}

    def unit(source: TermSource) -> tuple[object, ...]:
        return tuple(cap(source).get(part) for part in _CAP_UNIT[key])

    def number(source: TermSource) -> float:
        count = cap(source).get(_CAP_NUMBER[key])
        return float(str(count)) if _is_number(count) else float("inf")

    unchecked = [s for s in caps if unit(s) not in _CHECKED_UNITS[key]]
    group = unchecked or caps
    first_unit = unit(group[0])
    low = min((s for s in group if unit(s) == first_unit), key=number)
    return low.values[key], [low]


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
