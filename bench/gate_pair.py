"""Two checkouts' CI gates paired round by round: the warm gate and `check --locked`, or the cold
command, each checkout's run next to the other's, the order alternating, against one fake Hub.

Usage: python bench/gate_pair.py --trees old=/path/a new=/path/b [--rounds 8] [--latency 0.05]
                                 [--models 100] [--cold] [--json out.json]

Each tree is a checkout (`git archive <commit> | tar -x -C <dir>`), run as the installed
`auditor` command with PYTHONPATH=<tree>, so both use this environment's interpreter and
packages. On a shared or busy machine wall times swing from run to run; pairing and
alternating keeps the two checkouts under the same load, and the process tree's CPU seconds
(the command and its helper, from the children's rusage) are reported beside the walls, with
the load average of each round.

Warm (default): the manifest is analysed once per tree (its own analysis cache) and locked;
each round runs, per tree, the warm gate (`AUDITOR_FAST_GATE=0`, the normal path) then
`check --locked`, and reports both, their CPU and their ratio. Reports are compared between
the trees (the `generated_at` line aside): `same_output` per round.
Cold (`--cold`): each round runs, per tree, `auditor check` with empty caches (fast path on,
as users run it: a miss, watched and stored), then replays the requests it made one after
another on one connection (bench/hub_process.py), and reports command / replay.
Nothing here runs in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gate import build, lock  # noqa: E402
from bench.hub_process import HubProcess  # noqa: E402

AUDITOR = str(Path(sys.executable).parent / "auditor")
_STAMP = re.compile(rb'"generated_at": "[^"]*"')


def run(
    tree: Path, hub: HubProcess, manifest: Path, work: Path, *, locked: bool, fast: bool
) -> tuple[float, float, bytes]:
    """(wall s, CPU s of the process tree, report without its time stamp)."""
    env = dict(os.environ, AUDITOR_CACHE_DIR=str(work / "analysis"), HF_HUB_CACHE=str(work / "hf"))
    env["PYTHONPATH"] = str(tree)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool starts from cached bytecode
    env.pop("AUDITOR_FAST_GATE", None)
    if not fast:
        env["AUDITOR_FAST_GATE"] = "0"
    report = work / "out.json"
    command = [AUDITOR, "check", str(manifest), "--endpoint", hub.url, "--format", "json"]
    command += ["--output", str(report), *(["--locked"] if locked else [])]
    before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{tree}: {done.stderr.decode(errors='replace')[-2000:]}")
    return wall, _children_cpu() - before, _STAMP.sub(b"", report.read_bytes())


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def warm_rounds(
    trees: dict[str, Path], hub: HubProcess, manifest: Path, work: Path, rounds: int
) -> list[dict[str, object]]:
    works = {}
    for name, tree in trees.items():
        works[name] = work / name
        works[name].mkdir()
        run(tree, hub, manifest, works[name], locked=False, fast=False)  # analysed: cold
    lock(hub, manifest, work / "lock")
    for name, tree in trees.items():  # one untimed --locked run each
        run(tree, hub, manifest, works[name], locked=True, fast=False)
    found: list[dict[str, object]] = []
    for index in range(rounds):
        row: dict[str, object] = {"load": round(os.getloadavg()[0], 2)}
        warm_reports, locked_reports = set(), set()
        for name in _order(trees, index):
            warm, warm_cpu, warm_report = run(
                trees[name], hub, manifest, works[name], locked=False, fast=False
            )
            locked, locked_cpu, locked_report = run(
                trees[name], hub, manifest, works[name], locked=True, fast=False
            )
            warm_reports.add(warm_report)
            locked_reports.add(locked_report)
            row[name] = {
                "warm": round(warm, 3),
                "warm_cpu": round(warm_cpu, 3),
                "locked": round(locked, 3),
                "locked_cpu": round(locked_cpu, 3),
                "ratio": round(locked / warm, 3),
            }
        row["same_output"] = len(warm_reports) == 1 and len(locked_reports) == 1
        print(json.dumps(row), flush=True)
        found.append(row)
    return found


def cold_rounds(
    trees: dict[str, Path], hub: HubProcess, manifest: Path, work: Path, rounds: int
) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for index in range(rounds):
        row: dict[str, object] = {"load": round(os.getloadavg()[0], 2)}
        reports = set()
        for name in _order(trees, index):
            folder = work / f"cold-{name}-{index}"
            folder.mkdir()
            before = hub.request_count()
            wall, cpu, report = run(trees[name], hub, manifest, folder, locked=False, fast=True)
            asked = hub.requests_since(before)
            sequential = hub.replay(asked)
            reports.add(report)
            row[name] = {
                "wall": round(wall, 3),
                "cpu": round(cpu, 3),
                "sequential": round(sequential, 3),
                "ratio": round(wall / sequential, 3),
                "requests": len(asked),
            }
        row["same_output"] = len(reports) == 1
        print(json.dumps(row), flush=True)
        found.append(row)
    return found


def _order(trees: dict[str, Path], index: int) -> list[str]:
    names = list(trees)
    return names if index % 2 == 0 else names[::-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trees", nargs=2, required=True, metavar="NAME=DIR")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    trees = {name: Path(folder) for name, _, folder in (t.partition("=") for t in args.trees)}
    figures: dict[str, object] = {
        "trees": {name: str(folder) for name, folder in trees.items()},
        "latency_s": args.latency,
        "models": args.models,
        "load_start": os.getloadavg(),
    }
    work = Path(os.environ.get("TMPDIR", "/tmp")) / f"gate-pair-{os.getpid()}"
    work.mkdir()
    try:
        with HubProcess() as hub:
            manifest = build(hub, work, args.models)
            hub.latency = args.latency
            rounds = (cold_rounds if args.cold else warm_rounds)(
                trees, hub, manifest, work, args.rounds
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures["load_end"] = os.getloadavg()
    figures["rounds"] = rounds
    medians: dict[str, dict[str, float]] = {}
    for name in trees:
        rows = [row[name] for row in rounds]
        keys = [key for key, value in rows[0].items() if isinstance(value, int | float)]  # type: ignore[attr-defined]
        medians[name] = {key: round(statistics.median(r[key] for r in rows), 3) for key in keys}  # type: ignore[index]
    figures["median"] = medians
    print(json.dumps(medians, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
