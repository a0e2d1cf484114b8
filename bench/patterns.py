"""How many corpus texts each clause rule of term extraction fires on.

    python bench/patterns.py [--corpus ../shared/corpus/licenses] [--json out.json] [--all]

A rule that matches a single document is a smell, not a rule: it may describe that document
rather than the language of licenses; a rule that matches none is written for wordings the
corpus lacks (its examples in license_db/clause_rules say which). Prints the rules firing on
exactly one text, the rules firing on none with their file and line (parts, searched inside
a larger reading, apart), and with --all every count, then a summary; never run by the test
suite. Chinese rules read the text folded to simplified characters, as their detectors do.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.licenses.terms.clause_rules import load_clause_rules  # noqa: E402 - path set
from auditor.licenses.terms.foreign_zh import fold  # noqa: E402
from auditor.licenses.terms.patterns import pattern_table  # noqa: E402
from auditor.licenses.terms.sentences import parse_document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, default=None, help="also write the counts here")
    parser.add_argument("--all", action="store_true", help="print every pattern's count")
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        print(f"no texts in {args.corpus}", file=sys.stderr)
        return 2
    sentences = {
        p.stem: [fold(s.text) for s in parse_document(p.read_text("utf-8")).sentences]
        for p in paths
    }
    counts: dict[str, list[str]] = {}
    for term, table in pattern_table().items():
        for name, pattern in table.items():
            counts[f"{term}/{name}"] = [
                doc for doc, texts in sentences.items() if any(map(pattern.search, texts))
            ]
    single = {name: docs for name, docs in counts.items() if len(docs) == 1}
    unused = [name for name, docs in counts.items() if not docs]
    if args.all:
        print(f"{'pattern':56} texts")
        for name, docs in counts.items():
            print(f"{name:56} {len(docs):5}")
        print()
    print(f"Patterns firing on exactly one of {len(paths)} corpus texts:")
    for name, docs in single.items():
        print(f"  {name:56} {docs[0]}")
    print()
    rules = load_clause_rules()
    print("Rules firing on no corpus text (written for wordings the corpus lacks):")
    for name in unused:
        rule = rules.get(name)
        where = f"{rule.file}:{rule.line}" if rule else "(Python)"
        part = " (part)" if rule is not None and rule.part else ""
        print(f"  {name:56} {where}{part}")
    print()
    print(
        f"{len(counts)} patterns: {len(single)} fire on one text only, {len(unused)} on none "
        f"(written for wordings the corpus lacks; each is tested on our own phrasing), "
        f"{len(counts) - len(single) - len(unused)} on two or more"
    )
    if args.json:
        payload = {name: len(docs) for name, docs in counts.items()}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
