"""Typed wrapper over license-expression: the only module importing the untyped library."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from typing import Any, TypeVar

from license_expression import ExpressionError, Licensing

from auditor.fileio.lazy_pattern import lazy_pattern

_OPERATOR = lazy_pattern(r"\s(and|or|with)\s|[()]", re.IGNORECASE)
_MEMORY = 4096
"""Distinct texts remembered by each pure function below. Parsing an expression costs tens of
microseconds, and lineage asks for the same few hundred (a census: millions of times)."""
_SHORT = 256
"""Only texts up to this long are remembered: a hostile card's kilobyte-long tag is parsed
each time rather than kept."""

_T = TypeVar("_T")


def _remembered(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """`function` with the results for short texts remembered (it must be pure)."""
    memory = lru_cache(maxsize=_MEMORY)(function)

    @wraps(function)
    def remembered(text: str) -> _T:
        return memory(text) if len(text) <= _SHORT else function(text)

    return remembered


@dataclass(frozen=True, slots=True)
class ParsedExpression:
    """A license expression split into its license keys and its operator."""

    keys: tuple[str, ...]
    operator: str | None  # "AND", "OR" or None for a single license or a mixed expression
    rendered: str


def looks_like_expression(text: str) -> bool:
    """Whether `text` combines licenses with AND / OR / WITH or parentheses."""
    return bool(_OPERATOR.search(text))


@cache
def _licensing() -> Licensing:
    return Licensing()


@_remembered
def parse_expression(text: str) -> ParsedExpression | None:
    """Parse `apache-2.0 OR mit` into keys and operator; None when it is not a valid expression."""
    try:
        parsed = _licensing().parse(text, validate=False, simple=False)
    except (ExpressionError, TypeError, ValueError):
        return None
    if parsed is None:
        return None
    keys = tuple(str(key) for key in _licensing().license_keys(parsed, unique=True))
    operator = getattr(parsed, "operator", None)
    op = str(operator).strip().upper() if operator else None
    if op not in {"AND", "OR"}:
        op = None
    elif any(getattr(arg, "operator", None) for arg in getattr(parsed, "args", ())):
        op = None  # nested mixture such as (A OR B) AND C: keep the whole, judge conservatively
    return ParsedExpression(keys=keys, operator=op, rendered=str(parsed.render("{symbol.key}")))


def _parse(text: str) -> Any | None:
    try:
        return _licensing().parse(text, validate=False, simple=False)
    except (ExpressionError, TypeError, ValueError):
        return None


def combine_expressions(parts: Sequence[str], operator: str = "AND") -> str:
    """Join license expressions with AND (or OR), as SPDX reads them.

    `A`, `B OR C` and `A` joined with AND give `A AND (B OR C)`: parentheses where
    precedence needs them, a part repeated only once, nested parts of the same operator
    flattened, order kept. A part that is not an expression is kept whole, in parentheses
    when it holds spaces, so nothing is silently re-read.
    """
    op = operator.upper()
    if op not in {"AND", "OR"}:
        raise ValueError(f"operator must be AND or OR, not {operator!r}")
    if sum(len(part) for part in parts) > _SHORT:
        return _combined.__wrapped__(tuple(parts), op)
    return _combined(tuple(parts), op)


@lru_cache(maxsize=_MEMORY)
def _combined(parts: tuple[str, ...], op: str) -> str:
    units: list[Any] = []
    for part in parts:
        parsed = _parse(part) if part else None
        if parsed is None:
            return _join_text(parts, op)
        same = str(getattr(parsed, "operator", "")).strip().upper() == op
        units.extend(parsed.args if same else (parsed,))
    unique: dict[str, Any] = {}
    for unit in units:
        unique.setdefault(str(unit.render("{symbol.key}")), unit)
    if len(unique) == 1:
        return next(iter(unique))
    joined = (_licensing().AND if op == "AND" else _licensing().OR)(*unique.values())
    return str(joined.render("{symbol.key}"))


def _join_text(parts: Sequence[str], op: str) -> str:
    kept = list(dict.fromkeys(p for p in parts if p))
    return f" {op} ".join(f"({p})" if " " in p.strip() and len(kept) > 1 else p for p in kept)


@_remembered
def expression_keys(text: str) -> tuple[str, ...]:
    """The license keys an expression names, in order, each once; the text itself if unparsable."""
    parsed = _parse(text)
    keys = (
        tuple(str(key) for key in _licensing().license_keys(parsed, unique=True))
        if parsed is not None
        else ()
    )
    if keys and all(key in text for key in keys):
        return keys
    # Not an expression license-expression reads back verbatim (brackets, markup in a name
    # that came from a hostile card): keep every word but the operators, as written.
    words = text.replace("(", " ").replace(")", " ").split()
    return tuple(dict.fromkeys(w for w in words if w.upper() not in {"AND", "OR", "WITH"}))


@_remembered
def spdx_expression(text: str) -> str:
    """An effective license id as a well-formed SPDX expression.

    Results written since lineage joins with license-expression are already well formed and
    come back as they are. Older results joined units as flat text (`A OR B AND C` meaning
    `(A OR B) AND C`, against SPDX precedence), so a text without parentheses that mixes both
    operators is read the way it was written: AND between units.
    """
    flat = "(" not in text and " AND " in text and " OR " in text
    if flat:
        return combine_expressions([unit.strip() for unit in text.split(" AND ")])
    parsed = _parse(text)
    return str(parsed.render("{symbol.key}")) if parsed is not None else text.strip()


@_remembered
def is_choice(text: str) -> bool:
    """Whether the expression offers a choice of licenses (an OR anywhere in it)."""
    parsed = _parse(text)
    if parsed is None:
        return " OR " in text.upper()
    stack = [parsed]
    while stack:
        node = stack.pop()
        if str(getattr(node, "operator", "")).strip().upper() == "OR":
            return True
        stack.extend(getattr(node, "args", ()))
    return False


MAX_OPTIONS = 8
"""An expression offering more choices than this is not expanded: every license it names is
read as binding (the conservative reading), and the result says so."""


@dataclass(frozen=True, slots=True)
class LicenseOptions:
    """The choices an expression offers the licensee, each the licenses that apply together.

    `A OR B` gives ((A,), (B,)); `A AND B` one option (A, B); `(A OR B) AND C` the options
    (A, C) and (B, C). `expanded` is False when the expression could not be expanded (not an
    expression, or more than MAX_OPTIONS choices): its one option then names every license.
    """

    options: tuple[tuple[str, ...], ...]
    expanded: bool = True

    @property
    def is_choice(self) -> bool:
        """Whether the licensee may choose between several options."""
        return len(self.options) > 1


@_remembered
def license_options(text: str) -> LicenseOptions:
    """The options an expression offers (its disjunctive normal form), each license once."""
    parsed = _parse(text)
    if parsed is None:
        return LicenseOptions((expression_keys(text),), expanded=False)
    options = _options(parsed)
    if options is None:
        return LicenseOptions((expression_keys(text),), expanded=False)
    unique = tuple(dict.fromkeys(options))
    return LicenseOptions(unique)


def single_license_options(text: str | None) -> tuple[str, ...]:
    """The licenses of a choice whose options are one license each (`A OR B`), in order; ()
    when the expression offers no choice or an option joins several licenses."""
    if not text:
        return ()
    offered = license_options(text)
    if not offered.is_choice or any(len(option) != 1 for option in offered.options):
        return ()
    return tuple(option[0] for option in offered.options)


def choice_licenses(text: str | None) -> tuple[str, ...]:
    """Every license of an expression that offers a choice, in order, whatever each option
    joins (`(MIT OR CC-BY-NC-SA-4.0) AND Apache-2.0`: MIT, Apache-2.0, CC-BY-NC-SA-4.0); ()
    when it offers none."""
    if not text:
        return ()
    offered = license_options(text)
    if not offered.is_choice:
        return ()
    return tuple(dict.fromkeys(key for option in offered.options for key in option))


def _options(node: Any) -> list[tuple[str, ...]] | None:
    operator = str(getattr(node, "operator", "") or "").strip().upper()
    args = getattr(node, "args", ())
    if operator not in {"AND", "OR"} or not args:
        return [(str(node.render("{symbol.key}")),)]
    found: list[tuple[str, ...]] = [] if operator == "OR" else [()]
    for arg in args:
        part = _options(arg)
        if part is None:
            return None
        if operator == "OR":
            found.extend(part)
        else:
            found = [tuple(dict.fromkeys((*left, *right))) for left in found for right in part]
        if len(found) > MAX_OPTIONS:
            return None
    return found
