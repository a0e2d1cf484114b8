"""License identification speed and accuracy side by side: the auditor, ScanCode and askalono.

    python bench/peers.py [--corpus ../shared/corpus/licenses] [--repeat 5] [--json out.json]

The peers are installed by this script into a virtual environment of their own
(`bench/.peers-venv`, pinned versions below; `--peers-venv` to move it), never into the
project's. Each tool runs in its own process (bench/peer_worker.py) over the same files, one
core, one process: the auditor identifies each text and extracts its terms, ScanCode runs its
license detection only, askalono its SPDX match. Speed is the median of `--repeat` rounds over
all files, after each tool's index or knowledge base is loaded (timed apart). Accuracy is
judged with our knowledge base's mapping of each corpus text to its license: the right answer
for ScanCode is that license's ScanCode key (`scancode:` in the record) and no other specific
key, or no specific key when ScanCode has none; for askalono, which knows only SPDX licenses,
the SPDX id, or no match (score under 0.8) when the license has none. Never run by the tests.
These are per-text figures after each tool's load; bench/peer_commands.py compares the tools as
users run them (whole processes, start-up included, on edited copies of these texts).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.knowledge.license_db import load_license_db  # noqa: E402 - after the path is set

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"
DEFAULT_VENV = ROOT / "bench" / ".peers-venv"
PEER_REQUIREMENTS = (
    "scancode-toolkit-mini==32.5.0",
    "pluggy<1.6",  # ScanCode 32.5 does not start with pluggy 1.6
    "pyaskalono==0.2.0",
)
WORKER = ROOT / "bench" / "peer_worker.py"

# ScanCode keys for records whose `scancode:` is null only because license-expression's index
# (which tests/knowledge/test_license_db.py checks every key against) predates them; ScanCode
# 32.5 has them, with the same license and date, so it is judged right when it names them.
NEWER_SCANCODE_KEYS = {
    "LicenseRef-gemma-prohibited-use": "gemma-pup-2024-02-21",
    "LicenseRef-gemma-terms": "gemma-tou-2025-03-24",
    "LicenseRef-qwen-license": "qwen-2024",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds per tool (median)")
    parser.add_argument("--peers-venv", type=Path, default=DEFAULT_VENV)
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"no license texts in {args.corpus}", file=sys.stderr)
        return 2
    results = compare(files, repeat=args.repeat, venv=args.peers_venv)
    _print(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", "utf-8")
    return 0


def compare(files: list[Path], *, repeat: int, venv: Path) -> dict[str, Any]:
    """Run every tool over `files` and judge each answer; a peer that cannot be installed is
    reported with the reason instead of figures."""
    expected = _expected()
    tools: dict[str, Any] = {"auditor": _run("auditor", sys.executable, files, repeat)}
    try:
        peer_python = ensure_peer_venv(venv)
    except RuntimeError as err:
        tools["scancode"] = tools["askalono"] = {"unavailable": str(err)}
    else:
        for tool in ("scancode", "askalono"):
            tools[tool] = _run(tool, str(peer_python), files, repeat)
    for name, tool in tools.items():
        if "answers" in tool:
            tool["accuracy"] = _judge(name, tool["answers"], expected)
    ours = tools["auditor"]["texts_per_second"]
    for name in ("scancode", "askalono"):
        if "texts_per_second" in tools[name]:
            tools[name]["auditor_speedup"] = round(ours / tools[name]["texts_per_second"], 1)
    return {
        "texts": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "repeat": repeat,
        "tools": tools,
    }


def ensure_peer_venv(venv: Path) -> Path:
    """The peers' interpreter, creating and filling their virtual environment when needed."""
    python = venv / "bin" / "python"
    marker = venv / "peer-requirements.txt"
    wanted = "\n".join(PEER_REQUIREMENTS) + "\n"
    if python.is_file() and marker.is_file() and marker.read_text("utf-8") == wanted:
        return python
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(venv)],
        [str(python), "-m", "pip", "install", "-q", *PEER_REQUIREMENTS],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            raise RuntimeError(f"could not install the peers ({' '.join(step[:4])}): {tail}")
    marker.write_text(wanted, "utf-8")
    return python


