"""Model discovery in Dockerfiles and shell scripts: downloads, serve commands, assignments."""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field

from auditor.discover.refs import (
    DiscoveryProblem,
    ModelReference,
    assignment_target,
    gguf_ref,
    hub_ref,
    source_line,
    split_lines,
    with_revision,
)
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import SourceKind

Parsed = tuple[list[ModelReference], list[DiscoveryProblem]]

# Options of serving commands (vllm serve, text-generation-launcher, llama.cpp) that name a model.
_MODEL_OPTIONS = frozenset(
    {
        "--model",
        "--model-id",
        "--model_id",
        "--model-name",
        "--model_name",
        "--model-name-or-path",
        "--model_name_or_path",
        "--pretrained-model-name-or-path",
        "--base-model",
        "--base_model",
    }
)
# huggingface-cli / hf download options that take a value (the others are flags).
_DOWNLOAD_VALUE_OPTIONS = frozenset(
    {
        "--revision",
        "--repo-type",
        "--local-dir",
        "--cache-dir",
        "--token",
        "--max-workers",
        "--local-dir-use-symlinks",
        "--etag-timeout",
        "--format",
    }
)
_DOWNLOAD_MANY_OPTIONS = frozenset({"--include", "--exclude"})
_VARIABLE = lazy_pattern(r"[A-Za-z_][A-Za-z0-9_]*")
_SEPARATORS = frozenset({"&&", "||", ";", "|", "&", "(", ")", ";;"})


@dataclass(frozen=True, slots=True)
class _Logical:
    """A command spread over lines joined by a trailing backslash."""

    first: int  # 1-based line of its first physical line
    lines: tuple[str, ...]

    def line_of(self, token: str) -> int:
        for offset, line in enumerate(self.lines):
            if token in line:
                return self.first + offset
        return self.first


@dataclass
class _Found:
    """References found in one file, each with its source line."""

    file: str
    lines: list[str]
    references: list[ModelReference] = field(default_factory=list)

    def add(self, target: tuple[SourceKind, str], how: str, line: int) -> None:
        kind, ref = target
        text = source_line(self.lines, line)
        self.references.append(ModelReference(ref, self.file, line, kind, how, text))


def parse_shell(text: str, file: str) -> Parsed:
    """Model references in a shell script: download and serve commands, assignments, paths."""
    found = _Found(file, split_lines(text))
    for logical in _logical_lines(found.lines, dockerfile=False):
        tokens = _tokens(" ".join(line.rstrip().rstrip("\\") for line in logical.lines))
        start = 0
        while start < len(tokens) and tokens[start] in ("export", "declare", "local", "readonly"):
            start += 1
        _assignments(tokens[start:], logical, found)
        _commands(tokens, logical, found)
    return found.references, []


def parse_dockerfile(text: str, file: str) -> Parsed:
    """Model references in a Dockerfile: ENV/ARG values and commands in RUN, CMD, ENTRYPOINT."""
    found = _Found(file, split_lines(text))
    for logical in _logical_lines(found.lines, dockerfile=True):
        joined = " ".join(line.rstrip().rstrip("\\") for line in logical.lines).strip()
        instruction, _, rest = joined.partition(" ")
        tokens = _exec_form(rest) or _tokens(rest)
        if instruction.upper() in ("ENV", "ARG"):
            if len(tokens) == 2 and "=" not in tokens[0]:  # legacy `ENV NAME value`
                tokens = [f"{tokens[0]}={tokens[1]}"]
            _assignments(tokens, logical, found, every=True)
        else:  # the instruction is kept: a heredoc's lines are commands of their own
            _commands([instruction, *tokens], logical, found)
    return found.references, []


def _logical_lines(lines: list[str], *, dockerfile: bool) -> Iterator[_Logical]:
    first = 0
    group: list[str] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not group and (not stripped or stripped.startswith("#")):
            continue
        if dockerfile and group and stripped.startswith("#"):
            continue  # Docker drops comment lines inside a continued instruction
        if not group:
            first = number
        group.append(line)
        if not stripped.endswith("\\"):
            yield _Logical(first, tuple(group))
            group = []
    if group:
        yield _Logical(first, tuple(group))


