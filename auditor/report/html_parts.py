"""Pieces of the HTML report: bar charts as geometry, the lineage tree, one evidence line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import Finding

CHART_ROWS = 10
"""Bars per chart; the rest are summed into one "other" line."""
BAR_WIDTH = 220
ROW_HEIGHT = 30
_WORD = lazy_pattern(r"[a-z0-9]{4,}")


def bar_chart(title: str, rows: Sequence[tuple[str, int, str]]) -> dict[str, Any]:
    """A horizontal bar chart as plain geometry for an inline SVG: label over each bar."""
    shown = list(rows[:CHART_ROWS])
    rest = sum(n for _, n, _ in rows[CHART_ROWS:])
    if rest:
        shown.append((f"{len(rows) - CHART_ROWS} more", rest, "other"))
    top = max((n for _, n, _ in shown), default=0) or 1
    bars = []
    for i, (label, count, css) in enumerate(shown):
        width = max(2, round(BAR_WIDTH * count / top))
        y = i * ROW_HEIGHT
        bars.append(
            {
                "label": label,
                "count": count,
                "css": css,
                "y_text": y + 11,
                "y_bar": y + 15,
                "width": width,
                "x_count": width + 6,
            }
        )
    return {
        "title": title,
        "bars": bars,
        "height": max(ROW_HEIGHT, len(bars) * ROW_HEIGHT),
        "total": sum(n for _, n, _ in rows),
        "summary": "; ".join(f"{label}: {count}" for label, count, _ in shown) or "none",
    }


def lineage_tree(
    ref: str, entries: Sequence[Mapping[str, object]], views: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Ancestors as a tree under the model: never the model itself, never a node twice."""
    children: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        if entry.get("ref") == ref or entry.get("depth") == 0:
            continue  # the model's own repo as a registry knows it: not an ancestor
        parent = entry.get("parent")
        children.setdefault(str(parent) if parent else ref, []).append(i)
    placed: set[int] = set()
    seen = {ref}

    def grow(node: str) -> list[dict[str, Any]]:
        out = []
        for i in children.get(node, []):
            child = str(entries[i].get("ref"))
            if i in placed:
                continue
            placed.add(i)
            again = child in seen
            seen.add(child)
            out.append({**views[i], "again": again, "children": [] if again else grow(child)})
        return out

    tree = grow(ref)
    for parent in list(children):  # steps whose declaring child was never reached
        tree.extend(grow(parent))
    return tree


def one_evidence(finding: Finding) -> dict[str, Any] | None:
    """The one evidence line most about the finding's message, and how many others there are."""
    lines: list[tuple[str, str]] = []
    for item in finding.evidence:
        where = f"{item.file or ''}{':' + str(item.line) if item.line else ''}"
        for text in item.text.splitlines() or [item.text]:
            if text.strip() and all(text.strip() != t for t, _ in lines):
                lines.append((text.strip(), where))
    if not lines:
        return None
    topic = set(_WORD.findall(finding.message.lower()))
    best = max(
        range(len(lines)), key=lambda i: (len(topic & set(_WORD.findall(lines[i][0].lower()))), -i)
    )
    text, where = lines[best]
    return {"text": text, "where": where, "more": len(lines) - 1}
