"""Accuracy of lineage (effective license, mismatch) over the shared card corpus, offline.

    python bench/lineage.py [--cards ../shared/corpus/cards] [--json out.json] [--quiet]
        [--mode both|all|in-sample|leave-one-out|leave-family-out|leave-generation-out]

Measures the real pipeline, not a re-implementation of it: each card is written as README.md
into a folder of its own, read by the local source and analysed by
`auditor.pipeline.analyse.analyse` (so metadata outside the front matter and parents stated in
the prose count as they do in `scan`), with the card's Hub repo id as its identity (SOURCES.tsv
`hf_repo_id_if_known`, else the label's `hf_repo_id`), as a Hub audit of that repo would have
it. Lineage is then resolved offline: `resolve_lineage(result, db, registry, fetch=None,
snapshot=..., families=...)` with the known-models registry, the bundled lineage snapshot and
the family rules (all three reduced in the out-of-sample modes).

A card counts as a mismatch when any finding of category `mismatch` is among the analysed
model's findings or lineage's; or the analysis reports `license-missing` (the labels count a
card declaring no license as a mismatch, which the auditor reports as a missing license: a
lineage mismatch needs a license on one side, issue 33); or lineage finds the declared license
more permissive than a license the family of an unresolved parent has had (the fail-closed
mismatch the presets block as `lineage-unresolved-family-relabelled`). The effective license,
as a Hub license tag (the effective license's `hf` field; none -> `other`), and the mismatch
are compared with LABELS.yaml (`effective_license_expected`, `mismatch`). A card whose
effective license lineage leaves unknown because a parent is unresolved is ABSTAINED, neither
right nor wrong; each mode counts the abstentions, and those where the declared tag is
permissive over a restricted license (lineage_score.py defines both).

Modes (`both`, the default: the first two; `all`: the four):

- `in-sample`: the full knowledge. The corpus cards were read while the registry and the
  family rules were written, and the bundled snapshot was built from these very cards: an
  upper bound, not an accuracy on unseen cards.
- `leave-one-out` (out of sample): for each card, every registry entry whose pattern matches
  the card's own repo id or one of its direct parents' repo ids is removed (direct parents: the
  label's `base_models` plus every parent the card states: front matter, a misplaced metadata
  block, prose), and the same repo ids are removed from the lineage snapshot; lineage must then
  come from the card and the names. Parents found in prose are read against the same reduced
  registry.
- `leave-family-out` (out of sample): for each family of the family rules (llama, gemma, qwen,
  ...), its registry entries, its rules and family word, and its lineage-snapshot entries with
  their descendants are removed, and only the cards of that family are measured (a card of
  several families once per family; the totals are over card-family pairs). What belongs to a
  family, and which cards are of it, is defined in lineage_knowledge.py. Each family's figures
  stand beside the in-sample figures of the same cards.
- `leave-generation-out` (out of sample): the same, one generation of a family at a time (the
  rules sharing one `generation` text); the family's other rules and its family word stay.

Prints each disagreement with its reason (the ancestors and how each was resolved), the totals
and the totals per `front_matter` class of the labels or per family / generation; `--json`
writes everything. Never run by the test suite.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lineage_knowledge import Knowledge, Placement, Unit, load_knowledge, without  # noqa: E402
from lineage_score import (  # noqa: E402
    UNKNOWN_TAG,
    ancestor_row,
    effective_kind,
    effective_tag,
    is_abstention,
    is_permissive_tag,
    is_restricted,
    label_kind,
    print_results,
    totals,
    why,
)

from auditor.knowledge.known_models import (  # noqa: E402 - after the path is set
    KnownModels,
    load_known_models,
    normalize_repo_id,
)
from auditor.knowledge.license_db import LicenseDB, load_license_db  # noqa: E402
from auditor.lineage.resolve import Lineage, resolve_lineage  # noqa: E402
from auditor.model import Category, ModelResult, SourceKind  # noqa: E402
from auditor.pipeline.analyse import analyse  # noqa: E402
from auditor.sources.base import parse_target  # noqa: E402
from auditor.sources.local import read_local_snapshot  # noqa: E402

DEFAULT_CARDS = ROOT.parent / "shared" / "corpus" / "cards"
MODES = ("in-sample", "leave-one-out", "leave-family-out", "leave-generation-out")
LABELS = {
    "in-sample": "in-sample (upper bound: the knowledge was written from these cards)",
    "leave-one-out": "out-of-sample (leave-one-out)",
    "leave-family-out": "out-of-sample (leave-family-out)",
    "leave-generation-out": "out-of-sample (leave-generation-out)",
}
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
    parser.add_argument("--mode", choices=("both", "all", *MODES), default="both")
    parser.add_argument("--leave-one-out", action="store_true", help="only the leave-one-out mode")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument("--quiet", action="store_true", help="totals only, no per-card lines")
    args = parser.parse_args(argv)
    if not (args.cards / "LABELS.yaml").is_file():
        print(f"no LABELS.yaml in {args.cards}", file=sys.stderr)
        return 2
    modes = {"both": MODES[:2], "all": MODES}.get(args.mode, (args.mode,))
    if args.leave_one_out:
        modes = ("leave-one-out",)
    db = load_license_db()
    knowledge = load_knowledge(load_known_models())
    report: dict[str, Any] = {
        "cards_dir": str(args.cards),
        "offline": {"snapshot": True, "families": True},
        "knowledge": {
            "registry_entries": len(knowledge.registry.entries),
            "family_rules": len(knowledge.families.rules),
            "snapshot_entries": len(knowledge.snapshot),
            "snapshot_as_of": knowledge.snapshot.as_of,
            "families_as_of": knowledge.families.as_of,
        },
    }
    with tempfile.TemporaryDirectory(prefix="bench-lineage-") as tmp:
        start = time.perf_counter()
        cards = prepare(args.cards, Path(tmp), db, knowledge)
        report["setup_seconds"] = round(time.perf_counter() - start, 3)
        for mode in modes:
            start = time.perf_counter()
            results = MEASURES[mode](cards, db, knowledge)
            # in-sample is scored while the cards are prepared: its time is the setup's
            extra = report["setup_seconds"] if mode == "in-sample" else 0.0
            results["seconds"] = round(time.perf_counter() - start + extra, 3)
            report[mode.replace("-", "_")] = results
            print_results(mode, results, quiet=args.quiet)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    return 0


# --- the cards, analysed once with the full knowledge ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Card:
    slug: str
    repo_id: str
    label: dict[str, Any]
    folder: Path
    model: ModelResult  # analysed with the full registry
    label_kind: str | None  # the kind of the label's effective license (lineage_score.py)
    in_sample: dict[str, Any]  # the row with the full knowledge


def prepare(cards: Path, tmp: Path, db: LicenseDB, knowledge: Knowledge) -> list[Card]:
    """Each labelled card in a folder of its own, analysed and scored with full knowledge."""
    labels = {item["slug"]: item for item in yaml.safe_load((cards / "LABELS.yaml").read_text())}
    repo_ids = _repo_ids(cards / "SOURCES.tsv")
    found: list[Card] = []
    for path in sorted(cards.glob("*.md")):
        label = labels.get(path.stem)
        if label is None:
            continue
        repo_id = repo_ids.get(path.stem) or label.get("hf_repo_id") or path.stem
        folder = tmp / path.stem
        folder.mkdir()
        (folder / "README.md").write_text(path.read_text("utf-8"), "utf-8")
        model = analyse_card(folder, repo_id, db, knowledge.registry)
        lineage = resolve_offline(model, db, knowledge)
        reference = (effective_tag(lineage), effective_kind(lineage))
        kind = label_kind(str(label["effective_license_expected"]), db, reference)
        card = Card(path.stem, repo_id, label, folder, model, kind, {})
        found.append(replace(card, in_sample=score(card, model, lineage, db)))
    return found


MISSING_RULE = "license-missing"


def score(
    card: Card,
    model: ModelResult,
    lineage: Lineage,
    db: LicenseDB,
    removed: Sequence[str] = (),
) -> dict[str, Any]:
    """One card's answer against its label."""
    mismatches = [
        f
        for f in (*model.findings, *lineage.findings)
        if f.category is Category.MISMATCH or f.rule == MISSING_RULE
    ]
    kind = card.label_kind
    abstained = is_abstention(lineage)
    permissive = is_permissive_tag(model.declared.license, db)
    tag, expected = effective_tag(lineage), str(card.label["effective_license_expected"])
    return {
        "slug": card.slug,
        "repo_id": card.repo_id,
        "front_matter": card.label.get("front_matter") or "normal",
        "effective": tag,
        "expected": expected,
        "abstained": abstained,
        "label_kind": kind,
        "declared_permissive": permissive,
        "would_have_passed_gate": abstained and permissive and is_restricted(kind),
        # answered wrong with a permissive license where the label's is restricted: fails open
        "fails_open": tag not in {expected, UNKNOWN_TAG}
        and is_permissive_tag(tag, db)
        and is_restricted(kind),
        # the labels' notion: the declared license is missing or differs from the governing one
        # an unresolved parent of a family that has had stricter licenses than the declared
        # one is the fail-closed mismatch (`lineage-unresolved-family-relabelled` blocks)
        "mismatch": any(f.rule not in SELF_CONFLICT_RULES for f in mismatches)
        or bool(getattr(lineage, "stricter_family_licenses", ())),
        "mismatch_any": bool(mismatches),
        "expected_mismatch": bool(card.label["mismatch"]),
        "declared": model.declared.license,
        "removed": list(removed),
        "ancestors": [ancestor_row(a) for a in lineage.ancestors],
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


def resolve_offline(model: ModelResult, db: LicenseDB, knowledge: Knowledge) -> Lineage:
    """Lineage with no network: the registry, the lineage snapshot and the family rules."""
    return resolve_lineage(
        model,
        db=db,
        registry=knowledge.registry,
        fetch=None,
        snapshot=knowledge.snapshot,
        families=knowledge.families,
    )


def without_entries(registry: KnownModels, repo_ids: Sequence[str]) -> KnownModels:
    """The registry minus every entry whose pattern matches one of `repo_ids`."""
    kept = [
        entry
        for entry in registry.entries
        if not any(KnownModels.of([entry]).lookup(ref) for ref in repo_ids)
    ]
    return KnownModels.of(kept, registry.as_of)


# --- the modes ------------------------------------------------------------------------------------


def in_sample(cards: list[Card], db: LicenseDB, knowledge: Knowledge) -> dict[str, Any]:
    return _summary("in-sample", [c.in_sample for c in cards])


def leave_one_out(cards: list[Card], db: LicenseDB, knowledge: Knowledge) -> dict[str, Any]:
    rows = []
    for card in cards:
        direct = [card.repo_id, *(card.label.get("base_models") or []), *stated_parents(card.model)]
        removed = sorted({key for ref in direct if (key := normalize_repo_id(str(ref)))})
        kept = replace(
            knowledge,
            registry=without_entries(knowledge.registry, removed),
            snapshot=knowledge.snapshot.without(removed),
        )
        # parents read from prose are read against the same reduced registry
        model = analyse_card(card.folder, card.repo_id, db, kept.registry)
        rows.append(score(card, model, resolve_offline(model, db, kept), db, removed=removed))
    return _summary("leave-one-out", rows)


def _summary(mode: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    classes: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        classes.setdefault(row["front_matter"], []).append(row)
    return {
        "mode": mode,
        "label": LABELS[mode],
        "cards": len(rows),
        **totals(rows),
        "any_mismatch_finding": totals([{**r, "mismatch": r["mismatch_any"]} for r in rows]),
        "per_front_matter": {name: totals(group) for name, group in sorted(classes.items())},
        "disagreements": why(rows),
        "rows": rows,
    }


def leave_family_out(cards: list[Card], db: LicenseDB, knowledge: Knowledge) -> dict[str, Any]:
    placement = Placement(knowledge, db)
    return _units("leave-family-out", placement.family_units(), placement, cards, db)


def leave_generation_out(cards: list[Card], db: LicenseDB, knowledge: Knowledge) -> dict[str, Any]:
    placement = Placement(knowledge, db)
    return _units("leave-generation-out", placement.generation_units(), placement, cards, db)


def _units(
    mode: str, units: list[Unit], placement: Placement, cards: list[Card], db: LicenseDB
) -> dict[str, Any]:
    """Each unit left out of all knowledge in turn, measured on the unit's cards."""
    rows: list[dict[str, Any]] = []
    reference: list[dict[str, Any]] = []
    per_unit: dict[str, Any] = {}
    empty: list[str] = []
    for unit in units:
        members = [c for c in cards if placement.card_belongs(unit, c.repo_id, c.label)]
        if not members:
            empty.append(unit.key)
            continue
        kept = without(placement.knowledge, unit)
        unit_rows = []
        for card in members:
            model = analyse_card(card.folder, card.repo_id, db, kept.registry)
            row = score(card, model, resolve_offline(model, db, kept), db, removed=[unit.key])
            unit_rows.append({**row, "unit": unit.key})
        rows += unit_rows
        reference += [{**c.in_sample, "unit": unit.key} for c in members]
        per_unit[unit.key] = {
            "removed": unit.removed(),
            "cards": [c.slug for c in members],
            "out_of_sample": totals(unit_rows),
            "in_sample": totals([c.in_sample for c in members]),
        }
    measured = {r["slug"] for r in rows}
    return {
        "mode": mode,
        "label": LABELS[mode],
        "cards": len(measured),
        "pairs": len(rows),
        **totals(rows),
        "in_sample_same_pairs": totals(reference),
        "units": per_unit,
        "units_without_cards": empty,
        "cards_of_no_unit": sorted({c.slug for c in cards} - measured),
        "disagreements": why(rows),
        "rows": rows,
    }


MEASURES: dict[str, Callable[[list[Card], LicenseDB, Knowledge], dict[str, Any]]] = {
    "in-sample": in_sample,
    "leave-one-out": leave_one_out,
    "leave-family-out": leave_family_out,
    "leave-generation-out": leave_generation_out,
}


# --- reading the corpus ----------------------------------------------------------------------


def _repo_ids(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["slug"]: row["hf_repo_id_if_known"]
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("hf_repo_id_if_known")
        }


if __name__ == "__main__":
    raise SystemExit(main())
