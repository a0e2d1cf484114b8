"""Conflicts in what a model declares: its metadata's own values (`license` vs `license_name`
/ `license_link`, a duplicate or differently-cased key, the GGUF header beside the card) and
the licenses its card's prose names. Each conflict is a finding quoting both, and the most
restrictive license named is the declaration that binds (fail closed)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.declared import (
    DECLARED_CONFIDENCE,
    LINK_CONFIDENCE,
    OTHER_TAGS,
    combine_matches,
    declared_context,
    identify_declared,
    identify_tag,
    match_from_record,
    unidentified,
)
from auditor.licenses.expression import looks_like_expression
from auditor.licenses.names import lookup_name
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseFile,
    LicenseMatch,
)
from auditor.model.kinds import most_restrictive
from auditor.sources.declared import DeclaredPiece

if TYPE_CHECKING:
    from auditor.licenses.text.identify import TextIdentification


_WHY = {
    "declared": "",
    "key-case": " (a key that differs from `license` only in case; the Hub reads `license`)",
    "duplicate": " (a duplicate key: YAML keeps the last value and hides this one)",
    "gguf": " (the GGUF header)",
}


@dataclass(frozen=True, slots=True)
class DeclaredReading:
    """The declared license the audit goes on with, and the conflicts that shaped it."""

    match: LicenseMatch | None
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class CardClaim:
    """A license the card's prose names (a License section, a gating prompt), with its line."""

    match: LicenseMatch
    evidence: Evidence


def reconcile_declared(
    declared: Declared,
    pieces: Sequence[DeclaredPiece],
    db: LicenseDB,
    claims: Sequence[CardClaim] = (),
) -> DeclaredReading:
    """The declared license, failing closed on conflicts: every value the metadata (or the
    card's prose) gives that names another known license than the declaration is a finding
    quoting both, and the most restrictive of them is the declaration that binds."""
    main = identify_declared(declared, db)
    main_pieces = [p for p in pieces if p.source == "declared"]
    anchor = next(
        (p for p in main_pieces if p.role == "tag"), main_pieces[0] if main_pieces else None
    )
    if main is None or main.id is None or anchor is None:
        return DeclaredReading(main)
    parts = [main]
    findings: list[Finding] = []
    for piece in pieces:
        if piece is anchor:
            continue
        if piece.source == "declared" and piece.role == "tag":
            continue  # a list-valued `license` is read as AND already
        other = _identify_piece(piece, declared, db)
        if other is None or _denotes(main, other) or any(_denotes(p, other) for p in parts):
            continue
        parts.append(other)
        findings.append(_conflict(piece, anchor, main, other))
    for claim in claims:
        if _denotes(main, claim.match) or any(_denotes(p, claim.match) for p in parts):
            continue
        parts.append(claim.match)
        findings.append(_claim_conflict(claim, anchor, main))
    if len(parts) == 1:
        return DeclaredReading(main)
    return DeclaredReading(_stricter(parts), tuple(findings))


def _stricter(parts: Sequence[LicenseMatch]) -> LicenseMatch:
    """The license the audit goes on with when the metadata names several: the most
    restrictive one (the declared one on a tie), so its record's terms (caps, scope) are
    read; one it cannot identify makes the whole declaration unidentified (fail closed).

    NOTE: not an AND expression: a model's terms are read from one record today, and an
    expression would leave them unknown (a cap unchecked).
    """
    if any(part.id is None for part in parts):
        return combine_matches(parts, "AND", "declared-conflict")
    kind = most_restrictive(part.kind for part in parts)
    chosen = next((part for part in parts if part.kind == kind), parts[0])
    return replace(
        chosen,
        confidence=min(part.confidence for part in parts),
        method="declared-conflict",
    )


def _identify_piece(piece: DeclaredPiece, declared: Declared, db: LicenseDB) -> LicenseMatch | None:
    """The license one value names; None for `other`, a relative link or an unknown link."""
    value = piece.value.strip()
    if not value or value.lower() in OTHER_TAGS:
        return None
    if piece.role == "link":
        record = next(filter(None, map(db.lookup_link, _link_variants(value))), None)
        if record is None:
            return None  # a link to the repo's own LICENSE file, or a page we do not know
        return match_from_record(record, method="declared-license-link", confidence=LINK_CONFIDENCE)
    record = lookup_name(value, db, context=declared_context(declared))
    if record is not None:
        return match_from_record(record, method="declared-tag", confidence=DECLARED_CONFIDENCE)
    if piece.role == "tag" and looks_like_expression(value):
        return identify_tag(value, Declared(), db)
    if piece.role == "name":
        return None  # a free-text name we cannot read: not evidence of another license
    return unidentified(value, method="declared-tag-unknown")


_DEED = re.compile(r"/(?:deed|legalcode)(?:\.[a-z-]+)?/?$", re.IGNORECASE)


def _link_variants(url: str) -> list[str]:
    """A license URL and its summary/legal-text siblings (`.../4.0/`, `.../4.0/deed.en`,
    `.../4.0/legalcode`): one license, whichever page the card links."""
    base = _DEED.sub("", url.strip()).rstrip("/")
    return [url, base, f"{base}/legalcode"]


def _denotes(main: LicenseMatch, other: LicenseMatch) -> bool:
    """Does `main` (maybe an AND/OR expression) already name the license `other` names?"""
    if other.id is None:
        return main.id is None and (main.name or "").lower() == (other.name or "").lower()
    if main.id is None:
        return False
    ids = set(main.id.replace("(", " ").replace(")", " ").split())
    return other.id == main.id or other.id in ids


