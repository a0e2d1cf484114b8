"""Lone UTF-16 surrogates in a snapshot row: escaped where the row is read, noted in
`card_problem`, the model judged as `scan` judges the same card, and every output written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from typer.testing import CliRunner

from auditor.census.partition import parse_partition, parse_row
from auditor.census.run import CensusOptions, run_census
from auditor.census.snapshot import OPTIONAL_COLUMNS
from auditor.cli.main import app
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import identify_declared
from auditor.sources.card import declared_from_card, parse_card
from tests.census.conftest import Row, card, hub_parents, write_snapshot

_INPUTS = ("id", *OPTIONAL_COLUMNS)
_NOTE = "lone UTF-16 surrogates, kept as \\uXXXX escapes, in "


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: None if v is pd.NA else v for k, v in r.items()} for r in frame.to_dict("records")]


def _object_frame(rows: list[Row]) -> pd.DataFrame:
    """Rows as pandas holds Python text it got from elsewhere (object columns: pandas' own
    string columns refuse a lone surrogate)."""
    return pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype=object) for c in _INPUTS})


def _writable(value: object) -> bool:
    return not isinstance(value, str) or value.encode("utf-8", "strict") is not None


def test_a_lone_surrogate_in_any_text_input_is_escaped_and_noted(tmp_path: Path) -> None:
    """Each text a row carries (the id, tags, dates, library, pipeline, `baseModels` as a
    struct or JSON text, `cardData`, a card's text): escaped, named, the rest read."""
    rows: list[Row] = [
        {"id": "org/m-\ud800", "cardData": card(license="mit")},
        {"id": "org/tags", "tags": np.array(["license:mit", "x\udfff"], dtype=object)},
        {"id": "org/dates", "createdAt": "2026\udc80", "lastModified": "\ud800"},
        {"id": "org/lib", "library_name": "t\ud800", "pipeline_tag": "\udbff"},
        {"id": "org/hub", "baseModels": hub_parents("finetune\udc00", "org/\ud800", "org/ok")},
        {"id": "org/text", "baseModels": '{"models": [{"id": "org/\\ud800"}], "relation": "x"}'},
        {"id": "org/card", "cardData": '{"license": "apache-2.0", "base_model": "org/\\ud800"}'},
        {"id": "org/yaml", "card": '---\nlicense: "mit\\ud800"\n---\nFine-tuned from org/ok.\n'},
        {"id": "org/plain", "cardData": card(license="mit"), "tags": ["x"]},
    ]
    found = _records(parse_partition(_object_frame(rows)))
    values = [[r.get(c) for c in _INPUTS] for r in rows]
    expected = [parse_row(*v) for v in values]
    assert [tuple(r.values()) for r in found] == expected
    by_id = {r["id"]: r for r in found}
    assert set(by_id) == {
        "org/m-\\ud800",
        *(str(r["id"]) for r in rows[1:]),
    }
    assert by_id["org/m-\\ud800"]["license_id"] == "MIT"
    assert by_id["org/m-\\ud800"]["card_problem"] == _NOTE + "id"
    assert by_id["org/tags"]["license_id"] == "MIT"  # the license tag is read
    assert by_id["org/tags"]["card_problem"] == _NOTE + "tags"
    assert by_id["org/dates"]["created_at"] == "2026\\udc80"
    assert by_id["org/dates"]["card_problem"] == _NOTE + "createdAt, lastModified"
    assert by_id["org/lib"]["library_name"] == "t\\ud800"
    assert by_id["org/lib"]["card_problem"] == _NOTE + "library_name, pipeline_tag"
    assert json.loads(str(by_id["org/hub"]["parents"])) == [
        ["org/\\ud800", "finetune\\udc00", "baseModels"],
        ["org/ok", "finetune\\udc00", "baseModels"],
    ]
    assert by_id["org/hub"]["card_problem"] == _NOTE + "baseModels"
    assert by_id["org/text"]["card_problem"] == _NOTE + "baseModels"
    assert by_id["org/card"]["license_id"] == "Apache-2.0"
    assert json.loads(str(by_id["org/card"]["parents"])) == [["org/\\ud800", None, "card"]]
    assert by_id["org/card"]["card_problem"] == _NOTE + "cardData.base_model"
    assert by_id["org/yaml"]["declared_license"] == "mit\\ud800"
    assert by_id["org/yaml"]["card_problem"] == _NOTE + "card.license"
    assert by_id["org/plain"]["card_problem"] is None
    assert all(_writable(v) for r in found for v in r.values())
    pq.write_table(pa.Table.from_pylist(found), tmp_path / "models.parquet")


def test_the_license_is_judged_as_scan_judges_the_same_card() -> None:
    """The card reader and `identify_declared` on the card as written (lone surrogates and
    all) say what the census says of its row; only the text is escaped."""
    fronts = [
        '{"license": "\\ud800"}',
        '{"license": ["apache-2.0", "\\udc80"]}',
        '{"license": "mit", "license_name": "MIT \\ud800"}',
        '{"license": "other", "license_name": "quill \\udc80", "license_link": "LICENSE"}',
        '{"license": "cc-by-nc-4.0", "license_link": "\\udbff"}',
        '{"licen\\udc00e": "mit", "license_name": "x"}',
    ]
    frame = pd.DataFrame({"id": [f"org/m{i}" for i in range(len(fronts))], "cardData": fronts})
    found = _records(parse_partition(frame))
    db = load_license_db()
    for front, row in zip(fronts, found, strict=True):
        metadata = json.loads(front)
        text = "---\n" + "".join(f"{k}: {json.dumps(v)}\n" for k, v in metadata.items()) + "---\n"
        scan = identify_declared(declared_from_card(parse_card(text)), db)
        assert row["license_id"] == (scan.id if scan else None), front
        assert row["license_kind"] == (str(scan.kind) if scan and scan.kind else None), front
        assert row["license_method"] == (scan.method if scan else None), front
        assert str(row["card_problem"]).startswith(_NOTE + "cardData."), front
        assert all(_writable(v) for v in row.values()), front
    assert found[0]["declared_license"] == "\\ud800"
    assert found[1]["declared_tags"] == json.dumps(["apache-2.0", "\\udc80"])


LONE_ROWS: list[Row] = [
    {"id": "lab/root", "cardData": card(license="cc-by-nc-4.0"), "downloads": 900},
    {"id": "s/lic", "cardData": '{"license": "\\ud800", "base_model": "lab/root"}'},
    {"id": "s/name", "cardData": '{"license": "other", "license_name": "x\\udc80"}'},
    {"id": "s/link", "cardData": '{"license": "mit", "license_link": "\\udbff"}', "downloads": 5},
    {"id": "s/base", "cardData": '{"license": "mit", "base_model": "org/\\ud800"}'},
    {
        "id": "s/rel",
        "cardData": '{"license": "mit", "base_model": "lab/root", '
        '"base_model_relation": "\\ud800"}',
        "baseModels": hub_parents("quantized", "s/lic"),
    },
    {"id": "s/key", "cardData": '{"\\ud800": 1, "license": "apache-2.0"}', "downloads": 7},
    {"id": "s/list", "cardData": '{"license": ["mit", "\\udfff"]}'},
]


def test_a_census_of_rows_with_lone_surrogates_writes_every_output(
    tmp_path: Path, on_cluster: CensusOptions
) -> None:
    """Through both paths on the cluster: every table, the summary, census.json, drift and
    the lineage snapshot are written; the rows are there, with their note."""
    old = write_snapshot(tmp_path / "models" / "2026-11-16" / "models.parquet", LONE_ROWS)
    changed = [*LONE_ROWS, {"id": "s/new", "cardData": '{"license": "gpl-3.0\\ud800"}'}]
    new = write_snapshot(tmp_path / "models" / "2026-11-23" / "models.parquet", changed)
    out = tmp_path / "census"
    run = run_census([old, new], out, on_cluster)
    assert run.rows == {"2026-11-16": len(LONE_ROWS), "2026-11-23": len(changed)}

    models = run.table("models").set_index(["snapshot", "id"]).loc["2026-11-23"]
    assert set(models.index) == {str(r["id"]) for r in changed}
    assert models.loc["s/lic", "declared_license"] == "\\ud800"
    assert models.loc["s/lic", "license_method"] == "declared-tag-unknown"
    assert models.loc["s/link", "license_id"] == "MIT"  # judged from what can be read
    assert models.loc["s/key", "license_id"] == "Apache-2.0"
    assert models.loc["lab/root", "card_problem"] is pd.NA
    for ref in ("s/lic", "s/name", "s/link", "s/base", "s/rel", "s/key", "s/list", "s/new"):
        assert str(models.loc[ref, "card_problem"]).startswith(_NOTE + "cardData."), ref

    edges = run.table("edges")
    latest = edges[edges["snapshot"] == "2026-11-23"].set_index(["child", "parent"])
    assert latest.loc[("s/base", "org/\\ud800"), "resolved_by"] == "none"
    assert latest.loc[("s/rel", "lab/root"), "relation"] == "\\ud800"
    findings = run.table("findings")
    unresolved = findings[findings["rule"] == "lineage-parent-unresolved"]
    assert "s/base" in set(unresolved["id"])
    lineage = run.table("lineage").set_index(["snapshot", "id"]).loc["2026-11-23"]
    assert lineage.loc["s/lic", "root"] == "lab/root"  # the parents are still followed
    drift = pq.read_table(out / "drift.parquet").to_pylist()
    assert {"s/new"} <= {d["id"] for d in drift if d["change"] == "added"}

    html = (out / "summary.html").read_text(encoding="utf-8")
    assert "<svg" in html
    facts = json.loads((out / "census.json").read_text(encoding="utf-8"))
    assert [s["label"] for s in facts["snapshots"]] == ["2026-11-16", "2026-11-23"]
    lineage_file = tmp_path / "lineage.json"
    result = CliRunner().invoke(
        app, ["census", "lineage-snapshot", str(out), "--top", "9", "--output", str(lineage_file)]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(lineage_file.read_text(encoding="utf-8"))
    assert document["models"]["s/lic"]["license"] == "\\ud800"
    assert document["models"]["s/base"]["parents"] == [["org/\\ud800", None]]
