"""Identifies a text among ScanCode LicenseDB's ~2,600 licenses from a compact hashed index.

A step of text identification (`identify`), asked when no curated reference matched exactly:
license_db/reference_index.bin (built by scripts/build_reference_index.py, hashes only) holds
per ScanCode key its identity and a sample of its 5-word shingle hashes in text order (every
shingle of a short text, one in 2**k of a long one, by hash, so a text's own shingles fall in
the same sample). An inverted index over the samples preselects and scores the keys; the file
is mapped once, lazily, only when a text must be identified, and its arrays are searched in
place: no dict of its ~199k hashes is built (it was 29 MiB and most of the load time), the pages
are shared by every process that maps the file (scan workers), and a hash is found by bisection
within the bucket its top bits name.
"""

from __future__ import annotations

import json
import mmap
import re
import struct
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from auditor.errors import LicenseDBError
from auditor.fileio.compiled_patterns import compile_pattern
from auditor.fileio.once import loaded_once
from auditor.licenses.text.fingerprint import SHINGLE_SIZE
from auditor.licenses.text.normalize import NORMALIZER_VERSION
from auditor.model.kinds import LicenseKind
from auditor.resources import license_db_dir

Form = Literal["text", "notice", "exception", "reference"]

FORMAT_VERSION = 1
"""Version of the reference_index.bin layout; a loader refuses any other."""

MAGIC = b"MLA-REFINDEX\n"
INDEX_FILE = "reference_index.bin"
MODULI = (8, 4, 2, 1)
"""Sampling rates tried per text, sparsest first (a shingle is kept when hash % m == 0)."""

FIELDS = (
    "key",
    "name",
    "spdx",
    "category",
    "form",
    "deprecated",
    "replaced_by",
    "words",
    "shingles",
    "modulus",
    "sha256",
)

_BUCKET_BITS = 14
"""The hash directory has 2**14 buckets (top bits of a hash): ~12 hashes each, 64 KiB."""

MIN_COMMON_SAMPLES = 4
"""Fewer shared sampled shingles than this tell nothing about order."""

PRESELECT_SHARE = 0.15
"""A key is preselected when the text holds this share of its sampled shingles (floors)."""

_CATEGORY_KINDS: Mapping[str, LicenseKind] = {
    "Permissive": LicenseKind.PERMISSIVE_OSS,
    "Public Domain": LicenseKind.PERMISSIVE_OSS,
    "Copyleft": LicenseKind.COPYLEFT_OSS,
    "Copyleft Limited": LicenseKind.COPYLEFT_OSS,
    "Free Restricted": LicenseKind.OPEN_WEIGHT_RESTRICTED,
    "Proprietary Free": LicenseKind.PROPRIETARY_TERMS,
    "Source-available": LicenseKind.PROPRIETARY_TERMS,
    "Commercial": LicenseKind.PROPRIETARY_TERMS,
    "Non-Commercial": LicenseKind.NON_COMMERCIAL,
    "CLA": LicenseKind.PROPRIETARY_TERMS,
    "Patent License": LicenseKind.PROPRIETARY_TERMS,
    "Unstated License": LicenseKind.PROPRIETARY_TERMS,
}
"""ScanCode's category -> our kind; an unknown category fails closed (proprietary terms)."""

_OPEN_CATEGORIES = frozenset({"Permissive", "Public Domain", "Copyleft", "Copyleft Limited"})
# A restricted license whose name says what restricts it gets that kind instead.
_NAMED_KINDS = (
    (compile_pattern(r"non[- ]?commercial|\bnc\b", re.I), LicenseKind.NON_COMMERCIAL),
    (compile_pattern(r"research|evaluation", re.I), LicenseKind.RESEARCH_ONLY),
    (compile_pattern(r"\b(?:open)?rail\b|responsible ai", re.I), LicenseKind.RAIL),
)


def kind_of(category: str, name: str) -> LicenseKind:
    """Our kind for a ScanCode category; a non-open license naming its restriction
    (non-commercial, research, RAIL) gets that kind."""
    base = _CATEGORY_KINDS.get(category, LicenseKind.PROPRIETARY_TERMS)
    if category not in _OPEN_CATEGORIES:
        for pattern, kind in _NAMED_KINDS:
            if pattern.search(name):
                return kind
    return base