def _conflict(
    piece: DeclaredPiece, anchor: DeclaredPiece, main: LicenseMatch, other: LicenseMatch
) -> Finding:
    named = other.name or other.id or piece.value
    if piece.source == "duplicate":
        rule = "card-duplicate-key"
    elif piece.source == "gguf":
        rule = "card-metadata-conflict"
    else:
        rule = "license-declared-conflict"
    return Finding(
        rule=rule,
        category=Category.MISMATCH,
        severity=observed_severity(rule),
        message=f"the metadata declares {main.name or main.id} ({anchor.key}), but "
        f"{piece.key}{_WHY[piece.source]} names {named}; the more restrictive is "
        "read as binding",
        evidence=(anchor.evidence, piece.evidence),
        remediation="ask the publisher which license applies and to declare it once; until "
        "then the stricter license's terms apply",
    )


def _claim_conflict(claim: CardClaim, anchor: DeclaredPiece, main: LicenseMatch) -> Finding:
    return Finding(
        rule="card-license-conflict",
        category=Category.MISMATCH,
        severity=observed_severity("card-license-conflict"),
        message=f"the metadata declares {main.name or main.id}, but the card's text names "
        f"{claim.match.name or claim.match.id}; the more restrictive is read as "
        "binding",
        evidence=(anchor.evidence, claim.evidence),
        remediation="ask the publisher which license applies; the card's text is part of what "
        "was published",
    )


def card_claims(
    documents: Sequence[tuple[LicenseFile, TextIdentification]], db: LicenseDB
) -> list[CardClaim]:
    """The licenses the card's own documents (sections, gating prompt, hidden blocks) name,
    each with the line that names it: each sentence that names a license for the model (not
    one about its data or code), a license text pasted whole, and label lines such as
    `- **License:** cc-by-nc-4.0` (a license id or a link after the label)."""
    claims: list[CardClaim] = []
    for document, identity in documents:
        if document.text is None:
            continue
        named = _named_in_sentences(document.text, db)
        whole = identity.match
        if whole is not None and whole.id is not None and whole.method in _WHOLE_TEXT_METHODS:
            number, line = _first_line(document.text)  # a license pasted whole: its title
            named.append((number, line, whole))
        named.extend(_labelled(document.text, db))
        seen: set[str | None] = set()
        for number, line, match in named:
            if match.id not in seen:
                seen.add(match.id)
                claims.append(CardClaim(match, Evidence(document.path, number, line)))
    return claims


# A document identified as a whole names a license only as a full text, not as a pointer
# (a pointer is read sentence by sentence, where a sentence about the data is left out).
_WHOLE_TEXT_METHODS = frozenset(
    {
        "text-exact",
        "text-similar",
        "text-modified",
        "text-derived",
        "text-title-known",
        "text-family-version",
    }
)
_SENTENCE_BREAK = re.compile(r";|(?<=[.!?])\s+")
_ABOUT_OTHER_WORK = re.compile(
    r"\b(?:data(?:sets?)?|corpus|corpora|code(?:base)?|scripts?|software|space|demo)\b", re.I
)
_ABOUT_MODEL = re.compile(r"\b(?:models?|weights?|checkpoints?|parameters)\b", re.IGNORECASE)


def _named_in_sentences(text: str, db: LicenseDB) -> list[tuple[int, str, LicenseMatch]]:
    """(line, line text, license) for each sentence naming a known license for the model."""
    from auditor.licenses.text.identify import identify_text  # costly: only for card prose

    named: list[tuple[int, str, LicenseMatch]] = []
    tried = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not _NAMES_A_LICENSE.search(line):
            continue
        for sentence in _SENTENCE_BREAK.split(line):
            if not _NAMES_A_LICENSE.search(sentence) or tried >= _MAX_NAMING_SENTENCES:
                continue
            if _ABOUT_OTHER_WORK.search(sentence) and not _ABOUT_MODEL.search(sentence):
                continue
            tried += 1
            match = identify_text(sentence, db=db).match
            if match is not None and match.id is not None:
                named.append((number, line.strip(), match))
    return named


def _first_line(text: str) -> tuple[int, str]:
    return next(
        ((n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()),
        (1, ""),
    )


_LABEL = re.compile(r"[\s>*+-]*(?:\*\*|__)?\s*licen[cs]e\s*(?:\*\*|__)?\s*:\s*(?P<value>.+)", re.I)
_MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*)[^)]*\)")


def _labelled(text: str, db: LicenseDB) -> list[tuple[int, str, LicenseMatch]]:
    """Label lines (`License: X`) whose value names a known license, by id, name or link."""
    found: list[tuple[int, str, LicenseMatch]] = []
    for number, line in enumerate(text.splitlines(), 1):
        label = _LABEL.fullmatch(line)
        if label is None:
            continue
        value = label.group("value")
        urls = [m.group("url") for m in _MARKDOWN_LINK.finditer(value)]
        name = _MARKDOWN_LINK.sub(lambda m: m.group("text"), value).strip(" *_`.")
        record = lookup_name(name, db) if name else None
        for url in urls:
            record = record or next(filter(None, map(db.lookup_link, _link_variants(url))), None)
        if record is not None:
            match = match_from_record(record, method="card-label", confidence=DECLARED_CONFIDENCE)
            found.append((number, line.strip(), match))
    return found


_MAX_NAMING_SENTENCES = 12
# Words without which a line cannot name a license (checked before identifying it).
_NAMES_A_LICENSE = re.compile(
    r"licen[cs]|agreement|terms|\b(?:cc|gpl|lgpl|agpl|mit|bsd|apache|mpl|rail|openrail)\b", re.I
)
