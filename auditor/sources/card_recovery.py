"""Reads model card front matter line by line, where YAML cannot: line numbers, top-level
`key: value` lines and `- item` lists, one-line values.

Part of the card parser (`card`), which falls back to this when the YAML is broken or
refused, or the front matter is never closed.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field

from auditor.fileio.lazy_pattern import lazy_pattern

LINE_BREAK = lazy_pattern(r"\r\n|\r|\n")
# The line patterns avoid two quantifiers over the same characters in a row, which makes
# regular expressions quadratic on long runs of spaces; the code strips what they capture.
_KEY_LINE = lazy_pattern(
    r"""(?:"(?P<dq>[^"\\]*)"[ \t]*|'(?P<sq>[^']*)'[ \t]*|(?P<plain>[A-Za-z0-9_][^:#]*))"""
    r":(?:[ \t]+(?P<value>.*))?"
)
_LIST_ITEM = lazy_pattern(r"[ \t]*-(?:[ \t]+(?P<item>.*))?")
_DOUBLE_QUOTED = lazy_pattern(r'"(?P<inner>(?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?')
_SINGLE_QUOTED = lazy_pattern(r"'(?P<inner>(?:[^']|'')*)'[ \t]*(?:#.*)?")
_FLOW_SEQUENCE = lazy_pattern(r"\[(?P<inner>[^\[\]{}]*)\][ \t]*(?:#.*)?")
_FLOW_ITEM = lazy_pattern(r"""(?:[ \t]*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*|([^,]*))(?:,|\Z)""")
_PLAIN_COMMENT = lazy_pattern(r"[ \t]#")
_PROPERTIES = lazy_pattern(r"(?:[&!]\S*[ \t]+)+")  # anchors and tags before a value
_MAPPING_ITEM = lazy_pattern(r"[^\s\"'\[{#-][^:]*:(?:[ \t]|\Z)")
_NULLS = frozenset({"~", "null", "Null", "NULL"})


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Offsets where each line of a text starts; CRLF, CR and LF each end a line."""

    starts: list[int]
    length: int

    @classmethod
    def of(cls, text: str) -> LineIndex:
        return cls([0, *(m.end() for m in LINE_BREAK.finditer(text))], len(text))

    @property
    def count(self) -> int:
        return len(self.starts)

    def number(self, offset: int) -> int:
        """1-based line holding `offset`."""
        return bisect.bisect_right(self.starts, offset)

    def start(self, number: int) -> int:
        return self.starts[number - 1] if number <= self.count else self.length

    def text(self, source: str, number: int) -> str:
        """Line `number` without its line break."""
        end = self.starts[number] if number < self.count else self.length
        return source[self.starts[number - 1] : end].rstrip("\r\n")


@dataclass(slots=True)
class Recovery:
    metadata: dict[str, object] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    shadowed: list[tuple[str, int, object]] = field(default_factory=list)  # a duplicate key hid
    end_line: int = 0  # first line not read as front matter


class _Unrecoverable(Exception):
    """A value this recovery does not understand (nested, multi-line, alias)."""


def recover(
    source: str, lines: LineIndex, first: int, stop: int, *, stop_at_prose: bool
) -> Recovery:
    """Read top-level `key: value` and `key:` + `- item` lines from lines first..stop-1.

    With stop_at_prose (unclosed front matter), reading ends at the first line that looks
    like Markdown rather than YAML, and `end_line` says where.
    """
    found = Recovery(end_line=stop)
    pending: tuple[str, int] | None = None  # key waiting for `- item` lines, and its line
    items: list[object] = []
    broken = False

    def flush() -> None:
        nonlocal pending, items, broken
        if pending is not None and not broken:
            found.metadata[pending[0]] = items or None
            found.key_lines[pending[0]] = pending[1]
        pending, items, broken = None, [], False

    for number in range(first, min(stop, lines.count + 1)):
        line = lines.text(source, number)
        stripped = line.strip()
        if line.rstrip() == "...":
            found.problems.append(
                f"line {number}: '...' ends the YAML document but does not close front"
                " matter on the Hub; recovery stops here"
            )
            found.end_line = number
            break
        key_match = _KEY_LINE.fullmatch(line)
        if key_match:
            flush()
            key = _key_from(key_match)
            if key in found.metadata:  # a duplicate key: the last value is kept, as YAML would
                found.shadowed.append((key, found.key_lines[key], found.metadata[key]))
            raw = (key_match.group("value") or "").strip()
            if not raw or raw.startswith("#"):
                pending = (key, number)
                continue
            try:
                found.metadata[key] = _recover_value(raw)
            except _Unrecoverable:
                found.metadata.pop(key, None)
                found.key_lines.pop(key, None)
                pending, broken = (key, number), True
                continue
            found.key_lines[key] = number
            continue
        if not stripped:
            continue
        if stripped.startswith("#") and not (stop_at_prose and line.startswith("#")):
            continue
        if pending is not None and line[0] in " \t-":
            item = _LIST_ITEM.fullmatch(line)
            if item is None or broken:
                broken = True
                continue
            try:
                items.append(_recover_item((item.group("item") or "").strip()))
            except _Unrecoverable:
                broken = True
            continue
        if stop_at_prose and (pending is None or line[0] not in " \t"):
            found.end_line = number
            break
    flush()
    if found.metadata:
        names = ", ".join(list(found.metadata)[:20]) + (", ..." if len(found.metadata) > 20 else "")
        found.problems.append(
            f"recovered {len(found.metadata)} top-level key(s) line by line: {names}"
        )
    else:
        found.problems.append("no top-level key could be recovered line by line")
    return found


def _key_from(match: re.Match[str]) -> str:
    for group in ("dq", "sq"):
        if match.group(group) is not None:
            return match.group(group)
    return match.group("plain").rstrip()


def _recover_item(raw: str) -> object:
    if not raw or raw.startswith("#"):
        return None
    if _MAPPING_ITEM.match(raw):
        raise _Unrecoverable(raw)
    return _recover_value(raw)


def _recover_value(raw: str) -> object:
    """One value written on one line: plain, quoted, or a flow sequence of those."""
    properties = _PROPERTIES.match(raw)
    raw = (raw[properties.end() :] if properties else raw).strip()
    if not raw:
        return None
    if raw[0] == "[":
        flow = _FLOW_SEQUENCE.fullmatch(raw)
        if flow is None:
            raise _Unrecoverable(raw)
        items = (
            quoted or plain.strip() for quoted, plain in _FLOW_ITEM.findall(flow.group("inner"))
        )
        return [_recover_scalar(item) for item in items if item]
    if raw[0] in "{|>*":
        raise _Unrecoverable(raw)
    return _recover_scalar(raw)


def _recover_scalar(raw: str) -> str | None:
    if not raw:
        return None
    double = _DOUBLE_QUOTED.fullmatch(raw)
    if double:
        inner = double.group("inner")
        try:
            decoded = json.loads(f'"{inner}"')
        except ValueError:  # a YAML-only escape such as \x41
            return inner.replace('\\"', '"')
        return decoded if isinstance(decoded, str) else inner
    single = _SINGLE_QUOTED.fullmatch(raw)
    if single:
        return single.group("inner").replace("''", "'")
    if raw[0] in "\"'*":
        raise _Unrecoverable(raw)  # unterminated quote (multi-line scalar) or an alias
    comment = _PLAIN_COMMENT.search(raw)
    plain = (raw[: comment.start()] if comment else raw).strip()
    return None if plain in _NULLS else plain


def is_key_line(line: str) -> bool:
    """A top-level `key:` or `key: value` line, as recovery reads it."""
    return _KEY_LINE.fullmatch(line) is not None
