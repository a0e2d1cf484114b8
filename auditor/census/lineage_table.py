"""The driver's half: the models of one snapshot -> edges, lineage and findings tables."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from auditor.census.graph import EMPTY, Graph, Resolved, resolve_graph
from auditor.census.partition import declared_of
from auditor.census.registry import Known, registry_lookup
from auditor.census.verdicts import Verdict, judge_model, license_words
from auditor.knowledge.known_models import (
    KnownModels,
    load_known_models,
)
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.lineage.ancestors import repo_key
from auditor.model import LicenseMatch
from auditor.model.kinds import parse_kind

EDGE_COLUMNS = ("snapshot", "child", "parent", "parent_key", "relation", "source", "resolved_by")
LINEAGE_COLUMNS = (
    "snapshot",
    "id",
    "key",
    "downloads",
    "declared_license",
    "license_id",
    "license_kind",
    "effective_id",
    "effective_name",
    "effective_kind",
    "effective_hf",
    "binding_ids",
    "root",
    "depth",
    "cycle",
    "unresolved",
    "mismatch",
    "contradicts_base",
    "parent_in_text",
)
FINDING_COLUMNS = ("snapshot", "id", "rule", "category", "severity", "message", "remediation")


def dedupe_models(models: Any) -> Any:
    """One row per repo (the most recently modified), sorted by key: the order every later
    step follows, whatever the partitioning was."""
    ordered = models.sort_values(
        ["key", "last_modified", "id"], ascending=[True, False, True], na_position="last"
    )
    return ordered.drop_duplicates("key", keep="first").reset_index(drop=True)


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
    edges: dict[str, list[Any]] = {name: [] for name in EDGE_COLUMNS}
    lineage: dict[str, list[Any]] = {name: [] for name in LINEAGE_COLUMNS}
    findings: dict[str, list[Any]] = {name: [] for name in FINDING_COLUMNS}
    for part in table_chunks(snapshot, narrow, None, db, registry):
        for whole, chunk in zip((edges, lineage, findings), part, strict=True):
            for name, values in chunk.items():
                whole[name] += values
    return edges, lineage, findings


Columns = dict[str, list[Any]]


def table_chunks(
    snapshot: str,
    narrow: Any,
    order: Any | None,
    db: LicenseDB | None = None,
    registry: KnownModels | None = None,
    chunk: int = 50_000,
) -> Iterator[tuple[Columns, Columns, Columns]]:
    """(edges, lineage, findings) column lists, `chunk` models at a time, for the models of
    the Arrow table `narrow` taken in `order` (row numbers; None: as they are), which must be
    one row per repo, sorted by key. Lineage is resolved over all of them first; only the
    models that have parents, or are one, become graph nodes (the rest have no lineage)."""
    import numpy as np

    db = db if db is not None else load_license_db()
    registry = registry if registry is not None else load_known_models()
    known = registry_lookup(registry, db)
    if order is None:
        order = np.arange(narrow.num_rows, dtype=np.int64)
    lineages = _lineages(narrow, order, known)
    lone: dict[tuple[Any, ...], _Judged] = {}  # per declaration, for models without ancestors
    for start in range(0, len(order), chunk):
        rows = narrow.take(order[start : start + chunk])
        resolved, parents_in = lineages.chunk(start, rows.num_rows)
        yield _chunk(snapshot, rows, resolved, parents_in, (known, lone), db)


def resolve_lineages(narrow: Any, order: Any) -> Lineages:
    """Lineage of the models of `narrow` taken in `order` (one row per repo, sorted by key),
    with the bundled registry: what `chunk_tables` needs, a chunk at a time."""
    return _lineages(narrow, order, _caches()[0])


def chunk_tables(
    snapshot: str, rows: Any, resolved: list[Resolved], parents_in: dict[int, list[int]]
) -> tuple[Columns, Columns, Columns]:
    """(edges, lineage, findings) of one chunk (`Lineages.chunk`), with this process's
    caches: what a worker runs."""
    known, lone = _caches()
    return _chunk(snapshot, rows, resolved, parents_in, (known, lone), load_license_db())


@cache
def _caches() -> tuple[Known, dict[tuple[Any, ...], _Judged]]:
    return registry_lookup(load_known_models(), load_license_db()), {}


@dataclass
class Lineages:
    """Every model's Resolved, kept for graph nodes only, and each edge's parent row."""

    nodes: Any  # output positions of the graph's nodes, increasing
    resolved: list[Resolved]  # per node
    children: Any  # output positions of the models with parents, increasing
    offsets: Any  # children[i]'s parents are parent_rows[offsets[i]:offsets[i + 1]]
    parent_rows: Any  # the parent's output position, -1 when not in the snapshot

    def of(self, positions: Any) -> list[Resolved]:
        import numpy as np

        if not len(self.nodes):
            return [EMPTY] * len(positions)
        at = np.minimum(np.searchsorted(self.nodes, positions), len(self.nodes) - 1)
        hit = self.nodes[at] == positions
        return [
            self.resolved[a] if h else EMPTY for a, h in zip(at.tolist(), hit.tolist(), strict=True)
        ]

    def chunk(self, start: int, size: int) -> tuple[list[Resolved], dict[int, list[int]]]:
        """For output rows start..start+size: each one's Resolved, and for those with parents
        (by row in the chunk) each parent's output row, -1 when not in the snapshot."""
        import numpy as np

        resolved = self.of(np.arange(start, start + size, dtype=np.int64))
        lo, hi = np.searchsorted(self.children, [start, start + size]).tolist()
        parents_in = {
            int(self.children[i]) - start: self.parent_rows[
                self.offsets[i] : self.offsets[i + 1]
            ].tolist()
            for i in range(lo, hi)
        }
        return resolved, parents_in


