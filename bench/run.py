"""Runs every benchmark once and writes a dated results file (JSON and a Markdown table).

Usage: python bench/run.py [--quick] [--out bench/results]

Each benchmark runs as its own process, so its peak memory (max RSS of the child) is measured
separately: identification and terms side by side with ScanCode and askalono (peers.py, which
installs the peers into bench/.peers-venv), term accuracy (accuracy.py), card scanning
(cards.py), lineage (lineage.py), the CI gate warm and cold (gate.py), and start-up
(`auditor --version` and `auditor check` on a one-model manifest against `python -c pass`).
Besides the in-process figures (peers.py times each tool after its load), the commands as users
run them: `auditor identify` and `scancode -l -n 1` as whole processes, start-up included, on
64 edited copies of the corpus texts (peer_commands.py), and the cold gate as a whole command
against its requests replayed one after another (gate.py). Every benchmark is recorded with
when it ran and the load average at its start and end; the machine (CPU model, cores, memory,
Python) heads the results. Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.measure.machine import Window, describe_machine, load_average, machine_facts  # noqa: E402

PYTHON = sys.executable
AUDITOR = str(Path(sys.executable).parent / "auditor")


def child(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS of that child (and its children) in MiB, and its stdout."""
    # RUSAGE_CHILDREN only keeps the largest child so far; GNU time measures this one alone.
    timed = ["/usr/bin/time", "-f", "%M", *command] if Path("/usr/bin/time").exists() else command
    start = time.perf_counter()
    done = subprocess.run(timed, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    rss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if timed is not command:
        rss_kib = int(done.stderr.strip().splitlines()[-1])
    return elapsed, rss_kib // 1024, done.stdout


def json_bench(script: str, extra: list[str]) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        window = Window()
        seconds, rss, _ = child([PYTHON, str(ROOT / "bench" / script), "--json", str(out), *extra])
        figures = json.loads(out.read_text())
    return {
        "seconds": round(seconds, 3),
        "peak_rss_mib": rss,
        "figures": figures,
        "window": window.close().as_dict(),
    }


ONE_MODEL_MANIFEST = """version: 1
organization: {{name: Bench, domicile: DE}}
deployment: {{mau: 1000, regions: [EU], distribution: saas, use_cases: [chatbot]}}
models:
  - ref: {model}
"""


def startup(repeat: int) -> dict[str, dict[str, float]]:
    """Median wall seconds and the largest peak RSS of each start-up command."""
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "one.yaml"
        model = ROOT / "examples" / "models" / "acme-embedder"
        manifest.write_text(ONE_MODEL_MANIFEST.format(model=model), "utf-8")
        one = ["check", str(manifest), "--format", "json", "--output", str(Path(tmp) / "r.json")]
        for name, command in {
            "python -c pass": [PYTHON, "-c", "pass"],
            "auditor --version": [AUDITOR, "--version"],
            "auditor check (one local model)": [AUDITOR, *one],
        }.items():
            child(command)  # untimed: writes the bytecode of every module it imports
            runs = [child(command) for _ in range(repeat)]
            rows[name] = {
                "median_s": round(statistics.median(r[0] for r in runs), 3),
                "peak_rss_mib": max(r[1] for r in runs),
            }
    return rows


def machine() -> str:
    """CPU model, cores, memory, Python and the load when the run started."""
    load = load_average()
    return f"{describe_machine(machine_facts())}, load average {load[:1]} at start"


def _tool_row(name: str, tool: dict[str, Any]) -> str:
    if "unavailable" in tool:
        return f"| {name} | unavailable: {tool['unavailable'][:120]} | | | | | |"
    accuracy = tool["accuracy"]
    speedup = tool.get("auditor_speedup")
    return (
        f"| {name} {tool['version']} | {tool['texts_per_second']} | {tool['ms_per_text']} | "
        f"{tool['load_seconds']} | {tool['peak_rss_mib']} | "
        f"{accuracy['right']}/{accuracy['of']} ({accuracy['knowable_right']}/"
        f"{accuracy['knowable']} of those it has a name for) | "
        f"{f'{speedup}x' if speedup else ''} |"
    )


def _command_rows(commands: dict[str, Any]) -> list[str]:
    lines = []
    for size in commands.get("sizes", []):
        ratio = size.get("scancode_over_auditor")
        for name, tool in size["tools"].items():
            if "unavailable" in tool:
                lines.append(f"| {size['texts']} | {name} | {tool['unavailable']} | | | |")
                continue
            wall, accuracy = tool["wall_s"], tool.get("accuracy") or {}
            lines.append(
                f"| {size['texts']} | {name} | {wall['min']} / {wall['median']} / {wall['max']} | "
                f"{tool['peak_mib']['max']} | {accuracy.get('right')}/{accuracy.get('of')} | "
                + (f"{ratio['median']}x |" if ratio and name == "auditor" else " |")
            )
    return lines


def markdown(results: dict[str, Any]) -> str:
    """The run as Markdown tables: peers, our figures, start-up."""
    peers, cards = results["peers"]["figures"], results["cards"]["figures"]
    accuracy, lineage = results["accuracy"]["figures"], results["lineage"]["figures"]
    gate = results["gate"]["figures"]
    commands = results.get("peer_commands", {}).get("figures", {})
    lines = [
        f"# Benchmark run {results['date']}",
        "",
        f"Machine: {results['machine']}. Command: "
        f"`python bench/run.py{' --quick' if results['quick'] else ''}`. Modules load from "
        "cached bytecode, as in an installed package.",
        "",
        f"## License identification + term extraction, {peers['texts']} corpus texts, "
        f"one process, one core (median of {peers['repeat']} rounds)",
        "",
        "| tool | texts/s | ms/text | load s | peak RSS MiB | named right | auditor is faster by |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [_tool_row(name, peers["tools"][name]) for name in ("auditor", "scancode", "askalono")]
    lines += [
        "",
        "ScanCode: license detection only; askalono: SPDX licenses only (a license without an "
        "SPDX id is right when it declines). The auditor also extracts every term.",
        "",
        "## The auditor's own figures",
        "",
        "| benchmark | result | wall s | peak RSS MiB |",
        "|---|---|---|---|",
        f"| accuracy (accuracy.py; full run: bench/results/accuracy-<date>.md) | in-sample: "
        f"{accuracy['extraction']['overall']:.1%} of labelled fields, identification "
        f"{accuracy['identification']['accuracy']:.0%}; leave-one-out: identification "
        f"{accuracy['leave_one_out']['named_right_share']:.0%}, "
        f"{accuracy['leave_one_out']['named_as_another_license']} named as another license | "
        f"{results['accuracy']['seconds']} | {results['accuracy']['peak_rss_mib']} |",
        f"| card scanning (cards.py): parse + identify + lineage, offline | "
        f"{cards['cards_per_second']} cards/s ({cards['ms_per_card']} ms/card, "
        f"{cards['cards']} cards) | {results['cards']['seconds']} | "
        f"{results['cards']['peak_rss_mib']} |",
        "| lineage (lineage.py: the pipeline on each card, offline) | "
        + "; ".join(
            f"{mode.replace('_', '-')}: effective license {lineage[mode]['effective_right']}/"
            f"{lineage[mode]['cards']}, mismatch precision "
            f"{lineage[mode]['mismatch_precision']:.0%}, recall "
            f"{lineage[mode]['mismatch_recall']:.0%}"
            for mode in ("in_sample", "leave_one_out")
        )
        + f" | {results['lineage']['seconds']} | {results['lineage']['peak_rss_mib']} |",
        f"| gate, {gate['models']} models (gate.py) | cold {gate['cold_median_s']} s in process, "
        f"{gate['cold_command_s']['median']} s as a command ({gate['cold_requests']} requests, "
        f"{gate['latency_s'] * 1000:.0f} ms each; the same requests one after another "
        f"{gate['sequential_s']['median']} s, measured); warm {gate['warm_median_s']} s "
        f"({gate['warm_requests']} requests) | "
        f"{results['gate']['seconds']} | {results['gate']['peak_rss_mib']} |",
        "",
        "## Whole commands, start-up included (peer_commands.py)",
        "",
        "| texts | tool | wall s, min / median / max | peak MiB | right | ScanCode / auditor |",
        "|---|---|---|---|---|---|",
        *_command_rows(commands),
        "",
        "## Load average (1 min) at the start and end of each benchmark",
        "",
        "| benchmark | started | load |",
        "|---|---|---|",
        *(
            f"| {name} | {bench['window']['started']} | {bench['window']['load_start'][:1]} -> "
            f"{bench['window']['load_end'][:1]} |"
            for name, bench in results.items()
            if isinstance(bench, dict) and "window" in bench
        ),
        "",
        "## Start-up",
        "",
        "| command | median s | peak RSS MiB |",
        "|---|---|---|",
    ]
    lines += [
        f"| `{name}` | {row['median_s']} | {row['peak_rss_mib']} |"
        for name, row in results["startup"].items()
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--peers-venv", type=Path, default=ROOT / "bench" / ".peers-venv")
    parser.add_argument("--scancode-pythonpath", help="see bench/peer_commands.py")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    # Measure what an installed tool does: modules load from cached bytecode (pip compiles it
    # at install time). Some environments set PYTHONDONTWRITEBYTECODE, which would charge
    # every start-up with compiling the sources; the bytecode goes to a folder of this run.
    bytecode = tempfile.TemporaryDirectory(prefix="auditor-bench-pyc-")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = bytecode.name
    results: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": machine(),
        "quick": args.quick,
        "peers": json_bench(
            "peers.py", ["--repeat", str(repeat + 2), "--peers-venv", str(args.peers_venv)]
        ),
        "accuracy": json_bench(
            "accuracy.py",
            ["--repeat", str(repeat), "--sections", "in-sample,leave-one-out", "--no-write"],
        ),
        "peer_commands": json_bench(
            "peer_commands.py",
            ["--texts", "64", "--rounds", str(repeat)]
            + (
                ["--scancode-pythonpath", args.scancode_pythonpath]
                if args.scancode_pythonpath
                else []
            ),
        ),
        "cards": json_bench("cards.py", ["--repeat", str(repeat + 2)]),
        "lineage": json_bench("lineage.py", []),
        # start-up first: its untimed runs also compile what the gate's warm runs import
        "startup": startup(repeat * 2 + 1),
        "gate": json_bench("gate.py", ["--repeat", str(repeat)]),
    }
    bytecode.cleanup()
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"run-{results['date']}"
    stem.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n")
    stem.with_suffix(".md").write_text(markdown(results))
    print(markdown(results))


if __name__ == "__main__":
    main()
