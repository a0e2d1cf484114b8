"""Identification from declared metadata: Hub tag, license_name/link, GGUF keys, SPDX."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.cc_elements import closest_cc_record
from auditor.licenses.declared_spdx import match_for, name_reference, spdx_reference
from auditor.licenses.expression import (
    combine_expressions,
    license_options,
    looks_like_expression,
    parse_expression,
)
from auditor.licenses.family_tags import FAMILY_PREFIX, family_match, family_records
from auditor.licenses.kind_record import kind_record
from auditor.licenses.names import lookup_name
from auditor.licenses.record_match import match_from_record as match_from_record  # re-exported
from auditor.licenses.record_match import unidentified as unidentified  # re-exported
from auditor.model import Category, Declared, Evidence, Finding, LicenseMatch, ParsedCard
from auditor.model.evidence import is_misplaced_origin
from auditor.model.kinds import least_restrictive, most_restrictive

DECLARED_CONFIDENCE = 0.8
"""A license named only by metadata: what the publisher says, not yet checked against a text."""

LINK_CONFIDENCE = 0.7
"""A license inferred from `license_link` alone."""

MISPLACED_CONFIDENCE = 0.65
"""A license named by a card metadata block the Hub does not read (`declared-misplaced`): what
the author meant, but not what the Hub shows; above LOW_CONFIDENCE, because the
`card-metadata-misplaced` finding already asks for review."""

FAMILY_VERSION_CONFIDENCE = 0.6
"""A Creative Commons version or port we have no record of, read after its variant's record."""

OTHER_TAGS = {"other", "unknown", "custom", "proprietary", ""}


def identify_declared(declared: Declared, db: LicenseDB) -> LicenseMatch | None:
    """The license the artifact's metadata declares, or None when it declares none.

    A declaration read from a card metadata block the Hub does not read gets its own method,
    `declared-misplaced`, and at most MISPLACED_CONFIDENCE.
    """
    match = _identify_declared(declared, db)
    if match is None or not is_misplaced_origin(declared.origin):
        return match
    return replace(
        match,
        method="declared-misplaced",
        confidence=min(match.confidence, MISPLACED_CONFIDENCE),
    )


def _identify_declared(declared: Declared, db: LicenseDB) -> LicenseMatch | None:
    tags = _tags(declared.license)
    if not tags:
        if declared.license_name or declared.license_link:
            return _identify_other(declared, db)
        return None
    if len(tags) > 1:
        # NOTE: a list-valued `license` on the Hub does not say whether both apply or the
        # user may choose; we read it as AND, the conservative choice.
        return combine_matches(
            [identify_tag(tag, declared, db) for tag in tags], "AND", "card-license-list"
        )
    return identify_tag(tags[0], declared, db)


def _tags(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(item).strip() for item in items if str(item).strip()]


def identify_tag(tag: str, declared: Declared, db: LicenseDB) -> LicenseMatch:
    """One Hub tag or SPDX expression, read with the other declared fields as context."""
    if tag.lower() in OTHER_TAGS:
        return _identify_other(declared, db)
    record = lookup_name(tag, db, context=declared_context(declared))
    if record is not None:
        return match_from_record(record, method="declared-tag", confidence=DECLARED_CONFIDENCE)
    if (variant := identify_cc_variant(tag, db, method="declared-tag")) is not None:
        return variant
    if (family := family_match(tag, db)) is not None:
        return family
    if (reference := spdx_reference(tag)) is not None:
        return match_for(reference, db, method="declared-tag", confidence=DECLARED_CONFIDENCE)
    shaped = _identify_shape(tag, db, "declared-tag-shape", declared_context(declared))
    if shaped is not None:
        return shaped  # `GPLv3`, `llama3.1 community license`: never an expression's shape
    if looks_like_expression(tag):
        parsed = parse_expression(tag)
        if parsed is not None and parsed.operator is not None and not _WITH.search(tag):
            parts = [identify_tag(key, Declared(), db) for key in parsed.keys]
            return combine_matches(parts, parsed.operator, "spdx-expression")
        if parsed is not None and len(parsed.keys) > 1:
            return _identify_mixture(tag, db)
        return unidentified(tag, method="spdx-expression-unsupported")
    return unidentified(tag, method="declared-tag-unknown")


