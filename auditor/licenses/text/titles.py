"""Reads what a license document's own title names: family, version and date.

A step of text identification (`identify`): it renames a text matched to another version of
the same family, and names an unknown text after the record its title names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared import match_from_record, unidentified
from auditor.licenses.names import (
    LETTER_DIGIT,
    distinctive,
    is_blocked,
    record_names,
    record_words,
    words,
)
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
    """A text matched to a record whose own title names another version or date of the same
    family: the sibling record with that version, or the matched record with a note."""
    record = db.get(match.id or "")
    if title is None or record is None or not _title_names_family(title, record):
        return None
    seen = versions_in(title)
    version_conflict = bool(seen) and not seen & record_versions(record)
    date_conflict = _dates_conflict(date, record.date)
    if not version_conflict and not date_conflict:
        return None
    siblings = [
        r
        for r in db.records.values()
        if r.family == record.family and _is_policy(r) == _is_policy(record)
    ]
    same_version = [r for r in siblings if seen & record_versions(r)] if version_conflict else []
    if same_version:
        chosen = max(same_version, key=lambda r: _title_similarity(title, r))
        name = f"{chosen.name} (text close to {record.name})"
    else:
        chosen = record
        name = _family_version_name(title, seen, date, record)
    return _renamed(chosen, name, FAMILY_VERSION_CONFIDENCE)


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
        record.id: len(own & record_words(record)) / len(own)
        for record in db.records.values()
        if own and not is_blocked(title, record, db, context=(context,))
    }
    best_overlap = max(overlaps.values(), default=0.0)
    if best_overlap < 0.5:
        return unidentified(title, method="text-title")
    pool = [db.records[rid] for rid, overlap in overlaps.items() if overlap == best_overlap]
    similarity = {r.id: _title_similarity(title, r) for r in pool}
    top = max(similarity.values())
    pool = [r for r in pool if similarity[r.id] >= top - 10]
    seen = versions_in(title)
    agreeing = [
        r
        for r in pool
        if (not seen or seen & record_versions(r)) and not _dates_conflict(date, r.date)
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
    chosen = _closest_version(pool, seen)
    return _renamed(
        chosen, _family_version_name(title, seen, date, chosen), TITLE_FAMILY_CONFIDENCE
    )


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
    else:
        what = "not in the database"
    return f"{title} ({what}; closest known: {record.name})"


_VERSION = re.compile(r"(?<![\w.])(\d+(?:\.\d+)*)(?![\w.]*[^\W\d_])")
_YEAR = re.compile(r"(?:19|20)\d\d")


def versions_in(text: str) -> set[str]:
    """Version numbers named in a title or name (`Llama 3.1` -> 3.1, `Qwen2.5` -> 2.5), without
    model sizes (`11B`), years, or trailing `.0` (`1.0` -> 1)."""
    spaced = LETTER_DIGIT.sub(" ", text.lower())
    found = set()
    for number in _VERSION.findall(spaced):
        if _YEAR.fullmatch(number):
            continue
        while number.endswith(".0"):
            number = number[: -len(".0")]
        found.add(number)
    return found


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
