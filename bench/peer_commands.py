"""The auditor and ScanCode as users run them: whole processes, start-up included, on the same
edited license texts.

    python bench/peer_commands.py [--texts 64 640] [--rounds 3] [--scancode PATH]
                                  [--scancode-pythonpath DIR] [--json out.json] [--md out.md]

For each size, N edited copies of the corpus texts (`bench/measure/edits.py`: a new holder,
an added line naming the model, a reordered or reworded sentence or other whitespace) are
written to one folder, then each round runs, in alternating order, `auditor identify --format
json FILE...` (the installed console script, bytecode cached as after an install; it also
extracts every term) and `scancode -l -n 1 --json OUT FOLDER` (license detection only, one
process), each a fresh process timed from start to exit, its peak RSS from os.wait4. The ratio
is ScanCode's wall time over the auditor's, pair by pair (min / median / max). askalono runs
when an `askalono` command is on PATH (`askalono crawl FOLDER`), else its row says so.

Accuracy is judged per copy against the record that owns its source text, as bench/peers.py
judges it: the auditor right when it names that record; ScanCode right when its license keys,
generic ones (`is_generic` or `is_unknown` in its LicenseDB) set aside, are exactly the record's
ScanCode key (none when the record has none). `--scancode-pythonpath` is put first on the
path of ScanCode's process only (ScanCode 32.5 does not start with pluggy 1.6 or later: a
folder with `pip install --target DIR 'pluggy<1.6'` mends an environment that has a newer one).
Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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

from bench.measure.edits import source_stem, write_edited_copies  # noqa: E402
from bench.measure.machine import Window, describe_machine, machine_facts  # noqa: E402
from bench.peers import DEFAULT_CORPUS, DEFAULT_VENV, _expected  # noqa: E402

AUDITOR = Path(sys.executable).parent / "auditor"
FALLBACK_SCANCODE = Path("/tmp/scvenv/bin/scancode")


def default_scancode() -> Path:
    """bench/.peers-venv's ScanCode (bench/peers.py installs it), else a local one."""
    ours = DEFAULT_VENV / "bin" / "scancode"
    return ours if ours.exists() else FALLBACK_SCANCODE


def run_process(command: list[str], env: dict[str, str], out: Path) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MiB) and exit code of one fresh process, stdout to `out`."""
    with out.open("wb") as sink:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def generic_keys(scancode: Path) -> set[str]:
    """ScanCode's license keys that name no particular license (`is_generic`, `is_unknown`)."""
    found: set[str] = set()
    for folder in (
        scancode.resolve().parents[1].glob("lib/python*/site-packages/licensedcode/data/licenses")
    ):
        for path in folder.glob("*.LICENSE"):
            head = path.read_text("utf-8", errors="replace")[:4000]
            if re.search(r"^is_(generic|unknown): (yes|true)", head, re.MULTILINE):
                found.add(path.stem)
    return found


def _keys(expression: str | None) -> list[str]:
    words = (expression or "").replace("(", " ").replace(")", " ").split()
    return sorted({w for w in words if w not in ("AND", "OR", "WITH")})


def judge_auditor(report: bytes, expected: dict[str, dict[str, str | None]]) -> dict[str, Any]:
    files = json.loads(report)["files"]
    right = sum(
        (item.get("license") or {}).get("id")
        == expected.get(source_stem(item["path"]), {}).get("id")
        for item in files
    )
    return {"right": right, "of": len(files)}


def judge_scancode(
    report: Path, expected: dict[str, dict[str, str | None]], generic: set[str]
) -> dict[str, Any]:
    files = [f for f in json.loads(report.read_text("utf-8"))["files"] if f["type"] == "file"]
    right = 0
    for item in files:
        target = expected.get(source_stem(item["path"]), {}).get("scancode")
        keys = [k for k in _keys(item.get("detected_license_expression")) if k not in generic]
        right += keys == ([target] if target else [])
    return {"right": right, "of": len(files)}


def warm_up(tools: dict[str, tuple[list[str], dict[str, str]]], work: Path, corpus: Path) -> None:
    """Each tool once, untimed, on one corpus text in a folder of its own: bytecode written,
    the index files in the page cache, as on a machine where the tool has run before."""
    folder = work / "warm-up"
    folder.mkdir(exist_ok=True)
    text = sorted(corpus.glob("*.txt"))[0]
    (folder / text.name).write_bytes(text.read_bytes())
    for name, (command, env) in tools.items():
        if name == "auditor":
            command = [*command[:4], str(folder / text.name)]
        else:
            command = [*command[:-1], str(folder)]
        subprocess.run(command, env=env, capture_output=True, check=False)


def _spread(values: list[float], digits: int = 3) -> dict[str, float]:
    return {
        "min": round(min(values), digits),
        "median": round(statistics.median(values), digits),
        "max": round(max(values), digits),
    }


