"""Ollama model names and manifests: `ollama:` targets, store paths and the manifest format.

Part of the Ollama source (`ollama`). Pure: strings and bytes in, values out.

NOTE: the formats are those of the Ollama server's public sources (github.com/ollama/ollama,
`types/model/name.go`, `manifest/`): a name is `[host/][namespace/]model[:tag][@digest]` with
the defaults `registry.ollama.ai`, `library` and `latest`; a model is an OCI-style manifest
(`schemaVersion` 2, a `config` and `layers`, each with a `mediaType`, a `sha256:` digest, a
size and, for a model built `FROM` another, the name it came `from`); the local store keeps a
manifest at `manifests/<host>/<namespace>/<model>/<tag>` and each blob at `blobs/sha256-<hex>`,
and a manifest's digest is the sha256 of its bytes.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import TargetError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import SourceKind, Target

DEFAULT_REGISTRY = "registry.ollama.ai"
DEFAULT_NAMESPACE = "library"
DEFAULT_TAG = "latest"

MEDIA_MODEL = "application/vnd.ollama.image.model"
MEDIA_LICENSE = "application/vnd.ollama.image.license"
MEDIA_PARAMS = "application/vnd.ollama.image.params"
MEDIA_TEMPLATE = "application/vnd.ollama.image.template"
MEDIA_PROMPT = "application/vnd.ollama.image.prompt"  # the template's older media type
MEDIA_SYSTEM = "application/vnd.ollama.image.system"
TEXT_LAYERS = {
    MEDIA_LICENSE: "license",
    MEDIA_PARAMS: "params",
    MEDIA_TEMPLATE: "template",
    MEDIA_PROMPT: "template",
    MEDIA_SYSTEM: "system",
}
"""The only layers ever read, by what they hold: never the weights, adapters or projectors."""

MAX_MANIFEST_BYTES = 4 * 1024 * 1024
"""A manifest lists a few layers (a safetensors model: one per tensor, a few thousand)."""
MAX_LAYERS = 100_000

_HOST = lazy_pattern(r"^[A-Za-z0-9_][A-Za-z0-9_.:\-]{0,349}$")
_NAMESPACE = lazy_pattern(r"^[A-Za-z0-9_][A-Za-z0-9_\-]{0,79}$")
_PART = lazy_pattern(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,79}$")  # model and tag
DIGEST = lazy_pattern(r"^sha256[:\-](?P<hex>[0-9a-f]{64})$")
_HF_HOSTS = frozenset({"hf.co", "huggingface.co", "www.huggingface.co"})


@dataclass(frozen=True, slots=True)
class OllamaName:
    """A fully qualified Ollama model name, and the manifest digest it is pinned to."""

    host: str
    namespace: str
    model: str
    tag: str
    digest: str | None = None  # `sha256:<hex>`

    @property
    def short(self) -> str:
        """The name as Ollama shows it: defaults left out (`llama3.1:8b`, `me/m:q4`)."""
        name = f"{self.model}:{self.tag}"
        if self.host.lower() != DEFAULT_REGISTRY:
            return f"{self.host}/{self.namespace}/{name}"
        return name if self.namespace == DEFAULT_NAMESPACE else f"{self.namespace}/{name}"

    @property
    def location(self) -> str:
        """`host/namespace/model:tag`: the target's location."""
        return f"{self.host}/{self.namespace}/{self.model}:{self.tag}"

    @property
    def repository(self) -> str:
        """`namespace/model`, as the registry API paths name it."""
        return f"{self.namespace}/{self.model}"

    @property
    def ref(self) -> str:
        """The `ollama:` target naming exactly this manifest."""
        pin = f"@{self.digest}" if self.digest else ""
        return f"ollama:{self.short}{pin}"

    @property
    def store_parts(self) -> tuple[str, str, str, str]:
        """The manifest's path under a store's `manifests/` folder."""
        return (self.host, self.namespace, self.model, self.tag)

    @property
    def is_hugging_face(self) -> bool:
        """Served by the Hugging Face Hub's Ollama registry: the name is a Hub repo id."""
        return self.host.lower() in _HF_HOSTS