@dataclass(frozen=True, slots=True)
class Reference:
    """One ScanCode key as the index knows it: identity and counts, no text."""

    key: str
    name: str
    spdx: str | None  # ScanCode's spdx_license_key (an SPDX id or LicenseRef-scancode-<key>)
    category: str
    form: Form
    deprecated: bool
    replaced_by: tuple[str, ...]
    words: int
    shingles: int  # distinct shingles of the whole text
    modulus: int  # the text's shingles with hash % modulus == 0 are sampled
    sha256: str | None

    @property
    def license_id(self) -> str:
        """The SPDX id, else `LicenseRef-scancode-<key>`."""
        return self.spdx or f"LicenseRef-scancode-{self.key}"

    @property
    def kind(self) -> LicenseKind:
        """Our kind for this key's ScanCode category."""
        return kind_of(self.category, self.name)


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: it keys caches
class ReferenceIndex:
    """The loaded index: keys, sampled shingles per key and the inverted index."""

    references: tuple[Reference, ...]
    source: Mapping[str, str]
    hashes: Sequence[int]  # sorted distinct sampled shingle hashes (slot -> hash), in place
    sequence_offsets: Sequence[int]
    sequence: Sequence[int]  # per key, its sampled slots in text order
    posting_offsets: Sequence[int]
    postings: Sequence[int]  # per slot, the keys holding it
    buckets: Sequence[int] = field(repr=False)  # top hash bits -> first slot (and the end)
    by_sha: Mapping[str, int] = field(repr=False)  # normalised text sha256 -> key position
    by_key: Mapping[str, int] = field(repr=False)
    floors: Sequence[float] = field(repr=False)  # per key, the hits that preselect it

    def sample(self, position: int) -> Sequence[int]:
        """The sampled slots of one key, in text order."""
        return self.sequence[self.sequence_offsets[position] : self.sequence_offsets[position + 1]]

    def slot(self, value: int) -> int | None:
        """The slot of a shingle hash, or None when no key samples it."""
        bucket = value >> (64 - _BUCKET_BITS)
        low, high = self.buckets[bucket], self.buckets[bucket + 1]
        at = bisect_left(self.hashes, value, low, high)
        return at if at < high and self.hashes[at] == value else None

    def slots(self, values: Iterable[int]) -> list[int]:
        """The slots of the shingle hashes that some key samples, in order (repeats kept):
        `slot` of each, without a method call per hash."""
        hashes, buckets, shift = self.hashes, self.buckets, 64 - _BUCKET_BITS
        found: list[int] = []
        append = found.append
        for value in values:
            bucket = value >> shift
            low, high = buckets[bucket], buckets[bucket + 1]
            if low == high:
                continue
            at = bisect_left(hashes, value, low, high)
            if at < high and hashes[at] == value:
                append(at)
        return found

    def get(self, key: str) -> Reference | None:
        """A key's reference, or None."""
        position = self.by_key.get(key)
        return None if position is None else self.references[position]


def parse_reference_index(data: bytes | mmap.mmap, *, origin: str = INDEX_FILE) -> ReferenceIndex:
    """Parse reference_index.bin (bytes or a mapped file, whose arrays are then read in place);
    raises LicenseDBError if broken or built for other settings."""
    view = memoryview(data)
    try:
        if view[: len(MAGIC)] != MAGIC:
            raise ValueError("not a reference index")
        (length,) = struct.unpack_from("<I", view, len(MAGIC))
        start = len(MAGIC) + 4
        if start + length > len(view):
            raise ValueError("truncated header")
        header = json.loads(bytes(view[start : start + length]).decode("utf-8"))
        _check_settings(header, origin)
        arrays = _read_arrays(header["arrays"], view[start + length :])
        fields = header["fields"]
        references = tuple(
            _reference(dict(zip(fields, row, strict=True))) for row in header["references"]
        )
    except (ValueError, KeyError, TypeError, IndexError, struct.error) as err:
        raise LicenseDBError(
            f"{origin}: invalid reference index ({err})",
            hint="regenerate it with scripts/build_reference_index.py",
        ) from err
    if len(arrays["sequence_offsets"]) != len(references) + 1:
        raise LicenseDBError(f"{origin}: key table and samples disagree")
    by_sha: dict[str, int] = {}
    # Equal texts under several keys: a current key before a deprecated one, else by name.
    for position in sorted(range(len(references)), key=lambda i: references[i].deprecated):
        sha = references[position].sha256
        if sha is not None:
            by_sha.setdefault(sha, position)
    hashes = arrays["hashes"]
    return ReferenceIndex(
        references=references,
        source={str(k): str(v) for k, v in header.get("source", {}).items()},
        hashes=hashes,
        sequence_offsets=arrays["sequence_offsets"],
        sequence=arrays["sequence"],
        posting_offsets=arrays["posting_offsets"],
        postings=arrays["postings"],
        buckets=_buckets(hashes),
        by_sha=by_sha,
        by_key={r.key: i for i, r in enumerate(references)},
        floors=[
            PRESELECT_SHARE * (b - a)
            for a, b in zip(
                arrays["sequence_offsets"], arrays["sequence_offsets"][1:], strict=False
            )
        ],
    )


