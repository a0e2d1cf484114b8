"""Reads the key/value metadata of a GGUF file's header, never its tensors.

We parse the header ourselves instead of calling `gguf.GGUFReader` at run time: that
reader memory-maps the whole (often multi-GB) file, needs numpy, walks every tensor
record and fails with IndexError, KeyError or ValueError on hostile bytes. This reader
reads the stream forward through a small buffer, seeks over the arrays it does not keep
(tokenizer vocabularies), enforces explicit limits on key count, string length and header
size before it reads or allocates anything, and turns every malformed input into a
`SourceError` that names the file and the key it was reading.

Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (versions 2 and 3).
`gguf_stream` is the bounded byte reader and `gguf_values` decodes the typed key/values; this
module checks the preamble and picks out the keys the auditor looks at.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final
from urllib.parse import urlsplit

from auditor.errors import SourceError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Finding
from auditor.sources.gguf_stream import HeaderStream
from auditor.sources.gguf_values import ValueParser

logger = logging.getLogger(__name__)

GGUF_MAGIC: Final = b"GGUF"
SUPPORTED_VERSIONS: Final = (2, 3)

DEFAULT_MAX_KV: Final = 65_536
"""Real models carry 20 to 100 keys; a header claiming more than this is refused unread."""
DEFAULT_MAX_STRING: Final = 1 << 20
"""Longest key or string value (chat templates reach tens of KiB)."""
DEFAULT_MAX_ARRAY_KEPT: Final = 64
"""Arrays up to this length are kept as lists; longer ones become a summary dict."""
DEFAULT_MAX_BYTES: Final = 256 << 20
"""Largest header region (magic to last value), skipped arrays included."""

_MIN_KV_BYTES = 8 + 4 + 1  # key length, value type, smallest value
_LEGACY_MAGICS = {b"lmgg", b"fmgg", b"tjgg", b"ggml", b"ggmf", b"ggjt"}
_LFS_POINTER = b"version https://git-lfs."


@dataclass(frozen=True, slots=True)
class GgufHeader:
    """What a GGUF header says: format version, tensor count and metadata key/values."""

    version: int
    tensor_count: int
    # key -> str | int | float | bool | list; arrays longer than max_array_kept become
    # {"type": "array", "element_type": "STRING", "count": 151936}
    metadata: Mapping[str, object]
    problems: tuple[str, ...]  # non-fatal things we skipped or repaired


def read_gguf_header(
    path: Path,
    *,
    max_kv: int = DEFAULT_MAX_KV,
    max_string: int = DEFAULT_MAX_STRING,
    max_array_kept: int = DEFAULT_MAX_ARRAY_KEPT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> GgufHeader:
    """Read a GGUF file's header metadata; raises SourceError if unreadable or malformed."""
    try:
        with path.open("rb") as stream:
            return parse_gguf_header(
                stream,
                name=str(path),
                max_kv=max_kv,
                max_string=max_string,
                max_array_kept=max_array_kept,
                max_bytes=max_bytes,
            )
    except OSError as err:
        raise SourceError(f"cannot read GGUF file {path}: {err.strerror or err}") from err


def parse_gguf_header(
    data: BinaryIO,
    *,
    name: str,
    max_kv: int = DEFAULT_MAX_KV,
    max_string: int = DEFAULT_MAX_STRING,
    max_array_kept: int = DEFAULT_MAX_ARRAY_KEPT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    partial: bool = False,
) -> GgufHeader:
    """Parse a GGUF header from a binary stream positioned at its first byte.

    `partial`: the stream holds only the header's first bytes (a range request); the keys
    read before they ran out are kept, with a problem saying so.

    `name` only labels messages. Seekable streams are measured first so that lengths
    past the end are refused before reading; others are read forward.
    """
    src = HeaderStream(data, name=name, max_bytes=max_bytes)
    version, order = _read_preamble(src, name)
    src.stage = "the tensor and key counts"
    tensor_count, kv_count = struct.unpack(order + "QQ", src.take(16))
    if kv_count > max_kv:
        raise SourceError(
            f"GGUF header in {name} declares {kv_count:,} metadata keys, "
            f"more than the limit of {max_kv:,}",
            hint="the file is corrupt or not a real model",
        )
    needed = kv_count * _MIN_KV_BYTES
    if not partial:
        src.require(needed, f"{kv_count:,} metadata keys (at least {needed:,} bytes)")
    parser = ValueParser(src, order, max_string=max_string, max_array_kept=max_array_kept)
    metadata = parser.read_metadata(kv_count, partial=partial)
    logger.debug(
        "%s: GGUF v%d (%s-endian), %d tensors, %d keys in %d header bytes",
        name,
        version,
        "little" if order == "<" else "big",
        tensor_count,
        len(metadata),
        src.offset,
    )
    return GgufHeader(
        version=version,
        tensor_count=tensor_count,
        metadata=metadata,
        problems=parser.problems(),
    )


