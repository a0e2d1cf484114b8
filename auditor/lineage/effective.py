"""The effective license and terms: the own license AND every binding ancestor's."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from auditor.knowledge.known_models import normalize_repo_id
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import identify_declared
from auditor.licenses.expression import combine_expressions
from auditor.lineage.ancestors import (
    MISSING_TAGS,
    RESOLVED,
    Ancestor,
    ancestor_terms,
    strip_hub_url,
)
from auditor.model import (
    Declared,
    Evidence,
    LicenseMatch,
    ModelResult,
    SourceKind,
)
from auditor.model.kinds import LicenseKind, kind_rank, most_restrictive
from auditor.model.terms import BOOLEAN_KEYS, LIST_KEYS, TERM_KEYS, THRESHOLD_KEYS

_COMMERCIAL_ORDER = ("allowed", "restricted", "prohibited")
_LOWEST_KEYS = frozenset({"mau_threshold", "revenue_threshold_usd"})


# --- the model's own license and the effective license ------------------------------------------


def own_repo_id(model: ModelResult) -> str | None:
    """The model's Hub repo id when it has one (a local path or file has none)."""
    source = model.source
    if source is not None and source.kind is not SourceKind.HUB:
        return None
    ref = source.repo_id if source is not None and source.repo_id else model.ref
    return ref if normalize_repo_id(strip_hub_url(ref)) is not None else None


def declared_units(declared: Declared, db: LicenseDB) -> list[tuple[str, LicenseMatch | None]]:
    """Each declared `license` tag with what it identifies as (`unknown` tags dropped)."""
    value = declared.license
    tags = [str(t).strip() for t in (value if isinstance(value, list) else [value]) if t]
    units: list[tuple[str, LicenseMatch | None]] = []
    for tag in tags:
        if not tag or tag.lower() in MISSING_TAGS:
            continue
        one = replace(declared, license=tag, base_models=())
        units.append((tag, identify_declared(one, db)))
    return units


def own_units(model: ModelResult, db: LicenseDB) -> list[LicenseMatch]:
    """The model's own identified license(s): the concluded license, else each identified tag."""
    if model.license is not None and model.license.id is not None:
        return [model.license]
    return [m for _, m in declared_units(model.declared, db) if m is not None and m.id]


def _binds(match: LicenseMatch) -> bool:
    return match.kind != LicenseKind.PERMISSIVE_OSS


def _licensed(ancestors: Iterable[Ancestor]) -> list[Ancestor]:
    return [
        a
        for a in ancestors
        if a.resolved_by in RESOLVED and a.license is not None and a.license.id is not None
    ]


def binding_ancestors(ancestors: Iterable[Ancestor]) -> list[Ancestor]:
    """Resolved ancestors whose license binds derivatives, one per license id, nearest first."""
    seen: set[str] = set()
    found: list[Ancestor] = []
    for a in sorted(_licensed(ancestors), key=lambda a: a.depth):
        assert a.license is not None and a.license.id is not None
        if _binds(a.license) and a.license.id not in seen:
            seen.add(a.license.id)
            found.append(a)
    return found


def inherited_ancestors(ancestors: Sequence[Ancestor], *, has_own: bool) -> list[Ancestor]:
    """The ancestors whose licenses govern too: the binding ones; with neither an own license
    nor a binding ancestor, the nearest licensed ones (permissive included)."""
    binding = binding_ancestors(ancestors)
    if binding or has_own:
        return binding
    licensed = _licensed(ancestors)
    nearest = min((a.depth for a in licensed), default=None)
    seen: set[str | None] = set()
    found: list[Ancestor] = []
    for a in licensed:
        if a.depth == nearest and a.license is not None and a.license.id not in seen:
            seen.add(a.license.id)
            found.append(a)
    return found


