"""The HTML report: every section, accessible structure, and hostile card text kept inert."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from auditor.api import AuditOptions, audit
from auditor.gate.manifest import load_manifest
from auditor.model import AuditResult, Verdict
from auditor.model.codec import result_to_dict
from auditor.model.decode import result_from_dict
from auditor.pipeline.judging import Job
from auditor.pipeline.run import audit_jobs
from auditor.report.render import render_html
from auditor.report.view import build_view, reveal_controls, safe_href
from auditor.sources.base import parse_target
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "manifest.yaml"
FIXED = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SECTIONS = (
    "Findings and what to do",
    "Identity",
    "License",
    "Lineage",
    "Terms",
    "Alternatives",
    "Judged under",
    "Openness",
)
"""The h4 headings every model's folded section has (the script lays it out), in order: its
findings and what to do first."""
DETAILS = ("cards", "identity", "licenses", "tree", "terms", "alternatives", "judged")
"""What the data block holds for each model's folded section."""

RLO = "\u202e"
LONG_LINE = "W" * 5000
SCRIPT_TAG = "<script>alert(1)</script>"
ONERROR = '<img src=x onerror="alert(2)">'
JS_LINK = "javascript:alert(3)"


# -- results to render ------------------------------------------------------------------------


def _clock() -> datetime:
    return FIXED


@cache
def example_result() -> AuditResult:
    """The README example audited at a fixed time, its organization taken as a university's:
    the research model then passes (a company's research under CC BY-NC 4.0 is commercial use
    and blocks; the golden report, tests/golden/example, is the company's), so these tests read
    a report with one model to review and add a blocking finding themselves (`rich_result`)."""
    manifest = load_manifest(EXAMPLE)
    manifest = replace(manifest, organization={**manifest.organization, "type": "academic"})
    jobs = [
        Job(parse_target(m.ref, base_dir=manifest.base_dir), manifest.deployment_of(m), m.line)
        for m in manifest.models
    ]
    return audit_jobs(jobs, AuditOptions(clock=_clock), manifest=manifest)


def rich_result() -> AuditResult:
    """The example with every optional part filled in: a pinned Hub source, a blocking
    finding, a waiver applied and one expired, references, `applies_from`, run findings."""
    doc = result_to_dict(example_result())
    chat, embedder, vision = doc["models"]
    chat["source"] = {
        "kind": "hub",
        "repo_id": "acme/acme-chat-llama",
        "revision": "main",
        "resolved_sha": "0123456789abcdef0123456789abcdef01234567",
        "gated": True,
        "endpoint": "https://hub.example.internal",
    }
    law = next(f for f in chat["findings"] if f["rule"] == "foreign-governing-law")
    law["waived"] = True
    law["waiver"] = {
        "reason": "Counsel accepted California law",
        "approved_by": "legal@acme.example",
        "expires": "2027-03-31",
        "ticket": "LEGAL-7",
    }
    chat["findings"].append(
        {
            "rule": "eu-ai-act-gpai-transparency",
            "category": "regulation",
            "severity": "warn",
            "message": "General-purpose AI obligations apply to this deployment",
            "evidence": [{"file": "policies/eu-ai-act.yaml", "line": 12, "text": "Art. 53"}],
            "remediation": "Keep the technical documentation the provider publishes.",
            "waived": False,
            "waiver": None,
            "references": [
                {"text": "Regulation (EU) 2024/1689, Art. 53", "url": "https://eur-lex.europa.eu/"},
                {"text": "Internal guideline G-4", "url": None},
            ],
            "obligation": False,
            "applies_from": "2027-08-02",
        }
    )
    embedder["findings"].insert(
        0,
        {
            "rule": "waiver-expired",
            "category": "waiver",
            "severity": "warn",
            "message": "the waiver for 'attribution-required' expired on 2025-01-01",
            "evidence": [{"file": "manifest.yaml", "line": 30, "text": "expires: 2025-01-01"}],
            "remediation": "review the finding again and renew or remove the waiver",
            "waived": False,
            "waiver": None,
            "references": [],
            "obligation": False,
            "applies_from": None,
        },
    )
    embedder["verdict"] = "warn"
    vision["findings"].append(
        {
            "rule": "non-commercial-license-in-commercial-use",
            "category": "license",
            "severity": "block",
            "message": "CC-BY-NC-4.0 allows only non-commercial use, but the deployment is saas",
            "evidence": [{"file": None, "line": None, "text": "commercial_use: prohibited"}],
            "remediation": "Buy a commercial license.",
            "waived": False,
            "waiver": None,
            "references": [{"text": "CC-BY-NC-4.0 clause 2(a)(1)", "url": None}],
            "obligation": False,
            "applies_from": None,
        }
    )
    vision["verdict"] = "fail"
    doc["verdict"] = "fail"
    doc["findings"] = [
        {
            "rule": "waiver-unused",
            "category": "waiver",
            "severity": "warn",
            "message": "waiver for rule 'mau-above-threshold' on 'acme/old' matches no finding",
            "evidence": [
                {"file": "manifest.yaml", "line": 33, "text": "rule: mau-above-threshold"}
            ],
            "remediation": "remove the waiver",
            "waived": False,
            "waiver": None,
            "references": [],
            "obligation": False,
            "applies_from": None,
        }
    ]
    return result_from_dict(doc)


