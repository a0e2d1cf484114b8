"""Finds the models a codebase uses, so a manifest can list them: the CI gate's other half.

`discover(path)` walks a folder and returns every `ModelReference` with the problems met on
the way; `parse_file(name, text)` does the same for one file's text, without touching disk.
`missing_from_manifest` and `starter_manifest` (in `auditor.discover.manifest`) compare the
references with a manifest and write a first manifest.

What is read, and the `how` each reference reports:

- `*.py`, parsed with `ast`: `X.from_pretrained("org/name", revision=...)` (`from_pretrained`,
  or `AutoModel*` when X is an AutoModel class); `pipeline("task", model=...)` and
  `pipeline(model=...)` (`pipeline(model=)`); `hf_hub_download(...)` and
  `snapshot_download(...)` of model repos (the function's name); `SentenceTransformer(...)`,
  `CrossEncoder(...)`, `InferenceClient(model=...)` (the class name); `vllm.LLM(model=...)`
  (`vllm.LLM`); OpenAI, Anthropic, Gemini, Mistral, Cohere and Bedrock SDK calls that name a
  model (`openai-model`, `anthropic-model`, `gemini-model`, `mistral-model`, `cohere-model`,
  `bedrock-model`); any other string that is a `.gguf` path (`gguf-path`).
- `*.yaml`, `*.yml`, `*.json`, `*.toml`: the values of `model`, `model_id`, `model_name`,
  `model_name_or_path`, `base_model`, `repo_id`, `pretrained_model_name_or_path` and
  `*_model` keys, outside dataset sections, and any `.gguf` path (`config`); environment
  entries such as `OPENAI_MODEL: gpt-4o` or `- MODEL_ID=org/name` (`env`).
- `.env`, `*.env`, Dockerfile ENV/ARG and shell assignments: `*MODEL*=org/name`,
  `OPENAI_MODEL=gpt-4o` (a provider prefix makes an API model), `X=path.gguf` (`env`).
- Dockerfiles (RUN, CMD, ENTRYPOINT) and `*.sh`: `huggingface-cli download` and
  `hf download` of model repos with `--revision`, `vllm serve` (the command); `--model`,
  `--model-id` and similar options (the option); huggingface.co URLs (`url`); `.gguf` paths
  (`gguf-path`).

Module-level string constants are followed (`MODEL_ID = "org/name"`, and the default of
`os.getenv("MODEL_ID", "org/name")`); a literal `revision=` becomes `org/name@revision`.
Only values shaped like a Hub repo id count: task names, URLs other than huggingface.co,
paths and file names, and version strings are not models. API model names become
`api:<provider>/<model>` with the provider keys of `license_db/providers/`; a client created
with a custom `base_url` counts only when its model is a Hub repo id.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path

from auditor.discover.config import parse_config, parse_env
from auditor.discover.manifest import missing_from_manifest, starter_manifest
from auditor.discover.python import parse_python
from auditor.discover.refs import DiscoveryProblem, ModelReference
from auditor.discover.shell import parse_dockerfile, parse_shell
from auditor.errors import UsageError
from auditor.fileio.json_text import indented_json
from auditor.model import SourceKind
from auditor.sources.base import decode_text

__all__ = [
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "SKIP_DIRS",
    "DiscoveryProblem",
    "DiscoveryResult",
    "ModelReference",
    "discover",
    "file_kind",
    "missing_from_manifest",
    "parse_file",
    "render_discovery_json",
    "render_discovery_text",
    "starter_manifest",
]

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 2 * 1024 * 1024
"""Files larger than this are skipped, with a problem saying so."""
MAX_FILES = 20_000
"""At most this many candidate files are read in one walk; the rest are reported as skipped."""
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".hypothesis",
        "site-packages",
    }
)
"""Folders never entered: version control, dependencies, caches."""
JSON_SCHEMA_VERSION = "1.0"


@dataclass(frozen=True, slots=True)
class DiscoveryResult:
    """What one walk found: references sorted by file and line, and what it could not read."""

    root: Path  # the folder scanned (a file's folder), resolved; `file` is relative to it
    references: tuple[ModelReference, ...]
    problems: tuple[DiscoveryProblem, ...]
    files_read: int


Parser = Callable[[str, str], tuple[list[ModelReference], list[DiscoveryProblem]]]

_PARSERS: dict[str, Parser] = {
    "python": parse_python,
    "yaml": lambda text, file: parse_config(text, file, "yaml"),
    "json": lambda text, file: parse_config(text, file, "json"),
    "toml": lambda text, file: parse_config(text, file, "toml"),
    "env": parse_env,
    "dockerfile": parse_dockerfile,
    "shell": parse_shell,
}
_SUFFIXES = {
    ".py": "python",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".toml": "toml",
    ".env": "env",
    ".sh": "shell",
    ".bash": "shell",
    ".zsh": "shell",
    ".dockerfile": "dockerfile",
}


def file_kind(name: str) -> str | None:
    """Which parser reads a file, from its name: python, yaml, json, toml, env, dockerfile,
    shell; None for files discovery does not read."""
    base = name.rsplit("/", 1)[-1]
    lower = base.lower()
    if lower in ("dockerfile", "containerfile") or fnmatch(lower, "dockerfile.*"):
        return "dockerfile"
    if lower == ".env" or lower.startswith(".env."):
        return "env"
    _, dot, suffix = lower.rpartition(".")
    return _SUFFIXES.get(f".{suffix}") if dot else None


def parse_file(file: str, text: str) -> tuple[list[ModelReference], list[DiscoveryProblem]]:
    """Model references in one file's text, by its name; pure. Files of no known kind: none."""
    kind = file_kind(file)
    if kind is None:
        return [], []
    references, problems = _PARSERS[kind](text, file)
    return _unique(references), problems


