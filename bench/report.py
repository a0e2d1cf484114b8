"""The HTML report at portfolio scale: a realistic portfolio, audited once, measured in Chromium.

Usage: python bench/report.py [--models 500] [--corpus ../shared/corpus] [--work DIR]
           [--result RESULT.json | --html PAGE.html] [--loads 5] [--before BEFORE.json]
           [--json out.json] [--md out.md] [--keep-html PAGE.html]

`generate_portfolio` writes one folder a model, each with a model card from the corpus
(`cards/*.md`) and the license files such a repository carries (the corpus texts under
`licenses/`, matched to what the card declares; sometimes none, sometimes another license's text,
sometimes an acceptable-use policy beside it), and a manifest listing them with per-model
deployments (research use, other regions), waivers on some findings and one waiver that names a
model no entry has (unused). Without a corpus it writes short cards of its own that declare
license tags, so tests run on a fresh clone. `auditor check --offline` audits the manifest once
(`--result` reuses a saved result); the page is rendered with `render_html`, then loaded
`--loads` times from disk in headless Chromium (the system chromium and chromedriver, options as
tests/report/test_html_browser.py): load time is `loadEventEnd` of the navigation (median), with
the DOM node count, the page height, the pages a print to A4 gives and the time "Open all"
takes. `--html` measures a page as it is (one an older renderer wrote, say) and `--before` puts
an earlier `--json` beside the figures. Nothing here runs in the test suite, except
`generate_portfolio`, which tests/report/test_html_portfolio.py calls for 60 models.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SEED = 35
AUDITOR = (sys.executable, "-m", "auditor")
FORMAT_JSON = ("--format", "json", "--output")
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

# The corpus text a card's declared license (tag, `license_name`, or the license the labels
# say governs the weights) points to; a stem of licenses/*.txt.
TEXT_FOR = {
    "apache-2.0": "apache-2.0",
    "mit": "mit",
    "llama2": "llama-2-community",
    "llama3": "llama-3-community",
    "llama-3": "llama-3-community",
    "llama3.1": "llama-3.1-community",
    "llama3.3": "llama-3.3-community",
    "llama4": "llama-4-community",
    "gemma": "gemma-terms",
    "gemma-terms-of-use": "gemma-terms",
    "google-gemma-terms-of-use": "gemma-terms",
    "creativeml-openrail-m": "creativeml-openrail-m",
    "openrail": "creativeml-openrail-m",
    "openrail++": "openrail-plus-plus-m",
    "deepseek": "deepseek-model",
    "deepseek-license": "deepseek-model",
    "yi-license": "yi-license-1.0",
    "mrl": "mistral-mrl",
    "nvidia-open-model-license": "nvidia-open-model",
    "tongyi-qianwen": "qwen-tongyi-qianwen",
    "qwen-research": "qwen-tongyi-qianwen-research",
    "qwen": "qwen-tongyi-qianwen",
    "sai-nc-community": "stability-noncommercial-research",
    "stabilityai-nc-research-community": "stability-noncommercial-research",
    "cc-by-nc-4.0": "cc-by-nc-sa-4.0",
    "apple-sample-code-license": "apple-ascl",
}
AUP_FOR = {
    "llama-2-community": "llama-2-aup",
    "llama-3-community": "llama-3-aup",
    "llama-3.1-community": "llama-3.1-aup",
    "llama-3.3-community": "llama-3.3-aup",
    "llama-4-community": "llama-4-aup",
    "gemma-terms": "gemma-prohibited-use",
}
# Licenses of in-house models with no public card: a short card of ours beside the text.
HOUSE_TEXTS = (
    "alphafold3-weights-terms",
    "apple-ml-research-model",
    "chatglm-6b-model",
    "dbrx-open-model",
    "deepfloyd-if",
    "falcon-3-tii-license",
    "openmdw-1.1",
    "opt-175b",
    "qwen-community-1.0",
    "salesforce-blip-bsd-3-clause",
    "stability-community",
    "stability-sdxl-0.9-research",
    "stability-svd-noncommercial",
    "yi-community-2.1",
    "clay-ai-pubs-openrail-m",
)
NON_COMMERCIAL_TEXTS = frozenset(
    {
        "cc-by-nc-sa-4.0",
        "stability-noncommercial-research",
        "stability-svd-noncommercial",
        "stability-sdxl-0.9-research",
        "opt-175b",
        "apple-ml-research-model",
        "qwen-tongyi-qianwen-research",
    }
)
# Without a corpus: cards of our own declaring these tags (no license text beside them).
PLAIN_TAGS = (
    "apache-2.0",
    "mit",
    "llama3.1",
    "llama2",
    "gemma",
    "cc-by-nc-4.0",
    "openrail++",
    "other",
    "bigscience-bloom-rail-1.0",
    "cc-by-nc-sa-4.0",
    "llama3",
    "bsd-3-clause",
)


@dataclass(frozen=True, slots=True)
class Planned:
    """One model of the portfolio: its folder name and the license text it carries."""

    name: str
    text: str | None  # corpus license stem, or None
    research: bool  # used by the research team only (a non-commercial deployment)


def _labels(cards: Path) -> dict[str, dict[str, Any]]:
    import yaml

    path = cards / "LABELS.yaml"
    if not path.is_file():
        return {}
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {str(e["slug"]): e for e in entries if isinstance(e, dict) and "slug" in e}


def _card_text(label: dict[str, Any]) -> str | None:
    """The corpus text the card's license points to (its name, tag, then the labelled one)."""
    for key in ("license_name", "declared_license", "effective_license_expected"):
        value = label.get(key)
        if isinstance(value, str) and value in TEXT_FOR:
            return TEXT_FOR[value]
    return None


