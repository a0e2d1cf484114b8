"""Builds and loads license_db/fingerprints.json: hashed word shingles of the reference texts."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import struct
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditor.errors import LicenseDBError
from auditor.fileio.once import loaded_once
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.text.layout import LAYOUT_VERSION
from auditor.licenses.text.normalize import (
    NORMALIZER_VERSION,
    document_tokens,
    extract_title,
    tokens,
)
from auditor.licenses.text.prose import split_sentences
from auditor.resources import license_db_dir

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
"""Version of the fingerprints.json layout; a loader refuses any other."""

_LAYOUT = "layout_version"
"""The setting naming the sentence split (`layout.LAYOUT_VERSION`) the sentence digests were
made with; a file without it was made by the splitter before the shared layout."""

SHINGLE_SIZE = 5
"""Words per shingle: long enough to be specific, short enough to survive small edits."""

ANCHOR_MODULUS = 4
"""One shingle in ANCHOR_MODULUS (by hash) is kept in text order, for the order-aware score."""
_ANCHOR_MASK = ANCHOR_MODULUS - 1  # ANCHOR_MODULUS is a power of 2: h % it == 0 is h & mask == 0

MIN_SENTENCE_WORDS = 3
"""Shorter sentences (one-word headings) are known only by their hash; absent, they tell
nothing."""

FINGERPRINTS_FILE = "fingerprints.json"
_HASH_DESCRIPTION = (
    "shingles: XOR of each word's blake2b-64 rotated left by its distance from the shingle's "
    "end; sentences: blake2b-64 of the space-joined words; sha256: of the space-joined words"
)
_MASK64 = (1 << 64) - 1
_ENCODING = "base64 of big-endian unsigned 64-bit integers"


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What we keep of one reference text: hashes and counts, never the text."""

    record_id: str
    source: str  # "corpus:<file stem>" or "scancode:<key>"
    sha256: str  # of the normalised text, for the exact step
    title: str | None  # the document's own title, normalised
    word_count: int
    shingles: frozenset[int]
    anchors: tuple[int, ...]  # the shingles with hash % ANCHOR_MODULUS == 0, in text order
    sentences: frozenset[int]  # hashes of the normalised sentences, headings included


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: it keys a cached index
class FingerprintSet:
    """Every reference fingerprint, as stored in license_db/fingerprints.json."""

    references: tuple[Fingerprint, ...]


def hash_words(words: Sequence[str]) -> int:
    """Stable 64-bit hash of a run of normalised words (never Python's salted hash())."""
    digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


@lru_cache(maxsize=1 << 13)  # a license's vocabulary; about 3 MiB (65,536 words held 25 MiB)
def _word_hashes(word: str) -> tuple[int, ...]:
    """A word's blake2b-64 hash rotated left by 0 .. SHINGLE_SIZE - 1 bits."""
    value = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")
    return tuple(((value << k) | (value >> (64 - k))) & _MASK64 for k in range(SHINGLE_SIZE))


def shingle_hashes(words: Sequence[str]) -> array[int]:
    """Hashes of every run of SHINGLE_SIZE consecutive words, in order (one for shorter texts),
    as unsigned 64-bit values in an array (8 bytes each, not a Python integer each).

    A cyclic-polynomial (buzhash) combination: the XOR of each word's blake2b-64 hash rotated
    by its distance from the end of the run; stable across runs and platforms, and about twice
    as fast as hashing every run whole.
    """
    if len(words) < SHINGLE_SIZE:
        return array("Q", [hash_words(words)] if words else [])
    rotated = list(map(_word_hashes, words))  # references to the cached tuples
    shifted = zip(rotated, rotated[1:], rotated[2:], rotated[3:], rotated[4:], strict=False)
    return array("Q", [a[4] ^ b[3] ^ c[2] ^ d[1] ^ e[0] for a, b, c, d, e in shifted])


def anchors_of(shingles: Iterable[int]) -> array[int]:
    """The order-keeping sample of a shingle sequence (unsigned 64-bit values)."""
    return array("Q", [h for h in shingles if not h & _ANCHOR_MASK])  # a list: 2x a generator


def text_sha256(words: Sequence[str]) -> str:
    """The exact step's key: sha256 of the space-joined normalised words."""
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def fingerprint_text(text: str, *, record_id: str, source: str) -> Fingerprint:
    """Fingerprint one reference text."""
    words = document_tokens(text)
    shingles = shingle_hashes(words)
    title = extract_title(text)
    return Fingerprint(
        record_id=record_id,
        source=source,
        sha256=text_sha256(words),
        title=" ".join(tokens(title)) if title else None,
        word_count=len(words),
        shingles=frozenset(shingles),
        anchors=tuple(anchors_of(shingles)),
        sentences=frozenset(hash_words(s.words) for s in split_sentences(text)),
    )


