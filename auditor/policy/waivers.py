"""Applies a manifest's waivers to findings: scoped, approved, and only until they expire."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from auditor.knowledge.observation_weights import observed_severity
from auditor.model import AppliedWaiver, Category, Evidence, Finding
from auditor.model.deployment import Waiver


@dataclass(frozen=True, slots=True)
class WaiverOutcome:
    """Findings after waivers, plus which waivers were used."""

    findings: tuple[Finding, ...]
    used: frozenset[int]  # indexes into the manifest's waivers


WAIVER_MAX_DAYS = 366
"""How far past the audit date a waiver may expire, unless the policy's `waiver_max_days`
setting says otherwise: a waiver is a reviewed exception, not a permanent one."""


def waiver_horizon_problems(
    waivers: Sequence[Waiver], *, today: date, settings: Mapping[str, object]
) -> list[tuple[int | None, str]]:
    """Each waiver expiring past the horizon, with its line: the run refuses the manifest."""
    days = settings.get("waiver_max_days", WAIVER_MAX_DAYS)
    if isinstance(days, float) and days.is_integer():
        days = int(days)  # `90.0` is the 90 days the policy loader accepted
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        days = WAIVER_MAX_DAYS
    horizon = today + timedelta(days=min(days, (date.max - today).days))
    return [
        (
            waiver.line,
            f"waiver for {waiver.rule!r} on {waiver.model!r} expires "
            f"{waiver.expires.isoformat()}, more than {days} days after the audit date "
            f"({today.isoformat()}); set an expiry on or before {horizon.isoformat()} and "
            "review it again then (the policy's `waiver_max_days` sets the horizon)",
        )
        for waiver in waivers
        if waiver.expires > horizon
    ]


def _local_path(text: str) -> bool:
    """A manifest reference written as a path (`./m`, `../m`, `/m`, `m/`), not a repo id."""
    return text.startswith(("./", "../", "/", "~")) or text.endswith("/")


def _same_model(named: str, ref: str) -> bool:
    """The waiver's `model` names the manifest's reference: as written, by its repo id without
    revision (the Hub's ids are case-insensitive: `Org/Name` is `org/name`), or, for a local
    folder, by any spelling of the same path relative to the manifest (`./m/`, `m`)."""
    bare = ref.split("@", 1)[0]
    if named in (ref, bare, bare.removeprefix("hf:")):
        return True
    if _local_path(ref) or _local_path(named):
        return posixpath.normpath(named) == posixpath.normpath(ref)
    return named.lower().removeprefix("hf:") == bare.lower().removeprefix("hf:")


def waiver_matches_model(waiver: Waiver, ref: str, resolved_sha: str | None) -> bool:
    """A waiver names the model as written in the manifest, or its repo id without revision
    (`_same_model`); with a `revision` it holds only for that revision."""
    if not _same_model(waiver.model, ref):
        return False
    if waiver.revision is None:
        return True
    revision = ref.split("@", 1)[1] if "@" in ref else None
    return waiver.revision in {revision, resolved_sha} - {None}


def apply_waivers(
    findings: Sequence[Finding],
    *,
    ref: str,
    resolved_sha: str | None,
    waivers: Sequence[Waiver],
    today: date,
    manifest: str | None,
) -> WaiverOutcome:
    """Mark findings excused by a live waiver; an expired one excuses nothing and warns."""
    result: list[Finding] = []
    used: set[int] = set()
    expired_reported: set[int] = set()
    for finding in findings:
        waived = None
        for index, waiver in enumerate(waivers):
            if waiver.rule != finding.rule or not waiver_matches_model(waiver, ref, resolved_sha):
                continue
            used.add(index)
            if waiver.expires < today:
                if index not in expired_reported:
                    expired_reported.add(index)
                    result.append(_expired(waiver, manifest))
                continue
            waived = waiver
            break
        if waived is None:
            result.append(finding)
        else:
            result.append(
                replace(
                    finding,
                    waived=True,
                    waiver=AppliedWaiver(
                        reason=waived.reason,
                        approved_by=waived.approved_by,
                        expires=waived.expires.isoformat(),
                        ticket=waived.ticket,
                    ),
                )
            )
    return WaiverOutcome(findings=tuple(result), used=frozenset(used))


def unused_waivers(
    waivers: Sequence[Waiver],
    used: set[int],
    *,
    manifest: str | None,
    refs: Sequence[str] = (),
) -> list[Finding]:
    """A waiver that matched no finding of any model: stale, or misspelt (a model reference
    that is none of the run's `refs` gets the nearest one as a suggestion)."""
    return [
        Finding(
            rule="waiver-unused",
            category=Category.WAIVER,
            severity=observed_severity("waiver-unused"),
            message=f"waiver for rule {waiver.rule!r} on {waiver.model!r} matches no finding"
            + _nearest_ref(waiver.model, refs),
            evidence=(
                Evidence(manifest, waiver.line, f"rule: {waiver.rule}, model: {waiver.model}"),
            ),
            remediation="remove the waiver, or correct its rule id or model reference",
        )
        for index, waiver in enumerate(waivers)
        if index not in used
    ]


def _expired(waiver: Waiver, manifest: str | None) -> Finding:
    return Finding(
        rule="waiver-expired",
        category=Category.WAIVER,
        severity=observed_severity("waiver-expired"),
        message=f"the waiver for {waiver.rule!r} (approved by {waiver.approved_by}) expired on "
        f"{waiver.expires.isoformat()}; the finding it covered applies again",
        evidence=(Evidence(manifest, waiver.line, f"expires: {waiver.expires.isoformat()}"),),
        remediation="review the finding again and renew or remove the waiver",
    )


def _nearest_ref(model: str, refs: Sequence[str]) -> str:
    """` (did you mean 'org/name'?)` when `model` is none of the run's model references."""
    if not refs or model in refs:
        return ""
    from auditor.fileio.schema_check import did_you_mean

    return did_you_mean(model, list(refs), cutoff=0.6)
