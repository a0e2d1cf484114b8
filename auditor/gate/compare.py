"""Compares audited models side by side: license, key terms, verdict and lineage root."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from auditor.model import ModelResult, Severity
from auditor.model.codec import license_to_dict
from auditor.model.kinds import parse_kind

COMPARE_SCHEMA_VERSION = "1.0"
"""Bumped on any change to the shape of compare_json's output."""

DEFAULT_WIDTH = 100
LABEL_WIDTH = 22
MIN_COLUMN_WIDTH = 24
"""Narrower than this a model's column gets split into another table below."""

_RESOLVED = frozenset({"hub", "registry", "declared"})
_UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Row:
    """One attribute compared across models: a key for JSON, a label for the table."""

    key: str
    label: str
    cell: Callable[[ModelResult], str]


def _terms(model: ModelResult) -> Mapping[str, object] | None:
    """The model's effective terms, or None when they are not known at all."""
    return model.terms or None


def _term_cell(key: str, words: Callable[[object], str]) -> Callable[[ModelResult], str]:
    def cell(model: ModelResult) -> str:
        terms = _terms(model)
        return _UNKNOWN if terms is None else words(terms.get(key))

    return cell


def _license(model: ModelResult) -> str:
    match = model.effective_license
    if match is None:
        return "none identified"
    if match.id is None:
        return f"unidentified: {match.name}" if match.name else "unidentified"
    return match.name or match.id


def _kind(model: ModelResult) -> str:
    match = model.effective_license
    kind = match.kind if match is not None else None
    if kind is None:
        terms = _terms(model)
        stated = terms.get("kind") if terms else None
        kind = parse_kind(stated)
        if kind is None and stated:
            return str(stated)
    return kind.words if kind is not None else _UNKNOWN


def _commercial(value: object) -> str:
    return {
        "allowed": "allowed",
        "restricted": "allowed, with conditions",
        "prohibited": "not allowed",
    }.get(str(value), _UNKNOWN if value is None else str(value))


def _number(value: object) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _mau(value: object) -> str:
    number = _number(value)
    if number is None:
        return "none"
    return f"separate license above {number:,.0f} monthly active users"


def _revenue(value: object) -> str:
    number = _number(value)
    if number is None:
        return "none"
    return f"separate license above USD {number:,.0f} a year"


def _aup(model: ModelResult) -> str:
    terms = _terms(model)
    if terms is None:
        return _UNKNOWN
    if not terms.get("acceptable_use_policy_incorporated"):
        return "none incorporated"
    if terms.get("licensor_may_update_terms"):
        return "incorporated; the licensor may change it"
    return "incorporated"


def _outputs(value: object) -> str:
    return "may not train or improve other models" if value else "no restriction"


def _territories(value: object) -> str:
    if isinstance(value, list) and value:
        return "rights withheld in " + ", ".join(map(str, value))
    return "none"


def _law(value: object) -> str:
    if value is None:
        return "not stated"
    if value == "licensee-local":
        return "the licensee's local law"
    return str(value)


def _duties(model: ModelResult) -> str:
    terms = _terms(model)
    if terms is None:
        return _UNKNOWN
    duties = []
    naming = terms.get("naming_requirement")
    if naming:
        duties.append(f'derivative names must begin with "{naming}"')
    if terms.get("attribution_required"):
        duties.append("attribution required")
    return "; ".join(duties) or "none"


def _restrictions(value: object) -> str:
    count = len(value) if isinstance(value, list) else 0
    if count == 0:
        return "none listed"
    return f"{count} prohibited use" + ("" if count == 1 else "s")


def blocking_rules(model: ModelResult) -> list[str]:
    """The rule ids of the model's unwaived blocking findings, in report order, once each."""
    rules = [f.rule for f in model.findings if f.severity is Severity.BLOCK and not f.waived]
    return list(dict.fromkeys(rules))


def _verdict(model: ModelResult) -> str:
    rules = blocking_rules(model)
    shown = ", ".join(rules[:3]) + (f" (+{len(rules) - 3} more)" if len(rules) > 3 else "")
    return f"{model.verdict.upper()}: {shown}" if rules else model.verdict.upper()


def lineage_root(model: ModelResult) -> Mapping[str, object] | None:
    """The deepest resolved ancestor of the model's lineage (depth 0: its own registry entry)."""
    resolved = [a for a in model.lineage if a.get("resolved_by") in _RESOLVED]
    if not resolved:
        return None
    return max(resolved, key=lambda a: _depth(a.get("depth")))