def discover(
    path: Path, *, max_file_bytes: int = MAX_FILE_BYTES, max_files: int = MAX_FILES
) -> DiscoveryResult:
    """Walk a folder (or read one file) and return the model references found.

    Skips SKIP_DIRS, files over `max_file_bytes`, binary files and files of no known kind;
    never follows a symbolic link (one pointing outside the folder is reported). A file that
    cannot be parsed is a problem, not an error. Raises UsageError when `path` does not exist.
    """
    if not path.exists():
        raise UsageError(f"{path}: no such file or directory")
    root = path.resolve()
    references: list[ModelReference] = []
    problems: list[DiscoveryProblem] = []
    files_read = over = 0
    base = root.parent if root.is_file() else root
    for file_path in _walk(root, problems):
        relative = file_path.relative_to(base).as_posix()
        if file_kind(relative) is None:
            continue
        if files_read >= max_files:
            over += 1
            continue
        text = _read(file_path, relative, max_file_bytes, problems)
        if text is None:
            continue
        files_read += 1
        found, trouble = parse_file(relative, text)
        log.debug("%s: %d model reference(s)", relative, len(found))
        references += (_local_if_folder(ref, base) for ref in found)
        problems += trouble
    if over:
        message = f"stopped after {max_files:,} files; {over:,} more not read"
        problems.append(DiscoveryProblem(".", None, message))
    references.sort(key=lambda r: (r.file, r.line, r.ref, r.how))
    problems.sort(key=lambda p: (p.file, p.line or 0, p.message))
    return DiscoveryResult(base, tuple(_unique(references)), tuple(problems), files_read)


def _walk(root: Path, problems: list[DiscoveryProblem]) -> Iterator[Path]:
    if root.is_file():
        yield root
        return

    def unreadable(err: OSError) -> None:
        where = Path(err.filename).relative_to(root).as_posix() if err.filename else "."
        problems.append(DiscoveryProblem(where, None, f"cannot read ({err.strerror})"))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=False):
        here = Path(folder)
        kept = []
        for name in sorted(dirs):
            if name in SKIP_DIRS:
                continue
            if (here / name).is_symlink():
                _note_link(here / name, root, problems)
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            file_path = here / name
            if file_path.is_symlink():
                _note_link(file_path, root, problems)
                continue
            yield file_path


