"""The driver's half: the models of one snapshot -> edges, lineage and findings tables."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from auditor.census.graph import EMPTY, Graph, Resolved, resolve_graph
from auditor.census.lone_verdicts import lone_verdicts
from auditor.census.registry import Known, registry_lookup
from auditor.census.verdict_chunks import (
    EDGE_COLUMNS,
    FINDING_COLUMNS,
    LINEAGE_COLUMNS,
    OWN,
    Judged,
    chunk_verdicts,
    declared_match,
    list_column,
    plain_array,
    process_caches,
)
from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.lineage.ancestors import repo_key


def dedupe_models(models: Any) -> Any:
    """One row per repo (the most recently modified), sorted by key: the order every later
    step follows, whatever the partitioning was (pandas in and out; `dedupe_table`)."""
    import pyarrow as pa

    from auditor.census.frames import pandas_frame

    return pandas_frame(dedupe_table(pa.Table.from_pandas(models, preserve_index=False)))


def dedupe_table(models: Any) -> Any:
    """`dedupe_models` on an Arrow table: sorted by key, then the latest `last_modified`,
    then the smallest id, then the earlier row (nulls after the rest), the first row of each
    key kept (one null key too)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    order = pc.sort_indices(
        models,
        sort_keys=[
            ("key", "ascending", "at_end"),
            ("last_modified", "descending", "at_end"),
            ("id", "ascending", "at_end"),
        ],
    )
    keys = models.column("key").take(order)
    first = np.ones(len(order), dtype=bool)
    if len(order) > 1:
        after, before = keys.slice(1), keys.slice(0, len(order) - 1)
        same = pc.or_kleene(
            pc.fill_null(pc.equal(after, before), False),
            pc.and_(pc.is_null(after), pc.is_null(before)),
        )
        first[1:] = ~np.asarray(same.to_numpy(zero_copy_only=False), dtype=bool)
    return models.take(order.filter(pa.array(first)))


def build_tables(
    snapshot: str,
    models: Any,
    db: LicenseDB | None = None,
    registry: KnownModels | None = None,
) -> tuple[dict[str, list[Any]], dict[str, list[Any]], dict[str, list[Any]]]:
    """(edges, lineage, findings) as column lists, from deduplicated, sorted models (pandas;
    all in memory: the census itself goes through `table_chunks`)."""
    import pyarrow as pa

    narrow = pa.Table.from_pandas(models, preserve_index=False)
    parts = list(table_chunks(snapshot, narrow, None, db, registry))
    edges, lineage, findings = (
        pa.concat_tables([part[i] for part in parts]).to_pydict() if parts else {} for i in range(3)
    )
    names = (EDGE_COLUMNS, LINEAGE_COLUMNS, FINDING_COLUMNS)
    for columns, wanted in zip((edges, lineage, findings), names, strict=True):
        for name in wanted:
            columns.setdefault(name, [])
    return edges, lineage, findings


def table_chunks(
    snapshot: str,
    narrow: Any,
    order: Any | None,
    db: LicenseDB | None = None,
    registry: KnownModels | None = None,
    chunk: int = 50_000,
    *,
    reference: bool = False,
    remote: tuple[Submit, int] | None = None,
) -> Iterator[tuple[Any, Any, Any]]:
    """(edges, lineage, findings) Arrow tables, `chunk` models at a time, for the models of
    the Arrow table `narrow` taken in `order` (row numbers; None: as they are), which must be
    one row per repo, sorted by key. Lineage is resolved over all of them first; only the
    models that have parents, or are one, become graph nodes (the rest have no lineage).
    Without a `verdict` column (`lone_verdicts`, computed by the workers), it is computed
    here first, with `registry`. The models on single-parent chains are resolved as columns
    (`chain_graph`) and judged once per declaration and lineage shape (`chain_verdicts`).
    `reference`: lineage resolved the general way only and each model with parents judged on
    its own: the slower path the tests compare with. `remote`: the chain chunks judged on the
    workers (how to send one, and how many in flight)."""
    import numpy as np

    db = db if db is not None else load_license_db()
    registry = registry if registry is not None else load_known_models()
    known = registry_lookup(registry, db)
    if order is None:
        order = np.arange(narrow.num_rows, dtype=np.int64)
    lone: dict[tuple[Any, ...], Judged] = {}  # per declaration, for models without ancestors
    if "verdict" not in narrow.column_names:
        narrow = narrow.append_column("verdict", lone_verdicts(narrow, known, db, lone))
    if not reference:
        caches = (known, lone)
        yield from _chain_chunks(snapshot, narrow, order, caches, (db, registry), chunk, remote)
        return
    lineages = _lineages(narrow, order, known, direct=False)
    for start in range(0, len(order), chunk):
        rows = narrow.take(order[start : start + chunk])
        resolved, edges = lineages.chunk(start, rows.num_rows)
        lineage, findings = chunk_verdicts(
            snapshot, rows, resolved, (known, lone), db, shared=False
        )
        yield edge_table(snapshot, rows, edges), lineage, findings