def match_for_id(license_id: str, db: LicenseDB, *, method: str, confidence: float) -> LicenseMatch:
    """The license a single id of an identified expression names (`Zlib` in `Zlib OR MIT`):
    its curated record, else the Hub family or the ScanCode license it is, else unidentified."""
    record = db.get(license_id)
    if record is not None:
        return match_from_record(record, method=method, confidence=confidence)
    found = family_match(license_id.removeprefix(FAMILY_PREFIX), db)
    if found is None and (reference := spdx_reference(license_id)) is not None:
        found = match_for(reference, db, method=method, confidence=confidence)
    if found is None:
        return unidentified(license_id, method=method)
    return replace(found, method=method, confidence=min(confidence, found.confidence))


_OPERATOR = lazy_pattern(r"\s(?:and|or|with)\s|[()]", re.IGNORECASE)


def identify_cc_variant(name: str, db: LicenseDB, *, method: str) -> LicenseMatch | None:
    """A Creative Commons name no alias knows (`cc-by-nc-1.0`, `CC-BY-SA-3.0-DE`, `CC BY-NC
    2.5 CA`): its record when only the spelling is new, else a license of its own (a version
    or port we lack) derived from the closest record of the same elements, whose kind it
    takes; None when no record has its elements: another variant's kind is never borrowed."""
    if _OPERATOR.search(name):
        return None  # an expression: each of its ids is read on its own
    found = closest_cc_record(name, db)
    if found is None:
        return None
    record, itself = found
    if itself:
        return match_from_record(record, method=method, confidence=DECLARED_CONFIDENCE)
    slug = "-".join(re.findall(r"[a-z0-9]+", name.lower()))[:60]
    return replace(
        match_from_record(record, method=f"{method}-family-version", confidence=0.0),
        id=f"LicenseRef-{slug}",
        name=f"{name} (not in the database; closest known: {record.name})",
        spdx=None,
        scancode=None,
        hf=None,
        confidence=FAMILY_VERSION_CONFIDENCE,
        derived_from=record.id,
    )


def identify_expression(
    expression: str, db: LicenseDB, *, method: str, confidence: float, context: str = ""
) -> LicenseMatch:
    """A license id or SPDX expression (`Apache-2.0 OR MIT`) named in a document: each id
    through the alias table, else an SPDX id of ScanCode's LicenseDB (`Zlib`), combined as the
    expression says."""
    record = lookup_name(expression, db, context=(context,))
    if record is not None:
        return match_from_record(record, method=method, confidence=confidence)
    if (reference := spdx_reference(expression)) is not None:
        return match_for(reference, db, method=method, confidence=confidence)
    if (shaped := _identify_shape(expression, db, method, (context,))) is not None:
        return replace(shaped, confidence=min(confidence, shaped.confidence))
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


def _identify_shape(
    name: str, db: LicenseDB, method: str, context: tuple[str, ...]
) -> LicenseMatch | None:
    """A name read by its shape (`GPLv3`, `EUPL v1.2`), the last step before unidentified."""
    # Imported here: only a name no other step knows needs it (and its index of every name).
    from auditor.licenses.shape_match import identify_shape

    return identify_shape(name, db, method=method, context=context)


def _identify_mixture(tag: str, db: LicenseDB) -> LicenseMatch:
    """`(A OR B) AND C`: the options it offers, `(A AND C) OR (B AND C)`, each identified; an
    expression offering too many options stays unsupported (unknown: judged as such)."""
    offered = license_options(tag)
    if not offered.expanded:
        return unidentified(tag, method="spdx-expression-unsupported")
    options = [
        combine_matches([_identify_key(key, tag, db) for key in keys], "AND", "spdx-expression")
        for keys in offered.options
    ]
    if len(options) == 1:
        return options[0]
    return combine_matches(options, "OR", "spdx-expression")


