"""Prints the accuracy results and renders them as Markdown, every figure with its label."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .scancode import confusion_lines


def summary_rows(results: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(label, measurement, figure) for every measurement that ran."""
    rows: list[tuple[str, str, str]] = []
    if "identification" in results:
        ident, terms = results["identification"], results["extraction"]
        rows.append(("in-sample", "corpus texts named as their record", _named(ident)))
        rows.append(("in-sample", "labelled term fields exact", _fields(terms)))
    for key in ("leave_one_out", "leave_record_out"):
        if key in results:
            loo = results[key]
            what = (
                "corpus texts named as their record, own reference out of the index"
                if key == "leave_one_out"
                else "the same, every reference of the text's record out of the index"
            )
            rows.append((loo["label"], what, _named(loo)))
    if "leave_one_out" in results:
        rows.append(
            (
                "in-sample",
                "labelled term fields exact, leave-one-out run (extraction reads no index, so "
                "this is the in-sample figure: the patterns were written on these texts)",
                _fields(results["leave_one_out"]["terms"]),
            )
        )
    adversarial = results.get("adversarial")
    if adversarial:
        for group, tally in sorted(adversarial["per_group"].items()):
            total = sum(tally.values())
            parts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(tally.items()))
            rows.append(("adversarial", f"{group} variants ({total})", parts))
        if adversarial.get("retitled"):
            right, retitled = adversarial["retitled_named_as_themselves"], adversarial["retitled"]
            rows.append(
                (
                    "adversarial",
                    "retitled copies named as themselves (own id, not a known one)",
                    f"{right}/{retitled} ({_pct(_share(right, retitled))}), "
                    f"{len(adversarial['false_identities'])} under a known id",
                )
            )
        rows.append(
            (
                "adversarial",
                "false passes (commercial use reported allowed / cap missed)",
                f"{len(adversarial['false_passes'])} of "
                f"{adversarial['variants'] - _retitled(adversarial)}, "
                f"{len(adversarial['silent_false_passes'])} of them silent",
            )
        )
    scancode = results.get("scancode")
    if scancode and "all" in scancode:
        for part, what in (
            ("all", "all texts measured"),
            ("without_curated_record", "texts without a curated record"),
        ):
            s = scancode[part]
            rows.append(
                (
                    "ScanCode",
                    f"{what}: identified by their key",
                    f"{s['identified_by_key']}/{s['texts']} ({_pct(s['identified_by_key_share'])})"
                    f"; {s['named_as_another_license']} named as another license",
                )
            )
            rows.append(
                (
                    "ScanCode",
                    f"{what}: our kind / commercial use agree with ScanCode's category",
                    f"kind {s['kind_agrees']}/{s['kind_judged']}"
                    f" ({_pct(_share(s['kind_agrees'], s['kind_judged']))}), commercial use "
                    f"{s['commercial_use_agrees']}/{s['commercial_use_judged']}"
                    f" ({_pct(_share(s['commercial_use_agrees'], s['commercial_use_judged']))})",
                )
            )
    elif scancode:
        rows.append(("ScanCode", "skipped", scancode.get("skipped", "")))
    command = results.get("command")
    if command and "error" not in command:
        rows.append(("command (in-sample)", "`auditor identify --format json`", _named(command)))
    return rows


def print_results(results: Mapping[str, Any]) -> None:
    """The summary, then the details that name texts."""
    if "extraction" in results:
        extraction = results["extraction"]
        print(f"[in-sample] term extraction over {extraction['texts']} texts")
        for field, rate in extraction["per_field"].items():
            print(f"  {field:40} {rate:7.1%}")
        print(
            f"[in-sample] extraction: {extraction['texts_per_second']:.1f} texts/s; "
            f"identification: {results['identification']['texts_per_second']:.1f} texts/s"
        )
    print()
    for label, what, figure in summary_rows(results):
        print(f"[{label}] {what}: {figure}")
    for line in detail_lines(results):
        print(line)


