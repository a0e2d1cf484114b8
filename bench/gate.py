"""CI-gate timings: `auditor check` on a 100-model manifest, cold through a slow Hub and warm.

Usage: python bench/gate.py [--models 100] [--latency 0.05] [--repeat 5] [--json out.json]

The fake Hub runs in a process of its own (bench/hub_process.py), so its handler threads do not
share the interpreter lock with the auditor measured. Cold: every model is pinned to a commit on
it, `--latency` seconds added to each request, with empty caches, each round three runs: the
pull in process (`audit_manifest`), the same requests replayed one after another on one
connection (the sequential reference, measured: not requests x latency), and the whole command
(`auditor check` with its defaults, interpreter start included) with empty caches; ratios pair
by pair. What the tool compiles from its own code is kept beside its bytecode, as the bytecode
is (fileio/beside_bytecode.py), so the cold command finds it; a fourth run per round, the first
run after an install, removes it first (`cold_first_run_*`).
Warm: the same manifest again as a subprocess (`auditor check`, interpreter start included),
every model answered from the analysis cache. Warm --locked: the same with auditor.lock beside
the manifest (one listing request a model, the cached analysis reused when it matches), in
rounds alternating with the plain warm gate and `python -c pass` (ratios pair by pair,
min/median/max); then `--locked --trust-commits` (no request) paired with the warm gate. The
--locked rounds run at no latency, and again at `--latency` (after the fast path's rounds).
These warm runs take the normal path (`AUDITOR_FAST_GATE=0`). Fast path: the same warm gate
answered from its stored replay (cli/fast_path.py), in rounds alternating with `python -c pass`;
and a miss (the entry deleted first: the run is watched and stores it again) paired with the
normal path. Medians over `--repeat` runs; nothing here runs in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.api import AuditOptions, audit_manifest, lock_manifest  # noqa: E402
from auditor.sources.hub import HubOptions  # noqa: E402
from bench.hub_process import HubProcess  # noqa: E402
from bench.measure.machine import Window  # noqa: E402
from tests.fakehub import FakeHub  # noqa: E402

Hub = FakeHub | HubProcess

LICENSES = ["apache-2.0", "mit", "llama3.1", "gemma", "cc-by-4.0"]


FAILING_CARD = (
    "---\nlicense: cc-by-nc-4.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n"
    "# a non-commercial fine-tune {i}\n"
)


def build(hub: Hub, folder: Path, count: int, failing: int = 0, name: str = "manifest") -> Path:
    lines = [
        "version: 1",
        "organization: {name: Bench, domicile: US}",
        "deployment: {mau: 10000, regions: [US], distribution: saas, use_cases: [chatbot]}",
        "models:",
    ]
    for i in range(count):
        card = f"---\nlicense: {LICENSES[i % len(LICENSES)]}\n---\n# model {i}\n"
        repo = f"bench/model-{i:03d}"
        if i < failing:  # fails under the SaaS deployment: alternatives are suggested
            card, repo = FAILING_CARD.format(i=i), f"bench/nc-model-{i:03d}"
        sha = hub.add_repo(repo, {"README.md": card, "LICENSE": f"terms {i}\n"})
        lines.append(f"  - {repo}@{sha}")
    manifest = folder / f"{name}.yaml"
    manifest.write_text("\n".join(lines) + "\n")
    return manifest


def cold(hub: Hub, manifest: Path, work: Path) -> tuple[float, int]:
    hub.clear_requests()
    options = AuditOptions(
        hub=HubOptions(endpoint=hub.url, cache_dir=work / "hf"), cache_dir=work / "analysis"
    )
    start = time.perf_counter()
    result = audit_manifest(manifest, options)
    elapsed = time.perf_counter() - start
    assert all(m.verdict != "error" for m in result.models), "a model failed"
    return elapsed, len(hub.requests)


def forget_compiled() -> None:
    """Remove what the tool keeps beside its bytecode (its patterns' programs, its classes'
    code: fileio/beside_bytecode.py), as a new install has none of it."""
    probe = "from auditor.fileio.beside_bytecode import bytecode_folder as f; print(f() or '')"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    folder = done.stdout.strip()
    if done.returncode != 0 or not folder:
        raise SystemExit(f"cannot find the bytecode folder: {done.stderr}")
    shutil.rmtree(Path(folder) / "patterns", ignore_errors=True)
    for stored in Path(folder).glob("dataclass-code.*.bin"):
        stored.unlink()


def cold_rounds(hub: HubProcess, manifest: Path, folder: Path, repeat: int) -> dict[str, object]:
    """Each round: the cold pull in process, its requests replayed one after another (the
    sequential reference), and the cold pull as a whole command; figures paired by round."""
    window = Window()
    colds, sequential, commands, requests, command_requests = [], [], [], 0, 0
    first_runs: list[float] = []
    for i in range(repeat):
        elapsed, requests = cold(hub, manifest, folder / f"cold-{i}")
        colds.append(elapsed)
        sequential.append(hub.replay(hub.requests_since(0)))
        before = hub.request_count()
        (folder / f"cold-command-{i}").mkdir()
        # as users run it: the default (fast path on), so a miss, watched and stored
        commands.append(warm(hub, manifest, folder / f"cold-command-{i}", fast=True))
        command_requests = hub.request_count() - before
        # the same as the first run after installing the tool: nothing kept beside its bytecode
        forget_compiled()
        (folder / f"first-run-{i}").mkdir()
        first_runs.append(warm(hub, manifest, folder / f"first-run-{i}", fast=True))
    return {
        "cold_median_s": round(statistics.median(colds), 3),
        "cold_s": _spread(colds, 3),
        "cold_requests": requests,
        "sequential_s": _spread(sequential, 3),
        "cold_over_sequential_measured": _spread(
            [c / s for c, s in zip(colds, sequential, strict=True)], 3
        ),
        # what the table used to show: every request x latency, computed, not measured
        "cold_over_sequential_computed": round(
            statistics.median(colds) / (requests * hub.latency), 3
        ),
        "cold_command_s": _spread(commands, 3),
        "cold_command_requests": command_requests,
        "cold_command_over_sequential_measured": _spread(
            [c / s for c, s in zip(commands, sequential, strict=True)], 3
        ),
        "cold_first_run_s": _spread(first_runs, 3),
        "cold_first_run_over_sequential_measured": _spread(
            [c / s for c, s in zip(first_runs, sequential, strict=True)], 3
        ),
        "cold_window": window.close().as_dict(),
    }


def locked_latency_rounds(
    hub: Hub, manifest: Path, work: Path, repeat: int, latency: float
) -> dict[str, object]:
    """`check --locked` with `latency` seconds a request, paired with the warm gate."""
    window = Window()
    hub.latency = latency
    before = len(hub.requests)
    pairs = [
        (warm(hub, manifest, work), warm(hub, manifest, work, locked=True)) for _ in range(repeat)
    ]
    requests = (len(hub.requests) - before) // repeat
    hub.latency = 0.0
    return {
        "warm_locked_latency_s": latency,
        "warm_locked_latency_median_s": round(statistics.median(w for _, w in pairs), 3),
        "warm_locked_latency_requests_per_run": requests,
        "warm_locked_latency_over_warm": _spread([w / p for p, w in pairs], 2),
        "locked_latency_window": window.close().as_dict(),
    }


def warm(
    hub: Hub,
    manifest: Path,
    work: Path,
    locked: bool = False,
    trust: bool = False,
    fast: bool = False,
) -> float:
    env = dict(os.environ, AUDITOR_CACHE_DIR=str(work / "analysis"), HF_HUB_CACHE=str(work / "hf"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool starts from cached bytecode
    env.pop("AUDITOR_FAST_GATE", None)
    if not fast:
        env["AUDITOR_FAST_GATE"] = "0"  # the normal path: neither replayed nor recorded
    command = [
        str(Path(sys.executable).parent / "auditor"),
        "check",
        str(manifest),
        "--endpoint",
        hub.url,
        "--format",
        "json",
        "--output",
        str(work / "out.json"),
        *(["--locked"] if locked else []),
        *(["--trust-commits"] if trust else []),
    ]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"warm run failed: {done.stderr}")
    return elapsed


def replays(work: Path) -> list[Path]:
    """The stored replay entries of the warm gate's analysis cache."""
    return sorted((work / "analysis" / "replay").glob("*/*.bin"))


