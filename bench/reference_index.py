"""The ScanCode reference index: size, load time, throughput, and whether each key is found.

    python bench/reference_index.py [LICENSES_DIR] [--corpus ../shared/corpus/licenses]
                                    [--out bench/results]

LICENSES_DIR is ScanCode's `licensedcode/data/licenses` (default: found as
scripts/build_reference_index.py finds it; set AUDITOR_SCANCODE_SITE to a development venv's
site-packages). Measures:
- the shipped license_db/reference_index.bin: bytes on disk, parse time, and the cold load
  (a fresh interpreter importing the module and loading the file);
- every ScanCode text through `identify_text`: named by its own key (`scancode` of the match),
  by a key whose text is the same after normalisation (counted apart: either is right), or
  wrong; and texts/s;
- canonical standard texts (the ScanCode text, and with a title and copyright line added)
  against their curated record: id and confidence 1.0;
- corpus texts with a changed preface (the non-exact path that asks the index): texts/s.
Writes results/reference_index-<date>.json and .md; never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_reference_index import find_license_folder  # noqa: E402 - after the path is set

from auditor.licenses.text.identify import identify_text  # noqa: E402
from auditor.licenses.text.reference_build import SourceText, read_license_folder  # noqa: E402
from auditor.licenses.text.reference_index import (  # noqa: E402
    INDEX_FILE,
    load_reference_index,
    parse_reference_index,
)

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"
STANDARD = {
    "mit": "MIT",
    "bsd-simplified": "BSD-2-Clause",
    "bsd-new": "BSD-3-Clause",
    "apache-2.0": "Apache-2.0",
    "gpl-2.0": "GPL-2.0-only",
    "gpl-3.0": "GPL-3.0-only",
    "lgpl-2.1": "LGPL-2.1-only",
    "lgpl-3.0": "LGPL-3.0-only",
    "agpl-3.0": "AGPL-3.0-only",
    "mpl-2.0": "MPL-2.0",
    "cc0-1.0": "CC0-1.0",
    "cc-by-4.0": "CC-BY-4.0",
    "cc-by-sa-4.0": "CC-BY-SA-4.0",
    "cc-by-nc-4.0": "CC-BY-NC-4.0",
    "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0",
    "cc-by-nd-4.0": "CC-BY-ND-4.0",
    "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "isc": "ISC",
    "unlicense": "Unlicense",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("licenses", type=Path, nargs="?", default=None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    folder = args.licenses or find_license_folder()
    if folder is None:
        print("no ScanCode license folder (pass it or set AUDITOR_SCANCODE_SITE)", file=sys.stderr)
        return 2
    texts = read_license_folder(folder)
    results: dict[str, Any] = {"index": _index_figures()}
    results["own_key"] = _own_key(texts)
    results["standard"] = _standard(texts)
    if args.corpus.is_dir():
        results["corpus_non_exact"] = _corpus_non_exact(args.corpus)
    _print(results)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"reference_index-{datetime.now(UTC):%Y-%m-%d}"
    stem.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    stem.with_suffix(".md").write_text(_markdown(results), "utf-8")
    print(f"wrote {stem}.json and .md")
    return 0


def _index_figures() -> dict[str, Any]:
    path = ROOT / "license_db" / INDEX_FILE
    data = path.read_bytes()
    parses = []
    for _ in range(5):
        start = time.perf_counter()
        index = parse_reference_index(data)
        parses.append(time.perf_counter() - start)
    code = (
        "import time; t = time.perf_counter(); "
        "from auditor.licenses.text.reference_index import load_reference_index as f; "
        "i = time.perf_counter(); f(); e = time.perf_counter(); "
        "print(i - t, e - i)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    colds = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        colds.append((float(out[0]), float(out[1])))
    return {
        "bytes": len(data),
        "keys": len(index.references),
        "sampled_hashes": len(index.hashes),
        "samples": len(index.sequence),
        "source": dict(index.source),
        "parse_seconds_best": min(parses),
        "cold_import_seconds_best": min(c[0] for c in colds),
        "cold_load_seconds_best": min(c[1] for c in colds),
    }


def _own_key(texts: list[SourceText]) -> dict[str, Any]:
    index = load_reference_index()
    with_text = [t for t in texts if (ref := index.get(t.key)) is not None and ref.words]
    start = time.perf_counter()
    found = {t.key: identify_text(t.text).match for t in with_text}
    seconds = time.perf_counter() - start
    own = equivalent = replaced = 0
    wrong = []
    for item in with_text:
        match = found[item.key]
        got = match.scancode if match is not None else None
        mine = index.get(item.key)
        assert mine is not None
        other = index.get(got) if got else None
        if got == item.key:
            own += 1
        elif other is not None and other.sha256 == mine.sha256:
            equivalent += 1
        elif got is not None and got in mine.replaced_by:
            replaced += 1
        else:
            wrong.append(
                {
                    "key": item.key,
                    "got": got,
                    "id": match.id if match else None,
                    "method": match.method if match else None,
                    "confidence": match.confidence if match else None,
                }
            )
    total = len(with_text)
    return {
        "texts": total,
        "without_text": len(texts) - total,
        "own_key": own,
        "equivalent_key": equivalent,
        "replacement_key": replaced,
        "wrong": wrong,
        "right_share": (own + equivalent + replaced) / total if total else 0.0,
        "own_share": own / total if total else 0.0,
        "texts_per_second": total / seconds if seconds else 0.0,
    }


def _standard(texts: list[SourceText]) -> list[dict[str, Any]]:
    by_key = {t.key: t for t in texts}
    rows = []
    for key, expected in STANDARD.items():
        item = by_key[key]
        name = item.meta.get("name", key)
        variants = {
            "as published": item.text,
            "titled, copyright": f"{name}\n\nCopyright (c) 2025 Example Org\n\n{item.text}\n",
        }
        for variant, text in variants.items():
            match = identify_text(text).match
            rows.append(
                {
                    "key": key,
                    "variant": variant,
                    "expected": expected,
                    "got": match.id if match else None,
                    "method": match.method if match else None,
                    "confidence": match.confidence if match else None,
                    "ok": bool(match and match.id == expected and match.confidence == 1.0),
                }
            )
    return rows


def _corpus_non_exact(corpus: Path) -> dict[str, Any]:
    texts = [p.read_text("utf-8") for p in sorted(corpus.glob("*.txt"))]
    changed = [f"Model weights license file, read it first.\n\n{t}" for t in texts]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in changed:
            identify_text(text)
        best = min(best, time.perf_counter() - start)
    return {"texts": len(changed), "texts_per_second": len(changed) / best if best else 0.0}


def _print(results: dict[str, Any]) -> None:
    print(_markdown(results))


def _markdown(results: dict[str, Any]) -> str:
    index, own = results["index"], results["own_key"]
    lines = [
        f"# Reference index ({datetime.now(UTC):%Y-%m-%d})",
        "",
        f"- source: {index['source'].get('name')} {index['source'].get('version')}",
        f"- file: {index['bytes']:,} bytes, {index['keys']} keys, "
        f"{index['sampled_hashes']:,} distinct sampled hashes, {index['samples']:,} samples",
        f"- parse: {index['parse_seconds_best'] * 1000:.0f} ms; cold load in a fresh "
        f"interpreter: import {index['cold_import_seconds_best'] * 1000:.0f} ms + load "
        f"{index['cold_load_seconds_best'] * 1000:.0f} ms",
        f"- every ScanCode text through identify_text ({own['texts']} with text, "
        f"{own['without_text']} without): own key {own['own_key']} ({own['own_share']:.2%}), "
        f"a key with the same normalised text {own['equivalent_key']}, its replacement key "
        f"{own['replacement_key']}, wrong {len(own['wrong'])}: right {own['right_share']:.2%}; "
        f"{own['texts_per_second']:.0f} texts/s",
    ]
    if "corpus_non_exact" in results:
        corpus = results["corpus_non_exact"]
        lines.append(
            f"- corpus texts with a changed preface (non-exact path, {corpus['texts']} texts): "
            f"{corpus['texts_per_second']:.0f} texts/s"
        )
    lines += ["", "| standard text | variant | expected | got | method | confidence |"]
    lines.append("|---|---|---|---|---|---|")
    for row in results["standard"]:
        mark = "" if row["ok"] else " **(not exact)**"
        lines.append(
            f"| {row['key']} | {row['variant']} | {row['expected']} | {row['got']}{mark} | "
            f"{row['method']} | {row['confidence']} |"
        )
    if own["wrong"]:
        lines += ["", "Wrong keys:", ""]
        lines += [
            f"- {w['key']}: {w['got']} ({w['method']}, {w['confidence']})" for w in own["wrong"]
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
