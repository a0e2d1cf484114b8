"""The HTML report in a real headless Chromium: visible, inert, offline, phone- and print-ready.

Needs the system Chromium and chromedriver (Debian: chromium, chromium-driver). Without them
the module is skipped, except under CI (the CI variable set), where that is a failure.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import re
import shutil
import struct
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support.ui import Select, WebDriverWait

from auditor.model import AuditResult
from auditor.report.render import render_html
from tests.conftest import ROOT
from tests.report.test_html import example_result, hostile_result, rich_result

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
PHONE_WIDTH = 375
INTERNAL_PAGES = ("chrome://", "chrome-untrusted://", "devtools://")


def _browser_missing() -> str | None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    return f"not installed: {', '.join(missing)}" if missing else None


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the module, logging console and network events."""
    yield from chromium(tmp_path_factory)


def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Chromium logging console and network events, quit afterwards (skipped when
    not installed, a failure on CI); the browser tests' module fixtures yield from it."""
    reason = _browser_missing()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI must install chromium and chromium-driver", pytrace=False)
        pytest.skip(reason)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for arg in (*CHROME_ARGS, f"--user-data-dir={profile}", "--window-size=1100,1400"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    browser.get("about:blank")
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example, the rich and the hostile report, written to disk."""
    folder = tmp_path_factory.mktemp("reports")
    results = {
        "example": example_result(),
        "rich": rich_result(),
        "hostile": hostile_result(folder / "evil-model"),
        "models-24": scaled(example_result(), 24),
        "models-500": scaled(example_result(), 500),
    }
    paths = {}
    for name, result in results.items():
        path = folder / f"{name}.html"
        path.write_text(render_html(result), encoding="utf-8")
        paths[name] = path
    return paths


def scaled(base: AuditResult, count: int) -> AuditResult:
    """The example's models repeated under new references (as bench/report.py does)."""
    models = [
        replace(m, ref=f"{m.ref}-{i:03d}")
        for i in range(count)
        for m in [base.models[i % len(base.models)]]
    ]
    return replace(base, models=tuple(models))


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $AUDITOR_REPORT_ARTIFACTS (kept by CI), else a pytest temp folder."""
    configured = os.environ.get("AUDITOR_REPORT_ARTIFACTS")
    folder = Path(configured) if configured else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nHTML report screenshots: {folder}")
    return folder


def open_report(driver: Any, path: Path) -> list[dict[str, Any]]:
    """Load the report from a file:// URL; the browser and performance log of that load."""
    driver.get_log("browser")  # drain what earlier pages left
    driver.get_log("performance")
    driver.get(path.as_uri())
    return [*driver.get_log("browser"), *_requests(driver)]


def _requests(driver: Any) -> list[dict[str, Any]]:
    entries = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] != "Network.requestWillBeSent":
            continue
        params = message["params"]
        # NOTE: the browser's own pages (the new-tab page it starts on) load chrome://
        # resources in the background; only requests made for a web document count.
        if str(params.get("documentURL", "")).startswith(INTERNAL_PAGES):
            continue
        entries.append({"level": "REQUEST", "url": params["request"]["url"]})
    return entries


def assert_clean_load(log: list[dict[str, Any]], path: Path) -> None:
    """No console errors, and no request but the document itself."""
    severe = [e for e in log if e.get("level") == "SEVERE"]
    assert not severe, severe
    urls = [e["url"] for e in log if e.get("level") == "REQUEST"]
    assert urls == [path.as_uri()], urls  # the log works: it saw the document itself


