"""Finds the models already installed on this machine, and writes a starter manifest of them.

`auditor discover --installed` reads three stores, each where its tool keeps it unless told:

- the Hugging Face cache (`--hf-cache`; default `HF_HUB_CACHE`, else `HF_HOME/hub`, else
  `~/.cache/huggingface/hub`): each `models--<org>--<name>/snapshots/<commit>` is the repo at
  that commit, and `refs/<branch>` says which commit a branch pointed to when it was downloaded;
- the Ollama store (`--ollama-dir`; default `OLLAMA_MODELS`, else `~/.ollama/models`): each
  `manifests/<registry>/<namespace>/<model>/<tag>` is a model, pinned by its manifest's digest;
- LM Studio's models folder (`--lmstudio-dir`; default `~/.lmstudio/models`, else the older
  `~/.cache/lm-studio/models`): `<publisher>/<model>/<file>.gguf`, the publisher and model
  being the Hub repo it was downloaded from. A GGUF file carries no revision.

Nothing is opened but the folders' names, the Hub cache's `refs/` files and Ollama manifests
(small JSON, read bounded); never the weights. The starter manifest names each model the way
`auditor check` reads it: `org/name@<commit>`, `ollama:<name>@sha256:<digest>`, a GGUF's path.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from auditor.errors import AuditorError, UsageError
from auditor.fileio.atomic import write_text_atomic
from auditor.fileio.bounded import read_bounded
from auditor.fileio.json_text import indented_json
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.sources.ollama_ref import (
    MAX_MANIFEST_BYTES,
    MEDIA_LICENSE,
    ManifestError,
    name_of_manifest_path,
    parse_manifest,
)
from auditor.sources.ollama_store import sha256_digest

MAX_MODELS_PER_STORE = 10_000
"""Entries listed from one store; a larger store is cut here, and the output says so."""
MAX_LMSTUDIO_DEPTH = 4
"""Folders below LM Studio's models folder searched for GGUF files (publisher/model/...)."""
JSON_SCHEMA_VERSION = 1

_COMMIT = lazy_pattern(r"^[0-9a-f]{40}$")
_SPLIT_PART = lazy_pattern(r"-(\d{5})-of-\d{5}\.gguf$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class InstalledModel:
    """One installed model: which store, its name and revision, and how to audit it."""

    store: str  # huggingface, ollama, lmstudio
    name: str
    revision: str | None  # the commit, the manifest digest; None: the store keeps none
    ref: str  # what `auditor scan` and a manifest name it by
    path: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class StoreRead:
    """One store looked at: where, whether it exists, and whether its listing was cut."""

    store: str
    path: str
    found: bool
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Installed:
    """Every store looked at and every model found."""

    stores: tuple[StoreRead, ...]
    models: tuple[InstalledModel, ...]


def default_hf_cache() -> Path:
    """The Hugging Face cache the client uses (`HF_HUB_CACHE`, else `HF_HOME/hub`, ...)."""
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE)


def default_ollama_dir() -> Path:
    """Ollama's models folder: `OLLAMA_MODELS`, else `~/.ollama/models`."""
    configured = os.environ.get("OLLAMA_MODELS")
    return Path(configured).expanduser() if configured else Path.home() / ".ollama" / "models"


def default_lmstudio_dir() -> Path:
    """LM Studio's models folder: `~/.lmstudio/models`, else the older location if it exists."""
    current = Path.home() / ".lmstudio" / "models"
    older = Path.home() / ".cache" / "lm-studio" / "models"
    return older if not current.is_dir() and older.is_dir() else current


def find_installed(
    *,
    hf_cache: Path | None = None,
    ollama_dir: Path | None = None,
    lmstudio_dir: Path | None = None,
) -> Installed:
    """The models in each store (each at its default location unless given)."""
    stores = []
    models: list[InstalledModel] = []
    for store, root, reader in (
        ("huggingface", hf_cache or default_hf_cache(), read_hf_cache),
        ("ollama", ollama_dir or default_ollama_dir(), read_ollama_store),
        ("lmstudio", lmstudio_dir or default_lmstudio_dir(), read_lmstudio),
    ):
        found = reader(root) if root.is_dir() else []
        truncated = len(found) > MAX_MODELS_PER_STORE
        stores.append(StoreRead(store, str(root), root.is_dir(), truncated))
        models += found[:MAX_MODELS_PER_STORE]
    return Installed(tuple(stores), tuple(models))


def read_hf_cache(root: Path) -> list[InstalledModel]:
    """Each model repo snapshot in a Hugging Face cache (datasets and spaces are not models)."""
    found: list[InstalledModel] = []
    for folder in _sorted_dirs(root):
        if not folder.name.startswith("models--"):
            continue
        org, sep, name = folder.name.removeprefix("models--").partition("--")
        if not sep or not org or not name:
            continue
        repo = f"{org}/{name}"
        refs = _refs(folder / "refs")
        for snapshot in _sorted_dirs(folder / "snapshots"):
            if not _COMMIT.match(snapshot.name):
                continue
            named = sorted(ref for ref, commit in refs.items() if commit == snapshot.name)
            note = f"refs: {', '.join(named)}" if named else None
            entry = InstalledModel(
                "huggingface", repo, snapshot.name, f"{repo}@{snapshot.name}", str(snapshot), note
            )
            found.append(entry)
            if len(found) > MAX_MODELS_PER_STORE:
                return found
    return found


