"""What a policy fact is: its type (which operators may test it), words and closed values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FactType(StrEnum):
    """What a fact holds; decides which operators may test it."""

    STRING = "string"
    BOOL = "bool"
    NUMBER = "number"
    DATE = "date"
    LIST = "list"
    ANY = "any"


@dataclass(frozen=True, slots=True)
class FactSpec:
    """One documented fact: its type, its words for explanations, its closed values if any."""

    type: FactType
    label: str
    values: frozenset[str] | None = None


def spec(kind: FactType, label: str, values: frozenset[str] | None = None) -> FactSpec:
    """A FactSpec, short to write in the catalogs."""
    return FactSpec(kind, label, values)
