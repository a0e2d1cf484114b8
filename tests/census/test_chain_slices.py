"""Chain chunks judged elsewhere (`chain_slices`: a slice of the lineages and the chunk's thin
rows sent, its values sent back, each through pickle as to a worker) give the tables of the
chunks judged here, row for row: on the snapshots of chains, merges, cycles, registry
parents, own repos in the registry, unresolved parents, ids equal but for case or outside
ASCII and chains past `SLOTS` ids (`test_shared_verdicts`, `test_chains`)."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pyarrow as pa

from auditor.census import chain_judging
from auditor.census.chain_slices import slice_values
from auditor.census.lineage_table import table_chunks
from tests.census import test_chains, test_shared_verdicts


def _sent(value: Any) -> Any:
    return pickle.loads(pickle.dumps(value, protocol=5))


def _judged_elsewhere(pool: ThreadPoolExecutor) -> Callable[[Any, Any], Future[Any]]:
    def submit(rows: Any, cut: Any) -> Future[Any]:
        return pool.submit(lambda: _sent(slice_values(_sent(rows), _sent(cut))))

    return submit


def _tables(narrow: Any, chunk: int, remote: Any = None) -> list[dict[str, list[Any]]]:
    parts = list(table_chunks("s", narrow, None, chunk=chunk, remote=remote))
    return [pa.concat_tables([p[i] for p in parts]).to_pydict() for i in range(3)]


def test_chunks_judged_elsewhere_give_the_tables_judged_here() -> None:
    narrow = test_shared_verdicts._narrow(test_shared_verdicts._rows())
    here = _tables(narrow, 128)
    chain_judging.JUDGED.clear()
    with ThreadPoolExecutor(2) as pool:
        for chunk, window in ((128, 3), (97, 1), (128, 2)):  # the last with judgments kept
            assert _tables(narrow, chunk, (_judged_elsewhere(pool), window)) == here, chunk
    assert chain_judging.JUDGED  # kept for the chunks a worker is sent next
    edges, lineage, findings = here
    assert any(lineage["cycle"]) and set(edges["resolved_by"]) == {"snapshot", "registry", "none"}
    assert "lineage-parent-unresolved" in findings["rule"]


def test_chains_past_the_slots_and_odd_ids_judged_elsewhere() -> None:
    narrow = test_chains._narrow(test_chains._rows())
    here = _tables(narrow, 100)
    with ThreadPoolExecutor(2) as pool:
        assert _tables(narrow, 100, (_judged_elsewhere(pool), 4)) == here
    assert "accent/kid" in here[1]["id"] and "wide/m9" in here[1]["id"]