def generate_portfolio(
    folder: Path, count: int, corpus: Path | None = DEFAULT_CORPUS, *, seed: int = SEED
) -> Path:
    """Write `count` model folders and a manifest listing them under `folder`; the manifest."""
    rng = random.Random(seed)
    models = folder / "models"
    models.mkdir(parents=True, exist_ok=True)
    have_corpus = corpus is not None and (corpus / "cards").is_dir()
    planned = (
        _plan_corpus(models, count, corpus, rng)
        if have_corpus and corpus is not None
        else _plan_plain(models, count, rng)
    )
    manifest = folder / "manifest.yaml"
    manifest.write_text(_manifest(planned, rng), encoding="utf-8")
    return manifest


def _plan_corpus(models: Path, count: int, corpus: Path, rng: random.Random) -> list[Planned]:
    cards = sorted((corpus / "cards").glob("*.md"))
    texts = {p.stem: p for p in sorted((corpus / "licenses").glob("*.txt"))}
    labels = _labels(corpus / "cards")
    order = cards[:]
    planned = []
    for i in range(count):
        if i % len(order) == 0:
            rng.shuffle(order)
        draw = rng.random()
        if draw < 0.08:  # an in-house model: a short card of ours and a license text
            house = HOUSE_TEXTS[i % len(HOUSE_TEXTS)]
            name = f"house-{house}-{i:03d}"
            folder = models / name
            folder.mkdir()
            (folder / "README.md").write_text(_house_card(name), encoding="utf-8")
            _copy_text(texts, house, folder / "LICENSE")
            planned.append(Planned(name, house, rng.random() < 0.3))
            continue
        card = order[i % len(order)]
        name = f"{card.stem}-{i:03d}"
        folder = models / name
        folder.mkdir()
        shutil.copyfile(card, folder / "README.md")
        stem = _card_text(labels.get(card.stem, {}))
        if draw < 0.15:  # the license file of another model copied in by mistake
            stem = rng.choice(sorted(texts))
        elif draw < 0.27:  # no license file: the card's declaration alone
            stem = None
        if stem is not None and stem in texts:
            _copy_text(texts, stem, folder / "LICENSE")
            aup = AUP_FOR.get(stem)
            if aup is not None and rng.random() < 0.6:
                _copy_text(texts, aup, folder / "USE_POLICY.md")
        planned.append(Planned(name, stem, rng.random() < 0.12))
    return planned


