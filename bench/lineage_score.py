"""Scoring for bench/lineage.py: one card's answer against its label, and the totals.

An ABSTENTION is a card whose effective license lineage leaves unknown because a parent could
not be resolved (`effective_license.id` None, with the lineage's `unknown` parents or the
`lineage-unresolved` method): neither right nor wrong, counted apart. Its Hub tag is `unknown`.
An abstention WOULD HAVE PASSED A COMMERCIAL GATE WRONGLY before lineage abstained (when the
declared tag stood in for an unresolved parent) when the declared tag names a permissive
license (every tag, when the card lists several) and the label's effective license is of a
restricted kind: anything but permissive or copyleft open source (open-weight with conditions,
RAIL, non-commercial, research-only, proprietary). The label's kind is that of the record its
Hub tag names; for `other` (a license with no Hub tag of its own), the kind of the effective
license lineage concludes with the full knowledge when its tag is the label's, else unknown.
A wrong answer FAILS OPEN when its tag names a permissive license and the label's kind is
restricted: what a commercial gate would still pass today.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from auditor.knowledge.license_db import LicenseDB
from auditor.lineage.resolve import Lineage
from auditor.model.kinds import LicenseKind

UNKNOWN_TAG = "unknown"
_OPEN = frozenset({LicenseKind.PERMISSIVE_OSS, LicenseKind.COPYLEFT_OSS})


def is_abstention(lineage: Lineage) -> bool:
    """Lineage left the effective license unknown because a parent is unresolved."""
    match = lineage.effective_license
    if match is not None and match.id is not None:
        return False
    return bool(getattr(lineage, "unknown", ())) or (
        match is not None and match.method == "lineage-unresolved"
    )


def effective_tag(lineage: Lineage) -> str:
    """The effective license as a Hub license tag; `other` for a license without one and
    `unknown` for an abstention."""
    if is_abstention(lineage):
        return UNKNOWN_TAG
    match = lineage.effective_license
    return match.hf if match is not None and match.hf else "other"


def effective_kind(lineage: Lineage) -> str | None:
    match = lineage.effective_license
    return None if match is None or match.kind is None or match.id is None else str(match.kind)


def label_kind(expected: str, db: LicenseDB, reference: tuple[str, str | None]) -> str | None:
    """The kind of the label's effective license (module docstring); `reference` is the tag
    and kind lineage concludes with the full knowledge."""
    record = db.lookup(expected) if expected != "other" else None
    if record is not None:
        return str(record.kind)
    tag, kind = reference
    return kind if tag == expected else None


def is_permissive_tag(declared: object, db: LicenseDB) -> bool:
    """Every declared tag names a permissive open-source license."""
    tags = [str(t) for t in (declared if isinstance(declared, list) else [declared]) if t]
    records = [db.lookup(t) for t in tags]
    return bool(records) and all(
        r is not None and r.kind is LicenseKind.PERMISSIVE_OSS for r in records
    )


def is_restricted(kind: str | None) -> bool:
    return kind is not None and kind not in _OPEN


def ancestor_row(ancestor: Any) -> dict[str, Any]:
    """One ancestor as the JSON rows list it."""
    match = ancestor.license
    return {
        "ref": ancestor.ref,
        "depth": ancestor.depth,
        "resolved_by": ancestor.resolved_by,
        "license": (match.hf or match.id or match.name) if match is not None else None,
        "confidence": round(float(getattr(ancestor, "confidence", 1.0)), 3),
    }


# --- totals -------------------------------------------------------------------------------------


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Effective license right / wrong / abstained, and the mismatch figures."""
    right = sum(r["effective"] == r["expected"] for r in rows)
    abstained = [r for r in rows if r["abstained"]]
    tp = sum(r["mismatch"] and r["expected_mismatch"] for r in rows)
    fp = sum(r["mismatch"] and not r["expected_mismatch"] for r in rows)
    fn = sum(not r["mismatch"] and r["expected_mismatch"] for r in rows)
    agree = sum(r["mismatch"] == r["expected_mismatch"] for r in rows)
    answered = len(rows) - len(abstained)
    gate = [r for r in abstained if r["would_have_passed_gate"]]
    return {
        "n": len(rows),
        "effective_accuracy": right / len(rows) if rows else 0.0,
        "effective_right": right,
        "effective_wrong": answered - right,
        "wrong_permissive_over_restricted": sum(r["fails_open"] for r in rows),
        "abstained": len(abstained),
        "effective_accuracy_when_answered": right / answered if answered else 0.0,
        "abstained_would_have_passed_gate": len(gate),
        "abstained_by_label_kind": dict(
            sorted(Counter(str(r["label_kind"]) for r in abstained).items())
        ),
        "mismatch_accuracy": agree / len(rows) if rows else 0.0,
        "mismatch_precision": tp / (tp + fp) if tp + fp else 1.0,
        "mismatch_recall": tp / (tp + fn) if tp + fn else 1.0,
        "mismatch_tp": tp,
        "mismatch_fp": fp,
        "mismatch_fn": fn,
        # missed mismatches on abstained cards: lineage did not know the parent to compare with
        "mismatch_fn_abstained": sum(
            r["expected_mismatch"] and not r["mismatch"] for r in abstained
        ),
    }


