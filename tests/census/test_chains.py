"""The chain lineages as columns (`chains`, `chain_graph`, `chain_edges`, `chain_verdicts`)
give, row for row, what the general way gives: on a snapshot of chains and of what leaves
them (merges, cycles and what lies under them, registry parents and own repos, unresolved
parents, a chain past `SLOTS` ids, refs written as URLs, with a revision or another case,
ids outside ASCII)."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from auditor.census.chain_graph import chain_lineages
from auditor.census.chains import SLOTS, row_codes
from auditor.census.lineage_table import dedupe_models, resolve_lineages, table_chunks
from auditor.census.partition import parse_partition
from auditor.census.registry import registry_lookup, registry_orgs
from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.license_db import load_license_db
from tests.census.conftest import card, hub_parents

LICENSES = ["apache-2.0", "mit", "cc-by-nc-4.0", "llama3.1", "gemma", "gpl-3.0", "openrail"]
RELATIONS = ["finetune", "adapter", "quantized", "merge"]


def _rows(seed: int = 5, n: int = 700) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    # each level its own license: the lineage outgrows SLOTS ids, then its children too
    wide = [f"wide/m{i}" for i in range(len(LICENSES) + 3)]
    for i, ref in enumerate(wide):
        front = {"license": LICENSES[i % len(LICENSES)]}
        rows.append({"id": ref, "cardData": card(**front, **_base(wide[:i][-1:]))})
    special = [
        {"id": "Case/Base", "cardData": card(license="mit")},
        {"id": "case/kid", "cardData": card(base_model="case/base")},  # written lower-case
        {"id": "case/grandkid", "cardData": card(license="gpl-3.0", base_model="Case/Kid")},
        {"id": "accent/modèle", "cardData": card(license="apache-2.0")},
        {"id": "accent/kid", "cardData": card(base_model="accent/modèle")},
        {"id": "url/kid", "cardData": card(base_model="https://huggingface.co/Case/Base")},
        {"id": "rev/kid", "cardData": card(license="mit", base_model="case/kid@main")},
        {"id": "ghost/kid", "cardData": card(license="mit", base_model="ghost/nowhere")},
        {"id": "ghost/grandkid", "cardData": card(base_model="ghost/kid")},
        {"id": "merge/kid", "cardData": card(base_model=["case/kid", "ghost/kid"])},
        {"id": "merge/grandkid", "cardData": card(license="mit", base_model="merge/kid")},
        {"id": "ring/a", "cardData": card(license="mit", base_model="ring/b")},
        {"id": "ring/b", "cardData": card(base_model="ring/a")},
        {"id": "ring/under", "cardData": card(base_model="ring/b")},
        {"id": "meta-llama/Llama-3.1-8B", "cardData": card(base_model="case/kid")},
        {"id": "registry/kid", "cardData": card(base_model="meta-llama/Llama-3.1-8B")},
    ]
    rows += special
    ids = [r["id"] for r in rows]
    for i in range(n):
        ref = f"org{i % 23}/m{i}"
        pick = rng.random()
        parents = [rng.choice(ids)] if pick < 0.7 else []
        if pick < 0.05:
            parents.append(rng.choice(ids))
        license_tag = rng.choice([None, "unknown", *LICENSES])
        front = {"license": license_tag} if license_tag else {}
        if parents and rng.random() < 0.3:
            hub = hub_parents(rng.choice(RELATIONS), *parents)
            rows.append({"id": ref, "cardData": card(**front), "baseModels": hub})
        else:
            rows.append({"id": ref, "cardData": card(**front, **_base(parents))})
        ids.append(ref)
    return rows


def _base(parents: list[str]) -> dict[str, Any]:
    if not parents:
        return {}
    return {"base_model": parents if len(parents) > 1 else parents[0]}


def _narrow(rows: list[dict[str, Any]]) -> Any:
    frame = pd.DataFrame({k: [r.get(k) for r in rows] for k in ("id", "cardData", "baseModels")})
    return pa.Table.from_pandas(dedupe_models(parse_partition(frame)), preserve_index=False)


def _tables(narrow: Any, *, reference: bool) -> list[dict[str, list[Any]]]:
    parts = list(table_chunks("s", narrow, None, chunk=100, reference=reference))
    return [pa.concat_tables([p[i] for p in parts]).to_pydict() for i in range(3)]


def test_the_chain_columns_give_the_tables_of_the_general_way() -> None:
    narrow = _narrow(_rows())
    edges, lineage, findings = _tables(narrow, reference=False)
    assert [edges, lineage, findings] == _tables(narrow, reference=True)
    assert set(edges["resolved_by"]) == {"snapshot", "registry", "none"}
    assert any(lineage["cycle"])
    assert {"lineage-cycle", "lineage-parent-unresolved", "lineage-license-mismatch"} <= set(
        findings["rule"]
    )


def test_each_node_resolves_as_the_general_way_and_most_on_chains() -> None:
    narrow = _narrow(_rows(seed=9))
    order = np.arange(narrow.num_rows)
    db, registry = load_license_db(), load_known_models()
    known = registry_lookup(registry, db)
    columns = chain_lineages(narrow, order, known, registry_orgs(registry))
    general = resolve_lineages(narrow, order, direct=False)
    assert list(columns.nodes) == list(general.nodes)
    chains = columns.chains
    assert [chains.resolved(i) for i in range(len(columns.nodes))] == general.resolved
    on_chains = int((chains.state >= 0).sum())
    assert on_chains > len(columns.nodes) // 2 and chains.general  # both ways were taken
    at = {ref: i for i, ref in enumerate(narrow.column("id").take(columns.nodes).to_pylist())}
    for off_chain in ("wide/m9", "merge/kid", "merge/grandkid", "ring/a", "ring/under"):
        assert chains.state[at[off_chain]] < 0, off_chain
    for on_chain in ("wide/m3", "case/grandkid", "ghost/grandkid", "registry/kid", "url/kid"):
        assert chains.state[at[on_chain]] >= 0, on_chain
    assert max(s.width for s in chains.states) <= SLOTS


def test_row_codes_number_distinct_rows_as_numpy_does() -> None:
    rng = np.random.default_rng(3)
    narrow = [rng.integers(-1, 4, size=200) for _ in range(3)]
    wide = [*narrow, rng.integers(-1, 1 << 40, size=200), rng.integers(-1, 1 << 40, size=200)]
    for columns in (narrow, wide):
        which, first = row_codes(columns)
        rows = np.stack(columns, axis=1)
        _, expected = np.unique(rows, axis=0, return_inverse=True)
        assert which.tolist() == expected.reshape(-1).tolist()
        assert (rows[first][which] == rows).all()
