"""What lineage knowledge an audit used: its date and whether it is the bundled snapshot or
one the user refreshed (`auditor knowledge update`). Every report states it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

BUNDLED = "bundled"
USER = "user"
FILE = "file"  # a snapshot file a caller named (tests, benchmarks)
ORIGINS = (BUNDLED, USER, FILE)

_ORIGIN_WORDS = {BUNDLED: "bundled", USER: "refreshed by the user", FILE: "from a file"}


@dataclass(frozen=True, slots=True)
class KnowledgeStamp:
    """The lineage snapshot's date (ISO, as written in it; None when it has none) and origin."""

    as_of: str | None
    origin: str  # one of ORIGINS

    def words(self) -> str:
        """`as of 2026-11-20 (bundled)`, for the reports."""
        when = f"as of {self.as_of}" if self.as_of else "undated"
        return f"{when} ({_ORIGIN_WORDS.get(self.origin, self.origin)})"


def stamp_to_dict(stamp: KnowledgeStamp | None) -> dict[str, Any] | None:
    """The result's `lineage_knowledge` object."""
    return None if stamp is None else {"as_of": stamp.as_of, "origin": stamp.origin}


def stamp_from_dict(doc: Mapping[str, Any] | None) -> KnowledgeStamp | None:
    """The inverse of stamp_to_dict (absent before schema 1.4: None)."""
    if doc is None:
        return None
    as_of = doc.get("as_of")
    return KnowledgeStamp(None if as_of is None else str(as_of), str(doc["origin"]))
