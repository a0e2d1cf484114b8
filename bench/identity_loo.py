"""Leave-one-out identity check and the adversarial set, for the document's-own-words steps.

    python bench/identity_loo.py [--corpus ../shared/corpus/licenses]

Leave-one-out: each corpus text is identified with its own reference (and any byte-identical
one) removed from the fingerprint index. It counts a text as

- right: named as its own record, or as its own family with the version its title names;
- leaked: given another license's id without a derived/family-version flag (the failure the
  issue's class 3 describes);
- other: anything else (unidentified by name, derived from a sibling, ...).

Then the adversarial cases of tests/data/adversarial/expected.yaml. A development check, never
run by the test suite; bench/accuracy.py keeps the in-sample figure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.knowledge.license_db import load_license_db  # noqa: E402
from auditor.licenses.text.fingerprint import FingerprintSet, load_fingerprints  # noqa: E402
from auditor.licenses.text.identify import identify_text  # noqa: E402
from tests.licenses.adversarial import load_cases  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    db = load_license_db()
    full = load_fingerprints()
    owners = {stem: r.id for r in db.records.values() for stem in r.corpus_texts}
    tally: Counter[str] = Counter()
    for path in sorted(args.corpus.glob("*.txt")):
        own = next(f for f in full.references if f.source == f"corpus:{path.stem}")
        kept = tuple(f for f in full.references if f.sha256 != own.sha256 and f is not own)
        result = identify_text(path.read_text("utf-8"), db=db, fingerprints=FingerprintSet(kept))
        match = result.match
        want = db.records[owners[path.stem]]
        got = None if match is None else db.get(match.id or "")
        if match is not None and match.id == want.id:
            verdict = "right"
        elif (
            got is not None
            and got.family == want.family
            and match is not None
            and (match.method in {"text-family-version", "text-title-known"})
        ):
            verdict = "right-family"
        elif got is not None and match is not None and match.derived_from is None:
            verdict = "leaked"
        else:
            verdict = "other"
        tally[verdict] += 1
        how = "-" if match is None else f"{match.id} ({match.method}, {match.confidence:.2f})"
        print(f"{path.stem:38} {verdict:12} {how}")
    total = sum(tally.values())
    print(
        f"\nleave-one-out over {total} corpus texts: "
        + ", ".join(f"{key} {n} ({n / total:.0%})" for key, n in sorted(tally.items()))
    )
    passed = 0
    cases = load_cases(args.corpus)
    for case in cases:
        match = identify_text(case.text, db=db).match
        expect = case.expect
        ok = match is not None and all(
            (
                "id" not in expect or match.id == expect["id"],
                "method" not in expect or match.method == expect["method"],
                "derived_from" not in expect or match.derived_from == expect["derived_from"],
                match.id not in (expect.get("not_ids") or []),
            )
        )
        passed += ok
        print(f"adversarial {case.name:42} {'ok' if ok else 'WRONG'}")
    print(f"\nadversarial: {passed}/{len(cases)} as expected")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
