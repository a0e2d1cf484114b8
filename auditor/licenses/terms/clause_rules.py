"""Clause rules as data: the patterns term extraction reads clauses with, loaded from
`license_db/clause_rules/*.yaml`. The module is longer than 400 lines because it is the rules'
one loader and checker: every problem of a rule file is named here, with its line.

Each rule names the term it reads and the value it stands for, says in words which clause
shape it reads, and holds its shapes (regular-expression alternatives, joined with `|`;
`{{name}}` stands for a fragment the file defines), examples that must match and
counter-examples that must not (in English, Chinese, Japanese or Korean, written for this
project), and may name clauses of the shared corpus by file and line (read by the tests,
never stored here).

Nothing is read at import: the files are parsed at the first use of any rule, and a rule's
pattern is compiled at its own first use. The keyword prefilter of a rule (one of these
lowercase words is in every sentence it can match) is derived from its pattern
(`required_keywords`), never kept by hand: a prefilter that drops a sentence the pattern
would match cannot be written.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from auditor.errors import LicenseDBError
from auditor.fileio.compiled_patterns import compile_pattern
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_index import fresh_index
from auditor.licenses.terms.required_literals import (
    Prefilter,
    required_keywords,
    required_prefilter,
)
from auditor.licenses.terms.rule_anchor import past_marker
from auditor.resources import license_db_dir

CLAUSE_FOLDER = "clause_rules"
SHARED_FRAGMENTS = "fragments.yaml"
"""The file of fragments every rule file may name; it holds no rules."""
LANGUAGES = ("en", "zh", "ja", "ko")
_FRAGMENT = lazy_pattern(r"\{\{([a-z][a-z0-9_]*)\}\}")
_ID = lazy_pattern(r"^[a-z][a-z0-9_]*/[A-Za-z0-9][A-Za-z0-9+_-]*$")
_FLAG_NAMES = {"case-sensitive", "multiline"}


@dataclass(frozen=True, slots=True)
class Example:
    """A phrasing written for the project that a rule must (or must not) match."""

    text: str
    language: str


@dataclass(frozen=True, slots=True)
class CorpusClause:
    """A clause of a shared corpus text the rule reads, by file and line (read at test time)."""

    file: str
    line: int


@dataclass(frozen=True, slots=True)
class ClauseRule:
    """One clause rule: what it reads, its pattern, and the phrasings that test it."""

    id: str  # "<term>/<name>"
    value: str
    reads: str
    source: str
    flags: int
    examples: tuple[Example, ...]
    counter_examples: tuple[Example, ...]
    corpus: tuple[CorpusClause, ...]
    file: str
    line: int
    part: bool = False  # a part of a larger pattern (a unit, a currency): searched within one

    @property
    def term(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def name(self) -> str:
        return self.id.split("/", 1)[1]


_lock = threading.Lock()


@cache
def load_clause_rules() -> Mapping[str, ClauseRule]:
    """Every bundled clause rule as extraction reads it, by id, in file order: from the
    compiled index when it is fresh (`clause_index`: no examples or corpus references), else
    from the rule files (`read_clause_rules`)."""
    index = fresh_index()
    if index is None:
        return read_clause_rules()
    return {
        rule_id: ClauseRule(
            id=rule_id,
            value=entry["value"],
            reads="",
            source=entry["source"],
            flags=entry["flags"],
            examples=(),
            counter_examples=(),
            corpus=(),
            file=entry["file"],
            line=entry["line"],
            part=entry["part"],
        )
        for rule_id, entry in index.items()
    }


@cache
def read_clause_rules(folder: Path | None = None) -> Mapping[str, ClauseRule]:
    """Every clause rule of the bundled files (or of `folder`), read from the files with its
    examples, by id, in file order.

    Raises LicenseDBError naming the file and line of each problem (an unknown field, a
    fragment never defined, a pattern that does not compile, an id used twice)."""
    with _lock:
        root = folder or license_db_dir() / CLAUSE_FOLDER
        rules: dict[str, ClauseRule] = {}
        problems: list[str] = []
        shared = _read_shared(root / SHARED_FRAGMENTS, problems)
        for path in sorted(root.glob("*.yaml")):
            if path.name == SHARED_FRAGMENTS:
                continue
            for rule in _read_file(path, problems, shared):
                if rule.id in rules:
                    first = rules[rule.id]
                    problems.append(
                        f"{path.name}:{rule.line}: rule {rule.id} is already defined at "
                        f"{first.file}:{first.line}"
                    )
                rules[rule.id] = rule
        if problems:
            raise LicenseDBError("clause rules invalid: " + "; ".join(problems))
        return rules


def clause_rule(rule_id: str) -> ClauseRule:
    """The rule `rule_id` (`term/name`) of the bundled files."""
    try:
        return load_clause_rules()[rule_id]
    except KeyError:
        raise LicenseDBError(f"no clause rule {rule_id!r} in license_db/{CLAUSE_FOLDER}") from None


@cache
def clause_pattern(rule_id: str) -> re.Pattern[str]:
    """The compiled pattern of the rule `rule_id`, compiled at its first use."""
    rule = clause_rule(rule_id)
    return compile_pattern(rule.source, rule.flags)


@cache
def clause_keywords(rule_id: str) -> tuple[str, ...]:
    """The lowercase words one of which every match of the rule holds (derived from its
    pattern); () when no literal is required (every sentence is tried)."""
    index = fresh_index()
    if index is not None and rule_id in index:
        return tuple(index[rule_id]["keywords"])
    rule = clause_rule(rule_id)
    return required_keywords(rule.source, rule.flags)


@cache
def clause_prefilter(rule_id: str) -> Prefilter:
    """Per alternative of the rule, the literal sets a sentence must hold one of each of
    (`required_literals.required_prefilter`); () when some alternative requires none."""
    index = fresh_index()
    if index is not None and rule_id in index:
        return tuple(
            tuple(tuple(words) for words in alternative)
            for alternative in index[rule_id]["prefilter"]
        )
    rule = clause_rule(rule_id)
    return required_prefilter(rule.source, rule.flags)


def index_entry(rule: ClauseRule) -> dict[str, Any]:
    """What the compiled index holds of a rule (scripts/build_clause_index.py)."""
    return {
        "value": rule.value,
        "source": rule.source,
        "flags": rule.flags,
        "part": rule.part,
        "file": rule.file,
        "line": rule.line,
        "keywords": list(required_keywords(rule.source, rule.flags)),
        "prefilter": [
            [list(words) for words in alternative]
            for alternative in required_prefilter(rule.source, rule.flags)
        ],
    }


# --- reading the files ----------------------------------------------------------------------


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that records the line of each rule mapping (`__line__`)."""


