"""A lineage step the lineage snapshot resolves: the license someone's metadata declared,
read offline, and the parents it records."""

from __future__ import annotations

from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.lineage_snapshot import LineageSnapshot, SnapshotEntry
from auditor.licenses.declared import identify_declared, match_from_record
from auditor.lineage.ancestor import Ancestor
from auditor.lineage.ancestor_terms import ancestor_terms
from auditor.model import BaseModelRef, Declared, Evidence

SNAPSHOT_CONFIDENCE = 0.75
"""A license the lineage snapshot records: declared in someone's metadata, read offline."""


def snapshot_ancestor(
    db: LicenseDB,
    snapshot: LineageSnapshot | None,
    ref: str,
    relation: str | None,
    depth: int,
    child: str | None,
    entry: SnapshotEntry,
) -> Ancestor:
    """The step for `ref` as the snapshot's entry records it."""
    declared = snapshot_declared(entry)
    found = identify_declared(declared, db)
    record = db.get(found.id) if found is not None and found.id else None
    match = (
        match_from_record(record, method="lineage-snapshot", confidence=SNAPSHOT_CONFIDENCE)
        if record is not None
        else found
    )
    terms, evidence = (
        ancestor_terms(record, db, f"license of {ref} per the lineage snapshot")
        if record is not None
        else ({}, {})
    )
    as_of = snapshot.as_of if snapshot is not None else None
    said = f"lineage snapshot{f' of {as_of}' if as_of else ''}: {ref} declares " + (
        f"license {entry.license!r}" if entry.license else "no license"
    )
    return Ancestor(
        ref,
        relation,
        depth,
        child,
        match,
        "snapshot",
        terms,
        evidence,
        SNAPSHOT_CONFIDENCE,
        (Evidence(None, None, said),),
    )


def snapshot_declared(entry: SnapshotEntry) -> Declared:
    """The snapshot entry as a declaration: its license and parents."""
    return Declared(
        license=entry.license,
        license_name=entry.license_name,
        base_models=tuple(BaseModelRef(ref, relation) for ref, relation in entry.parents),
        origin="lineage snapshot",
    )
