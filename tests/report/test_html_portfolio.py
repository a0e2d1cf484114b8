"""The HTML report of a portfolio in a real headless Chromium: the reasons table, the findings
table (severity order, filters, pages), each model's details, print and no JavaScript.

One portfolio of 60 models is generated (bench/report.py: corpus cards and license texts when
../shared/corpus is there, else short cards of its own), audited once and rendered once for
the module. Expected counts come from the audit result, never from the page. Needs the system
Chromium and chromedriver, as tests/report/test_html_browser.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from auditor.api import AuditOptions, audit_manifest
from auditor.model import AuditResult, Finding, Verdict
from auditor.report.render import render_html
from auditor.report.view_reasons import severity_key
from auditor.report.view_rules import RULE_TITLES, rule_title
from auditor.sources.hub import HubOptions
from bench.report import generate_portfolio
from tests.conftest import CORPUS
from tests.report.test_html import SECTIONS
from tests.report.test_html_browser import (
    assert_clean_load,
    chromium,
    open_report,
)

MODELS = 60
PAGE = 50
"""Rows a table shows a page (reports/html.js)."""
SEVERITY_ORDER = ("Block", "Needs input", "Warning", "Info", "Obligation")
BYTES_PER_MODEL = 4_000
BYTES_PER_LICENSE = 5_700  # 6,000 until session 15, 5,900 until session 19
FIXED_BYTES = 127_000  # 100,000; 104,000 in session 14, 115,000 until session 17, 116,000 until
# session 19: rules added, and in session 19 a LLaMA 1 parent read from a card (two more findings,
# one more blocked model); 126,000 until session 37, when a corpus card's UltraChat 200k, built
# from a dataset of disputed terms, became a finding with its quote; 126,500 until session 40,
# when a term was added (each model's "not stated" line names "Licensees left out"); the
# 500-model, 65-licence budget stays under 2.5 MB (2,497,500)
"""The size budget: what keeps a portfolio of 500 models and 65 licenses (bench/report.py)
under 2.5 MB (issue 35): per model (its rows and details in the data block, its training data
since issue 36: about 600 bytes a model on the corpus cards, which name 3.6 datasets each), per
license (its section, laid out once), and the page's own part (style, script, summary)."""


