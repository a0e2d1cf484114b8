"""The command users run: `auditor identify FILE... --format json` over the corpus texts.

`identify_text` (what the throughput figures time) and the command can disagree: the command
concludes a license from the file (`conclude_license`), so a text the function names may come
out of the command with `license: null`. This runs the command as a separate process, as a
user would, with the bundled index (in-sample), and reports, per text, whether it is named.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .corpus import OTHER, OUTCOMES, RIGHT, UNNAMED, Corpus

ROOT = Path(__file__).resolve().parents[2]


def run_command(corpus: Corpus, function_outcomes: dict[str, str]) -> dict[str, Any]:
    """Run `auditor identify --format json` on every corpus text in one process."""
    paths = [corpus.folder / f"{stem}.txt" for stem in corpus.texts]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "identify", *map(str, paths), "--format", "json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        return {"label": "command", "error": done.stderr.strip()[-2000:]}
    files = json.loads(done.stdout)["files"]
    counts = dict.fromkeys(OUTCOMES, 0)
    per_text: dict[str, Any] = {}
    for item in files:
        stem = Path(item["path"]).stem
        license_ = item.get("license") or {}
        got = license_.get("id")
        expected = corpus.owners.get(stem)
        outcome = UNNAMED if got is None else RIGHT if got == expected else OTHER
        counts[outcome] += 1
        per_text[stem] = {
            "expected": expected,
            "got": got,
            "name": license_.get("name"),
            "method": license_.get("method"),
            "outcome": outcome,
            "function_outcome": function_outcomes.get(stem),
        }
    gap = sorted(
        stem
        for stem, row in per_text.items()
        if row["outcome"] != RIGHT and row["function_outcome"] == RIGHT
    )
    return {
        "label": "command (in-sample)",
        "texts": len(per_text),
        "named_right": counts[RIGHT],
        "named_as_another_license": counts[OTHER],
        "unnamed": counts[UNNAMED],
        "unnamed_texts": sorted(s for s, r in per_text.items() if r["outcome"] == UNNAMED),
        "named_by_function_not_by_command": gap,
        "per_text": per_text,
        "seconds": round(seconds, 3),
    }