def build_fingerprints(
    corpus: Path | None, db: LicenseDB, *, scancode: Path | None = None
) -> FingerprintSet:
    """Read reference texts and fingerprint each for its record.

    `corpus` holds `<name>.txt` files, each listed in exactly one record's `corpus_texts`;
    `scancode` holds ScanCode LicenseDB texts `<key>.LICENSE`, used for records whose `scancode`
    key matches (others are skipped). Raises LicenseDBError listing every unmapped text.
    """
    problems: list[str] = []
    references: list[Fingerprint] = []
    if corpus is not None:
        owners = _corpus_owners(db, problems)
        found = set()
        for path in sorted(corpus.glob("*.txt")):
            found.add(path.stem)
            owner = owners.get(path.stem)
            if owner is None:
                problems.append(f"{path.name}: no record lists {path.stem!r} in corpus_texts")
                continue
            text = path.read_text(encoding="utf-8")
            references.append(fingerprint_text(text, record_id=owner, source=f"corpus:{path.stem}"))
        problems += [
            f"{owners[stem]}: corpus text {stem!r} not found in {corpus}"
            for stem in sorted(set(owners) - found)
        ]
    if scancode is not None:
        by_key: dict[str, list[str]] = {}
        for record in db.records.values():
            if record.scancode:
                by_key.setdefault(record.scancode, []).append(record.id)
        for path in sorted(scancode.glob("*.LICENSE")):
            key = path.name.removesuffix(".LICENSE")
            text = strip_front_matter(path.read_text(encoding="utf-8"))
            for record_id in by_key.get(key, []):
                references.append(
                    fingerprint_text(text, record_id=record_id, source=f"scancode:{key}")
                )
    if problems:
        raise LicenseDBError("cannot build fingerprints: " + "; ".join(problems))
    references.sort(key=lambda f: (f.record_id, f.source))
    logger.info("fingerprinted %d reference texts", len(references))
    return FingerprintSet(references=tuple(references))


def _corpus_owners(db: LicenseDB, problems: list[str]) -> dict[str, str]:
    owners: dict[str, str] = {}
    for record in sorted(db.records.values(), key=lambda r: r.id):
        for stem in record.corpus_texts:
            if stem in owners:
                problems.append(f"corpus text {stem!r} listed by {owners[stem]} and {record.id}")
            owners.setdefault(stem, record.id)
    return owners


def strip_front_matter(text: str) -> str:
    """A ScanCode `.LICENSE` file without its YAML front matter (`---` ... `---`), if any."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5 :]
    return text


def render_fingerprints(fingerprints: FingerprintSet) -> str:
    """The JSON text of fingerprints.json: deterministic, one reference per block."""
    document = {
        "format_version": FORMAT_VERSION,
        "generator": "scripts/build_fingerprints.py",
        "hash": _HASH_DESCRIPTION,
        "encoding": _ENCODING,
        "normalizer_version": NORMALIZER_VERSION,
        _LAYOUT: LAYOUT_VERSION,
        "shingle_size": SHINGLE_SIZE,
        "anchor_modulus": ANCHOR_MODULUS,
        "references": [
            {
                "record": f.record_id,
                "source": f.source,
                "sha256": f.sha256,
                "title": f.title,
                "words": f.word_count,
                "shingle_count": len(f.shingles),
                "shingles": _encode(sorted(f.shingles)),
                "anchors": _encode(f.anchors),
                "sentences": _encode(sorted(f.sentences)),
            }
            for f in fingerprints.references
        ],
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def parse_fingerprints(text: str, *, origin: str = FINGERPRINTS_FILE) -> FingerprintSet:
    """Parse fingerprints.json text; raises LicenseDBError if it was built for other settings."""
    try:
        document = json.loads(text)
        _check_settings(document, origin)
        references = tuple(_parse_reference(item) for item in document["references"])
    except (ValueError, KeyError, TypeError, struct.error) as err:
        raise LicenseDBError(
            f"{origin}: invalid fingerprints ({err})",
            hint="regenerate it with scripts/build_fingerprints.py",
        ) from err
    return FingerprintSet(references=references)


def _check_settings(document: Mapping[str, Any], origin: str) -> None:
    expected = {
        "format_version": FORMAT_VERSION,
        "normalizer_version": NORMALIZER_VERSION,
        _LAYOUT: LAYOUT_VERSION,
        "shingle_size": SHINGLE_SIZE,
        "anchor_modulus": ANCHOR_MODULUS,
    }
    stale = [
        f"{key} {document.get(key)!r} != {want!r}"
        for key, want in expected.items()
        if document.get(key) != want
    ]
    if stale:
        raise LicenseDBError(
            f"{origin} was built with other settings ({', '.join(stale)})",
            hint="regenerate it with scripts/build_fingerprints.py",
        )


def _parse_reference(item: Mapping[str, Any]) -> Fingerprint:
    shingles = _decode(item["shingles"])
    if len(shingles) != item["shingle_count"]:
        raise ValueError(f"{item['record']}: shingle_count does not match the hashes")
    return Fingerprint(
        record_id=str(item["record"]),
        source=str(item["source"]),
        sha256=str(item["sha256"]),
        title=None if item["title"] is None else str(item["title"]),
        word_count=int(item["words"]),
        shingles=frozenset(shingles),
        anchors=_decode(item["anchors"]),
        sentences=frozenset(_decode(item["sentences"])),
    )


def _encode(values: Sequence[int]) -> str:
    return base64.b64encode(struct.pack(f">{len(values)}Q", *values)).decode("ascii")


def _decode(text: str) -> tuple[int, ...]:
    raw = base64.b64decode(text, validate=True)
    return struct.unpack(f">{len(raw) // 8}Q", raw)


@loaded_once
def load_fingerprints(path: Path | None = None) -> FingerprintSet:
    """Load fingerprints.json (default: the bundled license_db/fingerprints.json), once."""
    file = path or license_db_dir() / FINGERPRINTS_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as err:
        raise LicenseDBError(
            f"{file.name}: cannot be read ({err})",
            hint="regenerate it with scripts/build_fingerprints.py",
        ) from err
    return parse_fingerprints(text, origin=file.name)
