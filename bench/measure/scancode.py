"""ScanCode's license texts: is each named by its ScanCode key, and do our kind and commercial
use agree with ScanCode's category?

The texts come from an installed ScanCode LicenseDB (`licensedcode/data/licenses/*.LICENSE`:
YAML front matter with key, name, category, spdx_license_key, then the text). Deprecated
entries and entries without text are left out and counted. Each text goes through
`identify_text` (with whatever index the code loads) and `extract_terms`, as `auditor identify`
runs them. Texts whose key a curated record carries (`scancode:` in license_db/) are reported
apart from the others, since the issue's target is the licenses we have no record for.
"""

from __future__ import annotations

import importlib.util
import os
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.text.identify import identify_text


def default_scancode() -> Path:
    """The licenses folder of an installed ScanCode (`AUDITOR_SCANCODE_SITE` first), as the
    index builder finds it; a path that does not exist when there is none (then skipped)."""
    site = [p for p in os.environ.get("AUDITOR_SCANCODE_SITE", "").split(os.pathsep) if p]
    for root in site:
        folder = Path(root) / "licensedcode" / "data" / "licenses"
        if folder.is_dir():
            return folder
    spec = importlib.util.find_spec("licensedcode")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "data" / "licenses"
    return Path("licensedcode-not-installed")


ANY = None
# ScanCode category -> (kinds that agree, commercial_use values that agree; ANY: not judged).
# Categories with no counterpart in our vocabulary (Patent License, Unstated License, CLA)
# are not judged. ScanCode files the Creative Commons NC licenses under Source-available.
CATEGORY_AGREEMENT: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {
    "Permissive": (frozenset({"permissive-oss"}), frozenset({"allowed"})),
    "Public Domain": (frozenset({"permissive-oss"}), frozenset({"allowed"})),
    "Copyleft": (frozenset({"copyleft-oss"}), frozenset({"allowed"})),
    "Copyleft Limited": (frozenset({"copyleft-oss"}), frozenset({"allowed"})),
    "Non-Commercial": (
        frozenset({"non-commercial", "research-only"}),
        frozenset({"prohibited"}),
    ),
    "Source-available": (
        frozenset(
            {"non-commercial", "research-only", "proprietary-terms", "open-weight-restricted"}
        ),
        frozenset({"restricted", "prohibited"}),
    ),
    "Proprietary Free": (
        frozenset(
            {
                "proprietary-terms",
                "open-weight-restricted",
                "rail",
                "non-commercial",
                "research-only",
                "acceptable-use-policy",
            }
        ),
        ANY,
    ),
    "Free Restricted": (
        frozenset(
            {
                "rail",
                "open-weight-restricted",
                "proprietary-terms",
                "non-commercial",
                "research-only",
            }
        ),
        ANY,
    ),
    "Commercial": (frozenset({"proprietary-terms"}), ANY),
}


@dataclass(frozen=True, slots=True)
class ScanCodeText:
    key: str
    category: str
    spdx: str | None
    is_exception: bool
    text: str


