"""Model discovery in configuration files: YAML, JSON and TOML documents, and `.env` files."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass

import yaml

from auditor.discover.refs import (
    DiscoveryProblem,
    ModelReference,
    assignment_target,
    gguf_ref,
    hub_ref,
    source_line,
    split_lines,
)
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import SourceKind

Parsed = tuple[list[ModelReference], list[DiscoveryProblem]]

# Configuration keys whose value names a model (compared lower-case, "-" read as "_").
MODEL_KEYS = frozenset(
    {
        "model",
        "model_name",
        "model_id",
        "model_name_or_path",
        "model_repo",
        "base_model",
        "base_model_name_or_path",
        "repo_id",
        "pretrained_model_name_or_path",
    }
)
_NOT_MODEL_KEYS = frozenset({"hub_model_id"})  # where a training run pushes, not a model used
_ENV_NAME = lazy_pattern(r"[A-Z][A-Z0-9_]*")
_MAX_NODES = 200_000
_MAX_DEPTH = 100


def is_model_key(key: str) -> bool:
    """Whether a configuration key holds a model: MODEL_KEYS, or a name ending in `_model`."""
    normal = key.strip().lower().replace("-", "_")
    if normal in _NOT_MODEL_KEYS:
        return False
    return normal in MODEL_KEYS or normal.endswith(("_model", "_model_id", "_model_name"))


@dataclass(frozen=True, slots=True)
class _Scalar:
    """A string value of a configuration file, with its line when the parser knows it."""

    value: str
    line: int | None


Tree = dict[str, "Tree"] | list["Tree"] | _Scalar | None


# --- configuration files ---------------------------------------------------------------------


def parse_config(text: str, file: str, fmt: str) -> Parsed:
    """Model references in a YAML, JSON or TOML document (`fmt`: "yaml", "json", "toml")."""
    try:
        if fmt == "yaml":
            trees = _yaml_trees(text)
        elif fmt == "json":
            trees = [_plain_tree(json.loads(text))]
        else:
            trees = [_plain_tree(tomllib.loads(text))]
    except _TooBigError as err:
        return [], [DiscoveryProblem(file, None, f"{err}; skipped")]
    except (yaml.YAMLError, ValueError, RecursionError) as err:
        line = _error_line(err)
        return [], [DiscoveryProblem(file, line, f"not valid {fmt.upper()}; skipped")]
    lines = split_lines(text)
    found: list[ModelReference] = []
    used: set[int] = set()
    for tree in trees:
        for key, scalar, how, target in _config_entries(tree):
            line = scalar.line or _locate(lines, key, scalar.value, used)
            used.add(line)
            kind, ref = target
            found.append(ModelReference(ref, file, line, kind, how, source_line(lines, line)))
    return found, []


class _TooBigError(ValueError):
    """A document with more values, or deeper nesting, than discovery reads."""


def _error_line(err: BaseException) -> int | None:
    mark = getattr(err, "problem_mark", None)
    if mark is not None:
        return int(mark.line) + 1
    lineno = getattr(err, "lineno", None)
    return lineno if isinstance(lineno, int) else None


def _yaml_trees(text: str) -> list[Tree]:
    counter = [0]
    trees = []
    for node in yaml.compose_all(text, Loader=yaml.SafeLoader):
        trees.append(_yaml_tree(node, 0, counter))
    return trees


def _yaml_tree(node: yaml.Node | None, depth: int, counter: list[int]) -> Tree:
    counter[0] += 1
    if counter[0] > _MAX_NODES or depth > _MAX_DEPTH:
        raise _TooBigError(f"more than {_MAX_NODES:,} values or {_MAX_DEPTH} levels")
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Tree] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                mapping[str(key_node.value)] = _yaml_tree(value_node, depth + 1, counter)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [_yaml_tree(item, depth + 1, counter) for item in node.value]
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        return _Scalar(str(node.value), node.start_mark.line + 1)
    return None


def _plain_tree(data: object, depth: int = 0) -> Tree:
    if depth > _MAX_DEPTH:
        raise _TooBigError(f"nested deeper than {_MAX_DEPTH} levels")
    if isinstance(data, dict):
        return {str(k): _plain_tree(v, depth + 1) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain_tree(item, depth + 1) for item in data]
    if isinstance(data, str):
        return _Scalar(data, None)
    return None


Entry = tuple[str | None, _Scalar, str, tuple[SourceKind, str]]


def _config_entries(tree: Tree) -> Iterator[Entry]:
    """(key, value, how, (kind, ref)) for every value that names a model; iterative."""
    stack: list[tuple[str | None, Tree, bool]] = [(None, tree, False)]
    while stack:
        key, node, in_dataset = stack.pop()
        if isinstance(node, dict):
            repo_type = node.get("repo_type")
            dataset = in_dataset or (
                isinstance(repo_type, _Scalar) and repo_type.value in ("dataset", "space")
            )
            for child_key, child in reversed(node.items()):
                inside = dataset or "dataset" in child_key.lower()
                stack.append((child_key, child, inside))
        elif isinstance(node, list):
            stack.extend((key, item, in_dataset) for item in reversed(node))
        elif isinstance(node, _Scalar) and not in_dataset:
            found = _config_value(key, node.value)
            if found is not None:
                yield key, node, found[0], found[1]


def _config_value(key: str | None, value: str) -> tuple[str, tuple[SourceKind, str]] | None:
    gguf = gguf_ref(value)
    if gguf is not None:
        return "config", (SourceKind.GGUF, gguf)
    name, eq, rest = value.partition("=")
    if eq and _ENV_NAME.fullmatch(name):  # docker-compose `environment: [NAME=value]`
        target = assignment_target(name, rest.strip().strip("\"'"))
        return ("env", target) if target is not None else None
    if key is None:
        return None
    if _ENV_NAME.fullmatch(key):  # an environment mapping: `OPENAI_MODEL: gpt-4o`
        target = assignment_target(key, value)
        return ("env", target) if target is not None else None
    if is_model_key(key):
        hub = hub_ref(value)
        if hub is not None:
            return "config", (SourceKind.HUB, hub)
    return None


def _locate(lines: list[str], key: str | None, value: str, used: set[int]) -> int:
    """The line a value sits on, for parsers that do not say (json, tomllib): the first line
    not yet used holding the value (and its key, when there is one)."""
    with_value = [number for number, line in enumerate(lines, start=1) if value in line]
    with_key = [n for n in with_value if key is None or key in lines[n - 1]]
    for candidates in (with_key, with_value):
        for number in candidates:
            if number not in used:
                return number
    return with_value[0] if with_value else 1


# --- environment files -----------------------------------------------------------------------

_ASSIGNMENT = lazy_pattern(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)")


def parse_env(text: str, file: str) -> Parsed:
    """Model references in a `.env` file: `NAME=value` lines (see `assignment_target`)."""
    lines = split_lines(text)
    found = []
    for number, line in enumerate(lines, start=1):
        match = _ASSIGNMENT.fullmatch(line)
        if match is None or line.lstrip().startswith("#"):
            continue
        target = assignment_target(match[1], _env_value(match[2]))
        if target is not None:
            kind, ref = target
            found.append(ModelReference(ref, file, number, kind, "env", source_line(lines, number)))
    return found, []


def _env_value(raw: str) -> str:
    value = raw.strip()
    if value[:1] in ("'", '"'):
        end = value.find(value[0], 1)
        return value[1:end] if end > 0 else value[1:]
    return value.split(" #", 1)[0].strip()
