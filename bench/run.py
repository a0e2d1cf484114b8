"""Runs every benchmark once and writes a dated results file (JSON and a Markdown table).

Usage: python bench/run.py [--quick] [--out bench/results]

Each benchmark runs as its own process, so its peak memory (max RSS of the child) is measured
separately: license identification and terms (accuracy.py), lineage (lineage.py), the CI gate
warm and cold (gate.py), and start-up (`auditor --version` and a one-model check against
`python -c pass`). Never run by the test suite. Peers (ScanCode, askalono) are not compared yet.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
AUDITOR = str(Path(sys.executable).parent / "auditor")


def child(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS of that child in MiB, and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    # ru_maxrss of children is the largest child so far: report it when this one raised it.
    return elapsed, max(after, before) // 1024, done.stdout


def json_bench(script: str, extra: list[str]) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        seconds, rss, _ = child([PYTHON, str(ROOT / "bench" / script), "--json", str(out), *extra])
        figures = json.loads(out.read_text())
    return {"seconds": round(seconds, 3), "peak_rss_mib": rss, "figures": figures}


def startup(repeat: int) -> dict[str, object]:
    manifest = ROOT / "examples" / "manifest.yaml"
    one = ["check", str(manifest), "--format", "json", "--output", "/dev/null"]
    rows: dict[str, object] = {}
    for name, command in {
        "python -c pass": [PYTHON, "-c", "pass"],
        "auditor --version": [AUDITOR, "--version"],
        "auditor check (example manifest, 3 local models)": [AUDITOR, *one],
    }.items():
        times = [child(command)[0] for _ in range(repeat)]
        rows[name] = round(statistics.median(times), 3)
    return rows


def markdown(results: dict[str, object]) -> str:
    lines = [f"# Benchmark run {results['date']}", "", f"Machine: {results['machine']}", ""]
    lines += ["| benchmark | figures | wall s | peak RSS MiB |", "|---|---|---|---|"]
    for name in ("accuracy", "lineage", "gate"):
        entry = results[name]
        assert isinstance(entry, dict)
        figures = json.dumps(entry["figures"], sort_keys=True)
        if len(figures) > 300:
            figures = figures[:297] + "..."
        lines.append(f"| {name} | `{figures}` | {entry['seconds']} | {entry['peak_rss_mib']} |")
    lines += ["", "| start-up | median s |", "|---|---|"]
    startup_rows = results["startup"]
    assert isinstance(startup_rows, dict)
    lines += [f"| {name} | {value} |" for name, value in startup_rows.items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    results: dict[str, object] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
        f"Python {platform.python_version()}, {platform.system()}",
        "accuracy": json_bench("accuracy.py", []),
        "lineage": json_bench("lineage.py", []),
        "gate": json_bench("gate.py", ["--repeat", str(repeat)]),
        "startup": startup(repeat * 2 + 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"run-{results['date']}"
    stem.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n")
    stem.with_suffix(".md").write_text(markdown(results))
    print(markdown(results))


if __name__ == "__main__":
    main()
