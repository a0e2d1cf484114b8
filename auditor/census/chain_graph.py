"""The snapshot's graph for `chains.resolve_chains`: per node its one parent edge as integer
columns; then the models off the chains resolved by `graph.resolve_graph`, with the chain
models they descend from given as Resolved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from auditor.census.chain_edges import edge_columns, edge_lists
from auditor.census.chains import ChainInputs, Chains, resolve_chains, row_codes
from auditor.census.graph import Graph, Resolved, resolve_graph
from auditor.census.registry import Known
from auditor.census.verdict_chunks import OWN, declared_match
from auditor.model import LicenseMatch


@dataclass
class ChainLineages:
    """Every graph node's lineage (`chains`), and every edge, as `lineage_table.Lineages`."""

    nodes: Any  # output positions of the graph's nodes, increasing
    chains: Chains
    children: Any  # output positions of the models with parents, increasing
    offsets: Any  # children[i]'s edges are edges[offsets[i]:offsets[i + 1]]
    edges: Any  # Arrow, in output order
    has_parents: Any  # per output position

    def node_of(self, positions: Any) -> Any:
        """The graph node of each output position, -1 for a model in no edge."""
        import numpy as np

        if not len(self.nodes):
            return np.full(len(positions), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.nodes, positions), len(self.nodes) - 1)
        return np.where(self.nodes[at] == positions, at, -1)

    def chunk_edges(self, start: int, size: int) -> tuple[Any, Any]:
        """The edges of output rows start..start+size, as `Lineages.chunk` gives them."""
        import numpy as np

        lo, hi = np.searchsorted(self.children, [start, start + size]).tolist()
        first, end = int(self.offsets[lo]), int(self.offsets[hi])
        counts = np.diff(self.offsets[lo : hi + 1])
        child_rows = np.repeat(self.children[lo:hi] - start, counts)
        return self.edges.slice(first, end - first), child_rows


def chain_lineages(
    narrow: Any, order: Any, known: Known, orgs: frozenset[str] | None
) -> ChainLineages:
    """The lineage of the models of `narrow` taken in `order` (one row per repo, sorted by
    key): chains as columns, the rest the general way. `orgs`: `registry.registry_orgs`."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    children, offsets, parent_rows, edges = edge_columns(narrow, order, known, orgs)
    in_graph = np.zeros(len(order), dtype=bool)  # np.union1d, without sorting millions
    in_graph[children] = True
    in_graph[parent_rows[parent_rows >= 0]] = True
    nodes = np.flatnonzero(in_graph).astype(np.int64)
    n = len(nodes)
    own_code, own = _own_codes(narrow.select(list(OWN)).take(order[nodes]))
    written = pc.coalesce(edges.column("parent"), edges.column("parent_key"))
    ids = narrow.column("id").take(order[nodes])
    texts = pc.dictionary_encode(
        pa.concat_arrays(
            [_plain(written).cast(pa.large_string()), _plain(ids).cast(pa.large_string())]
        )
    )
    sids = np.asarray(texts.indices.to_numpy(zero_copy_only=False), dtype=np.int64)
    edge_sid, id_sid = sids[: len(written)], sids[len(written) :]
    strings = texts.dictionary
    del texts, written, ids
    child_nodes = np.searchsorted(nodes, children).astype(np.int64)
    parent_nodes = np.where(parent_rows >= 0, np.searchsorted(nodes, parent_rows), -1)
    counts = np.diff(offsets)
    one = np.flatnonzero(counts == 1)  # children with one parent edge
    single, first = child_nodes[one], offsets[:-1][one]
    by_code, by_names = codes_of(edges.column("resolved_by"))
    relation_code, relations = codes_of(edges.column("relation"))
    kinds = np.array([{"snapshot": 0, "registry": 1}.get(b, 2) for b in by_names], np.int64)
    kind = np.full(n, -1, dtype=np.int64)
    kind[single] = kinds[by_code[first]] if len(kinds) else -1
    parent = np.full(n, -1, dtype=np.int64)
    parent[single] = parent_nodes[first]
    edge_ref = np.full(n, -1, dtype=np.int64)
    edge_ref[single] = edge_sid[first]
    relation = np.full(n, -1, dtype=np.int64)
    relation[single] = relation_code[first]
    registry_code = np.zeros(n, dtype=np.int64)
    registry: dict[LicenseMatch, int] = {}
    at_registry = one[kind[single] == 1]
    registry_edges = edge_lists(edges, offsets[at_registry])
    for c, (key, ref, _) in zip(at_registry.tolist(), registry_edges, strict=True):
        match = known(ref, key)
        assert match is not None, "an edge resolved by the registry has its license"
        registry_code[child_nodes[c]] = registry.setdefault(match, len(registry))
    has_parents = np.zeros(n, dtype=bool)
    has_parents[child_nodes] = True
    given = ChainInputs(
        has_parents=has_parents,
        kind=kind,
        parent=parent,
        edge_ref=edge_ref,
        relation=relation,
        relations=relations,
        registry_code=registry_code,
        registry=list(registry),
        own_code=own_code,
        own=own,
        id_sid=id_sid,
        strings=strings,
    )
    chains = resolve_chains(given)
    stuck = np.flatnonzero(chains.state[child_nodes] < 0)  # as indexes of children
    if len(stuck):
        place = (child_nodes, parent_nodes, offsets)
        _general(chains, stuck, edges, place, (own_code, own), id_sid, known)
    has = np.zeros(len(order), dtype=bool)
    has[children] = True
    return ChainLineages(nodes, chains, children, offsets, edges, has)


def _plain(column: Any) -> Any:
    import pyarrow as pa

    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    return array.dictionary_decode() if pa.types.is_dictionary(array.type) else array


def codes_of(column: Any) -> tuple[Any, list[Any]]:
    """A column's dictionary codes (-1 for null) and its values."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if not pa.types.is_dictionary(array.type):
        array = pc.dictionary_encode(array)
    codes = np.asarray(array.indices.fill_null(-1).to_numpy(zero_copy_only=False), np.int64)
    return codes, array.dictionary.to_pylist()


