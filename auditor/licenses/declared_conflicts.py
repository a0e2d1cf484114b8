"""Conflicts in what a model declares: its metadata's own values (`license` vs `license_name`
/ `license_link`, a duplicate or differently-cased key, the GGUF header beside the card) and
the licenses its card's prose names. Each conflict is a finding quoting both, and the most
restrictive license named is the declaration that binds (fail closed). A license key read
only once folded (`licence`, an invisible character) is a finding of its own. The card's
prose claims are read in card_claims.py (re-exported here). A use policy the declared license
incorporates (`license: gemma` beside "the Gemma Prohibited Use Policy") is part of that license,
not a second one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.card_claims import MODIFIED_CLAIM, CardClaim, card_claims, link_variants
from auditor.licenses.declared import (
    DECLARED_CONFIDENCE,
    LINK_CONFIDENCE,
    MISPLACED_CONFIDENCE,
    OTHER_TAGS,
    combine_matches,
    declared_context,
    identify_declared,
    identify_tag,
    match_from_record,
    unidentified,
)
from auditor.licenses.expression import looks_like_expression
from auditor.licenses.names import is_vendor_record, lookup_name, names_in_full
from auditor.model import (
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
)
from auditor.model.evidence import LICENSE_KEYS, DeclaredPiece
from auditor.model.kinds import LicenseKind, most_restrictive
from auditor.model.license_words import fold_key, shown_key

__all__ = ["CardClaim", "DeclaredReading", "card_claims", "reconcile_declared"]

_WHY = {
    "declared": "",
    "key-case": " (a key that differs from `license` only in case; the Hub reads `license`)",
    "duplicate": " (a duplicate key: YAML keeps the last value and hides this one)",
    "gguf": " (the GGUF header)",
    "tags": " (a `license:` item of `tags`)",
}


@dataclass(frozen=True, slots=True)
class DeclaredReading:
    """The declared license the audit goes on with, and the conflicts that shaped it."""

    match: LicenseMatch | None
    findings: tuple[Finding, ...] = ()


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
    variants = _key_variants(pieces, anchor, main, declared, db)
    if claims and _names_none(main, declared):
        return _claimed(claims, variants)
    if main is None or main.id is None or anchor is None:
        return DeclaredReading(main, variants)
    parts = [main]
    findings: list[Finding] = list(variants)
    for piece in pieces:
        if piece is anchor:
            continue
        if piece.source == "declared" and piece.role == "tag":
            continue  # a list-valued `license` is read as AND already
        other = _identify_piece(piece, declared, db)
        if other is None or _denotes(main, other) or any(_denotes(p, other) for p in parts):
            continue
        parts.append(other)
        if piece.source != "key-variant":  # the key's own finding names both values
            findings.append(_conflict(piece, anchor, main, other))
    for claim in claims:
        if _denotes(main, claim.match) or any(_denotes(p, claim.match) for p in parts):
            continue
        if _list_combined(main, claim.match):
            continue  # the card's text says how the listed licenses combine (read_list_choice)
        if _incorporated_policy(main, claim.match, db):
            continue  # the declared license's own use policy: part of it, no second license
        if _variant_of(main, claim.match, db):
            continue  # "a modified MIT licence" beside the vendor's modified MIT declared
        parts.append(claim.match)
        findings.append(_claim_conflict(claim, anchor, main))
    if len(parts) == 1:
        return DeclaredReading(main, variants)
    return DeclaredReading(_stricter(parts), tuple(findings))


_PLACEHOLDER_TAGS = frozenset({"other", "unknown", ""})
"""Tags that say only "see elsewhere". `proprietary`, `custom` or `none` say something of the
terms themselves (stricter than any license a card's text may name): they are not replaced."""


def _names_none(main: LicenseMatch | None, declared: Declared) -> bool:
    """The metadata names no license: none declared, or only a placeholder tag (`other`,
    `unknown`) with no name or link behind it. A name the auditor does not know is not
    this: it names a license, which stays unidentified (fail closed)."""
    if main is None:
        return True
    tag = declared.license
    return (
        main.id is None
        and isinstance(tag, str)
        and tag.strip().lower() in _PLACEHOLDER_TAGS
        and not declared.license_name
        and not declared.license_link
    )


def _claimed(claims: Sequence[CardClaim], variants: tuple[Finding, ...]) -> DeclaredReading:
    """The metadata names no license and the card's own text does: the most restrictive
    license it names is the declaration (at the confidence of metadata found out of its
    place), and `license-not-declared` quotes the line, since the Hub shows no license."""
    kind = most_restrictive(claim.match.kind for claim in claims)
    claim = next((c for c in claims if c.match.kind == kind), claims[0])
    match = replace(claim.match, confidence=min(claim.match.confidence, MISPLACED_CONFIDENCE))
    named = match.name or match.id
    finding = Finding(
        rule="license-not-declared",
        category=Category.LICENSE,
        severity=observed_severity("license-not-declared"),
        message=f"no license is declared in the metadata; the card's text names {named} for "
        "the model, which is read as its license",
        evidence=(claim.evidence,),
        remediation="ask the publisher to declare the license in the card's `license:` field",
    )
    return DeclaredReading(match, (*variants, finding))


def _key_variants(
    pieces: Sequence[DeclaredPiece],
    anchor: DeclaredPiece | None,
    main: LicenseMatch | None,
    declared: Declared,
    db: LicenseDB,
) -> tuple[Finding, ...]:
    """One finding per license key read only once folded (`licence`, `License` alone, a key
    with an invisible character): the Hub does not read it."""
    findings: list[Finding] = []
    seen: set[str] = set()
    for piece in pieces:
        folded = fold_key(piece.key)
        if piece.source not in ("declared", "key-variant") or piece.key == folded:
            continue
        if piece.key in seen or folded not in LICENSE_KEYS:
            continue
        seen.add(piece.key)
        values = ", ".join(p.value for p in pieces if p.key == piece.key)
        said = f"`{shown_key(piece.key)}` is read as `{folded}` ({values})"
        if piece.source == "declared":
            message = f"the card has no `{folded}` key; {said}, but the Hub does not read it"
            evidence: tuple[Evidence, ...] = (piece.evidence,)
        else:
            other = _identify_piece(piece, declared, db)
            message = f"{said} beside `{anchor.key if anchor else folded}`, which the Hub reads"
            named = main is not None and main.id is not None and other is not None
            if named and main is not None and other is not None and not _denotes(main, other):
                message += (
                    f"; it names {other.name or other.id} where the metadata declares "
                    f"{main.name or main.id}: the more restrictive is read as binding"
                )
            evidence = (anchor.evidence, piece.evidence) if anchor else (piece.evidence,)
        findings.append(
            Finding(
                rule="card-license-key-variant",
                category=Category.MISMATCH,
                severity=observed_severity("card-license-key-variant"),
                message=message,
                evidence=evidence,
                remediation=f"ask the publisher to declare the license once, under the exact key"
                f" `{folded}`, so the Hub shows it; until then the stricter license named binds",
            )
        )
    return tuple(findings)


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
        record = next(filter(None, map(db.lookup_link, link_variants(value))), None)
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


def _denotes(main: LicenseMatch, other: LicenseMatch) -> bool:
    """Does `main` (maybe an AND/OR expression) already name the license `other` names?"""
    if other.id is None:
        return main.id is None and (main.name or "").lower() == (other.name or "").lower()
    if main.id is None:
        return False
    ids = set(main.id.replace("(", " ").replace(")", " ").split())
    return other.id == main.id or other.id in ids


def _list_combined(main: LicenseMatch, other: LicenseMatch) -> bool:
    """Whether `other` joins exactly the licenses of a list-valued `license` (read as AND, the
    Hub saying nothing of how they combine) by another operator: "Apache-2.0 or MIT, at your
    option" for `license: [apache-2.0, mit]` says how the list combines, it names no other
    license (`declared.read_list_choice` reads the choice from the card's prose)."""
    if main.method != "card-license-list" or main.id is None or other.id is None:
        return False
    return other.id != main.id and _license_ids(other.id) == _license_ids(main.id)


def _license_ids(expression: str) -> frozenset[str]:
    words = expression.replace("(", " ").replace(")", " ").split()
    return frozenset(w for w in words if w not in {"AND", "OR", "WITH"})


def _incorporated_policy(main: LicenseMatch, other: LicenseMatch, db: LicenseDB) -> bool:
    """Is `other` a use policy the declared license incorporates (the Gemma Terms and the
    Gemma Prohibited Use Policy, a Llama license and its Acceptable Use Policy)? A card naming
    both names one set of terms: the policy binds through the license, not beside it."""
    if main.id is None or other.id is None or other.kind is not LicenseKind.ACCEPTABLE_USE_POLICY:
        return False
    record, policy = db.get(main.id), db.get(other.id)
    if record is None or policy is None:
        return False
    term = record.terms.get("acceptable_use_policy_incorporated")
    if term is None or term.value is not True:
        return False
    return (
        policy.id in record.related
        or record.id in policy.related
        or (policy.family == record.family)
    )


def _variant_of(main: LicenseMatch, claim: LicenseMatch, db: LicenseDB) -> bool:
    """Does the card name, as modified, the license the declared vendor license modifies?"""
    if claim.method != MODIFIED_CLAIM or main.id is None or claim.id is None:
        return False
    record, base = db.get(main.id), db.get(claim.id)
    if record is None or base is None or not is_vendor_record(record):
        return False
    return names_in_full(record.name, base)


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
