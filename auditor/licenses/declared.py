"""Identification from declared metadata: Hub tag, license_name/link, GGUF keys, SPDX."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.expression import (
    combine_expressions,
    looks_like_expression,
    parse_expression,
)
from auditor.licenses.names import lookup_name
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseFile,
    LicenseMatch,
    Severity,
)
from auditor.model.kinds import least_restrictive, most_restrictive, parse_kind
from auditor.sources.declared import DeclaredPiece

if TYPE_CHECKING:
    from auditor.licenses.text.identify import TextIdentification

DECLARED_CONFIDENCE = 0.8
"""A license named only by metadata: what the publisher says, not yet checked against a text."""

LINK_CONFIDENCE = 0.7
"""A license inferred from `license_link` alone."""

_OTHER_TAGS = {"other", "unknown", "custom", "proprietary", ""}


def match_from_record(record: LicenseRecord, *, method: str, confidence: float) -> LicenseMatch:
    """A LicenseMatch carrying a record's identity."""
    return LicenseMatch(
        id=record.id,
        name=record.name,
        spdx=record.spdx,
        scancode=record.scancode,
        hf=record.hf,
        kind=parse_kind(record.kind),
        confidence=confidence,
        method=method,
    )


def unidentified(name: str | None, *, method: str) -> LicenseMatch:
    """A license that was named but is not in the database."""
    return LicenseMatch(
        id=None,
        name=name,
        spdx=None,
        scancode=None,
        hf=None,
        kind=None,
        confidence=0.0,
        method=method,
    )


def identify_declared(declared: Declared, db: LicenseDB) -> LicenseMatch | None:
    """The license the artifact's metadata declares, or None when it declares none."""
    tags = _tags(declared.license)
    if not tags:
        if declared.license_name or declared.license_link:
            return _identify_other(declared, db)
        return None
    if len(tags) > 1:
        # NOTE: a list-valued `license` on the Hub does not say whether both apply or the
        # user may choose; we read it as AND, the conservative choice.
        return combine_matches(
            [_identify_tag(tag, declared, db) for tag in tags], "AND", "card-license-list"
        )
    return _identify_tag(tags[0], declared, db)


def _tags(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(item).strip() for item in items if str(item).strip()]


def _identify_tag(tag: str, declared: Declared, db: LicenseDB) -> LicenseMatch:
    if tag.lower() in _OTHER_TAGS:
        return _identify_other(declared, db)
    record = lookup_name(tag, db, context=_context(declared))
    if record is not None:
        return match_from_record(record, method="declared-tag", confidence=DECLARED_CONFIDENCE)
    if looks_like_expression(tag):
        parsed = parse_expression(tag)
        if parsed is not None and parsed.operator is not None:
            parts = [_identify_tag(key, Declared(), db) for key in parsed.keys]
            return combine_matches(parts, parsed.operator, "spdx-expression")
        return unidentified(tag, method="spdx-expression-unsupported")
    return unidentified(tag, method="declared-tag-unknown")


def identify_expression(
    expression: str, db: LicenseDB, *, method: str, confidence: float, context: str = ""
) -> LicenseMatch:
    """A license id or SPDX expression (`Apache-2.0 OR MIT`) named in a document: each id
    through the alias table, combined as the expression says."""
    record = lookup_name(expression, db, context=(context,))
    if record is not None:
        return match_from_record(record, method=method, confidence=confidence)
    parsed = parse_expression(expression)
    if parsed is None or (parsed.operator is None and len(parsed.keys) > 1):
        return unidentified(expression, method=method)
    if parsed.operator is None:
        return unidentified(parsed.rendered, method=method)
    parts = [
        identify_expression(key, db, method=method, confidence=confidence, context=context)
        for key in parsed.keys
    ]
    return combine_matches(parts, parsed.operator, method)


def _context(declared: Declared) -> tuple[str, ...]:
    """The other declared fields, where a vendor may be named beside a generic license name."""
    return tuple(v for v in (declared.license_name, declared.license_link) if v)


def _identify_other(declared: Declared, db: LicenseDB) -> LicenseMatch:
    """`license: other` (or none) with `license_name` / `license_link` beside it."""
    if declared.license_name:
        record = lookup_name(declared.license_name, db, context=_context(declared))
        if record is not None:
            return match_from_record(
                record, method="declared-license-name", confidence=DECLARED_CONFIDENCE
            )
    if declared.license_link:
        record = db.lookup_link(declared.license_link)
        if record is not None:
            return match_from_record(
                record, method="declared-license-link", confidence=LINK_CONFIDENCE
            )
    name = declared.license_name or declared.license_link
    return unidentified(name, method="declared-other")


def combine_matches(parts: Iterable[LicenseMatch], operator: str, method: str) -> LicenseMatch:
    """Licenses that apply together (AND: the most restrictive kind) or as a choice (OR)."""
    matches = list(parts)
    if any(m.id is None for m in matches):
        return unidentified(
            f" {operator} ".join(m.name or m.id or "?" for m in matches), method=method
        )
    pick = most_restrictive if operator == "AND" else least_restrictive
    return LicenseMatch(
        id=combine_expressions([m.id or "" for m in matches], operator),
        name=f" {operator} ".join(m.name or "" for m in matches),
        spdx=_join(operator, [m.spdx for m in matches]),
        scancode=_join(operator, [m.scancode for m in matches]),
        hf=None,
        kind=pick(m.kind for m in matches),
        confidence=min(m.confidence for m in matches),
        method=method,
    )


def _join(operator: str, values: list[str | None]) -> str | None:
    if any(v is None for v in values):
        return None
    return combine_expressions([v for v in values if v], operator)


# --- conflicts between the metadata's own values, and with the card's prose --------------------

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
    if not value or value.lower() in _OTHER_TAGS:
        return None
    if piece.role == "link":
        record = next(filter(None, map(db.lookup_link, _link_variants(value))), None)
        if record is None:
            return None  # a link to the repo's own LICENSE file, or a page we do not know
        return match_from_record(record, method="declared-license-link", confidence=LINK_CONFIDENCE)
    record = lookup_name(value, db, context=_context(declared))
    if record is not None:
        return match_from_record(record, method="declared-tag", confidence=DECLARED_CONFIDENCE)
    if piece.role == "tag" and looks_like_expression(value):
        return _identify_tag(value, Declared(), db)
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
        severity=Severity.WARN,
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
        severity=Severity.WARN,
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
