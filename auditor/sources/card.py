r"""Splits a model card (README.md) into YAML front matter and Markdown body, for the scanner.

Front matter is what the Hugging Face Hub reads as front matter. The Hub server and
huggingface_hub share one pattern (`REGEX_YAML_BLOCK` in huggingface_hub/repocard.py):

    ^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))

so this parser follows it:

- Whitespace, blank lines included, may come before the opening `---`; so may a UTF-8 BOM
  (the server's JavaScript `\s` matches U+FEFF). The opening line is `---` and nothing
  else: `--- ` at the top is not an opening (NOT_AT_START if metadata follows it).
- The block ends at the first later line that is exactly `---` at column 0, followed by a
  line break or the end of the file. `...` (YAML's end-of-document marker) does not close
  front matter on the Hub, so it does not close it here; line-by-line recovery stops there.
- `---` directly followed by `---` is an EMPTY block, although the Hub pattern needs one
  line break on each side. A closing `---` followed by a lone CR (old Mac line endings) is
  accepted, with a problem saying the Hub does not accept it.
- A start-of-file `---` that is never closed is INVALID_YAML when the next non-blank line is
  a `key:` line (its leading run of YAML-looking lines is recovered; the Hub reads no
  metadata at all); otherwise it is a Markdown rule and the state is ABSENT.
- A `---` line later in the file whose next non-blank line starts with a well-known card
  key (`license:`, `base_model:`, ...) is NOT_AT_START: the metadata stays empty because
  the Hub ignores it, and a problem names the line. Lines in fenced code are skipped.
- YAML is loaded with a SafeLoader subclass that only bounds it: nesting deeper than
  MAX_NESTING, alias expansion adding over MAX_EXPANDED_NODES nodes, recursive aliases and
  blocks longer than MAX_FRONT_MATTER_CHARS are refused and reported like syntax errors
  (INVALID_YAML), then recovered line by line. So is YAML whose top level is not a mapping.
  Scalars resolve as SafeLoader resolves them (YAML 1.1: `no` is false); a duplicate key
  keeps its last value, with a problem.
- Metadata is made JSON-serialisable: dates become ISO strings, keys become strings,
  `!!binary` becomes base64 text, sets become sorted lists, non-finite floats become text.
- Recovered values are strings, lists of strings or None (untyped): top-level `key: value`
  (plain or quoted), `key: [a, b]` and `key:` followed by `- item` lines. Keys holding
  nested mappings, multi-line scalars or aliases are left out.

Line numbers are 1-based lines of the file as given (CRLF, CR and LF each end a line).
"""

from __future__ import annotations

import base64
import bisect
import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, SequenceNode
from yaml.reader import ReaderError
from yaml.tokens import Token

from auditor.model import BaseModelRef, Declared, FrontMatterState, ParsedCard

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterator

__all__ = [
    "CARD_ORIGIN",
    "MAX_EXPANDED_NODES",
    "MAX_FRONT_MATTER_CHARS",
    "MAX_NESTING",
    "declared_from_card",
    "parse_card",
]

MAX_FRONT_MATTER_CHARS = 1_000_000  # characters; real cards stay far below (model-index included)
MAX_NESTING = 64  # collection depth, counted after alias expansion
MAX_EXPANDED_NODES = 100_000  # nodes alias expansion may add ("billion laughs" guard)
CARD_ORIGIN = "README.md front matter"

# Card keys that make a misplaced `---` block recognisable as metadata rather than a rule.
_WELL_KNOWN_KEYS = (
    "license",
    "license_name",
    "license_link",
    "base_model",
    "base_model_relation",
    "tags",
    "datasets",
    "language",
    "pipeline_tag",
    "library_name",
    "metrics",
    "model-index",
    "inference",
    "widget",
    "thumbnail",
    "extra_gated_prompt",
    "extra_gated_fields",
    "new_version",
)
_HUB_RELATIONS = ("adapter", "merge", "quantized", "finetune")

