"""The effective license and terms: the own license AND every binding ancestor's."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from auditor.knowledge.known_models import normalize_repo_id
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import (
    binding_records,
    combine_matches,
    identify_declared,
    match_for_id,
    match_from_record,
)
from auditor.licenses.expression import combine_expressions, license_options
from auditor.licenses.terms.combine import TermSource, combine_terms
from auditor.lineage.ancestor import STATED_BY
from auditor.lineage.ancestor_terms import ancestor_terms
from auditor.lineage.ancestors import (
    MISSING_TAGS,
    RESOLVED,
    Ancestor,
    strip_hub_url,
)
from auditor.model import (
    Declared,
    Evidence,
    LicenseMatch,
    ModelResult,
    SourceKind,
)
from auditor.model.kinds import LicenseKind, kind_rank, most_restrictive, parse_kind

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


def deciding_license(model: ModelResult, db: LicenseDB) -> LicenseMatch | None:
    """The model's own license, naming the documents that make it stricter than it declares.

    Analysis gives the own license the kind of its strictest document (an Apache-2.0
    LICENSE beside a non-commercial LICENSE-MODEL reads as non-commercial). That kind must
    not be attributed to the permissive license's name: the license files whose records
    explain it join the own license (`Apache-2.0 AND CC-BY-NC-SA-4.0`), which keeps the
    kind. A kind raised by a text we cannot name, an OR, or an unknown license stay as they
    are.
    """
    own = model.license
    records = binding_records(own, db)
    if own is None or own.kind is None or not records:
        return own
    stated = most_restrictive(parse_kind(r.kind) for r in records)
    if kind_rank(own.kind) <= kind_rank(stated):
        return _named_by_policies(model, own)
    named = {r.id for r in records}
    stricter: dict[str, LicenseMatch] = {}
    for file in model.license_files:
        record = db.get(file.identified_as) if file.identified_as else None
        if record is None or record.id in named or record.kind == LicenseKind.ACCEPTABLE_USE_POLICY:
            continue
        if kind_rank(stated) < kind_rank(record.kind) <= kind_rank(own.kind):
            found = match_from_record(record, method="text", confidence=file.confidence)
            stricter.setdefault(record.id, found)
    if not stricter:
        return _named_by_documents(model, own)
    parts = [replace(own, kind=stated), *stricter.values()]
    joined = combine_matches(parts, "AND", own.method)
    return replace(joined, hf=own.hf, kind=most_restrictive([own.kind, joined.kind]))


_DECIDING_TERMS = ("commercial_use", "use_scope", "kind")


def _named_by_documents(model: ModelResult, own: LicenseMatch) -> LicenseMatch:
    """A kind raised by documents we cannot name: the own license's name says which documents
    (`Apache License, Version 2.0 AND the terms in MODEL_LICENSE`); its id stays."""
    paths = [
        e.file
        for key in _DECIDING_TERMS
        for e in model.term_evidence.get(key, ())
        if e.file and not e.file.startswith("license_db/")
    ]
    named = list(dict.fromkeys(paths))
    if not named:
        return own
    return replace(own, name=f"{own.name or own.id} AND the terms in {', '.join(named)}")


def _named_by_policies(model: ModelResult, own: LicenseMatch) -> LicenseMatch:
    """Use restrictions read from a license file no record matches (a bespoke use policy a
    NOTICE makes part of the terms) are that file's, not the record's: the own license's name
    says which files (`Apache License, Version 2.0 AND the terms in USE_POLICY.md`), so a
    message never puts a ban in a permissive license's mouth. Its kind and id stay."""
    unmatched = {f.path for f in model.license_files if f.identified_as is None}
    paths = [e.file for e in model.term_evidence.get("use_restrictions", ()) if e.file in unmatched]
    named = list(dict.fromkeys(paths))
    if not named:
        return own
    return replace(own, name=f"{own.name or own.id} AND the terms in {', '.join(named)}")


def _binds(match: LicenseMatch) -> bool:
    return match.kind != LicenseKind.PERMISSIVE_OSS


def _licensed(ancestors: Iterable[Ancestor]) -> list[Ancestor]:
    """Resolved ancestors with a license, and stand-ins for unresolved ones whose license the
    card states (STATED_BY: their license is the card's word)."""
    return [
        a
        for a in ancestors
        if a.resolved_by in (*RESOLVED, STATED_BY)
        and a.license is not None
        and a.license.id is not None
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
    model: ModelResult,
    own: list[LicenseMatch],
    ancestors: Sequence[Ancestor],
    db: LicenseDB,
    *,
    chosen: bool = False,
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    """The model's own terms AND its ancestors', most restrictive per term (terms/combine.py).

    The own terms are the model's documents' (analysis), else the records of every license
    `own` binds (all of an AND, none of an OR). `chosen`: `own` is an option the licensee
    chose, whose records bind on top of the documents.
    """
    sources: list[TermSource] = []
    if model.terms:
        sources.append(TermSource(model.terms, model.term_evidence, -1))
    if chosen or not model.terms:
        why = "the licensee's choice" if chosen else "the model's own license"
        for match in own:
            for record in binding_records(match, db) or ():
                values, evidence = ancestor_terms(record, db, why)
                sources.append(TermSource(values, evidence, -1))
    sources.extend(
        TermSource(a.terms, a.term_evidence, a.depth) for a in _licensed(ancestors) if a.terms
    )
    return combine_terms(sources)


# --- a license the licensee may choose ----------------------------------------------------------

CHOICE_METHOD = "licensee-choice"


@dataclass(frozen=True, slots=True)
class LicenseOption:
    """One option of the model's own `A OR B`, with what binds when it is chosen: the option's
    own license, that AND the binding ancestors' (which are never optional), and the terms of
    the option's records with the model's documents and lineage."""

    own: LicenseMatch
    effective: LicenseMatch | None
    terms: Mapping[str, object] = field(default_factory=dict)
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)


def license_choice(
    model: ModelResult,
    ancestors: Sequence[Ancestor],
    db: LicenseDB,
    *,
    effective: LicenseMatch | None = None,
) -> tuple[LicenseOption, ...]:
    """The options the model's own license offers the licensee, in the order the card names
    them; () when it offers no choice. `model` is the analysed result (its terms the model's
    own documents'); `effective` the lineage's effective license, whose Hub tag is kept.

    Only the model's own license is a choice: an ancestor's binds whatever the option.
    """
    own = model.license
    if own is None or own.id is None:
        return ()
    offered = license_options(own.id)
    if not offered.is_choice:
        return ()
    options: list[LicenseOption] = []
    for keys in offered.options:
        match = _option_match(keys, db, confidence=own.confidence)
        # an option we cannot identify stays unknown, whatever the ancestors add
        bound = effective_license(match, [match], ancestors) if match.id else match
        if bound is not None and effective is not None:
            bound = replace(bound, hf=effective.hf)
        terms, evidence = effective_terms(model, [match], ancestors, db, chosen=True)
        options.append(LicenseOption(match, bound, terms, evidence))
    return tuple(options)


def _option_match(keys: Sequence[str], db: LicenseDB, *, confidence: float) -> LicenseMatch:
    parts = []
    for key in keys:
        parts.append(match_for_id(key, db, method=CHOICE_METHOD, confidence=confidence))
    return parts[0] if len(parts) == 1 else combine_matches(parts, "AND", CHOICE_METHOD)
