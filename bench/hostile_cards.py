"""Time and memory of card analysis on hostile cards, at two sizes: growth must be linear.

    python bench/hostile_cards.py [--scale 1.0] [--record bench/results/hostile-cards-DATE.md]

Each shape (issue 34) is a card written to make one reader work hard: thousands of `## License`
headings, `License:` label lines, prose lineage phrases, a table of thousands of rows, one
2 MB line, long runs of spaces. Each is analysed as a local folder by `python -m auditor scan`
in a child process (wall time, and the child's own peak resident memory from wait4) at size n and
4n; a linear reader takes about 4x as long at 4n, a quadratic one 16x. `--scale` sizes n (0.4
keeps 4n's license evidence under the 2 MiB read of one document). Each shape is also measured
at about 7.5 MB, near the 8 MiB card cap, for the memory bound. Never run by the tests:
timings belong here, not in assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

SHAPES: dict[str, Callable[[float], str]] = {
    "license-headings": lambda n: "".join(
        f"## License\nApache 2.0 applies here {i}.\n" for i in range(int(n * 30_000))
    ),
    "license-labels": lambda n: "License: Apache-2.0\n" * int(n * 60_000),
    "lineage-phrases": lambda n: "".join(
        f"We fine-tuned org{i}/model-{i} as the base model.\n" for i in range(int(n * 20_000))
    ),
    "model-table-rows": lambda n: (
        "| Model | License |\n|---|---|\n"
        + "".join(f"| org/m{i} | MIT |\n" for i in range(int(n * 40_000)))
    ),
    "one-long-line": lambda n: "License " + "word " * int(n * 400_000) + "\n",
    "space-runs": lambda n: ("x" + " " * 3_000 + "y\n") * int(n * 50),
}
CAP_BYTES = 7_500_000
"""The `--at-cap` size: the largest card read is 8 MiB; every shape is also measured near it."""


def _run(folder: Path) -> tuple[float, float]:
    """Wall seconds and peak MiB of one `scan` of `folder` in a child process."""
    out = folder.parent / f"{folder.name}.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "auditor", "scan", str(folder), "-f", "json", "-o", str(out)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, _, usage = os.wait4(child.pid, 0)  # this child's own peak, not the run's so far
    child.returncode = 0
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--record", type=Path)
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in SHAPES.items():
            measured = []
            for factor in (1, 4):
                folder = Path(tmp) / f"{name}-{factor}"
                folder.mkdir()
                body = build(args.scale * factor)
                card = f"---\nlicense: apache-2.0\n---\n# Model\n{body}"
                (folder / "README.md").write_text(card, encoding="utf-8")
                wall, peak = _run(folder)
                measured.append((len(card.encode()), wall, peak))
            (size1, wall1, _), (size4, wall4, peak4) = measured
            # near the largest card read: the memory bound (the card's license evidence
            # beyond the 2 MiB of one document is not read, and said)
            folder = Path(tmp) / f"{name}-cap"
            folder.mkdir()
            body = build(CAP_BYTES / size1 * args.scale)
            card = f"---\nlicense: apache-2.0\n---\n# Model\n{body}"
            (folder / "README.md").write_text(card, encoding="utf-8")
            wall_cap, peak_cap = _run(folder)
            rows.append(
                {
                    "shape": name,
                    "bytes": [size1, size4],
                    "seconds": [round(wall1, 2), round(wall4, 2)],
                    "growth": round(wall4 / wall1, 2),
                    "peak_mib_at_4n": round(peak4, 1),
                    "at_cap": {
                        "bytes": len(card.encode()),
                        "seconds": round(wall_cap, 2),
                        "peak_mib": round(peak_cap, 1),
                    },
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    if args.record:
        lines = [
            "# Card analysis on hostile cards (bench/hostile_cards.py)",
            "",
            "Wall time of `auditor scan` of one local folder, at size n and 4n (linear: ~4x).",
            "Peak memory is the resident peak of the `scan` process itself (wait4 rusage).",
            "",
            "| shape | bytes (n / 4n) | seconds (n / 4n) | growth | peak MiB at 4n "
            "| near the 8 MiB card cap: bytes, seconds, peak MiB |",
            "|---|---|---|---|---|---|",
        ]
        for row in rows:
            cap = row["at_cap"]
            lines.append(
                f"| {row['shape']} | {row['bytes'][0]:,} / {row['bytes'][1]:,} | "
                f"{row['seconds'][0]} / {row['seconds'][1]} | {row['growth']}x | "
                f"{row['peak_mib_at_4n']} | {cap['bytes']:,}, {cap['seconds']}, {cap['peak_mib']} |"
            )
        args.record.write_text("\n".join(lines) + "\n", encoding="utf-8")
        args.record.with_suffix(".json").write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
