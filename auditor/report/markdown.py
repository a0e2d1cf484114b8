"""Renders an AuditResult as GitHub-flavoured Markdown for pull-request comments and wikis.

Everything the result quotes (model refs, card and license text, messages) is untrusted: it
is escaped so that it cannot open a table cell, a heading, a code span, HTML, a link, an
@-mention or a bare autolink. The template (reports/markdown.md.j2) escapes every value it
prints unless the view marked it as already-safe Markdown with `Markup`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, cast

import jinja2
from markupsafe import Markup

from auditor.model import AuditResult, Finding, ModelResult, Severity, Verdict
from auditor.model.inputs import inputs_list
from auditor.report.html_words import places_in_prose
from auditor.report.markdown_escape import (
    CELL_CHARS,
    TEXT_CHARS,
    escape_markdown,
    markdown_link,
    quote_lines,
)
from auditor.report.markdown_training import training_section
from auditor.report.view import NO_POLICY_NOTE, VERDICT_ORDER, VERDICT_WORDS, license_label
from auditor.report.view_items import stated_words
from auditor.report.view_reasons import reason_rows
from auditor.report.words import (
    alternative_lines,
    next_class_words,
    openness_line,
    openness_short,
)
from auditor.resources import reports_dir

GITHUB_COMMENT_LIMIT = 65_536
"""GitHub refuses issue and pull-request comments longer than this many characters."""

QUOTES_PER_FINDING = 5
NAMES_IN_NOTE = 20

_PRIORITY = {verdict: rank for rank, verdict in enumerate(VERDICT_ORDER, start=1)}


def render_markdown(result: AuditResult, *, max_chars: int = GITHUB_COMMENT_LIMIT) -> str:
    """The report as Markdown, kept within `max_chars` (UTF-16 units, as GitHub counts).

    When the whole report is longer, per-model details are left out (with a note naming the
    models) while the verdict and the summary table stay; only if the table alone is too long
    are its last rows replaced by a count.
    """
    view = markdown_view(result)
    head_macro, row_macro = _macro("head"), _macro("row")
    rows = [Markup(row_macro(row)) for row in view["rows"]]
    sections = [(name, _macro("section")(section)) for name, section in view["sections"]]
    tail = _macro("tail")(view)

    full_head = head_macro(view, rows, 0)
    if _size(full_head) + sum(_size(s) for _, s in sections) + _size(tail) <= max_chars:
        return full_head + "".join(s for _, s in sections) + tail

    note_macro = _macro("omitted")
    limit = f"{max_chars:,}"
    names = [_cut(name, CELL_CHARS) for name, _ in sections]
    longest = sorted(names, key=lambda n: len(escape_markdown(n)), reverse=True)
    longest = longest[:NAMES_IN_NOTE]
    worst_note = _size(note_macro(longest, len(sections), limit))
    budget = max_chars - _size(tail) - worst_note
    head = full_head
    if _size(head) > budget:
        head = _shrunk_head(head_macro, view, rows, budget)
    room = budget - _size(head)
    # Details of the run and of failing models are kept first; the order shown stays.
    kept: set[int] = set()
    for index in sorted(range(len(sections)), key=lambda i: (view["priority"][i], i)):
        size = _size(sections[index][1])
        if size <= room:
            kept.add(index)
            room -= size
    omitted = [name for i, name in enumerate(names) if i not in kept]
    note = ""
    if omitted:
        shown = omitted[:NAMES_IN_NOTE]
        note = note_macro(shown, len(omitted) - len(shown), limit)
    body = "".join(text for i, (_, text) in enumerate(sections) if i in kept)
    return head + body + note + tail


def markdown_view(result: AuditResult) -> dict[str, Any]:
    """Plain values for the Markdown template; strings are escaped by the template."""
    every = [f for m in result.models for f in m.findings] + list(result.findings)
    unwaived = [f for f in every if not f.waived]
    sections: list[tuple[str, dict[str, Any]]] = []
    priority: list[int] = []
    run = _findings_view(result.findings)
    if _has_details(run):
        sections.append(
            (
                "the run findings",
                {
                    "title": "Run findings",
                    "verdict": "",
                    "lines": [],
                    "alternatives": [],
                    "training": None,
                    **run,
                },
            )
        )
        priority.append(0)
    for model in result.models:
        details = _findings_view(model.findings)
        if _has_details(details) or model.training_data or model.data_card is not None:
            sections.append((model.ref, _model_section(model, details)))
            priority.append(_PRIORITY[model.verdict])
    return {
        "verdict": _verdict_word(result.verdict),
        "verdict_words": VERDICT_WORDS[result.verdict],
        "scope_note": NO_POLICY_NOTE if result.policy is None else "",
        "rows": [
            {
                "ref": _cut(model.ref, CELL_CHARS),
                "license": _cut(license_label(model.effective_license), CELL_CHARS),
                "verdict": _verdict_word(model.verdict),
                "openness": openness_short(model.openness),
            }
            for model in result.models
        ],
        "model_count": len(result.models),
        "counts": {
            "block": sum(f.severity is Severity.BLOCK and not f.needs_input for f in unwaived),
            "needs_input": sum(
                f.severity is Severity.BLOCK and bool(f.needs_input) for f in unwaived
            ),
            "warn": sum(f.severity is Severity.WARN for f in unwaived),
            "obligations": sum(f.obligation for f in unwaived),
            "waived": sum(f.waived for f in every),
        },
        "sections": sections,
        "reasons": reason_rows(result, places_in_prose, _cut),
        "priority": priority,
        "policy": "none"
        if result.policy is None
        else _cut(f"{result.policy.name} (sha256 {result.policy.sha256[:12]})", CELL_CHARS),
        "manifest": _cut(result.manifest or "", CELL_CHARS),
        "tool": _cut(f"{result.tool_name} {result.tool_version}", CELL_CHARS),
        "lineage_knowledge": _cut(stamp.words() if (stamp := result.lineage_knowledge) else ""),
        "generated_at": _cut(result.generated_at, CELL_CHARS),
    }


def _model_section(model: ModelResult, details: dict[str, Any]) -> dict[str, Any]:
    lines = [Markup("License: ") + _esc(license_label(model.license))]
    if license_label(model.effective_license) != license_label(model.license):
        lines[0] += Markup(" · effective: ") + _esc(license_label(model.effective_license))
    if model.source is not None:
        source = Markup("Source: ") + _esc(str(model.source.kind))
        if model.source.resolved_sha:
            source += Markup(" at ") + _esc(model.source.resolved_sha[:12])
        elif model.source.revision:
            source += Markup(" at ") + _esc(model.source.revision)
        lines.append(source)
    parents = [_lineage_text(entry) for entry in model.lineage]
    if parents:
        lines.append(Markup("Base models: ") + Markup("; ").join(_esc(p) for p in parents))
    if model.openness is not None:
        lines.append(Markup("Openness: ") + _esc(openness_line(model.openness)))
        needs = next_class_words(model.openness)
        if needs:
            lines.append(Markup("Next openness class: ") + _esc(_cut(needs)))
    return {
        "title": _cut(model.ref, CELL_CHARS),
        "verdict": _verdict_word(model.verdict),
        "lines": lines,
        "alternatives": [_cut(line) for line in alternative_lines(model)],
        "training": training_section(model),
        **details,
    }


def _lineage_text(entry: Mapping[str, object]) -> str:
    ref = str(entry.get("ref", "?"))
    notes = [str(entry["relation"])] if entry.get("relation") else []
    lic = entry.get("license")
    if isinstance(lic, Mapping) and lic.get("id"):
        notes.append(str(lic["id"]))
    found = stated_words(entry)
    if found:
        notes.append(found)
    return f"{ref} ({', '.join(notes)})" if notes else ref


def _findings_view(findings: Iterable[Finding]) -> dict[str, list[dict[str, Any]]]:
    items = list(findings)
    live = [f for f in items if not f.waived]
    return {
        "blocking": [
            _finding(f) for f in live if f.severity is Severity.BLOCK and not f.needs_input
        ],
        "needs_input": [
            _finding(f) for f in live if f.severity is Severity.BLOCK and f.needs_input
        ],
        "warnings": [_finding(f) for f in live if f.severity is Severity.WARN],
        "obligations": [_finding(f) for f in live if f.obligation and f.severity is Severity.INFO],
        "waived": [_finding(f) for f in items if f.waived],
    }


def _has_details(view: Mapping[str, Sequence[object]]) -> bool:
    return any(
        view[key] for key in ("blocking", "needs_input", "warnings", "obligations", "waived")
    )


def _verdict_word(verdict: Verdict) -> str:
    """`FAIL`, `NEEDS-INPUT`: the verdict as the table and headings print it."""
    return str(verdict).upper()


def _finding(finding: Finding) -> dict[str, Any]:
    waiver = finding.waiver
    waiver_text = ""
    if waiver is not None:
        waiver_text = f"{waiver.reason}; approved by {waiver.approved_by} until {waiver.expires}"
        if waiver.ticket:
            waiver_text += f"; ticket {waiver.ticket}"
    quotes = [
        {
            "where": _cut(_where(e.file, e.line), CELL_CHARS),
            "lines": quote_lines(e.text),
        }
        for e in finding.evidence[:QUOTES_PER_FINDING]
    ]
    return {
        "rule": _cut(finding.rule, CELL_CHARS),
        "severity": str(finding.severity),
        "message": _cut(places_in_prose(finding.message)),
        "applies_from": _cut(finding.applies_from or "", CELL_CHARS),
        "needs_input": _cut(inputs_list(finding.needs_input)) if finding.needs_input else "",
        "remediation": _cut(places_in_prose(finding.remediation or "")),
        "quotes": quotes,
        "more_quotes": max(len(finding.evidence) - QUOTES_PER_FINDING, 0),
        "references": [markdown_link(r.text, r.url) for r in finding.references],
        "waived": finding.waived,
        "waiver": _cut(waiver_text),
    }


def _where(file: str | None, line: int | None) -> str:
    if file is None:
        return ""
    return f"{file} line {line}" if line is not None else file


def _cut(text: str, limit: int = TEXT_CHARS) -> str:
    """Untrusted text cut to `limit` characters, before the template escapes it."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _esc(text: str) -> Markup:
    return Markup(escape_markdown(text, limit=TEXT_CHARS))


def _size(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _shrunk_head(
    head_macro: Callable[..., str], view: dict[str, Any], rows: list[Markup], budget: int
) -> str:
    """The head with as many table rows as fit, the rest replaced by a count."""
    keep = len(rows)
    head = head_macro(view, rows, 0)
    while keep > 0 and _size(head) > budget:
        over = _size(head) - budget
        while keep > 0 and over > 0:
            keep -= 1
            over -= _size(rows[keep])
        head = head_macro(view, rows[:keep], len(rows) - keep)
    return head


def _finalize(value: object) -> object:
    """Escape every printed value unless the view marked it as Markdown already."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return escape_markdown(value)
    return value


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(reports_dir()),
        autoescape=False,  # HTML escaping is wrong for Markdown: _finalize escapes instead
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _macro(name: str) -> Callable[..., str]:
    module = _environment().get_template("markdown.md.j2").module
    return cast(Callable[..., str], getattr(module, name))


__all__ = [
    "GITHUB_COMMENT_LIMIT",
    "escape_markdown",
    "markdown_link",
    "markdown_view",
    "quote_lines",
    "render_markdown",
]