def test_verdict_and_findings_are_visible(driver: Any, reports: dict[str, Path]) -> None:
    log = open_report(driver, reports["example"])
    assert_clean_load(log, reports["example"])
    verdict = driver.find_element(By.CSS_SELECTOR, ".verdict-title")
    assert verdict.is_displayed()
    assert verdict.text.endswith("Overall verdict: Pass with warnings")
    assert not driver.find_elements(By.CSS_SELECTOR, "article.finding")  # folded: laid out later
    driver.find_element(By.CSS_SELECTOR, "#model-1 > summary").click()
    finding = WebDriverWait(driver, 5).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#model-1 article.finding.f-warn")
    )
    assert finding.is_displayed()
    assert "foreign-governing-law" in finding.text
    assert "governed by the law of California (US)" in finding.text
    assert "What to do:" in finding.text
    duties = driver.find_elements(By.CSS_SELECTOR, ".checklist > li")
    # one a rule: attribution (Apache and Llama), the acceptable-use policy, derivative naming,
    # and Apache-2.0 4(a)'s copy of the license, which acme-embedder's repo does not hold
    assert len(duties) == 4 and all(d.is_displayed() for d in duties)
    trail = driver.find_element(By.ID, "audit-trail")
    assert trail.is_displayed()


def test_blocked_model_is_named_in_the_summary(driver: Any, reports: dict[str, Path]) -> None:
    log = open_report(driver, reports["rich"])
    assert_clean_load(log, reports["rich"])
    assert driver.find_element(By.CSS_SELECTOR, ".verdict-title").text.endswith(
        "Overall verdict: Fail"
    )
    blocked = driver.find_element(By.CSS_SELECTOR, "ul.oneliners li")
    assert blocked.is_displayed()
    assert "./models/acme-vision-research" in blocked.text and "FAIL" in blocked.text
    driver.find_element(By.CSS_SELECTOR, ".tools button[data-fold=open]").click()
    # each section is laid out on its `toggle` event, which the browser fires after the click
    link = WebDriverWait(driver, 5).until(
        lambda d: d.find_element(By.CSS_SELECTOR, 'a[href="https://eur-lex.europa.eu/"]')
    )
    assert link.is_displayed() and link.get_attribute("rel") == "noopener noreferrer external"


def test_hostile_content_is_inert(driver: Any, reports: dict[str, Path]) -> None:
    log = open_report(driver, reports["hostile"])
    assert_clean_load(log, reports["hostile"])  # a blocked handler would log a CSP error
    _assert_inert(driver)
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "[U+202E]" in body and "\u202e" not in body
    # what the script lays out from the data block: each model's section and the trail
    driver.find_element(By.CSS_SELECTOR, ".tools button[data-fold=open]").click()
    driver.execute_script("document.getElementById('trail').open = true")
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "details.model h4"))
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#trail-table td"))
    _assert_inert(driver)
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "<script>alert(1)</script>" in body  # shown as text
    assert "[U+202E]" in body and "\u202e" not in body
    loose = driver.execute_script(
        "var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n, out = [];"
        "while ((n = walk.nextNode())) {"
        "  if (n.data.indexOf('[U+202E]') < 0 || n.parentElement.closest('script')) continue;"
        "  if (!n.parentElement.closest('bdi, [dir]')) out.push(n.data.slice(0, 80)); }"
        "return out;"
    )
    assert loose == []  # every revealed override sits in an isolating element
    assert driver.get_log("browser") == []


def _assert_inert(driver: Any) -> None:
    """No alert, one script, no handler, no planted element, only page and web links."""
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018 - the property raises when no alert is open
    assert driver.execute_script("return document.querySelectorAll('script').length") == 1
    assert driver.execute_script("return document.querySelectorAll('[onerror]').length") == 0
    handlers = driver.execute_script(
        "return Array.from(document.querySelectorAll('*')).flatMap(e =>"
        " Array.from(e.attributes).filter(a => a.name.startsWith('on')).map(a => a.name))"
    )
    assert handlers == []
    schemes = driver.execute_script(
        "return Array.from(document.querySelectorAll('a[href]')).map(a => a.protocol)"
    )
    assert schemes and set(schemes) <= {"file:", "http:", "https:"}
    planted = "a[href^='javascript:' i], img, iframe, svg:not(.chart), object, embed, [style]"
    assert driver.execute_script(f"return document.querySelectorAll({planted!r}).length") == 0