def _plan_plain(models: Path, count: int, rng: random.Random) -> list[Planned]:
    planned = []
    for i in range(count):
        tag = PLAIN_TAGS[i % len(PLAIN_TAGS)] if rng.random() < 0.9 else None
        name = f"plain-{(tag or 'none').replace('.', '-').replace('+', 'p')}-{i:03d}"
        folder = models / name
        folder.mkdir()
        front = f"---\nlicense: {tag}\n---\n" if tag else ""
        body = f"# {name}\n\nA text-generation model fine-tuned in house for support replies.\n"
        (folder / "README.md").write_text(front + body, encoding="utf-8")
        text = "cc-by-nc-sa-4.0" if tag in ("cc-by-nc-4.0", "cc-by-nc-sa-4.0") else tag
        planned.append(Planned(name, text, rng.random() < 0.12))
    return planned


def _house_card(name: str) -> str:
    return (
        f"# {name}\n\nWeights trained by the platform team for internal retrieval and "
        "summarisation. The terms are in the LICENSE file beside this card.\n"
    )


def _copy_text(texts: dict[str, Path], stem: str, target: Path) -> None:
    if stem in texts:
        shutil.copyfile(texts[stem], target)


def _manifest(planned: Sequence[Planned], rng: random.Random) -> str:
    """The manifest: a commercial EU deployment, some models for research only, waivers."""
    lines = [
        "# A generated portfolio (bench/report.py): corpus cards and license texts.",
        "version: 1",
        "organization: {name: Acme Support GmbH, domicile: DE}",
        "deployment:",
        "  mau: 1200000",
        "  annual_revenue_usd: 5000000",
        "  regions: [EU]",
        "  data: [personal-data]",
        "  use_cases: [chatbot, general-assistant]",
        "  distribution: saas",
        "  attestations: {human_oversight: true}",
        "models:",
    ]
    for model in planned:
        lines.append(f"  - ref: ./models/{model.name}")
        lines.append("    hosting: self-hosted")
        if model.research:
            lines += ["    distribution: research", "    use_cases: [research]"]
        else:
            lines.append(f"    region: {rng.choice(['DE', 'DE', 'FR', 'NL'])}")
    expires = (datetime.now(UTC).date() + timedelta(days=180)).isoformat()
    waivers = _waivers(planned, rng)
    if waivers:
        lines.append("waivers:")
    for index, (rule, name, reason) in enumerate(waivers, start=1):
        lines.append(
            f"  - {{rule: {rule}, model: ./models/{name}, reason: {json.dumps(reason)},"
            f" approved_by: legal@acme.example, expires: {expires}, ticket: LEGAL-{index:03d}}}"
        )
    return "\n".join(lines) + "\n"


