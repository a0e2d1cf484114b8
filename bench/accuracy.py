"""Accuracy of license identification and term extraction over the shared corpus.

    python bench/accuracy.py [--corpus ../shared/corpus/licenses] [--json out.json]

Compares each text's extracted terms with LABELS.yaml per field and per license, and (when
auditor/licenses/textmatch.py provides identify_text) which license each text is identified as.
Prints a table and texts/s; never run by the test suite.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.knowledge.license_db import load_license_db  # noqa: E402
from auditor.licenses.terms.extract import extract_terms  # noqa: E402 - after the path is set
from auditor.licenses.terms.labels import LABEL_FIELDS, check_against_label  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument("--repeat", type=int, default=3, help="timing rounds (best is kept)")
    args = parser.parse_args(argv)
    labels_path = args.corpus / "LABELS.yaml"
    if not labels_path.is_file():
        print(f"no LABELS.yaml in {args.corpus}", file=sys.stderr)
        return 2
    labels = {item["id"]: item for item in yaml.safe_load(labels_path.read_text("utf-8"))}
    texts = {
        name: (args.corpus / f"{name}.txt").read_text("utf-8")
        for name in sorted(labels)
        if (args.corpus / f"{name}.txt").is_file()
    }
    results = {"extraction": _extraction(texts, labels, args.repeat)}
    identification = _identification(texts, args.repeat)
    if identification is not None:
        results["identification"] = identification
    _print(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", "utf-8")
    return 0


def _extraction(texts: dict[str, str], labels: dict[str, Any], repeat: int) -> dict[str, Any]:
    best = float("inf")
    extracted = {}
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        extracted = {name: extract_terms(text, path=f"{name}.txt") for name, text in texts.items()}
        best = min(best, time.perf_counter() - start)
    per_field = {field: [0, 0] for field in LABEL_FIELDS}
    per_license: dict[str, list[dict[str, Any]]] = {}
    for name, terms in extracted.items():
        for check in check_against_label(terms, labels[name]):
            per_field[check.field][1] += 1
            if check.ok:
                per_field[check.field][0] += 1
            else:
                per_license.setdefault(name, []).append(
                    {"field": check.field, "expected": check.expected, "got": check.extracted}
                )
    right = sum(ok for ok, _ in per_field.values())
    total = sum(n for _, n in per_field.values())
    return {
        "texts": len(texts),
        "overall": right / total if total else 0.0,
        "per_field": {field: ok / n if n else 0.0 for field, (ok, n) in per_field.items()},
        "mismatches": per_license,
        "seconds": best,
        "texts_per_second": len(texts) / best if best else 0.0,
        "kib_per_second": sum(len(t) for t in texts.values()) / 1024 / best if best else 0.0,
    }


def _identification(texts: dict[str, str], repeat: int) -> dict[str, Any] | None:
    identify = _load_identify()
    if identify is None:
        return None
    expected = {
        corpus_id: record.id
        for record in load_license_db().records.values()
        for corpus_id in record.corpus_texts
    }
    best = float("inf")
    found: dict[str, str | None] = {}
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        found = {name: _identified_id(identify(text)) for name, text in texts.items()}
        best = min(best, time.perf_counter() - start)
    wrong = {
        name: {"expected": expected.get(name), "got": got}
        for name, got in found.items()
        if got != expected.get(name)
    }
    return {
        "accuracy": 1 - len(wrong) / len(texts) if texts else 0.0,
        "wrong": wrong,
        "texts_per_second": len(texts) / best if best else 0.0,
    }


def _load_identify() -> Callable[[str], object] | None:
    try:
        module = importlib.import_module("auditor.licenses.text.identify")
    except ImportError:
        return None
    identify = getattr(module, "identify_text", None)
    return identify if callable(identify) else None


def _identified_id(result: object) -> str | None:
    """The license id from what identify_text returns: a result holding `.match`, a match
    with `.id`, a list of either, or an id."""
    if isinstance(result, list | tuple):
        result = result[0] if result else None
    if result is None or isinstance(result, str):
        return result
    if hasattr(result, "match"):
        return _identified_id(result.match)
    value = getattr(result, "id", None)
    return value if isinstance(value, str) else None


def _print(results: dict[str, Any]) -> None:
    extraction = results["extraction"]
    print(f"Term extraction over {extraction['texts']} texts")
    print(f"{'field':40} accuracy")
    for field, rate in extraction["per_field"].items():
        print(f"{field:40} {rate:7.1%}")
    print(f"{'overall':40} {extraction['overall']:7.1%}")
    print()
    if extraction["mismatches"]:
        print("Mismatches per license")
        for name, problems in sorted(extraction["mismatches"].items()):
            for problem in problems:
                print(f"  {name:32} {problem['field']:36} want {problem['expected']!r}")
                print(f"  {'':32} {'':36} got  {problem['got']!r}")
        print()
    print(
        f"extraction: {extraction['texts_per_second']:.1f} texts/s "
        f"({extraction['kib_per_second']:.0f} KiB/s, {extraction['seconds']:.3f} s per pass)"
    )
    identification = results.get("identification")
    if identification is None:
        print("identification: skipped (auditor/licenses/textmatch.py has no identify_text yet)")
        return
    print(
        f"identification: {identification['accuracy']:.1%} right, "
        f"{identification['texts_per_second']:.1f} texts/s"
    )
    for name, wrong in sorted(identification["wrong"].items()):
        print(f"  {name:32} want {wrong['expected']!r} got {wrong['got']!r}")


if __name__ == "__main__":
    raise SystemExit(main())
