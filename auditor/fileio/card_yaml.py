"""Loads model card front matter as YAML within bounds: nesting, alias expansion, plain values.

Part of the card parser (`card`): a refused or broken document raises YamlProblem, and the
parser falls back to line-by-line recovery.

libyaml (PyYAML's C loader) parses a plain document several times faster than the pure-Python
loader; the bounds are hooks in the pure-Python scanner and composer, which the C one has not.
So the C loader only takes documents the bounds cannot concern (no control characters, no
aliases, nesting within MAX_NESTING, checked on its nodes), and everything else, every error
included, goes to the bounded pure-Python loader, which gives the same value or refuses.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, SequenceNode
from yaml.reader import ReaderError
from yaml.tokens import Token

from auditor.fileio.lazy_pattern import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterator

MAX_NESTING = 64  # collection depth, counted after alias expansion
MAX_EXPANDED_NODES = 100_000  # nodes alias expansion may add ("billion laughs" guard)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_C_SAFE_INDICATORS = 2_000
"""Nesting indicators ('[{-?:') a document may hold for libyaml's recursive composer to be
safe without a look at its events first: it recurses on the C stack, and a document tens of
thousands of levels deep would crash the process rather than raise."""
# Characters left to the pure-Python loader: those its Reader refuses (libyaml reads them),
# the line breaks and byte-order mark outside ASCII, where the two could count apart, and tabs
# (libyaml takes tab indentation inside a flow collection that the pure-Python one refuses).
_NOT_FOR_C = lazy_pattern(
    "[^\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# Where libyaml and the pure-Python scanner read the same text apart (found by running both on
# generated documents): a block scalar header followed by '#' with no space (libyaml takes it as
# a comment), and a '?' after a flow collection opened ('?' ends a plain scalar in the pure-Python
# scanner's flow context, not in libyaml's).
_BLOCK_HEADER_COMMENT = lazy_pattern(r"[|>][-+0-9]*#")


class YamlProblem(Exception):
    """YAML that failed to load or was refused; `index` is an offset in the block."""

    def __init__(self, message: str, index: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.index = index


class _TextKeys(SafeConstructor):
    """SafeConstructor whose mapping keys turn into text at once."""

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


class _BoundedLoader(_TextKeys, yaml.SafeLoader):
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
            raise YamlProblem(f"nesting deeper than {MAX_NESTING} levels is refused", self.index)

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        self._depth += 1
        self.composed += 1
        try:
            if self._depth > MAX_NESTING:
                raise YamlProblem(
                    f"nesting deeper than {MAX_NESTING} levels is refused",
                    parent.start_mark.index if parent is not None else None,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


@dataclass(frozen=True, slots=True)
class Loaded:
    value: object
    key_offsets: dict[str, int] = field(default_factory=dict)
    duplicates: list[tuple[str, int, int]] = field(default_factory=list)
    shadowed: list[tuple[str, int, object]] = field(default_factory=list)  # key, offset, value


_KEPT_BLOCKS = 256
_KEPT_MAX_CHARS = 32_768


def load_yaml(block: str) -> Loaded:
    """Load one YAML document within the bounds; raises YamlProblem. A scan meets the same
    front matter in card after card (copies of one card, cards of one family): the last
    `_KEPT_BLOCKS` documents loaded are kept, and each caller gets its own copy."""
    if len(block) > _KEPT_MAX_CHARS:
        return _load(block)
    kept = _load_kept(block)
    return Loaded(
        copy.deepcopy(kept.value),
        dict(kept.key_offsets),
        list(kept.duplicates),
        copy.deepcopy(kept.shadowed),
    )


@lru_cache(maxsize=_KEPT_BLOCKS)  # an error is raised again, never kept
def _load_kept(block: str) -> Loaded:
    return _load(block)


def _load(block: str) -> Loaded:
    if _C_LOADER is not None and _NOT_FOR_C.search(block) is None and not _read_apart(block):
        fast = _load_fast(block, _C_LOADER)
        if fast is not None:
            return fast
    return _load_bounded(block)


def _read_apart(block: str) -> bool:
    """Whether the block holds a text the two scanners read apart (_BLOCK_HEADER_COMMENT)."""
    last_question = block.rfind("?")
    if last_question >= 0 and -1 < _first_flow_opening(block) < last_question:
        return True
    return _BLOCK_HEADER_COMMENT.search(block) is not None


def _first_flow_opening(block: str) -> int:
    found = [i for i in (block.find("["), block.find("{")) if i >= 0]
    return min(found) if found else -1


class _NotFast(Exception):
    """The C loader cannot vouch for this document: the bounded loader decides."""


def _load_fast(block: str, loader_class: type[SafeConstructor]) -> Loaded | None:
    """The document through libyaml, or None when the bounded loader must decide (any error,
    alias or nesting: its refusals and messages are the ones reported)."""
    if sum(block.count(char) for char in "[{-?:") > _C_SAFE_INDICATORS:
        try:
            _check_event_depth(block)
        except Exception:  # any failure: the bounded loader reports it
            return None
    loader: Any = None
    try:
        loader = loader_class(block)  # type: ignore[call-arg]
        root = loader.get_single_node()
        if root is None:
            return Loaded(None)
        _check_plain_tree(root)
        return _constructed(loader, root)
    except Exception:  # any failure: the bounded loader reports it
        return None
    finally:
        if loader is not None:
            loader.dispose()


def _check_event_depth(block: str) -> None:
    """Raise _NotFast when collections nest deeper than MAX_NESTING, read from libyaml's
    events (made without recursion) before its recursive composer sees the document."""
    depth = 0
    for event in yaml.parse(block, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_NESTING:
                raise _NotFast
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _check_plain_tree(root: Node) -> None:
    """Raise _NotFast for a node reached twice (an alias) or nested past MAX_NESTING: with
    neither, no bound of the bounded loader applies."""
    seen: set[int] = set()
    waiting = [(root, 1)]
    while waiting:
        node, level = waiting.pop()
        if level > MAX_NESTING or id(node) in seen:
            raise _NotFast
        seen.add(id(node))
        waiting.extend((child, level + 1) for child in _children(node))


def _load_bounded(block: str) -> Loaded:
    """The document through the pure-Python loader with every bound; raises YamlProblem."""
    loader: _BoundedLoader | None = None
    try:
        loader = _BoundedLoader(block)
        root = loader.get_single_node()
        if root is None:
            return Loaded(None)
        _check_expansion(root, loader.composed + MAX_EXPANDED_NODES)
        return _constructed(loader, root)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        message = f"{err.context}: {err.problem}" if err.context else str(err.problem)
        raise YamlProblem(message, mark.index if mark else None) from err
    except ReaderError as err:
        message = f"unacceptable character #x{err.character:04x}: {err.reason}"
        raise YamlProblem(message, err.position) from err
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError, IndexError) as err:
        # ValueError: PyYAML builds dates, ints and floats without wrapping their errors;
        # IndexError: its int constructor reads the first character of an empty `!!int`.
        raise YamlProblem(f"value cannot be loaded: {err}", None) from err
    finally:
        if loader is not None:
            loader.dispose()


def _constructed(loader: Any, root: Node) -> Loaded:
    """The document's value, with the offset of each top-level key and its duplicates."""
    key_offsets: dict[str, int] = {}
    duplicates: list[tuple[str, int, int]] = []
    shadowed: list[tuple[str, int, object]] = []
    value_nodes: dict[str, Node] = {}
    merge_offset: int | None = None
    if isinstance(root, MappingNode):
        for key_node, value_node in root.value:
            offset = key_node.start_mark.index
            if key_node.tag == _MERGE_TAG:
                merge_offset = offset
                continue
            key = _key_text(loader.construct_object(key_node))
            if key in key_offsets:
                first = key_offsets.pop(key)
                duplicates.append((key, first, offset))
                # YAML keeps the last value: the first is what a reader of the file sees
                # first, so it is kept for the conflict check.
                hidden = _to_json(loader.construct_object(value_nodes[key], deep=True))
                shadowed.append((key, first, hidden))
            key_offsets[key] = offset
            value_nodes[key] = value_node
    value = _to_json(loader.construct_document(root))
    if isinstance(value, dict) and merge_offset is not None:
        for key in value:
            key_offsets.setdefault(key, merge_offset)
    return Loaded(value, key_offsets, duplicates, shadowed)


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
                raise YamlProblem(
                    f"alias expansion nests deeper than {MAX_NESTING} levels; refused",
                    node.start_mark.index,
                )
            return sizes[key]
        if key in active:
            raise YamlProblem("an alias refers to its own ancestor; refused", node.start_mark.index)
        if level > MAX_NESTING:
            raise YamlProblem(
                f"alias expansion nests deeper than {MAX_NESTING} levels; refused",
                node.start_mark.index,
            )
        active.add(key)
        total, height = 1, 0
        for child in _children(node):
            total += visit(child, level + 1)
            height = max(height, heights[id(child)] + 1)
            if total > limit:
                raise YamlProblem(
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


class _CTextKeysLoader(_TextKeys, yaml.CSafeLoader):
    """libyaml's parser and composer with the text-keys constructor (no bounds of its own)."""


_C_LOADER: type[SafeConstructor] | None = (
    _CTextKeysLoader if getattr(yaml, "__with_libyaml__", False) else None
)
