"""Leave-one-out: each corpus text identified with its own reference taken out of the index.

The bundled index (`license_db/fingerprints.json`) is built from exactly the corpus texts, so
identifying them against it measures recall of memorised texts. Here, for each text, the
index is rebuilt in memory without the text's own reference and without any reference whose
normalised text is identical (same sha256 of the normalised words); nothing is written to
license_db/. The text must then be named as its own record (read from its title, family and
version), never as another license. With `whole_record`, every reference of the text's record
is taken out too (what happens to a license we hold a record for but never saw the text of).

Terms are extracted from the text as `auditor identify` does and compared with LABELS.yaml.

If identification comes to load references from somewhere else than the FingerprintSet it is
given (say, a ScanCode-derived index loaded apart), `without` is the one place to extend; an
exact match, which filtering makes impossible, is reported as `exact_from_unfiltered_index`.
"""

from __future__ import annotations

import time
from typing import Any

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.text.fingerprint import FingerprintSet, load_fingerprints, text_sha256
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.normalize import tokens
from auditor.licenses.text.similarity import reference_index

from .corpus import OTHER, OUTCOMES, RIGHT, UNNAMED, Corpus, FieldTally, classify, describe


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


def run_leave_one_out(corpus: Corpus, *, whole_record: bool = False) -> dict[str, Any]:
    """Identify and extract every corpus text against an index lacking its own reference."""
    base = load_fingerprints()
    tally = FieldTally.empty()
    counts = dict.fromkeys(OUTCOMES, 0)
    per_text: dict[str, Any] = {}
    removed_total = 0
    start = time.perf_counter()
    for stem, text in corpus.texts.items():
        owner = corpus.owners.get(stem)
        subset = without(base, stem, text, owner, whole_record=whole_record)
        removed_total += len(base.references) - len(subset.references)
        identity = identify_text(text, db=corpus.db, fingerprints=subset)
        reference_index.cache_clear()  # one index per text: do not keep 45 of them alive
        outcome = classify(identity.match, owner)
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
            "near_misses": [[m.record_id, m.score] for m in identity.near_misses],
        }
        tally.add(stem, extract_terms(text, path=f"{stem}.txt"), corpus.labels[stem])
    n = len(corpus.texts)
    return {
        "label": "leave-record-out" if whole_record else "leave-one-out",
        "texts": n,
        "references_in_index": len(base.references),
        "references_removed_per_text": removed_total / n if n else 0.0,
        "named_right": counts[RIGHT],
        "named_as_another_license": counts[OTHER],
        "unnamed": counts[UNNAMED],
        "named_right_share": counts[RIGHT] / n if n else 0.0,
        "false_identities": {s: v for s, v in per_text.items() if v["outcome"] == OTHER},
        "unnamed_texts": sorted(s for s, v in per_text.items() if v["outcome"] == UNNAMED),
        "exact_from_unfiltered_index": sorted(
            s for s, v in per_text.items() if v["exact_from_unfiltered_index"]
        ),
        "per_text": per_text,
        "terms": tally.summary(),
        "seconds": round(time.perf_counter() - start, 3),
    }
