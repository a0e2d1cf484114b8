"""The HTML report in a real headless Chromium: visible, inert, offline, phone- and print-ready.

Needs the system Chromium and chromedriver (Debian: chromium, chromium-driver). Without them
the module is skipped, except under CI (the CI variable set), where that is a failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

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
PHONE_WIDTH = 390
INTERNAL_PAGES = ("chrome://", "chrome-untrusted://", "devtools://")


def _browser_missing() -> str | None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    return f"not installed: {', '.join(missing)}" if missing else None


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the module, logging console and network events."""
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
    }
    paths = {}
    for name, result in results.items():
        path = folder / f"{name}.html"
        path.write_text(render_html(result), encoding="utf-8")
        paths[name] = path
    return paths


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
    finding = driver.find_element(By.CSS_SELECTOR, "article.finding.f-warn")
    assert finding.is_displayed()
    assert "foreign-governing-law" in finding.text
    assert "governed by the law of US-CA" in finding.text
    duties = driver.find_elements(By.CSS_SELECTOR, ".checklist > li")
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
    link = driver.find_element(By.CSS_SELECTOR, 'a[href="https://eur-lex.europa.eu/"]')
    assert link.is_displayed() and link.get_attribute("rel") == "noopener noreferrer external"


def test_hostile_content_is_inert(driver: Any, reports: dict[str, Path]) -> None:
    log = open_report(driver, reports["hostile"])
    assert_clean_load(log, reports["hostile"])  # a blocked handler would log a CSP error
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018 - the property raises when no alert is open
    assert driver.execute_script("return document.querySelectorAll('script').length") == 0
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
    planted = "a[href^='javascript:' i], img, iframe, svg, object, embed, [style]"
    assert driver.execute_script(f"return document.querySelectorAll({planted!r}).length") == 0
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "<script>alert(1)</script>" in body  # shown as text
    assert "[U+202E]" in body and "\u202e" not in body


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
        finding = driver.find_element(By.CSS_SELECTOR, "article.finding")
        assert finding.value_of_css_property("break-inside") == "avoid"
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
