"""Flattens findings, evidence and references: the items every report section lists."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from auditor.model import Evidence, Finding, LicenseMatch, Reference, Severity
from auditor.model.inputs import inputs_list
from auditor.model.lineage import stated_place
from auditor.report.words import SEVERITY_ICONS, finding_label

UNRESOLVED_LINEAGE = "lineage-unresolved"
"""The method of an effective license left unknown by an unresolved parent
(auditor/lineage/unknown.py)."""


def license_label(match: LicenseMatch | None) -> str:
    """`Name (id)`, or a plain word when unknown."""
    if match is None:
        return "none declared"
    if match.id is None and match.method == UNRESOLVED_LINEAGE:  # its name says "unknown: ..."
        return match.name or "unknown"
    if match.id is None:
        return f"unidentified: {match.name}" if match.name else "unidentified"
    return match.name if match.name == match.id else f"{match.name} ({match.id})"


def safe_href(url: str | None) -> str | None:
    """The URL when it is plain http(s), else None: only those become links."""
    if not url or not url.lower().startswith(("https://", "http://")):
        return None
    # Spaces, control and format characters (bidi overrides among them): show, never follow.
    if any(unicodedata.category(c)[0] in "CZ" for c in url):
        return None
    return url


def finding_view(finding: Finding) -> dict[str, Any]:
    """One finding as plain values: severity words, evidence, references and waiver."""
    waiver = finding.waiver
    return {
        "severity": str(finding.severity),
        "severity_label": finding_label(finding),
        "severity_icon": SEVERITY_ICONS[finding.severity],
        "needs_input": inputs_list(finding.needs_input) if finding.needs_input else "",
        "rule": finding.rule,
        "category": str(finding.category),
        "message": finding.message,
        "remediation": finding.remediation or "",
        "waived": finding.waived,
        "obligation": finding.obligation,
        "applies_from": finding.applies_from or "",
        "evidence": evidence_view(finding.evidence),
        "references": _references(finding.references),
        "waiver": None
        if waiver is None
        else {
            "reason": waiver.reason,
            "approved_by": waiver.approved_by,
            "expires": waiver.expires,
            "ticket": waiver.ticket or "",
        },
    }


def evidence_view(items: Iterable[Evidence]) -> list[dict[str, str]]:
    """`where` (file:line) and quoted text of each piece of evidence."""
    return [
        {"where": f"{e.file or ''}{':' + str(e.line) if e.line else ''}", "text": e.text}
        for e in items
    ]


def is_duty(finding: Finding) -> bool:
    """An info obligation is listed as a duty to fulfil, not among the findings."""
    return finding.obligation and finding.severity is Severity.INFO


def _references(items: Iterable[Reference]) -> list[dict[str, str | None]]:
    return [{"text": r.text, "url": r.url or "", "href": safe_href(r.url)} for r in items]


def stated_words(entry: Mapping[str, object]) -> str:
    """How a lineage step not in the metadata was found: "stated in the card's text, README.md
    line 8, confidence 0.7: confirm", or how it was inferred ("the name ... reads as ...");
    empty for a parent the metadata declares."""
    stated = entry.get("stated")
    if not isinstance(stated, list) or not stated or not isinstance(stated[0], Mapping):
        return ""
    first = stated[0]
    where = stated_place(first.get("file"), first.get("line"))
    if where is None:
        return str(first.get("text") or "")
    confidence = entry.get("confidence")
    sure = f", confidence {confidence:.1f}" if isinstance(confidence, (int, float)) else ""
    return f"stated in {where}{sure}: confirm"