_WITH = lazy_pattern(r"\s+WITH\s+", re.IGNORECASE)


def _identify_key(key: str, tag: str, db: LicenseDB) -> LicenseMatch:
    """One license of an expression's option. `A WITH exception` is read as A with the
    exception named: an exception only adds permissions (SPDX), so the license without it is
    the strictest reading; a key that is the whole tag again (nothing split) stays unidentified
    rather than being read once more."""
    parts = _WITH.split(key, maxsplit=1)
    if len(parts) == 2:
        base, exception = parts
        found = identify_tag(base.strip(), Declared(), db)
        if found.id is None:
            return unidentified(key, method="spdx-expression-unsupported")
        name = f"{found.name or found.id} (with {exception.strip()}, read without it)"
        return replace(found, name=name)
    if " ".join(key.split()).lower() == " ".join(tag.split()).lower():
        return unidentified(key, method="spdx-expression-unsupported")
    return identify_tag(key, Declared(), db)


def declared_context(declared: Declared) -> tuple[str, ...]:
    """The other declared fields (name, link, base models) that may name a generic name's vendor."""
    refs = (base.ref for base in declared.base_models)
    return tuple(v for v in (declared.license_name, declared.license_link, *refs) if v)


def _identify_other(declared: Declared, db: LicenseDB) -> LicenseMatch:
    """`license: other` (or none) with `license_name` / `license_link` beside it."""
    if declared.license_name:
        record = lookup_name(declared.license_name, db, context=declared_context(declared))
        if record is not None:
            return match_from_record(
                record, method="declared-license-name", confidence=DECLARED_CONFIDENCE
            )
        variant = identify_cc_variant(declared.license_name, db, method="declared-license-name")
        if variant is not None:
            return variant
        named = declared.license_name
        if (reference := spdx_reference(named) or name_reference(named)) is not None:
            return match_for(
                reference, db, method="declared-license-name", confidence=DECLARED_CONFIDENCE
            )
    if declared.license_link:
        record = db.lookup_link(declared.license_link)
        if record is not None:
            return match_from_record(
                record, method="declared-license-link", confidence=LINK_CONFIDENCE
            )
    if declared.license_name:
        method = "declared-license-name-shape"
        shaped = _identify_shape(declared.license_name, db, method, declared_context(declared))
        if shaped is not None:
            return shaped
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
        name=f" {operator} ".join(_part_name(m, operator) for m in matches),
        spdx=_join(operator, [m.spdx for m in matches]),
        scancode=_join(operator, [m.scancode for m in matches]),
        hf=None,
        kind=pick(m.kind for m in matches),
        confidence=min(m.confidence for m in matches),
        method=method,
    )


def _part_name(match: LicenseMatch, operator: str) -> str:
    """A part's name, in parentheses when it joins licenses with the other operator."""
    name = match.name or ""
    other = " OR " if operator == "AND" else " AND "
    return f"({name})" if other in name else name


def _join(operator: str, values: list[str | None]) -> str | None:
    if any(v is None for v in values):
        return None
    return combine_expressions([v for v in values if v], operator)


def binding_records(match: LicenseMatch | None, db: LicenseDB) -> list[LicenseRecord] | None:
    """The records whose terms all bind a model licensed under `match`, before any choice.

    One license: its record. `A AND B` (or a list of tags, or an expression too tangled to
    expand): every record, their terms combined most restrictive first. `A OR B`: none, since
    the licensee chooses and the policy judges each option (policy/choice.py). None when a
    license that binds has no record.
    """
    if match is None or match.id is None:
        return None
    record = db.get(match.id) or kind_record(match, db)
    if record is not None:
        return [record]
    if (members := family_records(match, db)) is not None:
        return members
    offered = license_options(match.id)
    if offered.is_choice:
        return []
    records = [db.get(key) for key in offered.options[0]]
    found = [r for r in records if r is not None]
    return found if found and len(found) == len(records) else None


