"""One chunk of models -> its edges, lineage and findings tables, as Arrow.

The verdicts of the models with parents come from their Resolved (the driver's lineage);
those of the models without parents depend on their own row alone, so the workers compute
them beside the partition function (`lone_verdicts.py`, a JSON text per model, few distinct)
and a chunk only spreads them to its rows. The chain chunks (`chain_verdicts`, on the workers
or the driver) take the models off the chains this way.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from auditor.census.graph import EMPTY, Resolved
from auditor.census.partition import declared_of
from auditor.census.registry import Known, registry_lookup
from auditor.census.shapes import (
    Filler,
    Shape,
    fill,
    filler,
    lineage_shape,
    shape_lineage,
    shape_words,
)
from auditor.census.verdicts import Verdict, judge_model, license_words
from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.licenses.family_tags import names_one_license
from auditor.lineage.effective import declared_units
from auditor.model import Declared, LicenseMatch
from auditor.model.kinds import parse_kind

EDGE_COLUMNS = ("snapshot", "child", "parent", "parent_key", "relation", "source", "resolved_by")
LINEAGE_COLUMNS = (
    "snapshot",
    "id",
    "key",
    "downloads",
    "declared_license",
    "license_id",
    "license_kind",
    "effective_id",
    "effective_name",
    "effective_kind",
    "effective_hf",
    "binding_ids",
    "root",
    "depth",
    "cycle",
    "unresolved",
    "mismatch",
    "contradicts_base",
    "parent_in_text",
)
FINDING_COLUMNS = ("snapshot", "id", "rule", "category", "severity", "message", "remediation")


Judged = tuple[tuple[Any, ...], list[tuple[Any, ...]]]
"""A model's lineage columns after `declared_license`, and its findings (rule ... remediation)."""


@cache
def process_caches() -> tuple[Known, dict[tuple[Any, ...], Judged]]:
    return registry_lookup(load_known_models(), load_license_db()), {}


OWN = ("license_id", "license_label", "license_kind", "license_hf", "license_method")
DECLARATION_COLUMNS = ("declared_license", "declared_tags", "license_name", "license_link", *OWN)
"""What a model declares and what it identifies as: few distinct values over millions of
models (dictionary-encoded in the narrow table); with its lineage, all a verdict reads."""


def plain_array(column: Any) -> Any:
    """A column as one Arrow array, a dictionary-encoded one decoded."""
    import pyarrow as pa

    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    return column.dictionary_decode() if pa.types.is_dictionary(column.type) else column


def list_column(table: Any, name: str) -> list[Any]:
    """A column as Python values (decoded first: far faster than to_pylist on a dictionary)."""
    found: list[Any] = plain_array(table.column(name)).to_pylist()
    return found


