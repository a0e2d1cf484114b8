"""Walks a model's declared parents, recursively, with limits: the known-models registry,
then the Hub (`fetch`); offline, or when a fetch fails, the lineage snapshot, then what the
parent's name says (a mirror of a registry repo, or a family rule). A parent named by a local
path is never fetched: its last part is read as a name (names.py `local_path_name`), else it is
unresolved; an unresolved parent's own parents the card states (`StatedParent.of`) are walked
above it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from auditor.errors import AuditorError
from auditor.knowledge.known_models import KnownModel, KnownModels
from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.lineage_snapshot import LineageSnapshot
from auditor.knowledge.model_families import ModelFamilies
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.declared import match_from_record
from auditor.lineage.ancestor import Ancestor as Ancestor
from auditor.lineage.ancestor import repo_key as repo_key
from auditor.lineage.ancestor import strip_hub_url as strip_hub_url
from auditor.lineage.ancestor_terms import ancestor_terms
from auditor.lineage.names import (
    base_name,
    is_local_path,
    is_mirror_org,
    local_path_name,
    resolve_name,
)
from auditor.lineage.snapshot_steps import snapshot_ancestor, snapshot_declared
from auditor.model import (
    BaseModelRef,
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
    ModelResult,
    StatedParent,
    Verdict,
)

Fetch = Callable[[str], ModelResult | None]
"""Analyse a parent repo id through the same sources; None when it cannot be fetched."""

DEFAULT_MAX_DEPTH = 8
REGISTRY_CONFIDENCE = 0.9
"""A license from the known-models registry: curated facts, not read from the repo itself."""

NAME_CONFIDENCE = 0.6
"""A license a parent's name implies (a mirror of a registry repo, or a family rule)."""
OWN_NAME_CONFIDENCE = 0.5
"""A parent inferred from the model's own name, when it states none."""

RESOLVED = frozenset({"hub", "registry", "declared", "snapshot", "name"})
MISSING_TAGS = frozenset({"unknown"})  # the Hub's `unknown` says nothing about the license
CUSTOM_TAGS = frozenset({"other", "custom", "proprietary"})  # "see license_name / link"


# --- walking the parents -------------------------------------------------------------------


