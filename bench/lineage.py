"""Accuracy of lineage (effective license, mismatch) over the shared card corpus, offline.

    python bench/lineage.py [--cards ../shared/corpus/cards] [--mode both|in-sample|leave-one-out]
                            [--leave-one-out] [--json out.json] [--quiet]

Measures the real pipeline, not a re-implementation of it: each card is written as README.md
into a folder of its own, read by the local source and analysed by
`auditor.pipeline.analyse.analyse` (so metadata outside the front matter and parents stated in
the prose count as they do in `scan`), with the card's Hub repo id as its identity (SOURCES.tsv
`hf_repo_id_if_known`, else the label's `hf_repo_id`), as a Hub audit of that repo would have
it. Lineage is then resolved offline: `resolve_lineage(result, db, registry, fetch=None)`, plus
the bundled lineage snapshot and family rules when this version of the code has them (passed
only when `resolve_lineage` takes `snapshot=` / `families=`).

A card counts as a mismatch when any finding of category `mismatch` is among the analysed
model's findings or lineage's. The effective license, as a Hub license tag (the effective
license's `hf` field; none -> `other`), and the mismatch are compared with LABELS.yaml
(`effective_license_expected`, `mismatch`).

Modes:

- `in-sample`: the full known-models registry and the bundled lineage snapshot. The corpus cards
  were read while the registry was written: an upper bound, not an accuracy on unseen cards.
- `leave-one-out`: for each card, every registry entry whose pattern matches the card's own
  repo id or one of its direct parents' repo ids is removed (direct parents: the label's
  `base_models` plus every parent the card states: front matter, a misplaced metadata block,
  prose), and the same repo ids are removed from the lineage snapshot; lineage must then come
  from the card and the names themselves. Parents found in prose are read against the same
  reduced registry.

Prints each disagreement with its reason (the ancestors and how each was resolved), the totals
and the totals per `front_matter` class of the labels; `--json` writes everything. Never run by
the test suite.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.knowledge.known_models import (  # noqa: E402 - after the path is set
    KnownModels,
    load_known_models,
    normalize_repo_id,
)
from auditor.knowledge.license_db import LicenseDB, load_license_db  # noqa: E402
from auditor.knowledge.lineage_snapshot import load_lineage_snapshot  # noqa: E402
from auditor.knowledge.model_families import load_model_families  # noqa: E402
from auditor.lineage.resolve import Lineage, resolve_lineage  # noqa: E402
from auditor.model import Category, ModelResult, SourceKind  # noqa: E402
from auditor.pipeline.analyse import analyse  # noqa: E402
from auditor.sources.base import parse_target  # noqa: E402
from auditor.sources.local import read_local_snapshot  # noqa: E402

DEFAULT_CARDS = ROOT.parent / "shared" / "corpus" / "cards"
MODES = ("in-sample", "leave-one-out")
SELF_CONFLICT_RULES = frozenset(
    {"license-declared-conflict", "license-files-disagree", "license-declared-vs-file"}
)
"""Mismatch findings about the model's own documents disagreeing with each other, not about
the license that governs the weights. The headline figures follow the labels' notion of a
mismatch (declared license missing or differing from the governing one), so these rules are
left out of it; `any_mismatch_finding` reports the figures counting them too."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cards", type=Path, default=DEFAULT_CARDS)
    parser.add_argument("--mode", choices=("both", *MODES), default="both")
    parser.add_argument("--leave-one-out", action="store_true", help="only the leave-one-out mode")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument("--quiet", action="store_true", help="totals only, no per-card lines")
    args = parser.parse_args(argv)
    if not (args.cards / "LABELS.yaml").is_file():
        print(f"no LABELS.yaml in {args.cards}", file=sys.stderr)
        return 2
    modes = ("leave-one-out",) if args.leave_one_out else MODES
    if args.mode != "both" and not args.leave_one_out:
        modes = (args.mode,)
    db, registry = load_license_db(), load_known_models()
    report: dict[str, Any] = {
        "cards_dir": str(args.cards),
        "offline": {"snapshot": True, "families": True},
    }
    for mode in modes:
        start = time.perf_counter()
        results = evaluate(args.cards, db, registry, leave_one_out=mode == "leave-one-out")
        results["seconds"] = round(time.perf_counter() - start, 3)
        report[mode.replace("-", "_")] = results
        _print(mode, results, quiet=args.quiet)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    return 0


# --- one card through the pipeline -------------------------------------------------------------


