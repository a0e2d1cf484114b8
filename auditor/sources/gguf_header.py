"""Reads the key/value metadata of a GGUF file's header, never its tensors.

We parse the header ourselves instead of calling `gguf.GGUFReader` at run time: that
reader memory-maps the whole (often multi-GB) file, needs numpy, walks every tensor
record and fails with IndexError, KeyError or ValueError on hostile bytes. This reader
reads the stream forward through a small buffer, seeks over the arrays it does not keep
(tokenizer vocabularies), enforces explicit limits on key count, string length and header
size before it reads or allocates anything, and turns every malformed input into a
`SourceError` that names the file and the key it was reading.

Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md (versions 2 and 3).
"""

from __future__ import annotations

import logging
import os
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import BinaryIO, Final
from urllib.parse import urlsplit

from auditor.errors import SourceError

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

MAX_PROBLEMS: Final = 50
"""Problems listed per file; the rest are counted in one last line."""

_CHUNK = 64 << 10
_MAX_NESTING = 1  # arrays of arrays are allowed; arrays of arrays of arrays are refused
_MIN_KV_BYTES = 8 + 4 + 1  # key length, value type, smallest value
_LEGACY_MAGICS = {b"lmgg", b"fmgg", b"tjgg", b"ggml", b"ggmf", b"ggjt"}
_LFS_POINTER = b"version https://git-lfs."


class ValueType(IntEnum):
    """GGUF metadata value types (gguf_metadata_value_type)."""

    UINT8 = 0
    INT8 = 1
    UINT16 = 2
    INT16 = 3
    UINT32 = 4
    INT32 = 5
    FLOAT32 = 6
    BOOL = 7
    STRING = 8
    ARRAY = 9
    UINT64 = 10
    INT64 = 11
    FLOAT64 = 12


_SCALAR_FORMATS: Final[Mapping[ValueType, str]] = {
    ValueType.UINT8: "B",
    ValueType.INT8: "b",
    ValueType.UINT16: "H",
    ValueType.INT16: "h",
    ValueType.UINT32: "I",
    ValueType.INT32: "i",
    ValueType.FLOAT32: "f",
    ValueType.BOOL: "B",  # read as a byte so that values other than 0 and 1 can be reported
    ValueType.UINT64: "Q",
    ValueType.INT64: "q",
    ValueType.FLOAT64: "d",
}
_TYPES: Final = tuple(ValueType)  # indexed by the raw value; faster than ValueType(raw)
assert all(vtype == raw for raw, vtype in enumerate(_TYPES))
# Smallest encoded size of one element: lets an absurd array count be refused before reading.
_MIN_SIZE: Final[Mapping[ValueType, int]] = {
    **{vtype: struct.calcsize("<" + fmt) for vtype, fmt in _SCALAR_FORMATS.items()},
    ValueType.STRING: 8,
    ValueType.ARRAY: 12,
}


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
) -> GgufHeader:
    """Parse a GGUF header from a binary stream positioned at its first byte.

    `name` only labels messages. Seekable streams are measured first so that lengths
    past the end are refused before reading; others are read forward.
    """
    src = _Input(data, name=name, max_bytes=max_bytes)
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
    src.require(needed, f"{kv_count:,} metadata keys (at least {needed:,} bytes)")
    parser = _Parser(src, order, max_string=max_string, max_array_kept=max_array_kept)
    metadata = parser.read_metadata(kv_count)
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


def _read_preamble(src: _Input, name: str) -> tuple[int, str]:
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


