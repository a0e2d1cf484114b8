"""HTML report render time and file size for 3, 24 and 500 models.

Usage: python bench/report.py [--sizes 3,24,500] [--repeat 5] [--json out.json] [--md out.md]
           [--write-dir DIR]

The results are synthetic: the README example (examples/manifest.yaml, audited once at a
fixed time) with its three models repeated under new references until the size is reached.
Render time is the median wall time of `render_html` (the template environment warmed by a
first render, as in a long-lived process); size is the UTF-8 byte count of the page.
`--write-dir` keeps the pages (report-3.html, ...) for screenshots. Nothing here runs in the
test suite.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.api import AuditOptions, audit_manifest  # noqa: E402
from auditor.model import AuditResult  # noqa: E402
from auditor.report.render import render_html  # noqa: E402

EXAMPLE = ROOT / "examples" / "manifest.yaml"
FIXED = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def example() -> AuditResult:
    return audit_manifest(EXAMPLE, AuditOptions(clock=lambda: FIXED))


def scaled(base: AuditResult, count: int) -> AuditResult:
    """The example's models repeated under new references up to `count` models."""
    models = []
    for i in range(count):
        model = base.models[i % len(base.models)]
        ref = model.ref if i < len(base.models) else f"{model.ref}-{i // len(base.models):03d}"
        models.append(replace(model, ref=ref))
    return replace(base, models=tuple(models))


def measure(base: AuditResult, count: int, repeat: int, write_dir: Path | None) -> dict[str, float]:
    result = scaled(base, count)
    page = render_html(result)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        page = render_html(result)
        times.append(time.perf_counter() - start)
    if write_dir is not None:
        write_dir.mkdir(parents=True, exist_ok=True)
        (write_dir / f"report-{count}.html").write_text(page, encoding="utf-8")
    size = len(page.encode("utf-8"))
    return {
        "models": count,
        "render_s_median": round(statistics.median(times), 4),
        "render_s_max": round(max(times), 4),
        "bytes": size,
        "bytes_per_model": round(size / count),
    }


def markdown(rows: list[dict[str, float]]) -> str:
    lines = [
        "| models | render (median s) | render (max s) | size (KB) | bytes per model |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['models']} | {r['render_s_median']:.3f} | {r['render_s_max']:.3f} "
            f"| {r['bytes'] / 1024:.0f} | {r['bytes_per_model']:,} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="3,24,500")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--md", type=Path)
    parser.add_argument("--write-dir", type=Path)
    args = parser.parse_args()
    base = example()
    rows = [measure(base, int(n), args.repeat, args.write_dir) for n in args.sizes.split(",")]
    table = markdown(rows)
    print(table, end="")
    if args.json:
        args.json.write_text(json.dumps({"report_html": rows}, indent=2) + "\n")
    if args.md:
        header = "# HTML report: render time and size (synthetic results from the example)\n\n"
        args.md.write_text(header + table)


if __name__ == "__main__":
    main()
