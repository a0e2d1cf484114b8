"""The Hub's license tags that name a family (`gpl`, `lgpl`, `bsd`, `gfdl`, `cc`...), read under
every member at once.

`license: gpl` says the model is under some GNU GPL, not which version. Reading it as the
version most favourable to the licensee would be a guess; reading it as unknown blocks even a
use every member allows. So the tag is identified as its family (license_db/hub_family_tags.yaml):
the kind of its most restrictive member, and, through `family_records`, the terms of every
member combined most restrictive first, as an AND of licenses is. The finding a report shows
names the family and its members, at FAMILY_CONFIDENCE (the version is not stated).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from auditor.errors import LicenseDBError
from auditor.fileio.once import loaded_once
from auditor.knowledge.bundle import read_knowledge_yaml
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.declared_spdx import match_for, spdx_reference
from auditor.licenses.kind_record import kind_record
from auditor.licenses.record_match import match_from_record
from auditor.model import LicenseMatch
from auditor.model.kinds import most_restrictive
from auditor.resources import license_db_dir

FAMILY_FILE = "hub_family_tags.yaml"
FAMILY_CONFIDENCE = 0.6
"""A family named, its member not: below a declared tag's 0.8."""

METHOD = "declared-tag-family"
DECLARED_CONFIDENCE = 0.8  # as licenses/declared.py gives a tag it knows
FAMILY_PREFIX = "LicenseRef-hub-family-"
MEMBERS_PREFIX = f"{FAMILY_PREFIX}of--"
"""A family no tag names, its members in its id (`...-of--EUPL-1.0--EUPL-1.1--EUPL-1.2`): a
license name with no version where several are known (licenses/shape_match.py)."""
_MEMBER_SEPARATOR = "--"  # no SPDX id or ScanCode key holds a double dash


@dataclass(frozen=True, slots=True)
class Family:
    """One family tag: its name and the SPDX ids of its members."""

    tag: str
    name: str
    members: tuple[str, ...]


@loaded_once
def load_families(path: Path | None = None) -> Mapping[str, Family]:
    """The family tags by lowercase tag; a malformed file is an error naming it."""
    file = path or license_db_dir() / FAMILY_FILE
    try:
        data = read_knowledge_yaml(file)
    except (OSError, yaml.YAMLError) as err:
        raise LicenseDBError(f"{file.name}: cannot be read ({err})") from err
    if not isinstance(data, dict):
        raise LicenseDBError(f"{file.name}: expected a mapping of Hub tags to families")
    families: dict[str, Family] = {}
    for tag, entry in data.items():
        members = entry.get("members") if isinstance(entry, dict) else None
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not isinstance(members, list) or not members:
            raise LicenseDBError(f"{file.name}: {tag}: needs a name and a list of members")
        families[str(tag).lower()] = Family(str(tag), name, tuple(str(m) for m in members))
    return families


def family_match(tag: str, db: LicenseDB) -> LicenseMatch | None:
    """The family a Hub tag names, identified as its strictest member; None for another tag or
    a family one of whose members cannot be identified."""
    family = load_families().get(tag.strip().lower())
    if family is None:
        return None
    members = [_member(spdx_id, db) for spdx_id in family.members]
    if any(m is None for m in members):
        return None
    if len(members) == 1 and members[0] is not None:  # one license under a Hub-only tag
        return replace(members[0], method="declared-tag", confidence=DECLARED_CONFIDENCE)
    kinds = [m.kind for m in members if m is not None]
    return LicenseMatch(
        id=f"{FAMILY_PREFIX}{family.tag}",
        name=f"{family.name} (member not stated: read as all of {', '.join(family.members)})",
        spdx=None,
        scancode=None,
        hf=family.tag,
        kind=most_restrictive(kinds),
        confidence=FAMILY_CONFIDENCE,
        method=METHOD,
    )


def members_match(
    name: str, members: Sequence[LicenseMatch], *, method: str = METHOD
) -> LicenseMatch | None:
    """A license name that states no version, read under every version it may mean at once:
    the most restrictive member's kind, and through `family_records` every member's terms;
    None when a member is unidentified or its id cannot be carried in the family's id."""
    ids = [m.id for m in members]
    if len(ids) < 2 or any(not i or _MEMBER_SEPARATOR in i or " " in i for i in ids):
        return None
    listed = ", ".join(i for i in ids if i)
    return LicenseMatch(
        id=MEMBERS_PREFIX + _MEMBER_SEPARATOR.join(i for i in ids if i),
        name=f"{name} (version not stated: read as all of {listed})",
        spdx=None,
        scancode=None,
        hf=None,
        kind=most_restrictive(m.kind for m in members),
        confidence=FAMILY_CONFIDENCE,
        method=method,
    )


def names_one_license(match: LicenseMatch | None) -> bool:
    """Whether a match names specific licenses: identified, and no part of it a family tag
    (`gpl` names no one license, so the card's tag cannot match the weights' license)."""
    return match is not None and match.id is not None and FAMILY_PREFIX not in match.id


def family_records(match: LicenseMatch, db: LicenseDB) -> list[LicenseRecord] | None:
    """Every member's record, for a family match (their terms combine most restrictive
    first); None for another match or when a member has no record."""
    if match.id is None or not match.id.startswith(FAMILY_PREFIX):
        return None
    if match.id.startswith(MEMBERS_PREFIX):
        members: Sequence[str] = match.id.removeprefix(MEMBERS_PREFIX).split(_MEMBER_SEPARATOR)
    else:
        family = load_families().get(match.id.removeprefix(FAMILY_PREFIX).lower())
        if family is None:
            return None
        members = family.members
    records = [_record(spdx_id, db) for spdx_id in members]
    found = [r for r in records if r is not None]
    return found if len(found) == len(records) else None


def unknown_members(db: LicenseDB, families: Sequence[Family]) -> list[str]:
    """The members of `families` that no record and no ScanCode license names (for tests)."""
    return [m for f in families for m in f.members if _member(m, db) is None]


def _member(spdx_id: str, db: LicenseDB) -> LicenseMatch | None:
    record = db.get(spdx_id)
    if record is not None:
        return match_from_record(record, method=METHOD, confidence=FAMILY_CONFIDENCE)
    reference = spdx_reference(spdx_id)
    if reference is None:
        return None
    return match_for(reference, db, method=METHOD, confidence=FAMILY_CONFIDENCE)


def _record(spdx_id: str, db: LicenseDB) -> LicenseRecord | None:
    member = _member(spdx_id, db)
    if member is None:
        return None
    return db.get(member.id or "") or kind_record(member, db)