def write_hostile_model(folder: Path) -> Path:
    """A local model whose card and LICENSE try every trick on the report."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(
        "---\n"
        f"license: {json.dumps(SCRIPT_TAG)}\n"
        f"license_name: {json.dumps(ONERROR)}\n"
        f"license_link: {json.dumps(JS_LINK)}\n"
        f"base_model: {json.dumps('<b onmouseover=alert(4)>evil/' + RLO + 'parent')}\n"
        "---\n"
        f"# Evil {RLO}gnp.exe\n\n{LONG_LINE}\n",
        encoding="utf-8",
    )
    (folder / "LICENSE").write_text(
        f"{SCRIPT_TAG} License {RLO}txt.exe\n{LONG_LINE}\n"
        '<iframe src="https://evil.example/"></iframe>\n',
        encoding="utf-8",
    )
    return folder


def hostile_result(folder: Path) -> AuditResult:
    """A real audit of the hostile model, plus hostile text in every field the card cannot
    reach (references, waivers, terms, run findings), loaded back from the JSON document."""
    result = audit([str(write_hostile_model(folder))], AuditOptions(clock=_clock))
    doc = result_to_dict(result)
    model = doc["models"][0]
    evil = f"{SCRIPT_TAG}{ONERROR}{RLO}{LONG_LINE}"
    hostile_finding = {
        "rule": "hostile-finding",
        "category": "term",
        "severity": "warn",
        "message": f"message {evil}",
        "evidence": [{"file": f"{ONERROR}.md", "line": 7, "text": evil}],
        "remediation": f"remediation {SCRIPT_TAG}",
        "waived": False,
        "waiver": None,
        "references": [
            {"text": f"js {ONERROR}", "url": JS_LINK},
            {"text": "data", "url": "data:text/html,<script>alert(5)</script>"},
            {"text": "spaced", "url": " https://evil.example/"},
            {"text": "rlo", "url": f"https://evil.example/{RLO}exe.txt"},
            {"text": "upper-case scheme", "url": "JAVASCRIPT:alert(6)"},
        ],
        "obligation": False,
        "applies_from": f"{SCRIPT_TAG}2027",
    }
    model["findings"].append(hostile_finding)
    model["findings"].append(
        {**hostile_finding, "rule": "hostile-duty", "severity": "info", "obligation": True}
    )
    model["findings"].append(
        {
            **hostile_finding,
            "rule": "hostile-waived",
            "waived": True,
            "waiver": {
                "reason": f"reason {SCRIPT_TAG}",
                "approved_by": ONERROR,
                "expires": f"{RLO}2099",
                "ticket": JS_LINK,
            },
        }
    )
    model["terms"] = {
        "kind": "permissive-oss",
        "naming_requirement": f"{SCRIPT_TAG}{RLO}",
        "use_restrictions": [ONERROR, JS_LINK],
        f"<svg onload=alert(7)>{RLO}": True,
    }
    model["term_evidence"] = {"naming_requirement": [{"file": ONERROR, "line": 1, "text": evil}]}
    model["lineage"].append(
        {
            "ref": f"{ONERROR}/{RLO}x",
            "relation": SCRIPT_TAG,
            "depth": 2,
            "parent": JS_LINK,
            "license": {"id": ONERROR, "name": SCRIPT_TAG, "kind": RLO},
            "resolved_by": ONERROR,
        }
    )
    model["license_files"].append(
        {"path": f"{ONERROR}{RLO}", "sha256": None, "identified_as": SCRIPT_TAG, "confidence": 0}
    )
    doc["manifest"] = f"{SCRIPT_TAG}{RLO}manifest.yaml"
    doc["findings"] = [{**hostile_finding, "rule": "hostile-run"}]
    return result_from_dict(doc)


# -- a small HTML reader ----------------------------------------------------------------------

VOID = frozenset({"meta", "br", "col", "img", "input", "link", "hr", "wbr", "source"})
BLOCKS = frozenset(
    {"p", "div", "li", "dt", "dd", "tr", "th", "td", "caption", "blockquote", "article", "section"}
    | {"h1", "h2", "h3", "h4", "h5", "header", "footer", "main", "nav", "table", "ul"}
)
BLOCK_SPANS = frozenset({"sub", "where", "num", "hint"})
"""Spans the style sheet displays as blocks: their text is a line of its own."""


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    ancestors: tuple[Element, ...]
    text: list[str] = field(default_factory=list)

    def text_content(self) -> str:
        return "".join(self.text)


class Page(HTMLParser):
    """Every element with its ancestors, and every text chunk with the element holding it."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.texts: list[tuple[str, tuple[Element, ...]]] = []
        self._stack: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), tuple(self._stack))
        self.elements.append(element)
        self._break(element)
        if tag not in VOID:
            self._stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self._stack, f"</{tag}> closes nothing"
        assert self._stack[-1].tag == tag, f"</{tag}> closes <{self._stack[-1].tag}>"
        self._break(self._stack.pop())

    def _break(self, element: Element) -> None:
        """Text on both sides of a block does not run together (as a reader sees it)."""
        classes = set((element.attrs.get("class") or "").split())
        if element.tag in BLOCKS or (element.tag == "span" and classes & BLOCK_SPANS):
            for open_element in self._stack:
                open_element.text.append(" ")

    def handle_data(self, data: str) -> None:
        self.texts.append((data, tuple(self._stack)))
        for element in self._stack:
            element.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag and all(e.attrs.get(k) == v for k, v in attrs.items())
        ]

    def headings(self, tag: str) -> list[str]:
        return [" ".join(e.text_content().split()) for e in self.find(tag)]