@pytest.mark.parametrize("name", ["example", "hostile"])
def test_no_horizontal_scroll_on_a_phone(driver: Any, reports: dict[str, Path], name: str) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": PHONE_WIDTH, "height": 844, "deviceScaleFactor": 1, "mobile": True},
    )
    try:
        open_report(driver, reports[name])
        width, inner = driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert inner == PHONE_WIDTH
        assert width <= inner + 1, f"page is {width}px wide in a {inner}px viewport"
        assert driver.find_element(By.CSS_SELECTOR, ".verdict-title").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_print_keeps_the_verdict_without_colour(driver: Any, reports: dict[str, Path]) -> None:
    open_report(driver, reports["example"])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert driver.execute_script("return matchMedia('print').matches")
        verdict = driver.find_element(By.CSS_SELECTOR, ".verdict-title")
        assert verdict.is_displayed() and "Pass with warnings" in verdict.text
        assert verdict.value_of_css_property("color") in {"rgba(0, 0, 0, 1)", "rgb(0, 0, 0)"}
        toc = driver.find_element(By.CSS_SELECTOR, "nav.toc")
        assert not toc.is_displayed()
        printed = driver.find_element(By.CSS_SELECTOR, "#print-findings .print-model")
        assert printed.is_displayed() and "./models/acme-chat-llama" in printed.text
        assert printed.value_of_css_property("break-inside") == "avoid"
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_screenshot_script(driver: Any, reports: dict[str, Path], tmp_path: Path) -> None:
    script = ROOT / "scripts" / "screenshot.py"
    if not script.is_file():
        pytest.skip("scripts/ is not shipped in the sdist")
    spec = importlib.util.spec_from_file_location("screenshot", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "report.png"
    module.capture(driver, reports["example"], out, width=PHONE_WIDTH, height=700)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", data[16:24]) == (PHONE_WIDTH, 700)


def _shown(driver: Any, table: str) -> list[Any]:
    return [
        r for r in driver.find_elements(By.CSS_SELECTOR, f"#{table} tbody tr") if r.is_displayed()
    ]


def _filter(driver: Any, table: str, name: str, value: str) -> None:
    bar = driver.find_element(By.CSS_SELECTOR, f'.filters[data-table="{table}"]')
    Select(bar.find_element(By.NAME, name)).select_by_value(value)


def test_models_table_filters_and_search(driver: Any, reports: dict[str, Path]) -> None:
    log = open_report(driver, reports["example"])
    assert_clean_load(log, reports["example"])
    bar = driver.find_element(By.CSS_SELECTOR, '.filters[data-table="models-table"]')
    assert bar.is_displayed()  # the script shows the controls it drives
    assert len(_shown(driver, "models-table")) == 3
    _filter(driver, "models-table", "verdict", "pass")
    assert len(_shown(driver, "models-table")) == 2
    _filter(driver, "models-table", "verdict", "")
    _filter(driver, "models-table", "rule", "foreign-governing-law")
    (row,) = _shown(driver, "models-table")
    assert "acme-chat-llama" in row.text
    _filter(driver, "models-table", "rule", "")
    bar.find_element(By.NAME, "q").send_keys("EMBEDDER")
    (row,) = _shown(driver, "models-table")
    assert "acme-embedder" in row.text and "1 of 3 shown" in bar.text


def test_findings_table_filters(driver: Any, reports: dict[str, Path]) -> None:
    open_report(driver, reports["rich"])
    total = len(_shown(driver, "findings-table"))
    _filter(driver, "findings-table", "waived", "yes")
    waived = _shown(driver, "findings-table")
    assert 0 < len(waived) < total
    assert all(r.find_elements(By.TAG_NAME, "td")[-1].text == "yes" for r in waived)
    _filter(driver, "findings-table", "waived", "")
    _filter(driver, "findings-table", "rule", "attribution-required")
    rows = _shown(driver, "findings-table")
    assert rows and all("attribution-required" in r.text for r in rows)


def test_sorting(driver: Any, reports: dict[str, Path]) -> None:
    open_report(driver, reports["models-24"])
    head = driver.find_element(By.CSS_SELECTOR, "#models-table thead th:nth-child(1) button")
    head.click()
    names = [r.find_element(By.TAG_NAME, "th").text for r in _shown(driver, "models-table")]
    assert names == sorted(names, key=str.lower)
    head.click()
    names = [r.find_element(By.TAG_NAME, "th").text for r in _shown(driver, "models-table")]
    assert names == sorted(names, key=str.lower, reverse=True)
    warnings = driver.find_element(By.CSS_SELECTOR, "#models-table thead th:nth-child(6)")
    warnings.find_element(By.TAG_NAME, "button").click()
    assert warnings.get_attribute("aria-sort") == "ascending"
    counts = [
        int(r.find_elements(By.TAG_NAME, "td")[4].text) for r in _shown(driver, "models-table")
    ]
    assert counts == sorted(counts)


def test_a_model_link_opens_its_folded_section(driver: Any, reports: dict[str, Path]) -> None:
    open_report(driver, reports["example"])
    section = driver.find_element(By.ID, "model-2")
    assert section.get_attribute("open") is None
    driver.find_element(By.CSS_SELECTOR, '#models-table a[href="#model-2"]').click()
    # the page opens it on `hashchange`, which the browser fires after the click returns
    WebDriverWait(driver, 5).until(lambda _: section.get_attribute("open") is not None)
    assert section.get_attribute("open") is not None
    assert section.find_element(By.TAG_NAME, "h4").is_displayed()


def test_500_models_load_clean_and_filter(driver: Any, reports: dict[str, Path]) -> None:
    log = open_report(driver, reports["models-500"])
    assert_clean_load(log, reports["models-500"])
    _filter(driver, "models-table", "verdict", "warn")
    bar = driver.find_element(By.CSS_SELECTOR, '.filters[data-table="models-table"]')
    assert "167 of 500 shown" in bar.text  # every third model is the fine-tune with a warning
    assert len(_shown(driver, "models-table")) == 50  # a page at a time
    assert len(driver.find_elements(By.CSS_SELECTOR, "details.model")) == 50


@pytest.mark.parametrize("name", ["example", "models-500"])
def test_usable_at_375_px(driver: Any, reports: dict[str, Path], name: str) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": PHONE_WIDTH, "height": 800, "deviceScaleFactor": 1, "mobile": True},
    )
    try:
        open_report(driver, reports[name])
        driver.find_element(By.CSS_SELECTOR, ".tools button[data-fold=open]").click()
        width = driver.execute_script("return document.body.scrollWidth")
        assert width <= PHONE_WIDTH, f"the body is {width}px wide in a {PHONE_WIDTH}px viewport"
        search = driver.find_element(By.CSS_SELECTOR, '.filters[data-table="models-table"] input')
        assert search.is_displayed() and search.rect["width"] <= PHONE_WIDTH
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_print_of_the_example_is_at_most_4_pages(
    driver: Any, reports: dict[str, Path], artifacts: Path
) -> None:
    open_report(driver, reports["example"])
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7  # A4, in centimetres
    pdf = base64.b64decode(driver.print_page(options))
    (artifacts / "example-print.pdf").write_bytes(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 4, f"{pages} pages"


@pytest.mark.parametrize("name", ["example", "models-24", "models-500"])
def test_screenshots(driver: Any, reports: dict[str, Path], artifacts: Path, name: str) -> None:
    """Screenshots of the first screen, wide and at 375 px, kept as artifacts of the run."""
    open_report(driver, reports[name])
    driver.set_window_size(1100, 1400)
    wide = artifacts / f"report-{name}.png"
    assert driver.save_screenshot(str(wide))
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": PHONE_WIDTH, "height": 800, "deviceScaleFactor": 1, "mobile": True},
    )
    try:
        open_report(driver, reports[name])
        phone = artifacts / f"report-{name}-375.png"
        assert driver.save_screenshot(str(phone))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert wide.read_bytes().startswith(b"\x89PNG") and phone.stat().st_size > 0
