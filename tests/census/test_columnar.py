"""The partition function's columnar path against the per-row function on odd front matter:
the same models, column for column, and the same edges, lineage and findings."""

from __future__ import annotations

import json
import random
from typing import Any

import pandas as pd
import pyarrow as pa

from auditor.census.columnar import parse_fast
from auditor.census.lineage_table import build_tables, dedupe_models
from auditor.census.partition import (
    COLUMNS,
    INT_COLUMNS,
    empty_partition,
    parse_partition,
    parse_row,
)
from auditor.census.snapshot import OPTIONAL_COLUMNS
from tests.census.conftest import card, hub_parents

_INPUTS = ("id", *OPTIONAL_COLUMNS)

# Front matter holding lone UTF-16 surrogates, as JSON escapes them (DuckDB refuses it).
LONE = [
    '{"license": "\\ud800"}',
    '{"license": ["mit", "x\\udfff"]}',
    '{"license": "other", "license_name": "quill \\udc80", "license_link": "LICENSE"}',
    '{"license": "mit", "license_link": "\\udbff"}',
    '{"license": "mit", "base_model": "org0/\\ud800", "base_model_relation": "\\udc00"}',
    '{"license": "mit", "base_model": ["org0/m-1", "\\ud800/x"]}',
    '{"license": "mit", "base_model": "org0/m-1", "tags": ["base_model:adapter:\\ud800"]}',
    '{"\\ud800": "x", "license": "apache-2.0", "note": "\\ud800\\ud800"}',
    '{"licen\\udc00e": "mit"}',
]

# Front matter as the Hub's dump holds it, the odd shapes too (as JSON text, or None).
ODD: list[str | None] = [
    None,
    "",
    card(license="mit"),
    card(license=["apache-2.0", "cc-by-nc-4.0"]),
    card(license=["mit", 1, None, {"id": "x"}]),
    card(license="other", license_name="quill-model-license", license_link="LICENSE"),
    card(license="other", license_name="acme terms", license_link="https://acme.example/l"),
    card(license=" Apache-2.0 "),
    card(license=1),
    card(license=1.0),
    card(license=True),
    card(license=None),
    card(license={"id": "mit"}),
    card(license="llama3.1", license_name=2),
    card(licence="mit"),
    card(License="gpl-3.0", tags=["x"]),
    card(license_name="quill", license_link="LICENSE"),
    card(language=["en"], datasets=["d/x"]),
    '{"license": "mit", "license": "gpl-3.0"}',
    '{"license": "mit",}',
    '{"license": "mit", "score": nan}',
    '{"license": "mit", "score": NaN}',
    '{"license": "mit", "note": "inference: nan"}',
    '{"license": "mit"',
    "[1, 2]",
    '"mit"',
    "null",
    '{"license": "caf\\u00e9-license"}',
    '{"license": "mit", "big": 123456789012345678901234567890}',
    card(license="mit", base_model="org0/m-1"),
    card(license="mit", base_model=["org0/m-1", "https://huggingface.co/org1/m-2"]),
    card(license="apache-2.0", base_model={"id": "org0/m-1"}),
    card(license="mit", base_model="hf.co/org2/m-3", base_model_relation="Merge"),
    card(license="mit", base_model="org0/m-1", base_model_relation=3),
    card(license="mit", base_model="org0/m-1", tags=["base_model:finetune:org0/m-1"]),
    card(license="mit", base_model="org0/m-1", tags=["BASE_MODEL:Adapter:org0/m-1", 7]),
    card(license="mit", base_model="org0/m-1", tags=["baſe_model:quantized:org0/m-1"]),
    card(license="mit", base_model="org0/m-1", tags="base_model:finetune:org0/m-1"),
    card(license="gemma", base_model="google/gemma-2-9b"),
    card(license="mit", base_model="meta-llama/Llama-3.1-8B"),
    card(license="mit", base_model="gone/missing-model"),
    card(license="mit", base_model=[" ", "", 5, ["org0/m-1"]]),
    card(license="mit", base_model="org0/m-1@main"),
    *LONE,
    '{"license": "mit", "note": "\\ud83d\\ude00"}',  # a pair, not lone: read as columns
    # JSON Python cannot read: a number past int's 4,300 digits, nesting past its recursion
    '{"license": ' + "9" * 5000 + "}",
    '{"license": "mit", "base_model": ' + "9" * 5000 + "}",
    '{"license": "mit", "base_model_relation": ' + "9" * 5000 + "}",
    '{"license": "mit", "n": ' + "9" * 5000 + "}",
    '{"license": ' + "[" * 5000 + "]" * 5000 + "}",
    '{"license": "mit", "deep": ' + "[" * 5000 + "]" * 5000 + "}",
]
IDS = [
    "org0/m-1",
    "org1/m-2",
    "org2/m-3",
    "Org0/M-4",
    "org0/m-1",  # again: the duplicate rule decides
    "https://huggingface.co/org3/m-5",
    " org3/m-6 ",
    "org3/m-7@main",
    "org3/ünï",
    "solo",
    "a/b/c",
    "./x",
    "org4/../y",
    "org4/m-8/",
    "Org5/...@main",  # parts of dots: `.` and `..` are not names, `...` and `.a` are
    ".A/..b/",
    "org5/..@main",
    "./Org5",
    "org5/.@main",
]


