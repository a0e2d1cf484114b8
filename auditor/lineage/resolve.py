"""Lineage: which ancestors' licenses bind a model, its effective license and terms.

Pure: the only I/O is through the injected `fetch`. Rules, in short:

- Parents come from `declared.base_models` (each ref's own relation, else the card's
  `base_model_relation`). Each is resolved from the known-models registry when a pattern
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
- Effective terms are merged over the own license and every resolved ancestor: the most
  restrictive kind and commercial use, the lowest thresholds, booleans OR-ed, lists united.
  Governing law, venue and naming requirement are the model's own when set, else the
  deepest ancestor's that states one (the root's): they are single values, and the root's
  license is the one that reaches every derivative.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from auditor.errors import AuditorError
from auditor.knowledge.known_models import KnownModel, KnownModels, normalize_repo_id
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import identify_declared, match_from_record
from auditor.licenses.expression import combine_expressions, expression_keys
from auditor.licenses.terms.record import clause_evidence, record_terms
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
    ModelResult,
    Severity,
    SourceKind,
    Verdict,
)
from auditor.model.kinds import LicenseKind, kind_rank, most_restrictive
from auditor.model.term_keys import BOOLEAN_KEYS, LIST_KEYS, TERM_KEYS

Fetch = Callable[[str], ModelResult | None]
"""Analyse a parent repo id through the same sources; None when it cannot be fetched."""

DEFAULT_MAX_DEPTH = 8
REGISTRY_CONFIDENCE = 0.9
"""A license from the known-models registry: curated facts, not read from the repo itself."""

RESOLVED = frozenset({"hub", "registry", "declared"})
_MISSING_TAGS = frozenset({"unknown"})  # the Hub's `unknown` says nothing about the license
_CUSTOM_TAGS = frozenset({"other", "custom", "proprietary"})  # "see license_name / link"
_COMMERCIAL_ORDER = ("allowed", "restricted", "prohibited")
_LOWEST_KEYS = frozenset({"mau_threshold", "revenue_threshold_usd"})
_BINDING_OBLIGATIONS = ("share-alike", "flow-down-use-restrictions", "include-license")
_RELATION_WORDS = {
    "finetune": "a fine-tune of",
    "adapter": "an adapter on",
    "merge": "a merge including",
    "quantized": "a quantized copy of",
}
_HF_PREFIXES = ("https://huggingface.co/", "http://huggingface.co/", "huggingface.co/")
MISMATCH_RULE = "lineage-license-mismatch"


@dataclass(frozen=True, slots=True)
class Ancestor:
    """One model in the lineage and the license it brings."""

    ref: str  # repo id as declared
    relation: str | None  # finetune | adapter | merge | quantized | None
    depth: int  # 1 = direct parent; 0 = the model's own repo as the registry knows it
    parent: str | None  # the child that declared it (None at depth 0 and 1: the model itself)
    license: LicenseMatch | None
    resolved_by: str  # hub | registry | declared | unresolved | cycle | depth-limit
    terms: Mapping[str, object] = field(default_factory=dict)
    term_evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Lineage:
    """What lineage concluded for one model."""

    ancestors: tuple[Ancestor, ...]
    effective_license: LicenseMatch | None
    effective_terms: Mapping[str, object]
    effective_term_evidence: Mapping[str, tuple[Evidence, ...]]
    findings: tuple[Finding, ...]

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
        return any(a.resolved_by in {"unresolved", "depth-limit"} for a in self.ancestors)

    @property
    def license_ids(self) -> tuple[str, ...]:
        """Every license id the effective license joins."""
        match = self.effective_license
        return expression_keys(match.id) if match is not None and match.id else ()

    def to_json(self) -> list[dict[str, object]]:
        """The result's `lineage` list: one plain dict per ancestor."""
        return [
            {
                "ref": a.ref,
                "relation": a.relation,
                "depth": a.depth,
                "parent": a.parent,
                "license": None
                if a.license is None
                else {"id": a.license.id, "name": a.license.name, "kind": a.license.kind},
                "resolved_by": a.resolved_by,
            }
            for a in self.ancestors
        ]


