"""Leave-one-out identification: a corpus text whose own reference is taken out of BOTH
indexes (the curated fingerprints and the ScanCode LicenseDB index) may go unnamed, but must
never be named as another license (bench/accuracy.py measures all).
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.licenses.text.fingerprint import FingerprintSet, load_fingerprints, text_sha256
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.normalize import tokens
from auditor.licenses.text.reference_index import ReferenceIndex, load_reference_index
from auditor.licenses.text.reference_lookup import curated_record

# Every corpus text (skipped when the corpus is absent).
TEXTS = [
    "alphafold3-weights-prohibited-use",
    "alphafold3-weights-terms",
    "apache-2.0",
    "apple-ascl",
    "apple-ml-research-model",
    "cc-by-nc-sa-4.0",
    "chatglm-6b-model",
    "chatglm-6b-model-2023-05",
    "clay-ai-pubs-openrail-m",
    "code-llama-aup",
    "creativeml-openrail-m",
    "dbrx-open-model",
    "deepfloyd-if",
    "deepseek-model",
    "falcon-2-tii-aup",
    "falcon-3-tii-license",
    "gemma-prohibited-use",
    "gemma-terms",
    "llama-2-aup",
    "llama-2-community",
    "llama-3-aup",
    "llama-3-community",
    "llama-3.1-aup",
    "llama-3.1-community",
    "llama-3.3-aup",
    "llama-3.3-community",
    "llama-4-aup",
    "llama-4-community",
    "mistral-mrl",
    "mit",
    "nvidia-open-model",
    "openmdw-1.1",
    "openrail-plus-plus-m",
    "opt-175b",
    "qwen-community-1.0",
    "qwen-tongyi-qianwen",
    "qwen-tongyi-qianwen-research",
    "salesforce-blip-bsd-3-clause",
    "stability-community",
    "stability-noncommercial-research",
    "stability-sdxl-0.9-research",
    "stability-sv3d-noncommercial",
    "stability-svd-noncommercial",
    "yi-community-2.1",
    "yi-license-1.0",
]


def _without_own_reference(fingerprints: FingerprintSet, stem: str, text: str) -> FingerprintSet:
    sha = text_sha256(tokens(text))
    return FingerprintSet(
        references=tuple(
            ref
            for ref in fingerprints.references
            if ref.source != f"corpus:{stem}" and ref.sha256 != sha
        )
    )


def _scancode_without_own_reference(text: str, owner: str, db: LicenseDB) -> ReferenceIndex:
    """The ScanCode index without the keys that are this text's reference: its normalised
    text, its record's `scancode` key, any key reported as its record (bench/measure does the
    same); the keys are made unreachable, the sampled shingles stay shared."""
    index = load_reference_index()
    sha = text_sha256(tokens(text))
    record = db.records[owner]
    gone = {
        position
        for position, reference in enumerate(index.references)
        if reference.sha256 == sha
        or reference.key == record.scancode
        or (reference.spdx == record.spdx and curated_record(reference, db) == record)
    }
    floors = [math.inf if p in gone else f for p, f in enumerate(index.floors)]
    return replace(
        index,
        floors=floors,
        by_sha={s: p for s, p in index.by_sha.items() if p not in gone},
        by_key={k: p for k, p in index.by_key.items() if p not in gone},
    )


@pytest.mark.parametrize("stem", TEXTS)
def test_text_without_its_reference_is_never_named_as_another_license(
    corpus: Path, stem: str
) -> None:
    path = corpus / "licenses" / f"{stem}.txt"
    if not path.is_file():
        pytest.skip(f"{path.name} is not in the corpus")
    text = path.read_text(encoding="utf-8")
    db = load_license_db()
    owner = next((r.id for r in db.records.values() if stem in r.corpus_texts), None)
    assert owner is not None, f"no record lists {stem} in corpus_texts"
    fingerprints = _without_own_reference(load_fingerprints(), stem, text)
    assert len(fingerprints.references) < len(load_fingerprints().references)
    scancode = _scancode_without_own_reference(text, owner, db)
    assert text_sha256(tokens(text)) not in scancode.by_sha

    match = identify_text(text, db=db, fingerprints=fingerprints, scancode_index=scancode).match

    named = None if match is None else match.id
    assert named in (None, owner), f"{stem} named as {named} ({match})"
    assert match is None or match.method != "text-exact", f"{stem}: exact match left in an index"


def test_identify_text_asks_the_scancode_index_it_is_given(corpus: Path) -> None:
    # A corpus text ScanCode also holds: matched exactly through the bundled ScanCode index
    # when its curated reference is out, not once that key is out of the index given.
    path = corpus / "licenses" / "apache-2.0.txt"
    if not path.is_file():
        pytest.skip(f"{path.name} is not in the corpus")
    text = path.read_text(encoding="utf-8")
    db = load_license_db()
    fingerprints = _without_own_reference(load_fingerprints(), "apache-2.0", text)
    bundled = identify_text(text, db=db, fingerprints=fingerprints).match
    assert bundled is not None and bundled.method == "text-exact"

    owner = next(r.id for r in db.records.values() if "apache-2.0" in r.corpus_texts)
    scancode = _scancode_without_own_reference(text, owner, db)
    filtered = identify_text(text, db=db, fingerprints=fingerprints, scancode_index=scancode)
    assert filtered.match is None or filtered.match.method != "text-exact"
