"""Start-up costs: `python -X importtime` totals per command, and the warm gate against Python.

Usage: python bench/startup.py [--models 100] [--rounds 7] [--json out.json] [--md out.md]

For each command (`--version`, `check` on a warm 100-model manifest, `identify` on license
texts, `scan` of one cached pinned model) the script runs the installed `auditor` once with
`-X importtime` and sums the top-level cumulative import times, and lists which heavy
third-party packages were imported. Then the warm gate and `python -c pass` run in turn, in
fresh processes (A B A B ...), and the ratio is taken pair by pair: the figure reported is the
median of those ratios with min and max. Nothing here runs in the test suite.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from gate import build, cold  # noqa: E402

from tests.fakehub import FakeHub  # noqa: E402

HEAVY = ("pydantic", "huggingface_hub", "jsonschema", "rapidfuzz", "jinja2", "rich", "yaml")
CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"  # as bench/texts.py reads it
TEXTS = sorted(p for p in CORPUS.rglob("*") if p.is_file())[:64]


def importtime(command: list[str], env: dict[str, str]) -> dict[str, object]:
    """Sum of the top-level cumulative import times (ms) and the heavy packages imported."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "auditor", *command],
        env=env,
        capture_output=True,
        text=True,
    )
    total_us, modules = 0, set()
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|")
        modules.add(name.strip())
        if not name.startswith("  "):  # a top-level import: its cumulative time counts once
            total_us += int(cumulative)
    return {
        "exit_code": done.returncode,
        "imports_ms": round(total_us / 1000, 1),
        "heavy_imported": sorted(h for h in HEAVY if h in modules),
    }


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--md", type=Path)
    args = parser.parse_args()
    auditor = str(Path(sys.executable).parent / "auditor")
    with FakeHub() as hub, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = build(hub, folder, args.models)
        cold(hub, manifest, folder / "w")
        env = dict(
            os.environ,
            AUDITOR_CACHE_DIR=str(folder / "w" / "analysis"),
            HF_HUB_CACHE=str(folder / "w" / "hf"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool starts from cached bytecode
        first = manifest.read_text().splitlines()[4].strip()[2:]
        out = ["--format", "json", "--output", str(folder / "out.json")]
        commands = {
            "--version": ["--version"],
            "check (warm)": ["check", str(manifest), "--endpoint", hub.url, *out],
            "identify (64 texts)": ["identify", *map(str, TEXTS), *out],
            "scan (warm, 1 model)": ["scan", first, "--endpoint", hub.url, *out],
        }
        before = len(hub.requests)
        imports = {name: importtime(command, env) for name, command in commands.items()}
        gate = [auditor, *commands["check (warm)"]]
        pairs = [
            (timed(gate, env), timed([sys.executable, "-c", "pass"], env))
            for _ in range(args.rounds)
        ]
        requests = len(hub.requests) - before
    ratios = [a / b for a, b in pairs]
    figures = {
        "models": args.models,
        "rounds": args.rounds,
        "imports": imports,
        "warm_gate_s": _spread([a for a, _ in pairs], 3),
        "python_pass_s": _spread([b for _, b in pairs], 4),
        "warm_gate_over_python_pass": _spread(ratios, 1),
        "hub_requests_of_warm_runs": requests,
        "target_ratio": 5.0,
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    if args.md:
        args.md.write_text(_markdown(figures))


def _spread(values: list[float], digits: int) -> dict[str, float]:
    return {
        "min": round(min(values), digits),
        "median": round(statistics.median(values), digits),
        "max": round(max(values), digits),
    }


def _markdown(figures: dict[str, object]) -> str:
    imports = figures["imports"]
    assert isinstance(imports, dict)
    lines = [
        "# Start-up (bench/startup.py)",
        "",
        "| command | imports (ms, -X importtime) | heavy packages imported |",
        "|---|---|---|",
    ]
    for name, row in imports.items():
        lines.append(f"| `{name}` | {row['imports_ms']} | {', '.join(row['heavy_imported'])} |")
    ratio = figures["warm_gate_over_python_pass"]
    assert isinstance(ratio, dict)
    lines += [
        "",
        f"Warm gate / `python -c pass`, paired over {figures['rounds']} rounds: "
        f"median {ratio['median']}x (min {ratio['min']}, max {ratio['max']}); "
        f"gate {figures['warm_gate_s']}, python {figures['python_pass_s']} (seconds); "
        f"Hub requests during warm runs: {figures['hub_requests_of_warm_runs']}.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