_BOM = "\ufeff"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_OPENING = re.compile(r"\s*---(?:\r\n|\r|\n)")
_CLOSING = re.compile(r"(?<=[\r\n])---(?=[\r\n]|\Z)")
# The line patterns avoid two quantifiers over the same characters in a row, which makes
# regular expressions quadratic on long runs of spaces; the code strips what they capture.
_KEY_LINE = re.compile(
    r"""(?:"(?P<dq>[^"\\]*)"[ \t]*|'(?P<sq>[^']*)'[ \t]*|(?P<plain>[A-Za-z0-9_][^:#]*))"""
    r":(?:[ \t]+(?P<value>.*))?"
)
_WELL_KNOWN_KEY_LINE = re.compile(
    r"""["']?(?:""" + "|".join(map(re.escape, _WELL_KNOWN_KEYS)) + r""")["']?[ \t]*:(?:[ \t]|\Z)"""
)
_LIST_ITEM = re.compile(r"[ \t]*-(?:[ \t]+(?P<item>.*))?")
_FENCE = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})")
_DOUBLE_QUOTED = re.compile(r'"(?P<inner>(?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?')
_SINGLE_QUOTED = re.compile(r"'(?P<inner>(?:[^']|'')*)'[ \t]*(?:#.*)?")
_FLOW_SEQUENCE = re.compile(r"\[(?P<inner>[^\[\]{}]*)\][ \t]*(?:#.*)?")
_FLOW_ITEM = re.compile(r"""(?:[ \t]*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*|([^,]*))(?:,|\Z)""")
_PLAIN_COMMENT = re.compile(r"[ \t]#")
_PROPERTIES = re.compile(r"(?:[&!]\S*[ \t]+)+")  # anchors and tags before a value
_MAPPING_ITEM = re.compile(r"[^\s\"'\[{#-][^:]*:(?:[ \t]|\Z)")
_HUB_RELATION_TAG = re.compile(
    r"base_model:(?P<relation>" + "|".join(_HUB_RELATIONS) + r"):(?P<ref>.+)", re.IGNORECASE
)
_NULLS = frozenset({"~", "null", "Null", "NULL"})
_MERGE_TAG = "tag:yaml.org,2002:merge"


def parse_card(text: str) -> ParsedCard:
    """Split a model card into front matter metadata and Markdown body; never raises."""
    source = text.removeprefix(_BOM)
    lines = _LineIndex.of(source)
    opening = _OPENING.match(source)
    if opening is None:
        return _without_front_matter(source, lines)
    block_start = opening.end()
    closing = _CLOSING.search(source, block_start)
    if closing is None:
        return _unclosed(source, lines, block_start)

    after = _LINE_BREAK.match(source, closing.end())
    body_start = after.end() if after else closing.end()
    closing_line = lines.number(closing.start())
    body = source[body_start:]
    problems: list[str] = []
    if after is not None and after.group() == "\r":
        problems.append(
            f"line {closing_line}: the closing '---' ends with a lone CR; the Hub only"
            " accepts LF or CRLF there and may show no metadata"
        )
    block = source[block_start : closing.start()]
    first_line = lines.number(block_start)

    def card(
        state: FrontMatterState,
        metadata: dict[str, object] | None = None,
        key_lines: dict[str, int] | None = None,
    ) -> ParsedCard:
        return ParsedCard(
            metadata=metadata or {},
            body=body,
            body_line=closing_line + 1,
            state=state,
            key_lines=key_lines or {},
            problems=tuple(problems),
        )

    def recovered() -> ParsedCard:
        found = _recover(source, lines, first_line, closing_line, stop_at_prose=False)
        problems.extend(found.problems)
        return card(FrontMatterState.INVALID_YAML, found.metadata, found.key_lines)

    if len(block) > MAX_FRONT_MATTER_CHARS:
        problems.append(
            f"line {first_line}: front matter is {len(block)} characters, over the"
            f" {MAX_FRONT_MATTER_CHARS} limit; not parsed as YAML"
        )
        return recovered()
    try:
        loaded = _load_yaml(block)
    except _YamlProblem as err:
        where = first_line if err.index is None else lines.number(block_start + err.index)
        problems.append(f"line {where}: invalid YAML in front matter: {err.message}")
        return recovered()

    if loaded.value is None or loaded.value == {}:
        return card(FrontMatterState.EMPTY)
    if not isinstance(loaded.value, dict):
        kind = "list" if isinstance(loaded.value, list) else type(loaded.value).__name__
        problems.append(f"line {first_line}: front matter is a {kind}, not a mapping of keys")
        return recovered()
    key_lines = {key: lines.number(block_start + at) for key, at in loaded.key_offsets.items()}
    for key, first, last in loaded.duplicates:
        problems.append(
            f"line {lines.number(block_start + last)}: duplicate key {key!r} (also on line"
            f" {lines.number(block_start + first)}); the last value is used"
        )
    return card(FrontMatterState.OK, loaded.value, key_lines)