def _chain_chunks(
    snapshot: str,
    narrow: Any,
    order: Any,
    caches: tuple[Known, dict[tuple[Any, ...], Judged]],
    knowledge: tuple[LicenseDB, KnownModels],
    chunk: int,
    remote: tuple[Submit, int] | None = None,
) -> Iterator[tuple[Any, Any, Any]]:
    """`table_chunks` the short ways: chains as columns (`chain_graph`), their models
    judged once per declaration and shape (`chain_verdicts`), here or (`remote`: how to
    send a chunk, and how many at most in flight) on the workers, a slice each."""
    from auditor.census.chain_graph import chain_lineages
    from auditor.census.chain_slices import chunk_rows, chunk_slice
    from auditor.census.chain_verdicts import assemble, chain_verdicts
    from auditor.census.registry import registry_orgs

    db, registry = knowledge
    orgs = registry_orgs(registry)
    lineages = chain_lineages(narrow, order, caches[0], orgs)
    narrow = narrow.drop_columns(["parents"])  # lineages.has_parents stands for it
    starts = iter(range(0, len(order), chunk))
    if remote is None:
        for start in starts:
            rows = narrow.take(order[start : start + chunk])
            edges = lineages.chunk_edges(start, rows.num_rows)
            lineage, findings = chain_verdicts(snapshot, rows, start, lineages, caches, db, orgs)
            yield edge_table(snapshot, rows, edges), lineage, findings
        return
    submit, window = remote
    flight: deque[tuple[Any, Any, Any]] = deque()
    while True:
        while len(flight) < window:
            at = next(starts, None)
            if at is None:
                break
            rows = narrow.take(order[at : at + chunk])
            edges = edge_table(snapshot, rows, lineages.chunk_edges(at, rows.num_rows))
            cut = chunk_slice(lineages, at, rows.num_rows)
            flight.append((rows, edges, submit(chunk_rows(rows, cut), cut)))
        if not flight:
            return
        rows, edges, future = flight.popleft()
        yield (edges, *assemble(snapshot, rows, future.result()))
        del future  # let go on the cluster


Submit = Callable[[Any, Any], Any]
"""Sends a chunk (`chain_slices.chunk_rows`, `chunk_slice`) to be judged on a worker
(`chain_slices.slice_values`): a future whose result() is its `chain_verdicts.Values`."""


def resolve_lineages(narrow: Any, order: Any, *, direct: bool = True) -> Lineages:
    """Lineage of the models of `narrow` taken in `order` (one row per repo, sorted by key),
    with the bundled registry: what `chunk_tables` needs, a chunk at a time (`direct`: see
    `resolve_graph`)."""
    return _lineages(narrow, order, process_caches()[0], direct=direct)


def edge_table(snapshot: str, rows: Any, edges: tuple[Any, Any]) -> Any:
    """A chunk's edges (`Lineages.chunk`: their columns, and each one's child as a row of
    the chunk's `rows`) as rows of the census's `edges` table."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from auditor.census.tables import table_schema

    columns, child_rows = edges
    schema = table_schema("edges")
    text = pa.large_string()
    child = rows.column("id").take(child_rows)
    found = {
        "snapshot": pa.array([snapshot] * len(child_rows), text),
        "child": child,
        "parent": pc.coalesce(columns.column("parent"), columns.column("parent_key")),
        **{name: columns.column(name) for name in ("parent_key", *_SMALL_EDGE_COLUMNS)},
    }
    arrays = [plain_array(found[field.name]).cast(field.type) for field in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


_SMALL_EDGE_COLUMNS = ("relation", "source", "resolved_by")  # few values: dictionary-encoded


@dataclass
class Lineages:
    """Every model's Resolved, kept for graph nodes only, and every edge."""

    nodes: Any  # output positions of the graph's nodes, increasing
    resolved: list[Resolved]  # per node
    children: Any  # output positions of the models with parents, increasing
    offsets: Any  # children[i]'s edges are edges[offsets[i]:offsets[i + 1]]
    edges: Any  # Arrow, in output order: parent (null: its key), parent_key, relation, ...

    def of(self, positions: Any) -> list[Resolved]:
        import numpy as np

        if not len(self.nodes):
            return [EMPTY] * len(positions)
        at = np.minimum(np.searchsorted(self.nodes, positions), len(self.nodes) - 1)
        hit = self.nodes[at] == positions
        return [
            self.resolved[a] if h else EMPTY for a, h in zip(at.tolist(), hit.tolist(), strict=True)
        ]

    def chunk(self, start: int, size: int) -> tuple[list[Resolved], tuple[Any, Any]]:
        """For output rows start..start+size: each one's Resolved, and their edges (the
        columns, and each edge's child as a row of the chunk: `edge_table`)."""
        import numpy as np

        resolved = self.of(np.arange(start, start + size, dtype=np.int64))
        lo, hi = np.searchsorted(self.children, [start, start + size]).tolist()
        first, end = int(self.offsets[lo]), int(self.offsets[hi])
        counts = np.diff(self.offsets[lo : hi + 1])
        child_rows = np.repeat(self.children[lo:hi] - start, counts)
        return resolved, (self.edges.slice(first, end - first), child_rows)


