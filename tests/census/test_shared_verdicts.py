"""The driver's short ways (a model off any cycle resolved once, with one parent without
merging; models with parents judged once per declaration and lineage shape) give, row for
row, the tables of the general way (every model relaxed, each judged on its own): on a
snapshot of long chains, merges, cycles, registry parents, unresolved parents and repo ids
equal but for case."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from auditor.census.lineage_table import dedupe_models, resolve_lineages, table_chunks
from auditor.census.partition import parse_partition
from tests.census.conftest import card, hub_parents

LICENSES: list[Any] = [
    None,
    "unknown",
    "apache-2.0",
    "mit",
    "cc-by-nc-4.0",
    "llama3.1",
    "gemma",
    "gpl-3.0",
    "openrail",
    "other",
    ["apache-2.0", "cc-by-nc-4.0"],
]
REGISTRY = ["meta-llama/Llama-3.1-8B", "google/gemma-2-9b", "mistralai/Mistral-7B-v0.1"]
GHOSTS = ["ghost/base", "Ghost/Base", "lost/model-a", "lost/model-b"]  # in no snapshot
RELATIONS = ["finetune", "adapter", "quantized", "merge"]


def _front(rng: random.Random, parents: list[str]) -> dict[str, Any]:
    license_tag = rng.choice(LICENSES)
    front: dict[str, Any] = {}
    if license_tag is not None:
        front["license"] = license_tag
    if license_tag == "other":
        front["license_name"] = rng.choice(["acme-terms", "quill-license"])
        front["license_link"] = "LICENSE"
    if parents:
        front["base_model"] = parents if len(parents) > 1 else parents[0]
    return front


def _rows(n: int = 900, seed: int = 38) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    ids = [f"org{i % 37}/m{i}" for i in range(n)]
    rows: list[dict[str, Any]] = []
    for i, ref in enumerate(ids):
        parents: list[str] = []
        pick = rng.random()
        if i < 60 and i > 0:  # a long chain
            parents = [ids[i - 1]]
        elif pick < 0.35:
            parents = [ids[rng.randrange(i)]] if i else []
        elif pick < 0.45:  # a merge of several
            parents = [ids[rng.randrange(n)] for _ in range(rng.randrange(2, 4))]
        elif pick < 0.55:
            parents = [rng.choice(REGISTRY)]
        elif pick < 0.62:
            parents = [rng.choice(GHOSTS), *([ids[rng.randrange(n)]] if rng.random() < 0.5 else [])]
        elif pick < 0.68:  # later ones too: cycles
            parents = [ids[rng.randrange(i, n)]]
        row: dict[str, Any] = {"id": ref}
        if parents and rng.random() < 0.5:  # some parents from the Hub's baseModels only
            row["baseModels"] = hub_parents(rng.choice(RELATIONS), *parents)
            row["cardData"] = card(**_front(rng, []))
        else:
            row["cardData"] = card(**_front(rng, parents))
        rows.append(row)
    # a ring of three, a model naming itself, and copies of a known model in the registry
    rows += [
        {"id": "ring/a", "cardData": card(license="mit", base_model="ring/b")},
        {"id": "ring/b", "cardData": card(license="cc-by-nc-4.0", base_model="ring/c")},
        {"id": "ring/c", "cardData": card(base_model="ring/a")},
        {"id": "ring/under", "cardData": card(license="apache-2.0", base_model="ring/c")},
        {"id": "self/loop", "cardData": card(license="mit", base_model="self/loop")},
        {"id": "meta-llama/Llama-3.1-8B", "cardData": card(license="mit", base_model="x/y")},
    ]
    return rows


def _narrow(rows: list[dict[str, Any]]) -> Any:
    frame = pd.DataFrame({k: [r.get(k) for r in rows] for k in ("id", "cardData", "baseModels")})
    return pa.Table.from_pandas(dedupe_models(parse_partition(frame)), preserve_index=False)


def _tables(rows: list[dict[str, Any]], *, reference: bool) -> list[dict[str, list[Any]]]:
    narrow = _narrow(rows)
    parts = list(table_chunks("s", narrow, None, chunk=128, reference=reference))
    return [pa.concat_tables([p[i] for p in parts]).to_pydict() for i in range(3)]


def test_the_short_ways_give_the_tables_of_the_general_way() -> None:
    rows = _rows()
    edges, lineage, findings = _tables(rows, reference=False)
    assert [edges, lineage, findings] == _tables(rows, reference=True)
    # the snapshot has what the comparison is about
    assert set(edges["resolved_by"]) == {"snapshot", "registry", "none"}
    assert any(lineage["cycle"]) and max(lineage["depth"]) >= 50
    assert {"lineage-cycle", "lineage-parent-unresolved", "lineage-license-mismatch"} <= set(
        findings["rule"]
    )
    unresolved = " ".join(m for m in findings["message"] if "could not be resolved" in m)
    assert "ghost/base" in unresolved and "Ghost/Base" in unresolved


def test_the_short_way_resolves_each_lineage_as_the_general_way() -> None:
    narrow = _narrow(_rows(seed=11))
    order = np.arange(narrow.num_rows)
    short, general = (resolve_lineages(narrow, order, direct=d) for d in (True, False))
    assert short.resolved == general.resolved
    assert any(r.cycle for r in short.resolved) and any(r.unresolved for r in short.resolved)