def read_scancode(folder: Path) -> tuple[list[ScanCodeText], dict[str, int]]:
    """Every usable text in the folder, and counts of those left out (deprecated, no text)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    texts: list[ScanCodeText] = []
    skipped = {"deprecated": 0, "no text": 0, "unreadable": 0}
    for path in sorted(folder.glob("*.LICENSE")):
        raw = path.read_text("utf-8", errors="replace")
        if raw.rstrip().endswith("\n---") and raw.find("\n---\n", 4) == -1:
            raw = raw.rstrip() + "\n"  # front matter only: no text
        if not raw.startswith("---\n") or (end := raw.find("\n---\n", 4)) == -1:
            skipped["unreadable"] += 1
            continue
        try:
            meta = yaml.load(raw[4:end], Loader=loader)
        except yaml.YAMLError:
            skipped["unreadable"] += 1
            continue
        body = raw[end + 5 :]
        if meta.get("is_deprecated"):
            skipped["deprecated"] += 1
        elif not body.strip():
            skipped["no text"] += 1
        else:
            texts.append(
                ScanCodeText(
                    key=str(meta["key"]),
                    category=str(meta.get("category", "")),
                    spdx=meta.get("spdx_license_key"),
                    is_exception=bool(meta.get("is_exception")),
                    text=body,
                )
            )
    return texts, skipped


def run_scancode(
    folder: Path, db: LicenseDB, *, sample: int | None, seconds: float, seed: int = 13
) -> dict[str, Any]:
    """Identify and extract ScanCode's texts (a random sample, or all), within a time budget."""
    texts, skipped = read_scancode(folder)
    total = len(texts)
    if sample is not None and sample < total:
        texts = random.Random(seed).sample(texts, sample)
    curated = {r.scancode for r in db.records.values() if r.scancode}
    rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    for item in texts:
        if time.perf_counter() - start > seconds:
            break
        identity = identify_text(item.text, db=db)
        match = identity.match
        terms = extract_terms(item.text, path=f"{item.key}.LICENSE")
        named = match is not None and match.id is not None
        kind = str(match.kind) if named and match is not None and match.kind else None
        rows.append(
            {
                "key": item.key,
                "category": item.category,
                "curated": item.key in curated,
                "exception": item.is_exception,
                "got_id": match.id if match else None,
                "got_scancode": match.scancode if match else None,
                "method": match.method if match else None,
                "by_key": bool(match is not None and match.scancode == item.key),
                "kind": kind or terms["kind"].value,
                "kind_from": "identification" if kind else "extraction",
                "commercial_use": terms["commercial_use"].value,
            }
        )
    elapsed = time.perf_counter() - start
    return {
        "label": "ScanCode",
        "folder": str(folder),
        "texts_available": total,
        "skipped": skipped,
        "sample": sample,
        "texts_measured": len(rows),
        "time_budget_exhausted": len(rows) < len(texts),
        "seconds": round(elapsed, 3),
        "all": _summarise(rows),
        "without_curated_record": _summarise([r for r in rows if not r["curated"]]),
        "with_curated_record": _summarise([r for r in rows if r["curated"]]),
        "not_by_key": sorted(r["key"] for r in rows if not r["by_key"]),
        "named_as_another_key": {
            r["key"]: r["got_id"] for r in rows if r["got_id"] is not None and not r["by_key"]
        },
    }


def _summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    by_key = sum(r["by_key"] for r in rows)
    named_other = sum(1 for r in rows if r["got_id"] is not None and not r["by_key"])
    judged_kind = judged_cu = agree_kind = agree_cu = 0
    kind_table: dict[str, dict[str, int]] = {}
    cu_table: dict[str, dict[str, int]] = {}
    for row in rows:
        if row["exception"]:
            continue
        category = row["category"]
        _bump(kind_table, category, str(row["kind"]))
        _bump(cu_table, category, str(row["commercial_use"]))
        expectation = CATEGORY_AGREEMENT.get(category)
        if expectation is None:
            continue
        kinds, uses = expectation
        judged_kind += 1
        agree_kind += row["kind"] in kinds
        if uses is not None:
            judged_cu += 1
            agree_cu += row["commercial_use"] in uses
    return {
        "texts": n,
        "identified_by_key": by_key,
        "identified_by_key_share": by_key / n if n else 0.0,
        "named_as_another_license": named_other,
        "kind_agrees": agree_kind,
        "kind_judged": judged_kind,
        "commercial_use_agrees": agree_cu,
        "commercial_use_judged": judged_cu,
        "kind_confusion": kind_table,
        "commercial_use_confusion": cu_table,
    }


def _bump(table: dict[str, dict[str, int]], row: str, column: str) -> None:
    cells = table.setdefault(row, {})
    cells[column] = cells.get(column, 0) + 1


def confusion_lines(table: Mapping[str, Mapping[str, int]], title: str) -> list[str]:
    """A confusion table as Markdown lines: ScanCode categories down, our values across."""
    columns = sorted({c for cells in table.values() for c in cells})
    lines = [f"| {title} | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for category in sorted(table):
        cells = table[category]
        lines.append(f"| {category} | " + " | ".join(str(cells.get(c, "")) for c in columns) + " |")
    return lines
