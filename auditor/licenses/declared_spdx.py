"""A declared tag that is an SPDX license id (or `LicenseRef-scancode-<key>`) we keep no record of.

The Hub's license list and SPDX name far more licenses than the curated records describe
(`license: zlib`, `bsl-1.0`, `eupl-1.2`, `ms-pl`, `postgresql`...). ScanCode's LicenseDB, whose
identities the reference index carries for text identification, names ~2,600, each with its
SPDX id and category. A tag equal to one of those ids is that license: it gets the key's
identity and the kind its category gives (reference_index.kind_of), exactly as a text of it
would. Only ids are matched, never names or prefixes: `bsl-1.0` is the SPDX id of the Boost
license, whatever ScanCode's key of the same spelling (the Business Source License) is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from auditor.knowledge.license_db import LicenseDB, LicenseRecord, normalize_alias
from auditor.licenses.record_match import match_from_record
from auditor.model import LicenseMatch

if TYPE_CHECKING:
    from auditor.licenses.text.reference_index import Reference, ReferenceIndex

_SCANCODE_REF = "licenseref-scancode-"
_ids: dict[ReferenceIndex, Mapping[str, Reference | None]] = {}
_names: dict[ReferenceIndex, Mapping[str, Reference | None]] = {}


def spdx_reference(tag: str, index: ReferenceIndex | None = None) -> Reference | None:
    """The ScanCode license whose SPDX id (any case) is `tag`, or None; a license text, never a
    notice or an exception. Several keys sharing an id: the current one, else None."""
    if index is None:
        # Imported here: only a tag no record knows needs the index, and the modules it pulls
        # in would otherwise load with every gate run.
        from auditor.licenses.text.reference_index import load_reference_index

        index = load_reference_index()
    table = _ids.get(index)
    if table is None:
        table = _ids[index] = _id_table(index)
    return table.get(tag.strip().lower())


def name_reference(name: str, index: ReferenceIndex | None = None) -> Reference | None:
    """The ScanCode license whose full name is `name` (spelling, case, separators, `licence`
    and a leading `the` aside): `zlib License`, `Boost Software License 1.0`; None when no
    license or several share the name."""
    if index is None:
        from auditor.licenses.text.reference_index import load_reference_index

        index = load_reference_index()
    table = _names.get(index)
    if table is None:
        table = _names[index] = _unique(
            (_name_key(reference.name), reference)
            for reference in index.references
            if reference.form == "text"
        )
    return table.get(_name_key(name))


def _name_key(name: str) -> str:
    words = normalize_alias(name.replace("(", " ").replace(")", " ")).replace("licence", "license")
    return words.removeprefix("the ")


def _unique(pairs: Iterable[tuple[str, Reference]]) -> Mapping[str, Reference | None]:
    grouped: dict[str, list[Reference]] = {}
    for name, reference in pairs:
        found = grouped.setdefault(name, [])
        if reference not in found:
            found.append(reference)
    table: dict[str, Reference | None] = {}
    for name, found in grouped.items():
        current = [r for r in found if not r.deprecated] or found
        table[name] = current[0] if len(current) == 1 else None  # ambiguous: no guess
    return table


def _id_table(index: ReferenceIndex) -> Mapping[str, Reference | None]:
    return _unique(
        (name, reference)
        for reference in index.references
        if reference.form == "text"
        for name in (reference.license_id.lower(), f"{_SCANCODE_REF}{reference.key.lower()}")
    )


def curated_record(reference: Reference, db: LicenseDB) -> LicenseRecord | None:
    """The curated record for a ScanCode key: the one naming the key, else its SPDX id."""
    record = next(
        (r for r in sorted(db.records.values(), key=lambda r: r.id) if r.scancode == reference.key),
        None,
    )
    if record is None and reference.spdx and not reference.spdx.startswith("LicenseRef-"):
        record = db.lookup(reference.spdx)
        if record is not None and record.spdx != reference.spdx:
            record = None
    return record


def match_for(
    reference: Reference, db: LicenseDB, *, method: str, confidence: float
) -> LicenseMatch:
    """The identity of a ScanCode key: its curated record's when we have one."""
    record = curated_record(reference, db)
    if record is not None:
        return match_from_record(record, method=method, confidence=confidence)
    spdx = (
        reference.spdx if reference.spdx and not reference.spdx.startswith("LicenseRef-") else None
    )
    return LicenseMatch(
        id=reference.license_id,
        name=reference.name,
        spdx=spdx,
        scancode=reference.key,
        hf=None,
        kind=reference.kind,
        confidence=confidence,
        method=method,
    )
