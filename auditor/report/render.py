"""Renders an AuditResult in the format asked for: text, json or html."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import AuditResult, Finding, ModelResult, Severity, Verdict
from auditor.model.codec import render_json
from auditor.model.inputs import inputs_words
from auditor.report.formats import ReportFormat
from auditor.report.html_words import places_in_prose
from auditor.report.sanitize import sanitize_json, sanitize_text
from auditor.report.view import NO_POLICY_NOTE, VERDICT_WORDS, license_label
from auditor.report.view_items import stated_words
from auditor.report.view_training import text_lines, training_view
from auditor.report.words import model_lines, openness_short, severity_word
from auditor.resources import reports_dir

_SHOWN = frozenset({"license-choice"})
"""Information findings the text report shows: the license option an `A OR B` was judged under."""


def render(result: AuditResult, fmt: ReportFormat) -> str:
    """The report as text in the given format; untrusted strings shown, never obeyed."""
    if fmt is ReportFormat.TEXT:
        return render_text(result)
    text = _render(result, fmt)
    if fmt in (ReportFormat.HTML, ReportFormat.MARKDOWN, ReportFormat.JUNIT):
        return text  # each escapes its own text
    return sanitize_json(text)


def _render(result: AuditResult, fmt: ReportFormat) -> str:
    if fmt is ReportFormat.JSON:
        return render_json(result)
    if fmt is ReportFormat.HTML:
        return render_html(result)
    if fmt is ReportFormat.JSONL:
        from auditor.report.jsonl import render_jsonl

        return render_jsonl(result)
    if fmt is ReportFormat.MARKDOWN:
        from auditor.report.markdown import render_markdown

        return render_markdown(result)
    if fmt is ReportFormat.SARIF:
        from auditor.report.sarif import render_sarif

        return render_sarif(result)
    if fmt is ReportFormat.JUNIT:
        from auditor.report.junit import render_junit

        return render_junit(result)
    if fmt is ReportFormat.CYCLONEDX:
        from auditor.report.cyclonedx import render_cyclonedx

        return render_cyclonedx(result)
    if fmt is ReportFormat.SPDX:
        from auditor.report.spdx3 import render_spdx3

        return render_spdx3(result)
    raise ValueError(f"no renderer for {fmt}")


if TYPE_CHECKING:
    import jinja2

__all__ = ["ReportFormat", "render", "render_html", "render_text"]


@cache
def _environment() -> jinja2.Environment:
    import jinja2  # lazily: only the template formats need it

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(reports_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(result: AuditResult) -> str:
    """A self-contained HTML page: inline CSS, one hashed script, no external requests."""
    from auditor.report.html_view import build_html_view

    page = _environment().get_template("html.html.j2").render(build_html_view(result))
    return _unindented(page)


_VERBATIM = lazy_pattern(r"(<script\b.*?</script>|<template\b.*?</template>)", re.DOTALL)


def _unindented(page: str) -> str:
    """The page without the template's indentation before its tags (whitespace between tags
    says nothing to a browser); the script (its CSP hash) and the data block stay verbatim."""
    parts = _VERBATIM.split(page)
    return "".join(
        part if index % 2 else re.sub(r"\n[ \t]+<", "\n<", part) for index, part in enumerate(parts)
    )


_STYLE = {
    Verdict.PASS: "bold green",
    Verdict.WARN: "bold yellow",
    Verdict.NEEDS_INPUT: "bold cyan",
    Verdict.FAIL: "bold red",
    Verdict.ERROR: "bold magenta",
}


def _source_words(model: ModelResult) -> str:
    """Where the evidence came from: `hub 0e9e39f249a1`, `local folder`, `gguf file`..."""
    source = model.source
    if source is None:
        return "-"
    kind = {"local": "local folder", "card": "local card", "gguf": "gguf file"}.get(
        str(source.kind), str(source.kind)
    )
    sha = source.resolved_sha
    return f"{kind} {sha[:12]}" if sha else kind


def render_text(result: AuditResult, *, width: int = 100, color: bool = False) -> str:
    """A terminal report: one table of models, then each model's findings."""
    from rich.console import Console
    from rich.markup import escape as escape_markup

    def escape(text: str) -> str:
        # Untrusted text: shown, never obeyed by the terminal. Every value is one line (a line
        # break in a file name or card value would start a forged line such as `FAKE: PASS`).
        return escape_markup(sanitize_text(text, multiline=False))

    from rich.table import Table

    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False
    )
    table = Table(title="Model license audit", title_justify="left")
    for column in ("Model", "Source", "License", "Verdict", "Openness"):
        table.add_column(column, overflow="fold")
    for model in result.models:
        table.add_row(
            escape(model.ref),
            escape(_source_words(model)),
            escape(license_label(model.effective_license)),
            f"[{_STYLE[model.verdict]}]{model.verdict.upper()}[/]",
            escape(openness_short(model.openness)),
        )
    console.print(table)
    _print_reasons(console, result, escape)

    def print_finding(finding: Finding, indent: str = "  ") -> None:
        waived = " (waived)" if finding.waived else ""
        weight = severity_word(finding).upper()
        console.print(
            f"{indent}{weight}{waived} {escape(finding.rule)}: "
            f"{escape(places_in_prose(finding.message))}"
        )
        for evidence in finding.evidence:
            where = f"{evidence.file or ''}:{evidence.line}" if evidence.line else evidence.file
            console.print(f"{indent}    {escape(where or '')} {escape(evidence.text)}")
        if finding.needs_input:
            console.print(f"{indent}    {escape(inputs_words(finding.needs_input))}")
        if finding.remediation:
            console.print(f"{indent}    fix: {escape(places_in_prose(finding.remediation))}")

    for model in result.models:
        # information stays out of the terminal, except which license option was chosen and
        # the duties the license carries (a checklist)
        shown = [f for f in model.findings if f.severity is not Severity.INFO or f.rule in _SHOWN]
        duties = [f for f in model.findings if f.obligation and f not in shown]
        # parents the lineage followed though the metadata does not declare them
        stated = [(e.get("ref"), stated_words(e)) for e in model.lineage if stated_words(e)]
        extra = model_lines(model)  # openness, the next class, alternatives
        training = training_view(model, places_in_prose)
        if not shown and not stated and not extra and not duties and training is None:
            continue
        console.print(f"\n[bold]{escape(model.ref)}[/]")
        for line in extra:
            console.print(f"  {escape(line)}")
        for ref, words in stated:
            console.print(f"  base model {escape(str(ref))}: {escape(words)}")
        for finding in shown:
            print_finding(finding)
        if duties:
            console.print("  obligations to fulfil:")
            for duty in duties:
                what = places_in_prose(
                    f"{duty.message}. {duty.remediation}" if duty.remediation else duty.message
                )
                console.print(f"    [ ] {escape(duty.rule)}: {escape(what)}")
        for line in text_lines(training) if training is not None else ():
            console.print(f"  {escape(line)}")
    if result.findings:  # the run's own: unused or expired waivers
        console.print("\n[bold]This run[/]")
        for finding in result.findings:
            print_finding(finding)
    console.print()
    if result.policy is None:
        console.print(NO_POLICY_NOTE)
    else:
        console.print(f"Policy: {escape(result.policy.name)} (sha256 {result.policy.sha256[:12]})")
    if result.lineage_knowledge is not None:
        console.print(f"Lineage knowledge: {escape(result.lineage_knowledge.words())}")
    # the verdict is the last line: what a CI log shows first when it is cut
    console.print(f"[{_STYLE[result.verdict]}]{VERDICT_WORDS[result.verdict]}[/]")
    return buffer.getvalue()


def _print_reasons(console: Any, result: AuditResult, escape: Callable[[str], str]) -> None:
    """What blocks most models, and what to do, before the models one by one."""
    from auditor.report.view_reasons import BLOCKING, group_reasons

    reasons = group_reasons(result, BLOCKING, places_in_prose)
    if not reasons:
        return
    console.print("\n[bold]Blocking reasons[/] (most models first)")
    for reason in reasons:
        count = len(reason.models)
        waits = " (waits for a deployment fact)" if reason.severity == "needs-input" else ""
        console.print(
            f"  {escape(reason.title)} ({escape(reason.rule)}){waits}: "
            f"{count} model{'s' if count != 1 else ''}"
        )
        if reason.needs:
            console.print(f"    state: {escape(reason.needs)}")
        if reason.fix:
            more = " (the fix differs by model; see each)" if reason.fix_varies else ""
            console.print(f"    fix: {escape(reason.fix)}{more}")