def _check_settings(header: Mapping[str, Any], origin: str) -> None:
    expected = {
        "format_version": FORMAT_VERSION,
        "normalizer_version": NORMALIZER_VERSION,
        "shingle_size": SHINGLE_SIZE,
        "fields": list(FIELDS),
    }
    stale = [f"{k} {header.get(k)!r} != {v!r}" for k, v in expected.items() if header.get(k) != v]
    if stale:
        raise LicenseDBError(
            f"{origin} was built with other settings ({', '.join(stale)})",
            hint="regenerate it with scripts/build_reference_index.py",
        )


def _buckets(hashes: Sequence[int]) -> array[int]:
    """Per bucket of top hash bits its first slot, then the end: a lookup bisects ~12 hashes."""
    shift = 64 - _BUCKET_BITS
    starts = array("I", (bisect_left(hashes, b << shift) for b in range(1 << _BUCKET_BITS)))
    starts.append(len(hashes))
    return starts


def _read_arrays(layout: Sequence[Sequence[Any]], body: memoryview) -> dict[str, Sequence[int]]:
    """The arrays as views into the body (little-endian hosts), else byte-swapped copies."""
    arrays: dict[str, Sequence[int]] = {}
    offset = 0
    for name, typecode, count in layout:
        if typecode not in ("Q", "I", "H"):
            raise ValueError(f"{name}: unknown item type {typecode!r}")
        itemsize = array(typecode).itemsize
        size = itemsize * int(count)
        if offset + size > len(body):
            raise ValueError(f"{name}: truncated")
        chunk = body[offset : offset + size]
        if sys.byteorder == "little":
            arrays[str(name)] = chunk.cast(typecode)  # unaligned items are read by copying
        else:  # pragma: no cover - stored little-endian
            values = array(typecode)
            values.frombytes(chunk)
            values.byteswap()
            arrays[str(name)] = values
        offset += size
    if offset != len(body):
        raise ValueError("trailing bytes")
    return arrays


def _reference(row: Mapping[str, Any]) -> Reference:
    form = str(row["form"])
    if form not in ("text", "notice", "exception", "reference"):
        raise ValueError(f"{row['key']}: unknown form {form!r}")
    return Reference(
        key=str(row["key"]),
        name=str(row["name"]),
        spdx=None if row["spdx"] is None else str(row["spdx"]),
        category=str(row["category"]),
        form=form,  # type: ignore[arg-type]  # checked just above
        deprecated=bool(row["deprecated"]),
        replaced_by=tuple(str(k) for k in row["replaced_by"]),
        words=int(row["words"]),
        shingles=int(row["shingles"]),
        modulus=int(row["modulus"]),
        sha256=None if row["sha256"] is None else str(row["sha256"]),
    )


@loaded_once
def load_reference_index(path: Path | None = None) -> ReferenceIndex:
    """Map reference_index.bin (default: the bundled one) read-only, once per process."""
    file = path or license_db_dir() / INDEX_FILE
    try:
        with file.open("rb") as handle:
            # The mapping outlives the handle; an empty file cannot be mapped (and is no index).
            empty = not file.stat().st_size
            data = b"" if empty else mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError) as err:
        raise LicenseDBError(
            f"{file.name}: cannot be read ({err})",
            hint="regenerate it with scripts/build_reference_index.py",
        ) from err
    return parse_reference_index(data, origin=file.name)