def chunk_verdicts(
    snapshot: str,
    rows: Any,
    resolved: list[Resolved],
    caches: tuple[Known, dict[tuple[Any, ...], Judged]],
    db: LicenseDB,
    *,
    shared: bool = True,
) -> tuple[Any, Any]:
    """(lineage, findings) of one chunk as Arrow tables. Models without parents take their
    verdict from the `verdict` column (`lone_verdicts`), looked up per distinct verdict with
    Arrow; models with parents are judged here from their Resolved, once per declaration and
    lineage shape (`shared`; False: once per model)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from auditor.census.tables import findings_table, table_schema

    known = caches[0]
    valid = pc.is_valid(rows.column("parents")).to_numpy(zero_copy_only=False)
    has_parents = np.asarray(valid, dtype=bool)
    child_at, lone_at = np.flatnonzero(has_parents), np.flatnonzero(~has_parents)
    kids = rows.take(child_at)
    lineages = [resolved[i] for i in child_at.tolist()]
    kid_values, kid_findings = _children(kids, lineages, known, db, shared=shared)
    lone_values, lone_findings, lone_rows = _lone(rows.column("verdict").take(lone_at))

    lineage_schema = table_schema("lineage")
    n = rows.num_rows
    inverse = np.empty(n, dtype=np.int64)
    inverse[np.concatenate([lone_at, child_at])] = np.arange(n, dtype=np.int64)
    columns: list[Any] = [
        pa.array([snapshot] * n, pa.large_string()),
        plain_array(rows.column("id")),
        plain_array(rows.column("key")),
        plain_array(rows.column("downloads")),
        plain_array(rows.column("declared_license")),
    ]
    for j, name in enumerate(LINEAGE_COLUMNS[5:]):
        kind = lineage_schema.field(name).type
        both = [lone_values[j].cast(kind), pa.array([v[j] for v in kid_values], kind)]
        columns.append(pa.concat_arrays(both).take(inverse))
    lineage = pa.Table.from_arrays(
        [c.cast(f.type) for c, f in zip(columns, lineage_schema, strict=True)],
        schema=lineage_schema,
    )

    findings_schema = table_schema("findings")
    kid_at = np.array([i for i, _ in kid_findings], dtype=np.int64)
    at = np.concatenate([lone_at[lone_rows], child_at[kid_at]]).astype(np.int64)
    order = np.argsort(at, kind="stable")  # a model's findings stay in their order
    parts = [
        pa.array([snapshot] * len(at), pa.large_string()),
        columns[1].take(at),  # the repo ids, decoded for the lineage table
    ]
    for k, name in enumerate(FINDING_COLUMNS[2:]):
        kind = findings_schema.field(name).type
        both = [lone_findings[k].cast(kind), pa.array([f[k] for _, f in kid_findings], kind)]
        parts.append(pa.concat_arrays(both))
    return lineage, findings_table(parts, order, findings_schema)


def _lone(verdicts: Any) -> tuple[list[Any], list[Any], Any]:
    """Models without parents from their `verdict` texts: each lineage column after
    `declared_license` (Arrow, a value per model), each finding column (Arrow, a value per
    finding) and, per finding, its model's place among `verdicts`. Each distinct verdict is
    read once; Arrow spreads it to its models."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    column = verdicts.combine_chunks() if isinstance(verdicts, pa.ChunkedArray) else verdicts
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)
    codes = np.asarray(column.indices.to_numpy(zero_copy_only=False), dtype=np.int64)
    used, local = np.unique(codes, return_inverse=True)
    read = [json.loads(text) for text in column.dictionary.take(used).to_pylist()]
    width = len(LINEAGE_COLUMNS) - 5
    values = [pa.array([r[0][j] for r in read]).take(local) for j in range(width)]
    counts = np.array([len(r[1]) for r in read], dtype=np.int64)
    flat = [f for r in read for f in r[1]]
    per_model = counts[local]
    total = int(per_model.sum())
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    first = np.repeat(np.cumsum(per_model) - per_model, per_model)
    which = np.repeat(starts[local], per_model) + (np.arange(total, dtype=np.int64) - first)
    columns = [pa.array([f[k] for f in flat], pa.large_string()).take(which) for k in range(5)]
    return values, columns, np.repeat(np.arange(len(local), dtype=np.int64), per_model)


def _children(
    kids: Any, resolved: list[Resolved], known: Known, db: LicenseDB, *, shared: bool = True
) -> tuple[list[tuple[Any, ...]], list[tuple[int, tuple[Any, ...]]]]:
    """Models with parents, judged from their Resolved: each one's lineage values after
    `declared_license`, and its findings (place among `kids`, values). `shared`: models
    whose verdict depends on their declaration and lineage shape alone share one judgment
    (`census/shapes.py`); False judges each one (the reference the tests compare with)."""
    refs, keys = list_column(kids, "id"), list_column(kids, "key")
    values: list[tuple[Any, ...]] = []
    findings: list[tuple[int, tuple[Any, ...]]] = []
    table = zip(
        refs, keys, resolved, *(list_column(kids, c) for c in DECLARATION_COLUMNS), strict=True
    )
    for at, (ref, key, lineage_of, *declaration) in enumerate(table):
        fields = tuple(declaration)
        own_registry = known(ref, key)
        shape = (
            lineage_shape(lineage_of)
            if shared and own_registry is None and not lineage_of.cycle and lineage_of != EMPTY
            else None
        )
        # Not on the model itself when its own repo is not in the registry and it is on no
        # cycle: models with one declaration and one lineage shape share it (siblings, and
        # the many fine-tunes of one licensed base), their ids filled in after.
        found = _shared(ref, fields, shape[0], db) if shape is not None else None
        if shape is None or found is None:
            judged = _judge(ref, fields, own_registry, lineage_of, db)
        else:
            judged = _filled(found, shape[1], lineage_of)
        values.append(judged[0])
        findings += [(at, f) for f in judged[1]]
    return values, findings


