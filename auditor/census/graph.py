"""Lineage over the whole edge list, in one process: components, fixed point, cycles.

Each model's ancestors are what `lineage/ancestors.py` would walk for it, computed for every
model at once: the strongly connected components of the child -> parent graph (Tarjan,
iterative) come out ancestors first, so each component is resolved once from its parents'
results; inside a cycle the members are relaxed until nothing changes. Per model we keep, for
each license id met among its ancestors, the nearest ancestor carrying it (that is all
`effective_license` and `mismatch_findings` read), the parents nobody could resolve, the
cycle it sits on or descends from, and the deepest root.

As in `scan`, a parent the known-models registry knows is resolved by the registry and not
followed further, and a model's own repo listed in the registry brings its license at depth 0.
Unlike `scan`, no depth limit: the whole graph is in memory.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from auditor.model import LicenseMatch

MAX_UNRESOLVED = 3
"""Unresolved ancestors kept per model (the nearest, by name): enough to say what to audit."""


@dataclass(frozen=True, slots=True)
class Via:
    """The nearest ancestor bringing one license: what an `Ancestor` needs."""

    ref: str
    relation: str | None
    depth: int
    parent: str | None  # the child that declared it; None for a direct parent
    license: LicenseMatch
    resolved_by: str  # declared | registry

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as a plain tuple: chunks to workers
        fields = (self.ref, self.relation, self.depth, self.parent, self.license)
        return (Via, (*fields, self.resolved_by))


@dataclass(frozen=True, slots=True)
class Resolved:
    """One model's lineage as the census concludes it."""

    licensed: tuple[Via, ...]  # nearest ancestor per license id, nearest first
    unresolved: tuple[tuple[str, str | None], ...]  # (ref, declared by; None: the model itself)
    cycle: tuple[str, ...]  # members of a cycle on the way up, sorted; () when none
    root: str | None  # the deepest ancestor's ref
    depth: int  # how many levels of resolved ancestors

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as a plain tuple: chunks to workers
        if self == EMPTY:
            return (_empty, ())
        return (Resolved, (self.licensed, self.unresolved, self.cycle, self.root, self.depth))


EMPTY = Resolved((), (), (), None, 0)


def _empty() -> Resolved:
    """EMPTY itself, after a round trip through pickle (`is EMPTY` stays true)."""
    return EMPTY


@dataclass(frozen=True, slots=True)
class Graph:
    """The snapshot as a graph: each node's parents, already looked up, and the registry.

    Nodes are the models with parents and the models that are a parent in the snapshot; a
    parent edge is (its node, or -1 when the snapshot does not have it; key; ref; relation).
    """

    refs: Sequence[str | None]  # repo id as written; None for a node without parents
    own: Sequence[LicenseMatch | None]  # the declared license per node, identified
    parents: Sequence[Sequence[tuple[int, str, str, str | None]]]  # (node, key, ref, relation)
    registry: Callable[[str, str], LicenseMatch | None]  # (ref, key): the registry's license


def resolve_graph(
    graph: Graph, *, direct: bool = True, fixed: Mapping[int, Resolved] | None = None
) -> list[Resolved]:
    """Every node's Resolved, in node order. `direct`: a model off any cycle is resolved
    once, and with one parent (most) the short way (`_through`); False: every model the
    general way (`_one`, relaxed until nothing changes), the reference the tests compare
    with. `fixed`: nodes whose Resolved is known already (given without parents)."""
    known = graph.registry
    fixed = fixed if fixed is not None else {}
    # A parent in the registry is not followed: only snapshot parents the registry does not
    # know are graph edges.
    edges: list[Sequence[int]] = []
    for ps in graph.parents:
        found = [at for at, key, ref, _ in ps if at >= 0 and known(ref, key) is None]
        edges.append(found if found else ())  # most nodes: the one shared empty tuple
    result: list[Resolved] = [EMPTY] * len(graph.own)
    for at, known_already in fixed.items():
        result[at] = known_already
    for component in _components(edges):
        node = component[0]
        if node in fixed:  # without parents: a component of its own
            continue
        if direct and len(component) == 1 and node not in edges[node]:  # off any cycle
            parents = graph.parents[node]
            if len(parents) == 1:
                result[node] = _through(parents[0], graph, result)
            elif parents:
                result[node] = _one(node, graph, result, ())
            continue
        cyclic = len(component) > 1 or node in edges[node]
        cycle = tuple(sorted(_ref(graph, i) for i in component)) if cyclic else ()
        for _ in range(len(component) + 2 if cyclic else 1):
            changed = False
            for node in component:
                new = _one(node, graph, result, cycle)
                if new != result[node]:
                    result[node], changed = new, True
            if not changed:
                break
    return result


def _ref(graph: Graph, node: int) -> str:
    ref = graph.refs[node]
    assert ref is not None, "a node with parents has its ref"
    return ref