def measure_size(
    count: int, rounds: int, work: Path, args: argparse.Namespace, generic: set[str]
) -> dict[str, Any]:
    """Every tool over `count` edited copies, `rounds` rounds in alternating order."""
    window = Window()
    folder = work / f"texts-{count}"
    paths = write_edited_copies(sorted(args.corpus.glob("*.txt")), count, folder)
    expected = _expected()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool starts from cached bytecode
    scancode_env = dict(env)
    if args.scancode_pythonpath:
        scancode_env["PYTHONPATH"] = str(args.scancode_pythonpath)
    scancode_out = work / "scancode.json"
    tools: dict[str, tuple[list[str], dict[str, str]]] = {
        "auditor": ([str(AUDITOR), "identify", "--format", "json", *map(str, paths)], env),
    }
    if args.scancode.exists():
        command = [str(args.scancode), "-l", "-n", "1", "--json", str(scancode_out), str(folder)]
        tools["scancode"] = (command, scancode_env)
    askalono = shutil.which("askalono")
    if askalono:
        tools["askalono"] = ([askalono, "crawl", str(folder)], env)
    warm_up(tools, work, args.corpus)
    runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in tools}
    accuracy: dict[str, Any] = {}
    for round_no in range(rounds):
        order = list(tools) if round_no % 2 == 0 else list(reversed(tools))
        for name in order:
            command, tool_env = tools[name]
            out = work / f"{name}.out"
            wall, peak, code = run_process(command, tool_env, out)
            runs[name].append((wall, peak, code))
            print(f"{count} texts, round {round_no + 1}, {name}: {wall:.2f} s, {peak:.0f} MiB")
            if name == "auditor" and "auditor" not in accuracy:
                accuracy["auditor"] = judge_auditor(out.read_bytes(), expected)
            elif name == "scancode" and "scancode" not in accuracy and code == 0:
                accuracy["scancode"] = judge_scancode(scancode_out, expected, generic)
    result: dict[str, Any] = {"texts": count, "rounds": rounds, "tools": {}}
    for name, measured in runs.items():
        walls = [wall for wall, _, _ in measured]
        result["tools"][name] = {
            "wall_s": _spread(walls),
            "texts_per_s": _spread([count / wall for wall in walls], 1),
            "peak_mib": _spread([peak for _, peak, _ in measured], 1),
            "exit_codes": sorted({code for _, _, code in measured}),
            "accuracy": accuracy.get(name),
        }
    if "scancode" in runs:
        pairs = zip(runs["scancode"], runs["auditor"], strict=True)
        result["scancode_over_auditor"] = _spread([s[0] / a[0] for s, a in pairs], 1)
    if not askalono:
        result["tools"]["askalono"] = {"unavailable": "no askalono command on PATH"}
    result["window"] = window.close().as_dict()
    return result


def markdown(results: dict[str, Any]) -> str:
    lines = [
        f"# Whole commands: the auditor and ScanCode on edited license texts, {results['date']}",
        "",
        f"Machine: {results['machine']}. Wall time of each fresh process, start-up included;",
        "min / median / max over the rounds; ratio pair by pair.",
        "",
        "| texts | tool | wall s | texts/s | peak MiB | right | ScanCode / auditor | load |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for size in results["sizes"]:
        load = f"{size['window']['load_start'][:1]} -> {size['window']['load_end'][:1]}"
        for name, tool in size["tools"].items():
            if "unavailable" in tool:
                lines.append(f"| {size['texts']} | {name} | {tool['unavailable']} | | | | | |")
                continue
            wall, rate, peak = tool["wall_s"], tool["texts_per_s"], tool["peak_mib"]
            accuracy = tool["accuracy"] or {}
            ratio = size.get("scancode_over_auditor") if name == "auditor" else None
            lines.append(
                f"| {size['texts']} | {name} | {wall['min']} / {wall['median']} / {wall['max']} "
                f"| {rate['median']} | {peak['max']} | {accuracy.get('right')}/"
                f"{accuracy.get('of')} | "
                + (f"{ratio['min']} / {ratio['median']} / {ratio['max']}x" if ratio else "")
                + f" | {load} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--texts", type=int, nargs="+", default=[64, 640])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scancode", type=Path, default=default_scancode())
    parser.add_argument("--scancode-pythonpath", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--md", type=Path, default=None)
    args = parser.parse_args(argv)
    facts = machine_facts()
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": describe_machine(facts),
        "machine_facts": facts,
        "scancode": str(args.scancode) if args.scancode.exists() else None,
        "sizes": [],
    }
    generic = generic_keys(args.scancode) if args.scancode.exists() else set()
    with tempfile.TemporaryDirectory(prefix="bench-peer-commands-") as tmp:
        for count in args.texts:
            results["sizes"].append(measure_size(count, args.rounds, Path(tmp), args, generic))
    print(markdown(results))
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    if args.md is not None:
        args.md.write_text(markdown(results), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
