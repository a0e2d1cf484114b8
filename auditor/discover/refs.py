"""Model discovery, shared part: the reference record and the checks that a string names a model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from auditor.errors import TargetError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.providers import parse_api_ref
from auditor.model import SourceKind

MAX_TEXT = 200
"""A reference's `text` (its source line) is cut to this many characters."""


@dataclass(frozen=True, slots=True)
class ModelReference:
    """A place in a codebase that names a model.

    `ref` is written as a manifest would take it: `org/name[@revision]` (kind hub),
    `api:<provider>/<model>` (api), a path as written in the code (gguf, local).
    `how` names the construct it was read from (see `auditor.discover.scan`).
    """

    ref: str
    file: str  # relative to the scanned folder, POSIX separators
    line: int  # 1-based
    kind: SourceKind  # HUB, API, GGUF or LOCAL; a StrEnum, so it compares equal to "hub" ...
    how: str
    text: str  # the source line, stripped, at most MAX_TEXT characters


@dataclass(frozen=True, slots=True)
class DiscoveryProblem:
    """Something discovery could not read: a file skipped, or a part of it not understood."""

    file: str
    line: int | None
    message: str


_LINE_BREAK = lazy_pattern(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Lines as parsers number them: split at \\n, \\r\\n and \\r only (unlike str.splitlines,
    which also splits at form feeds and other separators that ast and YAML do not count)."""
    return _LINE_BREAK.split(text)


def source_line(lines: Sequence[str], line: int) -> str:
    """Line `line` (1-based) of `lines`, stripped and cut to MAX_TEXT characters."""
    if 1 <= line <= len(lines):
        return lines[line - 1].strip()[:MAX_TEXT]
    return ""


# One part of a Hub repo id: letters, digits, "_", "-", "."; it neither starts nor ends with
# "-" or "." (the Hub's own rule), so "./x" or "name." are not ids.
_PART = r"[A-Za-z0-9](?:[A-Za-z0-9_.\-]{0,94}[A-Za-z0-9_])?"
_HUB_ID = lazy_pattern(rf"({_PART})/({_PART})")
_REVISION = lazy_pattern(r"[A-Za-z0-9][\w.\-/]{0,199}")
_VERSION_LIKE = lazy_pattern(r"[vV]?\d+(?:\.\d+)*")
# A last part ending in one of these is a file name ("data/train.json"), not a repo.
_FILE_SUFFIXES = frozenset(
    [
        "arrow",
        "bin",
        "bz2",
        "cfg",
        "ckpt",
        "conf",
        "csv",
        "db",
        "env",
        "gguf",
        "gif",
        "gz",
        "h5",
        "html",
        "ini",
        "ipynb",
        "jpeg",
        "jpg",
        "js",
        "json",
        "jsonl",
        "lock",
        "log",
        "md",
        "model",
        "msgpack",
        "npy",
        "npz",
        "onnx",
        "parquet",
        "pdf",
        "pickle",
        "pkl",
        "png",
        "pt",
        "pth",
        "py",
        "safetensors",
        "sh",
        "sql",
        "svg",
        "tar",
        "tgz",
        "tflite",
        "toml",
        "ts",
        "tsv",
        "txt",
        "wav",
        "whl",
        "xml",
        "xz",
        "yaml",
        "yml",
        "zip",
    ]
)
_HF_HOSTS = frozenset({"huggingface.co", "www.huggingface.co", "hf.co"})
# First path segments of huggingface.co pages that are not model repos.
_HF_NOT_MODELS = frozenset(
    [
        "api",
        "blog",
        "chat",
        "collections",
        "datasets",
        "docs",
        "join",
        "learn",
        "login",
        "models",
        "organizations",
        "papers",
        "posts",
        "pricing",
        "settings",
        "spaces",
        "tasks",
    ]
)


def hub_ref(text: str) -> str | None:
    """`org/name` or `org/name@revision` when `text` names a Hub model repo, else None.

    Accepts an `hf:` prefix and huggingface.co model URLs (reduced to `org/name`); rejects
    other URLs, paths, file names ("cfg/model.yaml"), versions ("1.2/3") and task names.
    """
    value = text.strip()
    if value.startswith("hf:"):
        value = value[3:]
    if "://" in value:
        found = _hub_from_url(value)
        if found is None:
            return None
        value = found
    repo, at, revision = value.partition("@")
    if at and (not _REVISION.fullmatch(revision) or ".." in revision):
        return None
    match = _HUB_ID.fullmatch(repo)
    if match is None or "--" in repo or ".." in repo:
        return None
    org, name = match.groups()
    if _VERSION_LIKE.fullmatch(org) or _VERSION_LIKE.fullmatch(name):
        return None
    if "." in name and name.rsplit(".", 1)[1].lower() in _FILE_SUFFIXES:
        return None
    return value


def with_revision(ref: str, revision: str | None) -> str:
    """`ref@revision` for a Hub ref without one, when `revision` is a plausible revision."""
    if revision is None or "@" in ref:
        return ref
    revision = revision.strip()
    if not _REVISION.fullmatch(revision) or ".." in revision:
        return ref
    return f"{ref}@{revision}"


def _hub_from_url(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or (parts.hostname or "") not in _HF_HOSTS:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(segments) < 2 or segments[0].lower() in _HF_NOT_MODELS:
        return None
    return f"{segments[0]}/{segments[1]}"


_NOT_IN_PATH = frozenset("*?$`{}<>|\"'\x00\\()[]^")  # globs, variables, regexes


def gguf_ref(text: str) -> str | None:
    """The path when `text` is a path to a `.gguf` file (no URL, glob or shell variable)."""
    value = text.strip()
    if not value.lower().endswith(".gguf") or len(value) <= len(".gguf") or len(value) > 400:
        return None
    if "://" in value or any(ch.isspace() or ch in _NOT_IN_PATH for ch in value):
        return None
    return value


def local_ref(text: str) -> str | None:
    """The path when `text` is an explicit local path (`./`, `../`, `/` or `~/`)."""
    value = text.strip()
    if not value.startswith(("./", "../", "/", "~/")) or len(value) > 400 or value == "/":
        return None
    if "://" in value or any(ch in _NOT_IN_PATH or ch in "\n\r\t" for ch in value):
        return None
    return value


def model_target(text: str) -> tuple[SourceKind, str] | None:
    """What a string passed where a model is loaded names: a GGUF file, a Hub repo, a path."""
    found = gguf_ref(text)
    if found is not None:
        return SourceKind.GGUF, found
    found = hub_ref(text)
    if found is not None:
        return SourceKind.HUB, found
    found = local_ref(text)
    if found is not None:
        return SourceKind.LOCAL, found
    return None


_API_MODEL = lazy_pattern(r"[A-Za-z0-9][A-Za-z0-9._:@+\-]{0,199}")


def api_ref(provider: str, model: str) -> str | None:
    """`api:<provider>/<model>` when `model` looks like an API model name, else None."""
    value = model.strip()
    if value.startswith("models/"):  # the Gemini API accepts "models/gemini-1.5-pro"
        value = value.removeprefix("models/")
    if not _API_MODEL.fullmatch(value) or not any(ch.isalpha() for ch in value):
        return None
    ref = f"api:{provider}/{value}"
    try:
        parse_api_ref(ref)
    except TargetError:
        return None
    return ref


# Environment variable prefixes naming a provider: OPENAI_MODEL=gpt-4o is an API model.
# Longest first: AZURE_OPENAI_ must win over OPENAI_.
_ENV_PROVIDERS = (
    ("AZURE_OPENAI_", "azure_openai"),
    ("OPENAI_", "openai_api"),
    ("ANTHROPIC_", "anthropic_api"),
    ("CLAUDE_", "anthropic_api"),
    ("GEMINI_", "google_gemini_api"),
    ("GOOGLE_GENAI_", "google_gemini_api"),
    ("VERTEX_AI_", "google_vertex_ai"),
    ("VERTEXAI_", "google_vertex_ai"),
    ("VERTEX_", "google_vertex_ai"),
    ("BEDROCK_", "aws_bedrock"),
    ("AWS_BEDROCK_", "aws_bedrock"),
    ("MISTRAL_", "mistral"),
    ("COHERE_", "cohere"),
)
ENV_PROVIDER_KEYS = frozenset(key for _, key in _ENV_PROVIDERS)


def assignment_target(name: str, value: str) -> tuple[SourceKind, str] | None:
    """What `NAME=value` (an environment variable) names, if anything.

    Any value that is a `.gguf` path counts; otherwise the name must contain MODEL and the
    value be a Hub repo id, or a model name when the name starts with a provider prefix
    (`OPENAI_MODEL=gpt-4o` -> `api:openai_api/gpt-4o`).
    """
    found = gguf_ref(value)
    if found is not None:
        return SourceKind.GGUF, found
    upper = name.upper()
    if "MODEL" not in upper:
        return None
    found = hub_ref(value)
    if found is not None:
        return SourceKind.HUB, found
    for prefix, provider in _ENV_PROVIDERS:
        if upper.startswith(prefix):
            if "/" in value or value.strip().startswith(("~", ".")):
                return None
            found = api_ref(provider, value)
            return (SourceKind.API, found) if found is not None else None
    return None
