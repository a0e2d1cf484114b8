"""Advisory findings for the parents a card states outside its metadata (prose.py reads them):
the census's per-row view, where no lineage walk runs per card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.knowledge.observation_weights import observed_severity
from auditor.lineage.prose import stated_parents
from auditor.model import Category, Finding, LicenseMatch, ParsedCard

if TYPE_CHECKING:
    from auditor.knowledge.known_models import KnownModels
    from auditor.knowledge.license_db import LicenseDB

RULE = "lineage-parent-in-text"
BINDING_RULE = "lineage-parent-in-text-binding"
"""The parent's license binds derivatives and differs from the card's own."""


def stated_parent_findings(
    card: ParsedCard,
    *,
    card_file: str,
    repo_id: str | None,
    own: LicenseMatch | None,
    db: LicenseDB,
    registry: KnownModels,
) -> list[Finding]:
    """Advisory findings for the parents a card states (the census's per-row view of them).

    `scan` follows these parents through lineage instead; the census, which has no lineage
    walk per card, reports them this way. A warning when the registry knows the parent's
    license binds derivatives and differs from the card's own, unless one organisation
    publishes both; information otherwise.
    """
    parents = stated_parents(
        card.body,
        card_file=card_file,
        first_line=card.body_line,
        own_repo=repo_id,
        is_known=lambda ref: registry.lookup(ref) is not None,
    )
    findings = []
    for parent in parents:
        known = registry.lookup(parent.ref)
        record = db.get(known.license) if known is not None else None
        conflict = (
            record is not None
            and record.kind != "permissive-oss"
            and (own is None or own.id != record.id)
            and not _same_org(parent.ref, repo_id)
        )
        named = f"{parent.ref} ({record.name})" if record is not None else parent.ref
        message = (
            f"the card's text says the model derives from {named}, but its metadata declares "
            "no base_model"
        )
        if conflict:
            ours = (own.name or own.id) if own is not None else None
            message += f"; that license binds derivatives and this card declares {ours or 'none'}"
        findings.append(
            Finding(
                rule=BINDING_RULE if conflict else RULE,
                category=Category.PROVENANCE,
                severity=observed_severity(BINDING_RULE if conflict else RULE),
                message=message,
                evidence=(parent.evidence,),
                remediation=f"add `base_model: {parent.ref}` to the card's metadata (or confirm "
                "it is not the parent); until then treat the model as bound by its parent's "
                "license",
            )
        )
    return findings


def _same_org(ref: str, repo_id: str | None) -> bool:
    return repo_id is not None and ref.split("/")[0].lower() == repo_id.split("/")[0].lower()
