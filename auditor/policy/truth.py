"""Three-valued conditions over a model's facts: true, false, or unknown (and which facts)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from auditor.policy.model import (
    AllOf,
    Always,
    AnyOf,
    Comparison,
    Condition,
    FactRef,
    LicenseList,
    Not,
    Op,
)

Facts = Mapping[str, object]


class Truth(Enum):
    """Three-valued logic: a condition over an unknown fact is neither true nor false."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Result:
    """A condition's truth, and the facts that kept it from being decided (when unknown)."""

    truth: Truth
    unknown: tuple[str, ...] = ()


# --- conditions --------------------------------------------------------------------------------


def evaluate_condition(condition: Condition, facts: Facts) -> Result:
    """The three-valued truth of a condition over flat dotted facts (missing = unknown)."""
    if isinstance(condition, Comparison):
        return _compare(condition, facts)
    if isinstance(condition, AllOf | AnyOf):
        results = [evaluate_condition(c, facts) for c in condition.items]
        decisive, neutral = (
            (Truth.FALSE, Truth.TRUE) if isinstance(condition, AllOf) else (Truth.TRUE, Truth.FALSE)
        )
        if any(r.truth is decisive for r in results):
            return Result(decisive)
        if all(r.truth is neutral for r in results):
            return Result(neutral)
        return Result(Truth.UNKNOWN, _union(r.unknown for r in results))
    if isinstance(condition, Not):
        inner = evaluate_condition(condition.item, facts)
        swapped = {Truth.TRUE: Truth.FALSE, Truth.FALSE: Truth.TRUE}.get(inner.truth)
        return Result(swapped) if swapped is not None else inner
    if isinstance(condition, LicenseList):
        truth, unknown, _ = license_list_truth(condition, facts)
        return Result(truth, unknown)
    assert isinstance(condition, Always)
    return Result(Truth.TRUE)


def _compare(cond: Comparison, facts: Facts) -> Result:
    left = facts.get(cond.fact)
    if cond.op is Op.EXISTS:
        return Result(_truth((left is not None) == cond.value))
    right: object = cond.value
    unknown: list[str] = []
    if left is None:
        unknown.append(cond.fact)
    if isinstance(cond.value, FactRef):
        right = facts.get(cond.value.path)
        if right is None:
            unknown.append(cond.value.path)
        elif cond.value.times is not None:
            number = _number(right)  # a multiple of a number only; anything else is unknown
            right = None if number is None else number * cond.value.times
    if unknown and cond.op in _CONTAINS and isinstance(left, list | tuple) and not left:
        return Result(Truth.FALSE)  # an empty list contains nothing, whatever is looked for
    if unknown:
        return Result(Truth.UNKNOWN, tuple(unknown))
    decided = None if right is None else _apply(cond.op, left, right)
    if decided is None:  # values of the wrong type: as good as unknown
        paths = [cond.fact] + ([cond.value.path] if isinstance(cond.value, FactRef) else [])
        return Result(Truth.UNKNOWN, tuple(paths))
    return Result(_truth(decided))


_CONTAINS = frozenset({Op.CONTAINS, Op.CONTAINS_ANY})  # not CONTAINS_ALL: all of nothing holds


def _apply(op: Op, left: object, right: object) -> bool | None:
    """Compare two known values; None when their types do not fit the operator."""
    if op in (Op.EQ, Op.NE):
        same = _equal(left, right)
        return same if op is Op.EQ else not same
    if op in (Op.IN, Op.NOT_IN):
        if isinstance(left, list | tuple):
            return None
        found = any(_equal(left, item) for item in _as_list(right))
        return found if op is Op.IN else not found
    if op is Op.CONTAINS:
        if isinstance(right, list | tuple):
            return None
        return any(_equal(item, right) for item in _as_list(left))
    if op in (Op.CONTAINS_ANY, Op.CONTAINS_ALL):
        have = _as_list(left)
        wanted = _as_list(right)
        hits = [any(_equal(h, w) for h in have) for w in wanted]
        return any(hits) if op is Op.CONTAINS_ANY else all(hits)
    if op in (Op.GT, Op.GTE, Op.LT, Op.LTE):
        a, b = _number(left), _number(right)
        if a is None or b is None:
            return None
        return {Op.GT: a > b, Op.GTE: a >= b, Op.LT: a < b, Op.LTE: a <= b}[op]
    if op in (Op.BEFORE, Op.AFTER):
        da, db = _date(left), _date(right)
        if da is None or db is None:
            return None
        return da < db if op is Op.BEFORE else da > db
    return None


def _equal(a: object, b: object) -> bool:
    """Equality that ignores case in text and the difference between int and float."""
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na == nb
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return all(any(_equal(x, y) for y in b) for x in a) and all(
            any(_equal(x, y) for x in a) for y in b
        )
    return a == b


def _as_list(value: object) -> list[object]:
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _truth(value: bool) -> Truth:
    return Truth.TRUE if value else Truth.FALSE


def _union(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    seen: list[str] = []
    for group in groups:
        for path in group:
            if path not in seen:
                seen.append(path)
    return tuple(seen)


def not_yet(effective_from: str, today: object) -> bool:
    """True when `today` is known and before the date; an unknown today means in force."""
    start, now = _date(effective_from), _date(today)
    return start is not None and now is not None and now < start


# --- allow / deny ------------------------------------------------------------------------------


def license_list_truth(
    check: LicenseList, facts: Facts
) -> tuple[Truth, tuple[str, ...], list[str]]:
    """(violated?, unknown facts, the offending licenses or kinds) for `allow:` / `deny:`.

    An empty `effective.ids` counts as unknown: no license known is not a license allowed.
    """
    ids = [str(i) for i in _as_list(facts.get("effective.ids")) if i is not None]
    kinds = [str(k) for k in _as_list(facts.get("effective.kinds")) if k is not None]
    allowed_ids = {i.casefold() for i in check.licenses}
    listed_kinds = {k.casefold() for k in check.kinds}
    if check.mode == "deny":
        hits = [i for i in ids if i.casefold() in allowed_ids]
        hits += [k for k in kinds if k.casefold() in listed_kinds]
        if hits:
            return Truth.TRUE, (), hits
        unknown = tuple(
            path
            for path, needed, have in (
                ("effective.ids", check.licenses, ids),
                ("effective.kinds", check.kinds, kinds),
            )
            if needed and not have
        )
        return (Truth.UNKNOWN, unknown, []) if unknown else (Truth.FALSE, (), [])
    if not check.licenses:
        if not kinds:
            return Truth.UNKNOWN, ("effective.kinds",), []
        bad = [k for k in kinds if k.casefold() not in listed_kinds]
        return (Truth.TRUE if bad else Truth.FALSE), (), bad
    if not ids:
        return Truth.UNKNOWN, ("effective.ids",), []
    uncovered = [i for i in ids if i.casefold() not in allowed_ids]
    if not uncovered:
        return Truth.FALSE, (), []
    if not check.kinds:
        return Truth.TRUE, (), uncovered
    if not kinds:
        return Truth.UNKNOWN, ("effective.kinds",), []
    # effective.kinds is not paired with effective.ids: an id off the list is covered only when
    # every kind binding the model is allowed
    if all(k.casefold() in listed_kinds for k in kinds):
        return Truth.FALSE, (), []
    return Truth.TRUE, (), uncovered
