"""Drift of a model's artefacts since the lock (issue 37): the hub's security scan and the chat
template's digest, compared with what auditor.lock recorded; pure.

A scan newly worse is drift: the repo's status turned `unsafe` or `suspicious` (or from
suspicious to unsafe), or a file is flagged that was not (or flagged worse). A file cleared, or
a scan finished, is no drift. A changed chat template digest is drift: the model is prompted
differently. Only what both sides recorded is compared: a lock written before these facts, an
offline run (no hub scan read) or a model whose template was not read has nothing to compare.
"""

from __future__ import annotations

from collections.abc import Callable

from auditor.gate.lock import LockedModel
from auditor.model import Finding

RULE_SCAN_CHANGED = "drift-artefact-scan-changed"
RULE_TEMPLATE_CHANGED = "drift-chat-template-changed"

_FLAGGED = ("unsafe", "suspicious")  # worst first
"""The scan statuses whose arrival is drift."""

Make = Callable[[str, str, str], Finding]
"""Builds a drift finding from its rule, message and the locked value quoted (drift.py)."""


def artefact_drift(old: LockedModel, new: LockedModel, make: Make) -> list[Finding]:
    """The scan and chat template drift of one model."""
    findings: list[Finding] = []
    if old.scan_status is not None and new.scan_status is not None:
        changes = _scan_changes(old, new)
        if changes:
            findings.append(
                make(
                    RULE_SCAN_CHANGED,
                    "the Hub's security scan changed: " + "; ".join(changes),
                    f"scan_status: {old.scan_status}; scan_files: {_files(old)}",
                )
            )
    before, after = old.chat_template_sha256, new.chat_template_sha256
    if before is not None and after is not None and before != after:
        findings.append(
            make(
                RULE_TEMPLATE_CHANGED,
                f"chat template changed: sha256 {before} -> {after}",
                f"chat_template_sha256: {before}",
            )
        )
    return findings


def _scan_changes(old: LockedModel, new: LockedModel) -> list[str]:
    changes = []
    if _worse(new.scan_status, old.scan_status):
        changes.append(f"scan status {old.scan_status} -> {new.scan_status}")
    before = dict(old.scan_files)
    for path, status in sorted(new.scan_files):
        if _worse(status, before.get(path)):
            was = before.get(path) or "not flagged"
            changes.append(f"{path} newly flagged ({was} -> {status})")
    return changes


def _worse(now: str | None, was: str | None) -> bool:
    """Whether `now` is a flagged status worse than `was` (anything unflagged counts as none)."""
    if now not in _FLAGGED:
        return False
    return was not in _FLAGGED or _FLAGGED.index(now) < _FLAGGED.index(was)


def _files(model: LockedModel) -> str:
    flagged = [f"{path} ({status})" for path, status in model.scan_files]
    return ", ".join(flagged) if flagged else "none"
