"""Builds the reference index (license_db/reference_index.bin) from ScanCode LicenseDB texts.

A maintainer's step, run by `scripts/build_reference_index.py`: it reads the `<key>.LICENSE`
files (YAML front matter, then the text) and keeps per key its identity (name, SPDX id,
category, form) and hashes of the text (sha256 of the normalised words, a sample of the
5-word shingle hashes in text order): never the text. The package only loads the result
(`reference_index`); ScanCode is never a runtime dependency.
"""

from __future__ import annotations

import json
import logging
import struct
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from auditor.errors import LicenseDBError
from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.text.fingerprint import (
    SHINGLE_SIZE,
    shingle_hashes,
    strip_front_matter,
    text_sha256,
)
from auditor.licenses.text.normalize import NORMALIZER_VERSION, document_tokens
from auditor.licenses.text.reference_index import (
    FIELDS,
    FORMAT_VERSION,
    MAGIC,
    MODULI,
    Form,
)

logger = logging.getLogger(__name__)

MIN_SAMPLE = 96
"""Sampled shingles kept per text at least (all of them when it has fewer): the sparsest
modulus in MODULI that still leaves this many is used, so short texts keep every shingle and
long ones one in MODULI[0]."""

NOTICE_MAX_WORDS = 150
"""A text this short that points to a license by name or version is a notice, not a text."""

# Matched on the normalised words (punctuation is gone: a URL reads "https example org").
_POINTS_ELSEWHERE = compile_pattern(
    r"\b(?:licensed|shared|distributed|released|provided|available) under\b|under the terms of"
    r"|either version|any later version|see (?:the )?(?:file|license)|is governed by|\bhttps?\b"
)


@dataclass(frozen=True, slots=True)
class SourceText:
    """One `.LICENSE` file as read: its front matter and its text."""

    key: str
    meta: Mapping[str, Any]
    text: str


def read_license_folder(folder: Path) -> list[SourceText]:
    """Every `<key>.LICENSE` of a ScanCode LicenseDB folder, sorted by key.

    Raises LicenseDBError when the folder holds none or a front matter cannot be read.
    """
    paths = sorted(folder.glob("*.LICENSE"))
    if not paths:
        raise LicenseDBError(f"{folder}: no *.LICENSE files (is it licensedcode/data/licenses?)")
    texts = []
    problems = []
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        meta = _front_matter(raw)
        if meta is None or "key" not in meta:
            problems.append(f"{path.name}: no front matter with a key")
            continue
        text = strip_front_matter(raw) if raw.find("\n---\n", 4) != -1 else ""
        texts.append(SourceText(key=str(meta["key"]), meta=meta, text=text))
    if problems:
        raise LicenseDBError("cannot read the license folder: " + "; ".join(problems[:10]))
    return texts


def _front_matter(raw: str) -> Mapping[str, Any] | None:
    if not raw.startswith("---\n"):
        return None
    end = raw.find("\n---\n", 4)
    if end == -1 and raw.rstrip().endswith("\n---"):  # front matter only, no text
        end = len(raw.rstrip()) - len("\n---")
    if end == -1:
        return None
    try:
        meta = yaml.safe_load(raw[4:end])
    except yaml.YAMLError:
        return None
    return meta if isinstance(meta, dict) else None


def form_of(meta: Mapping[str, Any], words: Sequence[str]) -> Form:
    """Whether a key's text is a license text, a notice pointing to one, an exception, or a
    generic reference (`unknown-license-reference`, `proprietary-license`)."""
    if _is_yes(meta.get("is_exception")):
        return "exception"
    if _is_yes(meta.get("is_generic")) or _is_yes(meta.get("is_unknown")):
        return "reference"
    if len(words) <= NOTICE_MAX_WORDS and _POINTS_ELSEWHERE.search(" ".join(words)):
        return "notice"
    return "text"


def _is_yes(value: object) -> bool:
    return value is True or str(value).lower() in {"yes", "true"}


def sample_shingles(words: Sequence[str]) -> tuple[int, list[int]]:
    """The modulus chosen for a text and its distinct sampled shingle hashes, in text order."""
    distinct = list(dict.fromkeys(shingle_hashes(words)))
    for modulus in MODULI:
        sample = [h for h in distinct if h % modulus == 0]
        if len(sample) >= MIN_SAMPLE or modulus == 1:
            return modulus, sample
    raise AssertionError("MODULI ends with 1")  # pragma: no cover


def build_reference_index(texts: Iterable[SourceText], *, source: Mapping[str, str]) -> bytes:
    """The bytes of reference_index.bin for these texts (deterministic)."""
    rows: list[list[object]] = []
    samples: list[list[int]] = []
    for item in sorted(texts, key=lambda t: t.key):
        words = document_tokens(item.text)
        modulus, sample = sample_shingles(words) if words else (1, [])
        meta = item.meta
        spdx = meta.get("spdx_license_key")
        row = {
            "key": item.key,
            "name": str(meta.get("name") or meta.get("short_name") or item.key),
            "spdx": str(spdx) if spdx else None,
            "category": str(meta.get("category") or "Unstated License"),
            "form": form_of(meta, words),
            "deprecated": _is_yes(meta.get("is_deprecated")),
            "replaced_by": [str(k) for k in meta.get("replaced_by") or []],
            "words": len(words),
            "shingles": len(set(shingle_hashes(words))),
            "modulus": modulus,
            "sha256": text_sha256(words) if words else None,
        }
        rows.append([row[field] for field in FIELDS])
        samples.append(sample)
    return _render(rows, samples, source)


def _render(rows: list[list[object]], samples: list[list[int]], source: Mapping[str, str]) -> bytes:
    hashes = sorted(set().union(*map(set, samples)))
    slot = {h: i for i, h in enumerate(hashes)}
    sequence_offsets = array("I", [0])
    sequence = array("I")
    postings_by_slot: list[list[int]] = [[] for _ in hashes]
    for position, sample in enumerate(samples):
        sequence.extend(slot[h] for h in sample)
        sequence_offsets.append(len(sequence))
        for h in sample:
            postings_by_slot[slot[h]].append(position)
    posting_offsets = array("I", [0])
    postings = array("H")
    for refs in postings_by_slot:
        postings.extend(refs)
        posting_offsets.append(len(postings))
    arrays = {
        "hashes": array("Q", hashes),
        "sequence_offsets": sequence_offsets,
        "sequence": sequence,
        "posting_offsets": posting_offsets,
        "postings": postings,
    }
    header = {
        "format_version": FORMAT_VERSION,
        "normalizer_version": NORMALIZER_VERSION,
        "shingle_size": SHINGLE_SIZE,
        "generator": "scripts/build_reference_index.py",
        "source": dict(source),
        "fields": list(FIELDS),
        "references": rows,
        "arrays": [[name, values.typecode, len(values)] for name, values in arrays.items()],
    }
    head = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    body = b"".join(_little_endian(values) for values in arrays.values())
    return MAGIC + struct.pack("<I", len(head)) + head + body


def _little_endian(values: array[Any]) -> bytes:
    if struct.pack("=H", 1) != struct.pack("<H", 1):  # pragma: no cover - big-endian hosts
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()