def _mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)

_RULE_FIELDS = {
    "id",
    "value",
    "reads",
    "shapes",
    "flags",
    "part",
    "examples",
    "counter_examples",
    "corpus",
    "__line__",
}


def _read_shared(path: Path, problems: list[str]) -> dict[str, str]:
    """The fragments of the shared file, for every other file (none when it is absent)."""
    if not path.is_file():
        return {}
    doc = _load(path, problems)
    fragments = doc.get("fragments") if isinstance(doc, dict) else None
    if not isinstance(fragments, dict):
        problems.append(f"{path.name}: needs a `fragments:` mapping")
        return {}
    return _fragments(path.name, fragments, problems, {})


def _load(path: Path, problems: list[str]) -> object:
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_LineLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        problems.append(f"{path.name}: cannot be read ({err})")
        return None


def _read_file(path: Path, problems: list[str], shared: Mapping[str, str]) -> list[ClauseRule]:
    doc = _load(path, problems)
    if doc is None:
        return []
    if (
        not isinstance(doc, dict)
        or doc.get("version") != 1
        or not isinstance(doc.get("rules"), list)
    ):
        problems.append(f"{path.name}: needs `version: 1` and a `rules:` list")
        return []
    fragments = doc.get("fragments") or {}
    if not isinstance(fragments, dict):
        problems.append(f"{path.name}: `fragments:` must map names to patterns")
        return []
    resolved = _fragments(path.name, fragments, problems, shared)
    rules = []
    for item in doc["rules"]:
        rule = _rule(path.name, item, resolved, problems)
        if rule is not None:
            rules.append(rule)
    return rules


def _joined(shape: object) -> str | None:
    """A shape as one pattern: a string, or a list of pieces written one after the other."""
    if isinstance(shape, str):
        return shape
    if isinstance(shape, list) and shape and all(isinstance(p, str) for p in shape):
        return "".join(shape)
    return None


