"""The map task's Arrow steps: lone verdicts judged once per declaration against each model
judged on its own, and the duplicate rule on an Arrow table."""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from auditor.census.graph import EMPTY
from auditor.census.lineage_table import dedupe_table
from auditor.census.lone_verdicts import lone_verdicts
from auditor.census.registry import registry_lookup
from auditor.census.verdict_chunks import DECLARATION_COLUMNS, _judge
from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.license_db import load_license_db
from auditor.lineage.ancestors import repo_key

MIT = ("mit", None, None, None, "MIT", "MIT License", "permissive", "mit", "hub-tag")
GPL = ("gpl-3.0", None, None, None, "GPL-3.0-only", "GPL 3.0", "copyleft", "gpl-3.0", "hub-tag")
NONE: tuple[Any, ...] = (None,) * len(DECLARATION_COLUMNS)
OTHER = ("other", None, "quill terms", "LICENSE", None, None, None, None, None)
STATED = json.dumps([["lineage-parent-in-text", "lineage", "warning", "Names org/x.", "Fix."]])

# (id, parents, card_findings, declaration): declarations repeated and interleaved, models
# with parents (no lone verdict), a repo the registry knows, parents stated in prose.
ROWS: list[tuple[str, str | None, str | None, tuple[Any, ...]]] = [
    ("org0/a", None, None, MIT),
    ("org0/b", '[["org0/a","finetune","baseModels"]]', None, MIT),
    ("org0/c", None, None, GPL),
    ("org0/d", None, None, MIT),
    ("meta-llama/Llama-3.1-8B", None, None, NONE),
    ("org0/e", None, STATED, MIT),
    ("org0/f", None, None, NONE),
    ("org0/g", None, None, OTHER),
    ("org0/h", None, None, GPL),
    ("org0/i", None, STATED, NONE),
    ("org0/j", None, None, MIT),
]


def _narrow(encoded: bool) -> Any:
    columns: dict[str, Any] = {
        "key": pa.array([repo_key(r[0]) for r in ROWS], pa.large_string()),
        "id": pa.array([r[0] for r in ROWS], pa.large_string()),
        "parents": pa.array([r[1] for r in ROWS], pa.large_string()),
        "card_findings": pa.array([r[2] for r in ROWS], pa.large_string()),
    }
    for at, name in enumerate(DECLARATION_COLUMNS):
        values = pa.array([r[3][at] for r in ROWS], pa.large_string())
        columns[name] = pc.dictionary_encode(values) if encoded else values
    return pa.table(columns)


def _one_by_one() -> list[str | None]:
    """Each model without parents judged on its own, as the census did before it grouped
    them by declaration."""
    db = load_license_db()
    known = registry_lookup(load_known_models(), db)
    found: list[str | None] = []
    for ref, parents, stated, fields in ROWS:
        if parents is not None:
            found.append(None)
            continue
        values, findings = _judge(ref, fields, known(ref, repo_key(ref)), EMPTY, db)
        in_text = json.loads(stated) if stated else []
        if in_text:
            values = (*values[:-1], True)
        found.append(json.dumps([values, [*findings, *in_text]], separators=(",", ":")))
    return found


def test_lone_verdicts_are_each_models_own() -> None:
    expected = _one_by_one()
    assert expected[4] != expected[6]  # the registry's repo is judged by its own license
    db = load_license_db()
    for encoded in (False, True):
        known = registry_lookup(load_known_models(), db)
        found = lone_verdicts(_narrow(encoded), known, db, {})
        assert found.to_pylist() == expected


def test_lone_verdicts_of_no_rows() -> None:
    table = _narrow(True).slice(0, 0)
    assert lone_verdicts(table).to_pylist() == []


def test_dedupe_keeps_the_latest_then_the_smallest_id_then_the_earlier_row() -> None:
    rows = [  # (key, last_modified, id, downloads: which row it was)
        ("b/x", "2026-01-01", "b/x", 0),
        ("a/y", None, "a/y", 1),
        ("b/x", "2026-03-01", "B/X", 2),  # the latest: kept
        ("a/y", "2025-01-01", "A/Y", 3),  # dated beats undated: kept
        ("c/z", "2026-01-01", "c/z", 4),
        ("c/z", "2026-01-01", "C/Z", 5),  # same date, smaller id ("C" < "c"): kept
        ("d/w", None, "d/w", 6),  # a full tie: the earlier row kept
        ("d/w", None, "d/w", 7),
        (None, None, "odd", 8),  # no key: one row kept, the earlier
        (None, None, "odd", 9),
    ]
    table = pa.table(
        {
            "key": pa.array([r[0] for r in rows], pa.large_string()),
            "last_modified": pa.array([r[1] for r in rows], pa.large_string()),
            "id": pa.array([r[2] for r in rows], pa.large_string()),
            "downloads": pa.array([r[3] for r in rows], pa.int64()),
        }
    )
    kept = dedupe_table(table)
    assert kept.column("downloads").to_pylist() == [3, 2, 5, 6, 8]
    assert kept.column("key").to_pylist() == ["a/y", "b/x", "c/z", "d/w", None]