def _lineages(narrow: Any, order: Any, known: Known) -> Lineages:
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
    wanted = pa.array([key for ps in parents for key, _, _ in ps], pa.large_string())
    found = pc.index_in(wanted, value_set=keys.combine_chunks() if len(keys) else keys)
    parent_rows = np.asarray(found.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)
    del keys, wanted, found
    nodes = np.union1d(children, parent_rows[parent_rows >= 0]).astype(np.int64)
    own_rows = narrow.select(list(_OWN)).take(order[nodes])
    own = [_match(*row) for row in zip(*(_list(own_rows, c) for c in _OWN), strict=True)]
    del own_rows
    parent_nodes = np.where(parent_rows >= 0, np.searchsorted(nodes, parent_rows), -1).tolist()
    refs: list[str | None] = [None] * len(nodes)
    node_parents: list[Sequence[tuple[int, str, str, str | None]]] = [()] * len(nodes)
    ids = _list(narrow.select(["id"]).take(order[children]), "id")
    child_nodes = np.searchsorted(nodes, children).tolist()
    for c, (node, ref) in enumerate(zip(child_nodes, ids, strict=True)):
        first = int(offsets[c])
        node_parents[node] = [
            (parent_nodes[first + k], key, parent, relation)
            for k, (key, parent, relation) in enumerate(parents[c])
        ]
        parents[c] = None  # let the parsed edges go as they are copied
        refs[node] = ref
    del parents, ids, parent_nodes
    resolved = resolve_graph(Graph(refs, own, node_parents, known))
    return Lineages(nodes, resolved, children, offsets, parent_rows)


_OWN = ("license_id", "license_label", "license_kind", "license_hf", "license_method")


def _list(table: Any, name: str) -> list[Any]:
    import pyarrow as pa

    column = table.column(name)
    if pa.types.is_dictionary(column.type):  # decoded first: far faster than to_pylist
        column = column.combine_chunks().dictionary_decode()
    found: list[Any] = column.to_pylist()
    return found


