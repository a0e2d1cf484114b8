"""Walks a model's declared parents: the registry, then the Hub, recursively, with limits."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from auditor.errors import AuditorError
from auditor.knowledge.known_models import KnownModel, KnownModels, normalize_repo_id
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import match_from_record
from auditor.licenses.terms.record import clause_evidence, record_terms
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
    ModelResult,
    Severity,
    Verdict,
)

Fetch = Callable[[str], ModelResult | None]
"""Analyse a parent repo id through the same sources; None when it cannot be fetched."""

DEFAULT_MAX_DEPTH = 8
REGISTRY_CONFIDENCE = 0.9
"""A license from the known-models registry: curated facts, not read from the repo itself."""

RESOLVED = frozenset({"hub", "registry", "declared"})
MISSING_TAGS = frozenset({"unknown"})  # the Hub's `unknown` says nothing about the license
CUSTOM_TAGS = frozenset({"other", "custom", "proprietary"})  # "see license_name / link"
_HF_PREFIXES = ("https://huggingface.co/", "http://huggingface.co/", "huggingface.co/")


@dataclass(frozen=True, slots=True)
class Ancestor:
    """One model in the lineage and the license it brings."""

    ref: str  # repo id as declared
    relation: str | None  # finetune | adapter | merge | quantized | None
    depth: int  # 1 = direct parent; 0 = the model's own repo as the registry knows it
    parent: str | None  # the child that declared it (None at depth 0 and 1: the model itself)
    license: LicenseMatch | None
    resolved_by: str  # hub|registry|declared|snapshot|name|unresolved|cycle|depth-limit
    terms: Mapping[str, object] = field(default_factory=dict)
    term_evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    # How sure the step is: 1.0 for a parent the metadata declares and a license the repo
    # itself or the curated registry gives; lower for a parent stated in prose or inferred
    # from a name, and for a license read from a snapshot or a name rule.
    confidence: float = 1.0
    # Where the parent was stated when not in the front matter (line and quote).
    stated: tuple[Evidence, ...] = ()


# --- walking the parents -------------------------------------------------------------------


class Walk:
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
            ref = strip_hub_url(base.ref)
            relation = base.relation or declared.base_model_relation
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


def ancestor_terms(
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


# --- repo ids ----------------------------------------------------------------------------------


def strip_hub_url(ref: str) -> str:
    text = ref.strip()
    for prefix in _HF_PREFIXES:
        if text.lower().startswith(prefix):
            return text[len(prefix) :].strip("/")
    return text


def repo_key(ref: str) -> str:
    """A repo id compared case-insensitively, without revision or URL."""
    text = strip_hub_url(ref)
    return normalize_repo_id(text) or text.lower()