def _refs(folder: Path) -> dict[str, str]:
    """Branch or tag name -> the commit the cache recorded for it."""
    refs: dict[str, str] = {}
    if not folder.is_dir():
        return refs
    for path in sorted(folder.rglob("*")):
        try:
            text = read_bounded(path, 64).decode("ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if _COMMIT.match(text):
            refs[path.relative_to(folder).as_posix()] = text
    return refs


def read_ollama_store(root: Path) -> list[InstalledModel]:
    """Each manifest in an Ollama store, pinned by its digest."""
    found: list[InstalledModel] = []
    manifests = root / "manifests"
    for host in _sorted_dirs(manifests):
        for namespace in _sorted_dirs(host):
            for model in _sorted_dirs(namespace):
                for path in sorted(p for p in model.iterdir() if p.is_file()):
                    entry = _ollama_entry(path)
                    if entry is not None:
                        found.append(entry)
                    if len(found) > MAX_MODELS_PER_STORE:
                        return found
    return found


def _ollama_entry(path: Path) -> InstalledModel | None:
    try:
        _, name = name_of_manifest_path(path)
        data = read_bounded(path, MAX_MANIFEST_BYTES)
    except (AuditorError, OSError):
        return None  # a name Ollama could not have written, or an unreadable file
    digest = sha256_digest(data)
    try:
        manifest = parse_manifest(data, digest)
    except ManifestError as err:
        return InstalledModel("ollama", name.short, None, str(path), str(path), f"invalid: {err}")
    licenses = sum(1 for layer in manifest.layers if layer.media_type == MEDIA_LICENSE)
    note = f"{licenses} license layer(s)" if licenses else "no license layer"
    pinned = replace(name, digest=digest)
    return InstalledModel("ollama", name.short, digest, pinned.ref, str(path), note)


def read_lmstudio(root: Path) -> list[InstalledModel]:
    """Each GGUF file under LM Studio's models folder (a split model: its first part)."""
    found: list[InstalledModel] = []
    for folder, dirs, files in os.walk(root):
        depth = len(Path(folder).relative_to(root).parts)
        dirs[:] = (
            sorted(d for d in dirs if not d.startswith(".")) if depth < MAX_LMSTUDIO_DEPTH else []
        )
        for file in sorted(files):
            part = _SPLIT_PART.search(file)
            if not file.lower().endswith(".gguf") or (part and int(part.group(1)) != 1):
                continue
            path = Path(folder) / file
            relative = path.relative_to(root).as_posix()
            parts = relative.split("/")
            note = None
            if len(parts) >= 3:  # publisher/model/file.gguf
                note = f"its folder names the Hub repo {parts[0]}/{parts[1]}"
            found.append(InstalledModel("lmstudio", relative, None, str(path), str(path), note))
            if len(found) > MAX_MODELS_PER_STORE:
                return found
    return found


def _sorted_dirs(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink())
    except OSError:
        return []


# --- output ----------------------------------------------------------------------------------


def render_installed_text(installed: Installed) -> str:
    """One line a model under a line a store: name, revision, and how to audit it."""
    lines = []
    for store in installed.stores:
        models = [m for m in installed.models if m.store == store.store]
        state = f"{len(models)} model(s)" if store.found else "not found"
        cut = f", listing cut at {MAX_MODELS_PER_STORE:,}" if store.truncated else ""
        lines.append(f"{store.store}: {store.path} ({state}{cut})")
        for model in models:
            revision = model.revision or "no revision"
            note = f"  [{model.note}]" if model.note else ""
            lines.append(f"  {model.name}  {revision}{note}")
            lines.append(f"    auditor scan {shlex.quote(model.ref)}")
    return "\n".join(lines) + "\n"


def render_installed_json(installed: Installed) -> str:
    """`{"schema_version", "stores": [...], "models": [...]}`."""
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "stores": [asdict(store) for store in installed.stores],
        "models": [asdict(model) for model in installed.models],
    }
    return indented_json(document, ensure_ascii=False) + "\n"


_HEADER = """\
# Model manifest written by `auditor discover --installed` from {count} model(s) on this machine.
# Review the list (keep the models your product uses), then run: auditor check {name}
# Hugging Face models are pinned to the commit in the cache and Ollama models to their
# manifest's digest; a GGUF file from LM Studio is named by its path and has no revision.
# An Ollama model made here (`ollama create`) is on no registry: use the manifest file's
# path shown above its entry as its ref instead.
# State who uses the models and how (organization:, deployment:): a fact left out is
# unknown, and a blocking rule that needs it fails closed and says which.
version: 1

models:"""


def starter_manifest_text(installed: Installed, *, name: str = "manifest.yaml") -> str:
    """A manifest v1 listing each installed model once; UsageError when there is none."""
    if not installed.models:
        raise UsageError("no installed models found; there is nothing to write a manifest for")
    lines = [_HEADER.format(count=len(installed.models), name=name)]
    seen: set[str] = set()
    for model in installed.models:
        if model.ref in seen:
            continue
        seen.add(model.ref)
        note = f" ({model.note})" if model.note else ""
        lines.append(f"  # {model.store}: {model.path}{note}")
        lines.append(f"  - ref: {json.dumps(model.ref, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def write_installed_manifest(installed: Installed, path: Path) -> None:
    """Write the starter manifest to `path`; UsageError when `path` exists (never replaced)."""
    if path.exists() or path.is_symlink():
        raise UsageError(f"{path}: exists; refusing to overwrite it")
    write_text_atomic(path, starter_manifest_text(installed, name=path.name))