def _one(node: int, graph: Graph, result: Sequence[Resolved], cycle: tuple[str, ...]) -> Resolved:
    if not graph.parents[node]:
        return EMPTY if not cycle else Resolved((), (), cycle, None, 0)
    best: dict[str, Via] = {}
    unresolved: set[tuple[str, str | None]] = set()
    cycles = [cycle] if cycle else []
    roots: list[tuple[int, str]] = []
    depth = 0
    for at, key, ref, relation in graph.parents[node]:
        registry = graph.registry(ref, key)
        if registry is not None:
            _keep(best, Via(ref, relation, 1, None, registry, "registry"))
            roots.append((1, ref))
            depth = max(depth, 1)
            continue
        if at < 0:
            unresolved.add((ref, None))
            continue
        own = graph.own[at]
        if own is not None and own.id is not None:
            _keep(best, Via(ref, relation, 1, None, own, "declared"))
        above = result[at]
        for via in above.licensed:
            parent = _ref(graph, at) if via.depth == 1 else via.parent
            _keep(
                best,
                Via(via.ref, via.relation, via.depth + 1, parent, via.license, via.resolved_by),
            )
        unresolved.update((r, c if c is not None else _ref(graph, at)) for r, c in above.unresolved)
        if above.cycle:
            cycles.append(above.cycle)
        roots.append((1, ref))
        if above.root is not None:
            roots.append((above.depth + 1, above.root))
        depth = max(depth, above.depth + 1)
    licensed = tuple(sorted(best.values(), key=lambda v: (v.depth, v.license.id or "", v.ref)))
    return Resolved(
        licensed=licensed,
        unresolved=tuple(sorted(unresolved, key=lambda u: (u[1] is not None, u))[:MAX_UNRESOLVED]),
        cycle=min(cycles) if cycles else (),
        root=min(roots, key=lambda r: (-r[0], r[1]))[1] if roots else None,  # deepest, by name
        depth=depth,
    )


def _through(
    edge: tuple[int, str, str, str | None], graph: Graph, result: Sequence[Resolved]
) -> Resolved:
    """`_one` for a model off any cycle with one parent, without its merging: the parent's
    own license is the nearest (depth 1) and its ancestors' are its Resolved's (one per
    license id, in order) a level further, so nothing is sorted again."""
    at, key, ref, relation = edge
    registry = graph.registry(ref, key)
    if registry is not None:
        return Resolved((Via(ref, relation, 1, None, registry, "registry"),), (), (), ref, 1)
    if at < 0:
        return Resolved((), ((ref, None),), (), None, 0)
    own = graph.own[at]
    above = result[at]
    licensed: list[Via] = []
    own_id = own.id if own is not None else None
    if own is not None and own_id is not None:
        licensed.append(Via(ref, relation, 1, None, own, "declared"))
    unresolved: tuple[tuple[str, str | None], ...] = ()
    if above.licensed or above.unresolved:
        up = _ref(graph, at)
        licensed += [
            Via(
                v.ref,
                v.relation,
                v.depth + 1,
                up if v.depth == 1 else v.parent,
                v.license,
                v.resolved_by,
            )
            for v in above.licensed
            if v.license.id != own_id
        ]
        found = {(r, c if c is not None else up) for r, c in above.unresolved}
        unresolved = tuple(sorted(found, key=lambda u: (u[1] is not None, u))[:MAX_UNRESOLVED])
    root = above.root if above.root is not None else ref
    return Resolved(tuple(licensed), unresolved, above.cycle, root, above.depth + 1)


def _keep(best: dict[str, Via], via: Via) -> None:
    assert via.license.id is not None
    current = best.get(via.license.id)
    if current is None or (via.depth, via.ref) < (current.depth, current.ref):
        best[via.license.id] = via


def _components(edges: Sequence[Sequence[int]]) -> Iterator[list[int]]:
    """Tarjan's strongly connected components, iterative; each comes after those it reaches
    (its ancestors), so ancestors are resolved first. Compact arrays: millions of nodes."""
    n = len(edges)
    order = array("q", [-1]) * n
    low = array("q", [0]) * n
    on_stack = bytearray(n)
    stack: list[int] = []
    counter = 0
    for start in range(n):
        if order[start] != -1:
            continue
        work: list[tuple[int, int]] = [(start, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                order[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack[node] = 1
            recurse = False
            children = edges[node]
            while i < len(children):
                child = children[i]
                i += 1
                if order[child] == -1:
                    work.append((node, i))
                    work.append((child, 0))
                    recurse = True
                    break
                if on_stack[child]:
                    low[node] = min(low[node], order[child])
            if recurse:
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == order[node]:
                component: list[int] = []
                while True:
                    top = stack.pop()
                    on_stack[top] = 0
                    component.append(top)
                    if top == node:
                        break
                yield sorted(component)