def effective_license(
    own_match: LicenseMatch | None, own: list[LicenseMatch], ancestors: Sequence[Ancestor]
) -> LicenseMatch | None:
    binding = binding_ancestors(ancestors)
    inherited = inherited_ancestors(ancestors, has_own=bool(own))
    units: dict[str, LicenseMatch] = {}
    for match in [*own, *(a.license for a in inherited if a.license is not None)]:
        if match.id is not None:
            units.setdefault(match.id, match)
    if not units:
        return own_match
    if not inherited and own_match is not None and list(units) == [own_match.id]:
        return own_match
    # The Hub tag the card should carry: the most restrictive binding root's, else the own.
    if binding:
        root = max(
            binding, key=lambda a: (kind_rank(a.license.kind if a.license else None), a.depth)
        )
        tag = root.license.hf if root.license is not None else None
    else:
        tag = max(units.values(), key=lambda m: kind_rank(m.kind)).hf
    method = "lineage" if inherited else next(iter(units.values())).method
    matches = list(units.values())
    if len(matches) == 1:
        return replace(matches[0], hf=tag, method=method)
    return LicenseMatch(
        id=combine_expressions([m.id or "" for m in matches]),
        name=" AND ".join(m.name or m.id or "" for m in matches),
        spdx=_join([m.spdx for m in matches]),
        scancode=_join([m.scancode for m in matches]),
        hf=tag,
        kind=most_restrictive(m.kind for m in matches),
        confidence=min(m.confidence for m in matches),
        method=method,
    )


def _join(values: list[str | None]) -> str | None:
    if any(v is None for v in values):
        return None
    return combine_expressions([v for v in values if v])


# --- effective terms -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Terms:
    values: Mapping[str, object]
    evidence: Mapping[str, tuple[Evidence, ...]]
    depth: int  # -1: the model's own


def effective_terms(
    model: ModelResult, own: list[LicenseMatch], ancestors: Sequence[Ancestor], db: LicenseDB
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    sources: list[_Terms] = []
    if model.terms:
        sources.append(_Terms(model.terms, model.term_evidence, -1))
    else:
        for match in own:
            record = db.get(match.id) if match.id else None
            if record is not None:
                sources.append(_Terms(*ancestor_terms(record, db, "the model's own license"), -1))
    sources.extend(
        _Terms(a.terms, a.term_evidence, a.depth) for a in _licensed(ancestors) if a.terms
    )
    if not sources:
        return {}, {}
    values: dict[str, object] = {}
    evidence: dict[str, tuple[Evidence, ...]] = {}
    for key in TERM_KEYS:
        value, chosen = _merge_key(key, sources)
        values[key] = value
        quotes = tuple(dict.fromkeys(e for s in chosen for e in s.evidence.get(key, ())))
        if quotes:
            evidence[key] = quotes
    return values, evidence


def _merge_key(key: str, sources: Sequence[_Terms]) -> tuple[object, list[_Terms]]:
    """The merged value of one term and the sources it came from."""
    stated = [s for s in sources if s.values.get(key) is not None]
    if key in BOOLEAN_KEYS:
        true = [s for s in stated if s.values[key]]
        return bool(true), true
    if key in LIST_KEYS:
        having = [s for s in stated if isinstance(s.values[key], list) and s.values[key]]
        items = {str(item) for s in having for item in _as_list(s.values[key])}
        return sorted(items), having
    if not stated:
        return None, []
    if key in ("kind", "commercial_use"):
        order = tuple(LicenseKind) if key == "kind" else _COMMERCIAL_ORDER
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


# A cap's number and the parts that make two caps comparable (same unit, currency, period).
_CAP_NUMBER = {"user_threshold": "count", "revenue_threshold": "amount"}
_CAP_UNIT = {"user_threshold": ("unit",), "revenue_threshold": ("currency", "period", "measure")}
# Caps the deployment facts already compare (also in mau_threshold, revenue_threshold_usd).
_CHECKED_UNITS: dict[str, set[tuple[object, ...]]] = {
    "user_threshold": {("mau",)},
    "revenue_threshold": {("USD", "year", "revenue")},
}


def _lowest_cap(key: str, stated: Sequence[_Terms]) -> tuple[object, list[_Terms]]:
    """The lowest cap of one unit. Caps in different units are not comparable, so the one kept
    is a unit the deployment cannot be checked against (its MAU or USD-per-year sibling stays
    in mau_threshold / revenue_threshold_usd): the policy then flags it for review."""
    caps = [s for s in stated if isinstance(s.values[key], Mapping)]
    if not caps:
        return None, []

    def cap(source: _Terms) -> Mapping[str, object]:
        value = source.values[key]
        return value if isinstance(value, Mapping) else {}

    def unit(source: _Terms) -> tuple[object, ...]:
        return tuple(cap(source).get(part) for part in _CAP_UNIT[key])

    def number(source: _Terms) -> float:
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
