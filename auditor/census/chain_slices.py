"""A chunk of the chain lineages cut out for a worker (`chain_verdicts` there): the chunk's
models with parents as graph nodes of their own, their ids renumbered among the strings they
use, the chain states they are in and, for the few resolved the general way, their Resolved.

A slice holds a few arrays per model (~1 MB for 50,000 models) where the lineages of the
models one by one (Python objects, pickled) cost more to send than to judge.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from auditor.census.chain_graph import ChainLineages
from auditor.census.chain_judging import CACHED, JUDGED, judge_wanted
from auditor.census.chain_verdicts import ChainChunk, Values
from auditor.census.chains import Chains
from auditor.census.verdict_chunks import DECLARATION_COLUMNS, plain_array


def chunk_slice(lineages: ChainLineages, start: int, size: int) -> ChainLineages:
    """The lineages of output rows start..start+size alone, as rows 0..size of their own."""
    import numpy as np
    import pyarrow as pa

    chains = lineages.chains
    has = lineages.has_parents[start : start + size]
    child_at = np.flatnonzero(has).astype(np.int64)
    node = lineages.node_of(child_at + start)
    state, names, root = chains.state[node], chains.names[node], chains.root[node]
    sids = np.concatenate([names.ravel(), root])
    used = np.unique(sids[sids >= 0])
    if not len(used) and len(chains.strings):  # one string kept: the slot ids are looked up
        used = np.zeros(1, dtype=np.int64)
    used_states = np.unique(state[state >= 0])
    local = Chains(
        states=[chains.states[s] for s in used_states.tolist()],
        state=_renumbered(state, used_states),
        names=_renumbered(names, used),
        root=_renumbered(root, used),
        depth=chains.depth[node],
        strings=chains.strings.take(pa.array(used, pa.int64())),
        general={k: chains.resolved(int(n)) for k, n in enumerate(node.tolist()) if state[k] < 0},
    )
    return ChainLineages(child_at, local, child_at, None, None, has)


def chunk_rows(rows: Any, lineages: ChainLineages) -> Any:
    """What a worker reads of a chunk's narrow columns (its slice `lineages`): ids and keys of
    the models with parents only (null for the others), declarations and lone verdicts."""
    import pyarrow as pa
    import pyarrow.compute as pc

    keep = pa.array(lineages.has_parents)
    thin = rows.select(["id", "key", *DECLARATION_COLUMNS, "verdict"])
    for name in ("id", "key"):
        column = plain_array(thin.column(name))
        masked = pc.if_else(keep, column, pa.scalar(None, column.type))
        thin = thin.set_column(thin.schema.get_field_index(name), name, masked)
    return thin


def slice_values(rows: Any, lineages: ChainLineages) -> Values:
    """Worker side: the `Values` of a chunk (`chunk_rows`) from its slice (`chunk_slice`),
    with this process's knowledge and judgments; text columns dictionary-encoded (few
    distinct values: a tenth of the bytes to send back)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from auditor.census.verdict_chunks import process_caches
    from auditor.knowledge.license_db import load_license_db

    if len(JUDGED) > CACHED:
        JUDGED.clear()
    chains = lineages.chains
    chains.judged = JUDGED
    known, lone = process_caches()
    db = load_license_db()
    chunk = ChainChunk.of(rows, 0, lineages, known, _orgs())
    judge_wanted(chains, db, chunk.wanted(db))
    columns, at, found = chunk.values((known, lone), db)

    def small(column: Any) -> Any:
        text = pa.types.is_string(column.type) or pa.types.is_large_string(column.type)
        return pc.dictionary_encode(column) if text else column

    return [small(c) for c in columns], at, [small(c) for c in found]


@cache
def _orgs() -> frozenset[str] | None:
    from auditor.census.registry import registry_orgs
    from auditor.knowledge.known_models import load_known_models

    return registry_orgs(load_known_models())


def _renumbered(codes: Any, used: Any) -> Any:
    """Codes (-1 for none) as their places in the sorted `used`."""
    import numpy as np

    found = np.searchsorted(used, np.maximum(codes, 0)).astype(np.int32)
    return np.where(codes >= 0, found, -1).astype(np.int32)
