"""Typed wrapper over license-expression: the only module importing the untyped library."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from license_expression import ExpressionError, Licensing

_OPERATOR = re.compile(r"\s(and|or|with)\s|[()]", re.IGNORECASE)


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
