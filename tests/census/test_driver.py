"""The distributed driver (part files on the workers, narrow columns on the driver, chunked
writes) against the whole census done in one process on one frame: every column of every
table, duplicates of a repo across partitions included."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from auditor.census.lineage_table import build_tables, dedupe_models
from auditor.census.partition import parse_partition
from auditor.census.run import CensusOptions, run_census
from tests.census.conftest import Row, card, hub_parents, write_snapshot
from tests.census.test_run import SYNTHETIC

LICENSES = ["mit", "apache-2.0", "cc-by-nc-4.0", "llama3.1", "gpl-3.0", "openrail", None]


def _rows(n: int = 400, seed: int = 19) -> list[Row]:
    """Chains, merges and cycles among n models, parents outside the snapshot, and the same
    repo several times: later, undated, upper-cased, and full ties (same id and date)."""
    rng = random.Random(seed)
    rows: list[Row] = []
    ids = [f"org{rng.randrange(20)}/m-{i}" for i in range(n)]
    for i, ref in enumerate(ids):
        front: dict[str, Any] = {}
        license_tag = rng.choice(LICENSES)
        if license_tag:
            front["license"] = license_tag
        row: Row = {"id": ref, "downloads": rng.choice([None, rng.randrange(10_000)])}
        if rng.random() < 0.5:
            parent = rng.choice(ids) if rng.random() < 0.9 else f"gone/p-{i}"
            if rng.random() < 0.5:
                front["base_model"] = parent
            else:
                row["baseModels"] = hub_parents(rng.choice(["finetune", "merge"]), parent)
        row["cardData"] = card(**front) if rng.random() > 0.05 else None
        row["lastModified"] = rng.choice([None, f"2026-{rng.randrange(1, 12):02d}-01"])
        rows.append(row)
    for _ in range(n // 4):
        again = dict(rng.choice(rows))
        change = rng.random()
        if change < 0.3:
            again["lastModified"] = "2026-12-24"
        elif change < 0.5:
            again["id"] = str(again["id"]).upper()
        again["cardData"] = card(license=rng.choice(["mit", "gpl-3.0", "llama3"]))
        rows.insert(rng.randrange(len(rows)), again)
    return rows


def _one_process(rows: list[Row], label: str) -> dict[str, list[dict[str, Any]]]:
    """The census as it was done before the driver streamed: every model row in one frame."""
    columns = ("id", "cardData", "baseModels", "tags", "downloads", "lastModified")
    frame = pd.DataFrame({c: [r.get(c) for r in rows] for c in columns})
    models = dedupe_models(parse_partition(frame))
    models.insert(0, "snapshot", pd.array([label] * len(models), "string"))
    edges, lineage, findings = build_tables(label, models)
    return {
        "models": models.to_dict("records"),
        "edges": pd.DataFrame(edges).to_dict("records"),
        "lineage": pd.DataFrame(lineage).to_dict("records"),
        "findings": pd.DataFrame(findings).to_dict("records"),
    }


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value.item() if hasattr(value, "item") else value


def _records(path: Path) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in r.items()} for r in pq.read_table(path).to_pylist()]


def test_written_tables_equal_the_one_process_census(
    tmp_path: Path, on_cluster: CensusOptions
) -> None:
    rows = _rows() + SYNTHETIC
    snapshot = write_snapshot(tmp_path / "models.parquet", rows, row_group_size=37)
    expected = {
        name: [{k: _plain(v) for k, v in r.items()} for r in records]
        for name, records in _one_process(rows, "1-models").items()
    }
    assert len(expected["models"]) < len(rows)  # there are duplicates to drop
    for partitions, remote in ((1, True), (7, True), (None, True), (7, False)):
        options = CensusOptions(
            scheduler=on_cluster.scheduler,
            partitions=partitions,
            chunk_rows=29,
            part_row_group=5,
            verdicts_on_workers=remote,
        )
        out = tmp_path / f"out-{partitions}-{remote}"
        run = run_census([snapshot], out, options)
        for name, records in expected.items():
            assert _records(out / f"{name}.parquet") == records, (partitions, remote, name)
        assert run.counts["models"] == len(expected["models"])
        lineage = expected["lineage"]
        assert run.mislabelled == sum(bool(r["contradicts_base"]) for r in lineage)
        facts = json.loads((out / "census.json").read_text(encoding="utf-8"))
        assert facts["tables"]["findings"] == len(expected["findings"])
        assert not [p for p in out.iterdir() if p.name.startswith(".census-")]


def test_a_full_tie_keeps_the_earlier_row(tmp_path: Path, on_cluster: CensusOptions) -> None:
    rows: list[Row] = [{"id": f"o/filler-{i}", "cardData": card(license="mit")} for i in range(9)]
    rows.insert(1, {"id": "t/tie", "cardData": card(license="gpl-3.0"), "lastModified": "2026"})
    rows.append({"id": "t/tie", "cardData": card(license="apache-2.0"), "lastModified": "2026"})
    rows.append({"id": "T/TIE", "cardData": card(license="mit"), "lastModified": "2027"})
    rows.append({"id": "u/undated", "cardData": card(license="mit")})
    rows.insert(0, {"id": "u/undated", "cardData": card(license="cc-by-4.0"), "lastModified": "1"})
    snapshot = write_snapshot(tmp_path / "s.parquet", rows, row_group_size=4)
    for partitions in (1, 3):
        options = CensusOptions(scheduler=on_cluster.scheduler, partitions=partitions)
        run = run_census([snapshot], tmp_path / str(partitions), options)
        models = run.table("models").set_index("key")
        assert models.loc["t/tie", "id"] == "T/TIE"  # the latest wins over case
        assert models.loc["u/undated", "declared_license"] == "cc-by-4.0"  # dated beats undated
    rows[-2]["lastModified"] = "2026"  # now T/TIE ties on date: the smaller id wins
    rows = [r for r in rows if r["id"] != "T/TIE"]
    snapshot = write_snapshot(tmp_path / "s2.parquet", rows, row_group_size=4)
    for partitions in (1, 3):
        options = CensusOptions(scheduler=on_cluster.scheduler, partitions=partitions)
        run = run_census([snapshot], tmp_path / f"tie-{partitions}", options)
        models = run.table("models").set_index("key")
        assert models.loc["t/tie", "declared_license"] == "gpl-3.0"  # the earlier row


def test_an_earlier_census_is_replaced_whole(tmp_path: Path, on_cluster: CensusOptions) -> None:
    out = tmp_path / "census"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    first = write_snapshot(tmp_path / "a.parquet", SYNTHETIC)
    run_census([first], out, on_cluster)
    second = write_snapshot(tmp_path / "b.parquet", SYNTHETIC[:3])
    run = run_census([second], out, on_cluster)
    assert run.rows == {"1-b": 3} and len(pq.read_table(out / "models.parquet")) == 3
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in out.iterdir()) == [
        "census.duckdb",
        "census.json",
        "edges.parquet",
        "findings.parquet",
        "lineage.parquet",
        "models.parquet",
        "notes.txt",
        "summary.html",
    ]


def _drift_one_row_at_a_time(old: Any, new: Any) -> list[tuple[Any, ...]]:
    """Drift as it was computed before (a Python row per model), for comparison."""
    from auditor.licenses.expression import expression_keys

    compared = (
        ("declared_license", "declared-license"),
        ("license_id", "declared-license-id"),
        ("effective_id", "effective-license"),
    )

    def text(value: Any) -> str | None:
        return value if isinstance(value, str) else None

    def keys(lineage: Any) -> set[str]:
        names = set(lineage["license_id"].dropna()) | set(lineage["effective_id"].dropna())
        return {key for name in names for key in expression_keys(str(name))}

    joined = old.merge(new, on="key", how="outer", suffixes=("_old", "_new"), indicator=True)
    rows: list[tuple[Any, ...]] = []
    for record in joined.to_dict("records"):
        if record["_merge"] == "left_only":
            rows.append((record["id_old"], "removed", text(record["declared_license_old"]), None))
            continue
        if record["_merge"] == "right_only":
            rows.append((record["id_new"], "added", None, text(record["declared_license_new"])))
            continue
        for column, change in compared:
            before, after = text(record[f"{column}_old"]), text(record[f"{column}_new"])
            if before != after:
                rows.append((record["id_new"], change, before, after))
        was, now = bool(record["contradicts_base_old"]), bool(record["contradicts_base_new"])
        if was != now:
            change = "newly-mislabelled" if now else "no-longer-mislabelled"
            rows.append((record["id_new"], change, None, None))
    rows += [(None, "license-first-seen", None, name) for name in keys(new) - keys(old)]
    rows.sort(key=lambda r: (r[0] or "", r[1], r[2] or "", r[3] or ""))
    return rows


def _changes(table: Any) -> list[tuple[Any, ...]]:
    return [(r["id"], r["change"], r["old"], r["new"]) for r in table.to_pylist()]


def test_drift_in_sql_equals_drift_by_rows(tmp_path: Path) -> None:
    from auditor.census.drift import drift_between

    rng = random.Random(7)
    tags = [None, "", "mit", "apache-2.0", "MIT AND gpl-3.0"]
    ids = ["Apache-2.0", "MIT", "GPL-3.0-only", "MIT AND GPL-3.0-only", None]

    def snapshot(label: str, keys: list[str]) -> tuple[Path, Any]:
        frame = pd.DataFrame(
            {
                "snapshot": label,
                "key": keys,
                "id": [k.upper() if rng.random() < 0.3 else k for k in keys],
                "declared_license": [rng.choice(tags) for _ in keys],
                "license_id": [rng.choice(ids) for _ in keys],
                "effective_id": [rng.choice(ids) for _ in keys],
                "contradicts_base": [rng.choice([True, False, None]) for _ in keys],
            }
        )
        path = tmp_path / f"{label}.parquet"
        frame.to_parquet(path)  # read back as the census reads its tables
        return path, pd.read_parquet(path)

    keys = [f"o/m{i}" for i in range(300)]
    (old_path, old), (new_path, new) = (
        snapshot("old", rng.sample(keys, 250)),
        snapshot("new", rng.sample(keys, 250)),
    )
    found = drift_between(old_path, "old", new_path, "new")
    assert _changes(found) == _drift_one_row_at_a_time(old, new)
    assert {"removed", "added", "declared-license", "newly-mislabelled"} <= set(
        found.column("change").to_pylist()
    )
    assert set(found.column("old_snapshot").to_pylist()) == {"old"}
    assert set(found.column("new_snapshot").to_pylist()) == {"new"}


def test_latest_rows_as_arrow_strings_give_the_same_drift_and_export(tmp_path: Path) -> None:
    """`census drift` joins the latest snapshot of each census in SQL and `export-lineage` reads
    only the latest snapshot's rows, text as Arrow-backed strings: their results are those of
    the whole tables read as Python strings."""
    from auditor.census.drift import census_drift
    from auditor.census.export import EXPORT_COLUMNS, export_rows, lineage_snapshot
    from auditor.census.tables import read_table

    rng = random.Random(11)
    ids = ["Apache-2.0", "MIT", "LicenseRef-x", "MIT AND GPL-3.0-only", None]

    def census(folder: Path, labels: list[str]) -> Path:
        lineage, models = [], []
        for label in labels:
            for i in rng.sample(range(300), 200):
                key = f"o{i % 7}/m{i}"
                ref = key.upper() if rng.random() < 0.2 else key
                parent = f"o{(i + 1) % 7}/m{i + 1}" if rng.random() < 0.4 else None
                lineage.append(
                    {
                        "snapshot": label,
                        "key": key,
                        "id": ref,
                        "declared_license": rng.choice(["mit", "", None, "apache-2.0"]),
                        "license_id": rng.choice(ids),
                        "effective_id": rng.choice(ids),
                        "contradicts_base": rng.random() < 0.3,
                    }
                )
                models.append(
                    {
                        "snapshot": label,
                        "key": key,
                        "id": ref,
                        "downloads": rng.choice([None, rng.randrange(1000)]),
                        "parents": json.dumps([[parent, "finetune", "card"]]) if parent else None,
                        "declared_tags": rng.choice([None, json.dumps(["mit", "cc-by-4.0"])]),
                        "declared_license": rng.choice(["mit", None]),
                        "license_name": rng.choice([None, "Some License"]),
                        "license_id": rng.choice(ids),
                        "last_modified": rng.choice([None, "2026-11-01"]),
                    }
                )
        folder.mkdir()
        pd.DataFrame(lineage).to_parquet(folder / "lineage.parquet")
        pd.DataFrame(models).to_parquet(folder / "models.parquet")
        return folder

    old = census(tmp_path / "old", ["2026-11-01", "2026-11-08"])
    new = census(tmp_path / "new", ["2026-11-08", "2026-11-15"])

    def whole_latest(folder: Path, name: str, columns: Any) -> Any:
        table = read_table(folder, name, columns)
        return table[table["snapshot"] == sorted(table["snapshot"].unique())[-1]]

    def records(frame: Any) -> list[dict[str, Any]]:
        return [
            {k: None if v is pd.NA else v for k, v in r.items()} for r in frame.to_dict("records")
        ]

    columns = ["snapshot", "key", "id", "declared_license", "license_id", "effective_id"]
    columns.append("contradicts_base")
    expected = _drift_one_row_at_a_time(*(whole_latest(f, "lineage", columns) for f in (old, new)))
    found = census_drift(old, new)  # the latest snapshot of each, joined in SQL
    assert len(expected) > 50 and _changes(found) == expected
    assert set(found.column("new_snapshot").to_pylist()) == {"2026-11-15"}
    latest = read_table(new, "models", EXPORT_COLUMNS, latest=True)
    assert set(latest["snapshot"]) == {"2026-11-15"}
    sources = [{"label": "2026-11-15", "path": "models.parquet"}]
    whole = read_table(new, "models", EXPORT_COLUMNS)
    assert lineage_snapshot(latest, 40, sources) == lineage_snapshot(whole, 40, sources)
    # picked by DuckDB from the file (ranked in SQL, ancestors a level at a time): the same
    for top in (1, 5, 40, 500):
        picked = export_rows(new / "models.parquet", top)
        assert len(picked) <= len(latest)
        assert lineage_snapshot(picked, top, sources) == lineage_snapshot(whole, top, sources)


def test_export_ranks_by_downloads_when_some_are_missing(tmp_path: Path) -> None:
    """A missing download count made pandas read the whole column as floats, which the export
    took for no count at all: the top models were then the first keys, not the most
    downloaded. Read either way, the ranking and the counts are the table's."""
    import pyarrow as pa

    from auditor.census.export import EXPORT_COLUMNS, export_rows, lineage_snapshot
    from auditor.census.tables import read_table

    keys = ["a/few", "a/none", "a/most", "a/some"]
    table = pa.table(
        {
            "snapshot": ["s"] * 4,
            "key": keys,
            "id": keys,
            "downloads": pa.array([5, None, 900, 40], pa.int64()),
            **{
                c: [None] * 4
                for c in EXPORT_COLUMNS
                if c not in {"snapshot", "key", "id", "downloads"}
            },
        }
    )
    folder = tmp_path / "census"
    folder.mkdir()
    pq.write_table(table, folder / "models.parquet")
    latest = read_table(folder, "models", EXPORT_COLUMNS, latest=True)
    for frame in (latest, table.to_pandas(), export_rows(folder / "models.parquet", 2)):
        document = lineage_snapshot(frame, 2, [])
        assert {k: v["downloads"] for k, v in document["models"].items()} == {
            "a/most": 900,
            "a/some": 40,
        }
    everything = lineage_snapshot(table.to_pandas(), 4, [])["models"]
    assert everything["a/none"]["downloads"] is None and everything["a/few"]["downloads"] == 5


