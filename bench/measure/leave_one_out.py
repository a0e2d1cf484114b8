"""Leave-one-out: each corpus text identified with its own reference taken out of the index.

The bundled index (`license_db/fingerprints.json`) is built from exactly the corpus texts, so
identifying them against it measures recall of memorised texts. Here, for each text, the
index is rebuilt in memory without the text's own reference and without any reference whose
normalised text is identical (same sha256 of the normalised words); nothing is written to
license_db/. The text must then be named as its own record (read from its title, family and
version), never as another license. With `whole_record`, every reference of the text's record
is taken out too (what happens to a license we hold a record for but never saw the text of).

Identification also asks the ScanCode LicenseDB index (license_db/reference_index.bin), which
holds many corpus licenses too: it is filtered in memory as well (`scancode_without`), and
handed to `identify_text(scancode_index=...)`. Taken out of it: every key whose normalised
text is the text's (so no exact match is left), and the key the text's record names
(`record.scancode`) or that is reported as that record (its SPDX id): a ScanCode key of the
record is the text's own reference in another copy. An exact match, which filtering makes
impossible, would be reported as `exact_from_unfiltered_index` (a harness bug).

Terms are extracted from the text as `auditor identify` does and compared with LABELS.yaml.
"""

from __future__ import annotations

import math
import time
from collections.abc import Collection
from dataclasses import replace
from typing import Any

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.text.fingerprint import FingerprintSet, load_fingerprints, text_sha256
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.normalize import tokens
from auditor.licenses.text.reference_index import ReferenceIndex, load_reference_index
from auditor.licenses.text.reference_lookup import curated_record
from auditor.licenses.text.similarity import reference_index

from .adversarial import known_ids
from .corpus import (
    OTHER,
    OUTCOMES,
    OWN,
    RIGHT,
    UNNAMED,
    Corpus,
    FieldTally,
    classify,
    describe,
)


def without(
    fingerprints: FingerprintSet,
    stem: str,
    text: str,
    owner: str | None,
    *,
    whole_record: bool = False,
) -> FingerprintSet:
    """The fingerprint set without the text's own reference and any normalisation-identical
    one (and, with `whole_record`, without any reference of its record)."""
    sha = text_sha256(tokens(text))
    kept = tuple(
        ref
        for ref in fingerprints.references
        if ref.source != f"corpus:{stem}"
        and ref.sha256 != sha
        and not (whole_record and ref.record_id == owner)
    )
    return FingerprintSet(references=kept)


def index_without(index: ReferenceIndex, positions: Collection[int]) -> ReferenceIndex:
    """The ScanCode index with the keys at `positions` unreachable: never preselected (an
    infinite floor), absent from the exact-match and key tables. The sampled shingles stay
    (shared arrays, nothing copied but the small tables)."""
    if not positions:
        return index
    gone = set(positions)
    floors = list(index.floors)
    for position in gone:
        floors[position] = math.inf
    by_sha: dict[str, int] = {}
    references = index.references
    for position in sorted(range(len(references)), key=lambda i: references[i].deprecated):
        sha = references[position].sha256
        if sha is not None and position not in gone:
            by_sha.setdefault(sha, position)
    by_key = {k: p for k, p in index.by_key.items() if p not in gone}
    return replace(index, floors=floors, by_sha=by_sha, by_key=by_key)


_RECORD_OF_KEY: dict[int, dict[int, str]] = {}


def _record_of_key(db: LicenseDB) -> dict[int, str]:
    """Position of every ScanCode key -> the curated record it identifies as, if any."""
    found = _RECORD_OF_KEY.get(id(db))
    if found is None:
        index = load_reference_index()
        found = {}
        for position, reference in enumerate(index.references):
            record = curated_record(reference, db)
            if record is not None:
                found[position] = record.id
        _RECORD_OF_KEY[id(db)] = found
    return found


def scancode_without(
    text: str, owner: str | None, db: LicenseDB
) -> tuple[ReferenceIndex, list[str]]:
    """The ScanCode index without the text's own reference (see the module docstring), and
    the keys taken out."""
    index = load_reference_index()
    sha = text_sha256(tokens(text))
    gone = {p for p, r in enumerate(index.references) if r.sha256 == sha}
    record = db.get(owner or "")
    if record is not None and record.scancode and record.scancode in index.by_key:
        gone.add(index.by_key[record.scancode])
    if owner is not None:
        gone.update(p for p, rid in _record_of_key(db).items() if rid == owner)
    return index_without(index, gone), sorted(index.references[p].key for p in gone)


def run_leave_one_out(corpus: Corpus, *, whole_record: bool = False) -> dict[str, Any]:
    """Identify and extract every corpus text against an index lacking its own reference."""
    base = load_fingerprints()
    tally = FieldTally.empty()
    counts = dict.fromkeys(OUTCOMES, 0)
    known = known_ids(corpus.db)
    per_text: dict[str, Any] = {}
    removed_total = 0
    scancode_removed = 0
    start = time.perf_counter()
    for stem, text in corpus.texts.items():
        owner = corpus.owners.get(stem)
        subset = without(base, stem, text, owner, whole_record=whole_record)
        removed_total += len(base.references) - len(subset.references)
        scancode, keys = scancode_without(text, owner, corpus.db)
        scancode_removed += len(keys)
        identity = identify_text(text, db=corpus.db, fingerprints=subset, scancode_index=scancode)
        reference_index.cache_clear()  # one index per text: do not keep 45 of them alive
        outcome = classify(identity.match, owner, known)
        counts[outcome] += 1
        per_text[stem] = {
            "expected": owner,
            "outcome": outcome,
            # An exact match can only come from an index this measurement did not filter (a
            # reference loaded apart from fingerprints.json): not leave-one-out for this text.
            "exact_from_unfiltered_index": bool(
                identity.match is not None and identity.match.method == "text-exact"
            ),
            "got": describe(identity.match),
            "scancode_keys_removed": keys,
            "near_misses": [[m.record_id, m.score] for m in identity.near_misses],
        }
        tally.add(stem, extract_terms(text, path=f"{stem}.txt"), corpus.labels[stem])
    n = len(corpus.texts)
    return {
        "label": "leave-record-out" if whole_record else "leave-one-out",
        "texts": n,
        "references_in_index": len(base.references),
        "references_removed_per_text": removed_total / n if n else 0.0,
        "scancode_keys_in_index": len(load_reference_index().references),
        "scancode_keys_removed_per_text": scancode_removed / n if n else 0.0,
        "named_right": counts[RIGHT],
        "named_as_another_license": counts[OTHER],
        "unnamed": counts[UNNAMED],
        "named_as_own_license": counts[OWN],
        "named_right_share": counts[RIGHT] / n if n else 0.0,
        "false_identities": {s: v for s, v in per_text.items() if v["outcome"] == OTHER},
        "unnamed_texts": sorted(s for s, v in per_text.items() if v["outcome"] == UNNAMED),
        "own_name_texts": {s: v["got"] for s, v in per_text.items() if v["outcome"] == OWN},
        "exact_from_unfiltered_index": sorted(
            s for s, v in per_text.items() if v["exact_from_unfiltered_index"]
        ),
        "per_text": per_text,
        "terms": tally.summary(),
        "seconds": round(time.perf_counter() - start, 3),
    }