def declared_from_card(card: ParsedCard) -> Declared:
    """What the card's front matter declares about its license and its parent models."""
    metadata = card.metadata
    license_value = metadata.get("license")
    declared_license: str | list[str] | None
    if isinstance(license_value, list):
        declared_license = [text for item in license_value if (text := _scalar_text(item))]
        declared_license = declared_license or None
    else:
        declared_license = _scalar_text(license_value)

    relation = _scalar_text(metadata.get("base_model_relation"))
    relation = relation.lower() if relation else None
    tag_relations = _relations_from_tags(metadata.get("tags"))
    if relation is None and len(set(tag_relations.values())) == 1:
        relation = next(iter(tag_relations.values()))

    raw_bases = metadata.get("base_model")
    items = raw_bases if isinstance(raw_bases, list) else [raw_bases]
    refs = [item.strip() for item in items if isinstance(item, str) and item.strip()]
    base_models = tuple(BaseModelRef(ref, tag_relations.get(ref, relation)) for ref in refs)
    return Declared(
        license=declared_license,
        license_name=_scalar_text(metadata.get("license_name")),
        license_link=_scalar_text(metadata.get("license_link")),
        base_models=base_models,
        base_model_relation=relation,
        origin=CARD_ORIGIN,
    )


# --- lines -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _LineIndex:
    """Offsets where each line of a text starts; CRLF, CR and LF each end a line."""

    starts: list[int]
    length: int

    @classmethod
    def of(cls, text: str) -> _LineIndex:
        return cls([0, *(m.end() for m in _LINE_BREAK.finditer(text))], len(text))

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


# --- no front matter at the start ----------------------------------------------------------


def _without_front_matter(source: str, lines: _LineIndex) -> ParsedCard:
    misplaced = _find_misplaced_block(source, lines)
    if misplaced is None:
        return ParsedCard(metadata={}, body=source, body_line=1, state=FrontMatterState.ABSENT)
    dash_line, key_line, key = misplaced
    at_top = not source[: lines.start(dash_line)].strip()
    why = (
        "its opening line is not exactly '---'"
        if at_top
        else "it does not open the file (the Hub reads front matter only there)"
    )
    problem = (
        f"line {dash_line}: a '---' block with card metadata ('{key}:' on line {key_line})"
        f" is not front matter because {why}; its metadata is ignored"
    )
    return ParsedCard(
        metadata={},
        body=source,
        body_line=1,
        state=FrontMatterState.NOT_AT_START,
        problems=(problem,),
    )


def _find_misplaced_block(source: str, lines: _LineIndex) -> tuple[int, int, str] | None:
    """First `---` line outside fenced code followed by a well-known card key."""
    fence: str | None = None
    for number in range(1, lines.count + 1):
        line = lines.text(source, number)
        opened = _FENCE.match(line)
        if opened:
            mark = opened.group("fence")
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence) and not line.strip(mark[0] + " "):
                fence = None
            continue
        if fence is not None or line.rstrip() != "---":
            continue
        following = _next_non_blank(source, lines, number + 1)
        if following is not None:
            key_line, text = following
            if _WELL_KNOWN_KEY_LINE.match(text):
                return number, key_line, text.split(":", 1)[0].strip("\"' \t")
    return None