def evaluate(
    cards: Path, db: LicenseDB, registry: KnownModels, *, leave_one_out: bool = False
) -> dict[str, Any]:
    """Per-card predictions against the labels, the totals, and the totals per class."""
    labels = {item["slug"]: item for item in yaml.safe_load((cards / "LABELS.yaml").read_text())}
    repo_ids = _repo_ids(cards / "SOURCES.tsv")
    offline = _offline_data()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-lineage-") as tmp:
        for path in sorted(cards.glob("*.md")):
            label = labels.get(path.stem)
            if label is None:
                continue
            repo_id = repo_ids.get(path.stem) or label.get("hf_repo_id") or path.stem
            folder = Path(tmp) / path.stem
            folder.mkdir()
            (folder / "README.md").write_text(path.read_text("utf-8"), "utf-8")
            rows.append(
                _row(folder, path.stem, repo_id, label, db, registry, offline, leave_one_out)
            )
    classes: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        classes.setdefault(row["front_matter"], []).append(row)
    return {
        "mode": "leave-one-out" if leave_one_out else "in-sample",
        "cards": len(rows),
        **_totals(rows),
        "any_mismatch_finding": _totals([{**r, "mismatch": r["mismatch_any"]} for r in rows]),
        "per_front_matter": {name: _totals(group) for name, group in sorted(classes.items())},
        "disagreements": _why(rows),
        "rows": rows,
    }


def _row(
    folder: Path,
    slug: str,
    repo_id: str,
    label: dict[str, Any],
    db: LicenseDB,
    registry: KnownModels,
    offline: dict[str, Any],
    leave_one_out: bool,
) -> dict[str, Any]:
    model = analyse_card(folder, repo_id, db)
    removed: list[str] = []
    kept_registry, extra = registry, dict(offline)
    if leave_one_out:
        direct = [repo_id, *(label.get("base_models") or []), *stated_parents(model)]
        removed = sorted({key for ref in direct if (key := normalize_repo_id(str(ref)))})
        kept_registry = without_entries(registry, removed)
        extra["snapshot"] = extra["snapshot"].without(removed)
        # parents read from prose are read against the same reduced registry
        model = analyse_card(folder, repo_id, db, kept_registry)
    lineage = resolve_offline(model, db, kept_registry, extra)
    mismatches = [
        f for f in (*model.findings, *lineage.findings) if f.category is Category.MISMATCH
    ]
    return {
        "slug": slug,
        "repo_id": repo_id,
        "front_matter": label.get("front_matter") or "normal",
        "effective": effective_tag(lineage),
        "expected": label["effective_license_expected"],
        # the labels' notion: the declared license is missing or differs from the governing one
        "mismatch": any(f.rule not in SELF_CONFLICT_RULES for f in mismatches),
        "mismatch_any": bool(mismatches),
        "expected_mismatch": bool(label["mismatch"]),
        "declared": model.declared.license,
        "removed": removed,
        "ancestors": [_ancestor(a) for a in lineage.ancestors],
        "findings": [f"{f.rule}: {f.message}" for f in mismatches],
    }


def analyse_card(
    folder: Path, repo_id: str, db: LicenseDB, registry: KnownModels | None = None
) -> ModelResult:
    """The card's folder through the local source and `analyse`, as the repo `repo_id`."""
    snapshot = read_local_snapshot(parse_target(str(folder)))
    result = analyse(replace(snapshot, repo_id=repo_id), db, registry)
    source = result.source
    if source is not None:
        source = replace(source, kind=SourceKind.HUB, repo_id=repo_id)
    return replace(result, ref=repo_id, source=source)


def stated_parents(model: ModelResult) -> list[str]:
    """Every parent the card states: metadata (front matter or a misplaced block) and prose."""
    refs = [b.ref for b in model.declared.base_models]
    refs += [p.ref for p in model.stated_parents]
    return refs


def resolve_offline(
    model: ModelResult, db: LicenseDB, registry: KnownModels, extra: dict[str, Any]
) -> Lineage:
    """Lineage with no network: the registry, the lineage snapshot and the family rules."""
    return resolve_lineage(
        model,
        db=db,
        registry=registry,
        fetch=None,
        snapshot=extra["snapshot"],
        families=extra["families"],
    )


def without_entries(registry: KnownModels, repo_ids: Sequence[str]) -> KnownModels:
    """The registry minus every entry whose pattern matches one of `repo_ids`."""
    kept = [
        entry
        for entry in registry.entries
        if not any(KnownModels.of([entry]).lookup(ref) for ref in repo_ids)
    ]
    return KnownModels.of(kept, registry.as_of)