Shared = tuple[Filler, list[Filler]] | None
_SHAPES: dict[tuple[Any, ...], tuple[LicenseDB, Shared]] = {}
"""Verdicts per declaration and lineage shape, kept across chunks (and, on a worker, calls);
None for a shape whose words hold NUL (its models are judged on their own)."""


def _shared(ref: str, fields: tuple[Any, ...], shape: Shape, db: LicenseDB) -> Shared:
    """The verdict of a declaration and lineage shape, judged once (the db kept: an id
    could be reused by another)."""
    key = (*fields, shape)
    found = _SHAPES.get(key)
    if found is not None and found[0] is db:
        return found[1]
    if len(_SHAPES) >= _CACHED:
        _SHAPES.clear()
    texts = [*(f for f in fields if isinstance(f, str)), *shape_words(shape)]
    judged: Shared = None
    if not any("\x00" in t for t in texts):
        values, findings = _judge(ref, fields, None, shape_lineage(shape), db)
        judged = (filler(values), [filler(f) for f in findings])
    _SHAPES[key] = (db, judged)
    return judged


def _filled(
    found: tuple[Filler, list[Filler]], names: tuple[str, ...], lineage_of: Resolved
) -> Judged:
    """A shape's verdict for one model: its repo ids in place of the tokens, and its own
    root, depth, cycle and unresolved count."""
    values = fill(found[0], names)
    own = (lineage_of.root, lineage_of.depth, bool(lineage_of.cycle), len(lineage_of.unresolved))
    return (*values[:7], *own, *values[11:]), [fill(f, names) for f in found[1]]


def _judge(
    ref: str,
    fields: tuple[Any, ...],
    own_registry: LicenseMatch | None,
    lineage_of: Resolved,
    db: LicenseDB,
) -> Judged:
    tag, tags_json, name, link = fields[:4]
    match = declared_match(*fields[4:])
    if lineage_of == EMPTY and own_registry is None and names_one_license(match):
        assert match is not None
        verdict = Verdict(match, (), ())  # no ancestor, a specific license: nothing to say
    else:
        declared, nothing = _declaration((tag, tags_json, name, link), db)
        verdict = judge_model(ref, declared, match, own_registry, lineage_of, db, nothing)
    values = (
        match.id if match else None,
        str(match.kind) if match and match.kind else None,
        *license_words(verdict.effective),
        ";".join(a.license.id or "" for a in verdict.binding if a.license) or None,
        lineage_of.root,
        lineage_of.depth,
        bool(lineage_of.cycle),
        len(lineage_of.unresolved),
        verdict.mismatch,
        verdict.contradicts_base,
        False,  # parent_in_text: set by the caller
    )
    found = [
        (f.rule, str(f.category), str(f.severity), f.message, f.remediation)
        for f in verdict.findings
    ]
    return values, found


_CACHED = 100_000


def _declaration(fields: tuple[Any, ...], db: LicenseDB) -> tuple[Declared, bool]:
    """The Declared of a declaration's columns, and whether it declares no license (what
    `judge_model` reads of it alone), once per declaration: a few dozen over millions."""
    found = _DECLARATIONS.get(fields)
    if found is None or found[0] is not db:  # the db kept: an id could be reused
        tag, tags_json, name, link = fields
        declared = declared_of(_str(tag), _str(tags_json), name, link)
        if len(_DECLARATIONS) >= _CACHED:
            _DECLARATIONS.clear()
        found = _DECLARATIONS[fields] = (db, declared, not declared_units(declared, db))
    return found[1], found[2]


_DECLARATIONS: dict[tuple[Any, ...], tuple[LicenseDB, Declared, bool]] = {}


@cache
def declared_match(
    license_id: object, name: object, kind: object, hf: object, method: object
) -> LicenseMatch | None:
    if not isinstance(license_id, str) and not isinstance(name, str):
        return None
    return LicenseMatch(
        id=_str(license_id),
        name=_str(name),
        spdx=None,
        scancode=None,
        hf=_str(hf),
        kind=parse_kind(_str(kind)),
        confidence=0.8,
        method=_str(method) or "declared-tag",
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
