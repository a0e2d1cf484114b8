"""The lineage snapshot for offline scans, written from a census: for the N most downloaded
models and every ancestor they have in the snapshot, the declared license and the parents.

Format (JSON, `format: auditor-lineage-snapshot`, `version: 1`): `as_of` (the snapshot's
label), `sources` (the snapshot files read), and `models`, mapping each repo id to
`{license, license_name, license_id, parents: [[repo, relation]], last_modified, downloads}`
(`license` a list when the card declares several). `auditor.knowledge.lineage_snapshot` loads
it as it is (offline lineage), plain or gzip'd; ids that are not one `org/name` (which the loader
refuses) are left out and listed under `skipped_ids`.
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from auditor.knowledge.known_models import normalize_repo_id

FORMAT = "auditor-lineage-snapshot"
VERSION = 1


EXPORT_COLUMNS = (
    "snapshot",
    "key",
    "id",
    "downloads",
    "parents",
    "declared_tags",
    "declared_license",
    "license_name",
    "license_id",
    "last_modified",
)
"""The columns of `models` the export reads."""


def lineage_snapshot(models: Any, top: int, sources: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The snapshot document for the latest snapshot in a census's `models` table (at least
    EXPORT_COLUMNS). The top models by downloads (then key), then their ancestors level by
    level, looked up by key: no Python record per model of the snapshot."""
    import pandas as pd

    if not len(models):
        return {"format": FORMAT, "version": VERSION, "as_of": None, "sources": [], "models": {}}
    latest = sorted(models["snapshot"].unique())[-1]
    rows = models[models["snapshot"] == latest].reset_index(drop=True)
    ranked = pd.DataFrame({"rank": -_counts(rows["downloads"]), "key": rows["key"]})
    ranked = ranked.sort_values(["rank", "key"], kind="stable")
    index = pd.Index(rows["key"])
    parents_text = rows["parents"]
    taken: set[int] = set()
    frontier = [int(i) for i in ranked.index[:top]]
    while frontier:
        fresh = {i for i in frontier if i not in taken}
        taken |= fresh
        wanted = [
            _key(ref)
            for i in fresh
            if isinstance(parents_text.iat[i], str)
            for ref, _, _ in json.loads(parents_text.iat[i])
        ]
        frontier = [int(p) for p in index.get_indexer(wanted) if p >= 0 and p not in taken]
    records = rows.iloc[sorted(taken)].to_dict("records")
    chosen = {str(record["key"]): record for record in records}
    entries = {}
    skipped: list[str] = []
    for key in sorted(chosen):
        record = chosen[key]
        if normalize_repo_id(record["id"]) is None:  # not one org/name: no scan can ask for it
            skipped.append(record["id"])
            continue
        parents = json.loads(record["parents"]) if isinstance(record["parents"], str) else []
        entries[record["id"]] = {
            "license": _license(record),
            "license_name": _text(record["license_name"]),
            "license_id": _text(record["license_id"]),
            "parents": [[ref, relation] for ref, relation, _ in parents],
            "last_modified": _text(record["last_modified"]),
            "downloads": download_count(record["downloads"]),
        }
    picked = [s for s in sources if s.get("label") == latest]
    return {
        "format": FORMAT,
        "version": VERSION,
        "as_of": latest,
        "sources": [{"label": s.get("label"), "path": s.get("path")} for s in picked],
        "models": entries,
        "skipped_ids": skipped,
    }


def export_rows(models: Path, top: int) -> Any:
    """The rows `lineage_snapshot` needs from a census's `models` table (the Parquet file):
    the latest snapshot's N most downloaded models and their ancestors, picked by DuckDB over
    the file (ranked in SQL, ancestors looked up level by level), so the table is never read
    whole into memory. `lineage_snapshot` of these rows is that of the whole table: the top N
    are the subset's top N, and every ancestor it walks to is in the subset."""
    import duckdb
    import pandas as pd
    import pyarrow as pa

    from auditor.census.tables import arrow_table

    if not models.is_file():
        from auditor.errors import SourceError

        raise SourceError(f"{models}: no such census table (run `auditor census run` first)")
    source = str(models)
    columns = ", ".join(EXPORT_COLUMNS)
    with duckdb.connect() as db:
        db.execute("SET enable_progress_bar = false")
        ((latest,),) = db.execute("SELECT max(snapshot) FROM read_parquet(?)", [source]).fetchall()
        level = (
            []
            if latest is None
            else db.execute(
                "SELECT key, parents FROM read_parquet(?) WHERE snapshot = ? "
                "ORDER BY coalesce(downloads, -1) DESC, key LIMIT ?",
                [source, latest, top],
            ).fetchall()
        )
        taken: set[str] = set()
        while level:
            fresh = [(key, parents) for key, parents in level if key not in taken]
            taken.update(key for key, _ in fresh)
            wanted = {
                _key(ref)
                for _, parents in fresh
                if isinstance(parents, str)
                for ref, _, _ in json.loads(parents)
            } - taken
            if not wanted:
                break
            db.register("wanted", pa.table({"key": pa.array(sorted(wanted), pa.string())}))
            level = db.execute(
                "SELECT key, parents FROM read_parquet(?) WHERE snapshot = ? "
                "AND key IN (SELECT key FROM wanted)",
                [source, latest],
            ).fetchall()
            db.unregister("wanted")
        db.register("taken", pa.table({"key": pa.array(sorted(taken), pa.string())}))
        rows = arrow_table(
            db.sql(
                f"SELECT {columns} FROM read_parquet(?) WHERE snapshot = ? "
                "AND key IN (SELECT key FROM taken) ORDER BY key",
                params=[source, latest],
            )
        )
    text = pd.StringDtype("pyarrow")
    kinds = {pa.string(): text, pa.large_string(): text, pa.int64(): pd.Int64Dtype()}
    return rows.to_pandas(types_mapper=kinds.get)


def census_snapshot_document(census: Path, top: int) -> dict[str, Any]:
    """The snapshot document of a census folder (from `auditor census run`): its latest
    snapshot's `top` most downloaded models and their ancestors, with the snapshots read."""
    rows = export_rows(census / "models.parquet", top)
    facts_file = census / "census.json"
    facts = json.loads(facts_file.read_text(encoding="utf-8")) if facts_file.is_file() else {}
    return lineage_snapshot(rows, top, facts.get("snapshots", []))


def render_lineage_snapshot(document: Mapping[str, Any]) -> str:
    """The document as stable, diff-friendly JSON."""
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _key(ref: str) -> str:
    from auditor.lineage.ancestors import repo_key

    return repo_key(ref)


def _counts(downloads: Any) -> Any:
    """Each value's download count (-1 when there is none), as an int64 array for ranking."""
    import numpy as np

    counts = (download_count(v) for v in downloads.tolist())
    return np.array([-1 if c is None else c for c in counts], dtype=np.int64)


def download_count(value: object) -> int | None:
    """A download count, None when there is none. pandas reads an integer column with a
    missing value as floats: a whole float is the count it stands for (NaN is none)."""
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _license(record: Mapping[str, Any]) -> str | list[str] | None:
    """The declared license tag, or the list of them when the card declares several."""
    several = record.get("declared_tags")
    if isinstance(several, str):
        loaded = json.loads(several)
        if isinstance(loaded, list) and all(isinstance(t, str) for t in loaded):
            return loaded
    return _text(record.get("declared_license"))