def _lineages(narrow: Any, order: Any, known: Known, *, direct: bool = True) -> Lineages:
    """The graph of the models with parents and of their parents in the snapshot, resolved:
    parents found by key with Arrow (no dict of millions of keys), strings only where a
    Resolved may name them."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    keys = narrow.column("key").take(order)
    text = narrow.column("parents").take(order)
    children = np.flatnonzero(np.asarray(pc.is_valid(text).to_numpy(zero_copy_only=False)))
    parents: list[Any] = [_parents(t) for t in text.take(children).to_pylist()]
    del text
    counts = np.array([len(p) for p in parents], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    wanted = pa.array([key for ps in parents for key, _, _, _ in ps], pa.large_string())
    found = pc.index_in(wanted, value_set=keys.combine_chunks() if len(keys) else keys)
    parent_rows = np.asarray(found.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)
    del keys, found
    edges = _edge_columns(parents, wanted, parent_rows, known)
    del wanted
    nodes = np.union1d(children, parent_rows[parent_rows >= 0]).astype(np.int64)
    own_rows = narrow.select(list(OWN)).take(order[nodes])
    own = [
        declared_match(*row) for row in zip(*(list_column(own_rows, c) for c in OWN), strict=True)
    ]
    del own_rows
    parent_nodes = np.where(parent_rows >= 0, np.searchsorted(nodes, parent_rows), -1).tolist()
    refs: list[str | None] = [None] * len(nodes)
    node_parents: list[Sequence[tuple[int, str, str, str | None]]] = [()] * len(nodes)
    ids = list_column(narrow.select(["id"]).take(order[children]), "id")
    child_nodes = np.searchsorted(nodes, children).tolist()
    for c, (node, ref) in enumerate(zip(child_nodes, ids, strict=True)):
        first = int(offsets[c])
        node_parents[node] = [
            (parent_nodes[first + k], key, parent, relation)
            for k, (key, parent, relation, _) in enumerate(parents[c])
        ]
        parents[c] = None  # let the parsed edges go as they are copied
        refs[node] = ref
    del parents, ids, parent_nodes
    resolved = resolve_graph(Graph(refs, own, node_parents, known), direct=direct)
    return Lineages(nodes, resolved, children, offsets, edges)


def _edge_columns(parents: list[Any], keys: Any, parent_rows: Any, known: Known) -> Any:
    """Every edge's parent as written (null when it is its key: most), key, relation,
    source and how it resolved (`registry` when the registry knows the parent, which is not
    followed; else `snapshot` when the snapshot has it; else `none`), as compact Arrow."""
    import pyarrow as pa
    import pyarrow.compute as pc

    flat = [edge for ps in parents for edge in ps]
    text = pa.large_string()
    by = [
        "registry" if known(ref, key) else "snapshot" if row >= 0 else "none"
        for (key, ref, _, _), row in zip(flat, parent_rows.tolist(), strict=True)
    ]
    small = (
        [relation for _, _, relation, _ in flat],
        [source for _, _, _, source in flat],
        by,
    )
    return pa.table(
        {
            "parent": pa.array([None if key is ref else ref for key, ref, _, _ in flat], text),
            "parent_key": keys,
            **{
                name: pc.dictionary_encode(pa.array(values, text))
                for name, values in zip(_SMALL_EDGE_COLUMNS, small, strict=True)
            },
        }
    )


def _parents(text: object) -> list[tuple[str, str, str | None, str | None]]:
    """(key, ref, relation, source) per parent of a `parents` text; the key is the ref
    itself when they are equal (the same string object: millions of edges)."""
    if not isinstance(text, str):
        return []
    found = []
    for ref, relation, source in json.loads(text):
        key = repo_key(ref)
        kind = sys.intern(relation) if isinstance(relation, str) else relation
        where = sys.intern(source) if isinstance(source, str) else source
        found.append((ref if key == ref else key, ref, kind, where))
    return found
