"""One chunk's lineage and findings tables from the chain lineages (`chain_graph`): a model
on a chain is judged once per declaration, chain state and pattern of equal ids (what its
`shapes.lineage_shape` depends on), and its ids, root and depth are filled in with Arrow.

The others (off the chains, own repo in the registry, an id holding NUL or outside ASCII,
two ids equal but for case, a shape whose words hold NUL) take the per-model way of
`verdict_chunks`, and the models without parents spread their `verdict` column as there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from auditor.census.chain_edges import in_registry
from auditor.census.chain_graph import ChainLineages, distinct_rows
from auditor.census.chain_judging import Asked, Key, Template, Templates, judge_wanted
from auditor.census.chains import SLOTS, Chains, row_codes
from auditor.census.registry import Known
from auditor.census.verdict_chunks import (
    DECLARATION_COLUMNS,
    FINDING_COLUMNS,
    LINEAGE_COLUMNS,
    Judged,
    _children,
    _lone,
    plain_array,
)
from auditor.knowledge.license_db import LicenseDB

_OWN = (7, 8, 9, 10)  # root, depth, cycle, unresolved: the model's own, not the shape's


def chain_verdicts(
    snapshot: str,
    rows: Any,
    start: int,
    lineages: ChainLineages,
    caches: tuple[Known, dict[tuple[Any, ...], Judged]],
    db: LicenseDB,
    orgs: frozenset[str] | None,
) -> tuple[Any, Any]:
    """(lineage, findings) of the chunk `rows` (output rows start.., the narrow columns but
    `parents`, which `lineages.has_parents` stands for) as Arrow tables, the same as
    `verdict_chunks.chunk_verdicts` gives. `orgs`: the registry's organisations
    (`registry.registry_orgs`), to ask it only about repos it may know. The judgments are
    made here, once per key (`chain_judging`)."""
    chunk = ChainChunk.of(rows, start, lineages, caches[0], orgs)
    judge_wanted(lineages.chains, db, chunk.wanted(db))
    return chunk.tables(snapshot, caches, db)


@dataclass
class ChainChunk:
    """A chunk's models sorted out for judging: those without parents (their `verdict`),
    those on chains judged per key (declaration, chain state, pattern), the rest."""

    rows: Any
    lineages: ChainLineages
    child_at: Any  # rows with parents
    lone_at: Any  # rows without
    kids: Any  # the rows with parents: id, key, declaration
    node: Any  # graph node of each kid
    first: Any  # per kid and slot, the first slot holding the same id
    simple: Any  # kids on chains that may share a judgment
    which: Any  # per simple kid, its distinct key
    at_first: Any  # per distinct key, its first simple kid
    keys: list[Key]  # the distinct keys

    @classmethod
    def of(
        cls,
        rows: Any,
        start: int,
        lineages: ChainLineages,
        known: Known,
        orgs: frozenset[str] | None,
    ) -> ChainChunk:
        """The chunk `rows` (output rows start..) sorted out (see `chain_verdicts`)."""
        import numpy as np

        chains = lineages.chains
        has = lineages.has_parents[start : start + rows.num_rows]
        child_at, lone_at = np.flatnonzero(has), np.flatnonzero(~has)
        kids = rows.select(["id", "key", *DECLARATION_COLUMNS]).take(child_at)
        node = lineages.node_of(child_at + start)
        state = chains.state[node]
        first, code, odd = _pattern(chains.names[node], chains)
        eligible = (state >= 0) & ~odd & ~_own_registry(kids, known, orgs)
        decl, fields = _declarations(kids)
        simple = np.flatnonzero(eligible)
        stacked = np.stack([decl[simple], state[simple], code[simple]], axis=1)
        which, at_first = row_codes(list(stacked.T))
        keys: list[Key] = [
            (fields[dc], chains.states[st], pattern)
            for dc, st, pattern in stacked[at_first].tolist()
        ]
        return cls(
            rows, lineages, child_at, lone_at, kids, node, first, simple, which, at_first, keys
        )

    def wanted(self, db: LicenseDB) -> list[tuple[Key, Asked]]:
        """Each distinct key not judged yet with `db`, with what its judgment reads."""
        chains = self.lineages.chains
        ids = None  # read as Python only where a judgment is made
        found: list[tuple[Key, Asked]] = []
        for d, key in enumerate(self.keys):
            judged = chains.judged.get(key)
            if judged is not None and judged[0] is db:
                continue
            if ids is None:
                ids = plain_array(self.kids.column("id"))
            row = int(self.simple[self.at_first[d]])
            first = tuple(self.first[row].tolist())
            found.append((key, (ids[row].as_py(), key[0], key[1], first)))
        return found

    def tables(
        self, snapshot: str, caches: tuple[Known, dict[tuple[Any, ...], Judged]], db: LicenseDB
    ) -> tuple[Any, Any]:
        """(lineage, findings) of the chunk, every key judged (`chain_judging.judge_wanted`)."""
        return assemble(snapshot, self.rows, self.values(caches, db))

    def values(self, caches: tuple[Known, dict[tuple[Any, ...], Judged]], db: LicenseDB) -> Values:
        """What the chunk's tables hold that its rows do not (`Values`), every key judged."""
        import numpy as np
        import pyarrow as pa

        from auditor.census.tables import table_schema

        known = caches[0]
        rows, chains, child_at, lone_at = (
            self.rows,
            self.lineages.chains,
            self.child_at,
            self.lone_at,
        )
        lone_values, lone_findings, lone_rows = _lone(rows.column("verdict").take(lone_at))
        names = chains.names[self.node]
        judged: list[Templates | None] = []
        slots = np.full((len(self.keys), SLOTS), SLOTS, dtype=np.int64)
        for d, key in enumerate(self.keys):
            found = chains.judged[key]
            judged.append(found[1])
            slots[d, : len(found[2])] = found[2]
        simple, which = self.simple, self.which
        good = np.array([j is not None for j in judged], dtype=bool)
        ok = good[which] if len(which) else np.zeros(0, dtype=bool)
        simple, which = simple[ok], which[ok]
        rest = np.setdiff1d(np.arange(len(child_at)), simple)
        resolved = [chains.resolved(int(n)) for n in self.node[rest].tolist()]
        rest_values, rest_findings = _children(self.kids.take(rest), resolved, known, db)

        wide = np.concatenate([names[simple], np.full((len(simple), 1), -1, np.int64)], axis=1)
        tokens = np.take_along_axis(wide, slots[which], axis=1)
        fillers = [j for j in judged if j is not None]
        remap = np.cumsum(good) - 1
        which = remap[which]
        lineage_schema = table_schema("lineage")
        n = rows.num_rows
        inverse = np.empty(n, dtype=np.int64)
        inverse[np.concatenate([lone_at, child_at[simple], child_at[rest]])] = np.arange(n)
        columns: list[Any] = []
        own = _own_columns(chains, self.node[simple])
        for j, name in enumerate(LINEAGE_COLUMNS[5:]):
            kind = lineage_schema.field(name).type
            if j in _OWN:
                ours = own[_OWN.index(j)]
            else:
                templates = [f[0][j] for f in fillers]
                ours = _fill(templates, which, tokens, chains.strings, kind)
            both = [lone_values[j].cast(kind), ours.cast(kind)]
            both.append(pa.array([v[j] for v in rest_values], kind))
            columns.append(pa.concat_arrays(both).take(inverse))

        counts = np.array([len(f[1]) for f in fillers], dtype=np.int64)
        per_model = counts[which] if len(which) else np.zeros(0, dtype=np.int64)
        total = int(per_model.sum())
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        lead = np.repeat(np.cumsum(per_model) - per_model, per_model)
        found_at = np.repeat(starts[which], per_model) + (np.arange(total, dtype=np.int64) - lead)
        model = np.repeat(np.arange(len(simple), dtype=np.int64), per_model)
        flat = [f for _, found in fillers for f in found]
        findings_schema = table_schema("findings")
        rest_at = np.array([i for i, _ in rest_findings], dtype=np.int64)
        at = np.concatenate([lone_at[lone_rows], child_at[simple][model], child_at[rest][rest_at]])
        order = np.argsort(at, kind="stable")  # a model's findings stay in their order
        parts: list[Any] = []
        for k, name in enumerate(FINDING_COLUMNS[2:]):
            kind = findings_schema.field(name).type
            ours = _fill([f[k] for f in flat], found_at, tokens[model], chains.strings, kind)
            both = [lone_findings[k].cast(kind), ours.cast(kind)]
            both.append(pa.array([f[k] for _, f in rest_findings], kind))
            parts.append(pa.concat_arrays(both))
        return columns, at[order], [p.take(order) for p in parts]