def _run(tool: str, python: str, files: list[Path], repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(str(p) for p in files) + "\n", "utf-8")
        out = Path(tmp) / "out.json"
        command = [python, str(WORKER), "--tool", tool, "--files", str(listing)]
        command += ["--repeat", str(repeat), "--json", str(out)]
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            return {"unavailable": f"{tool} failed: {done.stderr.strip()[-500:]}"}
        result: dict[str, Any] = json.loads(out.read_text("utf-8"))
    median = statistics.median(result["rounds"])
    result.update(
        median_round_seconds=round(median, 4),
        texts_per_second=round(len(files) / median, 1),
        ms_per_text=round(median / len(files) * 1000, 3),
        process_wall_seconds=round(wall, 2),
        load_seconds=round(result["load_seconds"], 3),
    )
    return result


def _expected() -> dict[str, dict[str, str | None]]:
    """For each corpus text (by file stem): our record id, its ScanCode key and SPDX id."""
    return {
        stem: {
            "id": record.id,
            "scancode": record.scancode or NEWER_SCANCODE_KEYS.get(record.id),
            "spdx": record.spdx,
        }
        for record in load_license_db().records.values()
        for stem in record.corpus_texts
    }


def _judge(
    tool: str, answers: dict[str, dict[str, Any]], expected: dict[str, dict[str, str | None]]
) -> dict[str, Any]:
    right: list[str] = []
    wrong: dict[str, Any] = {}
    knowable = 0  # texts whose license this tool has a name for
    knowable_right = 0
    for name, answer in sorted(answers.items()):
        want = expected.get(Path(name).stem)
        if want is None:
            wrong[name] = {"expected": None, "answer": answer}  # a text no record claims
            continue
        if tool == "scancode":
            target = want["scancode"]
            ok = answer["specific"] == ([target] if target else [])
        elif tool == "askalono":
            target = want["spdx"]
            ok = answer["id"] == target
        else:
            target = want["id"]
            ok = answer["id"] == target
        knowable += target is not None
        knowable_right += bool(ok and target is not None)
        if ok:
            right.append(name)
        else:
            wrong[name] = {"expected": target, "answer": answer}
    return {
        "right": len(right),
        "of": len(answers),
        "share": round(len(right) / len(answers), 4) if answers else 0.0,
        "knowable": knowable,
        "knowable_right": knowable_right,
        "wrong": wrong,
    }


def _print(results: dict[str, Any]) -> None:
    print(
        f"{results['texts']} texts, {results['bytes'] / 1024:.0f} KiB, median of "
        f"{results['repeat']} rounds, one process each"
    )
    print(
        f"{'tool':10} {'version':10} {'texts/s':>9} {'ms/text':>9} {'load s':>7} "
        f"{'RSS MiB':>8} {'right':>7} {'known':>7}  speed-up"
    )
    for name, tool in results["tools"].items():
        if "unavailable" in tool:
            print(f"{name:10} unavailable: {tool['unavailable']}")
            continue
        accuracy = tool["accuracy"]
        print(
            f"{name:10} {tool['version']:10} {tool['texts_per_second']:9.1f} "
            f"{tool['ms_per_text']:9.2f} {tool['load_seconds']:7.2f} {tool['peak_rss_mib']:8} "
            f"{accuracy['right']:>3}/{accuracy['of']:<3} "
            f"{accuracy['knowable_right']:>3}/{accuracy['knowable']:<3}  "
            f"{tool.get('auditor_speedup', '')}"
        )
    for name, tool in results["tools"].items():
        for text, miss in sorted(tool.get("accuracy", {}).get("wrong", {}).items()):
            print(f"  {name:9} {text:42} want {miss['expected']!r}: {_short(miss['answer'])}")


def _short(answer: dict[str, Any]) -> str:
    if "expression" in answer:
        return repr(answer["expression"])
    if "best" in answer:
        return f"{answer['best']} ({answer['score']})"
    return repr(answer.get("id"))


if __name__ == "__main__":
    raise SystemExit(main())
