"""Lineage of the models on single-parent chains as columns, level by level.

Most models with parents have one parent and lie on no cycle: their lineage is their
parent's plus one level (`graph._through`). What that step does depends only on the parent's
lineage with its repo ids taken out (a `ChainState`: which ids go where), the parent's own
license and the edge's relation, so Python takes the step once per distinct triple and numpy
moves each model's ids (a few string ids in `SLOTS` places), root and depth from its parent's
row. The models left (several parents, on or below a cycle, a state past `SLOTS` places) are
resolved by `graph.resolve_graph` the general way, their chain parents given as Resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from auditor.census.graph import EMPTY, Resolved, Via
from auditor.model import LicenseMatch

SLOTS = 8
"""Repo ids a chain lineage may hold (a licensed ancestor takes one or two, an unresolved
parent two); a model needing more is resolved the general way."""
_EDGE, _UP, _NONE = SLOTS, SLOTS + 1, SLOTS + 2  # other sources of a slot than the parent's

Held = tuple[int, str | None, int, int, LicenseMatch, str]
"""A licensed ancestor: (ref slot, relation, depth, parent slot or -1, license, resolved_by)."""


@dataclass(frozen=True, slots=True)
class ChainState:
    """A chain lineage with its repo ids as slots, numbered in the order `lineage_shape`
    meets them (each licensed ancestor's ref then parent, then each unresolved parent)."""

    licensed: tuple[Held, ...]
    unresolved: tuple[tuple[int, int], ...]  # (ref slot, declared-by slot or -1: the model)
    width: int  # slots used


START = ChainState((), (), 0)
"""A model without parents: EMPTY."""

Step = tuple[ChainState, tuple[int, ...]] | None
"""A child's state and, per slot, where its id comes from (a parent slot, `_EDGE`: the
parent as the child wrote it, `_UP`: the parent's own id, `_NONE`); None: too wide."""


def step_snapshot(state: ChainState, own: LicenseMatch | None, relation: str | None) -> Step:
    """`graph._through` for a parent in the snapshot, on states."""
    sources: list[int] = []

    def slot(source: int) -> int:
        sources.append(source)
        return len(sources) - 1

    licensed: list[Held] = []
    unresolved: list[tuple[int, int]] = []
    own_id = own.id if own is not None else None
    if own is not None and own_id is not None:
        licensed.append((slot(_EDGE), relation, 1, -1, own, "declared"))
    if state.licensed or state.unresolved:
        if len(state.unresolved) > 1:  # never on a chain: sorting them reads their text
            return None
        for ref, kind, depth, parent, match, by in state.licensed:
            if match.id == own_id:
                continue
            at = slot(ref)
            above = slot(_UP) if depth == 1 else slot(parent)
            licensed.append((at, kind, depth + 1, above, match, by))
        for ref, by_slot in state.unresolved:
            at = slot(ref)
            unresolved.append((at, slot(_UP) if by_slot < 0 else slot(by_slot)))
    if len(sources) > SLOTS:
        return None
    found = ChainState(tuple(licensed), tuple(unresolved), len(sources))
    return found, (*sources, *([_NONE] * (SLOTS - len(sources))))


def step_registry(match: LicenseMatch, relation: str | None) -> Step:
    """A parent the registry knows: its license at depth 1, not followed."""
    state = ChainState(((0, relation, 1, -1, match, "registry"),), (), 1)
    return state, (_EDGE, *([_NONE] * (SLOTS - 1)))


UNRESOLVED = ChainState((), ((0, -1),), 1)
"""A parent in neither the snapshot nor the registry."""


@dataclass
class Chains:
    """Per graph node: its state (-1: resolved the general way, in `general`), ids, root
    (string ids, -1 for none) and depth; `strings` holds the text of each string id."""

    states: list[ChainState]
    state: Any
    names: Any
    root: Any
    depth: Any
    strings: Any
    general: dict[int, Resolved] = field(default_factory=dict)
    judged: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # for chain_verdicts
    _folded: tuple[Any, Any] | None = None

    def folded(self) -> tuple[Any, Any]:
        """Per string id: the id of its lower-case text, and whether it holds NUL or
        characters outside ASCII."""
        if self._folded is None:
            import numpy as np
            import pyarrow.compute as pc

            lower = pc.dictionary_encode(pc.utf8_lower(self.strings)).indices
            ascii_only = pc.string_is_ascii(self.strings)
            nul = pc.match_substring(self.strings, "\x00")
            strange = pc.or_(pc.invert(ascii_only), nul)
            self._folded = (
                np.asarray(lower.to_numpy(zero_copy_only=False), dtype=np.int64),
                np.asarray(strange.to_numpy(zero_copy_only=False), dtype=bool),
            )
        return self._folded

    def text(self, sid: int) -> str:
        """The text of a string id (read one at a time: only the few models off the chains
        ask, and millions of Python strings would not be small)."""
        found: str = self.strings[sid].as_py()
        return found

    def resolved(self, node: int) -> Resolved:
        """The node's Resolved, as `graph.resolve_graph` gives it."""
        at = int(self.state[node])
        if at < 0:
            return self.general.get(node, EMPTY)
        state, ids = self.states[at], self.names[node].tolist()
        if state == START and self.depth[node] == 0:  # equal: sent to a worker, it is a copy
            return EMPTY
        licensed = tuple(
            Via(
                self.text(ids[ref]),
                kind,
                depth,
                None if parent < 0 else self.text(ids[parent]),
                match,
                by,
            )
            for ref, kind, depth, parent, match, by in state.licensed
        )
        unresolved = tuple(
            (self.text(ids[ref]), None if by < 0 else self.text(ids[by]))
            for ref, by in state.unresolved
        )
        root = int(self.root[node])
        return Resolved(
            licensed, unresolved, (), self.text(root) if root >= 0 else None, int(self.depth[node])
        )


def row_codes(columns: Sequence[Any]) -> tuple[Any, Any]:
    """For integer columns (values >= -1) of equal length: per row the number of its
    distinct row (in sorted order), and the first row holding each distinct row."""
    import numpy as np

    stacked = [np.asarray(c, dtype=np.int64) + 1 for c in columns]
    if not len(stacked[0]):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key = np.zeros(len(stacked[0]), dtype=np.int64)
    room = 1
    for column in stacked:
        radix = int(column.max()) + 1
        room *= radix
        if room >= 1 << 62:  # too wide for one number: rows compared as rows
            rows = np.stack(stacked, axis=1)
            _, first, which = np.unique(rows, axis=0, return_index=True, return_inverse=True)
            return which.reshape(-1).astype(np.int64), first.astype(np.int64)
        key = key * radix + column
    _, first, which = np.unique(key, return_index=True, return_inverse=True)
    return which.reshape(-1).astype(np.int64), first.astype(np.int64)


@dataclass(frozen=True, slots=True)
class ChainInputs:
    """Per graph node (arrays): whether it has parents; for a node with exactly one parent
    edge, the edge's kind (0 snapshot, 1 registry, 2 unresolved, -1 not one edge), its
    parent node, the parent's ref as written (string id), relation and registry license
    (codes into `relations` and `registry`); its own license (code into `own`) and its id
    (string id)."""

    has_parents: Any
    kind: Any
    parent: Any
    edge_ref: Any
    relation: Any
    relations: Sequence[str | None]
    registry_code: Any
    registry: Sequence[LicenseMatch]
    own_code: Any
    own: Sequence[LicenseMatch | None]
    id_sid: Any
    strings: Any


def resolve_chains(given: ChainInputs) -> Chains:
    """States, ids, roots and depths of every node on a single-parent chain from a model
    without parents, the registry or an unresolved parent; the others keep state -1."""
    import numpy as np

    n = len(given.has_parents)
    # int32: string ids and states stay far below 2**31; millions of nodes times SLOTS ids
    state = np.full(n, -1, dtype=np.int32)
    names = np.full((n, SLOTS), -1, dtype=np.int32)
    root = np.full(n, -1, dtype=np.int32)
    depth = np.zeros(n, dtype=np.int32)
    states: list[ChainState] = [START]
    interned: dict[ChainState, int] = {START: 0}
    done = ~np.asarray(given.has_parents, dtype=bool)
    state[done] = 0
    pending = np.flatnonzero(np.asarray(given.kind) >= 0)
    kind_all, parent_all = np.asarray(given.kind), np.asarray(given.parent)
    while len(pending):
        kind = kind_all[pending]
        up = np.maximum(parent_all[pending], 0)
        ready = (kind != 0) | done[up]
        if not ready.any():
            break  # the rest wait on a cycle or on a model resolved the general way
        now, kind, up = pending[ready], kind[ready], up[ready]
        pending = pending[~ready]
        from_up = kind == 0
        keys = np.stack(
            [
                kind,
                np.where(from_up, state[up], given.registry_code[now]),
                np.where(from_up, given.own_code[up], 0),
                given.relation[now],
            ],
            axis=1,
        )
        which, first = row_codes(list(keys.T))
        distinct = keys[first]
        new_state = np.full(len(distinct), -1, dtype=np.int64)
        sources = np.full((len(distinct), SLOTS), _NONE, dtype=np.int32)
        for d, (k, a, b, r) in enumerate(distinct.tolist()):
            relation = given.relations[r] if r >= 0 else None
            if k == 0:
                found = step_snapshot(states[a], given.own[b], relation)
            elif k == 1:
                found = step_registry(given.registry[a], relation)
            else:
                found = UNRESOLVED, (_EDGE, *([_NONE] * (SLOTS - 1)))
            if found is None:
                continue
            code = interned.get(found[0])
            if code is None:
                code = interned[found[0]] = len(states)
                states.append(found[0])
            new_state[d], sources[d] = code, found[1]
        state[now] = new_state[which]
        extended = np.concatenate(
            [
                names[up],
                given.edge_ref[now][:, None].astype(np.int32),
                given.id_sid[up][:, None].astype(np.int32),
                np.full((len(now), 1), -1, dtype=np.int32),
            ],
            axis=1,
        )
        names[now] = np.take_along_axis(extended, sources[which], axis=1)
        edge = given.edge_ref[now]
        root[now] = np.where(
            from_up, np.where(root[up] >= 0, root[up], edge), np.where(kind == 1, edge, -1)
        )
        depth[now] = np.where(from_up, depth[up] + 1, np.where(kind == 1, 1, 0))
        done[now] = state[now] >= 0
    return Chains(states, state, names, root, depth, given.strings)