class _Input:
    """A forward reader over the header with a small buffer, seeks, and byte budgets."""

    def __init__(self, data: BinaryIO, *, name: str, max_bytes: int) -> None:
        self._data = data
        self.name = name
        self._max_bytes = max_bytes
        self._buf = b""
        self._at = 0  # next unread index in _buf
        self.offset = 0  # bytes consumed since the start of the header
        # Where we are, turned into words only when something goes wrong.
        self.stage = "the header"
        self.key_number: tuple[int, int] | None = None  # (1-based index, declared count)
        self.key: str | None = None  # set once the key is read, while reading its value
        self._start, self._size = self._measure()

    def _measure(self) -> tuple[int, int | None]:
        """Start position and bytes available from it, or size None for a pipe."""
        try:
            if not self._data.seekable():
                return 0, None
            start = self._data.tell()
            end = self._data.seek(0, os.SEEK_END)
            self._data.seek(start)
        except (OSError, ValueError) as err:
            raise SourceError(f"cannot read {self.name}: {err}") from err
        return start, max(end - start, 0)

    @property
    def where(self) -> str:
        """The key being read, as problems name it: "key #3 'general.name'"."""
        index = self.key_number[0] if self.key_number else 0
        return f"key #{index} {_short(self.key)}"

    @property
    def context(self) -> str:
        """What was being read, for error messages."""
        if self.key_number is None:
            return self.stage
        if self.key is None:
            return "key #{} of {}".format(*self.key_number)
        return f"the value of {self.where}"

    def _read(self, n: int) -> bytes:
        try:
            return self._data.read(n) or b""
        except (OSError, ValueError) as err:
            raise SourceError(f"cannot read {self.name}: {err}") from err

    def truncated(self) -> SourceError:
        return SourceError(
            f"truncated GGUF header in {self.name}: ended while reading {self.context}",
            hint="the file is incomplete or corrupt; download it again",
        )

    def require(self, n: int, what: str) -> None:
        """Refuse at once if the next n bytes cannot exist (past the end or the budget)."""
        end = self.offset + n
        if self._size is not None and end > self._size:
            remaining = self._size - self.offset
            raise SourceError(
                f"truncated or corrupt GGUF header in {self.name}: {self.context} declares "
                f"{what} but only {remaining:,} bytes remain",
                hint="the file is incomplete or corrupt; download it again",
            )
        if end > self._max_bytes:
            raise self._too_large()

    def _reserve(self, n: int) -> None:
        end = self.offset + n
        if self._size is not None and end > self._size:
            raise self.truncated()
        if end > self._max_bytes:
            raise self._too_large()

    def _too_large(self) -> SourceError:
        return SourceError(
            f"GGUF header in {self.name} is larger than the limit of {self._max_bytes:,} "
            f"bytes (reached while reading {self.context})",
            hint="the file is corrupt, or raise max_bytes for a trusted file",
        )

    def peek(self, n: int) -> bytes:
        """Up to n bytes without consuming them (short only at the end of the stream)."""
        while len(self._buf) - self._at < n:
            chunk = self._read(_CHUNK)
            if not chunk:
                break
            self._buf = self._buf[self._at :] + chunk
            self._at = 0
        return self._buf[self._at : self._at + n]

    def take(self, n: int) -> bytes:
        """Exactly n bytes, or a truncation error."""
        self._reserve(n)
        buf, at = self._buf, self._at
        if at + n <= len(buf):
            self._at = at + n
            self.offset += n
            return buf[at : at + n]
        parts = [buf[at:]]
        need = n - (len(buf) - at)
        self._buf, self._at = b"", 0
        while need:
            chunk = self._read(max(need, _CHUNK))
            if not chunk:
                raise self.truncated()
            if len(chunk) >= need:
                parts.append(chunk[:need])
                self._buf, self._at = chunk, need
                need = 0
            else:
                parts.append(chunk)
                need -= len(chunk)
        self.offset += n
        return b"".join(parts)

    def unpack(self, fmt: struct.Struct) -> int:
        """One integer; the fast path reads straight from the buffer."""
        size = fmt.size
        if self._at + size <= len(self._buf) and self.offset + size <= self._max_bytes:
            (value,) = fmt.unpack_from(self._buf, self._at)
            self._at += size
            self.offset += size
        else:
            (value,) = fmt.unpack(self.take(size))
        return int(value)

    def skip_strings(self, count: int, limit: int, length_format: struct.Struct) -> int | None:
        """Skip `count` length-prefixed strings; return a length over `limit` instead of it.

        The hot path of every real file (vocabularies and merges hold 10^5 to 10^6 strings),
        so strings lying wholly inside the buffer are walked without method calls.
        """
        unpack_from = length_format.unpack_from
        while count:
            buf, at = self._buf, self._at
            end, start = len(buf), at
            while count and at + 8 <= end:
                (length,) = unpack_from(buf, at)
                if length > limit or at + 8 + length > end:
                    break
                at += 8 + length
                count -= 1
            self._at = at
            self.offset += at - start
            if self.offset > self._max_bytes:
                raise self._too_large()
            if count:  # a string crossing the buffer's end, or an over-long one
                length = self.unpack(length_format)
                if length > limit:
                    return int(length)
                self.skip(length)
                count -= 1
        return None

    def skip(self, n: int) -> None:
        """Move n bytes forward: within the buffer, by seeking, or by reading (pipes)."""
        self._reserve(n)
        buffered = len(self._buf) - self._at
        if n <= buffered:
            self._at += n
            self.offset += n
            return
        rest = n - buffered
        self._buf, self._at = b"", 0
        if self._size is not None:  # _reserve checked that the target lies inside the file
            try:
                self._data.seek(self._start + self.offset + n)
            except (OSError, ValueError) as err:
                raise SourceError(f"cannot read {self.name}: {err}") from err
        else:
            while rest:
                chunk = self._read(min(rest, _CHUNK))
                if not chunk:
                    raise self.truncated()
                rest -= len(chunk)
        self.offset += n


