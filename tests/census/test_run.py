"""A census end to end on Dask: corpus cards and synthetic rows, partitioning, drift, outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import yaml
from typer.testing import CliRunner

from auditor.census.run import CensusOptions, run_census
from auditor.cli.main import app
from auditor.knowledge.lineage_snapshot import load_lineage_snapshot
from auditor.sources.card import parse_card
from tests.census.conftest import Row, card, hub_parents, write_snapshot
from tests.conftest import ROOT

runner = CliRunner()

SYNTHETIC: list[Row] = [
    {"id": "lab/root", "cardData": card(license="cc-by-nc-4.0"), "downloads": 900},
    {"id": "a/ft", "cardData": card(license="apache-2.0", base_model="lab/root"), "downloads": 50},
    {"id": "b/q", "cardData": card(license="mit"), "baseModels": hub_parents("quantized", "a/ft")},
    {"id": "c/a", "cardData": card(license="mit", base_model="c/b"), "downloads": 3},
    {"id": "c/b", "cardData": card(license="gpl-3.0", base_model="c/a"), "downloads": 2},
    {
        "id": "m/merge",
        "cardData": card(license="apache-2.0"),
        "baseModels": hub_parents("merge", "lab/root", "c/b"),
    },
    {"id": "o/orphan", "cardData": card(license="mit", base_model="gone/x"), "downloads": 7},
    {
        "id": "x/<script>alert(1)</script>",
        "cardData": card(license="mit", base_model="lab/root"),
        "downloads": 10**6,
    },
    {"id": "n/nothing", "cardData": None, "tags": ["license:llama3.1"]},
    {"id": "bad/json", "cardData": "{oops"},
]


def _corpus_rows(corpus: Path) -> tuple[list[Row], list[dict[str, Any]]]:
    labels = yaml.safe_load((corpus / "cards" / "LABELS.yaml").read_text(encoding="utf-8"))
    rows: list[Row] = []
    for label in labels:
        text = (corpus / "cards" / f"{label['slug']}.md").read_text(encoding="utf-8")
        metadata = parse_card(text).metadata
        label["ref"] = label.get("hf_repo_id") or label["slug"].replace("--", "/", 1)
        rows.append({"id": label["ref"], "cardData": json.dumps(metadata, default=str)})
    return rows, labels


def _tables(folder: Path) -> dict[str, Any]:
    return {
        name: pq.read_table(folder / f"{name}.parquet").to_pydict()
        for name in ("models", "edges", "lineage", "findings")
    }


def test_results_do_not_depend_on_the_partitioning(
    tmp_path: Path, on_cluster: CensusOptions, corpus: Path
) -> None:
    rows, _ = _corpus_rows(corpus)
    snapshot = write_snapshot(tmp_path / "snap.parquet", rows + SYNTHETIC, row_group_size=17)
    one = CensusOptions(scheduler=on_cluster.scheduler, partitions=1)
    seven = CensusOptions(scheduler=on_cluster.scheduler, partitions=7)
    run_census([snapshot], tmp_path / "one", one)
    run_census([snapshot], tmp_path / "seven", seven)
    assert _tables(tmp_path / "one") == _tables(tmp_path / "seven")
    # The default partitioning (row groups) gives the same again.
    run_census([snapshot], tmp_path / "groups", on_cluster)
    assert _tables(tmp_path / "groups") == _tables(tmp_path / "one")


def _score(labels: list[dict[str, Any]], lineage: Any, findings: Any) -> dict[str, int]:
    flagged = set(lineage[lineage["mismatch"]]["id"])
    warned = flagged | set(findings[findings["severity"] != "info"]["id"])
    refs = {label["ref"]: bool(label["mismatch"]) for label in labels}
    return {
        "tp": sum(expected and ref in flagged for ref, expected in refs.items()),
        "fp": sum(not expected and ref in flagged for ref, expected in refs.items()),
        "fn": sum(expected and ref not in flagged for ref, expected in refs.items()),
        "silent": sum(expected and ref not in warned for ref, expected in refs.items()),
    }


def test_corpus_cards_mismatch_like_scan_and_card_texts_help(
    tmp_path: Path, on_cluster: CensusOptions, corpus: Path
) -> None:
    """In-sample, the 106 corpus cards: the census flags mislabelled models at least as well
    as `scan`'s offline lineage (tests/lineage/test_resolve.py floors: precision 1.0, recall
    0.80), and the dump of card texts leaves fewer of them without any warning."""
    rows, labels = _corpus_rows(corpus)
    snapshot = write_snapshot(tmp_path / "cards.parquet", rows, row_group_size=20)
    texts = pa.table(
        {
            "modelId": [r["id"] for r in rows],
            "card": [(corpus / "cards" / f"{label['slug']}.md").read_text() for label in labels],
        }
    )
    pq.write_table(texts, tmp_path / "texts.parquet", row_group_size=30)
    bare = run_census([snapshot], tmp_path / "bare", on_cluster)
    full = run_census(
        [snapshot], tmp_path / "full", on_cluster, cards=str(tmp_path / "texts.parquet")
    )
    assert set(full.table("lineage")["id"]) == {label["ref"] for label in labels}
    metadata = _score(labels, bare.table("lineage"), bare.table("findings"))
    with_text = _score(labels, full.table("lineage"), full.table("findings"))
    assert metadata["tp"] / (metadata["tp"] + metadata["fp"]) == 1.0
    assert metadata["tp"] / (metadata["tp"] + metadata["fn"]) >= 0.80
    assert with_text["silent"] < metadata["silent"]
    assert with_text["silent"] <= 4, with_text
    # A model flagged for parents its prose states is marked so in the lineage table.
    lineage, findings = full.table("lineage"), full.table("findings")
    stated = set(findings[findings["rule"].str.startswith("lineage-parent-in-text")]["id"])
    assert stated and set(lineage[lineage["parent_in_text"]]["id"]) == stated


def test_outputs_sql_summary_and_drift(tmp_path: Path, on_cluster: CensusOptions) -> None:
    old = write_snapshot(tmp_path / "models" / "2026-11-16" / "models.parquet", SYNTHETIC)
    changed = [dict(r) for r in SYNTHETIC]
    changed[1]["cardData"] = card(license="cc-by-nc-4.0", base_model="lab/root")  # fixed
    changed[2]["cardData"] = card(license="openrail")  # relabelled: a license not seen before
    changed.append({"id": "new/ft", "cardData": card(license="mit", base_model="lab/root")})
    new = write_snapshot(tmp_path / "models" / "2026-11-23" / "models.parquet", changed)
    out = tmp_path / "census"
    run = run_census([old, new], out, on_cluster)
    assert [i.label for i in run.snapshots] == ["2026-11-16", "2026-11-23"]

    with duckdb.connect(str(out / "census.duckdb"), read_only=True) as db:
        ((count,),) = db.execute(
            "SELECT count(*) FROM lineage WHERE snapshot = '2026-11-16' AND contradicts_base"
        ).fetchall()
        changes = db.execute("SELECT id, change, new FROM drift ORDER BY id, change").fetchall()
    assert count == 5  # a/ft, b/q, c/a (under c/b's GPL), m/merge, the script-named one
    assert ("a/ft", "no-longer-mislabelled", None) in changes
    assert ("new/ft", "added", "mit") in changes
    assert [c[1] for c in changes].count("license-first-seen") == 1  # openrail's id
    assert ("b/q", "declared-license", "openrail") in changes

    html = (out / "summary.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<svg" in html and "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    facts = json.loads((out / "census.json").read_text(encoding="utf-8"))
    assert facts["snapshots"][0]["missing_columns"] == [
        "createdAt",
        "likes",
        "library_name",
        "pipeline_tag",
        "card",
    ]

    result = runner.invoke(app, ["census", "drift", str(out), str(out)])
    assert result.exit_code == 0, result.output
    lineage_file = tmp_path / "lineage.json"
    result = runner.invoke(
        app, ["census", "lineage-snapshot", str(out), "--top", "3", "--output", str(lineage_file)]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(lineage_file.read_text(encoding="utf-8"))
    assert document["format"] == "auditor-lineage-snapshot" and document["as_of"] == "2026-11-23"
    # The 3 most downloaded models, and their ancestors so an offline scan can resolve them;
    # the id that is not one org/name is listed as skipped (the loader would refuse it).
    assert set(document["models"]) == {"lab/root", "a/ft"}
    assert document["skipped_ids"] == ["x/<script>alert(1)</script>"]
    # Offline lineage loads the export as it is: same models, licenses and parents.
    loaded = load_lineage_snapshot(lineage_file)
    assert loaded.as_of == "2026-11-23" and len(loaded) == 2
    entry = loaded.get("A/FT")
    assert entry is not None and entry.license == "cc-by-nc-4.0"
    assert entry.parents == (("lab/root", None),)
    assert entry.parents == (("lab/root", None),)


def test_cli_run_reports_a_missing_snapshot_clearly(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["census", "run", str(tmp_path / "nope.parquet"), "--output", str(tmp_path)]
    )
    assert result.exit_code == 3
    assert "not a readable Parquet snapshot" in result.stderr


def test_check_start_up_does_not_import_dask() -> None:
    code = (
        "import sys, auditor.cli.main; "
        "print(sorted(m for m in ('dask', 'distributed', 'pandas', 'pyarrow', 'duckdb') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]"


def test_progress_bar_only_when_asked(
    tmp_path: Path, on_cluster: CensusOptions, capsys: Any
) -> None:
    snapshot = write_snapshot(tmp_path / "snap.parquet", SYNTHETIC)
    run_census([snapshot], tmp_path / "quiet", on_cluster)
    assert "%" not in capsys.readouterr().out
    shown = CensusOptions(scheduler=on_cluster.scheduler, progress=True)
    run_census([snapshot], tmp_path / "shown", shown)
    assert "100% Completed" in capsys.readouterr().out
