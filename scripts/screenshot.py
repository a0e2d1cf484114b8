"""Saves a PNG of an HTML report in headless Chromium, for humans checking the look.

Usage: python scripts/screenshot.py REPORT.html OUT.png [--width 1100] [--height 1600]
           [--full-page] [--print]

Uses the system Chromium and chromedriver (Debian: chromium, chromium-driver) with the same
options as tests/report/test_html_browser.py: no network, no first-run, a throwaway profile.
`--full-page` captures the whole page rather than the first WIDTH x HEIGHT pixels; `--print`
emulates print media (what a PDF print would show, on one long page).
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
from pathlib import Path
from typing import Any

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
    "--hide-scrollbars",
)
MOBILE_WIDTH = 600
"""Below this width the page is emulated as on a phone (the viewport meta applies)."""


def start_driver(profile: Path, *, width: int, height: int) -> Any:
    """A headless Chromium driver with a window of width x height CSS pixels."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (*CHROME_ARGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))


def screenshot(
    report: Path,
    out: Path,
    *,
    width: int = 1100,
    height: int = 1600,
    full_page: bool = False,
    print_media: bool = False,
) -> None:
    """Open `report` from disk in a fresh browser and write a PNG of it to `out`."""
    with tempfile.TemporaryDirectory(prefix="auditor-shot-") as profile:
        driver = start_driver(Path(profile), width=width, height=height)
        try:
            capture(
                driver,
                report,
                out,
                width=width,
                height=height,
                full_page=full_page,
                print_media=print_media,
            )
        finally:
            driver.quit()


def capture(
    driver: Any,
    report: Path,
    out: Path,
    *,
    width: int,
    height: int,
    full_page: bool = False,
    print_media: bool = False,
) -> None:
    """Write a PNG of `report` with an already running driver (the browser tests share one)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < MOBILE_WIDTH},
    )
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print" if print_media else ""})
    from selenium.common.exceptions import WebDriverException

    try:
        for attempt in (1, 2):
            try:
                driver.get(report.resolve().as_uri())
                options = {"format": "png", "captureBeyondViewport": full_page}
                shot = driver.execute_cdp_cmd(
                    "Page.captureScreenshot", {**options, **_clip(driver, full_page)}
                )
                break
            except WebDriverException:
                # Chromium can abort a capture when the emulation change above re-lays the page
                # out as a navigation ("Not attached to an active page"); load it once more.
                if attempt == 2:
                    raise
        out.write_bytes(base64.b64decode(shot["data"]))
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def _clip(driver: Any, full_page: bool) -> dict[str, Any]:
    if not full_page:
        return {}
    size = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
    )
    return {"clip": {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}}


def main(argv: list[str] | None = None) -> int:
    """Take the screenshot; 0 on success, 2 when the report or the browser is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the HTML report to open")
    parser.add_argument("out", type=Path, help="where to write the PNG")
    parser.add_argument("--width", type=int, default=1100, help="viewport width (CSS px)")
    parser.add_argument("--height", type=int, default=1600, help="viewport height (CSS px)")
    parser.add_argument("--full-page", action="store_true", help="capture the whole page")
    parser.add_argument("--print", action="store_true", help="emulate print media")
    args = parser.parse_args(argv)
    if not args.report.is_file():
        print(f"error: {args.report}: no such file", file=sys.stderr)
        return 2
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        hint = "apt install chromium chromium-driver"
        print(f"error: not installed: {', '.join(missing)} ({hint})", file=sys.stderr)
        return 2
    screenshot(
        args.report,
        args.out,
        width=args.width,
        height=args.height,
        full_page=args.full_page,
        print_media=args.print,
    )
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
