"""Identification + term extraction throughput over the corpus texts, in one process.

    python bench/texts.py                       # this checkout
    python bench/texts.py --pair /tmp/old       # paired against another checkout (a worktree)

With --pair, each round runs this checkout and the other one in fresh subprocesses,
alternating which goes first, so machine noise falls on both alike; the ratio of medians is
the figure to read. The other checkout may have either module layout the project has had
(`auditor.licenses.text.identify` / `auditor.licenses.terms.extract` since the architecture
change, `auditor.licenses.textmatch` / `auditor.licenses.clauses` before it).

Each run: load the index and knowledge base once (timed apart), then `--passes` passes over
the texts, identify then extract each; the best pass is reported in texts/s. Each pass starts
with the extraction's memory of recent texts emptied: a pass reads every text for the first
time.

With --variants, the texts are the adversarial variants `bench/measure/adversarial.py`
derives from the corpus (an inserted clause, a changed number, a new title and licensor):
edited copies, which take identification's slow path (scoring, differences, titles) where
the corpus texts are exact copies. They are written to a temporary folder at run time, so
the other checkout reads the same texts whatever code it has.

With --command, each round instead runs `python -m auditor identify --format json FILE...`
over the texts as a whole process in each checkout (start-up, knowledge load, identification
and terms, the JSON report), its CPU seconds, wall seconds and peak RSS from os.wait4, after
one untimed run per checkout (bytecode and the compiled-pattern store warm, as after a first
use). Each checkout gets its own analysis cache folder for the run (`AUDITOR_CACHE_DIR`).

With --edited N, the texts are N edited copies of the corpus texts (`bench/measure/edits.py`:
each copy a new holder, an added line naming its model, and a reordered or reworded sentence
or other whitespace): what a tool meets in model repositories, where no copy is byte for byte
another, so neither the exact-digest index nor a memory of texts read answers one by content.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"

_WORKER = r"""
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
try:
    from auditor.licenses.text.identify import identify_text
    from auditor.licenses.terms import extract as extracting
except ImportError:
    from auditor.licenses.textmatch import identify_text
    from auditor.licenses import clauses as extracting
extract_terms = extracting.extract_terms
# Texts already read are kept by the code (an audit reads one up to three times; a scan meets
# the same file again): each pass starts with those memories empty, so a pass measures texts
# read for the first time, whichever checkout runs.
memories = [getattr(extracting, name) for name in ("_detect_text", "_detect_short", "_detect_long")
            if hasattr(getattr(extracting, name, None), "cache_clear")]
try:  # the shared layout of recent texts (since the one split), emptied like the others
    from auditor.licenses.text import layout
    memories.append(layout._read_layout)
except ImportError:
    pass
folder, passes = Path(sys.argv[2]), int(sys.argv[3])
texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
started = time.process_time()
identify_text(texts[0]); extract_terms(texts[0])
load = time.process_time() - started
best_total = best_identify = best_extract = float("inf")
for _ in range(passes):
    for memory in memories:
        memory.cache_clear()
    ident = extract = 0.0
    for text in texts:
        t0 = time.process_time(); identify_text(text)
        t1 = time.process_time(); extract_terms(text)
        t2 = time.process_time()
        ident += t1 - t0; extract += t2 - t1
    best_total = min(best_total, ident + extract)
    best_identify = min(best_identify, ident); best_extract = min(best_extract, extract)
n = len(texts)
times = os.times()  # the whole process: start-up, loading and every pass
print(json.dumps({"texts": n, "load_s": load, "texts_per_s": n / best_total,
                  "identify_per_s": n / best_identify, "extract_per_s": n / best_extract,
                  "cpu_s": times.user + times.system}))
"""


def run_command(checkout: Path, folder: Path, cache: Path) -> dict[str, float]:
    """`auditor identify --format json` of every text in `folder`, as one fresh process of
    `checkout`: CPU and wall seconds, peak RSS (MiB), from os.wait4."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "", "AUDITOR_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "auditor", "identify", "--format", "json"]
    command += [str(p) for p in sorted(folder.glob("*.txt"))]
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=checkout, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status):
            errors.seek(0)
            sys.exit(f"{checkout}: identify failed: {errors.read().decode()[-500:]}")
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_mib": usage.ru_maxrss / 1024,
    }