def test_summary_shows_download_counts_when_some_are_missing(tmp_path: Path) -> None:
    """The summary's most downloaded mislabelled models keep their counts (a missing one made
    pandas read floats, which the table left blank) and their order."""
    import pyarrow as pa

    from auditor.census.html import _mislabelled_table
    from auditor.census.tables import _SUMMARY_COLUMNS, _read

    ids = ["a/few", "a/none", "a/most"]
    given: dict[str, Any] = {"snapshot": ["s"] * 3, "id": ids}
    given["downloads"] = pa.array([5, None, 900], pa.int64())
    given["contradicts_base"] = [True, True, True]
    columns = {c: given.get(c, [None] * 3) for c in _SUMMARY_COLUMNS}
    pq.write_table(pa.table(columns), tmp_path / "lineage.parquet")
    html = _mislabelled_table(_read(tmp_path / "lineage.parquet", _SUMMARY_COLUMNS))
    assert "<td>900</td>" in html and "<td>5</td>" in html
    assert html.index("a/most") < html.index("a/few") < html.index("a/none")


def test_models_without_parents_carry_their_verdict_from_the_worker(tmp_path: Path) -> None:
    """The worker judges each model without parents (its verdict is its own row's alone);
    the driver spreads those verdicts to the tables: the same rows as judging every model
    in one process, a model with parents left to lineage (no verdict from the worker)."""
    from auditor.census.parts import map_partition

    rows = _rows(120, seed=7)
    columns = ("id", "cardData", "baseModels", "tags", "downloads", "lastModified")
    frame = pd.DataFrame({c: [r.get(c) for r in rows] for c in columns})
    narrow = map_partition(frame, "id", (str(tmp_path), 0))
    parents = narrow.column("parents").to_pylist()
    verdicts = narrow.column("verdict").to_pylist()
    assert any(p is None for p in parents) and any(p is not None for p in parents)
    assert [v is None for v in verdicts] == [p is not None for p in parents]

    models = dedupe_models(parse_partition(frame))
    _, lineage, findings = build_tables("s", models)
    by_id = {ref: i for i, ref in enumerate(lineage["id"])}
    for ref, text in zip(narrow.column("id").to_pylist(), verdicts, strict=True):
        if text is None:
            continue
        values, found = json.loads(text)
        at = by_id[ref]
        assert values == [lineage[name][at] for name in list(lineage)[5:]]
        mine = [i for i, r in enumerate(findings["id"]) if r == ref]
        assert found == [[findings[n][i] for n in list(findings)[2:]] for i in mine]


