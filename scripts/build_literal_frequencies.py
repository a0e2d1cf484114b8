"""Regenerates license_db/clause_literal_frequencies.json (a maintainer's tool).

Usage: python scripts/build_literal_frequencies.py [--corpus DIR] [--out FILE]

For every literal a clause rule's keyword prefilter could be made of
(`required_literals.candidate_literals`), the share of the corpus's license and card sentences
that hold it (lowercase, Chinese folded to simplified characters, as the detectors read
them). The prefilter derivation picks the literals that fewest sentences hold. Numbers only:
no text of the corpus is written. Deterministic: two runs give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from auditor.licenses.terms.clause_rules import read_clause_rules  # noqa: E402 - path set
from auditor.licenses.terms.foreign_zh import fold  # noqa: E402
from auditor.licenses.terms.required_literals import (  # noqa: E402
    FREQUENCIES_FILE,
    candidate_literals,
)
from auditor.licenses.terms.sentences import parse_document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = ROOT / "license_db" / FREQUENCIES_FILE


def literals() -> list[str]:
    """Every candidate literal of every clause rule, sorted."""
    found: set[str] = set()
    for rule in read_clause_rules().values():
        found |= candidate_literals(rule.source, rule.flags)
    return sorted(found)


def sentences(corpus: Path) -> list[str]:
    """The lowercase, folded sentences of the corpus's license texts and cards."""
    paths = sorted((corpus / "licenses").glob("*.txt")) + sorted((corpus / "cards").glob("*"))
    found: list[str] = []
    for path in paths:
        if path.is_file():
            found.extend(fold(s.lower) for s in parse_document(path.read_text("utf-8")).sentences)
    return found


def render(shares: dict[str, float], count: int) -> str:
    payload = {"version": 1, "sentences": count, "shares": shares}
    return json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    texts = sentences(args.corpus)
    if not texts:
        print(f"no sentences under {args.corpus}", file=sys.stderr)
        return 2
    shares = {w: round(sum(1 for t in texts if w in t) / len(texts), 5) for w in literals()}
    args.out.write_text(render(shares, len(texts)), "utf-8")
    print(f"{len(shares)} literals over {len(texts)} sentences -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
