"""Identifies a license name by its shape when no alias, SPDX id or ScanCode name matches it as
written: `GPLv3`, `EUPL v1.2`, `llama3.1 community licence`, `Universal Permissive License v1`.

A step of declared identification (`declared`), the last before "unidentified". The shapes
(`name_shapes`) of every curated record's id, name and aliases and of every ScanCode license's
SPDX id and name are indexed once; a declared name matches the licenses whose shape has the same
words and version. What the name leaves open is read strictly, and said in the match's name:

- `only` or `or later` not stated, where both licenses exist (`GPLv3`): the `-only` license,
  whose grant is the narrower (either one allows the same uses of this version).
- no version stated, where several are known (`EUPL`, `Python Software Foundation License`):
  every version at once, as a Hub family tag is read (`family_tags.members_match`).
- a generic family name with no licensor (`OpenRAIL-M`): the family's placeholder record, at
  GENERIC_CONFIDENCE, below the report's low-confidence line, its name saying what is unread
  (license_db/license_name_shapes.yaml).

A vendor's record is never reached through a name that does not name the vendor (`names`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from auditor.errors import LicenseDBError
from auditor.fileio.once import loaded_once
from auditor.knowledge.bundle import read_knowledge_yaml
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared_spdx import curated_record, match_for
from auditor.licenses.family_tags import members_match
from auditor.licenses.name_shapes import Later, NameShape, acronyms, drop_parentheses, parse_shape
from auditor.licenses.names import is_blocked
from auditor.licenses.record_match import match_from_record
from auditor.model import LicenseMatch
from auditor.resources import license_db_dir

if TYPE_CHECKING:
    from auditor.licenses.text.reference_index import Reference

SHAPES_FILE = "license_name_shapes.yaml"
SHAPE_CONFIDENCE = 0.7
"""A name read by its shape: below a name matched as written (0.8)."""
GENERIC_CONFIDENCE = 0.5
"""A generic family name: below the report's low-confidence line (0.6), so it is always said."""
MAX_MEMBERS = 8
"""More versions than this under one unversioned name: no family reading, unidentified."""


@dataclass(frozen=True, slots=True)
class GenericFamily:
    """A family name that names no one text, and the placeholder record it is read as."""

    record: str
    names: frozenset[str]  # joined shapes of the family's own names
    suffix_letters: frozenset[str]
    unread: str


@dataclass(frozen=True, slots=True)
class ShapeRules:
    """license_name_shapes.yaml: filler words and generic family names."""

    filler: frozenset[str]
    generic: tuple[GenericFamily, ...]
    abbreviations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Entry:
    version: str | None
    identity: str  # a record id, else a ScanCode license's id
    later: Later  # what the identity says of later versions


@loaded_once
def load_shape_rules(path: Path | None = None) -> ShapeRules:
    """The shape rules; a malformed file is an error naming it and the entry."""
    file = path or license_db_dir() / SHAPES_FILE
    try:
        data = read_knowledge_yaml(file)
    except (OSError, yaml.YAMLError) as err:
        raise LicenseDBError(f"{file.name}: cannot be read ({err})") from err
    if not isinstance(data, dict) or not isinstance(data.get("filler"), list):
        raise LicenseDBError(f"{file.name}: expected `filler` (a list) and `generic`")
    filler = frozenset(str(w).lower() for w in data["filler"])
    families = []
    for number, entry in enumerate(data.get("generic") or [], start=1):
        fields = ("record", "names", "suffix_letters", "unread")
        if not isinstance(entry, dict) or any(not entry.get(f) for f in fields):
            raise LicenseDBError(f"{file.name}: generic entry {number} needs {', '.join(fields)}")
        shapes = [parse_shape(str(n), filler) for n in entry["names"]]
        if any(s is None or s.version for s in shapes):
            raise LicenseDBError(f"{file.name}: generic entry {number}: a name is not a name")
        families.append(
            GenericFamily(
                record=str(entry["record"]),
                names=frozenset(s.joined for s in shapes if s is not None),
                suffix_letters=frozenset(str(entry["suffix_letters"]).lower()),
                unread=" ".join(str(entry["unread"]).split()),
            )
        )
    written = data.get("abbreviations") or {}
    if not isinstance(written, dict) or not all(isinstance(v, list) for v in written.values()):
        raise LicenseDBError(f"{file.name}: `abbreviations` maps a word to the words it stands for")
    abbreviations = {str(k).lower(): tuple(str(w).lower() for w in v) for k, v in written.items()}
    return ShapeRules(filler, tuple(families), abbreviations)


def identify_shape(
    name: str, db: LicenseDB, *, method: str, context: Iterable[str] = ()
) -> LicenseMatch | None:
    """The license a name names by its shape, read strictly; None when it names none, or
    several we cannot tell apart."""
    rules = load_shape_rules()
    shape = parse_shape(name, rules.filler)
    if shape is None:
        return None
    generic = _generic_match(name, shape, rules, db, method)
    if generic is not None:
        return generic
    index = _index(db)
    if shape.joined not in index:  # "nc" for "non-commercial": the words written out
        shape = _written_out(shape, rules)
    entries = [
        e
        for e in index.get(shape.joined, ())
        if (shape.version is None or e.version == shape.version) and _later_fits(shape, e)
    ]
    if shape.version is None and any(e.version is None for e in entries):
        entries = [e for e in entries if e.version is None]  # the name as its license says it
    identities = list(dict.fromkeys(e.identity for e in entries))
    context = tuple(context)
    identities = [i for i in identities if not _blocked(name, i, db, context)]
    notes = []
    narrower = _narrower(identities, entries) if shape.later is Later.UNSTATED else identities
    if narrower != identities:
        notes.append("`only` or `or later` not stated: read as the narrower grant, `only`")
    if not narrower:
        return None
    if len(narrower) > 1:
        if shape.version is not None or len(narrower) > MAX_MEMBERS:
            return None
        members = [_identity_match(i, db, method) for i in sorted(narrower)]
        return members_match(name, members, method=f"{method}-family")
    versions = {e.version for e in entries if e.identity == narrower[0]}
    if shape.version is None and None not in versions:
        notes.append("no version stated: the only one known")
    found = _identity_match(narrower[0], db, method)
    if notes:  # what the name left open, said where the license is named
        found = replace(found, name=f"{found.name} ({'; '.join(notes)}; declared as {name!r})")
    return found


