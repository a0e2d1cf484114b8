"""Loads user YAML (manifests, policies) into plain values while keeping each value's line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from auditor.errors import InputFileError
from auditor.fileio.bounded import read_bounded
from auditor.fileio.located_memo import recalled, remember, text_key

# libyaml's C parser when PyYAML was built with it (the wheels are): several times faster
# than the pure-Python one, same safe constructors, same line marks.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_trusted_yaml(text: str) -> object:
    """Parse YAML the auditor ships (license_db, presets) with the safe, fast loader."""
    return yaml.load(text, Loader=SAFE_LOADER)


MAX_NODES = 200_000
MAX_DEPTH = 64
MAX_BYTES = 8 * 1024 * 1024
C_SAFE_DEPTH = 2_000
"""Nesting PyYAML's C composer takes safely. It composes by recursion on the C stack, so a
document nested ~50,000 levels deep crashes the process (a segfault, not an exception)
before the MAX_DEPTH check sees a node: deeper documents are refused from parser events."""

Pointer = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class LocatedYaml:
    """A YAML document as plain Python values, with the 1-based line of every value and key."""

    data: object
    lines: dict[Pointer, int] = field(default_factory=dict)
    path: str = "<string>"
    key_lines: dict[Pointer, int] = field(default_factory=dict)  # a mapping entry's key

    def line(self, pointer: Pointer) -> int | None:
        """The line of the value at `pointer`, or of its nearest located parent."""
        for end in range(len(pointer), -1, -1):
            found = self.lines.get(pointer[:end])
            if found is not None:
                return found
        return None

    def key_line(self, pointer: Pointer) -> int | None:
        """The line of the key naming the value at `pointer` (where a reader looks for a
        mistake in it, also when the value starts on a later line), else `line(pointer)`."""
        found = self.key_lines.get(pointer)
        return found if found is not None else self.line(pointer)


def read_located_yaml(path: Path) -> LocatedYaml:
    """Read a user's YAML file; every problem is an InputFileError naming the file and line."""
    try:
        raw = read_bounded(path, MAX_BYTES)
    except FileNotFoundError as err:
        raise InputFileError(str(path), [(None, "no such file")]) from err
    except IsADirectoryError as err:
        raise InputFileError(str(path), [(None, "is a directory, not a YAML file")]) from err
    except OSError as err:
        raise InputFileError(str(path), [(None, f"cannot read ({err.strerror})")]) from err
    if len(raw) > MAX_BYTES:
        raise InputFileError(str(path), [(None, f"file is larger than {MAX_BYTES:,} bytes")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputFileError(str(path), [(line, "not valid UTF-8 text")]) from err
    return parse_located_yaml(text, str(path))


def parse_located_yaml(text: str, path: str = "<string>") -> LocatedYaml:
    """Parse YAML text with the safe loader, bounding aliases, depth and size (a text parsed
    before, here or by an earlier run, is read back: fileio/located_memo.py)."""
    key = text_key(text)
    recalled_parse = recalled(key)
    if recalled_parse is not None:
        data, lines, key_lines = recalled_parse
        return LocatedYaml(data=data, lines=lines, path=path, key_lines=key_lines)
    located = _parse(text, path)
    if located.data is not None:
        remember(key, text, located.data, located.lines, located.key_lines)
    return located


def _parse(text: str, path: str) -> LocatedYaml:
    if "\x00" in text:
        nul_line = text[: text.index("\x00")].count("\n") + 1
        raise InputFileError(path, [(nul_line, "contains a NUL character; not a YAML text file")])
    try:
        _check_depth(text, path)
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line: int | None = mark.line + 1 if mark is not None else None
        raise InputFileError(path, [(line, f"invalid YAML: {err.problem or err.context}")]) from err
    except yaml.YAMLError as err:
        raise InputFileError(path, [(None, f"invalid YAML: {err}")]) from err
    if node is None:
        return LocatedYaml(data=None, path=path)
    builder = _Builder(path)
    data = builder.build(node, (), 0)
    return LocatedYaml(data=data, lines=builder.lines, path=path, key_lines=builder.key_lines)


def _check_depth(text: str, path: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before the recursive composer sees it.

    Every level of nesting needs one indicator character (`[`, `{`, `-`, `?` or `:`), so
    their count bounds the depth: small documents skip the check. Others are walked as
    parser events, which libyaml produces without recursion, and stop at the first level
    past MAX_DEPTH.
    """
    bound = sum(text.count(char) for char in "[{-?:")
    if bound <= C_SAFE_DEPTH:
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=SAFE_LOADER):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    line = mark.line + 1 if mark is not None else None
                    raise InputFileError(path, [(line, f"nested deeper than {MAX_DEPTH} levels")])
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as err:
        # libyaml 0.2.5+ stops at its own nesting limit (far past ours) while scanning ahead,
        # before the event that would cross MAX_DEPTH: the same refusal, in our words.
        if "nesting depth" not in str(err.problem):
            raise
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else None
        raise InputFileError(path, [(line, f"nested deeper than {MAX_DEPTH} levels")]) from err


class _Builder:
    """Turns composed nodes into values; counts nodes so alias bombs stop early."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: dict[Pointer, int] = {}
        self.key_lines: dict[Pointer, int] = {}
        self.count = 0
        self.constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, pointer: Pointer, depth: int) -> object:
        self.count += 1
        line = node.start_mark.line + 1
        if self.count > MAX_NODES:
            raise InputFileError(
                self.path, [(line, f"more than {MAX_NODES:,} values (alias bomb?)")]
            )
        if depth > MAX_DEPTH:
            raise InputFileError(self.path, [(line, f"nested deeper than {MAX_DEPTH} levels")])
        self.lines[pointer] = line
        if isinstance(node, yaml.MappingNode):
            result: dict[str, object] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise InputFileError(
                        self.path,
                        [(key_node.start_mark.line + 1, "merge keys (<<) are not supported")],
                    )
                key = self._scalar(key_node)
                if not isinstance(key, str | int | float | bool) or key is None:
                    raise InputFileError(
                        self.path,
                        [(key_node.start_mark.line + 1, "mapping keys must be plain text")],
                    )
                key_text = str(key)
                if key_text in result:
                    raise InputFileError(
                        self.path, [(key_node.start_mark.line + 1, f"duplicate key {key_text!r}")]
                    )
                self.key_lines[(*pointer, key_text)] = key_node.start_mark.line + 1
                result[key_text] = self.build(value_node, (*pointer, key_text), depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*pointer, i), depth + 1) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> object:
        if not isinstance(node, yaml.ScalarNode):
            raise InputFileError(
                self.path, [(node.start_mark.line + 1, "expected a plain value here")]
            )
        try:
            value = self.constructor.construct_object(node, deep=True)
        # ValueError: an impossible date (2027-02-30); OverflowError: a date out of range
        except (yaml.YAMLError, ValueError, OverflowError) as err:
            what = "not a valid ISO date" if node.tag.endswith(":timestamp") else "invalid value"
            raise InputFileError(
                self.path, [(node.start_mark.line + 1, f"{what}: {node.value!r} ({err})")]
            ) from err
        if hasattr(value, "isoformat"):
            return str(value.isoformat())
        return value
