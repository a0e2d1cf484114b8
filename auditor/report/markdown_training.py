"""The Markdown report's training-data section of a model (report/view_training.py laid out).

Plain strings only: the template (reports/markdown.md.j2, macro `training`) escapes every
value it prints, and quotes are cut into lines the template prints as block quotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from auditor.model import ModelResult
from auditor.report.html_words import places_in_prose
from auditor.report.markdown_escape import CELL_CHARS, cut, quote_lines
from auditor.report.view_training import (
    DatasetView,
    Quote,
    TermView,
    summary_line,
    training_view,
)

QUOTES_PER_DATASET = 4
"""Quotes shown for each of a dataset's kinds of evidence; the rest are counted."""


def training_section(model: ModelResult) -> dict[str, Any] | None:
    """The section's plain values, or None when the model names no dataset."""
    view = training_view(model, places_in_prose)
    if view is None:
        return None
    return {
        "title": view.title,
        "trained": [_dataset(item) for item in view.trained],
        "named": [cut(summary_line(item)) for item in view.named],
        "general": [cut(text) for text in view.general],
        "card": [_term(term) for term in view.card],
    }


def _dataset(item: DatasetView) -> dict[str, Any]:
    return {
        "head": cut(summary_line(item)),
        "problem": cut(item.problem),
        "meaning": cut(item.meaning),
        "rules": cut(", ".join(item.rules), CELL_CHARS),
        "found": cut(f"{item.found}; license {item.resolved}"),
        "stated": _quotes(item.stated),
        "license": _quotes(item.license_evidence),
        "terms": [_term(term) for term in item.terms],
    }


def _term(term: TermView) -> dict[str, Any]:
    return {
        "label": cut(term.label, CELL_CHARS),
        "value": cut(term.value),
        "quotes": _quotes(term.evidence),
    }


def _quotes(quotes: Iterable[Quote]) -> list[dict[str, Any]]:
    items = list(quotes)
    shown = [
        {"where": cut(q.where, CELL_CHARS), "lines": quote_lines(q.text, limit=400, max_lines=3)}
        for q in items[:QUOTES_PER_DATASET]
    ]
    if len(items) > QUOTES_PER_DATASET:
        more = len(items) - QUOTES_PER_DATASET
        shown.append({"where": "", "lines": [f"… and {more} more in the JSON result"]})
    return shown
