"""The census summary page: self-contained HTML with inline SVG charts (no CDN, no script);
every string that came from a snapshot is escaped."""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from html import escape
from typing import Any

TOP = 15
_BAR_HEIGHT = 18
_LABEL_WIDTH = 320
_CHART_WIDTH = 360


def render_summary(lineage: Any, labels: Sequence[str]) -> str:
    """The summary of a census over `labels` (its snapshots, oldest first), from its lineage
    table (pandas; the columns read: snapshot, id, downloads, declared_license, license_id,
    root, contradicts_base, binding_ids, effective_hf)."""
    latest = labels[-1] if labels else ""
    now = lineage[lineage["snapshot"] == latest]
    sections = [
        _section("Declared licenses", _license_bars(now), f"snapshot {latest}"),
        _section(
            "Derivatives that contradict their base, by family",
            _family_bars(now),
            "family: the deepest ancestor; share of its derivatives that declare no license, "
            "or one that drops a binding ancestor's license",
        ),
        _section("Most downloaded mislabelled models", _mislabelled_table(now), ""),
        _section("Over time", _time_bars(lineage, labels), "models and mislabelled per snapshot"),
    ]
    total = len(now)
    wrong = int(now["contradicts_base"].sum()) if total else 0
    head = (
        f"<p>{total:,} models in snapshot {escape(latest)}; {wrong:,} declare no license, or "
        "one that drops, the license a binding ancestor passes on. Metadata only: what "
        "publishers declare, resolved through the declared parents; not legal advice.</p>"
    )
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        "<title>License census</title><style>"
        "body{font:14px system-ui,sans-serif;margin:2em;max-width:60em}"
        "td,th{padding:2px 8px;text-align:left}svg text{font:12px system-ui,sans-serif}"
        "</style></head><body><h1>License census</h1>"
        + head
        + "".join(sections)
        + "</body></html>\n"
    )


def _section(title: str, body: str, note: str) -> str:
    extra = f"<p>{escape(note)}</p>" if note else ""
    return f"<section><h2>{escape(title)}</h2>{extra}{body}</section>"


def _license_bars(frame: Any) -> str:
    names = frame["license_id"].fillna(frame["declared_license"]).fillna("(none declared)")
    counts = names.value_counts()
    items = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:TOP]
    return bars([(str(k), float(v), f"{v:,}") for k, v in items])


def _family_bars(frame: Any) -> str:
    derived = frame[frame["root"].notna()]
    if not len(derived):
        return "<p>No derivatives.</p>"
    grouped = derived.groupby("root")["contradicts_base"].agg(["size", "sum"])
    if len(grouped) > TOP:  # the first TOP by (-size, root) are among these: no Python sort
        sizes = grouped["size"]
        grouped = grouped[sizes >= sizes.nlargest(TOP).iloc[-1]]
    rows = sorted(grouped.itertuples(), key=lambda r: (-r.size, str(r.Index)))[:TOP]
    return bars(
        [
            (str(r.Index), r.sum / r.size, f"{r.sum:,} of {r.size:,} ({r.sum / r.size:.0%})")
            for r in rows
        ],
        scale=1.0,
    )


def _mislabelled_table(frame: Any) -> str:
    wrong = frame[frame["contradicts_base"]].copy()
    if not len(wrong):
        return "<p>None.</p>"
    wrong["rank"] = wrong["downloads"].fillna(-1)
    top = wrong.sort_values(["rank", "id"], ascending=[False, True]).head(20)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(str(v)) if isinstance(v, str | numbers.Integral) else ''}</td>"
            for v in (r.id, r.downloads, r.declared_license, r.binding_ids, r.effective_hf)
        )
        + "</tr>"
        for r in top.itertuples()
    )
    return (
        "<table><tr><th>model</th><th>downloads</th><th>declares</th>"
        "<th>bound by</th><th>should declare</th></tr>" + rows + "</table>"
    )


def _time_bars(lineage: Any, labels: Sequence[str]) -> str:
    items: list[tuple[str, float, str]] = []
    for label in labels:
        part = lineage[lineage["snapshot"] == label]
        wrong = int(part["contradicts_base"].sum()) if len(part) else 0
        items.append((f"{label} models", float(len(part)), f"{len(part):,}"))
        items.append((f"{label} mislabelled", float(wrong), f"{wrong:,}"))
    return bars(items)


def bars(items: Sequence[tuple[str, float, str]], scale: float | None = None) -> str:
    """A horizontal bar chart as inline SVG: (label, value, value as text) per bar."""
    if not items:
        return "<p>No data.</p>"
    top = scale if scale is not None else max(v for _, v, _ in items) or 1.0
    height = _BAR_HEIGHT * len(items) + 4
    width = _LABEL_WIDTH + _CHART_WIDTH + 160
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">'
    ]
    for i, (label, value, text) in enumerate(items):
        y = i * _BAR_HEIGHT + 2
        length = max(1.0, _CHART_WIDTH * value / top) if value else 0.0
        parts.append(
            f'<text x="{_LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end">'
            f"{escape(_short(label))}</text>"
            f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{_BAR_HEIGHT - 4}"'
            ' fill="#4a7ab5"><title>'
            f"{escape(label)}: {escape(text)}</title></rect>"
            f'<text x="{_LABEL_WIDTH + length + 6:.1f}" y="{y + 13}">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
