"""Accuracy of lineage (effective license, mismatch) over the shared card corpus, offline.

    python bench/lineage.py [--cards ../shared/corpus/cards] [--json out.json]

Each card is parsed (front matter only), its declared license identified, and its lineage
resolved with the known-models registry alone (no network). The effective license, as a
Hugging Face license tag (the effective license's `hf` field; none -> `other`), and whether
a mismatch finding was raised are compared with LABELS.yaml (`effective_license_expected`,
`mismatch`). The card's own repo id comes from SOURCES.tsv (`hf_repo_id_if_known`), else
from the label's `hf_repo_id`: it is the card's identity, as the target is in a real audit.
Parents the card names only in its text (auditor.lineage.prose) are measured apart: a card
counts as flagged "with text" when lineage raised a mismatch or a warning-level
`lineage-parent-in-text-binding` finding was raised. Prints each disagreement and the totals;
never run by the test suite.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.knowledge.known_models import KnownModels, load_known_models  # noqa: E402
from auditor.knowledge.license_db import LicenseDB, load_license_db  # noqa: E402 - after the path is set
from auditor.licenses.declared import identify_declared  # noqa: E402
from auditor.lineage.prose import stated_parent_findings  # noqa: E402
from auditor.lineage.resolve import Lineage, resolve_lineage  # noqa: E402
from auditor.model import ModelResult, Severity, Verdict  # noqa: E402
from auditor.sources.card import declared_from_card, parse_card  # noqa: E402

DEFAULT_CARDS = ROOT.parent / "shared" / "corpus" / "cards"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cards", type=Path, default=DEFAULT_CARDS)
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)
    labels_path = args.cards / "LABELS.yaml"
    if not labels_path.is_file():
        print(f"no LABELS.yaml in {args.cards}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    results = evaluate(args.cards, load_license_db(), load_known_models())
    results["seconds"] = round(time.perf_counter() - start, 3)
    _print(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


def evaluate(cards: Path, db: LicenseDB, registry: KnownModels) -> dict[str, Any]:
    """Per-card predictions against the labels, and the totals."""
    labels = {item["slug"]: item for item in yaml.safe_load((cards / "LABELS.yaml").read_text())}
    repo_ids = _repo_ids(cards / "SOURCES.tsv")
    rows: list[dict[str, Any]] = []
    for path in sorted(cards.glob("*.md")):
        label = labels.get(path.stem)
        if label is None:
            continue
        repo_id = repo_ids.get(path.stem) or label.get("hf_repo_id") or path.stem
        text = path.read_text("utf-8")
        lineage = lineage_of_card(text, repo_id, db, registry)
        stated = text_findings(text, repo_id, db, registry)
        rows.append(
            {
                "slug": path.stem,
                "effective": effective_tag(lineage),
                "expected": label["effective_license_expected"],
                "mismatch": lineage.mismatch,
                "mismatch_with_text": lineage.mismatch
                or any(f.severity is Severity.WARN for f in stated),
                "expected_mismatch": bool(label["mismatch"]),
                "findings": [f"{f.rule}: {f.message}" for f in (*lineage.findings, *stated)],
            }
        )
    with_text = _totals([{**r, "mismatch": r["mismatch_with_text"]} for r in rows])
    return {
        "cards": len(rows),
        **_totals(rows),
        "with_text": {k: v for k, v in with_text.items() if k.startswith("mismatch")},
        "rows": rows,
    }


def text_findings(text: str, repo_id: str, db: LicenseDB, registry: KnownModels) -> list[Any]:
    """Parents stated only in the card's prose, as the audit reports them."""
    card = parse_card(text)
    declared = declared_from_card(card)
    if declared.base_models:
        return []
    own = identify_declared(declared, db)
    return stated_parent_findings(
        card, card_file="README.md", repo_id=repo_id, own=own, db=db, registry=registry
    )


def lineage_of_card(text: str, repo_id: str, db: LicenseDB, registry: KnownModels) -> Lineage:
    """Offline lineage of one card: declared license and parents, registry only."""
    declared = declared_from_card(parse_card(text))
    match = identify_declared(declared, db)
    model = ModelResult(
        ref=repo_id,
        source=None,
        declared=declared,
        license=match,
        effective_license=match,
        license_files=(),
        findings=(),
        verdict=Verdict.PASS,
    )
    return resolve_lineage(model, db=db, registry=registry, fetch=None)


def effective_tag(lineage: Lineage) -> str:
    """The effective license as a Hub license tag; `other` for a license without one."""
    match = lineage.effective_license
    return match.hf if match is not None and match.hf else "other"


def _repo_ids(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["slug"]: row["hf_repo_id_if_known"]
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("hf_repo_id_if_known")
        }


def _totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    right = sum(r["effective"] == r["expected"] for r in rows)
    tp = sum(r["mismatch"] and r["expected_mismatch"] for r in rows)
    fp = sum(r["mismatch"] and not r["expected_mismatch"] for r in rows)
    fn = sum(not r["mismatch"] and r["expected_mismatch"] for r in rows)
    agree = sum(r["mismatch"] == r["expected_mismatch"] for r in rows)
    return {
        "effective_accuracy": right / len(rows) if rows else 0.0,
        "effective_right": right,
        "mismatch_accuracy": agree / len(rows) if rows else 0.0,
        "mismatch_precision": tp / (tp + fp) if tp + fp else 1.0,
        "mismatch_recall": tp / (tp + fn) if tp + fn else 1.0,
        "mismatch_tp": tp,
        "mismatch_fp": fp,
        "mismatch_fn": fn,
    }


def _print(results: dict[str, Any]) -> None:
    for row in results["rows"]:
        problems = []
        if row["effective"] != row["expected"]:
            problems.append(f"effective {row['effective']} (expected {row['expected']})")
        if row["mismatch"] != row["expected_mismatch"]:
            problems.append(f"mismatch {row['mismatch']} (expected {row['expected_mismatch']})")
        if problems:
            print(f"{row['slug']}: " + "; ".join(problems))
    n = results["cards"]
    print(
        f"\n{n} cards in {results['seconds']}s\n"
        f"effective license: {results['effective_right']}/{n} = "
        f"{results['effective_accuracy']:.1%}\n"
        f"mismatch: accuracy {results['mismatch_accuracy']:.1%}, precision "
        f"{results['mismatch_precision']:.1%}, recall {results['mismatch_recall']:.1%} "
        f"(tp {results['mismatch_tp']}, fp {results['mismatch_fp']}, fn {results['mismatch_fn']})"
    )
    text = results["with_text"]
    print(
        f"with parents stated in the text: precision {text['mismatch_precision']:.1%}, recall "
        f"{text['mismatch_recall']:.1%} (tp {text['mismatch_tp']}, fp {text['mismatch_fp']}, "
        f"fn {text['mismatch_fn']})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
