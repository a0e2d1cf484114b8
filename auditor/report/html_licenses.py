"""The HTML report's Licenses section: each effective license once, its usual terms, and the
models whose terms read differently (a modified copy, an extra document beside it).

A license's usual terms are the ones most of its models share; a model whose terms say
something else is listed under the license with only the terms that differ, grouped with the
models that differ the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from auditor.model import AuditResult, LicenseMatch, ModelResult
from auditor.model.terms import CLAUSE_KEYS
from auditor.report.html_words import ProseNamer, place_words
from auditor.report.view_items import safe_href
from auditor.report.words import KIND_WORDS, TERM_LABELS, describe_term

PLACE_TERMS = ("governing_law", "territorial_exclusions")
MODELS_SHOWN = 12
"""Models named in one line of differences; the rest are counted."""

TermRow = dict[str, str]


def kind_words(match: LicenseMatch | None) -> str:
    """The license's kind in words ("unknown" when not known)."""
    if match is None or match.kind is None:
        return "unknown"
    return KIND_WORDS.get(str(match.kind), str(match.kind))


def license_sections(
    result: AuditResult, namer: ProseNamer
) -> tuple[list[dict[str, Any]], dict[int, dict[str, Any]]]:
    """The sections, and by model position (0-based) its license's anchor, name and the terms
    in which it differs from the license's usual ones."""
    groups: dict[str, list[int]] = {}
    rows: dict[int, list[TermRow]] = {}
    for index, model in enumerate(result.models):
        lic = model.effective_license
        if lic is None or lic.id is None:
            continue
        groups.setdefault(lic.id, []).append(index)
        rows[index] = term_rows(model, _clauses(result, lic.id))
    sections: list[dict[str, Any]] = []
    per_model: dict[int, dict[str, Any]] = {}
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), _name(result, item, namer)))
    for number, (license_id, members) in enumerate(ordered, start=1):
        anchor = f"license-{number}"
        usual = _usual(members, rows)
        name = namer.name(result.models[members[0]].effective_license)
        sections.append(_section(result, license_id, anchor, name, members, rows, usual))
        for index in members:
            per_model[index] = {
                "anchor": anchor,
                "name": name,
                "differs": _differences(rows[index], usual),
            }
    return sections, per_model


def _name(result: AuditResult, item: tuple[str, list[int]], namer: ProseNamer) -> str:
    return namer.name(result.models[item[1][0]].effective_license)


def _clauses(result: AuditResult, license_id: str) -> Mapping[str, Any]:
    fact = (result.license_facts or {}).get(license_id)
    return fact.terms if fact else {}


def _section(
    result: AuditResult,
    license_id: str,
    anchor: str,
    name: str,
    members: Sequence[int],
    rows: Mapping[int, list[TermRow]],
    usual: list[TermRow],
) -> dict[str, Any]:
    first = result.models[members[0]]
    fact = (result.license_facts or {}).get(license_id)
    variants: dict[tuple[tuple[str, str, str], ...], list[int]] = {}
    for index in members:
        diff = _differences(rows[index], usual)
        if diff:
            key = tuple((d["label"], d["plain"], d["usual"]) for d in diff)
            variants.setdefault(key, []).append(index)
    return {
        "anchor": anchor,
        "name": name,
        "id": license_id,
        "kind": kind_words(first.effective_license),
        "count": len(members),
        "links": [{"text": u, "href": safe_href(u)} for u in (fact.links if fact else ())],
        "terms": usual,
        "duties": [
            {"text": d.text, "clause": d.clause or ""} for d in (fact.obligations if fact else ())
        ],
        "variants": [
            {
                "differs": [{"label": a, "plain": b, "usual": c} for a, b, c in key],
                "models": [
                    {"ref": result.models[i].ref, "anchor": f"model-{i + 1}"}
                    for i in indexes[:MODELS_SHOWN]
                ],
                "more": max(0, len(indexes) - MODELS_SHOWN),
                "count": len(indexes),
            }
            for key, indexes in sorted(variants.items(), key=lambda kv: -len(kv[1]))
        ],
    }


def _usual(members: Sequence[int], rows: Mapping[int, list[TermRow]]) -> list[TermRow]:
    """The term rows most of the license's models share (the first such model's quotes)."""
    signatures = Counter(_signature(rows[i]) for i in members)
    common = signatures.most_common(1)[0][0]
    return next(rows[i] for i in members if _signature(rows[i]) == common)


def _signature(rows: Sequence[TermRow]) -> tuple[tuple[str, str], ...]:
    return tuple((r["key"], r["plain"]) for r in rows)


def _differences(rows: Sequence[TermRow], usual: Sequence[TermRow]) -> list[dict[str, str]]:
    mine = {r["key"]: r for r in rows}
    theirs = {r["key"]: r for r in usual}
    out = []
    for key in [*theirs, *(k for k in mine if k not in theirs)]:
        a, b = mine.get(key), theirs.get(key)
        if a is not None and b is not None and a["plain"] == b["plain"]:
            continue
        label = (a or b or {}).get("label", key)
        out.append(
            {
                "label": label,
                "plain": a["plain"] if a else "not stated",
                "usual": b["plain"] if b else "not stated",
            }
        )
    return out


def term_rows(model: ModelResult, clauses: Mapping[str, Any]) -> list[TermRow]:
    """The model's terms in plain words, in the report's order, with clause and one quote.

    A user cap in monthly active users says everything the bare MAU cap says, and whom it
    counts: the bare cap is left out then, so one cap is not listed twice."""
    terms: Mapping[str, object] = model.terms
    out = []
    for key in _term_order(terms):
        value = terms[key]
        if key == "kind" or (key == "mau_threshold" and _same_cap(terms)):
            continue
        plain = describe_term(key, _in_words(key, value))
        if plain is None:
            continue
        evidence = model.term_evidence.get(key, ())
        clause = clauses.get(key)
        out.append(
            {
                "key": key,
                "label": TERM_LABELS.get(key, key.replace("_", " ").capitalize()),
                "plain": plain,
                "clause": (getattr(clause, "clause", None) or "") if clause is not None else "",
                "quote": evidence[0].text if evidence else "",
                "where": (evidence[0].file or "") if evidence else "",
            }
        )
    return out


def _same_cap(terms: Mapping[str, object]) -> bool:
    cap = terms.get("user_threshold")
    return (
        isinstance(cap, Mapping)
        and cap.get("unit") == "mau"
        and cap.get("count") == terms.get("mau_threshold")
    )


def _term_order(terms: Mapping[str, object]) -> list[str]:
    known = [key for key in TERM_LABELS if key in terms]
    return known + sorted(key for key in terms if key not in TERM_LABELS)


def _in_words(key: str, value: object) -> object:
    """Place codes as place names, in the terms that name places."""
    if key in PLACE_TERMS and isinstance(value, str):
        return place_words(value)
    if key in PLACE_TERMS and isinstance(value, list):
        return [place_words(str(v)) for v in value]
    if key in CLAUSE_KEYS and isinstance(value, list):
        return [_clause_in_words(c) for c in value]
    return value


def _clause_in_words(clause: object) -> object:
    if not isinstance(clause, Mapping):
        return clause
    regions = clause.get("regions")
    named = [place_words(str(r)) for r in regions] if isinstance(regions, list) else regions
    return {**clause, "regions": named}