def test_lone_verdicts_spread_to_their_models_in_order() -> None:
    """Distinct verdicts read once and spread back: zero, one and two findings, repeated
    and interleaved, as a dictionary and as plain text, give each model its own."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from auditor.census.verdict_chunks import LINEAGE_COLUMNS, _lone

    width = len(LINEAGE_COLUMNS) - 5

    def verdict(tag: str, findings: int) -> str:
        values = [
            tag,
            None,
            tag,
            tag,
            None,
            None,
            None,
            None,
            0,
            False,
            0,
            bool(findings),
            False,
            False,
        ]
        assert len(values) == width
        found = [[f"rule-{k}", "mismatch", "warn", f"{tag} {k}", "fix"] for k in range(findings)]
        return json.dumps([values, found])

    texts = [verdict("a", 2), verdict("b", 0), verdict("a", 2), verdict("c", 1), verdict("b", 0)]
    for column in (pa.array(texts, pa.large_string()), pc.dictionary_encode(pa.array(texts))):
        values, found, models = _lone(column)
        assert values[0].to_pylist() == ["a", "b", "a", "c", "b"]
        assert values[11].to_pylist() == [True, False, True, True, False]
        assert models.tolist() == [0, 0, 2, 2, 3]
        assert found[3].to_pylist() == ["a 0", "a 1", "a 0", "a 1", "c 0"]
        assert found[0].to_pylist() == ["rule-0", "rule-1", "rule-0", "rule-1", "rule-0"]


def test_family_bars_pick_the_families_a_full_sort_picks() -> None:
    """The summary's families (most derivatives first, then by name): only the groups as
    large as the TOP-th are sorted, with the same bars as sorting every group."""
    from auditor.census.html import TOP, _family_bars, bars

    rng = random.Random(5)
    roots = [f"org/root-{rng.randrange(60):02d}" for _ in range(2_000)] + [None] * 50
    frame = pd.DataFrame({"root": roots, "contradicts_base": [rng.random() < 0.3 for _ in roots]})
    derived = frame[frame["root"].notna()]
    grouped = derived.groupby("root")["contradicts_base"].agg(["size", "sum"])
    assert len(grouped) > TOP and grouped["size"].duplicated().any()  # ties at the edge
    rows = sorted(grouped.itertuples(), key=lambda r: (-r.size, str(r.Index)))[:TOP]
    expected = bars(
        [
            (str(r.Index), r.sum / r.size, f"{r.sum:,} of {r.size:,} ({r.sum / r.size:.0%})")
            for r in rows
        ],
        scale=1.0,
    )
    assert _family_bars(frame) == expected


def test_a_failing_models_merge_stops_the_census_and_leaves_no_work_folder(
    tmp_path: Path, on_cluster: CensusOptions, monkeypatch: Any
) -> None:
    """The models merge runs on a thread beside lineage: its error is the census's error,
    and the work folder is removed once the thread is done."""
    import pytest

    import auditor.census.run as census_run

    def broken(*args: Any, **kwargs: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(census_run, "write_models", broken)
    out = tmp_path / "census"
    with pytest.raises(OSError, match="disk full"):
        run_census([write_snapshot(tmp_path / "a.parquet", SYNTHETIC)], out, on_cluster)
    assert list(out.iterdir()) == []