Values = tuple[list[Any], Any, list[Any]]
"""A chunk's lineage columns after `declared_license` (Arrow, a value per row), each
finding's row and its columns after `id`, in table order."""


def assemble(snapshot: str, rows: Any, values: Values) -> tuple[Any, Any]:
    """(lineage, findings) Arrow tables of a chunk: its rows' columns (the snapshot label,
    id, key, downloads, declared license) and its `Values` (plain or dictionary-encoded)."""
    import pyarrow as pa

    from auditor.census.tables import table_schema

    ours, at, found = values
    text = pa.large_string()
    ids = plain_array(rows.column("id"))
    columns = [
        pa.array([snapshot] * rows.num_rows, text),
        ids,
        *(plain_array(rows.column(c)) for c in ("key", "downloads", "declared_license")),
        *(plain_array(c) for c in ours),
    ]
    parts = [pa.array([snapshot] * len(at), text), ids.take(at), *(plain_array(c) for c in found)]
    return _table(columns, table_schema("lineage")), _table(parts, table_schema("findings"))


def _table(arrays: list[Any], schema: Any) -> Any:
    import pyarrow as pa

    return pa.Table.from_arrays(
        [c.cast(f.type) for c, f in zip(arrays, schema, strict=True)], schema=schema
    )


def _fill(templates: Sequence[Template], which: Any, tokens: Any, strings: Any, kind: Any) -> Any:
    """Per row, template `which[row]` with each token replaced by the string `strings`
    holds for id `tokens[row, token]`."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    picks = pa.array(which, pa.int64())
    if all(pieces is None for _, pieces in templates):
        return pa.array([value for value, _ in templates], kind).take(picks)
    width = max(len(pieces) for _, pieces in templates if pieces is not None)
    rows = np.arange(len(which))
    parts = []
    for q in range(width):
        literal: list[str | None] = []
        token = np.full(len(templates), -1, dtype=np.int64)
        for t, (value, pieces) in enumerate(templates):
            if pieces is None:
                literal.append(value if q == 0 else "")
            elif q < len(pieces) and not isinstance(pieces[q], str):
                literal.append("")
                token[t] = pieces[q]
            else:
                literal.append(str(pieces[q]) if q < len(pieces) else "")
        part = pa.array(literal, pa.large_string()).take(picks)
        wanted = token[which] if len(which) else np.zeros(0, dtype=np.int64)
        hit = wanted >= 0
        if hit.any():
            got = tokens[rows, np.maximum(wanted, 0)]
            named = strings.take(pa.array(np.where(hit, got, 0), pa.int64()))
            part = pc.if_else(pa.array(hit), named.cast(pa.large_string()), part)
        parts.append(part)
    return pc.binary_join_element_wise(*parts, pa.scalar("", pa.large_string()))


def _own_columns(chains: Chains, nodes: Any) -> list[Any]:
    """Root, depth, cycle (never, on a chain) and unresolved count of the chain nodes."""
    import numpy as np
    import pyarrow as pa

    root = chains.root[nodes]
    roots = chains.strings.take(pa.array(np.where(root >= 0, root, 0), mask=root < 0))
    counts = np.array([len(s.unresolved) for s in chains.states], dtype=np.int64)
    return [
        roots,
        pa.array(chains.depth[nodes], pa.int64()),
        pa.array(np.zeros(len(nodes), dtype=bool)),
        pa.array(counts[chains.state[nodes]], pa.int64()),
    ]


def _pattern(names: Any, chains: Chains) -> tuple[Any, Any, Any]:
    """Per row of slot ids: each slot's first slot holding the same id, that pattern as a
    number, and whether the row's ids cannot be tokens the short way (NUL or outside ASCII,
    which `str.lower` and Arrow may fold otherwise; equal but for case)."""
    import numpy as np

    lower, strange = chains.folded()
    used = names >= 0
    safe = np.where(used, names, 0)
    odd = (strange[safe] & used).any(axis=1)
    low = np.where(used, lower[safe], -1)
    first = np.tile(np.arange(SLOTS, dtype=np.int64), (len(names), 1))
    for j in range(1, SLOTS):
        for i in range(j):
            same = used[:, j] & (names[:, i] == names[:, j]) & (first[:, j] == j)
            first[:, j] = np.where(same, i, first[:, j])
            both = used[:, i] & used[:, j]
            odd |= both & (low[:, i] == low[:, j]) & (names[:, i] != names[:, j])
    code = (first * (SLOTS ** np.arange(SLOTS, dtype=np.int64))).sum(axis=1)
    return first, code, odd


def _own_registry(kids: Any, known: Known, orgs: frozenset[str] | None) -> Any:
    """Whether each model's own repo is in the registry (asked only of the repos whose
    organisation a pattern names)."""
    keys = plain_array(kids.column("key"))
    return in_registry(plain_array(kids.column("id")), keys, known, orgs)


def _declarations(kids: Any) -> tuple[Any, list[tuple[Any, ...]]]:
    """Per model a code of its declaration columns, and their values per code."""
    return distinct_rows(kids, DECLARATION_COLUMNS)
