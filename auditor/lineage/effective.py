"""The effective license and terms: the own license AND every binding ancestor's."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from auditor.knowledge.known_models import normalize_repo_id
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import identify_declared
from auditor.licenses.expression import combine_expressions
from auditor.licenses.terms.combine import TermSource, combine_terms
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
    own_match: LicenseMatch | None,
    own: list[LicenseMatch],
    ancestors: Sequence[Ancestor],
    relicensed: Collection[str] = (),
) -> LicenseMatch | None:
    """The own license AND every inherited ancestor's; its Hub tag is the most restrictive
    binding root's, except a parent its own licensor relicensed (`relicensed` refs), whose
    tag gives way to the most restrictive of all the licenses joined."""
    binding = [a for a in binding_ancestors(ancestors) if a.ref not in relicensed]
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


def effective_terms(
    model: ModelResult, own: list[LicenseMatch], ancestors: Sequence[Ancestor], db: LicenseDB
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    """The model's own terms AND its ancestors', most restrictive per term (terms/combine.py)."""
    sources: list[TermSource] = []
    if model.terms:
        sources.append(TermSource(model.terms, model.term_evidence, -1))
    else:
        for match in own:
            record = db.get(match.id) if match.id else None
            if record is not None:
                values, evidence = ancestor_terms(record, db, "the model's own license")
                sources.append(TermSource(values, evidence, -1))
    sources.extend(
        TermSource(a.terms, a.term_evidence, a.depth) for a in _licensed(ancestors) if a.terms
    )
    return combine_terms(sources)
