"""Remembers each policy rule's outcome by the facts it read (policy/engine.py); pure.

A scan judges thousands of models against the same rules, and a rule reads a handful of their
facts (`terms.commercial_use`, `deployment.commercial`, the day). Evaluating a rule is
deterministic over what it reads: the rule (frozen) and the values it gets from the facts, in
order. So the first evaluation of a rule runs over a view recording each fact it asks for
(present or not) and that fact's value; the outcome is kept under that list of facts (its
*shape*) and their values. Another model whose facts hold the same values under a shape the
rule was seen reading gets the kept outcome: evaluated, it would ask for the same first fact,
get the same value, take the same branch, ask for the same next fact, and so on to the same
outcome. Nothing is guessed about which facts a rule reads: a rule that walks the whole facts
mapping (iteration, `len`), or reads a value of a type with no exact key here, is evaluated
every time and never kept.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Hashable, Iterator, Mapping
from datetime import date, datetime
from enum import Enum
from typing import TypeVar

Outcome = TypeVar("Outcome")
Rule = TypeVar("Rule")

MAX_SHAPES = 32  # lists of facts one rule was seen reading
MAX_KEPT = 256  # outcomes kept a rule (one quoting the model ref keeps one a model: it stops)
MAX_RULES = 4_096  # rules remembered; past it (many policies loaded) all are forgotten
_ABSENT = object()  # a fact asked for and not there
_SEQUENCES = (list, tuple, set, frozenset)


class _Unkeyable(Exception):
    """A value whose exact identity this module cannot write as a key."""


def value_key(value: object) -> Hashable:
    """A key equal for two values only when no code can tell them apart by value: the type is
    part of it (True, 1 and 1.0 are equal in Python, not here), floats by their repr (-0.0 is
    not 0.0), containers item by item in their order. Raises _Unkeyable for other types."""
    if value is None or value is _ABSENT:
        return value
    kind = type(value)  # exact types only: a subclass may compare or print otherwise
    if isinstance(value, Enum):
        return (kind, value.name)
    if isinstance(value, str) and kind is str:
        return (kind, sys.intern(value))
    if isinstance(value, int) and kind in (int, bool):
        return (kind, value)
    if isinstance(value, float) and kind is float:
        return (kind, repr(value))
    if isinstance(value, list | tuple | set | frozenset) and kind in _SEQUENCES:
        if all(type(item) is str for item in value):  # the common case, kept small
            return (kind, str, tuple(map(sys.intern, value)))
        return (kind, tuple(value_key(item) for item in value))
    if isinstance(value, dict) and kind is dict:
        return (kind, tuple((value_key(k), value_key(v)) for k, v in value.items()))
    if isinstance(value, date) and kind in (date, datetime):
        return (kind, value.isoformat())
    raise _Unkeyable(kind.__name__)


class _ReadingView(Mapping[str, object]):
    """The facts, noting each key asked for with the value it gave (or `_ABSENT`)."""

    def __init__(self, facts: Mapping[str, object]) -> None:
        self._facts = facts
        self.read: dict[str, object] = {}
        self.whole = False  # iterated or measured: every fact counts

    def __getitem__(self, key: str) -> object:
        try:
            value = self._facts[key]
        except KeyError:
            self.read.setdefault(key, _ABSENT)
            raise
        self.read.setdefault(key, value)
        return value

    def __iter__(self) -> Iterator[str]:
        self.whole = True
        return iter(self._facts)

    def __len__(self) -> int:
        self.whole = True
        return len(self._facts)


class RuleMemo:
    """Outcomes of rules by the facts they read, for one process (shared by its threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # id(rule) -> (the rule, kept alive so its id stays its own; shapes; kept outcomes)
        self._rules: dict[int, tuple[object, list[tuple[str, ...]], dict[Hashable, object]]] = {}

    def outcome(
        self,
        rule: Rule,
        facts: Mapping[str, object],
        evaluate: Callable[[Rule, Mapping[str, object]], Outcome],
        keys: dict[str, Hashable],
    ) -> Outcome:
        """`evaluate(rule, facts)`, or the outcome kept for the same values of a shape.
        `keys`: the facts' keys worked out so far (`{}` for new facts; the rules of one
        policy share many facts)."""
        entry = self._rules.get(id(rule))
        if entry is None or entry[0] is not rule:
            with self._lock:
                if len(self._rules) >= MAX_RULES:
                    self._rules.clear()
                entry = self._rules[id(rule)] = (rule, [], {})
        _, shapes, kept = entry
        try:
            for index, shape in enumerate(tuple(shapes)):
                key = (index, tuple(_fact_key(facts, name, keys) for name in shape))
                if key in kept:
                    return kept[key]  # type: ignore[return-value]
        except _Unkeyable:
            return evaluate(rule, facts)
        view = _ReadingView(facts)
        found = evaluate(rule, view)
        if view.whole or len(kept) >= MAX_KEPT:
            return found
        shape = tuple(view.read)
        try:
            values = tuple(_fact_key(facts, name, keys) for name in shape)  # shared keys
        except _Unkeyable:
            return found
        with self._lock:
            if shape not in shapes:
                if len(shapes) >= MAX_SHAPES:
                    return found
                shapes.append(shape)
            kept[(shapes.index(shape), values)] = found
        return found


def _fact_key(facts: Mapping[str, object], name: str, keys: dict[str, Hashable]) -> Hashable:
    found = keys.get(name, _ABSENT)
    if found is _ABSENT:
        try:
            found = value_key(facts.get(name, _ABSENT))
        except _Unkeyable:
            found = _UNKEYABLE
        keys[name] = found
    if found is _UNKEYABLE:
        raise _Unkeyable(name)
    return found


_UNKEYABLE = object()
