"""Regenerates license_db/clause_rules.index.json from the clause rule files (a maintainer's
tool; the tests fail when the committed index is stale).

Usage: python scripts/build_clause_index.py [--out FILE]

Also writes auditor/knowledge/shipped_knowledge.json (the knowledge folder's YAML parsed, for a
first run with an empty cache) when it writes the committed index.

Reads every rule of license_db/clause_rules/*.yaml and writes what extraction needs of each
(pattern source and flags, value, and the keyword prefilters derived from the pattern with
the literal frequency table), with a digest of the files it was built from. Deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from auditor.knowledge.bundle import SHIPPED_BUNDLE, render_shipped  # noqa: E402 - after the path
from auditor.licenses.terms.clause_index import (  # noqa: E402
    INDEX_FILE,
    render_index,
    source_digest,
)
from auditor.licenses.terms.clause_rules import (  # noqa: E402
    CLAUSE_FOLDER,
    index_entry,
    read_clause_rules,
)
from auditor.licenses.terms.required_literals import FREQUENCIES_FILE  # noqa: E402

LICENSE_DB = ROOT / "license_db"


def build() -> str:
    """The index text for the rule files of this checkout."""
    rules = read_clause_rules(LICENSE_DB / CLAUSE_FOLDER)
    digest = source_digest(LICENSE_DB / CLAUSE_FOLDER, LICENSE_DB / FREQUENCIES_FILE)
    return render_index({rule_id: index_entry(r) for rule_id, r in rules.items()}, digest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=LICENSE_DB / INDEX_FILE)
    args = parser.parse_args(argv)
    text = build()
    args.out.write_text(text, "utf-8")
    print(f"{len(read_clause_rules(LICENSE_DB / CLAUSE_FOLDER))} rules -> {args.out}")
    if args.out == LICENSE_DB / INDEX_FILE:  # the shipped knowledge's parsed YAML, after it
        SHIPPED_BUNDLE.write_text(render_shipped(LICENSE_DB), "utf-8")
        print(f"knowledge bundle -> {SHIPPED_BUNDLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