def _depth(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _root(model: ModelResult) -> str:
    root = lineage_root(model)
    unresolved = [str(a.get("ref")) for a in model.lineage if a.get("resolved_by") not in _RESOLVED]
    if root is None:
        text = "no base model declared" if not model.lineage else "not resolved"
    else:
        license_info = root.get("license")
        name = license_info.get("name") if isinstance(license_info, Mapping) else None
        who = "itself" if _depth(root.get("depth")) == 0 else str(root.get("ref"))
        text = f"{who} ({name or 'license unknown'})"
    if unresolved:
        text += "; unresolved: " + ", ".join(unresolved)
    return text


ROWS: tuple[Row, ...] = (
    Row("license", "Effective license", _license),
    Row("kind", "Kind", _kind),
    Row("commercial_use", "Commercial use", _term_cell("commercial_use", _commercial)),
    Row("mau_threshold", "User threshold", _term_cell("mau_threshold", _mau)),
    Row(
        "revenue_threshold_usd", "Revenue threshold", _term_cell("revenue_threshold_usd", _revenue)
    ),
    Row("acceptable_use_policy", "Acceptable-use policy", _aup),
    Row("output_use_restriction", "Use of outputs", _term_cell("output_use_restriction", _outputs)),
    Row(
        "territorial_exclusions",
        "Territories",
        _term_cell("territorial_exclusions", _territories),
    ),
    Row("governing_law", "Governing law", _term_cell("governing_law", _law)),
    Row("duties", "Naming / attribution", _duties),
    Row("use_restrictions", "Use restrictions", _term_cell("use_restrictions", _restrictions)),
    Row("verdict", "Verdict (policy)", _verdict),
    Row("lineage_root", "Lineage root", _root),
)
"""The compared attributes, in table order."""


def compare_models(
    results: Sequence[ModelResult], *, width: int = DEFAULT_WIDTH, title: str | None = None
) -> str:
    """A text table, one column per model; more models than `width` holds continue in
    further tables below, each repeating the labels."""
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    if not results:
        return "No models to compare.\n"
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, highlight=False)
    per_table = max(1, (width - LABEL_WIDTH - 3) // (MIN_COLUMN_WIDTH + 3))
    cells = [[row.cell(model) for row in ROWS] for model in results]
    for start in range(0, len(results), per_table):
        chunk = range(start, min(start + per_table, len(results)))
        table = Table(
            title=escape(title) if title and start == 0 else None,
            title_justify="left",
            box=box.SIMPLE_HEAD,
            show_lines=False,
        )
        table.add_column("", style="bold", min_width=12, max_width=LABEL_WIDTH, overflow="fold")
        for index in chunk:
            table.add_column(escape(results[index].ref), overflow="fold", ratio=1)
        for row_index, row in enumerate(ROWS):
            table.add_row(escape(row.label), *(escape(cells[i][row_index]) for i in chunk))
        console.print(table)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def compare_json(results: Sequence[ModelResult]) -> dict[str, Any]:
    """The comparison as plain JSON values: the raw facts and the same plain words per row."""
    return {
        "schema_version": COMPARE_SCHEMA_VERSION,
        "rows": [{"key": row.key, "label": row.label} for row in ROWS],
        "models": [_model_json(model) for model in results],
    }


def _model_json(model: ModelResult) -> dict[str, Any]:
    terms = _terms(model) or {}
    root = lineage_root(model)
    restrictions = terms.get("use_restrictions")
    return {
        "ref": model.ref,
        "effective_license": license_to_dict(model.effective_license),
        "verdict": str(model.verdict),
        "blocking_rules": blocking_rules(model),
        "terms_known": bool(model.terms),
        "commercial_use": terms.get("commercial_use"),
        "mau_threshold": terms.get("mau_threshold"),
        "revenue_threshold_usd": terms.get("revenue_threshold_usd"),
        "acceptable_use_policy_incorporated": terms.get("acceptable_use_policy_incorporated"),
        "licensor_may_update_terms": terms.get("licensor_may_update_terms"),
        "output_use_restriction": terms.get("output_use_restriction"),
        "territorial_exclusions": list(_as_list(terms.get("territorial_exclusions"))),
        "governing_law": terms.get("governing_law"),
        "naming_requirement": terms.get("naming_requirement"),
        "attribution_required": terms.get("attribution_required"),
        "use_restrictions_count": len(_as_list(restrictions)),
        "lineage_root": None if root is None else dict(root),
        "cells": {row.key: row.cell(model) for row in ROWS},
    }


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []
