"""Territorial clauses read from texts no one here tuned on: every text of an installed
ScanCode LicenseDB, and the shared corpus beside it (in-sample: the records were written
from it).

    python bench/territory.py [--scancode DIR] [--corpus ../shared/corpus/licenses] [--json out]

Prints each text in which a clause was read, with its shape (a licensee-domicile exclusion
or a territory of use), its scope and its first quote, so that each can be judged by reading
it; the counts are the figures to record.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure.scancode import default_scancode  # noqa: E402

from auditor.licenses.terms.extract import extract_terms  # noqa: E402


def _body(text: str) -> str:
    """A LicenseDB file without its YAML header."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        return text[end + 4 :] if end > 0 else text
    return text


def read_clauses(paths: list[Path]) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for path in paths:
        text = _body(path.read_text(encoding="utf-8", errors="replace"))
        if not text.strip():
            continue
        terms = extract_terms(text)
        domiciles = terms["excluded_licensee_domiciles"]
        territories = terms["excluded_use_territories"]
        if domiciles.value or territories.value:
            quotes = [e.text for e in (*domiciles.evidence, *territories.evidence)]
            found.append(
                {
                    "text": path.name,
                    "licensee_domiciles": domiciles.value,
                    "use_territories": territories.value,
                    "quote": quotes[0][:200] if quotes else "",
                }
            )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scancode", type=Path, default=default_scancode())
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/licenses")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    report: dict[str, object] = {}
    for label, folder, pattern in (
        ("out of sample: ScanCode LicenseDB", args.scancode, "*.LICENSE"),
        ("in-sample: shared corpus", args.corpus, "*.txt"),
    ):
        paths = sorted(folder.glob(pattern)) if folder.is_dir() else []
        if not paths:
            print(f"{label}: not found at {folder}, skipped")
            continue
        rows = read_clauses(paths)
        # the JSON keeps what was read, never the license's words
        kept = [{k: v for k, v in row.items() if k != "quote"} for row in rows]
        report[label] = {"texts": len(paths), "with_clauses": kept}
        print(f"{label}: {len(paths)} texts, {len(rows)} with a territorial clause")
        for row in rows:
            print(f"  {row['text']}: domicile {row['licensee_domiciles']}")
            print(f"    use {row['use_territories']}: {row['quote']}")
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