# --- a list of tags the card offers as a choice --------------------------------------------------

LIST_CHOICE_METHOD = "card-license-list-choice"

# A sentence on licensing that leaves the licensee the choice between licenses. Only wordings
# that cannot describe a split ("code under A, weights under B") count: "dual-licensed" alone
# does not, since cards use it for both.
_CHOICE = lazy_pattern(
    r"\bat\s+(?:your|the\s+licensee'?s|the\s+user'?s|their)\s+(?:own\s+)?"
    r"(?:option|choice|election|discretion)\b"
    r"|\b(?:you|users?|licensees?|recipients?)\s+(?:may|can)\s+(?:choose|elect|select|pick)\b"
    r"|\bunder\s+(?:the\s+terms\s+of\s+)?either\b"
    r"|\beither\s+(?:of\s+)?(?:the\s+)?(?:following\s+|two\s+|these\s+)?licen[cs]es\b"
    # "pick whichever suits you", "as you prefer", "whichever you like"
    r"|\bpick\s+(?:whichever|either|one)\b|\bwhichever\s+(?:suits|you\s+(?:prefer|choose|like"
    r"|want|wish))\b|\bas\s+you\s+(?:prefer|choose|wish|like)\b",
    re.IGNORECASE,
)
_CHOICE_WORDS = (
    "option", "choice", "choose", "elect", "select", "pick", "discretion", "either", "whichever",
    "prefer",
)  # fmt: skip
_LINE_LIMIT = 2_000  # longer lines (tables, data) are no sentence on licensing


def choice_statement(body: str, first_line: int = 1) -> tuple[int, str] | None:
    """The line of a card's prose that offers the licensee a choice of licenses, with its
    1-based line in the file; None when no line does. Linear in the body: a line is matched
    only when it names a license and holds a word of choice."""
    lines = body.splitlines()
    for offset, line in enumerate(lines):
        if len(line) > _LINE_LIMIT:
            continue
        # a sentence hard-wrapped at the choice ("...; pick" / "whichever suits you"): the
        # line is read with the next one of its paragraph
        following = lines[offset + 1] if offset + 1 < len(lines) else ""
        joined = (
            f"{line} {following}" if following.strip() and len(following) <= _LINE_LIMIT else line
        )
        lower = joined.lower()
        if ("licen" not in line.lower()) or not any(w in lower for w in _CHOICE_WORDS):
            continue
        if _CHOICE.search(joined):
            return first_line + offset, line.strip()
    return None


def offered_as_choice(declared: Declared, db: LicenseDB) -> LicenseMatch | None:
    """A list-valued `license` read as the licensee's choice (`A OR B`), for a card whose prose
    offers one; None when the declaration is not a list of two or more tags."""
    tags = _tags(declared.license)
    if len(tags) < 2:
        return None
    parts = [identify_tag(tag, declared, db) for tag in tags]
    return combine_matches(parts, "OR", LIST_CHOICE_METHOD)


def read_list_choice(
    match: LicenseMatch | None,
    declared: Declared,
    card: ParsedCard | None,
    card_path: str,
    db: LicenseDB,
) -> tuple[LicenseMatch | None, list[Finding]]:
    """A list of license tags is AND (all apply) unless the card's prose offers them as a
    choice ("at your option"): then `A OR B`, with the sentence as a `card-license-choice`
    finding. Anything else is returned as it is."""
    if match is None or match.method != "card-license-list" or card is None:
        return match, []
    said = choice_statement(card.body, card.body_line)
    offered = offered_as_choice(declared, db) if said is not None else None
    if said is None or offered is None or offered.id is None:
        return match, []
    line, text = said
    finding = Finding(
        rule="card-license-choice",
        category=Category.LICENSE,
        severity=observed_severity("card-license-choice"),
        message=f"the card lists {offered.name} and its text offers them as a choice: read as "
        f"{offered.id}, each option judged",
        evidence=(Evidence(card_path, line, text),),
    )
    return offered, [finding]