def resolve_lineage(
    model: ModelResult,
    *,
    db: LicenseDB,
    registry: KnownModels,
    fetch: Fetch | None = None,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Lineage:
    """Follow the model's declared parents and conclude its effective license and terms."""
    walk = _Walk(db, registry, fetch, max_depth)
    own_ref = _own_repo_id(model)
    path: tuple[str, ...] = ()
    if own_ref is not None:
        path = (_key(own_ref),)
        walk.own_entry(own_ref)
    walk.parents(model.declared, child=None, depth=1, path=path)
    ancestors = tuple(walk.ancestors)
    own = _own_units(model, db)
    effective = _effective_license(model.license, own, ancestors)
    terms, evidence = _effective_terms(model, own, ancestors, db)
    findings = (*walk.findings, *_mismatch_findings(model.declared, db, ancestors))
    return Lineage(ancestors, effective, terms, evidence, findings)


# --- walking the parents -------------------------------------------------------------------


class _Walk:
    """Depth-first over declared parents; each repo's parents are expanded once."""

    def __init__(
        self, db: LicenseDB, registry: KnownModels, fetch: Fetch | None, max_depth: int
    ) -> None:
        self.db, self.registry, self.fetch, self.max_depth = db, registry, fetch, max_depth
        self.ancestors: list[Ancestor] = []
        self.findings: list[Finding] = []
        self.expanded: set[str] = set()
        self.fetched: dict[str, tuple[ModelResult | None, str]] = {}

    def own_entry(self, ref: str) -> None:
        known = self.registry.lookup(ref)
        if known is not None:
            self.ancestors.append(self._registry_ancestor(ref, None, 0, None, known))

    def parents(
        self, declared: Declared, *, child: str | None, depth: int, path: tuple[str, ...]
    ) -> None:
        for base in declared.base_models:
            ref = _strip_hub_url(base.ref)
            relation = base.relation or declared.base_model_relation
            key = _key(ref)
            if depth > self.max_depth:
                self._stop(ref, relation, depth, child, "depth-limit")
                continue
            if key in path:
                self._stop(ref, relation, depth, child, "cycle", path)
                continue
            known = self.registry.lookup(ref)
            if known is not None:
                self.ancestors.append(self._registry_ancestor(ref, relation, depth, child, known))
                continue
            result, reason = self._fetch(key, ref)
            if result is None:
                self._stop(ref, relation, depth, child, "unresolved", reason=reason)
                continue
            self.ancestors.append(self._fetched_ancestor(ref, relation, depth, child, result))
            if key not in self.expanded:
                self.expanded.add(key)
                self.parents(result.declared, child=ref, depth=depth + 1, path=(*path, key))

    def _fetch(self, key: str, ref: str) -> tuple[ModelResult | None, str]:
        if self.fetch is None:
            return None, "not in the known-models registry, and lineage ran offline"
        if key not in self.fetched:
            self.fetched[key] = self._fetch_once(self.fetch, ref)
        return self.fetched[key]

    @staticmethod
    def _fetch_once(fetch: Fetch, ref: str) -> tuple[ModelResult | None, str]:
        try:
            result = fetch(ref)
        except AuditorError as err:
            return None, f"it could not be fetched ({err.message})"
        if result is None:
            return None, "it could not be fetched"
        if result.verdict is Verdict.ERROR and result.license is None:
            problems = [f.message for f in result.findings if f.category is Category.SOURCE]
            return None, f"it could not be audited ({problems[0] if problems else 'error'})"
        return result, ""

    def _registry_ancestor(
        self, ref: str, relation: str | None, depth: int, child: str | None, known: KnownModel
    ) -> Ancestor:
        license_id = known.license
        record = self.db.get(license_id)
        if record is None:  # a registry checked against another database
            match = LicenseMatch(None, license_id, None, None, None, None, 0.0, "known-model")
            return Ancestor(ref, relation, depth, child, match, "registry")
        match = match_from_record(record, method="known-model", confidence=REGISTRY_CONFIDENCE)
        terms, evidence = _record_terms(
            record, self.db, f"license of {ref} per the known-models registry", known
        )
        return Ancestor(ref, relation, depth, child, match, "registry", terms, evidence)

    def _fetched_ancestor(
        self, ref: str, relation: str | None, depth: int, child: str | None, result: ModelResult
    ) -> Ancestor:
        match = result.license
        by_text = match is not None and "text-" in match.method
        resolved_by = "hub" if by_text or match is None else "declared"
        terms, evidence = dict(result.terms), dict(result.term_evidence)
        record = self.db.get(match.id) if match is not None and match.id else None
        if not terms and record is not None:
            terms, evidence = _record_terms(record, self.db, f"license of {ref}")
        return Ancestor(ref, relation, depth, child, match, resolved_by, terms, evidence)

    def _stop(
        self,
        ref: str,
        relation: str | None,
        depth: int,
        child: str | None,
        why: str,
        path: tuple[str, ...] = (),
        reason: str = "",
    ) -> None:
        self.ancestors.append(Ancestor(ref, relation, depth, child, None, why))
        declared_by = f"declared by {child}" if child else "declared by this model"
        if why == "depth-limit":
            rule = "lineage-depth-limit"
            message = (
                f"lineage is deeper than {self.max_depth} levels: base model {ref} "
                f"({declared_by}) and its ancestors were not followed"
            )
        elif why == "cycle":
            rule = "lineage-cycle"
            chain = " -> ".join((*path, _key(ref)))
            message = f"base models form a cycle ({chain}); {ref} was not followed again"
        else:
            rule = "lineage-parent-unresolved"
            message = f"base model {ref} ({declared_by}) could not be resolved: {reason}"
        self.findings.append(
            Finding(
                rule=rule,
                category=Category.PROVENANCE,
                severity=Severity.WARN,
                message=message,
                remediation=f"audit {ref} on its own; if it is a well-known base model, add it "
                "to license_db/known_models.yaml",
            )
        )


def _record_terms(
    record: LicenseRecord, db: LicenseDB, why: str, known: KnownModel | None = None
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    """A record's terms (with its incorporated policies), plus any terms the registry says
    bind these particular models (an AUP clause scoped to multimodal models, say)."""
    values, evidence = record_terms(record, db, why=why)
    for key, extra in (known.extra_terms if known is not None else {}).items():
        current = values.get(key)
        if isinstance(extra.value, list):
            values[key] = sorted({*(current if isinstance(current, list) else []), *extra.value})
        else:
            values[key] = extra.value
        source = db.get(extra.document) if extra.document else None
        item = (
            clause_evidence(source, key, f"applies to {known.pattern if known else ''}")
            if source is not None
            else Evidence(
                None, None, f"known-models registry: {key} for {known.pattern if known else ''}"
            )
        )
        evidence[key] = (*evidence.get(key, ()), item)
    return values, evidence


# --- the model's own license and the effective license ------------------------------------------


def _own_repo_id(model: ModelResult) -> str | None:
    """The model's Hub repo id when it has one (a local path or file has none)."""
    source = model.source
    if source is not None and source.kind is not SourceKind.HUB:
        return None
    ref = source.repo_id if source is not None and source.repo_id else model.ref
    return ref if normalize_repo_id(_strip_hub_url(ref)) is not None else None


def _declared_units(declared: Declared, db: LicenseDB) -> list[tuple[str, LicenseMatch | None]]:
    """Each declared `license` tag with what it identifies as (`unknown` tags dropped)."""
    value = declared.license
    tags = [str(t).strip() for t in (value if isinstance(value, list) else [value]) if t]
    units: list[tuple[str, LicenseMatch | None]] = []
    for tag in tags:
        if not tag or tag.lower() in _MISSING_TAGS:
            continue
        one = replace(declared, license=tag, base_models=())
        units.append((tag, identify_declared(one, db)))
    return units


def _own_units(model: ModelResult, db: LicenseDB) -> list[LicenseMatch]:
    """The model's own identified license(s): the concluded license, else each identified tag."""
    if model.license is not None and model.license.id is not None:
        return [model.license]
    return [m for _, m in _declared_units(model.declared, db) if m is not None and m.id]


def _binds(match: LicenseMatch) -> bool:
    return match.kind != LicenseKind.PERMISSIVE_OSS


def _licensed(ancestors: Iterable[Ancestor]) -> list[Ancestor]:
    return [
        a
        for a in ancestors
        if a.resolved_by in RESOLVED and a.license is not None and a.license.id is not None
    ]


def _binding(ancestors: Iterable[Ancestor]) -> list[Ancestor]:
    """Resolved ancestors whose license binds derivatives, one per license id, nearest first."""
    seen: set[str] = set()
    found: list[Ancestor] = []
    for a in sorted(_licensed(ancestors), key=lambda a: a.depth):
        assert a.license is not None and a.license.id is not None
        if _binds(a.license) and a.license.id not in seen:
            seen.add(a.license.id)
            found.append(a)
    return found


def _inherited(ancestors: Sequence[Ancestor], *, has_own: bool) -> list[Ancestor]:
    """The ancestors whose licenses govern too: the binding ones; with neither an own license
    nor a binding ancestor, the nearest licensed ones (permissive included)."""
    binding = _binding(ancestors)
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


def _effective_license(
    own_match: LicenseMatch | None, own: list[LicenseMatch], ancestors: Sequence[Ancestor]
) -> LicenseMatch | None:
    binding = _binding(ancestors)
    inherited = _inherited(ancestors, has_own=bool(own))
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


# --- mismatch ----------------------------------------------------------------------------------


def _mismatch_findings(
    declared: Declared, db: LicenseDB, ancestors: Sequence[Ancestor]
) -> list[Finding]:
    units = _declared_units(declared, db)
    binding = _binding(ancestors)
    quoted = _declared_evidence(declared)
    if not units:
        return [_missing_finding(declared, _inherited(ancestors, has_own=False), quoted)]
    declared_ids = {i for _, m in units if m is not None and m.id for i in expression_keys(m.id)}
    custom = any(tag.lower() in _CUSTOM_TAGS and (m is None or not m.id) for tag, m in units)
    what = " AND ".join(_declared_name(tag, m, declared) for tag, m in units)
    findings: list[Finding] = []
    for ancestor in binding:
        match = ancestor.license
        assert match is not None and match.id is not None
        if match.id in declared_ids or (match.hf is None and custom):
            continue
        findings.append(_dropped_finding(what, ancestor, db, quoted))
    vague = [tag for tag, m in units if (m is None or not m.id) and tag.lower() not in _CUSTOM_TAGS]
    if vague and not findings:
        findings.append(
            Finding(
                rule=MISMATCH_RULE,
                category=Category.MISMATCH,
                severity=Severity.WARN,
                message=f"the declared license tag {', '.join(map(repr, vague))} names no "
                "specific license, so it cannot match the license that governs the weights",
                evidence=quoted,
                remediation="declare the exact license tag, or `license: other` with "
                "license_name and license_link",
            )
        )
    return findings


def _declared_name(tag: str, match: LicenseMatch | None, declared: Declared) -> str:
    if match is not None and match.id:
        return match.name or match.id
    named = f" ({declared.license_name})" if declared.license_name else ""
    return f"`{tag}`{named if tag.lower() in _CUSTOM_TAGS else ''}"


def _missing_finding(
    declared: Declared, governing: Sequence[Ancestor], quoted: tuple[Evidence, ...]
) -> Finding:
    names = [
        f"{a.license.name or a.license.id} (from {a.ref})"
        for a in governing
        if a.license is not None
    ]
    said = "declares `license: unknown`" if declared.license else "declares no license"
    tail = (
        f"; the weights are governed by {' and '.join(names)}"
        if names
        else "; the license that governs the weights is not known"
    )
    return Finding(
        rule=MISMATCH_RULE,
        category=Category.MISMATCH,
        severity=Severity.WARN,
        message=f"the model {said} in its metadata{tail}",
        evidence=quoted,
        remediation="find the license that governs the weights before use, and ask the "
        "publisher to declare it in the card's `license:` field",
    )


def _dropped_finding(
    what: str, ancestor: Ancestor, db: LicenseDB, quoted: tuple[Evidence, ...]
) -> Finding:
    match = ancestor.license
    assert match is not None and match.id is not None
    name = match.name or match.id
    relation = _RELATION_WORDS.get(ancestor.relation or "", "derived from")
    if ancestor.depth == 0:
        where = f"the known-models registry lists this repo ({ancestor.ref}) under {name}"
    else:
        via = f" (through {ancestor.parent})" if ancestor.parent else ""
        where = f"it is {relation} {ancestor.ref}{via}, whose {name} binds derivatives"
    tag = f"`license: {match.hf}`" if match.hf else "`license: other` with license_name"
    return Finding(
        rule=MISMATCH_RULE,
        category=Category.MISMATCH,
        severity=Severity.WARN,
        message=f"the declared license {what} does not carry {name}: {where}",
        evidence=(*quoted, *_binding_clauses(ancestor, db)),
        remediation=f"treat the weights as governed by {name} (declare {tag}), ship its "
        "license text and notices, and follow its terms",
    )


def _binding_clauses(ancestor: Ancestor, db: LicenseDB) -> tuple[Evidence, ...]:
    """Where the ancestor's license makes derivatives carry it: its text, else the record."""
    quoted = tuple(ancestor.term_evidence.get("downstream_propagation", ()))
    if ancestor.resolved_by == "hub" and quoted:
        return quoted[:2]
    record = db.get(ancestor.license.id) if ancestor.license and ancestor.license.id else None
    if record is None:
        return quoted[:2]
    file = f"license_db/licenses/{record.source_file}"
    found: list[Evidence] = []
    term = record.terms.get("downstream_propagation")
    if term is not None and term.value and term.clause:
        found.append(
            Evidence(
                file, None, f"{record.name}, clause {term.clause}: derivatives carry its terms"
            )
        )
    for tag in _BINDING_OBLIGATIONS:
        found.extend(
            Evidence(file, None, f"{record.name}, clause {ob.clause}: {ob.text}")
            for ob in record.obligations
            if ob.tag == tag and ob.clause
        )
    return tuple(dict.fromkeys(found))[:3]


def _declared_evidence(declared: Declared) -> tuple[Evidence, ...]:
    parts = [f"license: {declared.license}"] if declared.license else []
    if declared.license_name:
        parts.append(f"license_name: {declared.license_name}")
    if declared.license_link:
        parts.append(f"license_link: {declared.license_link}")
    if declared.base_models:
        parts.append("base_model: " + ", ".join(b.ref for b in declared.base_models))
    return (Evidence(declared.origin, None, "; ".join(parts)),) if parts else ()


# --- effective terms -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Terms:
    values: Mapping[str, object]
    evidence: Mapping[str, tuple[Evidence, ...]]
    depth: int  # -1: the model's own


def _effective_terms(
    model: ModelResult, own: list[LicenseMatch], ancestors: Sequence[Ancestor], db: LicenseDB
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    sources: list[_Terms] = []
    if model.terms:
        sources.append(_Terms(model.terms, model.term_evidence, -1))
    else:
        for match in own:
            record = db.get(match.id) if match.id else None
            if record is not None:
                sources.append(_Terms(*_record_terms(record, db, "the model's own license"), -1))
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
    if key in _LOWEST_KEYS:
        numbers = [s for s in stated if _is_number(s.values[key])]
        if not numbers:
            return None, []
        low = min(numbers, key=lambda s: float(str(s.values[key])))
        return low.values[key], [low]
    own = [s for s in stated if s.depth < 0]
    pick = own[0] if own else max(stated, key=lambda s: s.depth)
    return pick.values[key], [pick]


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --- repo ids ----------------------------------------------------------------------------------


def _strip_hub_url(ref: str) -> str:
    text = ref.strip()
    for prefix in _HF_PREFIXES:
        if text.lower().startswith(prefix):
            return text[len(prefix) :].strip("/")
    return text


def _key(ref: str) -> str:
    """A repo id compared case-insensitively, without revision or URL."""
    text = _strip_hub_url(ref)
    return normalize_repo_id(text) or text.lower()