class Walk:
    """Depth-first over declared parents; each repo's parents are expanded once."""

    def __init__(
        self,
        db: LicenseDB,
        registry: KnownModels,
        fetch: Fetch | None,
        max_depth: int,
        snapshot: LineageSnapshot | None = None,
        families: ModelFamilies | None = None,
    ) -> None:
        self.db, self.registry, self.fetch, self.max_depth = db, registry, fetch, max_depth
        self.snapshot, self.families = snapshot, families
        self.ancestors: list[Ancestor] = []
        self.findings: list[Finding] = []
        self.expanded: set[str] = set()
        self.fetched: dict[str, tuple[ModelResult | None, str]] = {}
        # Parents the card states for a parent (`StatedParent.of`), by that parent's key.
        self.stated_above: dict[str, tuple[StatedParent, ...]] = {}

    def own_entry(self, ref: str) -> None:
        known = self.registry.lookup(ref)
        if known is not None:
            self.ancestors.append(self._registry_ancestor(ref, None, 0, None, known))

    def known_offline(self, ref: str) -> bool:
        """Whether the registry knows `ref`, or the snapshot knows its parents (the own-name
        step's guard). A snapshot entry without parents restates the repo's own declaration
        and says nothing of its lineage, so it does not stop the name from being read."""
        entry = self.snapshot.get(ref) if self.snapshot is not None else None
        return (entry is not None and bool(entry.parents)) or self.registry.lookup(ref) is not None

    def snapshot_parents(self, ref: str) -> Declared | None:
        """The parents the snapshot records for `ref`, as a declaration (None: it records none)."""
        entry = self.snapshot.get(ref) if self.snapshot is not None else None
        return snapshot_declared(entry) if entry is not None and entry.parents else None

    def own_name(self, ref: str) -> None:
        """The model states no parent: what its own name implies, as a depth-1 ancestor with
        low confidence, or (for the family vendor's own repo) as the model itself. A name
        carrying a family's word but no generation the rules know (`gemma-5-9b-tuned`, not
        published by the family's vendor) is an unresolved parent of that family."""
        hits = resolve_name(ref, None, self.families)
        if not hits:
            self._own_family(ref)
        for hit in hits:
            evidence = (Evidence(None, None, f"inferred from the repo id {ref}: {hit.why}"),)
            if hit.vendor:
                ancestor = self._registry_ancestor(ref, None, 0, None, hit.known)
                self.ancestors.append(_as(ancestor, "name", NAME_CONFIDENCE, evidence))
                continue
            family = hit.known.pattern.split(" (name rule", 1)[0]
            step = f"{family} family (from the name {ref})"
            ancestor = self._registry_ancestor(step, None, 1, None, hit.known)
            self.ancestors.append(_as(ancestor, "name", OWN_NAME_CONFIDENCE, evidence))

    def _own_family(self, ref: str) -> None:
        families = self.families
        if families is None:
            return
        org = ref.split("/", 1)[0].lower()
        named = tuple(
            f
            for f in families.family_of(base_name(ref), versioned=True)
            if org not in families.vendors_of(f)
        )
        if not named:
            return
        step = f"{' and '.join(named)} family, a generation not known (from the name {ref})"
        said = Evidence(None, None, f"inferred from the repo id {ref}")
        self.ancestors.append(
            Ancestor(
                step,
                None,
                1,
                None,
                None,
                "unresolved",
                confidence=OWN_NAME_CONFIDENCE,
                stated=(said,),
                families=named,
            )
        )
        rule = "lineage-parent-unresolved"
        self.findings.append(
            Finding(
                rule=rule,
                category=Category.PROVENANCE,
                severity=observed_severity(rule),
                message=f"{ref} declares no base model, but its name places it in the "
                f"{' and '.join(named)} family, in a generation the knowledge does not list; "
                f"the effective license is unknown until its base is{self._family_words(ref)}",
                remediation="declare the base model in the card's metadata (`base_model:`), or "
                "refresh the lineage knowledge (`auditor knowledge update`)",
            )
        )

    def parents(
        self, declared: Declared, *, child: str | None, depth: int, path: tuple[str, ...]
    ) -> None:
        for base in declared.base_models:
            ref = strip_hub_url(base.ref)
            relation = base.relation or declared.base_model_relation
            named = local_path_name(ref) if is_local_path(ref) else None
            if named is not None and "/" in named:
                ref = named  # a Hugging Face cache folder: the repo it holds
            elif is_local_path(ref):
                self._local(ref, named, relation, depth, child)
                continue
            key = repo_key(ref)
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
                if not self._offline(ref, relation, depth, child, path):
                    self._stop(ref, relation, depth, child, "unresolved", reason=reason)
                    self._above(ref, depth, path)
                continue
            self.ancestors.append(self._fetched_ancestor(ref, relation, depth, child, result))
            if key not in self.expanded:
                self.expanded.add(key)
                self.parents(result.declared, child=ref, depth=depth + 1, path=(*path, key))

    def _above(self, ref: str, depth: int, path: tuple[str, ...]) -> None:
        """An unresolved parent whose own parents the card states ("X is itself a fine-tune of
        Y"): walk them above it, each no surer than its statement."""
        key = repo_key(ref)
        above = self.stated_above.get(key, ())
        if not above or key in self.expanded:
            return
        self.expanded.add(key)
        first = len(self.ancestors)
        bases = tuple(BaseModelRef(p.ref, p.relation) for p in above)
        self.parents(Declared(base_models=bases), child=ref, depth=depth + 1, path=(*path, key))
        sure = min(p.confidence for p in above)
        for index in range(first, len(self.ancestors)):
            ancestor = self.ancestors[index]
            said = tuple(p.evidence for p in above if repo_key(p.ref) == repo_key(ancestor.ref))
            match = ancestor.license
            if match is not None and match.confidence > sure:
                match = replace(match, confidence=sure)
            self.ancestors[index] = replace(
                ancestor,
                confidence=min(ancestor.confidence, sure),
                license=match,
                stated=(*ancestor.stated, *said) if ancestor.parent == ref else ancestor.stated,
            )

    def _local(
        self, ref: str, name: str | None, relation: str | None, depth: int, child: str | None
    ) -> None:
        """A parent named by a local path: resolved as its last part's name would be (a vendor
        repo the registry knows by that name, else the family rules), else unresolved; never
        fetched."""
        if name is not None:
            found = self.registry.lookup_name(base_name(name), skip_org=is_mirror_org)
            if found is not None:
                why = f"the local path {ref} ends in {name}, the name of {found[0]}"
                ancestor = self._registry_ancestor(ref, relation, depth, child, found[1])
                evidence = (Evidence(None, None, why),)
                self.ancestors.append(_as(ancestor, "name", NAME_CONFIDENCE, evidence))
                return
            hits = resolve_name(name, None, self.families)
            for hit in hits:
                ancestor = self._registry_ancestor(ref, relation, depth, child, hit.known)
                evidence = (Evidence(None, None, f"the local path {ref}: {hit.why}"),)
                self.ancestors.append(_as(ancestor, "name", NAME_CONFIDENCE, evidence))
            if hits:
                return
        said = f"its last part ({name})" if name else "it"
        reason = f"it is a local path, and {said} names no model the knowledge knows"
        self._stop(ref, relation, depth, child, "unresolved", reason=reason)

    def _offline(
        self, ref: str, relation: str | None, depth: int, child: str | None, path: tuple[str, ...]
    ) -> bool:
        """Resolve `ref` from the snapshot (then walk its parents), else from its name."""
        key = repo_key(ref)
        entry = self.snapshot.get(ref) if self.snapshot is not None else None
        hits = resolve_name(ref, self.registry, self.families)
        if entry is not None:
            ancestor = snapshot_ancestor(self.db, self.snapshot, ref, relation, depth, child, entry)
            if ancestor.license is not None or not hits:
                self.ancestors.append(ancestor)
                if key not in self.expanded:
                    self.expanded.add(key)
                    declared = snapshot_declared(entry)
                    self.parents(declared, child=ref, depth=depth + 1, path=(*path, key))
                return True
        for hit in hits:
            ancestor = self._registry_ancestor(ref, relation, depth, child, hit.known)
            evidence = (Evidence(None, None, hit.why),)
            self.ancestors.append(_as(ancestor, "name", NAME_CONFIDENCE, evidence))
        return bool(hits)

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
        terms, evidence = ancestor_terms(
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
            terms, evidence = ancestor_terms(record, self.db, f"license of {ref}")
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
            chain = " -> ".join((*path, repo_key(ref)))
            message = f"base models form a cycle ({chain}); {ref} was not followed again"
        else:
            rule = "lineage-parent-unresolved"
            message = (
                f"base model {ref} ({declared_by}) could not be resolved: {reason}; the "
                f"effective license is unknown until it is{self._family_words(ref)}"
            )
        self.findings.append(
            Finding(
                rule=rule,
                category=Category.PROVENANCE,
                severity=observed_severity(rule),
                message=message,
                remediation=f"resolve {ref}: pin it where the auditor can read it, audit it "
                "online (not offline), or refresh the lineage knowledge (`auditor knowledge "
                "update`); if it is a well-known base model, add it to "
                "license_db/known_models.yaml",
            )
        )

    def _family_words(self, ref: str) -> str:
        """ "; its name places it in the gemma family (licenses ...)", or ""."""
        if self.families is None:
            return ""
        named = self.families.family_of(base_name(ref))
        if not named:
            return ""
        licenses = dict.fromkeys(i for f in named for i in self.families.licenses_of(f))
        return (
            f"; its name places it in the {' and '.join(named)} family, in a generation the "
            f"knowledge does not list (the family has had: {', '.join(licenses)})"
        )


def _as(
    ancestor: Ancestor, resolved_by: str, confidence: float, stated: tuple[Evidence, ...]
) -> Ancestor:
    match = ancestor.license
    if match is not None:
        lower = min(match.confidence, confidence)
        match = replace(match, method=f"{match.method}+{resolved_by}", confidence=lower)
    return replace(
        ancestor, license=match, resolved_by=resolved_by, confidence=confidence, stated=stated
    )
