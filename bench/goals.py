"""The performance goals table: each row measured against its reference in the same run.

Usage: python bench/goals.py [--quick] [--models 10000] [--texts 6400] [--census FILE]
                             [--scancode-pythonpath DIR] [--out bench/results]

Runs the benchmarks that measure each row, every one in its own process with its `--json`
output, and writes `goals-<date>.json` and `.md` (`goals-<date>-quick.*` with `--quick`):

| row | measured by | reference in the same run |
|---|---|---|
| warm CI gate, 100 cached models: fast path, normal path | gate.py | `python -c pass`, paired |
| the gate when 50 of 100 models fail | gate.py --failing 50 | the all-pass warm gate, paired |
| cold 100-model pull, 50 ms a request: in process, command | gate.py | its requests in sequence |
| `check --locked`, warm, at 0 and at 50 ms a request | gate.py | the warm gate, paired |
| `check --locked --trust-commits`, warm | gate.py | the warm gate, paired |
| identify + extract in process: the 45 corpus texts, N edited copies | texts.py | the goal |
| `scan` of N local folders | scan.py, `-f jsonl` | `-f json --jobs 1`, paired |
| `auditor identify` of N edited copies, of the 45 texts | scan.py --texts, --verbatim | the goal |
| `auditor identify` vs ScanCode, whole processes, 64 and 640 | peer_commands.py | ScanCode |
| census, models per CPU-second | bench/census.py's JSON (`--census`) | the goal |

Edited copies (bench/measure/edits.py) differ from their corpus text and from each other, so
neither the exact-digest index nor a memory of texts read answers them. Every row carries
min / median / max over its rounds, when it ran, and the load average at its start and end;
the machine (CPU, cores, memory, Python) heads the file. Absolute times move with the load on
a shared VM; the paired ratios are what to compare across runs. Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))

from bench.measure.goal_rows import rows  # noqa: E402
from bench.measure.machine import Window, describe_machine, machine_facts  # noqa: E402

QUICK_LABEL = (
    "quick run: fewer rounds, models and texts, on a machine shared with other work (loaded); "
    "it checks that every row runs, its figures are not the ones to quote"
)


def run_json(script: str, *args: str) -> dict[str, Any]:
    """Run `bench/<script> --json FILE ARGS` and return what it wrote, with its `window`."""
    with tempfile.TemporaryDirectory(prefix="goals-") as tmp:
        out = Path(tmp) / "out.json"
        command = [sys.executable, str(BENCH / script), "--json", str(out), *args]
        print("$", " ".join(command[1:3]), *args, flush=True)
        window = Window()
        done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
        window.close()
        if done.returncode != 0 or not out.is_file():
            return {"failed": f"{script} exited {done.returncode}", "window": window.as_dict()}
        result: dict[str, Any] = json.loads(out.read_text("utf-8"))
        result.setdefault("window", window.as_dict())
        return result


def _load(window: dict[str, Any] | None) -> str:
    if not window:
        return ""
    start, end = window.get("load_start") or ["?"], window.get("load_end") or ["?"]
    return f"{start[0]} -> {end[0]}"


def markdown(results: dict[str, Any]) -> str:
    quick = results.get("quick")
    lines = [
        f"# Performance goals, {results['date']}{' (QUICK run)' if quick else ''}",
        "",
        f"Machine: {results['machine']}. Command: `python bench/goals.py {results['args']}`.",
        f"Load average (1 min) {_load(results.get('window'))} over the run.",
        "Each figure min / median / max over the benchmark's rounds; ratios are paired with",
        "their reference in the same run; the state compares the median with the goal",
        "(the max for peak memory).",
    ]
    if quick:
        lines += [
            "",
            "**Quick run**: one round (three for the gate), fewer models and texts, on a loaded",
            "machine shared with other work: it checks that every row runs; its figures are not",
            "the ones to quote.",
        ]
    lines += [
        "",
        "| figure | min / median / max | reference | goal | | load (1 min) start -> end | at |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in results["rows"]:
        window = row.get("window") or {}
        lines.append(
            f"| {row['row']} | {row['today']} | {row['reference']} | {row['goal']} | "
            f"{row['state']} | {_load(window)} | {window.get('started', '')} |"
        )
    return "\n".join(lines) + "\n"


def rerender(path: Path, census: Path | None, select: str) -> None:
    """Rebuild the table of a goals JSON file from its figures (after a change to `rows`)."""
    results = json.loads(path.read_text("utf-8"))
    results["rows"] = rows(results["figures"], census, select)
    path.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    path.with_suffix(".md").write_text(markdown(results), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, models and texts")
    parser.add_argument("--models", type=int, default=10000, help="folders for the scan row")
    parser.add_argument("--texts", type=int, default=6400, help="edited texts for identify")
    parser.add_argument("--census", type=Path, help="a bench/census.py results JSON")
    parser.add_argument("--census-select", default="", help="its runs whose name has this")
    parser.add_argument("--scancode-pythonpath", help="see bench/peer_commands.py")
    parser.add_argument("--out", type=Path, default=BENCH / "results")
    parser.add_argument("--rerender", type=Path, help="only rebuild this goals JSON's table")
    args = parser.parse_args()
    if args.rerender is not None:
        rerender(args.rerender, args.census, args.census_select)
        return
    rounds = "1" if args.quick else "3"
    models = str(min(args.models, 1000) if args.quick else args.models)
    texts = str(min(args.texts, 640) if args.quick else args.texts)
    window = Window()
    facts = machine_facts()
    results: dict[str, Any] = {
        "date": window.started.strftime("%Y-%m-%d"),
        "quick": args.quick,
        "machine": describe_machine(facts),
        "machine_facts": facts,
        "args": " ".join(sys.argv[1:]),
    }
    if args.quick:
        results["label"] = QUICK_LABEL
    scan = ("--base", str(ROOT), "--rounds", rounds)
    peers = ["--rounds", rounds, "--texts", *(["64"] if args.quick else ["64", "640"])]
    if args.scancode_pythonpath:
        peers += ["--scancode-pythonpath", args.scancode_pythonpath]
    figures: dict[str, Any] = {
        "gate": run_json("gate.py", "--repeat", "3" if args.quick else "5", "--failing", "50"),
        "texts": run_json("texts.py", "--rounds", rounds),
        "texts_edited": run_json(
            "texts.py", "--rounds", rounds, "--edited", texts, "--passes", "1"
        ),
        "scan": run_json(
            "scan.py",
            *("--models", models, *scan),
            *("--scan-new", "--format jsonl", "--scan-base", "--format json --jobs 1"),
        ),
        "identify": run_json("scan.py", "--models", "0", "--texts", texts, *scan),
        "verbatim": run_json("scan.py", "--models", "0", "--verbatim", *scan),
        "peers": run_json("peer_commands.py", *peers),
    }
    figures["texts_edited"]["copies"] = int(texts)
    results["figures"] = figures
    results["window"] = window.close().as_dict()
    results["rows"] = rows(figures, args.census, args.census_select)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"goals-{results['date']}{'-quick' if args.quick else ''}"
    stem.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    stem.with_suffix(".md").write_text(markdown(results), "utf-8")
    print(markdown(results))


if __name__ == "__main__":
    main()