@dataclass(frozen=True)
class Portfolio:
    result: AuditResult
    page: Path


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Portfolio:
    """60 models generated, audited offline once and rendered once."""
    folder = tmp_path_factory.mktemp("portfolio")
    corpus = CORPUS if CORPUS.is_dir() else None
    manifest = generate_portfolio(folder / "portfolio", MODELS, corpus)
    options = AuditOptions(hub=HubOptions(offline=True, cache_dir=folder / "hf-cache"))
    result = audit_manifest(manifest, options)
    page = folder / "report.html"
    page.write_text(render_html(result), encoding="utf-8")
    return Portfolio(result, page)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the module (tests/report/test_html_browser.py starts it)."""
    yield from chromium(tmp_path_factory)


def _unwaived(result: AuditResult) -> list[tuple[int, Finding]]:
    return [(i, f) for i, m in enumerate(result.models) for f in m.findings if not f.waived]


def _rows(driver: Any, table: str) -> list[Any]:
    return list(driver.find_elements(By.CSS_SELECTOR, f"#{table} tbody tr"))


def _shown_count(driver: Any, table: str) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, f'.filters[data-table="{table}"] .shown').text)


def _select(driver: Any, table: str, name: str) -> Select:
    bar = driver.find_element(By.CSS_SELECTOR, f'.filters[data-table="{table}"]')
    return Select(bar.find_element(By.NAME, name))


def _pager(driver: Any, table: str) -> Any:
    return driver.find_element(By.CSS_SELECTOR, f'.pager[data-table="{table}"]')


def _all_pages(driver: Any, table: str, column: int) -> list[str]:
    """The text of one column on every page of a table, paging forward from the first."""
    texts: list[str] = []
    while True:
        texts += [
            r.find_elements(By.CSS_SELECTOR, "th, td")[column].text for r in _rows(driver, table)
        ]
        following = _pager(driver, table).find_element(By.XPATH, ".//button[text()='Next']")
        if not following.is_enabled():
            return texts
        following.click()


def test_the_portfolio_is_varied(portfolio: Portfolio) -> None:
    """What the tests below rely on: blocked, warned and passing models, and waivers."""
    verdicts = Counter(m.verdict for m in portfolio.result.models)
    assert len(portfolio.result.models) == MODELS
    assert verdicts[Verdict.FAIL] and verdicts[Verdict.WARN] and verdicts[Verdict.PASS]
    assert any(f.waived for m in portfolio.result.models for f in m.findings)
    assert [f.rule for f in portfolio.result.findings] == ["waiver-unused"]  # the one typo


def test_page_size_stays_in_budget(portfolio: Portfolio) -> None:
    # the page names each model's folder: measured with the temporary root written as one
    # short placeholder, so the budget does not depend on where pytest (or a worker) puts it
    text = portfolio.page.read_text(encoding="utf-8")
    root = str(portfolio.page.parent)
    assert root in text
    size = len(text.replace(root, "/r").encode())
    models = portfolio.result.models
    licenses = {m.effective_license.id for m in models if m.effective_license}
    assert size <= FIXED_BYTES + BYTES_PER_MODEL * len(models) + BYTES_PER_LICENSE * len(licenses)
    assert FIXED_BYTES + BYTES_PER_MODEL * 500 + BYTES_PER_LICENSE * 65 <= 2_500_000


def test_loads_clean_and_the_reasons_come_first(browser: Any, portfolio: Portfolio) -> None:
    log = open_report(browser, portfolio.page)
    assert_clean_load(log, portfolio.page)
    reasons = browser.find_element(By.ID, "reasons-table")
    assert reasons.is_displayed()
    assert reasons.location["y"] < browser.find_element(By.ID, "models").location["y"]
    rows = reasons.find_elements(By.CSS_SELECTOR, "tbody tr")
    blocking = Counter(
        (f.rule, severity_key(f))
        for _, f in _unwaived(portfolio.result)
        if severity_key(f) in ("block", "needs-input")
    )
    assert len(rows) == len(blocking)
    models: dict[tuple[str, str], set[int]] = {}
    for index, finding in _unwaived(portfolio.result):
        models.setdefault((finding.rule, severity_key(finding)), set()).add(index)
    counts = []
    for row in rows:
        key = (str(row.get_attribute("data-rule")), str(row.get_attribute("data-severity")))
        header = row.find_element(By.TAG_NAME, "th").text
        assert rule_title(key[0]) in header  # the reason in words, not its id alone
        count = int(row.find_element(By.CSS_SELECTOR, "td.num").text.split()[0])
        assert count == len(models[key])
        counts.append((key[1] == "needs-input", -count))
        fix = row.find_element(By.CSS_SELECTOR, "td.fix").text
        assert fix and fix != "See each finding."
    assert counts == sorted(counts)  # decided blocks first, the most models first


def test_a_reasons_link_filters_the_findings(browser: Any, portfolio: Portfolio) -> None:
    open_report(browser, portfolio.page)
    row = browser.find_element(By.CSS_SELECTOR, "#reasons-table tbody tr")
    rule, severity = row.get_attribute("data-rule"), row.get_attribute("data-severity")
    expected = [
        (i, f)
        for i, f in _unwaived(portfolio.result)
        if (f.rule, severity_key(f)) == (rule, severity)
    ]
    link = row.find_element(By.CSS_SELECTOR, "a.filter-link")
    assert link.text == f"Show the {len(expected)} finding{'s' * (len(expected) != 1)}"
    link.click()
    WebDriverWait(browser, 5).until(
        lambda d: (
            _select(d, "findings-table", "rule").first_selected_option.get_attribute("value")
            == rule
        )
    )
    assert (
        _select(browser, "findings-table", "severity").first_selected_option.get_attribute("value")
        == severity
    )
    assert _shown_count(browser, "findings-table").startswith(f"{len(expected)} of ")
    rows = _rows(browser, "findings-table")
    assert len(rows) == min(PAGE, len(expected))
    title = rule_title(str(rule))
    for shown in rows:
        cells = shown.find_elements(By.CSS_SELECTOR, "th, td")
        assert title in cells[1].text and cells[5].text == "no"
    refs = {portfolio.result.models[i].ref for i, _ in expected}
    assert {r.find_elements(By.TAG_NAME, "td")[1].text for r in rows} <= refs
    assert browser.execute_script("return location.hash").startswith("#findings?")
    top = browser.execute_script(
        "return document.getElementById('findings').getBoundingClientRect().top"
    )
    assert abs(top) < 50  # the findings table is scrolled into view


def test_findings_are_sorted_by_severity(browser: Any, portfolio: Portfolio) -> None:
    open_report(browser, portfolio.page)
    labels = _all_pages(browser, "findings-table", 0)
    every = [*portfolio.result.findings, *(f for m in portfolio.result.models for f in m.findings)]
    assert len(labels) == len(every)
    ranks = [
        next(n for n, word in enumerate(SEVERITY_ORDER) if word.upper() in label.upper())
        for label in labels
    ]
    assert ranks == sorted(ranks)
    assert labels[0].endswith("BLOCK")  # the portfolio has blocking findings: they come first
    head = browser.find_element(By.CSS_SELECTOR, "#findings-table thead th:nth-child(1) button")
    head.click()
    head.click()  # descending: obligations first
    first = _rows(browser, "findings-table")[0].find_element(By.TAG_NAME, "th").text
    assert "OBLIGATION" in first


def test_findings_filter_by_severity_rule_license_and_model(
    browser: Any, portfolio: Portfolio
) -> None:
    open_report(browser, portfolio.page)
    result = portfolio.result
    warnings = [f for _, f in _unwaived(result) if severity_key(f) == "warn"]
    every_warning = [f for m in result.models for f in m.findings if severity_key(f) == "warn"]
    _select(browser, "findings-table", "severity").select_by_value("warn")
    assert _shown_count(browser, "findings-table").startswith(
        f"{len(every_warning) + 1} of "
    )  # + the run's
    _select(browser, "findings-table", "waived").select_by_value("no")
    shown = _shown_count(browser, "findings-table")
    assert shown.startswith(f"{len(warnings) + 1} of ")
    _select(browser, "findings-table", "severity").select_by_value("")
    _select(browser, "findings-table", "waived").select_by_value("")
    rules = _select(browser, "findings-table", "rule")
    options = [(str(o.get_attribute("value")), o.text) for o in rules.options[1:]]
    assert options and all(
        text == RULE_TITLES.get(value, text) and text != value for value, text in options
    )
    assert [t for _, t in options] == sorted(t for _, t in options)  # by title, as a person looks
    model = result.models[MODELS - 1]
    _select(browser, "findings-table", "model").select_by_value(str(MODELS))
    assert _shown_count(browser, "findings-table").startswith(f"{len(model.findings)} of ")
    assert all(
        r.find_elements(By.TAG_NAME, "td")[1].text == model.ref
        for r in _rows(browser, "findings-table")
    )
    _select(browser, "findings-table", "model").select_by_value("")
    license_select = _select(browser, "findings-table", "license")
    chosen = str(license_select.options[1].get_attribute("value"))
    _select(browser, "models-table", "license").select_by_value(chosen)  # the same, by model
    refs = {r.find_element(By.TAG_NAME, "th").text for r in _rows(browser, "models-table")}
    expected = sum(len(m.findings) for m in result.models if m.ref in refs)
    license_select.select_by_value(chosen)
    assert refs and _shown_count(browser, "findings-table").startswith(f"{expected} of ")


def test_tables_are_paged(browser: Any, portfolio: Portfolio) -> None:
    open_report(browser, portfolio.page)
    assert len(_rows(browser, "models-table")) == PAGE
    pager = _pager(browser, "models-table")
    assert f"Showing 1–{PAGE} of {MODELS}" in pager.text and "page 1 of 2" in pager.text
    previous = pager.find_element(By.XPATH, ".//button[text()='Previous']")
    assert not previous.is_enabled()
    pager.find_element(By.XPATH, ".//button[text()='Next']").click()
    rows = _rows(browser, "models-table")
    assert len(rows) == MODELS - PAGE
    assert rows[-1].find_element(By.TAG_NAME, "th").text == portfolio.result.models[-1].ref
    _select(browser, "models-table", "verdict").select_by_value("fail")  # a filter: back to page 1
    failed = sum(m.verdict is Verdict.FAIL for m in portfolio.result.models)
    assert len(_rows(browser, "models-table")) == min(PAGE, failed)
    assert f"Showing 1–{min(PAGE, failed)} of {failed}" in _pager(browser, "models-table").text


def test_a_model_on_a_later_page_opens_with_its_findings_first(
    browser: Any, portfolio: Portfolio
) -> None:
    open_report(browser, portfolio.page)
    number = MODELS - 2
    browser.execute_script(f"location.hash = '#model-{number}'")
    section = WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, f"model-{number}"))
    WebDriverWait(browser, 5).until(lambda _: section.get_attribute("open") is not None)
    WebDriverWait(browser, 5).until(lambda _: section.find_elements(By.TAG_NAME, "h4"))
    headings = [h.text for h in section.find_elements(By.TAG_NAME, "h4")]
    assert [h for h in headings if h in SECTIONS] == list(SECTIONS)  # findings and fixes first
    model = portfolio.result.models[number - 1]
    assert section.find_element(By.TAG_NAME, "h3").text == model.ref
    shown = {f.rule for f in model.findings if not f.waived and severity_key(f) != "duty"}
    cards = section.find_elements(By.CSS_SELECTOR, "article.finding code.rule")
    assert {c.text for c in cards} == shown
    remedies = section.find_elements(By.CSS_SELECTOR, "article.finding .remedy")
    assert len(remedies) == len(
        {
            (f.rule, f.message)
            for f in model.findings
            if not f.waived and f.remediation and severity_key(f) != "duty"
        }
    )


def test_print_shows_the_summary_and_each_models_findings(
    browser: Any, portfolio: Portfolio
) -> None:
    open_report(browser, portfolio.page)
    browser.execute_script("location.hash = '#model-1'")  # a folded section opened on screen
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert browser.find_element(By.CSS_SELECTOR, ".verdict-title").is_displayed()
        assert browser.find_element(By.ID, "reasons-table").is_displayed()
        for hidden in (
            "#models-table",
            "#findings-table",
            "details.license",
            "details.model",
            "nav.toc",
            "#trail",
        ):
            for element in browser.find_elements(By.CSS_SELECTOR, hidden):
                assert not element.is_displayed(), hidden
        printed = WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "print-findings"))
        assert printed.is_displayed()
        result = portfolio.result
        listed = [
            m.ref
            for m in result.models
            if any(
                not f.waived and severity_key(f) in ("block", "needs-input", "warn")
                for f in m.findings
            )
        ]
        heads = [h.text for h in printed.find_elements(By.CSS_SELECTOR, ".print-model h3")]
        assert [h.split(" · ")[0] for h in heads] == listed
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert not browser.find_element(By.ID, "print-findings").is_displayed()  # print only


def test_without_javascript_the_summary_reads(browser: Any, portfolio: Portfolio) -> None:
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(portfolio.page.as_uri())
        assert (
            "Overall verdict: Fail" in browser.find_element(By.CSS_SELECTOR, ".verdict-title").text
        )
        reasons = browser.find_element(By.ID, "reasons-table")
        assert reasons.is_displayed() and reasons.find_elements(By.CSS_SELECTOR, "tbody tr")
        assert browser.find_element(By.CSS_SELECTOR, ".stats").is_displayed()
        assert browser.find_element(By.CSS_SELECTOR, "details.license").is_displayed()
        notes = [
            n for n in browser.find_elements(By.CSS_SELECTOR, "noscript p") if n.is_displayed()
        ]
        assert notes and "script" in notes[0].text
        assert not browser.find_element(By.ID, "findings-table").is_displayed()  # needs the script
        assert not browser.find_elements(By.CSS_SELECTOR, "details.model")
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
