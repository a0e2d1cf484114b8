"""The bodies of a card's fenced code blocks (``` or ~~~), for the readers of configurations and
citations kept in them (`prose_configs`, `card_text_s40lineage`). Pure."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["fenced_bodies"]

_FENCE = lazy_pattern(r"^\s*(?:```|~~~)")


def fenced_bodies(lines: Sequence[str], limit: int) -> Iterator[tuple[int, Sequence[str]]]:
    """(index of the first body line, body lines) of each fenced block of at most `limit`
    lines; a longer one (a whole file pasted) is skipped."""
    start: int | None = None
    for index, line in enumerate(lines):
        if not _FENCE.match(line):
            continue
        if start is None:
            start = index
            continue
        body = lines[start + 1 : index]
        if len(body) <= limit:
            yield start + 1, body
        start = None
