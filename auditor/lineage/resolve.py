"""Lineage: which ancestors' licenses bind a model, its effective license and terms.

Pure: the only I/O is through the injected `fetch`. Rules, in short:

- Parents come from `declared.base_models` (each ref's own relation, else the card's
  `base_model_relation`); when the metadata declares none, from the parents the card states
  elsewhere (`model.stated_parents`: prose, configurations, tables), walked the same way, each
  ancestor carrying the statement's evidence and a confidence no higher than the statement's.
  Each is resolved from the known-models registry when a pattern
  matches (offline, authoritative for well-known roots, not followed further), else through
  `fetch` (and then its own parents, recursively), else it stays "unresolved".
- When the model's own repo id is in the registry (a mirror, re-upload or well-known
  derivative), that entry is listed first as a depth-0 ancestor: the registry's license
  governs those weights whatever the card says.
- An ancestor's license binds the derivative unless its kind is permissive-oss: relicensing
  a permissive base, or putting a more restrictive license on it, is allowed; copyleft binds.
- Mismatch, as the card corpus labels define it: the declared `license` is missing (or
  `unknown`), names no specific license (a family tag such as `cc`), or does not carry a
  binding ancestor's license. `license: other` is accepted for an ancestor license that has
  no Hub tag of its own, since `other` is then the right tag.
- Effective license: the model's own license AND every binding ancestor's; with no own
  license, the binding ancestors', else the nearest ancestors' (permissive ones too). Its
  `hf` field is the tag the card should carry: that of the most restrictive binding ancestor
  (the deepest on a tie), else of the own license.
- A parent that stays unresolved whose license the card states ("a fine-tune of X (CC BY-ND
  4.0)", "released under the base model's license": stated_license.py) keeps the effective
  license unknown, but the stated license joins its known part and terms (the strictest
  reading), with the card's words quoted.
- Effective terms are merged over the own license and every resolved ancestor: the most
  restrictive kind and commercial use, the lowest thresholds, booleans OR-ed, lists united.
  Governing law, venue and naming requirement are the model's own when set, else the
  deepest ancestor's that states one (the root's): they are single values, and the root's
  license is the one that reaches every derivative.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from auditor.knowledge.known_models import KnownModels
from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.lineage_snapshot import LineageSnapshot
from auditor.knowledge.model_families import ModelFamilies
from auditor.licenses.expression import expression_keys
from auditor.lineage.ancestors import DEFAULT_MAX_DEPTH, RESOLVED, Ancestor, Fetch, Walk, repo_key
from auditor.lineage.card_self_id import METHOD as SELF_ID
from auditor.lineage.distillation import RELATION, counts_distilled
from auditor.lineage.effective import effective_license, effective_terms, own_repo_id, own_units
from auditor.lineage.mismatch import mismatch_findings, relicensed_by_licensor, stated_where
from auditor.lineage.stated_license import stand_ins, stated_findings, with_stated_licenses
from auditor.lineage.unknown import (
    UNKNOWN_BY,
    UnknownParent,
    stricter_family_licenses,
    unknown_effective,
    unknown_parents,
)
from auditor.model import (
    BaseModelRef,
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
    ModelResult,
    StatedParent,
)
from auditor.model.lineage import AncestorLicense, LineageStep, StatedEvidence


@dataclass(frozen=True, slots=True)
class Lineage:
    """What lineage concluded for one model."""

    ancestors: tuple[Ancestor, ...]
    effective_license: LicenseMatch | None
    effective_terms: Mapping[str, object]
    effective_term_evidence: Mapping[str, tuple[Evidence, ...]]
    findings: tuple[Finding, ...]
    # With an unresolved parent the effective license is unknown; what is known of it (the
    # own license AND the resolved ancestors') is kept here, and the families the unknown
    # parents' names place them in, with the licenses of theirs stricter than the own.
    unknown: tuple[UnknownParent, ...] = ()
    known_license: LicenseMatch | None = None
    stricter_family_licenses: tuple[str, ...] = ()

    @property
    def depth(self) -> int:
        """How many ancestor levels were followed."""
        return max((a.depth for a in self.ancestors if a.resolved_by in RESOLVED), default=0)

    @property
    def mismatch(self) -> bool:
        """The declared license is missing or drops or contradicts an ancestor's."""
        return any(f.category is Category.MISMATCH for f in self.findings)

    @property
    def unresolved(self) -> bool:
        """A declared parent could not be resolved (or lay beyond the depth limit)."""
        return any(a.resolved_by in UNKNOWN_BY for a in self.ancestors)

    @property
    def license_ids(self) -> tuple[str, ...]:
        """Every license id the effective license joins (its known part when a parent is
        unknown)."""
        match = self.known_license if self.unknown else self.effective_license
        return expression_keys(match.id) if match is not None and match.id else ()

    @property
    def unknown_families(self) -> tuple[str, ...]:
        """The families the unresolved parents' names place them in."""
        return tuple(dict.fromkeys(f for p in self.unknown for f in p.families))

    def to_json(self) -> list[LineageStep]:
        """The result's `lineage` list: one JSON-shaped record per ancestor."""
        return [_step(a) for a in self.ancestors]


def _step(ancestor: Ancestor) -> LineageStep:
    a = ancestor
    step = LineageStep(
        ref=a.ref,
        relation=a.relation,
        depth=a.depth,
        parent=a.parent,
        license=None
        if a.license is None
        else AncestorLicense(id=a.license.id, name=a.license.name, kind=a.license.kind),
        resolved_by=a.resolved_by,
    )
    if a.confidence < 1.0:
        step["confidence"] = round(a.confidence, 4)
    if a.stated:
        step["stated"] = [StatedEvidence(file=e.file, line=e.line, text=e.text) for e in a.stated]
    said = a.stated_license
    if said is not None:  # an unresolved parent: the license the card states for it
        step["stated_license"] = AncestorLicense(id=said.id, name=said.name, kind=said.kind)
        step["stated_license_evidence"] = [
            StatedEvidence(file=e.file, line=e.line, text=e.text) for e in a.stated_license_evidence
        ]
    return step


