"""Reads what a license document's own title names: family, version and date.

A step of text identification (`identify`): it renames a text matched to another version of
its family, names an unknown text after the record its title names. Its version, date and
variant words (`Research`, `Acceptable Use Policy`, CC's `NonCommercial`) decide: a record
disagreeing with one is never named; a text no record agrees with is a license of its own,
derived from the closest record of its own variant (none: unidentified).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.cc_elements import elements_agree
from auditor.licenses.declared import match_from_record, unidentified
from auditor.licenses.names import (
    distinctive,
    is_blocked,
    marks_disagree,
    names_family,
    record_names,
    record_words,
    words,
)
from auditor.licenses.text.own_name import derived_match
from auditor.licenses.text.title_shapes import versions_in
from auditor.model import LicenseMatch

FAMILY_VERSION_CONFIDENCE = 0.6
"""The text is close to a known license but its title names another version or date."""

TITLE_KNOWN_CONFIDENCE = 0.5
"""The text is unknown but its title names a license the database has."""

TITLE_FAMILY_CONFIDENCE = 0.4
"""The text is unknown; its title names a known family with a version or date we do not have."""


def identify_family_version(
    title: str | None, date: str | None, match: LicenseMatch, db: LicenseDB
) -> LicenseMatch | None:
    """A text matched to a record whose own title names another version, date or variant
    (`Research`, `Acceptable Use Policy`) of its family: the sibling agreeing with the text's
    version, date and words, else a license of its own derived from the matched record."""
    record = db.get(match.id or "")
    if title is None or record is None or not _title_names_family(title, record):
        return None
    seen = versions_in(title)
    version_conflict = bool(seen) and not seen & record_versions(record)
    date_conflict = _dates_conflict(date, record.date)
    variant_conflict = not _variant_agrees(title, record) or letters_disagree(title, record)
    if not version_conflict and not date_conflict and not variant_conflict:
        return None
    siblings = [
        r
        for r in db.records.values()
        if r.family == record.family
        and r.id != record.id
        and _is_policy(r) == _is_policy(record)
        and agrees_with_text(r, title, seen, date, db)
        and not told_apart(title, record, r)
    ]
    if siblings:
        chosen = max(siblings, key=lambda r: _title_similarity(title, r))
        return _renamed(
            chosen, f"{chosen.name} (text close to {record.name})", FAMILY_VERSION_CONFIDENCE
        )
    name = _family_version_name(title, seen, date, record)
    return own_version(name, title, record, FAMILY_VERSION_CONFIDENCE, db)


def identify_sibling_version(
    title: str | None,
    date: str | None,
    match: LicenseMatch,
    db: LicenseDB,
    indexed: Collection[str],
    text: str = "",
) -> LicenseMatch | None:
    """A changed copy of a record (text-modified) whose title and date fit a sibling without
    a reference (not in `indexed`) as well: the text's own commercial use decides when exactly
    one states the same (named below the review line); else its own title names it."""
    record = db.get(match.id or "")
    if title is None or record is None or not _title_names_family(title, record):
        return None
    seen = versions_in(title)
    ambiguous = [
        r
        for r in db.records.values()
        if r.family == record.family
        and r.id != record.id
        and r.id not in indexed
        and _is_policy(r) == _is_policy(record)
        and agrees_with_text(r, title, seen, date, db)
        and not told_apart(title, record, r)
    ]
    if not ambiguous:
        return None
    agreeing = agreeing_on_commercial_use(text, [record, *ambiguous])
    if agreeing is record:
        return None  # the matched record changed: its own terms say what the text says
    if agreeing is not None:
        return _renamed(
            agreeing, f"{agreeing.name} (text close to {record.id})", FAMILY_VERSION_CONFIDENCE
        )
    others = ", ".join(sorted(r.id for r in ambiguous))
    name = f"{title} (a changed copy of {record.id}, or another version of it: {others})"
    return own_version(name, title, record, match.confidence, db, named=False)


def told_apart(title: str, matched: LicenseRecord, sibling: LicenseRecord) -> bool:
    """Whether the title names the matched record with a word the sibling's names lack
    (`Llama Code Acceptable Use Policy`: `code`, not in Llama 3.2's names)."""
    return bool(distinctive(title) & record_words(matched) - record_words(sibling))


def agreeing_on_commercial_use(
    text: str, candidates: Sequence[LicenseRecord]
) -> LicenseRecord | None:
    """The one candidate whose commercial use the text itself states (term extraction)."""
    stated = {c.terms["commercial_use"].value for c in candidates if "commercial_use" in c.terms}
    if not text or len(stated) < 2:
        return None  # the candidates do not differ on it: nothing to decide by
    from auditor.licenses.terms.extract import extract_terms  # rare path: loaded on use

    said = extract_terms(text)["commercial_use"].value
    if said is None:
        return None
    agreeing = [
        c
        for c in candidates
        if "commercial_use" in c.terms and c.terms["commercial_use"].value == said
    ]
    return agreeing[0] if len(agreeing) == 1 else None


def agrees_with_text(
    record: LicenseRecord, title: str, seen: set[str], date: str | None, db: LicenseDB
) -> bool:
    """Whether a record may be the text: no version or date of the text's disagrees with it,
    its name carries the same variant words (`Research`, `Use Policy`); a policy titled by its
    license carries that license's version."""
    if seen and not seen & _versions_with_licenses(record, db):
        return False
    if _dates_conflict(date, record.date) or letters_disagree(title, record):
        return False
    if marks_disagree(title, record):
        return False  # `RAIL++-M` for a record of `RAIL-M`, or the reverse
    return _variant_agrees(title, record, ignore=_license_variant_words(record, db))


def _policy_licenses(record: LicenseRecord, db: LicenseDB) -> list[LicenseRecord]:
    """The licenses of its family a use policy is related to (none for a license)."""
    if not _is_policy(record):
        return []
    found = (db.get(related) for related in record.related)
    return [r for r in found if r is not None and r.family == record.family and not _is_policy(r)]


def _versions_with_licenses(record: LicenseRecord, db: LicenseDB) -> set[str]:
    """A record's versions; a use policy's also those of the licenses it is related to."""
    return record_versions(record).union(
        *(record_versions(r) for r in _policy_licenses(record, db))
    )


def _license_variant_words(record: LicenseRecord, db: LicenseDB) -> frozenset[str]:
    """For a use policy, its licenses' variant words (its title may carry them); else none."""
    return frozenset().union(
        *(variant_words(n) for r in _policy_licenses(record, db) for n in record_names(r))
    )


def own_version(
    name: str,
    title: str,
    record: LicenseRecord,
    confidence: float,
    db: LicenseDB,
    *,
    named: bool = True,
) -> LicenseMatch:
    """A text of a known family whose version, date or variant no record has: a license of
    its own named by its title, derived from the closest record, never that record's id."""
    own = derived_match(title, record, confidence, db, licensor=None, named=named)
    return replace(own, name=name, method="text-family-version")


_VARIANT_WORD = compile_pattern(
    r"research|community|commercial|non|acceptable|prohibited|use|usage|polic|model"
    r"|evaluation|personal|academic|enterprise"
)
_VARIANT_SPELLING = {"noncommercial": ("non", "commercial"), "policies": ("polic",)}


def variant_words(name: str) -> frozenset[str]:
    """The words of a license name telling a family's variants apart: `research`, `non`+
    `commercial`, `acceptable`+`use`+`polic`, `model` (plurals folded)."""
    found: set[str] = set()
    for word in words(name):
        parts = _VARIANT_SPELLING.get(word, (word.removesuffix("s"),))
        found.update(p if p != "policy" else "polic" for p in parts)
    return frozenset(w for w in found if _VARIANT_WORD.fullmatch(w))


def _variant_agrees(
    title: str, record: LicenseRecord, *, ignore: frozenset[str] = frozenset()
) -> bool:
    """Whether one of the record's names carries exactly the title's variant words (but
    those in `ignore`, when the record's names lack them) and CC elements (`BY-NC-SA`)."""
    own = variant_words(title)
    return elements_agree(title, record) and any(
        variant_words(name) == own or variant_words(name) == own - ignore
        for name in record_names(record)
    )


def identify_by_title(
    title: str | None, date: str | None, db: LicenseDB, *, context: str = ""
) -> LicenseMatch | None:
    """For a text we do not know: the record its title names (text-title-known), the closest
    record of the family it names (text-family-version), else "unidentified" with the title.
    A generic title ("Modified MIT License") names a vendor's record only when `context` (the
    document) names that vendor."""
    if title is None:
        return None
    own = distinctive(title)
    overlaps = {
        record.id: len(shared) / len(own)
        for record in db.records.values()
        if own and not is_blocked(title, record, db, context=(context,))
        # one word describing what a licence allows names no family beside a word of the
        # title's own: "Ochre Permissive Licence" is no CDLA-Permissive text, "Kauri Creative
        # Licence" no Creative Commons one ("Creative Commons Attribution" is)
        if names_family(own, shared := own & record_words(record))
    }
    best_overlap = max(overlaps.values(), default=0.0)
    if best_overlap < 0.5:
        return unidentified(title, method="text-title")
    best = [db.records[rid] for rid, overlap in overlaps.items() if overlap == best_overlap]
    similarity = {r.id: _title_similarity(title, r) for r in best}
    top = max(similarity.values())
    pool = [r for r in best if similarity[r.id] >= top - 10]
    seen = versions_in(title)
    # the title's own version, date and variant words decide between the family's records
    agreeing = [r for r in pool if agrees_with_text(r, title, seen, date, db)] or [
        r for r in best if agrees_with_text(r, title, seen, date, db)
    ]
    if len(agreeing) == 1 and best_overlap == 1.0:
        record = agreeing[0]
        return _renamed(record, record.name, TITLE_KNOWN_CONFIDENCE, method="text-title-known")
    if agreeing:
        chosen = _latest(agreeing)
        return _renamed(
            chosen,
            f"{title} (version not stated; taken as {chosen.name})",
            TITLE_FAMILY_CONFIDENCE,
        )
    # a version we lack is read after the closest record of its variant words and CC elements
    wider = [db.records[i] for i, overlap in overlaps.items() if overlap >= 0.5]
    same = [r for r in pool if _same_variant(title, r, db)] or [
        r for r in wider if _same_variant(title, r, db)
    ]
    if not same:
        return unidentified(f"{title} (this variant is not in the database)", method="text-title")
    chosen = _closest_version(same, seen)
    name = _family_version_name(title, seen, date, chosen)
    return own_version(name, title, chosen, TITLE_FAMILY_CONFIDENCE, db)


def _same_variant(title: str, record: LicenseRecord, db: LicenseDB) -> bool:  # any version
    return _variant_agrees(title, record, ignore=_license_variant_words(record, db))


def _renamed(
    record: LicenseRecord, name: str, confidence: float, *, method: str = "text-family-version"
) -> LicenseMatch:
    return replace(match_from_record(record, method=method, confidence=confidence), name=name)


def _family_version_name(
    title: str, seen: set[str], date: str | None, record: LicenseRecord
) -> str:
    if seen and not seen & record_versions(record):
        what = f"version {', '.join(sorted(seen))} is not in the database"
    elif _dates_conflict(date, record.date):
        what = f"dated {date}, the database has {record.date}"
    elif not _variant_agrees(title, record) or letters_disagree(title, record):
        what = "this variant is not in the database"
    else:
        what = "not in the database"
    return f"{title} ({what}; closest known: {record.name})"


_LETTER_MARK = compile_pattern(r"([^\W\d_]{2,})(?:\+\+|\+)?-([^\W\d_])(?![\w+])")


def letter_marks(name: str) -> set[tuple[str, str]]:
    """The letters a name hangs on a word to tell a family's variants apart, lowercase:
    `OpenRAIL-S` -> (openrail, s), `Open RAIL++-M` -> (rail, m)."""
    return {(base.lower(), letter.lower()) for base, letter in _LETTER_MARK.findall(name)}


def letters_disagree(title: str, record: LicenseRecord) -> bool:
    """Whether the title hangs another letter on a word the record's names mark (`RAIL-S`
    for a record whose marked names say `RAIL-M`): a sibling or its own, never this record."""
    if "-" not in title:
        return False
    known = record_letters(record)
    if not known:
        return False  # the record's names hang no letter: nothing to disagree with
    for base, letter in letter_marks(title):
        letters = {k for b, k in known if b.endswith(base) or base.endswith(b)}
        if letters and letter not in letters:
            return True
    return False


_letters_cache: dict[int, tuple[LicenseRecord, frozenset[tuple[str, str]]]] = {}


def record_letters(record: LicenseRecord) -> frozenset[tuple[str, str]]:
    """The letter marks of a record's names, once per record (keyed by identity, checked)."""
    hit = _letters_cache.get(id(record))
    if hit is None or hit[0] is not record:
        if len(_letters_cache) > 4096:  # records of many databases (tests load several)
            _letters_cache.clear()
        marks = frozenset().union(*(letter_marks(name) for name in record_names(record)))
        hit = _letters_cache[id(record)] = (record, marks)
    return hit[1]


def record_versions(record: LicenseRecord) -> set[str]:
    """Every version a record's id, name, aliases and version field name."""
    names = [record.id, record.name, *record.aliases, record.version or ""]
    return set().union(*(versions_in(name.replace("-", " ")) for name in names))


def _masked(text: str) -> str:
    return " ".join(w for w in words(text) if not w[0].isdigit())


def _title_similarity(title: str, record: LicenseRecord) -> float:
    masked = _masked(title)
    return max(fuzz.token_sort_ratio(masked, _masked(name)) for name in record_names(record))


def _title_names_family(title: str, record: LicenseRecord) -> bool:
    return bool(distinctive(title) & record_words(record))


def _is_policy(record: LicenseRecord) -> bool:
    return record.kind == "acceptable-use-policy"


def dates_agree(seen: str | None, known: str | None) -> bool:
    """Both dates given and one a prefix of the other (2024-05 agrees with 2024-05-21)."""
    return seen is not None and known is not None and not _dates_conflict(seen, known)


def _dates_conflict(seen: str | None, known: str | None) -> bool:
    """Both dates given and neither a prefix of the other (2024-05 agrees with 2024-05-21)."""
    if seen is None or known is None:
        return False
    return not (seen.startswith(known) or known.startswith(seen))


def _version_key(record: LicenseRecord) -> tuple[int, ...] | None:
    version = record.version or next(iter(sorted(versions_in(record.name))), None)
    if version is None:
        return None
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _closest_version(records: Iterable[LicenseRecord], seen: set[str]) -> LicenseRecord:
    """The latest record at or below the seen version, else the earliest above it."""
    pool = sorted(records, key=lambda r: r.id)
    target = max((tuple(int(p) for p in v.split(".")) for v in seen), default=None)
    keyed = [(key, r) for r in pool if (key := _version_key(r)) is not None]
    if target is None or not keyed:
        return _latest(pool)
    below = [(key, r) for key, r in keyed if key <= target]
    if below:
        return max(below, key=lambda item: item[0])[1]
    return min(keyed, key=lambda item: item[0])[1]


def _latest(records: Iterable[LicenseRecord]) -> LicenseRecord:
    return max(records, key=lambda r: (_version_key(r) or (), r.date or "", r.id))
