"""`auditor scan` of many local model folders, and `auditor identify` of many texts, as whole
processes, paired against another checkout.

    python bench/scan.py [--models 1000] [--texts 6400] [--verbatim] [--rounds 3]
                         [--base /tmp/scan-base] [--json out.json] [--md out.md]

Folders are built at run time in a temporary directory from the shared corpus: each gets a
corpus card as README.md, made its own by a line naming the folder (cards on the Hub differ
from model to model; the tool keeps recent texts, so repeated cards would measure that
memory), and every other folder a corpus license text, verbatim, as LICENSE (license files
are verbatim copies in practice). `--texts N`: `auditor identify` of N edited copies of the
corpus license texts (`bench/measure/edits.py`: a new holder, an added line naming the model,
a reordered or reworded sentence or other whitespace; every copy its own text, so neither the
exact-digest index nor a memory of texts read answers one); `--verbatim`: also the corpus
texts themselves, once each, as a row of their own. The command runs as
`python -m auditor` in a fresh process, once with this checkout's code and once with
`--base`'s (put first on PYTHONPATH), alternating A B A B for `--rounds` rounds (when `--base`
is this checkout and both sides run the same command line, the one side alone). Each run's
wall time and peak RSS come from os.wait4 on that child alone. Figures: cards/s (or texts/s)
and peak MiB as min/median/max per side, and the median of the per-round ratios. Outputs of
the two sides are compared byte for byte (the time stamp aside). Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.measure.machine import describe_machine, machine_facts  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def build_models(where: Path, count: int) -> list[str]:
    """`count` model folders from the corpus cards and licenses; returns their paths."""
    cards = sorted((CORPUS / "cards").glob("*.md"))
    licenses = sorted((CORPUS / "licenses").glob("*.txt"))
    folders = []
    for i in range(count):
        folder = where / f"model-{i:05d}"
        folder.mkdir()
        card = cards[i % len(cards)]
        # every card its own text (as on the Hub), license files verbatim copies (as they are)
        own = f"\n\nModel {i:05d} of this benchmark, trained in batch {i % 97}.\n"
        (folder / "README.md").write_bytes(card.read_bytes() + own.encode())
        if i % 2 == 0:
            text = licenses[(i // 2) % len(licenses)]
            (folder / "LICENSE").write_bytes(text.read_bytes())
        folders.append(str(folder))
    return folders


def build_texts(where: Path, count: int) -> list[str]:
    """`count` license files: edited copies of the corpus texts (`bench/measure/edits.py`)."""
    from bench.measure.edits import write_edited_copies

    licenses = sorted((CORPUS / "licenses").glob("*.txt"))
    return [str(path) for path in write_edited_copies(licenses, count, where)]


Run = tuple[float, float, int, float, float, float]


def run_once(code: Path, args: list[str], out: Path) -> Run:
    """One fresh process of `python -m auditor ARGS` importing `code`: wall s, peak MiB of
    that process, exit code, the peaks of the summed RSS and of the summed PSS of it and
    every process it started (worker processes included), sampled every 50 ms, and the CPU
    seconds (user + system) of that tree. RSS counts a page every process maps (the
    interpreter, modules the fork server loaded, the mapped reference index) once per
    process; PSS shares it among them, so their sum is the memory the tree takes. The CPU
    seconds are the run's own (os.wait4) plus, for each process of the tree it does not
    reap (the fork server's workers), its last sample: at most 50 ms short a process."""
    # The editable install puts this checkout on sys.path from a .pth file, after PYTHONPATH
    # but before it in effect for `-m`: the code under test is put first by hand instead.
    boot = f"import sys, runpy; sys.path.insert(0, {str(code)!r}); runpy.run_module('auditor')"
    env = dict(os.environ, AUDITOR_NO_PROGRESS="1")
    tree_peak = tree_pss = 0.0
    tree_cpu: dict[int, float] = {}
    with out.open("wb") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", boot, *args],
            env=env,
            stdout=sink,
            stderr=subprocess.DEVNULL,
            cwd=str(code),
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            rss, pss = _tree_memory_mib(proc.pid, tree_cpu)
            tree_peak, tree_pss = max(tree_peak, rss), max(tree_pss, pss)
            time.sleep(0.05)
        wall = time.perf_counter() - start
    tree_cpu.pop(proc.pid, None)  # the run's own: from wait4, with what it reaped
    cpu = usage.ru_utime + usage.ru_stime + sum(tree_cpu.values())
    code_ = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, code_, tree_peak, tree_pss, cpu


# NOTE: ru_maxrss from wait4 is kept as `peak_mib`, but on Linux it can report a figure that
# is not the child's own (the same value for runs of different commands was seen): read
# `peak_mib_with_workers`, sampled from /proc, for memory.
def _tree_memory_mib(root: int, cpu: dict[int, float] | None = None) -> tuple[float, float]:
    """Resident memory (RSS) and proportional set size (PSS) of `root` and all its
    descendants now (Linux /proc), MiB; `cpu` gets each one's CPU seconds so far."""
    parents, rss, used = {}, {}, {}
    page = os.sysconf("SC_PAGE_SIZE")
    ticks = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        parents[pid], rss[pid] = int(fields[1]), int(fields[21]) * page
        used[pid] = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    tree, grew = {root}, True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= found
        grew = bool(found)
    if cpu is not None:
        cpu.update({pid: used[pid] for pid in tree if pid in used})
    return sum(rss.get(pid, 0) for pid in tree) / 2**20, sum(map(_pss_bytes, tree)) / 2**20


def _pss_bytes(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:  # gone, or not ours to read
        return 0
    found = re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE)
    return int(found.group(1)) * 1024 if found else 0


def paired(
    name: str,
    args: list[str],
    items: int,
    new: Path,
    base: Path,
    rounds: int,
    work: Path,
    base_args: list[str] | None = None,
    keep: Path | None = None,
) -> dict[str, Any]:
    """Alternate new and base for `rounds` rounds; the figures of each side and their ratio.
    `base_args`: the base side's own command line (default: `args`); `keep`: a folder to
    copy each run's report to."""
    sides: dict[str, list[Run]] = {"new": [], "base": []}
    ratios, cpu_ratios = [], []
    outputs: dict[str, bytes] = {}
    alone = new.resolve() == base.resolve() and base_args in (None, args)
    for i in range(rounds):
        order = [("new", new), ("base", base)] if i % 2 == 0 else [("base", base), ("new", new)]
        order = [("new", new)] if alone else order
        walls, cpus = {}, {}
        for side, code in order:
            out = work / f"{name}-{side}.out"
            side_args = base_args if side == "base" and base_args is not None else args
            wall, peak, code_, tree, pss, cpu = run_once(code, side_args, out)
            sides[side].append((wall, peak, code_, tree, pss, cpu))
            walls[side] = wall
            cpus[side] = cpu
            if keep is not None:  # the run's report as written, for a byte-for-byte compare
                shutil.copyfile(out, keep / f"{name}-{side}-{i + 1}.out")
            # the run's own time stamp aside, the two sides must write the same bytes
            outputs[side] = _models_of(out.read_bytes())
            print(
                f"{name} round {i + 1} {side}: {wall:.2f} s, {peak:.0f} MiB "
                f"(with its workers {tree:.0f} MiB RSS, {pss:.0f} MiB PSS, {cpu:.1f} CPU-s), "
                f"exit {code_}",
                flush=True,
            )
        ratios.append(walls["base"] / walls["new"] if not alone else 1.0)
        cpu_ratios.append(cpus["base"] / cpus["new"] if not alone else 1.0)

    def spread(values: list[float]) -> dict[str, float]:
        return {
            "min": round(min(values), 3),
            "median": round(statistics.median(values), 3),
            "max": round(max(values), 3),
        }

    return {
        "command": f"auditor {args[0]} ... ({items} {name})",
        "items": items,
        "rounds": rounds,
        "paired": not alone,
        "wall_s": {s: spread([r[0] for r in runs]) for s, runs in sides.items() if runs},
        "per_second": {
            s: spread([items / r[0] for r in runs]) for s, runs in sides.items() if runs
        },
        "peak_mib": {s: spread([r[1] for r in runs]) for s, runs in sides.items() if runs},
        "peak_mib_with_workers": {
            s: spread([r[3] for r in runs]) for s, runs in sides.items() if runs
        },
        "peak_pss_mib_with_workers": {
            s: spread([r[4] for r in runs]) for s, runs in sides.items() if runs
        },
        "cpu_s_with_workers": {
            s: spread([r[5] for r in runs]) for s, runs in sides.items() if runs
        },
        "cpu_ms_per_item": {
            s: spread([1000 * r[5] / items for r in runs]) for s, runs in sides.items() if runs
        },
        "cpu_speedup_median_of_pairs": round(statistics.median(cpu_ratios), 3),
        "exit_codes": {s: sorted({r[2] for r in runs}) for s, runs in sides.items()},
        "speedup_median_of_pairs": round(statistics.median(ratios), 3),
        "outputs_identical": None if alone else outputs["new"] == outputs["base"],
    }


def _models_of(report: bytes) -> bytes:
    """What a scan said of its models, whatever the format (json or jsonl), for comparing."""
    text = report.decode("utf-8")
    if text.startswith(('{"model"', '{"run"')):
        items = [json.loads(line) for line in text.splitlines()]
        models = [item["model"] for item in items if "model" in item]
        verdict = items[-1].get("run", {}).get("verdict")
    else:
        try:
            document = json.loads(text)
        except json.JSONDecodeError:  # identify's text: compared as it is, time stamp aside
            return re.sub(rb'"generated_at": ?"[^"]*"', b"", report)
        if not isinstance(document, dict):
            return json.dumps(document, sort_keys=True).encode()
        models, verdict = document.get("models", document), document.get("verdict")
    return json.dumps([models, verdict], sort_keys=True).encode()


def markdown(results: dict[str, Any]) -> str:
    lines = [
        f"# scan and identify at scale, paired against {results['base_commit']}",
        "",
        f"Machine: {results['machine']}. Each figure min / median / max over alternating fresh",
        "processes; speed-up is the median of the per-round ratios (base time / new time).",
        "",
        "| command | side | items/s | peak MiB | with workers MiB | CPU ms an item "
        "| speed-up (wall, CPU) | same models |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in results["runs"]:
        for side in row["per_second"]:
            rate, peak = row["per_second"][side], row["peak_mib"][side]
            tree = row["peak_mib_with_workers"][side]
            cpu = row["cpu_ms_per_item"][side]
            options = row.get("options", {}).get(side, "")
            lines.append(
                f"| {row['command']} {options} | {side} | {rate['min']} / {rate['median']} / "
                f"{rate['max']} | {peak['min']} / {peak['median']} / {peak['max']}"
                f" | {tree['min']} / {tree['median']} / {tree['max']}"
                f" | {cpu['min']} / {cpu['median']} / {cpu['max']}"
                f" | {row['speedup_median_of_pairs']}x, {row['cpu_speedup_median_of_pairs']}x"
                f" | {row['outputs_identical']} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--models", type=int, default=1000)
    parser.add_argument(
        "--texts", type=int, default=0, help="also run identify on this many edited copies"
    )
    parser.add_argument(
        "--verbatim", action="store_true", help="also run identify on the corpus texts as they are"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", type=Path, required=True, help="checkout to pair against")
    parser.add_argument(
        "--scan-new",
        default="--format json",
        help="scan options of this checkout's side, e.g. '--format jsonl --jobs 2'",
    )
    parser.add_argument("--scan-base", default="--format json", help="the same for --base")
    parser.add_argument(
        "--keep-outputs", type=Path, default=None, help="copy each run's report to this folder"
    )
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--md", type=Path, default=None)
    args = parser.parse_args(argv)
    commit = subprocess.run(
        ["git", "-C", str(args.base), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    results: dict[str, Any] = {
        "base_commit": commit,
        "machine": describe_machine(machine_facts()),
        "runs": [],
    }
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
        work = Path(tmp)
        if args.models:
            (work / "models").mkdir()
            folders = build_models(work / "models", args.models)
            new_args = ["scan", "--offline", *shlex.split(args.scan_new), *folders]
            base_args = ["scan", "--offline", *shlex.split(args.scan_base), *folders]
            keep = args.keep_outputs
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
            row = paired(
                "cards", new_args, args.models, ROOT, args.base, args.rounds, work, base_args, keep
            )
            row["options"] = {"new": args.scan_new, "base": args.scan_base}
            results["runs"].append(row)
        if args.texts:
            (work / "texts").mkdir()
            texts = build_texts(work / "texts", args.texts)
            identify_args = ["identify", "--format", "json", *texts]
            row = paired("texts", identify_args, args.texts, ROOT, args.base, args.rounds, work)
            row["texts"] = "edited copies"
            results["runs"].append(row)
        if args.verbatim:
            corpus = sorted(str(p) for p in (CORPUS / "licenses").glob("*.txt"))
            identify_args = ["identify", "--format", "json", *corpus]
            row = paired("verbatim", identify_args, len(corpus), ROOT, args.base, args.rounds, work)
            row["texts"] = "corpus texts, verbatim"
            results["runs"].append(row)
    print(markdown(results))
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.md is not None:
        args.md.write_text(markdown(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
