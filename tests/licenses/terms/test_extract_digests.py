"""Term extraction gives today's answers, byte for byte, on every corpus text and variants.

The expected digests in tests/data/extract_digests.json were written by the code before the
extraction speed-ups (commit 63729ed); only hashes are stored, never license text. Each corpus
text is digested as it is and in seeded variants (paragraphs shuffled, letters' case changed,
whitespace and hyphens changed, clauses of other texts inserted), so a fast path that differs
from the plain one on any wording the detectors see fails here.

Regenerate (only when a change of answers is intended):
    python tests/licenses/terms/test_extract_digests.py --write
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from functools import cache
from pathlib import Path

import pytest

from auditor.licenses.terms.extract import extract_terms

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus"
EXPECTED = ROOT / "tests" / "data" / "extract_digests.json"
VARIANTS = 4


def digest(text: str) -> str:
    """sha256 of every term's value and evidence (file, line, quote), in TERM_KEYS order."""
    terms = extract_terms(text, path="LICENSE")
    payload = [
        [key, repr(term.value), [[e.file, e.line, e.text] for e in term.evidence]]
        for key, term in terms.items()
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def corpus_texts() -> dict[str, str]:
    files = sorted((CORPUS / "licenses").glob("*.txt")) + sorted((CORPUS / "cards").glob("*"))
    return {f"{p.parent.name}/{p.name}": p.read_text("utf-8") for p in files if p.is_file()}


def variant(text: str, others: list[str], seed: int) -> str:
    """A seeded rewording of `text`: the perturbations the detectors' fast paths must survive."""
    rng = random.Random(seed)
    paragraphs = text.split("\n\n")
    rng.shuffle(paragraphs)
    if others:  # a few paragraphs of another text inserted
        donor = rng.choice(others).split("\n\n")
        for _ in range(min(3, len(donor))):
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(donor))
    out = "\n\n".join(paragraphs)
    kind = seed % 4
    if kind == 0:
        out = "".join(c.upper() if rng.random() < 0.3 else c for c in out)
    elif kind == 1:
        out = out.replace(" ", "  ").replace(". ", ".\n")
    elif kind == 2:
        words = out.split(" ")
        for i in range(0, len(words), 7):
            w = words[i]
            if len(w) > 6 and w.isalpha():
                words[i] = w[:3] + "-\n" + w[3:]
        out = " ".join(words)
    else:
        out = out.lower().replace("-", " - ") if rng.random() < 0.5 else out.upper()
    return out


@cache
def all_cases() -> dict[str, str]:
    texts = corpus_texts()
    names = sorted(texts)
    cases = dict(texts)
    bodies = [texts[n] for n in names]
    for i, name in enumerate(names):
        for v in range(VARIANTS):
            cases[f"{name}#{v}"] = variant(texts[name], bodies, seed=i * VARIANTS + v)
    return cases


def _expected() -> dict[str, str]:
    loaded: dict[str, str] = json.loads(EXPECTED.read_text("utf-8"))
    return loaded


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_extraction_digests_unchanged_on_corpus_and_variants() -> None:
    expected = _expected()
    cases = all_cases()
    assert set(cases) == set(expected)
    changed = [name for name, text in cases.items() if digest(text) != expected[name]]
    assert changed == []


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    EXPECTED.write_text(
        json.dumps({n: digest(t) for n, t in sorted(all_cases().items())}, indent=1) + "\n",
        "utf-8",
    )


def test_a_kept_answer_is_not_changed_by_a_caller() -> None:
    """Extraction keeps the last few texts' answers: a caller changing its lists and dicts must
    not change what the next caller of the same text gets."""

    def restrictions(path: Path) -> int:
        value = extract_terms(path.read_text("utf-8"))["use_restrictions"].value
        return len(value) if isinstance(value, list) else 0

    texts = sorted((CORPUS / "licenses").glob("*.txt"))
    if not texts:
        pytest.skip("shared corpus not present")
    sample = max(texts, key=restrictions)
    body = sample.read_text("utf-8")
    first = extract_terms(body)
    before = digest(body)
    for term in first.values():
        if isinstance(term.value, list):
            term.value.append("changed")
        elif isinstance(term.value, dict):
            term.value["changed"] = True
    assert digest(body) == before
    assert extract_terms(body, path="other/LICENSE")["kind"].evidence[0].file == "other/LICENSE"