def _read_preamble(src: HeaderStream, name: str) -> tuple[int, str]:
    """Check the magic and version; return the version and the struct byte-order prefix."""
    src.stage = "the magic bytes"
    head = src.peek(len(_LFS_POINTER))
    if not head:
        raise SourceError(f"{name} is empty, not a GGUF file")
    if head[:4] != GGUF_MAGIC and not (len(head) < 4 and GGUF_MAGIC.startswith(head)):
        hint = "expected a .gguf model file, which starts with b'GGUF'"
        if head[:4].lower() in _LEGACY_MAGICS:
            hint = "this looks like a pre-GGUF GGML/GGJT model; convert it to GGUF with llama.cpp"
        elif head == _LFS_POINTER:
            hint = "this is a Git LFS pointer, not the model; fetch it with `git lfs pull`"
        raise SourceError(f"{name} is not a GGUF file: it starts with {head[:8]!r}", hint=hint)
    src.take(4)
    src.stage = "the format version"
    raw = src.take(4)
    (little,) = struct.unpack("<I", raw)
    (big,) = struct.unpack(">I", raw)
    # The spec has no endianness flag: a big-endian file shows as a version whose low
    # 16 bits are zero when read little-endian (the same test gguf.GGUFReader uses).
    version, order = (little, "<") if little & 0xFFFF else (big, ">")
    if version == 1:
        raise SourceError(
            f"{name} is a GGUF version 1 file, an obsolete format (32-bit lengths) "
            "this auditor does not read",
            hint="download or convert a current GGUF (version 2 or 3) of the model",
        )
    if version not in SUPPORTED_VERSIONS:
        raise SourceError(
            f"{name} declares GGUF version {version}, which this auditor does not support "
            f"(supported: {', '.join(map(str, SUPPORTED_VERSIONS))})"
        )
    return version, order


# --- what the auditor looks at ------------------------------------------------------------

LICENSE_KEYS: Final = (
    "general.license",
    "general.license.name",
    "general.license.link",
    "general.name",
    "general.basename",
    "general.organization",
    "general.author",
    "general.repo_url",
    "general.source.url",
    "general.source.repo_url",
    "general.source.huggingface.repository",
    "general.base_model.count",
)
_BASE_MODEL_FIELDS: Final[tuple[str, ...]] = ("name", "organization", "version", "repo_url")
_BASE_MODEL_KEY = lazy_pattern(
    r"general\.base_model\.(\d{1,9})\.(name|organization|version|repo_url)"
)
_HF_HOSTS = {"huggingface.co", "www.huggingface.co", "hf.co"}
_HF_NOT_MODELS = {"datasets", "spaces", "docs", "api", "blog", "collections", "papers", "models"}
_HF_REPO_PART = lazy_pattern(r"[A-Za-z0-9][\w.\-]{0,95}")


def problem_findings(name: str, problems: Sequence[str]) -> list[Finding]:
    """What went wrong reading a GGUF header (repaired values, keys not fetched) as findings."""
    return [
        Finding(
            rule="gguf-header-problem",
            category=Category.SOURCE,
            severity=observed_severity("gguf-header-problem"),
            message=f"{name}: {problem}",
        )
        for problem in problems
    ]


def license_fields(metadata: Mapping[str, object]) -> dict[str, object]:
    """The license, naming and provenance keys present in GGUF metadata, in a stable order."""
    fields = {key: metadata[key] for key in LICENSE_KEYS if key in metadata}
    base = sorted(
        (int(m.group(1)), _BASE_MODEL_FIELDS.index(m.group(2)), key)
        for key in metadata
        if (m := _BASE_MODEL_KEY.fullmatch(key))
    )
    fields.update((key, metadata[key]) for _, _, key in base)
    return fields


def base_models(metadata: Mapping[str, object]) -> list[dict[str, str]]:
    """Parent models from `general.base_model.{N}.*`, ordered by N.

    Each entry has name, organization, version and repo_url when present as strings, and
    repo_id ("org/name") when repo_url is a Hugging Face model URL.
    """
    found: dict[int, dict[str, str]] = {}
    for key, value in metadata.items():
        m = _BASE_MODEL_KEY.fullmatch(key)
        if m and isinstance(value, str) and value.strip():
            found.setdefault(int(m.group(1)), {})[m.group(2)] = value.strip()
    result = []
    for _, entry in sorted(found.items()):
        ordered = {f: entry[f] for f in _BASE_MODEL_FIELDS if f in entry}
        repo_id = hf_repo_id(ordered["repo_url"]) if "repo_url" in ordered else None
        if repo_id is not None:
            ordered["repo_id"] = repo_id
        result.append(ordered)
    return result


def hf_repo_id(url: str) -> str | None:
    """The repo id ("org/name") in a Hugging Face model URL, or None for anything else."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or (parts.hostname or "") not in _HF_HOSTS:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0] in _HF_NOT_MODELS:
        return None
    org, name = segments[0], segments[1].removesuffix(".git")
    if not (_HF_REPO_PART.fullmatch(org) and _HF_REPO_PART.fullmatch(name)):
        return None
    if ".." in org or ".." in name:
        return None
    return f"{org}/{name}"