def _waivers(planned: Sequence[Planned], rng: random.Random) -> list[tuple[str, str, str]]:
    """A third of the commercially used non-commercial texts waived (a grant bought), a few
    foreign-law warnings accepted, and one waiver naming a model with a typo (unused)."""
    waivers = []
    for model in planned:
        if model.text in NON_COMMERCIAL_TEXTS and not model.research and rng.random() < 0.34:
            waivers.append(
                (
                    "non-commercial-license-in-commercial-use",
                    model.name,
                    "A commercial grant was bought from the licensor (contract on file).",
                )
            )
        elif model.text == "llama-3.1-community" and rng.random() < 0.5:
            waivers.append(
                ("foreign-governing-law", model.name, "Counsel accepted California law.")
            )
    if planned:
        typo = planned[len(planned) // 2].name[:-1] + "x"
        waivers.append(("license-unidentified", typo, "Reviewed by legal: the terms are on file."))
    return waivers


def audit(manifest: Path, result: Path) -> float:
    """`auditor check --offline` on the manifest, JSON result to `result`; the wall time."""
    start = time.perf_counter()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            *AUDITOR,
            "check",
            manifest.name,
            "--offline",
            "--quiet",
            *FORMAT_JSON,
            str(result.resolve()),
        ],
        cwd=manifest.parent,  # the result names the manifest and models as a user would
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 1, 3, 4) or not result.is_file():
        raise SystemExit(f"auditor check failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.perf_counter() - start


@contextmanager
def chromium(width: int = 1100, height: int = 1400) -> Iterator[Any]:
    """A headless Chromium with a throwaway profile, as the browser tests start it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = Path(tempfile.mkdtemp(prefix="bench-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (*CHROME_ARGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


A4 = (8.27, 11.69)
"""Paper size in inches, for the print page count."""
LOAD_TIME = """
const n = performance.getEntriesByType('navigation')[0];
return [n.loadEventEnd, n.domContentLoadedEventEnd, document.getElementsByTagName('*').length,
        document.documentElement.scrollHeight];
"""


OPEN_ALL = """
const done = arguments[arguments.length - 1];
const start = performance.now();
document.querySelector('.tools button[data-fold=open]').click();
const laidOut = () => Array.from(document.querySelectorAll('details.model[open]'))
  .every(d => d.children.length > 1);
const wait = () => {
  if (!laidOut()) { setTimeout(wait, 0); return; }
  document.body.getBoundingClientRect();
  requestAnimationFrame(() => done([performance.now() - start,
    document.querySelectorAll('details.model[open]').length]));
};
wait();
"""
"""Clicks "Open all" and waits for every opened section's content and a frame."""

REVIEWER = """
const done = arguments[arguments.length - 1];
const nav = performance.getEntriesByType('navigation')[0];
const row = document.querySelector('#reasons-table tbody tr');
if (!row) { done(null); return; }
const box = row.getBoundingClientRect();
const counts = Array.from(document.querySelectorAll('#reasons-table tbody tr'))
  .map(r => parseInt(r.querySelector('td.num').firstChild.textContent, 10));
const first = {
  reason: row.querySelector('th').innerText.trim().split('\\n')[0],
  models: counts[0], most: Math.max(...counts) === counts[0],
  fix: row.querySelector('td.fix').innerText.trim(),
  in_view: box.top >= 0 && box.bottom <= innerHeight,
  top_px: Math.round(box.top + scrollY),
};
const link = row.querySelector('a.filter-link');
const wanted = row.dataset.rule;
const start = performance.now();
link.click();
const filtered = () => {
  const select = document.querySelector('.filters[data-table="findings-table"] select[name=rule]');
  const rows = document.querySelectorAll('#findings-table tbody tr');
  return select !== null && select.value === wanted && rows.length > 0;
};
const wait = () => {
  if (!filtered()) { setTimeout(wait, 0); return; }
  requestAnimationFrame(() => done([first, nav.loadEventEnd, performance.now() - start]));
};
wait();
"""
"""A scripted reviewer: the first blocking reason (is it the one most models share, with its
fix, on the first screen?), and the time its link takes to show the findings filtered."""


def measure_page(driver: Any, page: Path, loads: int) -> dict[str, Any]:
    """Median load time over `loads` fresh loads from disk, DOM nodes, height, print pages, and
    the time "Open all" takes (with how many sections it opens)."""
    times, ready = [], []
    nodes = height = 0
    for _ in range(loads):
        driver.get("about:blank")
        driver.get(page.as_uri())
        load, dom, nodes, height = driver.execute_script(LOAD_TIME)
        times.append(float(load))
        ready.append(float(dom))
    # NOTE: the DevTools call, not WebDriver's print: chromedriver gives the latter 10 s, which
    # a page of several hundred print pages exceeds.
    printed = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": A4[0], "paperHeight": A4[1]})
    pdf = base64.b64decode(printed["data"])
    driver.get("about:blank")
    driver.get(page.as_uri())
    driver.set_script_timeout(120)
    opening, opened = driver.execute_async_script(OPEN_ALL)
    driver.get("about:blank")
    driver.get(page.as_uri())
    reviewed = driver.execute_async_script(REVIEWER)
    reviewer: dict[str, Any] = {}
    if reviewed is not None:
        first, loaded, filtering = reviewed
        reviewer = {
            "reviewer_first_reason": first["reason"],
            "reviewer_first_reason_models": first["models"],
            "reviewer_first_reason_is_most_models": first["most"],
            "reviewer_first_reason_has_fix": bool(first["fix"]),
            "reviewer_first_reason_on_first_screen": first["in_view"],
            "reviewer_answer_ms": round(float(loaded) + float(filtering)),
        }
    return {
        **reviewer,
        "open_all_ms": round(float(opening)),
        "open_all_sections": int(opened),
        "load_ms_median": round(statistics.median(times)),
        "load_ms_max": round(max(times)),
        "dom_ready_ms_median": round(statistics.median(ready)),
        "dom_nodes": int(nodes),
        "height_px": int(height),
        "print_pages": len(re.findall(rb"/Type\s*/Page[^s]", pdf)),
    }


def render_page(result_path: Path, page: Path, repeat: int = 3) -> dict[str, Any]:
    """Render the saved result to `page`; the median render time and the size."""
    from auditor.model.decode import read_result
    from auditor.report.render import render_html

    result = read_result(result_path)
    text = render_html(result)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        text = render_html(result)
        times.append(time.perf_counter() - start)
    page.write_text(text, encoding="utf-8")
    return {
        "models": len(result.models),
        "render_s_median": round(statistics.median(times), 3),
        "bytes": len(text.encode("utf-8")),
        "verdicts": _tally(str(m.verdict) for m in result.models),
        "licenses": len(
            {
                (m.effective_license.id or m.effective_license.name)
                for m in result.models
                if m.effective_license
            }
        ),
        "waived": sum(f.waived for m in result.models for f in m.findings),
        "run_findings": [f.rule for f in result.findings],
    }


def _tally(items: Iterator[str] | Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        out[item] = out.get(item, 0) + 1
    return dict(sorted(out.items()))


FIGURES = (
    ("models", "models", "{:,}"),
    ("bytes", "size (bytes)", "{:,}"),
    ("render_s_median", "render (median s)", "{:.3f}"),
    ("load_ms_median", "load in Chromium (median ms to loadEventEnd)", "{:,}"),
    ("load_ms_max", "load (max ms)", "{:,}"),
    ("dom_nodes", "DOM nodes after load", "{:,}"),
    ("height_px", "page height (px, 1100 wide)", "{:,}"),
    ("print_pages", "print (A4 pages)", "{:,}"),
    ("open_all_ms", '"Open all" (ms)', "{:,}"),
    ("open_all_sections", '"Open all" opens (sections)', "{:,}"),
    ("reviewer_first_reason", "reviewer: first blocking reason", "{}"),
    ("reviewer_first_reason_models", "reviewer: models it blocks", "{:,}"),
    ("reviewer_first_reason_is_most_models", "reviewer: the reason most models share", "{}"),
    ("reviewer_first_reason_has_fix", "reviewer: its fix is written beside it", "{}"),
    ("reviewer_first_reason_on_first_screen", "reviewer: on the first screen", "{}"),
    ("reviewer_answer_ms", "reviewer: page open to its findings filtered (ms)", "{:,}"),
)


def markdown(row: dict[str, Any], before: dict[str, Any] | None = None) -> str:
    """The figures as a Markdown table, beside the `before` ones when given."""
    head = (
        "| figure | before | after |\n|---|---:|---:|"
        if before
        else "| figure | value |\n|---|---:|"
    )
    lines = [head]
    for key, label, shape in FIGURES:
        after = shape.format(row[key]) if key in row else "-"
        if before is None:
            lines.append(f"| {label} | {after} |")
        else:
            was = shape.format(before[key]) if key in before else "-"
            lines.append(f"| {label} | {was} | {after} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=500)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--work", type=Path, help="Folder for the portfolio (default: a temp one)")
    parser.add_argument("--result", type=Path, help="A saved result to render (skips the audit)")
    parser.add_argument("--html", type=Path, help="Measure this page as it is (no rendering)")
    parser.add_argument("--before", type=Path, help="A --json output to compare with")
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--md", type=Path)
    parser.add_argument("--keep-html", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-report-"))
    row: dict[str, Any] = {"date": datetime.now(UTC).date().isoformat()}
    if args.html is not None:
        page = args.html
        row["bytes"] = len(page.read_bytes())
    else:
        result = args.result
        if result is None:
            manifest = generate_portfolio(work / "portfolio", args.models, args.corpus)
            result = work / "result.json"
            row["audit_s"] = round(audit(manifest, result), 1)
        page = args.keep_html or work / "report.html"
        row.update(render_page(result, page))
    with chromium() as driver:
        row.update(measure_page(driver, page, args.loads))
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    table = markdown(row, before)
    print(table, end="")
    if args.json:
        args.json.write_text(json.dumps(row, indent=2) + "\n", encoding="utf-8")
    if args.md:
        args.md.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
