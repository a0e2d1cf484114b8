"""A lineage's shape: its repo ids as tokens, so that the models sharing a declaration and a
shape are judged once (`verdict_chunks._children`) and each gets its own ids filled in.

Most models with parents have a lineage of their own (their parents' ids), but few shapes:
a fine-tune of one licensed base at depth 1, the same through one more step, an unresolved
parent, ... `judge_model` reads of a lineage only its licensed ancestors, unresolved parents
and cycle (not its root or depth) and, off the registry and off any cycle, never the model's
own id; of each repo id it reads only whether it equals another (in the order the Resolved
keeps) and its text, in messages and names. So the verdict of the shape, its tokens replaced
by the ids, is the model's verdict. Ids that cannot be tokens (holding NUL, or equal but for
case, which `unknown_parents` folds) leave the model to be judged on its own, as does a shape
whose other words (a declaration, an ancestor's license) hold NUL (`shape_words`). The license
database's own texts are taken to hold none (YAML carries a NUL only as an escape).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from auditor.census.graph import Resolved, Via
from auditor.fileio.lazy_pattern import lazy_pattern

_TOKEN = lazy_pattern("\x00([0-9]+)\x00")

Shape = tuple[tuple[tuple[Any, ...], ...], tuple[tuple[str, str | None], ...]]
"""A lineage's licensed ancestors (ref, relation, depth, parent, license, resolved_by) and
unresolved parents (ref, declared by), their ids as tokens."""


def lineage_shape(lineage_of: Resolved) -> tuple[Shape, tuple[str, ...]] | None:
    """A lineage off any cycle with each repo id replaced by a token naming its place
    (`\\x00N\\x00`), and the ids in token order; None when the ids cannot be tokens (one
    holds NUL, or two are equal but for case)."""
    tokens: dict[str, str] = {}

    def token(ref: str) -> str:
        found = tokens.get(ref)
        if found is None:
            found = tokens[ref] = f"\x00{len(tokens)}\x00"
        return found

    licensed = tuple(
        (
            token(v.ref),
            v.relation,
            v.depth,
            None if v.parent is None else token(v.parent),
            v.license,
            v.resolved_by,
        )
        for v in lineage_of.licensed
    )
    unresolved = tuple(
        (token(r), None if c is None else token(c)) for r, c in lineage_of.unresolved
    )
    names = tuple(tokens)
    if "\x00" in "".join(names):
        return None
    if len(names) > 1 and len({n.lower() for n in names}) < len(names):
        return None
    return (licensed, unresolved), names


def shape_lineage(shape: Shape) -> Resolved:
    """The Resolved a shape stands for, to judge: root None and depth -1, never `EMPTY`
    (whose verdict is taken a shorter way); `judge_model` reads neither."""
    licensed, unresolved = shape
    return Resolved(tuple(Via(*v) for v in licensed), unresolved, (), None, -1)


def shape_words(shape: Shape) -> Iterator[str]:
    """The texts of a shape other than its tokens: its ancestors' relations and license
    words (a verdict holding NUL in them cannot be filled)."""
    for _, relation, _, _, match, _ in shape[0]:
        fields = (relation, match.id, match.name, match.hf, match.spdx, match.scancode)
        yield from (t for t in (*fields, match.method) if isinstance(t, str))


@dataclass(frozen=True, slots=True)
class Filler:
    """A judged shape's values, with the places holding tokens cut into pieces once: text,
    and the token's number."""

    values: tuple[Any, ...]
    slots: tuple[tuple[int, tuple[str | int, ...]], ...]


def filler(values: tuple[Any, ...]) -> Filler:
    slots = []
    for at, value in enumerate(values):
        if isinstance(value, str) and "\x00" in value:
            pieces = _TOKEN.split(value)
            cut = tuple(int(p) if i % 2 else p for i, p in enumerate(pieces) if p or i % 2)
            slots.append((at, cut))
    return Filler(values, tuple(slots))


def fill(found: Filler, names: tuple[str, ...]) -> tuple[Any, ...]:
    """The values with each token replaced by the id it stands for."""
    if not found.slots:
        return found.values
    values = list(found.values)
    for at, pieces in found.slots:
        values[at] = "".join(p if isinstance(p, str) else names[p] for p in pieces)
    return tuple(values)