def _tokens(text: str) -> list[str]:
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    try:
        return list(lexer)
    except ValueError:  # an unclosed quote: fall back to whitespace
        return text.split()


def _exec_form(text: str) -> list[str] | None:
    """`["vllm", "serve", "org/name"]` (Docker's exec form) as tokens."""
    if not text.lstrip().startswith("["):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if isinstance(data, list) and all(isinstance(item, str) for item in data):
        return data
    return None


def _assignments(
    tokens: list[str], logical: _Logical, found: _Found, *, every: bool = False
) -> None:
    """`NAME=value` tokens at the start of a command (every token for ENV and ARG)."""
    for token in tokens:
        name, eq, value = token.partition("=")
        if not eq or not _VARIABLE.fullmatch(name):
            if every:
                continue
            break
        target = assignment_target(name, value)
        if target is not None:
            found.add(target, "env", logical.line_of(value or token))


def _commands(tokens: list[str], logical: _Logical, found: _Found) -> None:
    """Download and serve commands, model options, Hub URLs and `.gguf` paths in a command."""
    consumed: set[int] = set()
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        base = token.rsplit("/", 1)[-1]
        target: tuple[SourceKind, str] | None = None
        if following == "download" and base in ("huggingface-cli", "hf"):
            how = f"{base} download"
            target, used = _download(tokens, index + 2)
            consumed |= used
        elif base == "vllm" and following == "serve" and index + 2 < len(tokens):
            how = "vllm serve"
            target = _model_token(tokens[index + 2])
            consumed.add(index + 2)
        elif token in _MODEL_OPTIONS and following:
            how = token
            target = _model_token(following)
            consumed.add(index + 1)
        elif token.startswith("--") and token.partition("=")[0] in _MODEL_OPTIONS:
            how, _, value = token.partition("=")
            target = _model_token(value)
            consumed.add(index)
        if target is not None:
            found.add(target, how, logical.line_of(target[1].partition("@")[0]))
    for index, token in enumerate(tokens):
        if index in consumed:
            continue
        if "://" in token:
            hub = hub_ref(token)
            if hub is not None:
                found.add((SourceKind.HUB, hub), "url", logical.line_of(token))
        elif gguf_ref(token) is not None:
            found.add((SourceKind.GGUF, token.strip()), "gguf-path", logical.line_of(token))


def _model_token(value: str) -> tuple[SourceKind, str] | None:
    gguf = gguf_ref(value)
    if gguf is not None:
        return SourceKind.GGUF, gguf
    hub = hub_ref(value)
    return (SourceKind.HUB, hub) if hub is not None else None


def _download(tokens: list[str], start: int) -> tuple[tuple[SourceKind, str] | None, set[int]]:
    """The repo a `download` command fetches, and the token indexes it used."""
    positional: list[str] = []
    revision = repo_type = None
    used: set[int] = set()
    index = start
    while index < len(tokens) and tokens[index] not in _SEPARATORS:
        token = tokens[index]
        used.add(index)
        option, eq, inline = token.partition("=")
        if token.startswith("-") and option in _DOWNLOAD_VALUE_OPTIONS:
            value = inline if eq else (tokens[index + 1] if index + 1 < len(tokens) else "")
            if not eq:
                index += 1
                used.add(index)
            revision = value if option == "--revision" else revision
            repo_type = value if option == "--repo-type" else repo_type
        elif option in _DOWNLOAD_MANY_OPTIONS:
            while index + 1 < len(tokens) and not tokens[index + 1].startswith("-"):
                if tokens[index + 1] in _SEPARATORS:
                    break
                index += 1
                used.add(index)
        elif not token.startswith("-"):
            positional.append(token)  # the repo, then file names inside it
        index += 1
    if not positional or repo_type not in (None, "model"):
        return None, used
    hub = hub_ref(positional[0])
    if hub is None:
        return None, used
    return (SourceKind.HUB, with_revision(hub, revision)), used