def _walk_stated(walk: Walk, stated: Sequence[StatedParent], path: tuple[str, ...]) -> None:
    """Walk parents the card states outside its metadata, as declared parents are walked, then
    mark each ancestor reached through one: how sure the statement is (the lower of it and the
    resolution's), where the card states it, and a license confidence no higher."""
    for parent in stated:
        first, found = len(walk.ancestors), len(walk.findings)
        one = Declared(base_models=(BaseModelRef(parent.ref, parent.relation),))
        walk.parents(one, child=None, depth=1, path=path)
        if parent.relation == RELATION:  # a teacher: kept where its license reaches students
            kept = [a for a in walk.ancestors[first:] if counts_distilled(_license_id(a), walk.db)]
            walk.ancestors[first:] = kept
            del walk.findings[found:]
        for index in range(first, len(walk.ancestors)):
            walk.ancestors[index] = _stated_ancestor(walk.ancestors[index], parent)
        for index in range(found, len(walk.findings)):
            walk.findings[index] = _stated_finding(walk.findings[index], parent)


def _license_id(ancestor: Ancestor) -> str | None:
    return ancestor.license.id if ancestor.license is not None else None


def _stated_ancestor(ancestor: Ancestor, parent: StatedParent) -> Ancestor:
    confidence = min(ancestor.confidence, parent.confidence)
    match = ancestor.license
    if match is not None and match.confidence > confidence:
        match = replace(match, confidence=confidence)
    return replace(
        ancestor,
        confidence=confidence,
        license=match,
        stated=(*ancestor.stated, parent.evidence) if ancestor.depth == 1 else ancestor.stated,
    )


def _stated_finding(finding: Finding, parent: StatedParent) -> Finding:
    """A walk finding about a stated parent says where the card states it."""
    where = stated_where(parent.evidence)
    message = finding.message.replace(
        f"base model {parent.ref} (declared by this model)",
        f"parent {parent.ref} (stated in {where})",
    )
    return replace(finding, message=message, evidence=(*finding.evidence, parent.evidence))


def resolve_lineage(
    model: ModelResult,
    *,
    db: LicenseDB,
    registry: KnownModels,
    fetch: Fetch | None = None,
    max_depth: int = DEFAULT_MAX_DEPTH,
    snapshot: LineageSnapshot | None = None,
    families: ModelFamilies | None = None,
) -> Lineage:
    """Follow the model's declared parents and conclude its effective license and terms.

    `snapshot` and `families` (None = not used) resolve parents offline or when a fetch fails;
    `families` also reads the model's own name when it states no parent at all.
    """
    walk = Walk(db, registry, fetch, max_depth, snapshot, families)
    stated = tuple(p for p in model.stated_parents if p.of is None and p.method != SELF_ID)
    for above in model.stated_parents:  # stated for a parent: walked if it stays unresolved
        if above.of is not None:
            key = repo_key(above.of)
            walk.stated_above[key] = (*walk.stated_above.get(key, ()), above)
    own_ref = own_repo_id(model)
    path: tuple[str, ...] = ()
    if own_ref is not None:
        path = (repo_key(own_ref),)
        walk.own_entry(own_ref)
        if not (model.declared.base_models or stated):
            recorded = walk.snapshot_parents(own_ref)
            if recorded is not None:  # the card here says none; the snapshot of the Hub does
                walk.parents(recorded, child=None, depth=1, path=path)
            elif not walk.known_offline(own_ref):
                walk.own_name(own_ref)
    elif not (model.declared.base_models or stated):  # a folder: its card's loading code
        self_id = next((p.ref for p in model.stated_parents if p.method == SELF_ID), None)
        recorded = walk.snapshot_parents(self_id) if self_id is not None else None
        if recorded is not None:
            walk.parents(recorded, child=None, depth=1, path=(repo_key(self_id or ""),))
        elif self_id is not None and not walk.known_offline(self_id):
            walk.own_name(self_id)
    if model.declared.base_models or not stated:
        walk.parents(model.declared, child=None, depth=1, path=path)
    if stated:  # beside declared parents: only what the metadata leaves out
        _walk_stated(walk, stated, path)
    # an unresolved parent whose license the card states: that license counts (stand-ins)
    ancestors = with_stated_licenses(walk.ancestors, model.parent_licenses, db)
    counted = (*ancestors, *stand_ins(ancestors, db))
    own = own_units(model, db)
    licensors = families.licensors if families is not None else None
    relicensed = {a.ref for a in ancestors if relicensed_by_licensor(a, own_ref, licensors)}
    known = effective_license(model.license, own, counted, relicensed)
    unknown = unknown_parents(ancestors, families)
    inherited = known is not None and known.method == "lineage"
    effective = unknown_effective(known, unknown, inherited=inherited) if unknown else known
    terms, evidence = effective_terms(model, own, counted, db)
    findings = (
        *stated_findings(walk.findings, ancestors),
        *mismatch_findings(
            model.declared,
            db,
            ancestors,
            own_ref,
            licensors=licensors,
            own_text=model.license,
        ),
    )
    return Lineage(
        ancestors,
        effective,
        terms,
        evidence,
        findings,
        unknown,
        known,
        stricter_family_licenses(own, unknown, db),
    )
