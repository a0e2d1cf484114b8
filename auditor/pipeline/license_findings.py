"""The findings on a model's own license: missing, unidentified, only in a file, identified
with low confidence, or one whose text must travel with every copy and is not in the repo
(analysis, pure)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.expression import expression_keys, is_choice
from auditor.model import Category, Evidence, Finding, LicenseMatch, Severity
from auditor.model.evidence import CARD_KINDS, FILE_KINDS, EvidenceItem, EvidenceKind, documents

if TYPE_CHECKING:
    from auditor.knowledge.license_db import LicenseDB, Obligation

LOW_CONFIDENCE = 0.6  # below this, an identified license is to be confirmed by reading it


def license_findings(
    declared: LicenseMatch | None,
    match: LicenseMatch | None,
    items: tuple[EvidenceItem, ...],
    evidence: Evidence | None,
    db: LicenseDB | None = None,
) -> list[Finding]:
    """Findings on the artifact's own license: missing, unidentified, or only in a file; with
    `db`, also a license whose text must accompany copies and that the repo does not hold."""
    quoted = (evidence,) if evidence is not None else ()
    if match is None or (_names_no_license(match) and not _has_license_text(items)):
        stated = evidence.text if evidence is not None else "no name"
        said = (
            "no license declared"
            if match is None
            else f"the declared license names no license ({stated})"
        )
        return [
            Finding(
                rule="license-missing",
                category=Category.LICENSE,
                severity=Severity.BLOCK,
                message=f"{said} and no license text found",
                evidence=quoted,
                remediation="do not use the model until its license is known; ask the publisher",
            )
        ]
    if match.id is None:
        where = "declared license" if declared is not None and declared.id is None else "license"
        return [
            Finding(
                rule="license-unidentified",
                category=Category.LICENSE,
                severity=Severity.BLOCK,
                message=f"{where} {match.name!r} is not a license this auditor knows"
                if match.name
                else "the license could not be identified",
                evidence=quoted,
                remediation="have counsel review the license text, then record a waiver",
            )
        ]
    findings = []
    if declared is None:
        findings.append(
            Finding(
                rule="license-not-declared",
                category=Category.LICENSE,
                severity=observed_severity("license-not-declared"),
                message=f"no license is declared in the metadata; the license file reads as "
                f"{match.name or match.id}",
                remediation="ask the publisher to declare the license in the card's `license:` "
                "field",
            )
        )
    if match.confidence < LOW_CONFIDENCE:
        findings.append(
            Finding(
                rule="license-low-confidence",
                category=Category.LICENSE,
                severity=observed_severity("license-low-confidence"),
                message=f"{match.name or match.id} was identified with low confidence "
                f"({match.confidence:.0%}, {match.method})",
                evidence=quoted,
                remediation="confirm the license by reading the text",
            )
        )
    if db is not None:
        findings.extend(_text_not_shipped(match, items, evidence, db))
    return findings


def _text_not_shipped(
    match: LicenseMatch, items: tuple[EvidenceItem, ...], evidence: Evidence | None, db: LicenseDB
) -> list[Finding]:
    """`license-text-not-shipped`: the license's record says its text must accompany every copy
    (an `include-license` obligation; not `indicate-license`, where a link suffices) and the
    repo holds no license-like file, read or not (an unread one is another finding), and no
    license text pasted in the card. Under `A OR B` only when every option needs its text."""
    if match.id is None or documents(items, FILE_KINDS):
        return []
    if any(item.kind is EvidenceKind.CARD_LICENSE_TEXT for item in items):
        return []
    keys = expression_keys(match.id)
    duties: list[tuple[str, Obligation]] = []
    for key in keys:
        record = db.get(key) or db.lookup(key)
        obligations = record.obligations if record is not None else ()
        duty = next((o for o in obligations if o.tag == "include-license"), None)
        if record is not None and duty is not None:
            duties.append((record.name, duty))
    if not duties or (is_choice(match.id) and len(duties) < len(keys)):
        return []
    cited = "; ".join(f"{name}, clause {duty.clause or 'not recorded'}" for name, duty in duties)
    texts = "its text" if len(duties) == 1 else "each license's text"
    return [
        Finding(
            rule="license-text-not-shipped",
            category=Category.LICENSE,
            severity=observed_severity("license-text-not-shipped"),
            message=f"{texts} must accompany every copy ({cited}), and the repo holds no "
            "license file or license text",
            evidence=(evidence,) if evidence is not None else (),
            remediation="obtain the license text from its publisher and ship it with the model "
            "and with any product that redistributes it",
            obligation=True,
        )
    ]


_NO_LICENSE_WORDS = frozenset({"none", "no-license", "no license", "n/a", "na", "tbd", "unknown"})
"""Declared values that say there is no license (not `unlicense`: that one is a license)."""


def _names_no_license(match: LicenseMatch) -> bool:
    """A declaration that names no license at all: `license: other` or `unknown` with no
    license_name, license_link or license text behind it, or a word meaning "none"."""
    if match.id is not None or match.derived_from is not None:
        return False
    if match.name is None:
        return match.method == "declared-other"
    word = match.name.strip().lower()
    return match.method == "declared-tag-unknown" and word in _NO_LICENSE_WORDS


def _has_license_text(items: tuple[EvidenceItem, ...]) -> bool:
    """Is there a license-like file or card section to read, identified or not?"""
    if any(file.text for file in documents(items, FILE_KINDS)):
        return True
    return bool(documents(items, CARD_KINDS))


def card_document_too_large(path: str, size: int, cap: int) -> Finding:
    """The license evidence gathered from a card (its License sections, labels, statements or
    hidden text) is larger than one license document may be: not read, so it binds unknown."""
    return Finding(
        rule="license-file-too-large",
        category=Category.SOURCE,
        severity=observed_severity("license-file-too-large"),
        message=f"{path}: the license sections, labels and statements of the card come to "
        f"{size:,} bytes, over the {cap:,}-byte cap for one license document; they were not "
        "read, so what they state is unknown and may restrict use",
        remediation="a card states its license in a few lines: review this card by hand and "
        "keep its license section short",
        evidence=(Evidence(file=path, line=None, text=f"{size:,} bytes"),),
    )
