"""`auditor knowledge update`: the user's own lineage knowledge, refreshed from a census folder
or from a lineage snapshot file, with the family-table candidates seen in it.

Everything is read and checked before anything is written; then the snapshot and the review
list are written to the user knowledge folder (resources.user_knowledge_dir), each through a
temporary file renamed in place, so a bad input or a failed write leaves the knowledge in use as
it was. The refreshed snapshot takes precedence over the bundled one wherever lineage loads it
(knowledge/lineage_snapshot.py); the candidates are never applied (lineage/family_candidates.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from auditor.errors import InputFileError
from auditor.fileio.atomic import OutputError, atomic_text_file
from auditor.knowledge.lineage_snapshot import (
    LineageSnapshot,
    parse_lineage_snapshot,
    read_snapshot_file,
    user_snapshot_path,
)
from auditor.knowledge.model_families import ModelFamilies, load_model_families
from auditor.knowledge.user_knowledge import user_candidates_path
from auditor.lineage.family_candidates import (
    FamilyCandidate,
    Seen,
    candidates_document,
    family_candidates,
)
from auditor.model.knowledge_stamp import USER
from auditor.resources import user_knowledge_dir

DEFAULT_TOP = 50000  # the most downloaded models a census snapshot keeps, with their ancestors


@dataclass(frozen=True, slots=True)
class KnowledgeUpdate:
    """A refreshed lineage snapshot and the family candidates seen where it came from."""

    snapshot: LineageSnapshot
    candidates: tuple[FamilyCandidate, ...]
    seen: int  # repos the candidates were looked for in


def update_from_census(
    census: Path,
    *,
    top: int = DEFAULT_TOP,
    as_of: str | None = None,
    today: date,
    families: ModelFamilies | None = None,
) -> KnowledgeUpdate:
    """The lineage snapshot of a census folder (its latest snapshot's `top` models and their
    ancestors) and the candidates among all of that snapshot's models."""
    from auditor.census.export import census_snapshot_document

    models = census / "models.parquet"
    if not models.is_file():
        raise InputFileError(
            str(census), [(None, "no models.parquet: not a census folder (from `census run`)")]
        )
    document = census_snapshot_document(census, top)
    date_text = _as_of(as_of, document.get("as_of"), today, where=str(census))
    snapshot = parse_lineage_snapshot(document, name=str(models))
    sources = ", ".join(f"{s.get('label')}: {s.get('path')}" for s in document.get("sources", []))
    source = f"census {census}" + (f" (snapshot {sources})" if sources else "")
    seen = list(_latest_models(models))
    chosen = families if families is not None else load_model_families()
    return KnowledgeUpdate(
        replace(snapshot, as_of=date_text, source=source, origin=USER),
        tuple(family_candidates(seen, chosen)),
        len(seen),
    )


def update_from_snapshot(
    file: Path,
    *,
    as_of: str | None = None,
    today: date,
    families: ModelFamilies | None = None,
) -> KnowledgeUpdate:
    """A lineage snapshot file the user made (the bundled format or a census's JSON export),
    checked, and the candidates among its models."""
    snapshot = read_snapshot_file(file)
    date_text = _as_of(as_of, snapshot.as_of, today, where=str(file), text=_text_of(file))
    seen: list[Seen] = [(e.repo_id, e.license, None) for e in snapshot.entries.values()]
    chosen = families if families is not None else load_model_families()
    source = snapshot.source or "a lineage snapshot file"
    return KnowledgeUpdate(
        replace(snapshot, as_of=date_text, source=f"{source} (from {file})", origin=USER),
        tuple(family_candidates(seen, chosen)),
        len(seen),
    )


def write_update(update: KnowledgeUpdate, *, now: datetime) -> tuple[Path, Path]:
    """Write the snapshot and the candidates to the user knowledge folder; both are renamed in
    place only once both are written. Returns their paths."""
    folder = user_knowledge_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot be created ({err.strerror or err})") from err
    snapshot_path, candidates_path = user_snapshot_path(), user_candidates_path()
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    as_of = update.snapshot.as_of or ""
    snapshot_doc = {**update.snapshot.to_json(), "updated_at": stamp}
    review: dict[str, Any] = {
        **candidates_document(update.candidates, as_of=as_of, source=update.snapshot.source),
        "updated_at": stamp,
        "repos_seen": update.seen,
    }
    with (
        atomic_text_file(candidates_path) as write_candidates,
        atomic_text_file(snapshot_path) as write_snapshot,
    ):
        write_candidates(_json(review))
        write_snapshot(_json(snapshot_doc))
    return snapshot_path, candidates_path


def _json(document: Any) -> str:
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _as_of(
    given: str | None, found: object, today: date, *, where: str, text: str | None = None
) -> str:
    """The knowledge's date: --as-of, else the one the input states; an ISO date, not later
    than today (a later one would keep the knowledge from ever looking old)."""
    value = given if given is not None else found
    line = None if given is not None or text is None else _line(text, "as_of")
    origin = "--as-of" if given is not None else "`as_of`"
    if value is None:
        problem = "states no date (`as_of`): pass --as-of YYYY-MM-DD, the day the data was taken"
        raise InputFileError(where, [(None, problem)])
    try:
        parsed = date.fromisoformat(str(value))
    except ValueError:
        parsed = None
    if parsed is None or len(str(value)) != len("YYYY-MM-DD"):
        problem = f"{origin} {value!r} is not a date (YYYY-MM-DD)"
        if given is None:
            problem += "; pass --as-of YYYY-MM-DD, the day the data was taken"
        raise InputFileError(where, [(line, problem)])
    if parsed > today:
        raise InputFileError(where, [(line, f"{origin} {value} is after today ({today})")])
    return parsed.isoformat()


def _text_of(file: Path) -> str | None:
    """The file's text when it is plain JSON (for line numbers), else None."""
    try:
        with file.open("rb") as handle:
            head = handle.read(2)
        return None if head == b"\x1f\x8b" else file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _line(text: str, key: str) -> int | None:
    index = text.find(json.dumps(key))
    return None if index < 0 else text.count("\n", 0, index) + 1


def _latest_models(models: Path) -> Iterator[Seen]:
    """Every model of the census's latest snapshot: id, declared license tag(s), downloads;
    read a batch at a time by DuckDB, never the whole table at once."""
    import duckdb

    from auditor.census.export import download_count

    with duckdb.connect() as db:
        db.execute("SET enable_progress_bar = false")
        rows: Any = db.sql(
            "SELECT id, declared_tags, declared_license, downloads FROM read_parquet(?) "
            "WHERE snapshot = (SELECT max(snapshot) FROM read_parquet(?))",
            params=[str(models), str(models)],
        )
        # DuckDB 2.x names the batch reader to_arrow_reader; 1.x fetch_arrow_reader
        batches = getattr(rows, "to_arrow_reader", None) or rows.fetch_arrow_reader
        for batch in batches(100_000):
            columns = batch.to_pydict()
            for repo, tags, declared, downloads in zip(
                columns["id"],
                columns["declared_tags"],
                columns["declared_license"],
                columns["downloads"],
                strict=True,
            ):
                if isinstance(repo, str):
                    yield repo, _tags(tags, declared), download_count(downloads)


def _tags(tags: object, declared: object) -> str | list[str] | None:
    if isinstance(tags, str):
        loaded = json.loads(tags)
        if isinstance(loaded, list) and all(isinstance(t, str) for t in loaded):
            return loaded
    return declared if isinstance(declared, str) and declared else None