def why(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Cards with a wrong effective license or mismatch, by what went wrong."""
    counts: dict[str, int] = {}
    for row in rows:
        if row["effective"] == row["expected"] and row["mismatch"] == row["expected_mismatch"]:
            continue
        ancestors = row["ancestors"]
        if row["mismatch"] and not row["expected_mismatch"]:
            reason = "false alarm"
        elif row["abstained"]:
            reason = "abstained (a parent left unresolved)"
        elif any(a["resolved_by"] in {"unresolved", "depth-limit"} for a in ancestors):
            reason = "a parent left unresolved"
        elif not ancestors:
            reason = "no parent found"
        else:
            reason = "parents resolved, answer wrong"
        counts[reason] = counts.get(reason, 0) + 1
    return dict(sorted(counts.items()))


def reason(row: dict[str, Any]) -> str:
    steps = [
        f"{a['ref']} -> {a['license'] or '?'} by {a['resolved_by']}"
        + (f" ({a['confidence']:.2f})" if a["confidence"] < 1.0 else "")
        for a in row["ancestors"]
    ]
    lineage = "; ".join(steps) if steps else "no ancestor"
    declared = row["declared"] if row["declared"] is not None else "none"
    return f"declared {declared}; {lineage}"


def short(t: dict[str, Any]) -> str:
    """The totals in one short line, for a table of families or generations."""
    return (
        f"{t['effective_right']:>3} right {t['effective_wrong']:>2} wrong "
        f"({t['wrong_permissive_over_restricted']} open) {t['abstained']:>2} "
        f"abstained ({t['abstained_would_have_passed_gate']} gate); mismatch "
        f"P {t['mismatch_precision']:>4.0%} R {t['mismatch_recall']:>4.0%}"
    )


def line(t: dict[str, Any]) -> str:
    return (
        f"effective {t['effective_right']}/{t['n']} = {t['effective_accuracy']:.1%} "
        f"(wrong {t['effective_wrong']}, of which {t['wrong_permissive_over_restricted']} "
        f"permissive over restricted; abstained {t['abstained']}, of which "
        f"{t['abstained_would_have_passed_gate']} permissive tags over restricted licenses); "
        f"mismatch precision {t['mismatch_precision']:.1%} recall {t['mismatch_recall']:.1%} "
        f"(tp {t['mismatch_tp']}, fp {t['mismatch_fp']}, fn {t['mismatch_fn']}, of which "
        f"{t['mismatch_fn_abstained']} abstained)"
    )


def print_results(mode: str, results: dict[str, Any], *, quiet: bool) -> None:
    print(f"== {mode}: {results['label']}")
    if not quiet:
        for row in results["rows"]:
            problems = []
            if row["effective"] != row["expected"]:
                problems.append(f"effective {row['effective']} (expected {row['expected']})")
            if row["mismatch"] != row["expected_mismatch"]:
                problems.append(f"mismatch {row['mismatch']} (expected {row['expected_mismatch']})")
            if problems:
                unit = f"[{row['unit']}] " if "unit" in row else ""
                print(f"  {unit}{row['slug']}: " + "; ".join(problems))
                print(f"      [{row['front_matter']}] {reason(row)}")
    pairs = f" ({results['pairs']} card-unit pairs)" if "pairs" in results else ""
    print(f"{results['cards']} cards{pairs} in {results['seconds']}s")
    print("  " + line(results))
    print("  disagreements: " + ", ".join(f"{k} {v}" for k, v in results["disagreements"].items()))
    if "units" in results:
        print("  in-sample, same pairs: " + line(results["in_sample_same_pairs"]))
        width = len(short(results["in_sample_same_pairs"]))
        print(f"  {'unit (cards)':<34} {'in-sample':<{width}} | out-of-sample")
        for key, unit in results["units"].items():
            name = f"{key[:28]} ({unit['in_sample']['n']})"
            print(f"  {name:<34} {short(unit['in_sample'])} | {short(unit['out_of_sample'])}")
        print(f"  cards of no unit: {len(results['cards_of_no_unit'])}")
        return
    print("  counting self-conflict findings too: " + line(results["any_mismatch_finding"]))
    for name, group in results["per_front_matter"].items():
        print(f"  {name:<13} " + line(group))