def fast_rounds(
    hub: Hub, manifest: Path, work: Path, repeat: int
) -> tuple[list[tuple[float, float]], list[tuple[float, float]], int]:
    """(fast path, python -c pass) pairs, (normal path, miss) pairs, requests of the fast runs."""
    for entry in replays(work):
        entry.unlink()
    warm(hub, manifest, work, fast=True)  # a miss: stores the entry
    if len(replays(work)) != 1:
        raise SystemExit("the warm gate stored no replay entry")
    requests_before = len(hub.requests)
    fast = [(warm(hub, manifest, work, fast=True), _python_pass()) for _ in range(repeat)]
    requests = len(hub.requests) - requests_before
    misses = []
    for _ in range(repeat):
        for entry in replays(work):
            entry.unlink()
        misses.append((warm(hub, manifest, work), warm(hub, manifest, work, fast=True)))
    return fast, misses, requests


def _python_pass() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def lock(hub: Hub, manifest: Path, work: Path) -> None:
    """Write auditor.lock beside the manifest, as `auditor lock` does."""
    options = AuditOptions(
        hub=HubOptions(endpoint=hub.url, cache_dir=work / "hf"), cache_dir=work / "analysis"
    )
    lock_manifest(manifest, options, update=True)


def _spread(values: list[float], digits: int) -> dict[str, float]:
    return {
        "min": round(min(values), digits),
        "median": round(statistics.median(values), digits),
        "max": round(max(values), digits),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--failing", type=int, default=50, help="models of a second manifest that fail"
    )
    args = parser.parse_args()
    with HubProcess() as hub, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = build(hub, folder, args.models)
        hub.latency = args.latency
        cold_figures = cold_rounds(hub, manifest, folder, args.repeat)
        warm_dir = folder / "cold-0"
        requests_before = len(hub.requests)
        warms = [warm(hub, manifest, warm_dir) for _ in range(args.repeat)]
        warm_requests = len(hub.requests) - requests_before
        failing = build(hub, folder, args.models, args.failing, name="failing")
        hub.latency = 0.0
        cold(hub, failing, warm_dir)  # fills the caches for the failing manifest's models
        pairs = [(warm(hub, manifest, warm_dir), warm(hub, failing, warm_dir))]
        pairs += [(warm(hub, manifest, warm_dir), warm(hub, failing, warm_dir))
                  for _ in range(args.repeat - 1)]  # fmt: skip
        baseline = [_python_pass() for _ in range(args.repeat)]
        lock(hub, manifest, warm_dir)
        requests_before = len(hub.requests)
        locked = [
            (
                warm(hub, manifest, warm_dir),
                warm(hub, manifest, warm_dir, locked=True),
                _python_pass(),
            )
            for _ in range(args.repeat)
        ]
        locked_requests = (len(hub.requests) - requests_before) // args.repeat
        requests_before = len(hub.requests)
        trusted = [
            (warm(hub, manifest, warm_dir), warm(hub, manifest, warm_dir, locked=True, trust=True))
            for _ in range(args.repeat)
        ]
        trusted_requests = (len(hub.requests) - requests_before) // args.repeat
        fast, misses, fast_requests = fast_rounds(hub, manifest, warm_dir, args.repeat)
        locked_latency = locked_latency_rounds(hub, manifest, warm_dir, args.repeat, args.latency)
    figures = {
        "models": args.models,
        "latency_s": args.latency,
        **cold_figures,
        "warm_median_s": round(statistics.median(warms), 3),
        "warm_requests": warm_requests,
        "python_pass_median_s": round(statistics.median(baseline), 4),
        "warm_over_python_pass": round(statistics.median(warms) / statistics.median(baseline), 1),
        "failing_models": args.failing,
        "warm_failing_median_s": round(statistics.median(f for _, f in pairs), 3),
        "warm_failing_over_all_pass": round(
            statistics.median(f / p for p, f in pairs), 2
        ),  # paired runs, alternating
        "warm_failing_over_all_pass_spread": _spread([f / p for p, f in pairs], 2),
        # paired rounds (all-pass warm, --locked warm, python -c pass), alternating
        "warm_locked_median_s": round(statistics.median(w for _, w, _ in locked), 3),
        "warm_locked_requests_per_run": locked_requests,
        "warm_locked_over_warm": _spread([w / p for p, w, _ in locked], 2),
        # --locked --trust-commits (no listing requests), paired with the warm gate
        "warm_trusted_median_s": round(statistics.median(w for _, w in trusted), 3),
        "warm_trusted_requests_per_run": trusted_requests,
        "warm_trusted_over_warm": _spread([w / p for p, w in trusted], 2),
        "warm_over_python_pass_paired": _spread([p / b for p, _, b in locked], 1),
        "warm_locked_over_python_pass_paired": _spread([w / b for _, w, b in locked], 1),
        # the fast path: answered from the stored replay, paired with python -c pass
        "warm_fast_median_s": round(statistics.median(f for f, _ in fast), 4),
        "warm_fast_s": _spread([f for f, _ in fast], 4),
        "python_pass_paired_s": _spread([b for _, b in fast], 4),
        "warm_fast_requests": fast_requests,
        "warm_fast_over_python_pass_paired": _spread([f / b for f, b in fast], 1),
        # a miss (no entry: the run is watched and stores one), paired with the normal path
        "warm_miss_median_s": round(statistics.median(m for _, m in misses), 3),
        "warm_miss_over_warm": _spread([m / w for w, m in misses], 2),
        **locked_latency,
        "targets": {"cold_s": 3.0, "warm_s": 0.5, "warm_fast_over_python_pass": 5.0},
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
