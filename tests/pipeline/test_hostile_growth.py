"""Issue 34: card analysis grows linearly on every hostile shape, in work and in memory.

Each shape (many `## License` headings, `License:` label lines, prose lineage phrases, one long
line, a long table, runs of spaces) is audited as a local folder at size n and 4n. Work is
counted, not timed: the Python function calls the audit makes (`sys.setprofile`), which a
reader that rescans what it has read makes quadratically many of (16x at 4n, where a linear
one makes about 4x). Memory is the traced peak of the audit above what was held before it.
Wall time on the full-size shapes is measured by `bench/hostile_cards.py`, never here.
"""

from __future__ import annotations

import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from auditor.api import AuditOptions, audit

SHAPES: dict[str, Callable[[int], str]] = {
    "license-headings": lambda n: "".join(
        f"## License\nApache 2.0 applies here {i}.\n" for i in range(n // 2)
    ),
    "license-labels": lambda n: "License: Apache-2.0\n" * n,
    "lineage-phrases": lambda n: "".join(
        f"We fine-tuned org{i}/model-{i} as the base model.\n" for i in range(n // 2)
    ),
    "model-table-rows": lambda n: (
        "| Model | License |\n|---|---|\n" + "".join(f"| org/m{i} | MIT |\n" for i in range(n))
    ),
    "one-long-line": lambda n: "License " + "word " * (n * 4) + "\n",
    "space-runs": lambda n: ("x" + " " * 300 + "y\n") * (n // 16),
}
LINES = 1_000  # n: about 20 KB of card for most shapes
GROWTH_LIMIT = 4 * 1.5  # 4x the input; a quadratic reader is at 16x


def _cost(folder: Path) -> tuple[int, int]:
    """Python calls made and traced peak bytes (above the start) of one audit of `folder`."""
    calls = 0

    def count(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call" or event == "c_call":
            calls += 1

    tracemalloc.start()
    start, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    sys.setprofile(count)
    try:
        (model,) = audit([str(folder)], AuditOptions(jobs=1)).models
    finally:
        sys.setprofile(None)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert model.verdict.value != "error", [f.message for f in model.findings]
    return calls, peak - start


def _folder(root: Path, name: str, body: str) -> Path:
    folder = root / name
    folder.mkdir()
    card = f"---\nlicense: apache-2.0\n---\n# Model\n{body}"
    (folder / "README.md").write_text(card, encoding="utf-8")
    return folder


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_card_analysis_grows_linearly(tmp_path: Path, shape: str) -> None:
    build = SHAPES[shape]
    _cost(_folder(tmp_path, "warm", build(LINES // 4)))  # loads the knowledge once
    calls_n, peak_n = _cost(_folder(tmp_path, "n", build(LINES)))
    calls_4n, peak_4n = _cost(_folder(tmp_path, "4n", build(LINES * 4)))
    assert calls_4n <= GROWTH_LIMIT * calls_n, (shape, calls_n, calls_4n)
    assert peak_4n <= GROWTH_LIMIT * max(peak_n, 1 << 20), (shape, peak_n, peak_4n)