def _next_non_blank(source: str, lines: _LineIndex, number: int) -> tuple[int, str] | None:
    for candidate in range(number, lines.count + 1):
        text = lines.text(source, candidate)
        if text.strip():
            return candidate, text
    return None


def _unclosed(source: str, lines: _LineIndex, block_start: int) -> ParsedCard:
    first_line = lines.number(block_start)
    following = _next_non_blank(source, lines, first_line)
    if following is None or not _KEY_LINE.fullmatch(following[1]):
        # `---` then prose: a Markdown rule at the top of the file, not metadata.
        return _without_front_matter(source, lines)
    found = _recover(source, lines, first_line, lines.count + 1, stop_at_prose=True)
    body_start = lines.start(found.end_line)
    problems = [
        f"line {first_line - 1}: front matter opened here is never closed by a '---' line;"
        " the Hub reads no metadata from this card",
        *found.problems,
    ]
    if found.end_line <= lines.count and lines.text(source, found.end_line).rstrip() == "---":
        problems.insert(
            1,
            f"line {found.end_line}: '---' followed by spaces or tabs does not close front"
            " matter on the Hub",
        )
    return ParsedCard(
        metadata=found.metadata,
        body=source[body_start:],
        body_line=found.end_line,
        state=FrontMatterState.INVALID_YAML,
        key_lines=found.key_lines,
        problems=tuple(problems),
    )


# --- bounded YAML ----------------------------------------------------------------------------