class _Parser:
    """Decodes key/value pairs from an _Input, keeping small values and summarising big arrays."""

    def __init__(self, src: _Input, order: str, *, max_string: int, max_array_kept: int) -> None:
        self._src = src
        self._order = order
        self._u32 = struct.Struct(order + "I")
        self._u64 = struct.Struct(order + "Q")
        self._max_string = max_string
        self._max_array_kept = max_array_kept
        self._problems: list[str] = []
        self._problem_count = 0
        self._value_repaired = False

    def problems(self) -> tuple[str, ...]:
        hidden = self._problem_count - len(self._problems)
        more = (f"{hidden} more problem(s) not listed",) if hidden else ()
        return (*self._problems, *more)

    def _problem(self, text: str) -> None:
        self._problem_count += 1
        if len(self._problems) < MAX_PROBLEMS:
            self._problems.append(text)

    def read_metadata(self, kv_count: int) -> dict[str, object]:
        metadata: dict[str, object] = {}
        src = self._src
        for index in range(1, kv_count + 1):
            src.key_number, src.key = (index, kv_count), None
            key = self._string(is_key=True)
            src.key = key
            self._value_repaired = False
            value = self._value(self._type(src.unpack(self._u32)), depth=0)
            if self._value_repaired:
                self._problem(f"{src.where}: invalid UTF-8 in the value was replaced")
            if key in metadata:
                self._problem(
                    f"duplicate {src.where}: kept the first value, ignored {_short(value)}"
                )
            else:
                metadata[key] = value
        return metadata

    def _type(self, raw: int) -> ValueType:
        if raw < len(_TYPES):
            return _TYPES[raw]
        raise SourceError(
            f"malformed GGUF header in {self._src.name}: unknown value type {raw} "
            f"in {self._src.context}",
            hint="the file is corrupt or uses a newer GGUF revision",
        )

    def _value(self, vtype: ValueType, *, depth: int) -> object:
        if vtype is ValueType.STRING:
            return self._string(is_key=False)
        if vtype is ValueType.ARRAY:
            return self._array(depth)
        return self._scalars(vtype, 1)[0]

    def _scalars(self, vtype: ValueType, count: int) -> list[object]:
        fmt = _SCALAR_FORMATS[vtype]
        raw = self._src.take(count * _MIN_SIZE[vtype])
        values: list[object] = list(struct.unpack(f"{self._order}{count}{fmt}", raw))
        if vtype is ValueType.BOOL:
            if any(v not in (0, 1) for v in values):
                self._problem(f"{self._src.where}: a bool other than 0 or 1 was read as true")
            values = [bool(v) for v in values]
        return values

    def _string(self, *, is_key: bool) -> str:
        src = self._src
        length = src.unpack(self._u64)
        if length > self._max_string:
            raise SourceError(
                f"malformed GGUF header in {src.name}: {src.context} declares a string of "
                f"{length:,} bytes, more than the limit of {self._max_string:,}",
                hint="the file is corrupt, or raise max_string for a trusted file",
            )
        src.require(length, f"a string of {length:,} bytes")
        raw = src.take(length)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as err:
            if is_key:
                raise SourceError(
                    f"malformed GGUF header in {src.name}: {src.context} is not valid UTF-8 "
                    f"(byte {err.start} of {raw[:40]!r})",
                    hint="the file is corrupt",
                ) from None
        self._value_repaired = True
        return raw.decode("utf-8", errors="replace")

    def _array_head(self, depth: int) -> tuple[ValueType, int]:
        src = self._src
        etype = self._type(src.unpack(self._u32))
        count = src.unpack(self._u64)
        if etype is ValueType.ARRAY and depth >= _MAX_NESTING:
            raise SourceError(
                f"unsupported GGUF header in {src.name}: {src.context} nests arrays more "
                f"than {_MAX_NESTING + 1} deep, which this auditor does not read",
                hint="no known model writes such metadata; the file is likely corrupt",
            )
        needed = count * _MIN_SIZE[etype]
        src.require(needed, f"{count:,} {etype.name} elements (at least {needed:,} bytes)")
        return etype, count

    def _array(self, depth: int) -> object:
        etype, count = self._array_head(depth)
        if count <= self._max_array_kept:
            if etype is ValueType.STRING:
                return [self._string(is_key=False) for _ in range(count)]
            if etype is ValueType.ARRAY:
                return [self._array(depth + 1) for _ in range(count)]
            return self._scalars(etype, count)
        self._skip_items(etype, count, depth)
        return {"type": "array", "element_type": etype.name, "count": count}

    def _skip_items(self, etype: ValueType, count: int, depth: int) -> None:
        src = self._src
        if etype is ValueType.STRING:
            length = src.skip_strings(count, self._max_string, self._u64)
            if length is not None:
                raise SourceError(
                    f"malformed GGUF header in {src.name}: {src.context} holds a string "
                    f"of {length:,} bytes, more than the limit of {self._max_string:,}",
                    hint="the file is corrupt, or raise max_string for a trusted file",
                )
        elif etype is ValueType.ARRAY:
            for _ in range(count):
                inner_type, inner_count = self._array_head(depth + 1)
                self._skip_items(inner_type, inner_count, depth + 1)
        else:
            src.skip(count * _MIN_SIZE[etype])


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
_BASE_MODEL_KEY = re.compile(
    r"general\.base_model\.(\d{1,9})\.(name|organization|version|repo_url)"
)
_HF_HOSTS = {"huggingface.co", "www.huggingface.co", "hf.co"}
_HF_NOT_MODELS = {"datasets", "spaces", "docs", "api", "blog", "collections", "papers", "models"}
_HF_REPO_PART = re.compile(r"[A-Za-z0-9][\w.\-]{0,95}")


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
