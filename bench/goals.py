"""The performance goals table: each row measured against its reference in the same run.

Usage: python bench/goals.py [--quick] [--models 10000] [--texts 6400] [--out bench/results]

Runs the benchmarks that measure each row, every one in its own process with its `--json`
output, and writes `goals-<date>.json` and `.md`:

| row | measured by | reference in the same run |
|---|---|---|
| warm CI gate, 100 cached models | gate.py | `python -c pass`, paired round by round |
| the gate when 50 of 100 models fail | gate.py --failing 50 | the all-pass warm gate |
| cold 100-model pull, 50 ms a request | gate.py | the same requests made one after another |
| `check --locked`, warm | gate.py | the warm gate, paired |
| `check --locked --trust-commits`, warm | gate.py | the warm gate, paired |
| identify + extract in process | texts.py (corpus, best pass a round) | the goal (texts/s) |
| `scan` of N local folders | scan.py, `-f jsonl` (default jobs) | `-f json --jobs 1`, paired |
| `identify` of N texts, peak memory | scan.py --texts | the goal (MiB) |
| `identify` of 64 texts vs ScanCode | peers.py (when bench/.peers-venv has ScanCode) | ScanCode |

Figures are min / median / max over the rounds where the benchmark gives them. Absolute times
move with the machine's load (a shared VM: steal time); the ratios are what to compare across
runs. Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PEERS_VENV = BENCH / ".peers-venv"


def run_json(script: str, *args: str) -> dict[str, Any]:
    """Run `bench/<script> --json FILE ARGS` and return what it wrote."""
    with tempfile.TemporaryDirectory(prefix="goals-") as tmp:
        out = Path(tmp) / "out.json"
        command = [sys.executable, str(BENCH / script), "--json", str(out), *args]
        print("$", " ".join(command[1:3]), *args[:6], flush=True)
        done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
        if done.returncode != 0 or not out.is_file():
            return {"failed": f"{script} exited {done.returncode}"}
        result: dict[str, Any] = json.loads(out.read_text("utf-8"))
        return result


def _spread(row: dict[str, Any] | None, key: str = "median") -> str:
    if not row:
        return "not measured"
    return f"{row['min']} / {row['median']} / {row['max']}"


def rows(figures: dict[str, Any], args: argparse.Namespace) -> list[dict[str, str]]:
    """The goals table from the benchmarks' figures."""
    gate, texts = figures["gate"], figures["texts"]
    scan = {r["items"]: r for r in figures["scan"].get("runs", []) if "options" in r}
    identify = [r for r in figures["scan"].get("runs", []) if "options" not in r]
    table = []

    def add(row: str, today: str, goal: str, met: bool | None) -> None:
        state = "not measured" if met is None else ("met" if met else "not met")
        table.append({"row": row, "today": today, "goal": goal, "state": state})

    warm = gate.get("warm_over_python_pass_paired")
    add(
        "warm CI gate, 100 cached models, vs `python -c pass` (paired ratio)",
        f"{_spread(warm)}x ({gate.get('warm_median_s')} s)",
        "<= 5x",
        None if not warm else warm["median"] <= 5,
    )
    failing = gate.get("warm_failing_over_all_pass")
    add(
        "the gate with 50 of 100 models failing, vs all passing",
        f"{failing}x",
        "<= 1.2x",
        None if failing is None else failing <= 1.2,
    )
    cold = gate.get("cold_over_sequential")
    add(
        "cold 100-model pull at 50 ms a request, vs sequential requests",
        f"{cold}",
        "<= 1/8 (0.125)",
        None if cold is None else cold <= 0.125,
    )
    locked = gate.get("warm_locked_over_warm")
    add(
        "`check --locked`, warm, vs the warm gate (paired)",
        f"{_spread(locked)}x, {gate.get('warm_locked_requests_per_run')} Hub requests a run",
        "<= 1.2x",
        None if not locked else locked["median"] <= 1.2,
    )
    trusted = gate.get("warm_trusted_over_warm")
    add(
        "`check --locked --trust-commits` (pinned commits not asked again), vs the warm gate",
        f"{_spread(trusted)}x, {gate.get('warm_trusted_requests_per_run')} Hub requests a run",
        "<= 1.2x",
        None if not trusted else trusted["median"] <= 1.2,
    )
    this = texts.get("this", {}).get("texts_per_s")
    add(
        "identify + extract in process, corpus texts (texts/s)",
        _spread(_rounded(this)),
        ">= 500 texts/s",
        None if not this else this["median"] >= 500,
    )
    for items, row in sorted(scan.items()):
        rate, peak = row["per_second"]["new"], row["peak_mib_with_workers"]["new"]
        base_rate, base_peak = row["per_second"]["base"], row["peak_mib_with_workers"]["base"]
        add(
            f"`scan` of {items:,} local folders, `{row['options']['new']}` "
            f"(vs `{row['options']['base']}`)",
            f"{_spread(rate)} cards/s, peak {_spread(peak)} MiB with its workers (reference: "
            f"{base_rate['median']} cards/s, {base_peak['median']} MiB; "
            f"{row['speedup_median_of_pairs']}x)",
            ">= 2,000 cards/s on 2 cores, <= 150 MiB",
            rate["median"] >= 2000 and peak["max"] <= 150,
        )
    for row in identify:
        peak = row["peak_mib_with_workers"]["new"]  # sampled; ru_maxrss of a child is not its own
        add(
            f"`auditor identify` of {row['items']:,} texts, peak memory",
            f"{_spread(peak)} MiB ({row['per_second']['new']['median']} texts/s)",
            "<= 100 MiB",
            peak["max"] <= 100,
        )
    peers = figures.get("peers", {})
    tools = peers.get("tools", {}) if isinstance(peers, dict) else {}
    scancode, ours = tools.get("scancode", {}), tools.get("auditor", {})
    speedup = scancode.get("auditor_speedup")
    loads = f"load {ours.get('load_seconds', 0):.2f} s vs {scancode.get('load_seconds', 0):.1f} s"
    add(
        "`auditor identify` (identification + terms) vs ScanCode (detection only) on the corpus "
        "texts, per text after each tool's load, each text read for the first time",
        f"{speedup}x ({loads}; right {_right(ours)} vs {_right(scancode)} of "
        f"{ours.get('files')}, ours in sample)"
        if speedup
        else "not measured (no bench/.peers-venv; bench/peers.py)",
        ">= 50x",
        None if not speedup else speedup >= 50,
    )
    return table


