"""Builds the lineage snapshot (auditor.knowledge.lineage_snapshot) that offline scans use:
from Hub metadata dumps (models.parquet: `id`, `cardData`, `baseModels`, `downloads`), the
N most downloaded models and every ancestor of theirs the dump holds; or from a folder of
model cards (`*.md`, repo ids from its SOURCES.tsv `hf_repo_id_if_known` column or LABELS.yaml
`hf_repo_id`), each card's front matter.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from auditor.census.export import download_count
from auditor.census.readable import readable
from auditor.knowledge.lineage_snapshot import LineageSnapshot, SnapshotEntry
from auditor.lineage.ancestors import repo_key, strip_hub_url
from auditor.sources.card import declared_from_card, parse_card

_Row = tuple[SnapshotEntry, int]


def snapshot_from_parquet(paths: Sequence[Path], top: int, as_of: str | None) -> LineageSnapshot:
    """The `top` most downloaded models of the dumps (a later dump wins on a repo) and every
    ancestor of theirs the dumps hold."""
    import pyarrow.parquet as pq

    from auditor.census.partition import parse_partition

    rows: dict[str, _Row] = {}
    for path in paths:
        wanted = ["id", "modelId", "cardData", "baseModels", "downloads", "tags"]
        present = [c for c in wanted if c in pq.read_schema(path).names]
        frame = pq.read_table(path, columns=present).to_pandas()
        id_column = "id" if "id" in present else "modelId"
        for record in parse_partition(frame, id_column).to_dict("records"):
            entry = _entry_of(record)
            if entry is not None:
                count = download_count(record.get("downloads"))
                rows[entry.repo_id] = (entry, -1 if count is None else count)
    ranked = sorted(rows, key=lambda key: (-rows[key][1], key))
    chosen: dict[str, SnapshotEntry] = {}
    queue = list(reversed(ranked[:top]))
    while queue:
        key = queue.pop()
        if key in chosen or key not in rows:
            continue
        chosen[key] = rows[key][0]
        queue.extend(repo_key(ref) for ref, _ in chosen[key].parents)
    source = "Hub models metadata: " + ", ".join(p.name for p in paths)
    return LineageSnapshot(chosen, as_of, source)


def snapshot_from_cards(folder: Path, as_of: str | None) -> LineageSnapshot:
    """Each card's declared license and parents, keyed by the repo id the folder names."""
    entries: dict[str, SnapshotEntry] = {}
    for slug, repo_id in sorted(card_repo_ids(folder).items()):
        path = folder / f"{slug}.md"
        if not path.is_file():
            continue
        card = parse_card(path.read_text("utf-8", errors="replace"))
        # YAML escapes can make lone surrogates, which the UTF-8 file cannot hold: escaped
        declared = declared_from_card(replace(card, metadata=readable(card.metadata)))
        key = repo_key(repo_id)
        parents = tuple(
            (strip_hub_url(b.ref), b.relation or declared.base_model_relation)
            for b in declared.base_models
        )
        entries[key] = SnapshotEntry(key, declared.license, declared.license_name, parents)
    return LineageSnapshot(
        entries, as_of, f"front matter of the model cards in {folder.parent.name}/{folder.name}/"
    )


def card_repo_ids(folder: Path) -> dict[str, str]:
    """slug -> repo id, from SOURCES.tsv then LABELS.yaml."""
    found: dict[str, str] = {}
    labels = folder / "LABELS.yaml"
    if labels.is_file():
        for item in _list(yaml.safe_load(labels.read_text("utf-8"))):
            if isinstance(item, dict) and item.get("slug") and item.get("hf_repo_id"):
                found[str(item["slug"])] = str(item["hf_repo_id"])
    sources = folder / "SOURCES.tsv"
    if sources.is_file():
        with sources.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("slug") and row.get("hf_repo_id_if_known"):
                    found[row["slug"]] = row["hf_repo_id_if_known"]
    return {k: v for k, v in found.items() if repo_key(v).count("/") == 1}


def _entry_of(record: dict[str, Any]) -> SnapshotEntry | None:
    repo = record.get("id")
    if not isinstance(repo, str):
        return None
    tags = record.get("declared_tags")
    license_tag: str | list[str] | None = (
        json.loads(tags) if isinstance(tags, str) else _text(record.get("declared_license"))
    )
    parents_json = record.get("parents")
    parents = json.loads(parents_json) if isinstance(parents_json, str) else []
    return SnapshotEntry(
        repo_key(repo),
        license_tag,
        _text(record.get("license_name")),
        tuple((str(ref), rel) for ref, rel, _ in parents),
    )


def _list(value: object) -> Iterable[object]:
    return value if isinstance(value, list) else ()


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