def _own_codes(table: Any) -> tuple[Any, list[LicenseMatch | None]]:
    """Per row of the OWN columns a code, and the declared license per code."""
    which, rows = distinct_rows(table, OWN)
    return which, [declared_match(*row) for row in rows]


def distinct_rows(table: Any, names: Sequence[str]) -> tuple[Any, list[tuple[Any, ...]]]:
    """Per row a code of its values in the columns `names`, and those values per code (None
    for a null)."""
    import numpy as np

    found = [codes_of(table.column(name)) for name in names]
    if not table.num_rows:
        return np.zeros(0, dtype=np.int64), []
    which, first = row_codes([codes for codes, _ in found])
    distinct = np.stack([codes for codes, _ in found], axis=1)[first]
    rows = [
        tuple(values[c] if c >= 0 else None for c, (_, values) in zip(row, found, strict=True))
        for row in distinct.tolist()
    ]
    return which, rows


def _general(
    chains: Chains,
    stuck: Any,
    edges: Any,
    place: tuple[Any, Any, Any],
    own: tuple[Any, Sequence[LicenseMatch | None]],
    id_sid: Any,
    known: Known,
) -> None:
    """The models with parents off the chains (`stuck`, as indexes of children), resolved by
    `resolve_graph` over them and their parents, chain parents fixed to their Resolved; into
    `chains.general`."""
    import numpy as np

    child_nodes, parent_nodes, offsets = place
    above = np.concatenate([parent_nodes[offsets[c] : offsets[c + 1]] for c in stuck.tolist()])
    sub = np.union1d(child_nodes[stuck], above[above >= 0]).astype(np.int64).tolist()
    local = {node: i for i, node in enumerate(sub)}
    node_parents: list[Sequence[tuple[int, str, str, str | None]]] = [()] * len(sub)
    starts, ends = offsets[stuck], offsets[stuck + 1]
    at = np.concatenate([np.arange(a, b) for a, b in zip(starts, ends, strict=True)])
    parsed = iter(edge_lists(edges, at))
    for c in stuck.tolist():
        base = int(offsets[c])
        node_parents[local[int(child_nodes[c])]] = [
            (local[int(parent_nodes[e])] if parent_nodes[e] >= 0 else -1, *next(parsed))
            for e in range(base, int(offsets[c + 1]))
        ]
    own_code, matches = own
    fixed: dict[int, Resolved] = {
        i: chains.resolved(node) for node, i in local.items() if chains.state[node] >= 0
    }
    refs: list[str | None] = [chains.text(int(id_sid[node])) for node in sub]
    own_of = [matches[int(own_code[node])] for node in sub]
    graph = Graph(refs, own_of, node_parents, known)
    for i, found in enumerate(resolve_graph(graph, fixed=fixed)):
        if node_parents[i]:
            chains.general[sub[i]] = found