def _note_link(link: Path, root: Path, problems: list[DiscoveryProblem]) -> None:
    """Links are never followed; one leading out of the folder (or nowhere) is worth a line."""
    relative = link.relative_to(root).as_posix()
    try:
        target = link.resolve()
    except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13)
        problems.append(DiscoveryProblem(relative, None, "symbolic link loop; not followed"))
        return
    if target != root and root not in target.parents:
        message = "symbolic link to outside the scanned folder; not followed"
        problems.append(DiscoveryProblem(relative, None, message))


def _read(path: Path, relative: str, cap: int, problems: list[DiscoveryProblem]) -> str | None:
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):
            return None
        if info.st_size > cap:
            message = f"skipped: {info.st_size:,} bytes, over the {cap:,}-byte limit"
            problems.append(DiscoveryProblem(relative, None, message))
            return None
        data = path.read_bytes()
    except OSError as err:
        problems.append(DiscoveryProblem(relative, None, f"cannot read ({err.strerror})"))
        return None
    text, note = decode_text(data)
    if text is None:
        problems.append(DiscoveryProblem(relative, None, f"skipped: {note}"))
        return None
    return text


def _local_if_folder(reference: ModelReference, base: Path) -> ModelReference:
    """`outputs/run-1` shaped like a repo id but naming a folder of the project is local."""
    if reference.kind is not SourceKind.HUB or "@" in reference.ref:
        return reference
    candidate = (base / reference.ref).resolve()
    if (base in candidate.parents) and candidate.is_dir():
        return replace(reference, kind=SourceKind.LOCAL)
    return reference


def _unique(references: list[ModelReference]) -> list[ModelReference]:
    seen: set[tuple[str, str, int, str]] = set()
    kept = []
    for reference in references:
        key = (reference.ref, reference.file, reference.line, reference.how)
        if key not in seen:
            seen.add(key)
            kept.append(reference)
    return kept


# --- rendering (the CLI prints these) ---------------------------------------------------------


def render_discovery_text(
    result: DiscoveryResult, missing: list[ModelReference] | None = None
) -> str:
    """A plain listing: one reference per line, then problems, then what the manifest lacks."""
    lines = [f"{len(result.references)} model reference(s) in {result.files_read} file(s) read"]
    for ref in result.references:
        lines.append(f"{ref.file}:{ref.line}: {ref.ref}  [{ref.kind}, {ref.how}]")
    if result.problems:
        lines.append("")
        lines.append(f"{len(result.problems)} problem(s):")
        for problem in result.problems:
            where = f"{problem.file}:{problem.line}" if problem.line else problem.file
            lines.append(f"{where}: {problem.message}")
    if missing is not None:
        lines.append("")
        if missing:
            lines.append(f"{len(missing)} reference(s) missing from the manifest:")
            lines += [f"{ref.file}:{ref.line}: {ref.ref}" for ref in missing]
        else:
            lines.append("Every reference is listed in the manifest.")
    return "\n".join(lines) + "\n"


def render_discovery_json(
    result: DiscoveryResult, missing: list[ModelReference] | None = None
) -> str:
    """`{"schema_version", "references": [...], "problems": [...], "missing": [...] | null}`."""

    def entry(ref: ModelReference) -> dict[str, object]:
        return {
            "ref": ref.ref,
            "file": ref.file,
            "line": ref.line,
            "kind": str(ref.kind),
            "how": ref.how,
            "text": ref.text,
        }

    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "files_read": result.files_read,
        "references": [entry(ref) for ref in result.references],
        "problems": [
            {"file": p.file, "line": p.line, "message": p.message} for p in result.problems
        ],
        "missing": None if missing is None else [entry(ref) for ref in missing],
    }
    return indented_json(document, ensure_ascii=False) + "\n"