def _rows(n: int = 600, seed: int = 23) -> list[dict[str, Any]]:
    """Rows mixing every odd front matter with plain ones, parents among them (chains,
    self-parents, cycles), registry parents and parents nowhere; odd ids and columns."""
    rng = random.Random(seed)
    ids = [*IDS, *(f"org{rng.randrange(9)}/m-{i}" for i in range(n - len(IDS)))]
    rows: list[dict[str, Any]] = []
    for i, ref in enumerate(ids):
        front = ODD[i % len(ODD)] if rng.random() < 0.6 else None
        if front is None and rng.random() < 0.7:
            extra: dict[str, Any] = {"license": rng.choice(["mit", "apache-2.0", "llama3"])}
            if rng.random() < 0.5:
                extra["base_model"] = rng.choice([*ids[: i + 1], ref, "gone/p"])
            front = card(**extra)
        row: dict[str, Any] = {
            "id": ref if rng.random() > 0.02 else rng.choice([None, "", "  "]),
            "cardData": front,
            "tags": rng.choice(
                [None, [], ["text-generation"], ["license:cc-by-4.0"], ["license:mit", "x"]]
            ),
            "downloads": rng.choice([None, rng.randrange(10_000)]),
            "likes": rng.choice([None, 0, 3]),
            "lastModified": rng.choice([None, "", "NaT", f"2026-0{rng.randrange(1, 9)}-01"]),
            "createdAt": rng.choice([None, "2025-01-01"]),
            "library_name": rng.choice([None, "transformers", ""]),
            "pipeline_tag": rng.choice([None, "text-generation"]),
        }
        if rng.random() < 0.3:
            parents = rng.sample(ids[: i + 1], min(2, i + 1))
            if rng.random() < 0.2:
                parents.append(ref)  # itself
            if rng.random() < 0.2:
                parents.append(rng.choice(["meta-llama/Llama-3.1-8B", "gone/q", " "]))
            row["baseModels"] = hub_parents(rng.choice(["finetune", "Merge", ""]), *parents)
        rows.append(row)
    # A cycle of three and a model that is its own parent, declared both ways.
    rows += [
        {"id": "cyc/a", "cardData": card(license="mit", base_model="cyc/c")},
        {
            "id": "cyc/b",
            "cardData": card(license="mit"),
            "baseModels": hub_parents("merge", "cyc/a"),
        },
        {"id": "cyc/c", "cardData": card(license="gpl-3.0", base_model="CYC/B")},
        {"id": "self/x", "cardData": card(license="mit", base_model="self/x")},
    ]
    return rows


def _frame(rows: list[dict[str, Any]], *, cards: bool = False) -> pd.DataFrame:
    frame = pd.DataFrame({c: [r.get(c) for r in rows] for c in _INPUTS if c != "card"})
    if cards:
        texts = ["---\nlicense: mit\n---\nFine-tuned from org0/m-1.\n", None, ""]
        frame["card"] = [texts[i % 3] for i in range(len(rows))]
    return frame