# --- offline knowledge --------------------------------------------------------------------------


def _offline_data() -> dict[str, Any]:
    """The bundled lineage snapshot and family rules, as `scan` uses them offline."""
    return {"snapshot": load_lineage_snapshot(), "families": load_model_families()}


# --- scoring and printing ----------------------------------------------------------------------


def effective_tag(lineage: Lineage) -> str:
    """The effective license as a Hub license tag; `other` for a license without one."""
    match = lineage.effective_license
    return match.hf if match is not None and match.hf else "other"


def _ancestor(ancestor: Any) -> dict[str, Any]:
    match = ancestor.license
    return {
        "ref": ancestor.ref,
        "depth": ancestor.depth,
        "resolved_by": ancestor.resolved_by,
        "license": (match.hf or match.id or match.name) if match is not None else None,
        "confidence": round(float(getattr(ancestor, "confidence", 1.0)), 3),
    }


def _repo_ids(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["slug"]: row["hf_repo_id_if_known"]
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("hf_repo_id_if_known")
        }


def _totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    right = sum(r["effective"] == r["expected"] for r in rows)
    tp = sum(r["mismatch"] and r["expected_mismatch"] for r in rows)
    fp = sum(r["mismatch"] and not r["expected_mismatch"] for r in rows)
    fn = sum(not r["mismatch"] and r["expected_mismatch"] for r in rows)
    agree = sum(r["mismatch"] == r["expected_mismatch"] for r in rows)
    return {
        "n": len(rows),
        "effective_accuracy": right / len(rows) if rows else 0.0,
        "effective_right": right,
        "mismatch_accuracy": agree / len(rows) if rows else 0.0,
        "mismatch_precision": tp / (tp + fp) if tp + fp else 1.0,
        "mismatch_recall": tp / (tp + fn) if tp + fn else 1.0,
        "mismatch_tp": tp,
        "mismatch_fp": fp,
        "mismatch_fn": fn,
    }


def _why(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Cards with a wrong effective license or mismatch, by what went wrong."""
    counts: dict[str, int] = {}
    for row in rows:
        if row["effective"] == row["expected"] and row["mismatch"] == row["expected_mismatch"]:
            continue
        ancestors = row["ancestors"]
        if row["mismatch"] and not row["expected_mismatch"]:
            why = "false alarm"
        elif any(a["resolved_by"] in {"unresolved", "depth-limit"} for a in ancestors):
            why = "a parent left unresolved"
        elif not ancestors:
            why = "no parent found"
        else:
            why = "parents resolved, answer wrong"
        counts[why] = counts.get(why, 0) + 1
    return dict(sorted(counts.items()))


def _reason(row: dict[str, Any]) -> str:
    steps = [
        f"{a['ref']} -> {a['license'] or '?'} by {a['resolved_by']}"
        + (f" ({a['confidence']:.2f})" if a["confidence"] < 1.0 else "")
        for a in row["ancestors"]
    ]
    lineage = "; ".join(steps) if steps else "no ancestor"
    declared = row["declared"] if row["declared"] is not None else "none"
    return f"declared {declared}; {lineage}"


def _print(mode: str, results: dict[str, Any], *, quiet: bool) -> None:
    print(f"== {mode}")
    if not quiet:
        for row in results["rows"]:
            problems = []
            if row["effective"] != row["expected"]:
                problems.append(f"effective {row['effective']} (expected {row['expected']})")
            if row["mismatch"] != row["expected_mismatch"]:
                problems.append(f"mismatch {row['mismatch']} (expected {row['expected_mismatch']})")
            if problems:
                print(f"  {row['slug']}: " + "; ".join(problems))
                print(f"      [{row['front_matter']}] {_reason(row)}")
    n = results["cards"]
    print(f"{n} cards in {results['seconds']}s")
    print("  " + _line(results))
    print("  counting self-conflict findings too: " + _line(results["any_mismatch_finding"]))
    print("  disagreements: " + ", ".join(f"{k} {v}" for k, v in results["disagreements"].items()))
    for name, totals in results["per_front_matter"].items():
        print(f"  {name:<13} " + _line(totals))


def _line(t: dict[str, Any]) -> str:
    return (
        f"effective {t['effective_right']}/{t['n']} = {t['effective_accuracy']:.1%}; mismatch "
        f"precision {t['mismatch_precision']:.1%} recall {t['mismatch_recall']:.1%} "
        f"(tp {t['mismatch_tp']}, fp {t['mismatch_fp']}, fn {t['mismatch_fn']})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
