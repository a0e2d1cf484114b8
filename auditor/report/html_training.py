"""The HTML report's training-data section of a model, as values of the data block.

report/view_training.py words each dataset; this packs it with its text stored once in the
block's strings (`s(text)` is the index), for reports/html.js to lay out when the model's
details open. Keys: `title`; `trained`, each dataset `[head, meaning, rules, found, problem,
stated, license, terms]` (quotes `[text, where]`, terms `[label, value, quotes]`); `named`
(heads of datasets named but not trained on); `general`; `card` (terms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from auditor.model import ModelResult
from auditor.report.view_training import (
    DatasetView,
    Quote,
    TermView,
    summary_line,
    training_view,
)

Store = Callable[[str], int]


def training_data(model: ModelResult, s: Store, wording: Callable[[str], str]) -> Any:
    """The model's section for the data block, or None when it names no dataset."""
    view = training_view(model, wording)
    if view is None:
        return None
    return {
        "title": s(view.title),
        "trained": [_dataset(item, s) for item in view.trained],
        "named": [s(summary_line(item)) for item in view.named],
        "general": [s(text) for text in view.general],
        "card": [_term(term, s) for term in view.card],
    }


def _dataset(item: DatasetView, s: Store) -> list[Any]:
    return [
        s(summary_line(item)),
        s(item.meaning),
        s(", ".join(item.rules)),
        s(f"{item.found}; license {item.resolved}"),
        s(item.problem),
        _quotes(item.stated, s),
        _quotes(item.license_evidence, s),
        [_term(term, s) for term in item.terms],
    ]


def _term(term: TermView, s: Store) -> list[Any]:
    return [s(term.label), s(term.value), _quotes(term.evidence, s)]


def _quotes(quotes: Iterable[Quote], s: Store) -> list[list[int]]:
    return [[s(q.text), s(q.where)] for q in quotes]