def _chunk(
    snapshot: str,
    rows: Any,
    resolved: list[Resolved],
    parents_in: dict[int, list[int]],
    caches: tuple[Known, dict[tuple[Any, ...], _Judged]],
    db: LicenseDB,
) -> tuple[Columns, Columns, Columns]:
    known, lone = caches
    derived: dict[tuple[Any, ...], _Judged] = {}
    refs, keys = _list(rows, "id"), _list(rows, "key")
    texts = _list(rows, "parents")
    owns = list(zip(*(_list(rows, c) for c in _OWN), strict=True))

    edges: list[tuple[Any, ...]] = []
    for at, (ref, text) in enumerate(zip(refs, texts, strict=True)):
        if not isinstance(text, str):
            continue
        in_snapshot = parents_in[at]
        for (parent, relation, source), at_row in zip(json.loads(text), in_snapshot, strict=True):
            key = repo_key(parent)
            by = "registry" if known(parent, key) else "snapshot" if at_row >= 0 else "none"
            edges.append((snapshot, ref, parent, key, relation, source, by))

    lineage: list[tuple[Any, ...]] = []
    findings: list[tuple[Any, ...]] = []
    table = zip(
        refs,
        keys,
        _list(rows, "downloads"),
        _list(rows, "declared_license"),
        _list(rows, "declared_tags"),
        _list(rows, "license_name"),
        _list(rows, "license_link"),
        owns,
        resolved,
        _list(rows, "card_findings"),
        strict=True,
    )
    for ref, key, downloads, tag, tags_json, name, link, own, lineage_of, stated in table:
        own_registry = known(ref, key)
        if (lineage_of is EMPTY or lineage_of == EMPTY) and own_registry is None:
            # No ancestor: the verdict depends on the declaration alone (not on the model).
            fields = (tag, tags_json, name, link, *own)
            judged = lone.get(fields)
            if judged is None:
                if len(lone) >= _CACHED:
                    lone.clear()
                judged = lone[fields] = _judge(ref, fields, None, EMPTY, db)
        elif own_registry is None and not lineage_of.cycle:
            # Nor does it depend on the model when its own repo is not in the registry and it
            # is on no cycle: siblings with one declaration share it (quantized copies, ...).
            fields = (tag, tags_json, name, link, *own, lineage_of)
            judged = derived.get(fields)
            if judged is None:
                if len(derived) >= _CACHED:
                    derived.clear()
                judged = derived[fields] = _judge(ref, fields[:-1], None, lineage_of, db)
        else:
            judged = _judge(ref, (tag, tags_json, name, link, *own), own_registry, lineage_of, db)
        lineage.append((snapshot, ref, key, downloads, tag, *judged[0]))
        findings += [(snapshot, ref, *f) for f in judged[1]]
        in_text = json.loads(stated) if isinstance(stated, str) else []
        if in_text:  # parents stated in the card's prose
            findings += [(snapshot, ref, *f) for f in in_text]
            lineage[-1] = (*lineage[-1][:-1], True)
    return (
        _columns(EDGE_COLUMNS, edges),
        _columns(LINEAGE_COLUMNS, lineage),
        _columns(FINDING_COLUMNS, findings),
    )


_Judged = tuple[tuple[Any, ...], list[tuple[Any, ...]]]
"""A model's lineage columns after `declared_license`, and its findings (rule ... remediation)."""


def _judge(
    ref: str,
    fields: tuple[Any, ...],
    own_registry: LicenseMatch | None,
    lineage_of: Resolved,
    db: LicenseDB,
) -> _Judged:
    tag, tags_json, name, link = fields[:4]
    match = _match(*fields[4:])
    if lineage_of == EMPTY and own_registry is None and match is not None and match.id:
        verdict = Verdict(match, (), ())  # no ancestor, a specific license: nothing to say
    else:
        declared = declared_of(_str(tag), _str(tags_json), name, link)
        verdict = judge_model(ref, declared, match, own_registry, lineage_of, db)
    values = (
        match.id if match else None,
        str(match.kind) if match and match.kind else None,
        *license_words(verdict.effective),
        ";".join(a.license.id or "" for a in verdict.binding if a.license) or None,
        lineage_of.root,
        lineage_of.depth,
        bool(lineage_of.cycle),
        len(lineage_of.unresolved),
        verdict.mismatch,
        verdict.contradicts_base,
        False,  # parent_in_text: set by the caller
    )
    found = [
        (f.rule, str(f.category), str(f.severity), f.message, f.remediation)
        for f in verdict.findings
    ]
    return values, found


def _columns(names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> Columns:
    if not rows:
        return {name: [] for name in names}
    columns = zip(*rows, strict=True)
    return {name: list(values) for name, values in zip(names, columns, strict=True)}


_CACHED = 100_000


@cache
def _match(
    license_id: object, name: object, kind: object, hf: object, method: object
) -> LicenseMatch | None:
    if not isinstance(license_id, str) and not isinstance(name, str):
        return None
    return LicenseMatch(
        id=_str(license_id),
        name=_str(name),
        spdx=None,
        scancode=None,
        hf=_str(hf),
        kind=parse_kind(_str(kind)),
        confidence=0.8,
        method=_str(method) or "declared-tag",
    )


def _parents(text: object) -> list[tuple[str, str, str | None]]:
    if not isinstance(text, str):
        return []
    found = []
    for ref, relation, _ in json.loads(text):
        key = repo_key(ref)  # the same string object as ref when equal: millions of edges
        kind = sys.intern(relation) if isinstance(relation, str) else relation
        found.append((ref if key == ref else key, ref, kind))
    return found


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None
