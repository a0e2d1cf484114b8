"""The Markdown report: layout for pull-request comments, escaping, and the length limit."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from auditor.model import (
    AppliedWaiver,
    AuditResult,
    Category,
    Declared,
    Evidence,
    Finding,
    LicenseMatch,
    ModelResult,
    PolicyRef,
    Reference,
    Severity,
    SourceInfo,
    SourceKind,
    Verdict,
)
from auditor.model.kinds import LicenseKind
from auditor.report.markdown import (
    GITHUB_COMMENT_LIMIT,
    escape_markdown,
    quote_lines,
    render_markdown,
)

HOSTILE = [
    "a | b || c",
    "`code` and ``more``",
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "<!-- hidden -->",
    "[click](https://evil.example/x) ![img](https://evil.example/i.png)",
    "[ref]: https://evil.example",
    "<https://evil.example/auto>",
    "see https://evil.example/bare and www.evil.example and mail@evil.example",
    "ping @octocat and @org/team",
    "# Heading",
    "- list item",
    "+ plus item",
    "1. ordered",
    "2) ordered",
    "> quoted",
    "---",
    "===",
    "***bold italic*** __under__ ~~strike~~",
    "$x^2$ and $$y$$",
    "&amp; &lt;b&gt; &#64; &copy;",
    "back\\slash\\",
    "line one\nline two\r\nline three\u2028four\u2029five",
    "tab\tand\x00nul\x1bescape",
    "rtl \u202eevil\u202c text",
    "    indented code",
    "```\nfenced\n```",
    "~~~\nfenced\n~~~",
    "| --- | --- |",
]

md = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def test_escape_markdown_known_cases() -> None:
    assert escape_markdown("a|b") == "a\\|b"
    assert escape_markdown("<b>") == "&lt;b&gt;"
    assert escape_markdown("# x") == "\\# x"
    assert escape_markdown("- x") == "\\- x"
    assert escape_markdown("12. x") == "12\\. x"
    assert escape_markdown("https://e.example") == "https:&#8203;//e.example"
    assert escape_markdown("@user") == "@&#8203;user"
    assert escape_markdown("WWW.e.example") == "WWW&#8203;.e.example"
    assert escape_markdown("x\n\ny") == "x y"
    assert escape_markdown("abcdef", limit=4) == "abc…"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_plain_text(text: str) -> None:
    tokens = md.parse(f"para {escape_markdown(text)}")
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert {c.type for c in children} <= {"text"}, [c.type for c in children]
    assert _text(children) == "para " + _expected(text)


@settings(deadline=None, max_examples=200)
@given(st.text())
def test_any_text_renders_literally(text: str) -> None:
    expected = _expected(text)
    tokens = md.parse(f"x {escape_markdown(text)}")
    children = tokens[1].children or []
    assert {c.type for c in children} <= {"text"}
    assert _text(children) == ("x " + expected).strip()


@settings(deadline=None, max_examples=200)
@given(st.text())
def test_any_text_stays_in_its_table_cell(text: str) -> None:
    table = f"| a | b |\n| --- | --- |\n| {escape_markdown(text)} | z |\n"
    tokens = md.parse(table)
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2
    inline = [t for t in tokens if t.type == "inline"]
    assert _text(inline[-1].children or []) == "z"


@pytest.mark.parametrize("text", HOSTILE)
def test_quote_lines_stay_in_the_blockquote(text: str) -> None:
    _check_quote(text)


@settings(deadline=None, max_examples=200)
@given(st.text())
def test_any_quote_stays_in_the_blockquote(text: str) -> None:
    _check_quote(text, limit=10_000)


def _check_quote(text: str, limit: int = 1_000) -> None:
    lines = quote_lines(text, limit=limit, max_lines=10_000)
    quoted = "\\\n".join(f"> {escape_markdown(line)}" for line in lines)
    tokens = md.parse(quoted)
    assert tokens[0].type == "blockquote_open"
    assert tokens[-1].type == "blockquote_close"
    if lines == [""]:
        assert len(tokens) == 2  # nothing printable: an empty quote
        return
    assert [t.type for t in tokens[1:-1]] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[2].children or []
    assert {c.type for c in children} <= {"text", "hardbreak"}
    wanted = [_expected(line) for line in text.splitlines() if _expected(line)]
    assert _text(children).split("\n") == wanted


def test_quote_lines_cut_long_quotes() -> None:
    assert quote_lines("a\n" * 50, max_lines=3) == ["a", "a", "a", "…"]
    assert quote_lines("x" * 50, limit=10) == ["x" * 10 + "…"]
    assert quote_lines("\n\n  \n") == [""]
    assert quote_lines("a\n\n b \n") == ["a", "b"]


def test_report_layout() -> None:
    text = render_markdown(_result())
    assert text.startswith("## Model license audit: FAIL\n\n**Fail: at least one model")
    assert "| Model | Effective license | Verdict | Openness |" in text
    assert "| org/bad | Bad License (LicenseRef-bad) | FAIL |" in text
    assert "| org/fine | MIT License (MIT) | PASS |" in text
    assert "### org/bad: FAIL" in text
    assert "**Blocking**\n\n- **no-commercial-use**: commercial use is prohibited" in text
    assert "  - Remediation: buy a license" in text
    assert "  - Evidence (LICENSE line 3):\n    > You may not use it commercially.\n" in text
    assert "  - References: Bad License clause 2: <https://licenses.example/bad>" in text
    assert "**Warnings**\n\n- **gated-model**: the model is gated" in text
    assert "- [ ] **attribution-required**: credit the authors. Keep the NOTICE file." in text
    assert "**Waived**\n\n- **revenue-cap** (block, waived): revenue above the cap" in text
    assert "  - Waiver: signed deal; approved by legal until 2027-01-01; ticket LEG-1" in text
    assert "### Run findings" in text
    assert "waiver-unused" in text
    assert "just a note" not in text  # info findings that are no duty stay out
    assert "### org/fine" not in text  # nothing to say about it beyond the table
    assert text.endswith("model-license-auditor 1.2.3 · 2026-01-02T03:04:05Z\n")


@pytest.mark.parametrize("verdict", list(Verdict))
def test_verdict_label_is_text_without_emoji(verdict: Verdict) -> None:
    text = render_markdown(replace(_result(), verdict=verdict))
    assert text.startswith(f"## Model license audit: {verdict.upper()}\n")
    assert not [c for c in text if unicodedata.category(c) == "So"]


def test_no_policy_says_what_was_not_judged() -> None:
    text = render_markdown(replace(_result(), policy=None))
    assert "> **Scope:** No policy was applied" in text
    assert "Policy: none" in text


def test_rendering_is_deterministic_and_takes_time_from_the_result() -> None:
    first = render_markdown(_result())
    assert render_markdown(_result()) == first
    later = render_markdown(replace(_result(), generated_at="2030-01-01T00:00:00Z"))
    assert first.replace("2026-01-02T03:04:05Z", "2030-01-01T00:00:00Z") == later


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_result_keeps_the_document_structure(text: str) -> None:
    result = _hostile_result(text)
    rendered = render_markdown(result)
    tokens = md.parse(rendered)
    headings = [
        _text(tokens[i + 1].children or [])
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    assert headings == [
        "Model license audit: FAIL",
        "Blocking reasons",
        "Run findings",
        _expected(f"{text}: FAIL"),
    ]
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 4  # the header and the one model; the header and the one reason
    # model, license, verdict, openness; reason, models, what to do
    assert sum(t.type == "td_open" for t in tokens) == 4 + 3
    assert not [t for t in tokens if t.type in ("html_block", "html_inline", "code_block")]
    assert not [t for t in tokens if t.type == "fence"]
    assert not _links(tokens)
    # two quotes for each of the blocking, the waived and the run finding
    assert sum(t.type == "blockquote_open" for t in tokens) == 6


def test_bare_links_mentions_and_html_are_neutralised() -> None:
    rendered = render_markdown(_hostile_result(HOSTILE[7] + " " + HOSTILE[8] + " " + HOSTILE[2]))
    assert "https://evil" not in rendered
    assert "www.evil" not in rendered
    assert "@octocat" not in rendered
    assert "@evil" not in rendered
    assert "<script" not in rendered
    assert "<img" not in rendered


def test_only_plain_https_references_become_links() -> None:
    finding = Finding(
        rule="r",
        category=Category.LICENSE,
        severity=Severity.BLOCK,
        message="m",
        references=(
            Reference("good", "https://licenses.example/a?b=c#d"),
            Reference("script", "javascript:alert(1)"),
            Reference("spaces", "https://licenses.example/a b"),
            Reference("angle", "https://licenses.example/<x>"),
        ),
    )
    result = _result_with([_model("org/m", (finding,), Verdict.FAIL)])
    links = _links(md.parse(render_markdown(result)))
    assert links == ["https://licenses.example/a?b=c#d"]


def test_long_report_is_cut_to_the_limit_keeping_the_table() -> None:
    models = [
        _model(
            f"org/model-{i:03d}",
            tuple(_long_finding(f"rule-{j}", Severity.WARN) for j in range(8)),
            Verdict.WARN,
        )
        for i in range(60)
    ]
    models[42] = _model("org/failing", (_long_finding("blocker", Severity.BLOCK),), Verdict.FAIL)
    text = render_markdown(_result_with(models))
    assert _utf16(text) <= GITHUB_COMMENT_LIMIT
    for model in models:
        assert f"| {escape_markdown(model.ref)} |" in text
    assert "### org/failing: FAIL" in text  # failing models' details go first
    assert "> **Note:** to keep this comment under the 65,536-character limit" in text
    assert "were left out" in text
    assert text.endswith("· 2026-01-02T03:04:05Z\n")


def test_a_table_too_long_for_the_limit_is_cut_last() -> None:
    models = [_model(f"org/{'m' * 120}-{i:04d}", (), Verdict.PASS) for i in range(2000)]
    text = render_markdown(_result_with(models))
    assert _utf16(text) <= GITHUB_COMMENT_LIMIT
    assert f"| org/{'m' * 120}-0000 |" in text
    assert "more models, left out to fit the comment limit" in text


def test_limit_counts_utf16_units() -> None:
    models = [
        _model(f"org/{'😀' * 60}-{i}", (_long_finding("r", Severity.WARN),), Verdict.WARN)
        for i in range(30)
    ]
    text = render_markdown(_result_with(models), max_chars=20_000)
    assert _utf16(text) <= 20_000


def test_huge_strings_are_capped() -> None:
    huge = "x" * 200_000
    finding = replace(_long_finding("r", Severity.BLOCK), message=huge, rule=huge)
    model = replace(_model(huge, (finding,), Verdict.FAIL), effective_license=None)
    text = render_markdown(replace(_result_with([model]), manifest=huge))
    assert _utf16(text) <= 25_000
    assert f"| {'x' * 159}… | none declared | FAIL |" in text
    assert f"### {'x' * 159}…: FAIL" in text


def test_short_report_is_not_cut() -> None:
    text = render_markdown(_result())
    assert "left out" not in text


# --- helpers -------------------------------------------------------------------------------


def _expected(text: str) -> str:
    """What a reader should see: controls and direction marks shown as escapes, whitespace
    collapsed, no zero-width space."""
    bidi = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    shown = []
    for c in text:
        if c.isspace():
            shown.append(" ")
        elif unicodedata.category(c) == "Cc":
            shown.append(f"\\x{ord(c):02x}")
        elif c in bidi:
            shown.append(f"[U+{ord(c):04X}]")
        elif unicodedata.category(c) == "Cs":
            shown.append(f"\\u{ord(c):04x}")
        else:
            shown.append(c)
    return " ".join("".join(shown).split()).replace("\u200b", "")


def _text(children: list[Token]) -> str:
    parts = ["\n" if c.type in ("hardbreak", "softbreak") else c.content for c in children]
    return "".join(parts).replace("\u200b", "")


def _links(tokens: list[Token]) -> list[str]:
    found: list[str] = []
    for token in tokens:
        for child in token.children or []:
            if child.type in ("link_open", "image"):
                found.append(str(child.attrs.get("href") or child.attrs.get("src")))
    return found


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _license(lid: str, name: str) -> LicenseMatch:
    return LicenseMatch(
        lid, name, None, None, None, LicenseKind.PERMISSIVE_OSS, 0.9, "declared-tag"
    )


def _model(ref: str, findings: tuple[Finding, ...], verdict: Verdict) -> ModelResult:
    return ModelResult(
        ref=ref,
        source=SourceInfo(SourceKind.HUB, ref, None, "0123456789abcdef", False, None),
        declared=Declared(license="mit"),
        license=_license("MIT", "MIT License"),
        effective_license=_license("MIT", "MIT License"),
        license_files=(),
        findings=findings,
        verdict=verdict,
        manifest_line=3,
    )


def _result_with(models: list[ModelResult], findings: tuple[Finding, ...] = ()) -> AuditResult:
    return AuditResult(
        tool_name="model-license-auditor",
        tool_version="1.2.3",
        generated_at="2026-01-02T03:04:05Z",
        verdict=Verdict.FAIL,
        models=tuple(models),
        policy=PolicyRef("default", "a" * 64),
        manifest="models.yaml",
        findings=findings,
    )


def _long_finding(rule: str, severity: Severity) -> Finding:
    return Finding(
        rule=rule,
        category=Category.TERM,
        severity=severity,
        message="long message " * 60,
        remediation="long fix " * 60,
        evidence=(Evidence("LICENSE", 7, "quoted " * 100),),
    )


def _result() -> AuditResult:
    bad = Finding(
        rule="no-commercial-use",
        category=Category.LICENSE,
        severity=Severity.BLOCK,
        message="commercial use is prohibited",
        remediation="buy a license",
        evidence=(Evidence("LICENSE", 3, "You may not use it commercially."),),
        references=(Reference("Bad License clause 2", "https://licenses.example/bad"),),
    )
    gated = Finding("gated-model", Category.SOURCE, Severity.WARN, "the model is gated")
    duty = Finding(
        rule="attribution-required",
        category=Category.TERM,
        severity=Severity.INFO,
        message="credit the authors",
        remediation="Keep the NOTICE file.",
        obligation=True,
    )
    note = Finding("note-only", Category.SOURCE, Severity.INFO, "just a note")
    waived = Finding(
        rule="revenue-cap",
        category=Category.TERM,
        severity=Severity.BLOCK,
        message="revenue above the cap",
        waived=True,
        waiver=AppliedWaiver("signed deal", "legal", "2027-01-01", "LEG-1"),
    )
    unused = Finding(
        "waiver-unused",
        Category.WAIVER,
        Severity.WARN,
        "waiver matches no finding",
        evidence=(Evidence("models.yaml", 9, "rule: x"),),
    )
    bad_model = replace(
        _model("org/bad", (bad, gated, duty, note, waived), Verdict.FAIL),
        effective_license=_license("LicenseRef-bad", "Bad License"),
    )
    fine = _model("org/fine", (), Verdict.PASS)
    return _result_with([bad_model, fine], (unused,))


def _hostile_result(text: str) -> AuditResult:
    finding = Finding(
        rule=text,
        category=Category.LICENSE,
        severity=Severity.BLOCK,
        message=text,
        remediation=text,
        evidence=(Evidence(text, 2, text), Evidence(None, None, text)),
        references=(Reference(text, text),),
    )
    waived = replace(finding, waived=True, waiver=AppliedWaiver(text, text, text, text))
    model = replace(
        _model(text, (finding, waived), Verdict.FAIL),
        effective_license=_license(text, text),
    )
    run = replace(finding, severity=Severity.WARN)
    return replace(
        _result_with([model], (run,)),
        policy=PolicyRef(text, text),
        manifest=text,
        tool_version=text,
    )


def test_openness_and_alternatives_stand_beside_the_verdict() -> None:
    from dataclasses import replace as _replace

    from auditor.model import Openness
    from auditor.model.lineage import AlternativeSuggestion
    from auditor.report.render import render_text

    bad = Finding("no-commercial-use", Category.LICENSE, Severity.BLOCK, "not for business")
    openness = Openness(
        osi_approved=False,
        osaid_fit=None,
        mof_class=None,
        missing=("a model card",),
        components={"model parameters": "Quill License", "task": "text-generation"},
    )
    alternative = AlternativeSuggestion(
        repo="quill/open-7b",
        is_pattern=False,
        pattern="quill/open-*",
        license_id="MIT",
        license_name="MIT License",
        family="quill",
        verdict="pass",
        warnings=[],
        why="MIT License (open source); matched on task text generation and size 3B to 15B",
        note=None,
    )
    model = _replace(
        _model("org/bad", (bad,), Verdict.FAIL), openness=openness, alternatives=(alternative,)
    )
    text = render_markdown(_result_with([model]))
    assert "| org/bad | MIT License (MIT) | FAIL | not OSI · below MOF III |" in text
    assert "Model Openness Framework: below class III" in text
    assert "for class III, the model needs a model card" in text
    assert "**Alternatives**\n\n- quill/open-7b: MIT License (open source); matched on task" in text
    plain = render_text(_result_with([model]), width=200)
    assert "openness: OSI-approved license: no" in plain
    assert "alternative: quill/open-7b: MIT License" in plain
