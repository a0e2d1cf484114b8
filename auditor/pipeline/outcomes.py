"""Model results that need no text analysis: an API model, and a model that could not be fetched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.errors import AuditorError
from auditor.model import (
    Category,
    Declared,
    Finding,
    LicenseMatch,
    ModelResult,
    Severity,
    SourceInfo,
    SourceKind,
    Target,
    Verdict,
)
from auditor.model.kinds import LicenseKind

if TYPE_CHECKING:
    pass


PROVIDER_LICENSE_PREFIX = "LicenseRef-provider-"


def api_model_result(target: Target) -> ModelResult:
    """A proprietary API model: its terms are the provider's, from the dated catalog."""
    from auditor.knowledge.providers import load_providers

    key, _, _model = target.location.partition("/")
    terms = load_providers().get(key)
    source = SourceInfo(SourceKind.API, None, None, None, None, None)
    if terms is None:
        known = ", ".join(sorted(load_providers()))
        finding = Finding(
            rule="provider-unknown",
            category=Category.SOURCE,
            severity=Severity.BLOCK,
            message=f"provider {key!r} is not in the provider catalog (known: {known})",
            remediation="use a catalogued provider key, or add the provider's terms to "
            "license_db/providers/ with their sources",
        )
        return ModelResult(
            ref=target.text,
            source=source,
            declared=Declared(),
            license=None,
            effective_license=None,
            license_files=(),
            findings=(finding,),
            verdict=Verdict.FAIL,
        )
    match = LicenseMatch(
        id=f"{PROVIDER_LICENSE_PREFIX}{key}",
        name=f"{terms.display_name} terms",
        spdx=None,
        scancode=None,
        hf=None,
        kind=LicenseKind.PROPRIETARY_TERMS,
        confidence=1.0,
        method="provider-catalog",
    )
    note = Finding(
        rule="provider-terms-as-of",
        category=Category.SOURCE,
        severity=Severity.INFO,
        message=f"{terms.display_name}: provider facts as compiled on {terms.as_of}; "
        "re-verify them before relying on the result",
    )
    return ModelResult(
        ref=target.text,
        source=source,
        declared=Declared(license=match.id, origin="provider catalog"),
        license=match,
        effective_license=match,
        license_files=(),
        findings=(note,),
        verdict=Verdict.PASS,
    )


def failed_result(target: Target, err: AuditorError, *, endpoint: str | None) -> ModelResult:
    """The result for a model whose evidence could not be fetched at all."""
    rule = err.code or "source-unavailable"
    finding = Finding(
        rule=rule,
        category=Category.SOURCE,
        severity=Severity.BLOCK,
        message=err.message,
        remediation=err.hint,
    )
    if target.kind is SourceKind.HUB:
        source = SourceInfo(
            kind=target.kind,
            repo_id=target.location,
            revision=target.revision,
            resolved_sha=None,
            gated=True if rule == "source-gated-no-access" else None,
            endpoint=endpoint,
        )
    else:
        source = SourceInfo(target.kind, None, None, None, None, None)
    return ModelResult(
        ref=target.text,
        source=source,
        declared=Declared(),
        license=None,
        effective_license=None,
        license_files=(),
        findings=(finding,),
        verdict=Verdict.ERROR,
    )