def words(element: Element) -> str:
    """The element's text with runs of whitespace made single spaces."""
    return " ".join(element.text_content().split())


def page_of(result: AuditResult) -> tuple[str, Page]:
    html = render_html(result)
    page = Page(html)
    assert not page._stack, "unclosed elements"
    return html, page


DATA_START = '<template id="report-data">'


def data_of(html: str) -> dict[str, Any]:
    """The page's data block: the tables and each model's details its script lays out."""
    start = html.index(DATA_START) + len(DATA_START)
    data: dict[str, Any] = json.loads(unescape(html[start : html.index("</template>", start)]))
    return data


def model_text(data: dict[str, Any], index: int) -> str:
    """The words of one model's details in the data block (labels beside their values), with
    the text of its findings, for finding what it says."""
    strings = data["strings"]
    model = data["models"][index]
    words: list[str] = [model["ref"], strings[model["license"]]]
    for row in [*model["identity"], *model["licenses"]]:
        words.append(" ".join(strings[i] for i in row[:3]))
    nodes = list(model["tree"])
    while nodes:
        node = nodes.pop(0)
        words += [node["rel"], node["ref"], node["lic"], node["by"], node.get("found", "")]
        nodes += node.get("children", [])
    if model["terms"]:
        words += [strings[model["terms"]["name"]], strings[model["terms"]["absent"]]]
    for key in ("obligations", "expired", "judged", "openness_lines"):
        words += [strings[i] for i in model[key]]
    words += [strings[i] for item in model["alternatives"] for i in item]
    for number in [*model["cards"], *model["waivers"]]:
        finding = data["findings"][number]
        words += [strings[finding[k]] for k in ("rule", "message", "fix") if k in finding]
        words += [strings[i] for i in finding.get("evidence", [])[:2]]
        words += [strings[r[0]] for r in finding.get("refs", [])]
    return " ".join(" ".join(words).split())