def _written_out(shape: NameShape, rules: ShapeRules) -> NameShape:
    """The shape with its abbreviated words written out (license_name_shapes.yaml)."""
    words = tuple(w for word in shape.words for w in rules.abbreviations.get(word, (word,)))
    return replace(shape, words=words)


def _later_fits(shape: NameShape, entry: _Entry) -> bool:
    if shape.later is Later.OR_LATER:
        return entry.later is Later.OR_LATER
    if shape.later is Later.ONLY:
        return entry.later is not Later.OR_LATER
    return True


def _narrower(identities: list[str], entries: list[_Entry]) -> list[str]:
    """Drop an `-or-later` license whose `-only` sibling (same version) is there too."""
    only = {(e.version, _base(e.identity)) for e in entries if e.later is Later.ONLY}
    later = {
        e.identity
        for e in entries
        if e.later is Later.OR_LATER and (e.version, _base(e.identity)) in only
    }
    return [i for i in identities if i not in later]


def _base(identity: str) -> str:
    return identity.removesuffix("-only").removesuffix("-or-later").removesuffix("+")


def _later_of(identity: str) -> Later:
    if identity.endswith("-only"):
        return Later.ONLY
    if identity.endswith(("-or-later", "+")):
        return Later.OR_LATER
    return Later.UNSTATED


def _blocked(name: str, identity: str, db: LicenseDB, context: tuple[str, ...]) -> bool:
    record = db.get(identity)
    return record is not None and is_blocked(name, record, db, context=context)


def _identity_match(identity: str, db: LicenseDB, method: str) -> LicenseMatch:
    record = db.get(identity)
    if record is not None:
        return match_from_record(record, method=method, confidence=SHAPE_CONFIDENCE)
    return match_for(_references()[identity], db, method=method, confidence=SHAPE_CONFIDENCE)


def _generic_match(
    name: str, shape: NameShape, rules: ShapeRules, db: LicenseDB, method: str
) -> LicenseMatch | None:
    """A family name with only artifact letters after it (`Open RAIL-M`, `OpenRAIL-DAMS`)."""
    if shape.version is not None or shape.later is not Later.UNSTATED:
        return None
    for family in rules.generic:
        record = db.get(family.record)
        if record is None:
            continue
        for own in family.names:
            rest = shape.joined.removeprefix(own) if shape.joined.startswith(own) else None
            if rest and set(rest) <= family.suffix_letters:
                said = f"{name} (read as {record.name}: {family.unread})"
                found = match_from_record(
                    record, method=f"{method}-generic", confidence=GENERIC_CONFIDENCE
                )
                return replace(found, name=said)
    return None


_indexes: dict[int, tuple[LicenseDB, Mapping[str, tuple[_Entry, ...]]]] = {}


def _index(db: LicenseDB) -> Mapping[str, tuple[_Entry, ...]]:
    """Shapes of every record's and ScanCode license's names, built once per database."""
    hit = _indexes.get(id(db))
    if hit is None or hit[0] is not db:
        hit = _indexes[id(db)] = (db, _build_index(db))
    return hit[1]


def _build_index(db: LicenseDB) -> Mapping[str, tuple[_Entry, ...]]:
    filler = load_shape_rules().filler
    found: dict[str, list[_Entry]] = {}

    def add(names: Iterable[str | None], identity: str, *, standard: bool) -> None:
        for written in names:
            for text in filter(None, (written, drop_parentheses(written or ""))):
                shape = parse_shape(text, filler)
                if shape is None:
                    continue
                entry = _Entry(shape.version, identity, _later_of(identity))
                forms = {shape.joined} | (acronyms(text, shape) if standard else set())
                for form in forms:
                    if entry not in found.setdefault(form, []):
                        found[form].append(entry)

    for record in db.records.values():
        standard = not record.id.startswith("LicenseRef-")
        add([record.id, record.spdx, record.hf, record.name, *record.aliases], record.id,
            standard=standard)  # fmt: skip
    for reference in _references().values():
        curated = curated_record(reference, db)
        identity = curated.id if curated is not None else reference.license_id
        spdx = reference.spdx if reference.spdx and "LicenseRef-" not in reference.spdx else None
        add([spdx, reference.name], identity, standard=spdx is not None)
    return {form: tuple(entries) for form, entries in found.items()}


@loaded_once
def _references() -> Mapping[str, Reference]:
    """ScanCode's current licenses by id: license texts, and the public-domain dedications
    (a `reference` whose category is Public Domain: the name is the grant); never a notice,
    an exception, a deprecated key or a placeholder such as `Other Permissive Licenses`."""
    # Imported here: only a name nothing else knows needs the index (as in declared_spdx).
    from auditor.licenses.text.reference_index import load_reference_index

    kept: dict[str, Reference] = {}
    for reference in load_reference_index().references:
        if reference.deprecated:
            continue
        if reference.form == "text" or (
            reference.form == "reference" and reference.category == "Public Domain"
        ):
            kept.setdefault(reference.license_id, reference)
    return kept