class _YamlProblem(Exception):
    """YAML that failed to load or was refused; `index` is an offset in the block."""

    def __init__(self, message: str, index: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.index = index


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses nesting deeper than MAX_NESTING while composing."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self.composed = 0  # compose_node calls: the document's own size, aliases unexpanded

    def fetch_flow_collection_start(self, TokenClass: type[Token]) -> None:
        # The scanner looks ahead across every open '[' / '{' for a possible simple key, so
        # deep flow nesting is quadratic before the composer ever sees it: stop it here.
        super().fetch_flow_collection_start(TokenClass)
        if self.flow_level > MAX_NESTING:
            raise _YamlProblem(f"nesting deeper than {MAX_NESTING} levels is refused", self.index)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        # SafeLoader's, but keys turn into text at once: `1` and `true` stay two keys instead
        # of colliding in a dict (True == 1 in Python).
        self.flatten_mapping(node)
        mapping: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, list | dict | set):
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found unhashable key",
                    key_node.start_mark,
                )
            mapping[_key_text(key)] = self.construct_object(value_node, deep=deep)
        return mapping

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        self._depth += 1
        self.composed += 1
        try:
            if self._depth > MAX_NESTING:
                raise _YamlProblem(
                    f"nesting deeper than {MAX_NESTING} levels is refused",
                    parent.start_mark.index if parent is not None else None,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


@dataclass(frozen=True, slots=True)
class _Loaded:
    value: object
    key_offsets: dict[str, int] = field(default_factory=dict)
    duplicates: list[tuple[str, int, int]] = field(default_factory=list)


def _load_yaml(block: str) -> _Loaded:
    """Load one YAML document within the bounds; raises _YamlProblem."""
    loader: _BoundedLoader | None = None
    try:
        loader = _BoundedLoader(block)
        root = loader.get_single_node()
        if root is None:
            return _Loaded(None)
        _check_expansion(root, loader.composed + MAX_EXPANDED_NODES)
        key_offsets: dict[str, int] = {}
        duplicates: list[tuple[str, int, int]] = []
        merge_offset: int | None = None
        if isinstance(root, MappingNode):
            for key_node, _value in root.value:
                offset = key_node.start_mark.index
                if key_node.tag == _MERGE_TAG:
                    merge_offset = offset
                    continue
                key = _key_text(loader.construct_object(key_node))
                if key in key_offsets:
                    duplicates.append((key, key_offsets.pop(key), offset))
                key_offsets[key] = offset
        value = _to_json(loader.construct_document(root))
        if isinstance(value, dict) and merge_offset is not None:
            for key in value:
                key_offsets.setdefault(key, merge_offset)
        return _Loaded(value, key_offsets, duplicates)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        message = f"{err.context}: {err.problem}" if err.context else str(err.problem)
        raise _YamlProblem(message, mark.index if mark else None) from err
    except ReaderError as err:
        message = f"unacceptable character #x{err.character:04x}: {err.reason}"
        raise _YamlProblem(message, err.position) from err
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as err:
        # ValueError: PyYAML builds dates, ints and floats without wrapping their errors.
        raise _YamlProblem(f"value cannot be loaded: {err}", None) from err
    finally:
        if loader is not None:
            loader.dispose()


def _check_expansion(root: Node, limit: int) -> None:
    """Refuse documents larger than `limit` nodes once aliases are expanded, nesting deeper
    than MAX_NESTING after expansion, and recursive aliases."""
    sizes: dict[int, int] = {}
    heights: dict[int, int] = {}
    active: set[int] = set()

    def visit(node: Node, level: int) -> int:
        key = id(node)
        if key in sizes:
            if level + heights[key] > MAX_NESTING:
                raise _YamlProblem(
                    f"alias expansion nests deeper than {MAX_NESTING} levels; refused",
                    node.start_mark.index,
                )
            return sizes[key]
        if key in active:
            raise _YamlProblem(
                "an alias refers to its own ancestor; refused", node.start_mark.index
            )
        if level > MAX_NESTING:
            raise _YamlProblem(
                f"alias expansion nests deeper than {MAX_NESTING} levels; refused",
                node.start_mark.index,
            )
        active.add(key)
        total, height = 1, 0
        for child in _children(node):
            total += visit(child, level + 1)
            height = max(height, heights[id(child)] + 1)
            if total > limit:
                raise _YamlProblem(
                    f"alias expansion adds more than {MAX_EXPANDED_NODES} nodes (a 'billion"
                    " laughs' document?); refused",
                    node.start_mark.index,
                )
        active.discard(key)
        sizes[key], heights[key] = total, height
        return total

    visit(root, 1)


def _children(node: Node) -> Iterator[Node]:
    if isinstance(node, SequenceNode):
        yield from node.value
    elif isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            yield key_node
            yield value_node


def _to_json(value: object) -> object:
    """Make loaded YAML JSON-serialisable: string keys, ISO dates, lists for sets and tuples."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {_key_text(key): _to_json(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((_to_json(item) for item in value), key=str)
    if isinstance(value, list | tuple):
        return [_to_json(item) for item in value]
    return str(value)


def _key_text(key: object) -> str:
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, dt.date | bytes):
        return str(_to_json(key))
    return str(key)


# --- line-by-line recovery ---------------------------------------------------------------------


@dataclass(slots=True)
class _Recovery:
    metadata: dict[str, object] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    end_line: int = 0  # first line not read as front matter


class _Unrecoverable(Exception):
    """A value this recovery does not understand (nested, multi-line, alias)."""


def _recover(
    source: str, lines: _LineIndex, first: int, stop: int, *, stop_at_prose: bool
) -> _Recovery:
    """Read top-level `key: value` and `key:` + `- item` lines from lines first..stop-1.

    With stop_at_prose (unclosed front matter), reading ends at the first line that looks
    like Markdown rather than YAML, and `end_line` says where.
    """
    found = _Recovery(end_line=stop)
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


# --- declared fields -------------------------------------------------------------------------


def _scalar_text(value: object) -> str | None:
    """A scalar as stripped text (numbers and booleans too); None for collections and blanks."""
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip() or None


def _relations_from_tags(tags: object) -> dict[str, str]:
    """Hub-style `base_model:<relation>:<repo>` tags, as repo -> relation."""
    if not isinstance(tags, list):
        return {}
    relations: dict[str, str] = {}
    for tag in tags:
        match = _HUB_RELATION_TAG.fullmatch(tag.strip()) if isinstance(tag, str) else None
        if match:
            relations[match.group("ref").strip()] = match.group("relation").lower()
    return relations