def run_once(checkout: Path, folder: Path, passes: int) -> dict[str, float]:
    """One measurement of `checkout` in a fresh interpreter (bytecode cached beforehand)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": ""}
    out = subprocess.run(
        [sys.executable, "-c", _WORKER, str(checkout), str(folder), str(passes)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=checkout,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pair", type=Path, help="another checkout to run alternately")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--variants", action="store_true", help="time adversarial variants")
    parser.add_argument(
        "--command", action="store_true", help="time `auditor identify` as a whole process"
    )
    parser.add_argument(
        "--edited", type=int, default=0, help="time this many edited copies of the corpus texts"
    )
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    with tempfile.TemporaryDirectory() as scratch:
        if args.variants:
            args.corpus = write_variants(args.corpus, Path(scratch))
        elif args.edited:
            args.corpus = write_edited(args.corpus, args.edited, Path(scratch))
        measure_command(args) if args.command else measure(args)


def write_variants(corpus_folder: Path, scratch: Path) -> Path:
    """The adversarial variants of the corpus as <n>.txt files in `scratch`."""
    sys.path.insert(0, str(ROOT))
    from bench.measure.adversarial import generate_variants
    from bench.measure.corpus import load_corpus

    corpus = load_corpus(corpus_folder)
    if corpus is None:
        sys.exit(f"no LABELS.yaml in {corpus_folder}")
    for number, variant in enumerate(generate_variants(corpus)):
        (scratch / f"{number:05d}.txt").write_text(variant.text, "utf-8")
    return scratch


def write_edited(corpus_folder: Path, count: int, scratch: Path) -> Path:
    """`count` edited copies of the corpus texts in `scratch` (`bench/measure/edits.py`)."""
    sys.path.insert(0, str(ROOT))
    from bench.measure.edits import write_edited_copies

    write_edited_copies(sorted(corpus_folder.glob("*.txt")), count, scratch)
    return scratch


def measure_command(args: argparse.Namespace) -> None:
    """`auditor identify` of the texts as a whole process per checkout, alternated over
    `args.rounds` rounds after one untimed run each; print (and write) the figures."""
    checkouts = {"this": ROOT, **({"pair": args.pair} if args.pair else {})}
    rows: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as caches:
        for name, checkout in checkouts.items():
            run_command(checkout, args.corpus, Path(caches) / name)  # warm-up, not counted
        for round_no in range(args.rounds):
            order = list(checkouts.items())
            if round_no % 2:
                order.reverse()
            for name, checkout in order:
                figures = run_command(checkout, args.corpus, Path(caches) / name)
                rows[name].append(figures)
                print(
                    f"round {round_no + 1} {name:>4}: {figures['cpu_s']:.3f} CPU-s, "
                    f"{figures['wall_s']:.3f} s, {figures['peak_mib']:.1f} MiB"
                )
    summary: dict[str, object] = {
        "date": time.strftime("%Y-%m-%d"),
        "command": "python -m auditor identify --format json FILE...",
        "texts": len(list(args.corpus.glob("*.txt"))),
        "edited": args.edited,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    for name, measured in rows.items():
        summary[f"{name}_rounds"] = measured
        summary[name] = {
            key: {
                "min": min(f[key] for f in measured),
                "median": statistics.median(f[key] for f in measured),
                "max": max(f[key] for f in measured),
            }
            for key in ("cpu_s", "wall_s", "peak_mib")
        }
    if args.pair:
        paired = [p["cpu_s"] / t["cpu_s"] for t, p in zip(rows["this"], rows["pair"], strict=True)]
        summary["pair_checkout"] = str(args.pair)
        summary["cpu_ratio_pair_over_this"] = {
            "min": min(paired),
            "median": statistics.median(paired),
            "max": max(paired),
            "rounds": paired,
        }
        print(f"whole-process CPU pair / this per round: {', '.join(f'{r:.2f}' for r in paired)}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", "utf-8")


def measure(args: argparse.Namespace) -> None:
    """Alternate the checkouts over `args.rounds` rounds and print (and write) the figures."""
    rows: dict[str, list[dict[str, float]]] = {"this": [], "pair": []}
    load_before = os.getloadavg()
    for round_no in range(args.rounds):
        order = [("this", ROOT), ("pair", args.pair)] if args.pair else [("this", ROOT)]
        if round_no % 2:
            order.reverse()
        for name, checkout in order:
            figures = run_once(checkout, args.corpus, args.passes)
            rows[name].append(figures)
            print(
                f"round {round_no + 1} {name:>4}: {figures['texts_per_s']:7.1f} texts/s "
                f"(identify {figures['identify_per_s']:7.1f}, extract "
                f"{figures['extract_per_s']:7.1f}), load {figures['load_s']:.2f} s, "
                f"{figures['cpu_s']:.2f} CPU-s"
            )
    summary: dict[str, object] = {
        "date": time.strftime("%Y-%m-%d"),
        "passes": args.passes,
        "texts": "variants"
        if args.variants
        else f"edited {args.edited}"
        if args.edited
        else "corpus",
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    for name, measured in rows.items():
        if measured:
            summary[f"{name}_rounds"] = measured
            summary[name] = {
                key: {
                    "min": min(f[key] for f in measured),
                    "median": statistics.median(f[key] for f in measured),
                    "max": max(f[key] for f in measured),
                }
                for key in ("texts_per_s", "identify_per_s", "extract_per_s", "load_s", "cpu_s")
            }
    if rows["pair"]:
        ratio = statistics.median(f["texts_per_s"] for f in rows["this"]) / statistics.median(
            f["texts_per_s"] for f in rows["pair"]
        )
        summary["ratio_this_over_pair"] = ratio
        summary["pair_checkout"] = str(args.pair)
        identify_ratio = statistics.median(
            f["identify_per_s"] for f in rows["this"]
        ) / statistics.median(f["identify_per_s"] for f in rows["pair"])
        summary["identify_ratio_this_over_pair"] = identify_ratio
        paired = [
            this["texts_per_s"] / pair["texts_per_s"]
            for this, pair in zip(rows["this"], rows["pair"], strict=True)
        ]
        summary["paired_ratios"] = paired
        cpu_ratio = statistics.median(f["cpu_s"] for f in rows["pair"]) / statistics.median(
            f["cpu_s"] for f in rows["this"]
        )
        summary["cpu_ratio_pair_over_this"] = cpu_ratio
        print(
            f"this / pair (median texts/s): {ratio:.2f}x, identification {identify_ratio:.2f}x; "
            f"per round {', '.join(f'{r:.2f}' for r in paired)}; whole-process CPU "
            f"pair / this {cpu_ratio:.2f}x"
        )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
