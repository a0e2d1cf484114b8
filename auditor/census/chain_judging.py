"""The judgments of chain shapes (`chain_verdicts`): the pure-Python half of a chain chunk,
which reads nothing but a declaration, a chain state and its pattern of equal ids, so one
judgment serves every model with the same three, in any chunk and on any worker.

A key is those three values (the state itself, not its number in one census's `Chains`), so a
worker keeps its judgments across the chunks and censuses it is sent (`JUDGED`), and a chunk's
tables do not depend on where its keys were judged first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from auditor.census.chains import Chains, ChainState
from auditor.census.shapes import Filler, Shape
from auditor.census.verdict_chunks import _shared
from auditor.knowledge.license_db import LicenseDB, load_license_db

Key = tuple[tuple[Any, ...], ChainState, int]
"""(the declaration's values, the chain state, the pattern of equal ids)."""
Asked = tuple[str, tuple[Any, ...], ChainState, tuple[int, ...]]
"""What a judgment reads: a model's id (never in the verdict of a shape), its declaration,
its chain state and, per slot, the first slot holding the same id."""
Template = tuple[Any, tuple[str | int, ...] | None]
"""A value as judged, and its pieces when it holds tokens (text, or a token's number)."""
Templates = tuple[list[Template], list[list[Template]]]
"""A verdict's lineage values and findings as templates."""
Judgment = tuple[Templates | None, list[int]]
"""A shape's templates (None: its models are judged on their own) and each token's slot."""


def judge_shapes(asked: Sequence[Asked], db: LicenseDB | None = None) -> list[Judgment]:
    """Each asked shape's judgment (worker side: the bundled license database)."""
    db = db if db is not None else load_license_db()
    found: list[Judgment] = []
    for ref, fields, state, first in asked:
        shape, leaders = shape_of(state, first)
        found.append((_templates(_shared(ref, fields, shape, db)), leaders))
    return found


def judge_wanted(chains: Chains, db: LicenseDB, wanted: Sequence[tuple[Key, Asked]]) -> None:
    """Judge the keys `wanted` into `chains.judged` (with `db`: an id could be reused by
    another database)."""
    found = judge_shapes([asked for _, asked in wanted], db)
    for (key, _), (templates, leaders) in zip(wanted, found, strict=True):
        chains.judged[key] = (db, templates, leaders)


CACHED = 200_000
"""Judgments a process keeps (~37,000 for a 3M-row census)."""
JUDGED: dict[Key, Any] = {}
"""A worker's judgments, kept across the chunks it is sent (`chain_verdicts.chunk_tables`)."""


def shape_of(state: ChainState, first: Sequence[int]) -> tuple[Shape, list[int]]:
    """The `lineage_shape` of a chain state whose slots repeat ids as `first` says, and the
    slot of each token."""
    leaders = [j for j in range(state.width) if first[j] == j]
    rank = {j: t for t, j in enumerate(leaders)}

    def token(slot: int) -> str:
        return f"\x00{rank[first[slot]]}\x00"

    licensed = tuple(
        (token(ref), kind, depth, None if parent < 0 else token(parent), match, by)
        for ref, kind, depth, parent, match, by in state.licensed
    )
    unresolved = tuple((token(ref), None if by < 0 else token(by)) for ref, by in state.unresolved)
    return (licensed, unresolved), leaders


def _templates(verdict: tuple[Filler, list[Filler]] | None) -> Templates | None:
    if verdict is None:
        return None
    return _template(verdict[0]), [_template(f) for f in verdict[1]]


def _template(found: Filler) -> list[Template]:
    pieces = dict(found.slots)
    return [(value, pieces.get(at)) for at, value in enumerate(found.values)]
