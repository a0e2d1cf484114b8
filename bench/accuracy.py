"""Accuracy of license identification and term extraction, in-sample and out of sample.

    python bench/accuracy.py [--corpus ../shared/corpus/licenses] [--scancode DIR]
                             [--scancode-sample N] [--sections a,b,...] [--json out.json]

Every figure carries its label:
- in-sample: the corpus texts against the bundled index, which is built from exactly those
  texts (`scripts/build_fingerprints.py`): recall of memorised texts, not accuracy;
- leave-one-out: each corpus text against the index without its own reference (and without
  any normalisation-identical one), rebuilt in memory; `leave-record-out` also drops every
  other reference of its record;
- adversarial: derived licenses generated at run time from the corpus (added revenue and
  user caps, use-scope clauses, a changed MAU number, retitled copies), never stored;
- ScanCode: the texts of an installed ScanCode LicenseDB, by key, and our kind and commercial
  use against ScanCode's category;
- command: `auditor identify --format json` over the corpus texts, as users run it.

Writes bench/results/accuracy-<date>.json and .md (unless --no-write). Never run by the tests.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from measure.adversarial import run_adversarial  # noqa: E402
from measure.command import run_command  # noqa: E402
from measure.corpus import (  # noqa: E402
    OTHER,
    OUTCOMES,
    RIGHT,
    UNNAMED,
    Corpus,
    FieldTally,
    classify,
    describe,
    load_corpus,
)
from measure.leave_one_out import run_leave_one_out  # noqa: E402
from measure.memory import forget_texts  # noqa: E402
from measure.render import print_results, render_markdown  # noqa: E402
from measure.scancode import default_scancode, run_scancode  # noqa: E402

from auditor.licenses.terms.extract import extract_terms  # noqa: E402 - after the path is set
from auditor.licenses.text.identify import identify_text  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"
SECTIONS = ("in-sample", "leave-one-out", "adversarial", "scancode", "command")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--scancode",
        type=Path,
        default=default_scancode(),
        help="ScanCode licensedcode/data/licenses folder (default: an installed ScanCode, "
        "or the site folder in AUDITOR_SCANCODE_SITE; skipped if absent)",
    )
    parser.add_argument(
        "--scancode-sample",
        type=int,
        default=None,
        help="measure a random sample of this many ScanCode texts (default all)",
    )
    parser.add_argument(
        "--scancode-seconds",
        type=float,
        default=600.0,
        help="stop the ScanCode measurement after this many seconds",
    )
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"comma-separated subset of {', '.join(SECTIONS)}",
    )
    parser.add_argument("--repeat", type=int, default=3, help="in-sample timing rounds")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--no-write", action="store_true", help="do not write bench/results/")
    args = parser.parse_args(argv)
    sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown sections: {', '.join(unknown)}")
    corpus = load_corpus(args.corpus)
    if corpus is None:
        print(f"no LABELS.yaml in {args.corpus}", file=sys.stderr)
        return 2
    results: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "corpus": str(args.corpus),
        "texts": len(corpus.texts),
    }
    function_outcomes: dict[str, str] = {}
    if "in-sample" in sections:
        results["extraction"] = _extraction(corpus, args.repeat)
        results["identification"] = _identification(corpus, args.repeat)
        function_outcomes = {
            stem: row["outcome"] for stem, row in results["identification"]["per_text"].items()
        }
    if "leave-one-out" in sections:
        results["leave_one_out"] = run_leave_one_out(corpus)
        results["leave_record_out"] = run_leave_one_out(corpus, whole_record=True)
    if "adversarial" in sections:
        results["adversarial"] = run_adversarial(corpus)
    if "scancode" in sections:
        if args.scancode.is_dir():
            results["scancode"] = run_scancode(
                args.scancode,
                corpus.db,
                sample=args.scancode_sample,
                seconds=args.scancode_seconds,
            )
        else:
            results["scancode"] = {
                "label": "ScanCode",
                "skipped": f"no ScanCode license texts at {args.scancode} "
                "(pip install scancode-toolkit-mini 'pluggy==1.5.0', then pass --scancode)",
            }
    if "command" in sections:
        if not function_outcomes:
            function_outcomes = {
                stem: classify(identify_text(text).match, corpus.owners.get(stem))
                for stem, text in corpus.texts.items()
            }
        results["command"] = run_command(corpus, function_outcomes)
    print_results(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", "utf-8")
    if not args.no_write:
        args.out.mkdir(parents=True, exist_ok=True)
        stem = args.out / f"accuracy-{results['date']}"
        stem.with_suffix(".json").write_text(
            json.dumps(results, indent=1, default=str) + "\n", "utf-8"
        )
        stem.with_suffix(".md").write_text(render_markdown(results), "utf-8")
        print(f"\nwritten: {stem}.json, {stem}.md")
    return 0


def _extraction(corpus: Corpus, repeat: int) -> dict[str, Any]:
    """Terms of every corpus text against LABELS.yaml, and extraction throughput."""
    best = float("inf")
    extracted = {}
    for _ in range(max(repeat, 1)):
        forget_texts()  # each round reads every text for the first time
        start = time.perf_counter()
        extracted = {s: extract_terms(t, path=f"{s}.txt") for s, t in corpus.texts.items()}
        best = min(best, time.perf_counter() - start)
    tally = FieldTally.empty()
    for stem, terms in extracted.items():
        tally.add(stem, terms, corpus.labels[stem])
    size = sum(len(t) for t in corpus.texts.values())
    return {
        "label": "in-sample",
        "texts": len(corpus.texts),
        **tally.summary(),
        "seconds": best,
        "texts_per_second": len(corpus.texts) / best if best else 0.0,
        "kib_per_second": size / 1024 / best if best else 0.0,
    }


def _identification(corpus: Corpus, repeat: int) -> dict[str, Any]:
    """Every corpus text against the bundled index (which holds it): in-sample."""
    best = float("inf")
    found = {}
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        found = {s: identify_text(t, db=corpus.db).match for s, t in corpus.texts.items()}
        best = min(best, time.perf_counter() - start)
    per_text: dict[str, dict[str, Any]] = {
        stem: {
            "expected": corpus.owners.get(stem),
            "outcome": classify(match, corpus.owners.get(stem)),
            "got": describe(match),
        }
        for stem, match in found.items()
    }
    counts = {o: sum(r["outcome"] == o for r in per_text.values()) for o in OUTCOMES}
    n = len(per_text)
    return {
        "label": "in-sample",
        "texts": n,
        "named_right": counts[RIGHT],
        "named_as_another_license": counts[OTHER],
        "unnamed": counts[UNNAMED],
        "accuracy": counts[RIGHT] / n if n else 0.0,
        "wrong": {
            s: {"expected": r["expected"], "got": r["got"]["id"]}
            for s, r in per_text.items()
            if r["outcome"] != RIGHT
        },
        "per_text": per_text,
        "texts_per_second": n / best if best else 0.0,
    }


if __name__ == "__main__":
    raise SystemExit(main())
