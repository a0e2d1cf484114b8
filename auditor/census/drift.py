"""Drift between consecutive snapshots: licenses that changed, newly mislabelled models,
licenses seen for the first time, models added and removed.

The two snapshots' lineage rows are joined by DuckDB straight from the Parquet files, so the
tables are never loaded whole into Python (two 3M-model snapshots joined in a bounded memory,
spilled to disk past the limit); only the distinct license ids reach Python, to split their
expressions."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

DRIFT_COLUMNS = ("old_snapshot", "new_snapshot", "id", "change", "old", "new")
_COMPARED = (
    ("declared_license", "declared-license"),
    ("license_id", "declared-license-id"),
    ("effective_id", "effective-license"),
)
_MEMORY_LIMIT = "1GB"
"""DuckDB's limit for the join; past it the join spills to a temporary folder."""

_SIDE = """
    SELECT key, id, declared_license, license_id, effective_id,
           coalesce(contradicts_base, false) AS contradicts_base
    FROM read_parquet(?) WHERE snapshot = ?
"""


def _changes() -> str:
    """The SQL of every change of a model present in one snapshot or both, ordered as the
    report lists them: by id, change, old and new value (missing as ""), then by key."""
    compared = "\n".join(
        f"""UNION ALL SELECT n_id, '{change}', o_{column}, n_{column}, key, {order} FROM j
            WHERE in_old AND in_new AND o_{column} IS DISTINCT FROM n_{column}"""
        for order, (column, change) in enumerate(_COMPARED)
    )
    labels = len(_COMPARED)
    return f"""
    WITH o AS ({_SIDE}), n AS ({_SIDE}),
    j AS (
        SELECT coalesce(o.key, n.key) AS key, o.key IS NOT NULL AS in_old,
               n.key IS NOT NULL AS in_new, o.id AS o_id, n.id AS n_id,
               o.declared_license AS o_declared_license, n.declared_license AS n_declared_license,
               o.license_id AS o_license_id, n.license_id AS n_license_id,
               o.effective_id AS o_effective_id, n.effective_id AS n_effective_id,
               coalesce(o.contradicts_base, false) AS was,
               coalesce(n.contradicts_base, false) AS now
        FROM o FULL OUTER JOIN n ON o.key = n.key
    ),
    rows (id, change, old, new, key, ord) AS (
        SELECT o_id, 'removed', o_declared_license, NULL::VARCHAR, key, 0 FROM j
            WHERE in_old AND NOT in_new
        UNION ALL SELECT n_id, 'added', NULL, n_declared_license, key, 0 FROM j
            WHERE in_new AND NOT in_old
        {compared}
        UNION ALL SELECT n_id, 'newly-mislabelled', NULL, NULL, key, {labels} FROM j
            WHERE in_old AND in_new AND NOT was AND now
        UNION ALL SELECT n_id, 'no-longer-mislabelled', NULL, NULL, key, {labels} FROM j
            WHERE in_old AND in_new AND was AND NOT now
        UNION ALL SELECT NULL, 'license-first-seen', NULL, name, NULL, 0 FROM first_seen
    )
    SELECT ?::VARCHAR AS old_snapshot, ?::VARCHAR AS new_snapshot, id, change, old, new
    FROM rows
    ORDER BY coalesce(id, ''), change, coalesce(old, ''), coalesce(new, ''),
             key NULLS LAST, ord
    """


_NAMES = "SELECT DISTINCT name FROM (SELECT license_id AS name FROM read_parquet(?) WHERE snapshot = ? UNION SELECT effective_id FROM read_parquet(?) WHERE snapshot = ?) WHERE name IS NOT NULL"  # noqa: E501


def drift_between(old: Path, old_label: str, new: Path, new_label: str) -> Any:
    """The changes from one snapshot's lineage rows (in the Parquet file `old`, snapshot
    `old_label`) to another's, as an Arrow table of DRIFT_COLUMNS: models removed and added,
    declared, declared-id and effective license changed, newly and no longer mislabelled, and
    the license ids named for the first time."""
    import duckdb
    import pyarrow as pa

    from auditor.census.tables import arrow_table

    with duckdb.connect() as db:
        db.execute(f"SET memory_limit = '{_MEMORY_LIMIT}'")
        db.execute("SET preserve_insertion_order = false")
        db.execute("SET enable_progress_bar = false")
        before = _license_keys(db, old, old_label)
        after = _license_keys(db, new, new_label)
        fresh = pa.table({"name": pa.array(sorted(after - before), pa.string())})
        db.register("first_seen", fresh)
        params = [str(old), old_label, str(new), new_label, old_label, new_label]
        result = arrow_table(db.sql(_changes(), params=params))
    return result.cast(pa.schema([(name, pa.string()) for name in DRIFT_COLUMNS]))


def _license_keys(db: Any, path: Path, label: str) -> set[str]:
    """Every license id a snapshot names, declared or effective, expressions split."""
    names = db.execute(_NAMES, [str(path), label, str(path), label]).fetchall()
    return set(_keys(name for (name,) in names))


def _keys(names: Iterable[str]) -> Iterable[str]:
    from auditor.licenses.expression import expression_keys

    for name in names:
        yield from expression_keys(str(name))


def drift_table(lineage: Path, labels: Sequence[str]) -> Any:
    """The changes between each snapshot of one lineage table and the next one's."""
    import pyarrow as pa

    tables = [drift_between(lineage, old, lineage, new) for old, new in itertools.pairwise(labels)]
    if not tables:
        return pa.table({name: pa.array([], pa.string()) for name in DRIFT_COLUMNS})
    return pa.concat_tables(tables)


def census_drift(old: Path, new: Path) -> Any:
    """The changes from the latest snapshot of one census folder to the latest of another;
    SourceError when either has no lineage table."""
    paths = [folder / "lineage.parquet" for folder in (old, new)]
    for path in paths:
        if not path.is_file():
            from auditor.errors import SourceError

            raise SourceError(f"{path}: no such census table (run `auditor census run` first)")
    before = latest_snapshot(paths[0]) or "old"
    after = latest_snapshot(paths[1]) or "new"
    return drift_between(paths[0], before, paths[1], after)


def latest_snapshot(path: Path) -> str | None:
    """The latest snapshot label of a census table (labels are dates or sortable names)."""
    import duckdb

    with duckdb.connect() as db:
        ((label,),) = db.execute(
            "SELECT max(snapshot) FROM read_parquet(?)", [str(path)]
        ).fetchall()
    return None if label is None else str(label)