def parse_ollama_name(spec: str, *, text: str | None = None) -> OllamaName:
    """`[host/][namespace/]model[:tag][@sha256:<hex>]` with Ollama's defaults filled in.

    Raises TargetError naming what is wrong with `text` (the target as written)."""
    shown = text or spec
    name, at, digest = spec.strip().partition("@")
    if at and DIGEST.match(digest) is None:
        raise TargetError(
            f"{shown}: {digest!r} is not a manifest digest",
            hint="pin an Ollama model as name:tag@sha256:<64 hex digits>",
            code="target-invalid",
        )
    tag = DEFAULT_TAG
    if name.rfind(":") > name.rfind("/"):
        name, _, tag = name.rpartition(":")
    parts = name.split("/")
    if len(parts) > 3 or not all(parts):
        raise TargetError(
            f"{shown}: not an Ollama model name",
            hint="write ollama:model[:tag], ollama:namespace/model[:tag] or "
            "ollama:registry/namespace/model[:tag]",
            code="target-invalid",
        )
    host, namespace = DEFAULT_REGISTRY, DEFAULT_NAMESPACE
    if len(parts) == 3:
        host, namespace, model = parts
    elif len(parts) == 2:
        namespace, model = parts
    else:
        (model,) = parts
    for word, pattern, what in (
        (host, _HOST, "registry"),
        (namespace, _NAMESPACE, "namespace"),
        (model, _PART, "model"),
        (tag, _PART, "tag"),
    ):
        if not pattern.match(word) or ".." in word:
            raise TargetError(
                f"{shown}: {word!r} is not a valid Ollama {what} name", code="target-invalid"
            )
    pin = f"sha256:{digest[7:]}" if at else None
    return OllamaName(host, namespace, model, tag, pin)


def parse_ollama_target(text: str, spec: str) -> Target:
    """The `ollama:` target `text` (its `spec` after the prefix)."""
    name = parse_ollama_name(spec, text=text)
    return Target(text=text, kind=SourceKind.OLLAMA, location=name.location, revision=name.digest)


def is_store_target(target: Target) -> bool:
    """A manifest file in a local store (its location is a path), not a registry name."""
    return Path(target.location).is_absolute()


def name_of_target(target: Target) -> OllamaName:
    """The registry name a target holds (its location and pinned digest)."""
    name = parse_ollama_name(target.location, text=target.text)
    return OllamaName(name.host, name.namespace, name.model, name.tag, target.revision)


def is_manifest_path(path: Path) -> bool:
    """A file at `manifests/<host>/<namespace>/<model>/<tag>` of an Ollama store."""
    parents = path.parents
    return len(parents) > 4 and parents[3].name == "manifests" and path.is_file()


def name_of_manifest_path(path: Path) -> tuple[Path, OllamaName]:
    """The store folder holding a manifest file, and the model name its path spells."""
    host, namespace, model = path.parents[2].name, path.parents[1].name, path.parents[0].name
    name = parse_ollama_name(f"{host}/{namespace}/{model}:{path.name}", text=str(path))
    return path.parents[4], name


def is_loopback(host: str) -> bool:
    """A registry on this machine (`localhost`, `127.0.0.1:5000`, `[::1]:8080`)."""
    bare = host.rsplit(":", 1)[0] if host.count(":") == 1 or host.startswith("[") else host
    bare = bare.strip("[]").lower()
    if bare == "localhost":
        return True
    try:
        return ipaddress.ip_address(bare).is_loopback
    except ValueError:
        return False


def blob_name(digest: str) -> str:
    """A blob's file name in a store: `sha256-<hex>`."""
    return digest.replace(":", "-", 1)


@dataclass(frozen=True, slots=True)
class Layer:
    """One layer a manifest lists."""

    media_type: str
    digest: str  # sha256:<hex>
    size: int
    source: str | None = None  # `from`: the model this layer was taken from


@dataclass(frozen=True, slots=True)
class OllamaManifest:
    """A parsed manifest and the digest of its bytes."""

    digest: str
    layers: tuple[Layer, ...]
    annotations: tuple[tuple[str, str], ...] = ()


class ManifestError(ValueError):
    """A manifest that is not the documented JSON: the message says what is wrong."""


def parse_manifest(data: bytes, digest: str) -> OllamaManifest:
    """The layers of a manifest's bytes (`digest`: the sha256 of those bytes)."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError) as err:
        raise ManifestError(f"the manifest is not JSON ({err})") from err
    if not isinstance(doc, dict):
        raise ManifestError("the manifest is not a JSON object")
    if doc.get("schemaVersion") != 2:
        raise ManifestError(f"schemaVersion is {doc.get('schemaVersion')!r}, not 2")
    raw = doc.get("layers")
    if not isinstance(raw, list) or len(raw) > MAX_LAYERS:
        raise ManifestError(f"`layers` is not a list of at most {MAX_LAYERS:,} layers")
    layers = tuple(_layer(item, index) for index, item in enumerate(raw))
    notes = doc.get("annotations")
    annotations = (
        tuple((str(k), v) for k, v in notes.items() if isinstance(v, str))
        if isinstance(notes, dict)
        else ()
    )
    return OllamaManifest(digest, layers, annotations)


def _layer(item: object, index: int) -> Layer:
    if not isinstance(item, dict):
        raise ManifestError(f"layer {index} is not an object")
    media, digest, size = item.get("mediaType"), item.get("digest"), item.get("size")
    if not isinstance(media, str) or not isinstance(digest, str) or not DIGEST.match(digest):
        raise ManifestError(f"layer {index} has no mediaType or no sha256 digest")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ManifestError(f"layer {index} ({digest}) has no size")
    source = item.get("from")
    return Layer(media, f"sha256:{digest[7:]}", size, source if isinstance(source, str) else None)