def _fragments(
    name: str, raw: Mapping[str, object], problems: list[str], shared: Mapping[str, str]
) -> dict[str, str]:
    """The shared fragments and the file's own, each with the fragments it names substituted
    (in definition order)."""
    done: dict[str, str] = dict(shared)
    line = raw.get("__line__", "?")
    for key, value in raw.items():
        if key == "__line__":
            continue
        if key in shared:
            problems.append(f"{name}:{line}: fragment {key} is already in {SHARED_FRAGMENTS}")
            continue
        text = _joined(value)
        if text is None:
            problems.append(f"{name}:{line}: fragment {key} must be a string or list of strings")
            continue
        done[key] = _substitute(name, line, text, done, problems)
    return done


def _substitute(
    name: str, line: object, text: str, fragments: Mapping[str, str], problems: list[str]
) -> str:
    def piece(match: re.Match[str]) -> str:
        found = fragments.get(match.group(1))
        if found is None:
            problems.append(f"{name}:{line}: fragment {{{{{match.group(1)}}}}} is not defined")
            return ""
        return found

    return _FRAGMENT.sub(piece, text)


def _examples(
    name: str, line: object, field: str, raw: object, problems: list[str]
) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict) or set(raw) - {*LANGUAGES, "__line__"}:
        problems.append(
            f"{name}:{line}: `{field}` maps languages ({', '.join(LANGUAGES)}) to lists"
        )
        return ()
    found: list[Example] = []
    for language in LANGUAGES:
        texts = raw.get(language) or []
        if not isinstance(texts, list) or not all(isinstance(t, str) and t for t in texts):
            problems.append(f"{name}:{line}: `{field}.{language}` must be a list of phrasings")
            continue
        found.extend(Example(t, language) for t in texts)
    return tuple(found)


def _rule(
    name: str, item: object, fragments: Mapping[str, str], problems: list[str]
) -> ClauseRule | None:
    if not isinstance(item, dict):
        problems.append(f"{name}: every rule is a mapping")
        return None
    line = item.get("__line__", "?")
    unknown = set(item) - _RULE_FIELDS
    if unknown:
        problems.append(f"{name}:{line}: unknown field(s) {', '.join(sorted(unknown))}")
    rule_id = item.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        problems.append(f"{name}:{line}: `id` must read term/name")
        return None
    shapes = item.get("shapes")
    pieces = [_joined(s) for s in shapes] if isinstance(shapes, list) and shapes else [None]
    if any(p is None for p in pieces):
        problems.append(f"{name}:{line}: {rule_id}: `shapes` must be a list of patterns")
        return None
    flags_raw = item.get("flags") or []
    if not isinstance(flags_raw, list) or set(flags_raw) - _FLAG_NAMES:
        problems.append(f"{name}:{line}: {rule_id}: `flags` may hold {sorted(_FLAG_NAMES)}")
        flags_raw = []
    lines = "multiline" in flags_raw
    source = "|".join(
        past_marker(_substitute(name, line, p or "", fragments, problems), lines) for p in pieces
    )
    flags = (0 if "case-sensitive" in flags_raw else re.IGNORECASE) | (re.MULTILINE if lines else 0)
    try:
        re.compile(source, flags)
    except re.error as err:
        problems.append(f"{name}:{line}: {rule_id}: the pattern does not compile ({err})")
        return None
    corpus = []
    for ref in item.get("corpus") or []:
        if not isinstance(ref, dict) or not isinstance(ref.get("file"), str):
            problems.append(f"{name}:{line}: {rule_id}: `corpus` items need `file` and `line`")
            continue
        if not isinstance(ref.get("line"), int):
            problems.append(f"{name}:{line}: {rule_id}: `corpus` items need `file` and `line`")
            continue
        corpus.append(CorpusClause(ref["file"], ref["line"]))
    value, reads = item.get("value"), item.get("reads")
    if not isinstance(value, str) or not isinstance(reads, str) or not reads.strip():
        problems.append(f"{name}:{line}: {rule_id}: `value` and `reads` are required words")
        return None
    return ClauseRule(
        id=rule_id,
        value=value,
        reads=" ".join(reads.split()),
        source=source,
        flags=flags,
        examples=_examples(name, line, "examples", item.get("examples"), problems),
        counter_examples=_examples(
            name, line, "counter_examples", item.get("counter_examples"), problems
        ),
        corpus=tuple(corpus),
        file=name,
        line=int(line) if isinstance(line, int) else 0,
        part=bool(item.get("part", False)),
    )