# -- structure --------------------------------------------------------------------------------


def test_example_has_every_section_in_order() -> None:
    result = example_result()
    html, page = page_of(result)
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert page.headings("h1") == ["Model license audit"]
    assert page.headings("h2") == [
        "Summary",
        "Models",
        "Findings",
        "Obligations and waivers across models",
        "Licenses",
        "Each model",
        "Audit trail",
    ]
    # each model's folded section is laid out by the script from the data block (the browser
    # tests check its headings and their order)
    data = data_of(html)
    assert [m["ref"] for m in data["models"]] == [m.ref for m in result.models]
    for model in data["models"]:
        assert set(DETAILS) <= set(model)


def test_landmarks_language_and_tables_are_accessible() -> None:
    result = rich_result()
    _, page = page_of(result)
    assert page.find("html", lang="en")
    for landmark in ("header", "nav", "main", "footer"):
        assert page.find(landmark), landmark
    assert page.find("nav")[0].attrs.get("aria-label") == "Contents"
    tables = page.find("table")
    assert len(tables) >= 9
    for th in page.find("th"):
        assert th.attrs.get("scope") in {"row", "col", "rowgroup"}, th.text_content()
    for table in tables:
        headers = [e for e in page.elements if e.tag == "th" and table in e.ancestors]
        assert headers, "a table without header cells"
    for region in page.find("div", role="region"):
        assert region.attrs.get("tabindex") == "0" and region.attrs.get("aria-label")
    for section in page.find("section"):
        target = section.attrs["aria-labelledby"]
        assert target and any(e.attrs.get("id") == target for e in page.elements)
    ids = [e.attrs["id"] for e in page.elements if "id" in e.attrs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    anchors = {f"#{i}" for i in ids}
    # a model's section is laid out by the script: its anchor is the model's place in the result
    anchors |= {f"#model-{n}" for n in range(1, len(result.models) + 1)}
    filters = {"severity", "rule", "license", "model", "waived", "verdict", "kind", "q"}
    for link in page.find("a"):
        href = link.attrs["href"] or ""
        where, _, query = href.partition("?")
        if where in ("#findings", "#models") and query:  # a deep link: the table, filtered
            assert {part.partition("=")[0] for part in query.split("&")} <= filters, href
            continue
        assert href in anchors or href.startswith("https://"), href


def test_example_summary_identity_license_lineage_terms_and_trail() -> None:
    result = example_result()
    _, page = page_of(result)
    text = words(page.find("body")[0])
    assert "Overall verdict: Pass with warnings" in text
    assert "3 models audited: 1 pass with warnings, 2 pass." in text
    assert "Models to review" in text
    assert "Generated 2026-01-15T12:00:00Z" in " ".join(page.headings("p"))
    stats = [
        (words(dt), words(dd)) for dt, dd in zip(page.find("dt"), page.find("dd"), strict=False)
    ]
    assert stats[:5] == [
        ("✖ Blocking", "0 unwaived; each fails the audit"),
        ("▲ Warnings", "2 unwaived; review before adoption"),
        ("i Information", "0 for the record"),
        ("☐ Obligations", "5 duties to fulfil when adopting"),
        ("– Waived", "0 excused by an approved waiver"),
    ]
    html = render_html(result)
    data = data_of(html)
    chat_text = model_text(data, 0)
    assert "local model folder" in chat_text
    assert "examples/manifest.yaml:15" in chat_text
    assert "Llama 3.1 Community License Agreement" in chat_text
    assert "id LicenseRef-llama-3.1-community" in chat_text  # the id only in a details line
    messages = [data["strings"][data["findings"][n]["message"]] for n in data["models"][0]["cards"]]
    assert messages and all("LicenseRef-" not in m for m in messages)
    assert "from the license tag the card declares" in chat_text
    assert "confidence 80% (medium)" in chat_text
    assert "meta-llama/Llama-3.1-8B-Instruct" in chat_text
    assert "fine-tune of" in chat_text and "known-models registry" in chat_text
    assert "California (US)" in chat_text and "US-CA" not in chat_text
    assert "terms: false" not in chat_text
    assert "foreign-governing-law" in chat_text
    assert "Openness not assessed." not in chat_text  # the pipeline assesses it
    assert "training datasets: absent" in chat_text
    licenses = " ".join(
        page.find("section", **{"aria-labelledby": "licenses"})[0].text_content().split()
    )
    # the cap once, with whom it counts (not also as a bare MAU cap)
    assert "Above 700,000,000 monthly active users" in licenses
    assert "Products with more than 700,000,000" not in licenses
    assert "license_db/licenses/llama-3.1-community.yaml" in licenses
    assert licenses.count("Llama 3.1 Community License Agreement") >= 1
    rollup = page.find("section", **{"aria-labelledby": "rollup"})[0]
    duties = " ".join(rollup.text_content().split())
    for rule in ("acceptable-use-policy-compliance", "attribution-required", "derivative-naming"):
        assert rule in duties
    assert "No waivers applied." in duties
    trail = page.find("footer")[0]
    trail_text = " ".join(trail.text_content().split())
    assert result.policy is not None
    assert result.policy.sha256 in trail_text and "model-license-auditor 0.1.0" in trail_text
    files = {data["strings"][p]: data["strings"][d] for p, d in data["models"][0]["files"]}
    for name in ("LICENSE", "USE_POLICY.md"):
        digest = hashlib.sha256(
            (ROOT / "examples/models/acme-chat-llama" / name).read_bytes()
        ).hexdigest()
        assert files[name] == digest


def test_fail_waivers_references_and_applies_from() -> None:
    html, page = page_of(rich_result())
    data = data_of(html)
    text = words(page.find("body")[0])
    assert "Overall verdict: Fail" in text
    blocked = page.find("ul", **{"class": "oneliners"})[0]
    line = " ".join(blocked.text_content().split())
    assert "./models/acme-vision-research: " in line and "allows only non-commercial use" in line
    chat = model_text(data, 0)
    assert "Hugging Face Hub repository" in chat and "acme/acme-chat-llama" in chat
    assert "0123456789abcdef0123456789abcdef01234567 requested as main" in chat
    assert "https://hub.example.internal" in chat and "Gated yes" in chat
    cards = [data["findings"][n] for n in data["models"][0]["cards"]]
    assert [c["from"] for c in cards if "from" in c] == ["2027-08-02"]
    waivers = [t for t in page.find("table") if "Applied waivers" in t.text_content()]
    row = " ".join(waivers[0].text_content().split())
    for part in ("foreign-governing-law", "Counsel accepted California law", "legal@acme.example"):
        assert part in row
    assert "2027-03-31" in row and "LEGAL-7" in row
    strings = data["strings"]
    refs = [[strings[r[0]], strings[r[1]], r[2]] for c in cards for r in c.get("refs", [])]
    assert ["Regulation (EU) 2024/1689, Art. 53", "https://eur-lex.europa.eu/", 1] in refs
    assert ["Internal guideline G-4", "", 0] in refs  # no URL: not a link
    assert "Internal guideline G-4" in chat
    embedder = data["models"][1]
    assert [strings[i] for i in embedder["expired"]] == [
        "the waiver for 'attribution-required' expired on 2025-01-01"
    ]
    assert (
        "waiver-unused" in page.find("section", **{"aria-labelledby": "summary"})[0].text_content()
    )
    revision = data["models"][0]["revision"]
    assert strings[revision] == "0123456789abcdef0123456789abcdef01234567"


def test_summary_counts_are_disjoint_and_include_the_run() -> None:
    view = build_view(rich_result())
    stats = {s["key"]: s["value"] for s in view["stats"]}
    assert stats == {"block": 1, "warn": 4, "info": 0, "obligation": 5, "waived": 1}
    # models only, as before; acme-embedder's Apache-2.0 4(a) duty (no LICENSE in its folder)
    # is its first info finding
    assert view["counts"] == [("block", 1), ("warn", 3), ("info", 5)]
    assert [h["ref"] for h in view["headline"]] == ["./models/acme-vision-research"]
    assert [h["ref"] for h in view["review"]] == [
        "./models/acme-chat-llama",
        "./models/acme-embedder",
    ]


def test_no_policy_and_incomplete_models_say_so() -> None:
    doc = result_to_dict(example_result())
    doc["policy"] = None
    doc["verdict"] = "error"
    doc["models"][0]["verdict"] = "error"
    doc["models"][0]["findings"] = []
    _, page = page_of(result_from_dict(doc))
    text = words(page.find("body")[0])
    assert "Overall verdict: Incomplete" in text
    assert "No policy was applied" in text
    assert "./models/acme-chat-llama: the audit of this model did not finish" in text


def test_empty_run_renders() -> None:
    result = replace(example_result(), models=(), verdict=Verdict.PASS)
    html, page = page_of(result)
    assert "No models were audited." in html
    assert "Audit trail" in page.headings("h2")
    assert "No findings." in html


def test_rendering_is_deterministic() -> None:
    assert render_html(rich_result()) == render_html(rich_result())


# -- hostile content --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Page]:
    return page_of(hostile_result(tmp_path_factory.mktemp("hostile") / "evil"))


def test_hostile_markup_is_escaped(hostile: tuple[str, Page]) -> None:
    html, page = hostile
    assert html.lower().count("<script") == 1  # the report's own, allowed by its hash
    assert html.index("<script>") > html.index("</footer>")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    allowed = {
        "html", "head", "meta", "title", "style", "body", "a", "header", "p", "span", "strong",
        "h1", "nav", "ul", "li", "main", "section", "h2", "div", "h3", "dl", "dt", "dd", "table",
        "caption", "thead", "tbody", "tr", "th", "td", "code", "bdi", "h4", "article", "h5",
        "blockquote", "colgroup", "col", "footer", "details", "summary", "figure",
        "figcaption", "svg", "text", "rect", "label", "input", "select", "option",
        "button", "script", "template", "noscript",
    }  # fmt: skip
    assert {e.tag for e in page.elements} <= allowed
    for element in page.elements:
        for name in element.attrs:
            assert not name.startswith("on"), f"<{element.tag} {name}>"
        assert "src" not in element.attrs, element.tag
    texts = " ".join(t for t, _ in page.texts)
    assert texts.count(SCRIPT_TAG) >= 10  # shown as text, everywhere it was put


def test_only_http_links_become_hrefs(hostile: tuple[str, Page]) -> None:
    html, page = hostile
    hrefs = [a.attrs["href"] or "" for a in page.find("a")]
    assert hrefs and all(h.startswith("#") for h in hrefs), hrefs  # no vetted URL was planted
    assert not re.search(r"href=\"\s*(javascript|data):", html, re.IGNORECASE)
    assert JS_LINK in " ".join(t for t, _ in page.texts)  # still shown, as text
    assert "(not a web link:" in html


def test_direction_overrides_are_revealed_and_isolated(hostile: tuple[str, Page]) -> None:
    html, page = hostile
    assert RLO not in html
    chunks = [(text, stack) for text, stack in page.texts if "[U+202E]" in text]
    # the data block is text for the script, never shown as it stands: the script puts each of
    # its values in a <bdi> or a dir="auto" element (tests/report/test_html_browser.py)
    shown = [(t, stack) for t, stack in chunks if all(e.tag != "template" for e in stack)]
    assert len(shown) >= 5 and len(chunks) > len(shown)
    for text, stack in shown:
        assert any(e.tag == "bdi" or "dir" in e.attrs for e in stack), text[:80]


def test_long_lines_are_kept_and_can_wrap(hostile: tuple[str, Page]) -> None:
    html, page = hostile
    assert LONG_LINE in html  # evidence is quoted in full, not cut
    style = page.find("style")[0].text_content()
    body_rule = re.search(r"\bbody \{[^}]*\}", style)
    assert body_rule and "overflow-wrap: anywhere" in body_rule.group(0)
    quotes = [e for e in page.find("blockquote") if LONG_LINE in e.text_content()]
    assert quotes and all(e.attrs.get("dir") == "auto" for e in quotes)


def test_csp_allows_no_script_and_no_fetch(hostile: tuple[str, Page]) -> None:
    _, page = hostile
    (meta,) = page.find("meta", **{"http-equiv": "Content-Security-Policy"})
    policy = {
        part.split()[0]: part.split()[1:]
        for part in (meta.attrs["content"] or "").split(";")
        if part.strip()
    }
    assert policy["default-src"] == ["'none'"]
    (source,) = policy["script-src"]  # only the report's own script, by its hash
    script = page.find("script")[0].text_content()
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert source == f"'sha256-{digest}'"
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["base-uri"] == ["'none'"] and policy["form-action"] == ["'none'"]
    assert page.find("meta", name="referrer", content="no-referrer")


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://example.org/", "HTTP://example.org/"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,x", None),
        ("//evil.example/", None),
        ("example.org", None),
        (" https://example.org/", None),
        ("https://example.org/\u202eexe", None),
        ("https://exa mple.org/", None),
        ("https://example.org/\n", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href(url: str | None, href: str | None) -> None:
    assert safe_href(url) == href


def test_reveal_controls() -> None:
    assert reveal_controls("plain") == "plain"
    assert reveal_controls(f"a{RLO}b\u2066c") == "a[U+202E]b[U+2066]c"
    assert reveal_controls("עברית") == "עברית"  # right-to-left text itself is left alone


def test_view_keeps_the_keys_other_renderers_use() -> None:
    view = build_view(example_result())
    for key in ("title", "verdict", "verdict_words", "generated_at", "tool", "manifest", "policy",
                "scope_note", "counts", "model_count", "headline", "models"):  # fmt: skip
        assert key in view
    model: dict[str, Any] = view["models"][0]
    for key in ("ref", "verdict", "license", "effective_license", "license_files", "findings"):
        assert key in model
    finding = model["findings"][0]
    assert {"severity", "rule", "message", "evidence", "remediation", "waived"} <= set(finding)
    assert finding["rule"] == "foreign-governing-law"