def _per_row(frame: pd.DataFrame) -> pd.DataFrame:
    """The partition function as it was: `parse_row` on every row."""
    values = {
        c: [
            None
            if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)
            else v
            for v in frame[c].tolist()
        ]
        if c in frame.columns
        else [None] * len(frame)
        for c in _INPUTS
    }
    found = [parse_row(*(values[c][i] for c in _INPUTS)) for i in range(len(frame))]
    kept = [row for row in found if row is not None]
    data = {
        name: pd.array(
            [row[at] for row in kept], dtype="Int64" if name in INT_COLUMNS else "string"
        )
        for at, name in enumerate(COLUMNS)
    }
    return pd.DataFrame(data)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: None if v is pd.NA else v for k, v in r.items()} for r in frame.to_dict("records")]


def test_the_columnar_path_gives_the_per_row_functions_models() -> None:
    rows = _rows()
    for cards in (False, True):
        frame = _frame(rows, cards=cards)
        found = parse_partition(frame)
        assert found.dtypes.equals(empty_partition().dtypes)
        assert _records(found) == _records(_per_row(frame)), cards


def test_most_rows_take_the_columnar_path_and_odd_ones_do_not() -> None:
    """So the comparison above is of the two paths: the plain rows are read as columns."""
    rows = _rows()
    table = pa.Table.from_pandas(_frame(rows), preserve_index=False)
    fast = parse_fast(table)
    assert fast is not None
    taken = set(fast.column("rid").to_pylist())
    assert len(taken) > len(rows) // 2
    for at, row in enumerate(rows):
        text = row["cardData"]
        odd = text in ('{"license": "mit", "license": "gpl-3.0"}', '{"license": "mit",}', "[1, 2]")
        odd = odd or text == card(licence="mit") or text == card(license=1) or text in LONE
        if odd or not isinstance(row["id"], str) or row["id"].strip() != row["id"]:
            assert at not in taken, row


def test_lineage_edges_and_findings_are_the_same_from_either_path() -> None:
    frame = _frame(_rows())
    tables = []
    for models in (parse_partition(frame), _per_row(frame)):
        models = dedupe_models(models)
        models.insert(0, "snapshot", pd.array(["s"] * len(models), "string"))
        tables.append(build_tables("s", models))
    assert tables[0] == tables[1]
    edges, lineage, _ = tables[0]
    assert "registry" in edges["resolved_by"] and "none" in edges["resolved_by"]
    assert any(lineage["cycle"])


def _mapping(text: object) -> object:
    """Front matter as a mapping (a dump with a `cardData` struct), where it is one."""
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):  # not JSON, or past what Python reads
        return None
    return value if isinstance(value, dict) else None


def test_a_partition_of_types_the_sql_does_not_read_goes_row_by_row() -> None:
    frame = _frame(_rows(80))
    frame["cardData"] = [_mapping(t) for t in frame["cardData"]]
    assert _records(parse_partition(frame)) == _records(_per_row(frame))


def test_other_column_types_give_the_per_row_functions_models() -> None:
    """Dates as timestamps, counts as floats with gaps, tags as arrays, `baseModels` as JSON
    text, the id under `modelId`: each read as `parse_row` reads it."""
    import numpy as np

    frame = _frame(_rows(120))
    dated = frame.copy()
    dated["lastModified"] = pd.to_datetime(
        [f"2026-0{1 + i % 9}-0{1 + i % 9}T10:00:00Z" if i % 7 else None for i in range(len(frame))]
    )
    dated["downloads"] = [float(i) if i % 5 else float("nan") for i in range(len(frame))]
    dated["tags"] = [np.array(t, dtype=object) if t is not None else None for t in frame["tags"]]
    texts = frame.copy()
    texts["baseModels"] = [json.dumps(b) if b is not None else None for b in frame["baseModels"]]
    for variant in (dated, texts):
        assert _records(parse_partition(variant)) == _records(_per_row(variant))
    renamed = frame.rename(columns={"id": "modelId"})
    assert _records(parse_partition(renamed, "modelId")) == _records(_per_row(frame))