def detail_lines(results: Mapping[str, Any]) -> list[str]:
    """Every text or variant named in a failure, grouped by measurement (Markdown bullets)."""
    lines: list[str] = []
    for key in ("identification", "leave_one_out", "leave_record_out"):
        section = results.get(key)
        if not section:
            continue
        label = section["label"]
        others = {
            s: r
            for s, r in section.get("per_text", {}).items()
            if r["outcome"] == "another license"
        }
        if others:
            lines += ["", f"[{label}] named as ANOTHER license (false identities):"]
            lines += [
                f"- {s}: {r['got']['id']} by {r['got']['method']} ({r['got']['confidence']})"
                for s, r in sorted(others.items())
            ]
        unnamed = sorted(
            s for s, r in section.get("per_text", {}).items() if r["outcome"] == "unnamed"
        )
        if unnamed:
            lines += ["", f"[{label}] unnamed: {', '.join(unnamed)}"]
        own = section.get("own_name_texts")
        if own:
            lines += ["", f"[{label}] named as a license of its own (an id no known license has):"]
            lines += [
                f"- {s}: {g['id']} by {g['method']} ({g['confidence']})"
                for s, g in sorted(own.items())
            ]
        leaked = section.get("exact_from_unfiltered_index")
        if leaked:
            lines += [
                "",
                f"[{label}] WARNING: exact matches from an index outside the filtered "
                f"fingerprint set (not out of sample): {', '.join(leaked)}",
            ]
    for key in ("extraction",):
        mismatches = results.get(key, {}).get("mismatches", {})
        if mismatches:
            lines += ["", "[in-sample] term mismatches:"]
            lines += [
                f"- {s} {p['field']}: want {p['expected']!r}, got {p['got']!r}"
                for s, problems in sorted(mismatches.items())
                for p in problems
            ]
    adversarial = results.get("adversarial")
    if adversarial:
        per = adversarial["per_variant"]
        silent = adversarial["silent_false_passes"]
        flagged = [n for n in adversarial["false_passes"] if n not in set(silent)]
        lines += [
            "",
            "[adversarial] silent false passes (named as the untouched parent, "
            "commercial use allowed / cap missed):",
        ]
        lines += _by_parent(silent)
        lines += [
            "",
            "[adversarial] false passes flagged for review (modified or low "
            "confidence, but commercial use allowed / cap missed):",
        ]
        lines += _by_parent(flagged)
        lines += ["", "[adversarial] retitled copies named as a known license (false identity):"]
        lines += [
            f"- {n}: {per[n]['got']['id']} by {per[n]['got']['method']}"
            for n in adversarial["false_identities"]
        ]
        odd = {
            n: v
            for n, v in per.items()
            if v["group"] == "retitled"
            and v["outcome"] not in ("false identity",)
            and v["outcome"] != "named as itself, derived from the parent"
        }
        if odd:
            lines += ["", "[adversarial] retitled copies not named as themselves from the parent:"]
            lines += [
                f"- {n}: {v['outcome']} ({v['got']['id']}, derived_from {v.get('derived_from')})"
                for n, v in sorted(odd.items())
            ]
        missed = {
            n: v for n, v in per.items() if v["outcome"] == "not allowed, added term not extracted"
        }
        if missed:
            lines += ["", "[adversarial] no pass, but the added term not extracted:"]
            lines += _by_parent(missed)
    command = results.get("command")
    if command and "error" not in command:
        lines += ["", f"[command (in-sample)] unnamed: {', '.join(command['unnamed_texts'])}"]
        gap = command["named_by_function_not_by_command"]
        if gap:
            lines += [
                f"[command (in-sample)] named by identify_text, not by the command: "
                f"{', '.join(gap)}"
            ]
    elif command:
        lines += ["", f"[command] failed: {command['error']}"]
    scancode = results.get("scancode")
    if scancode and "all" in scancode:
        lines += ["", "[ScanCode] our kind (rows: ScanCode category):", ""]
        lines += confusion_lines(scancode["all"]["kind_confusion"], "category \\ kind")
        lines += ["", "[ScanCode] our commercial_use (rows: ScanCode category):", ""]
        lines += confusion_lines(scancode["all"]["commercial_use_confusion"], "category \\ use")
        named_other = scancode["named_as_another_key"]
        if named_other:
            lines += ["", f"[ScanCode] named as another license ({len(named_other)}):"]
            lines += [f"- {key}: {got}" for key, got in sorted(named_other.items())]
    return lines


def render_markdown(results: Mapping[str, Any]) -> str:
    """The results file's Markdown twin: summary table, then the details."""
    lines = [
        f"# Accuracy, {results['date']}",
        "",
        f"Corpus: {results['texts']} texts ({results['corpus']}). The bundled index is built "
        "from exactly these texts, so **in-sample** figures measure recall of memorised texts, "
        "not accuracy on licenses we have not seen; the other labels are out of sample.",
        "",
        "| label | measurement | figure |",
        "|---|---|---|",
    ]
    lines += [f"| {label} | {what} | {figure} |" for label, what, figure in summary_rows(results)]
    lines += ["", "## Details"]
    lines += detail_lines(results)
    return "\n".join(lines) + "\n"


def _by_parent(names: Iterable[str]) -> list[str]:
    grouped: dict[str, list[str]] = {}
    for name in names:
        parent, _, change = name.partition("+")
        grouped.setdefault(parent, []).append(change)
    return [
        f"- {parent}: {', '.join(sorted(changes))}" for parent, changes in sorted(grouped.items())
    ]


def _named(section: Mapping[str, Any]) -> str:
    n = section["texts"]
    return (
        f"{section['named_right']}/{n} right ({_pct(_share(section['named_right'], n))}), "
        f"{section['named_as_another_license']} as another license, {section['unnamed']} unnamed"
        + (
            f", {section['named_as_own_license']} under a name of its own"
            if section.get("named_as_own_license")
            else ""
        )
    )


def _fields(section: Mapping[str, Any]) -> str:
    return f"{section['fields_right']}/{section['fields']} ({_pct(section['overall'])})"


def _retitled(adversarial: Mapping[str, Any]) -> int:
    return sum(adversarial["per_group"].get("retitled", {}).values())


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _pct(value: float) -> str:
    return f"{value:.1%}"