def _right(tool: dict[str, Any]) -> object:
    accuracy = tool.get("accuracy")
    return accuracy.get("right") if isinstance(accuracy, dict) else None


def _rounded(row: dict[str, float] | None) -> dict[str, float] | None:
    return None if row is None else {k: round(v, 1) for k, v in row.items()}


def machine() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cores} cores, Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, load average {load:.1f} at start"
    )


def markdown(results: dict[str, Any]) -> str:
    lines = [
        f"# Performance goals, {results['date']}",
        "",
        f"Machine: {results['machine']}. Command: `python bench/goals.py {results['args']}`.",
        "Each figure min / median / max over the benchmark's rounds; ratios are paired with",
        "their reference in the same run.",
        "",
        "| figure | today | goal | |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {r['row']} | {r['today']} | {r['goal']} | {r['state']} |" for r in results["rows"]
    ]
    return "\n".join(lines) + "\n"


def rerender(path: Path) -> None:
    """Rebuild the table of a goals JSON file from its figures (after a change to `rows`)."""
    results = json.loads(path.read_text("utf-8"))
    results["rows"] = rows(results["figures"], argparse.Namespace())
    path.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    path.with_suffix(".md").write_text(markdown(results), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and models")
    parser.add_argument("--models", type=int, default=10000, help="folders for the scan row")
    parser.add_argument("--texts", type=int, default=6400, help="texts for the identify row")
    parser.add_argument("--out", type=Path, default=BENCH / "results")
    parser.add_argument("--rerender", type=Path, help="only rebuild this goals JSON's table")
    args = parser.parse_args()
    if args.rerender is not None:
        rerender(args.rerender)
        return
    rounds = "1" if args.quick else "3"
    models = str(min(args.models, 1000) if args.quick else args.models)
    texts = str(min(args.texts, 640) if args.quick else args.texts)
    started = datetime.now(UTC)
    results: dict[str, Any] = {
        "date": started.strftime("%Y-%m-%d"),
        "machine": machine(),
        "args": " ".join(sys.argv[1:]),
    }
    figures: dict[str, Any] = {
        "gate": run_json("gate.py", "--repeat", "3" if args.quick else "5", "--failing", "50"),
        "texts": run_json("texts.py", "--rounds", rounds),
        "scan": run_json(
            "scan.py",
            *("--models", models, "--texts", texts, "--rounds", rounds, "--base", str(ROOT)),
            *("--scan-new", "--format jsonl", "--scan-base", "--format json --jobs 1"),
        ),
    }
    if (PEERS_VENV / "bin" / "scancode").exists():
        figures["peers"] = run_json("peers.py", "--repeat", rounds)
    results["figures"] = figures
    results["rows"] = rows(figures, args)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"goals-{results['date']}"
    stem.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    stem.with_suffix(".md").write_text(markdown(results), "utf-8")
    print(markdown(results))


if __name__ == "__main__":
    main()
