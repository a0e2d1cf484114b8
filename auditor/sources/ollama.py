"""Reads an Ollama model's evidence, from a registry or a local store, never its weights.

A source (sources/registry.py): `ollama:[registry/][namespace/]model[:tag][@sha256:...]` is read
from the registry (ollama_registry.py), a manifest file of a local store
(`.../manifests/<registry>/<namespace>/<model>/<tag>`) from the blobs beside it
(ollama_store.py). Either way only the license, parameters, template and system layers are
read, each bounded and checked against its digest; the manifest's digest is the resolved
revision. The snapshot carries:

- each license layer as a license file (`LICENSE`, or `LICENSE-1`, `LICENSE-2`, ... when the
  model has several), so the license readers take it like any repo's;
- a Modelfile naming what the model is (`FROM ...`), for lineage to read as it reads a repo's
  (lineage/repo_files.py): its Hugging Face origin when one is named (ollama_origin.py), else
  the model a layer was taken `from`, else, for the Ollama library, the library model itself
  (its name is the family's);
- `license-differs-from-origin` for a license layer that is not its origin's text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from auditor.errors import SourceError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import Finding, LicenseFile, SourceSnapshot, Target
from auditor.sources.artefact_evidence import ChatTemplate, with_artefacts
from auditor.sources.base import decode_text, license_file_from_bytes, too_large
from auditor.sources.extra_evidence import too_many_files
from auditor.sources.hub_limits import MAX_LICENSE_FILES_PER_MODEL
from auditor.sources.ollama_origin import hub_repo_of, origin_findings
from auditor.sources.ollama_ref import (
    DEFAULT_NAMESPACE,
    DEFAULT_REGISTRY,
    MAX_MANIFEST_BYTES,
    MEDIA_LICENSE,
    MEDIA_MODEL,
    TEXT_LAYERS,
    Layer,
    ManifestError,
    OllamaManifest,
    OllamaName,
    is_store_target,
    name_of_manifest_path,
    name_of_target,
    parse_manifest,
)
from auditor.sources.ollama_registry import (
    LayerReader,
    RegistryAccess,
    fetch_manifest,
    registry_base,
    registry_layer_reader,
)
from auditor.sources.ollama_store import read_blob, read_store_file, sha256_digest

if TYPE_CHECKING:
    from auditor.sources.hub import HubOptions

MAX_TEXT_LAYER_BYTES = 256 * 1024
"""Parameters, template and system prompt: a few kilobytes of text each."""
MODELFILE = "Modelfile"
_NAME_TOKEN = lazy_pattern(r"[^\s\x00-\x1f\x7f]+")


def fetch_ollama_snapshot(target: Target, hub: HubOptions) -> SourceSnapshot:
    """The evidence of an Ollama model; raises TargetError or SourceError when it cannot be
    read (see ollama_registry and ollama_store for which)."""
    endpoint: str | None = None
    notes: list[Finding] = []
    if is_store_target(target):
        path = Path(target.location)
        store, name = name_of_manifest_path(path)
        manifest = _store_manifest(path)
        read = _store_reader(store)
    else:
        name = name_of_target(target)
        access = RegistryAccess.from_environment(
            name, hub_token=hub.token, offline=hub.offline, timeout=hub.timeout, budget=hub.budget()
        )
        manifest, notes = fetch_manifest(name, access)
        read = registry_layer_reader(name, access)
        endpoint = registry_base(name)
    snapshot, template = ollama_snapshot_and_template(
        target,
        name,
        manifest,
        read,
        max_file_bytes=hub.max_file_bytes,
        max_license_files=hub.max_license_files,
    )
    origin = hub_repo_of(_from_line(snapshot))
    if origin is not None:
        notes += origin_findings(name.short, list(snapshot.license_files), origin, hub)
    snapshot = replace(snapshot, endpoint=endpoint, findings=(*snapshot.findings, *notes))
    return with_artefacts(snapshot, template)  # the template layer: its digest is locked


@dataclass(frozen=True, slots=True)
class _Read:
    license_files: list[LicenseFile]
    findings: list[Finding]
    texts: dict[str, str]
    provenance: dict[str, str]


def ollama_snapshot(
    target: Target,
    name: OllamaName,
    manifest: OllamaManifest,
    read: LayerReader,
    *,
    max_file_bytes: int,
    max_license_files: int = MAX_LICENSE_FILES_PER_MODEL,
) -> SourceSnapshot:
    """The snapshot of a manifest whose layers `read` gives (checked against their digests):
    at most `max_license_files` license layers of at most `max_file_bytes` each are read."""
    return ollama_snapshot_and_template(
        target,
        name,
        manifest,
        read,
        max_file_bytes=max_file_bytes,
        max_license_files=max_license_files,
    )[0]


def ollama_snapshot_and_template(
    target: Target,
    name: OllamaName,
    manifest: OllamaManifest,
    read: LayerReader,
    *,
    max_file_bytes: int,
    max_license_files: int = MAX_LICENSE_FILES_PER_MODEL,
) -> tuple[SourceSnapshot, ChatTemplate | None]:
    """`ollama_snapshot`, and the template layer's text as the model's chat template (a Go
    template: its digest tells a changed prompt format, as a Hugging Face template's does)."""
    got = _read_layers(name, manifest, read, max_file_bytes, max_license_files)
    text = got.texts.get("template")
    where = f"{name.ref} {got.provenance.get('template', '')}".strip()
    template = ChatTemplate("template", where, text) if text else None
    statement = modelfile_statement(name, manifest, got.texts.get("params", ""))
    configs: tuple[tuple[str, str], ...] = ()
    if statement is not None:
        value, why = statement
        text = f"# {name.short} ({manifest.digest}) as a Modelfile: {why}\nFROM {value}\n"
        configs = ((MODELFILE, text),)
    files = tuple(f.path for f in got.license_files) + ((MODELFILE,) if configs else ())
    snapshot = SourceSnapshot(
        target=target,
        revision=name.tag,
        resolved_sha=manifest.digest,
        license_files=tuple(got.license_files),
        files=files,
        provenance={"manifest": manifest.digest, **got.provenance},
        findings=tuple(got.findings),
        parent_configs=configs,
    )
    return snapshot, template


def _read_layers(
    name: OllamaName, manifest: OllamaManifest, read: LayerReader, cap: int, most: int
) -> _Read:
    licenses = [layer for layer in manifest.layers if layer.media_type == MEDIA_LICENSE]
    got = _Read([], [], {}, {})
    seen: dict[str, str] = {}  # digest -> the path it was read as
    unread: list[str] = []
    for index, layer in enumerate(licenses, 1):
        path = "LICENSE" if len(licenses) == 1 else f"LICENSE-{index}"
        origin = f"{name.ref} {layer.digest}"
        got.provenance[path] = layer.digest
        if len(seen) >= most and layer.digest not in seen:
            unread.append(path)
            why = f"not read: past the bound of {most} license layers per model"
            got.license_files.append(LicenseFile(path, None, layer.size, None, origin, why))
            continue
        if layer.digest in seen:
            why = f"identical to {seen[layer.digest]}, read once"
            got.license_files.append(LicenseFile(path, None, layer.size, None, origin, why))
            continue
        seen[layer.digest] = path
        if layer.size > cap:  # refused before any byte is asked for
            file, problems = too_large(path, layer.size, origin, cap)
        else:
            file, problems = license_file_from_bytes(path, read(layer, cap), origin, cap)
        got.license_files.append(file)
        got.findings.extend(problems)
    if unread:
        lead = f"{name.ref} has {len(licenses):,} license layers; {most} were read"
        got.findings.append(too_many_files(unread, lead))
    for layer in manifest.layers:
        kind = TEXT_LAYERS.get(layer.media_type)
        if kind is None or kind == "license" or kind in got.texts:
            continue
        got.provenance[kind] = layer.digest
        if layer.size > MAX_TEXT_LAYER_BYTES:  # no license evidence: noted, not a finding
            got.provenance[kind] += f" (not read: {layer.size:,} bytes, over the cap)"
            continue
        got.texts[kind] = decode_text(read(layer, MAX_TEXT_LAYER_BYTES))[0] or ""
    return got


def modelfile_statement(
    name: OllamaName, manifest: OllamaManifest, params: str
) -> tuple[str, str] | None:
    """What a Modelfile of the model says it is `FROM`, and why; None when nothing says.

    In order: its Hugging Face origin (the Hub's registry serves it, a layer was taken from a
    Hub repo, or the parameters or annotations link one), the model a layer was taken from,
    the library model itself."""
    if name.is_hugging_face:
        return f"hf.co/{name.namespace}/{name.model}:{name.tag}", "served by the Hugging Face Hub"
    sources = [s for s in (layer.source for layer in _model_first(manifest)) if _is_name(s)]
    for value in sources:
        if hub_repo_of(value) is not None:
            return value, "a layer of the manifest was taken from it"
    for value in (*_strings(params), *(v for _, v in manifest.annotations)):
        repo = hub_repo_of(value)
        if repo is not None:
            return f"hf.co/{repo}", "its parameters or annotations link it"
    if sources:
        return sources[0], "a layer of the manifest was taken from it"
    if name.host.lower() == DEFAULT_REGISTRY and name.namespace == DEFAULT_NAMESPACE:
        return f"{name.model}:{name.tag}", "a model of the Ollama library"
    return None


def _is_name(value: str | None) -> TypeGuard[str]:
    """A `from` that is one model name or path: no spaces, line breaks or control characters
    (it becomes a Modelfile line), and not absurdly long."""
    return value is not None and len(value) <= 400 and _NAME_TOKEN.fullmatch(value) is not None


def _model_first(manifest: OllamaManifest) -> list[Layer]:
    return sorted(manifest.layers, key=lambda layer: layer.media_type != MEDIA_MODEL)


def _strings(params: str) -> list[str]:
    """The string values of the parameters layer (JSON), at any depth."""
    try:
        data = json.loads(params) if params else None
    except (ValueError, RecursionError):
        return [params]
    found: list[str] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def _from_line(snapshot: SourceSnapshot) -> str:
    """The `FROM` line of the Modelfile the snapshot carries ("" when none)."""
    for path, text in snapshot.parent_configs:
        if path == MODELFILE:
            return next((line for line in text.splitlines() if line.startswith("FROM ")), "")
    return ""


def _store_manifest(path: Path) -> OllamaManifest:
    data = read_store_file(path, MAX_MANIFEST_BYTES)
    if data is None:
        raise SourceError(f"{path}: cannot be read", code="source-file-unreadable")
    if len(data) > MAX_MANIFEST_BYTES:
        raise SourceError(
            f"{path}: larger than {MAX_MANIFEST_BYTES:,} bytes; not an Ollama manifest",
            code="source-limit-reached",
        )
    try:
        return parse_manifest(data, sha256_digest(data))
    except ManifestError as err:
        raise SourceError(f"{path}: not an Ollama manifest ({err})", code="target-invalid") from err


def _store_reader(store: Path) -> LayerReader:
    def read(layer: Layer, cap: int) -> bytes:
        digest = layer.digest
        data = read_blob(store, digest, cap, where=str(store))
        if data is None:
            raise SourceError(
                f"{store}: the blob {digest} the manifest names is not in the store",
                hint="pull the model again (`ollama pull`) to complete the store",
                code="source-file-not-found",
            )
        return data

    return read
