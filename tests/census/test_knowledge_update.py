"""From a census run to the knowledge a scan uses: `census lineage-snapshot CENSUS` (and its
deprecated alias `export-lineage`), `knowledge update --from-census`, the family candidates
seen in the census, and a local folder whose parent only the census knows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from auditor.census.run import CensusOptions, run_census
from auditor.cli.main import app
from auditor.knowledge.lineage_snapshot import bundled_lineage_snapshot, load_lineage_snapshot
from tests.census.conftest import Row, card, write_snapshot

runner = CliRunner()
LABEL = "2026-11-23"  # the weekly dump's folder names its date: the census's snapshot label

ROWS: list[Row] = [
    {"id": "lab/root", "cardData": card(license="cc-by-nc-4.0"), "downloads": 900},
    {"id": "a/ft", "cardData": card(license="apache-2.0", base_model="lab/root"), "downloads": 50},
    # a Llama generation the family table does not know, twice (one copy quantized)
    {"id": "fans/llama-9-8b-chat", "cardData": card(license="mit"), "downloads": 20},
    {"id": "quants/Llama-9-8B-Chat-GGUF", "cardData": card(), "downloads": 5},
    {"id": "x/unrelated-7b", "cardData": card(license="mit"), "downloads": 1},
]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("AUDITOR_DATA_DIR", str(folder))
    return folder


def _census(tmp_path: Path, options: CensusOptions, folder: str = f"models/{LABEL}") -> Path:
    snapshot = write_snapshot(tmp_path / folder / "models.parquet", ROWS)
    out = tmp_path / "census"
    run_census([snapshot], out, options)
    return out


def _scan_json(model: Path) -> dict[str, Any]:
    result = runner.invoke(app, ["scan", str(model), "--format", "json"])
    assert result.exit_code in (0, 1, 4), result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_a_census_refreshes_the_knowledge_a_scan_uses(
    tmp_path: Path, on_cluster: CensusOptions, data_dir: Path
) -> None:
    census = _census(tmp_path, on_cluster)

    # one census command for the snapshot; the old name still works, with a notice
    merged, alias = tmp_path / "merged.json", tmp_path / "alias.json"
    done = runner.invoke(app, ["census", "lineage-snapshot", str(census), "-o", str(merged)])
    assert done.exit_code == 0, done.output
    assert f"as of {LABEL}" in done.stdout
    old = runner.invoke(app, ["census", "export-lineage", str(census), "--output", str(alias)])
    assert old.exit_code == 0, old.output
    assert "deprecated" in old.stderr and "census lineage-snapshot" in old.stderr
    assert merged.read_bytes() == alias.read_bytes()
    assert "export-lineage" not in runner.invoke(app, ["census", "--help"]).stdout
    packed = tmp_path / "merged.json.gz"
    done = runner.invoke(app, ["census", "lineage-snapshot", str(census), "-o", str(packed)])
    assert done.exit_code == 0, done.output
    assert load_lineage_snapshot(packed).entries == load_lineage_snapshot(merged).entries
    mixed = runner.invoke(app, ["census", "lineage-snapshot", str(census), str(packed), "-o", "x"])
    assert mixed.exit_code == 2 and "read alone" in mixed.stderr

    # the refresh, from the census folder
    update = runner.invoke(app, ["knowledge", "update", "--from-census", str(census)])
    assert update.exit_code == 0, update.output
    assert f"as of {LABEL}" in update.stdout and "from 5 repos" in update.stdout
    used = load_lineage_snapshot()
    assert used.origin == "user" and used.as_of == LABEL and len(used) == 5
    assert used.source is not None and str(census) in used.source
    review = json.loads((data_dir / "knowledge" / "family_candidates.json").read_text())
    assert review["as_of"] == LABEL and review["repos_seen"] == 5
    assert [c for c in review["candidates"] if c["family"] == "llama"] == [
        {
            "family": "llama",
            "name": "llama-9",
            "repos": 2,
            "licenses": {"(none)": 1, "mit": 1},
            "examples": ["fans/llama-9-8b-chat", "quants/Llama-9-8B-Chat-GGUF"],
        }
    ]

    # a local fine-tune of a base only the census knows: resolved, and the report says whose
    assert bundled_lineage_snapshot().get("lab/root") is None
    model = tmp_path / "model"
    model.mkdir()
    (model / "README.md").write_text("---\nlicense: mit\nbase_model: lab/root\n---\n# ft\n")
    document = _scan_json(model)
    assert document["lineage_knowledge"] == {"as_of": LABEL, "origin": "user"}
    result = document["models"][0]
    assert "CC-BY-NC-4.0" in result["effective_license"]["id"]
    assert [(s["ref"], s["resolved_by"]) for s in result["lineage"]] == [("lab/root", "snapshot")]


def test_a_census_without_a_date_needs_one(
    tmp_path: Path, on_cluster: CensusOptions, data_dir: Path
) -> None:
    census = _census(tmp_path, on_cluster, folder="dump")  # label `1-models`: no date
    result = runner.invoke(app, ["knowledge", "update", "--from-census", str(census)])
    assert result.exit_code == 2
    assert "'1-models' is not a date" in result.stderr and "--as-of" in result.stderr
    assert not (data_dir / "knowledge").exists()
    result = runner.invoke(
        app, ["knowledge", "update", "--from-census", str(census), "--as-of", "2026-11-20"]
    )
    assert result.exit_code == 0, result.output
    assert load_lineage_snapshot().as_of == "2026-11-20"
