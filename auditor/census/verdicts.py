"""Per model: the census's lineage as `lineage/` Ancestors, the effective license and the
findings `scan` reports (same rule ids, same wording, through the same functions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from auditor.census.graph import Resolved
from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.family_tags import names_one_license
from auditor.lineage.ancestors import Ancestor
from auditor.lineage.effective import binding_ancestors, declared_units, effective_license
from auditor.lineage.mismatch import MISMATCH_RULE, mismatch_findings
from auditor.lineage.unknown import unknown_effective, unknown_parents
from auditor.model import Category, Declared, Finding, LicenseMatch, Severity

CYCLE_RULE = "lineage-cycle"
UNRESOLVED_RULE = "lineage-parent-unresolved"
NOT_IN_SNAPSHOT = "it is neither in the snapshot nor in the known-models registry"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the census concludes for one model."""

    effective: LicenseMatch | None
    binding: tuple[Ancestor, ...]  # ancestors whose license binds it, nearest first
    findings: tuple[Finding, ...]
    declares_nothing: bool = False  # no license tag at all (or only `unknown`)

    @property
    def contradicts_base(self) -> bool:
        """A mislabelled derivative: an ancestor's license binds it, and its declared license
        drops that license (or it declares none)."""
        return bool(self.binding) and any(f.rule == MISMATCH_RULE for f in self.findings)

    @property
    def mismatch(self) -> bool:
        """Missing (as the corpus labels count it: scan reports it as `license-missing`), or
        any mismatch finding: vague, or dropping a binding ancestor's license."""
        return self.declares_nothing or any(f.category is Category.MISMATCH for f in self.findings)


def judge_model(
    ref: str,
    declared: Declared,
    own: LicenseMatch | None,
    own_registry: LicenseMatch | None,
    resolved: Resolved,
    db: LicenseDB,
    declares_nothing: bool | None = None,
) -> Verdict:
    """The effective license and findings of one model from its census lineage;
    `declares_nothing` (no license tag but `unknown` ones: `declared_units` is empty) when
    the caller knows it already (it depends on the declaration alone)."""
    ancestors = ancestors_of(ref, own_registry, resolved)
    binding = tuple(binding_ancestors(ancestors))
    findings = [*_walk_findings(ref, resolved)]
    identified = names_one_license(own)
    # An identified declaration with no binding ancestor gives `mismatch_findings` nothing to
    # say (every tag is specific, none is dropped): skip it, it is most of the Hub. A family
    # tag (`gpl`) is identified but names no one license: it is said, as `scan` says it.
    if binding or not identified:
        findings += mismatch_findings(declared, db, ancestors)
    own_units = [own] if own is not None and own.id is not None else []
    effective = effective_license(own, own_units, ancestors) if ancestors else own
    unknown = unknown_parents(ancestors, None)
    if unknown:  # as scan: an unresolved parent leaves the effective license unknown
        inherited = effective is not None and effective.method == "lineage"
        effective = unknown_effective(effective, unknown, inherited=inherited)
    if declares_nothing is None:
        declares_nothing = not declared_units(declared, db)
    return Verdict(effective, binding, tuple(findings), declares_nothing)


def ancestors_of(ref: str, own_registry: LicenseMatch | None, resolved: Resolved) -> list[Ancestor]:
    """The Ancestors `scan`'s walk would list for the model (nearest per license id)."""
    found: list[Ancestor] = []
    if own_registry is not None:
        found.append(Ancestor(ref, None, 0, None, own_registry, "registry"))
    found += [
        Ancestor(v.ref, v.relation, v.depth, v.parent, v.license, v.resolved_by)
        for v in resolved.licensed
    ]
    found += [Ancestor(r, None, 1, c, None, "unresolved") for r, c in resolved.unresolved]
    return found


def _walk_findings(ref: str, resolved: Resolved) -> list[Finding]:
    found: list[Finding] = []
    if resolved.cycle:
        chain = " -> ".join((*resolved.cycle, resolved.cycle[0]))
        found.append(
            Finding(
                rule=CYCLE_RULE,
                category=Category.PROVENANCE,
                severity=observed_severity(CYCLE_RULE),
                message=f"base models form a cycle ({chain}); each was followed once",
                remediation=f"audit {ref} on its own and correct the base_model fields",
            )
        )
    for parent, child in resolved.unresolved:
        declared_by = f"declared by {child}" if child else "declared by this model"
        found.append(
            Finding(
                rule=UNRESOLVED_RULE,
                category=Category.PROVENANCE,
                severity=Severity.WARN,
                message=f"base model {parent} ({declared_by}) could not be resolved: "
                + NOT_IN_SNAPSHOT,
                remediation=f"audit {parent} on its own; if it is a well-known base model, "
                "add it to license_db/known_models.yaml",
            )
        )
    return found


def license_words(match: LicenseMatch | None) -> Sequence[str | None]:
    """(id, name, kind, hf) of a match, for a table row."""
    if match is None:
        return (None, None, None, None)
    return (match.id, match.name, str(match.kind) if match.kind else None, match.hf)
