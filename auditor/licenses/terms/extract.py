"""Clause extraction: the terms of any license text, each value quoted from the text itself.

The detectors read the language of licenses (how a threshold, a ban or a governing-law clause
is phrased), not any particular document, so new versions and unknown licenses work too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseRecord
from auditor.licenses.terms.annex_refs import with_annex_figures
from auditor.licenses.terms.class_rows import company_sentences, with_reserved_grant
from auditor.licenses.terms.clause_refs import with_clause_figures
from auditor.licenses.terms.combine import union_clauses
from auditor.licenses.terms.commercial import detect_commercial_use, detect_research_only
from auditor.licenses.terms.commercial_conditions import detect_commercial_conditions
from auditor.licenses.terms.conditions import (
    detect_attribution,
    detect_aup_incorporated,
    detect_downstream,
    detect_licensor_may_update,
    detect_naming,
    detect_output_restriction,
    detect_patent_termination,
    detect_use_restrictions,
)
from auditor.licenses.terms.confined import confined_sentences
from auditor.licenses.terms.definitions import resolve_defined_terms
from auditor.licenses.terms.detect import Found, detect_grant, detect_policy, title_sentence
from auditor.licenses.terms.law import (
    detect_governing_law,
    detect_territorial_clauses,
    detect_territories,
    detect_venue,
    governing_law_from_venue,
    territorial_sentences,
)
from auditor.licenses.terms.licensee_types_s40classterm import detect_licensee_types
from auditor.licenses.terms.licensees import with_licensee_scopes
from auditor.licenses.terms.list_bands import with_list_measures
from auditor.licenses.terms.record import record_scope
from auditor.licenses.terms.scope import detect_use_scope
from auditor.licenses.terms.sentences import Document, Sentence, parse_document
from auditor.licenses.terms.split_caps import with_split_caps
from auditor.licenses.terms.supplement import supplements_license
from auditor.licenses.terms.termination import with_trigger_bans
from auditor.licenses.terms.thresholds import (
    detect_caps,
    detect_mau,
    detect_revenue_usd,
    unread_caps,
)
from auditor.licenses.terms.verbless_grants_s38en3 import with_verbless_grants
from auditor.model import Evidence
from auditor.model.terms import (
    BOOLEAN_KEYS,
    CLAUSE_KEYS,
    COMMERCIAL_USE_CONDITIONS,
    LIST_KEYS,
    NON_COMMERCIAL_ORGANIZATIONS,
    TERM_KEYS,
)

__all__ = ["BOOLEAN_KEYS", "LIST_KEYS", "TERM_KEYS", "ExtractedTerm", "extract_terms"]

# Restrictions any license may state without making it more than an open license: obey the
# law and export rules, leave safety filters in place.
_ORDINARY_TAGS = frozenset({"illegal-activity", "export-control", "circumvent-safety"})
_RAIL_NAME = lazy_pattern(r"\bRAIL\b|\b[Rr]esponsible\s+AI\s+[Ll]icen[cs]e")
_USE_BASED = lazy_pattern(r"\buse-based\s+restrictions\b", re.IGNORECASE)
_COPYLEFT = lazy_pattern(
    r"\bsharealike\b|\bshare-alike\b|\bcopyleft\b|\bsame\s+licen[cs]e\b|\bGNU\b"
    r"|\bentire\s+work\b[^.]{0,60}\bunder\s+this\s+licen[cs]e",
    re.IGNORECASE,
)
_TERMS_OF_SERVICE = lazy_pattern(r"\bterms\s+of\s+(?:service|use)\b", re.IGNORECASE)
_REDISTRIBUTION = lazy_pattern(
    r"\b(?:may(?!\s+not)|right\s+to|licen[cs]e\s+to|free\s+to)\b[^.;]{0,120}\b(?:distribute|redistribute"
    r"|sublicense|share)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ExtractedTerm:
    """One term read from a license text: its value (None when the text is silent) and quotes."""

    value: object
    evidence: tuple[Evidence, ...] = ()


def extract_terms(text: str, *, path: str = "LICENSE") -> dict[str, ExtractedTerm]:
    """Every key of TERM_KEYS read from `text`; evidence quotes name `path` and 1-based lines."""
    found = _detect_text(text)
    return {key: _term(found[key], path) for key in TERM_KEYS}


def _detect_text(text: str) -> dict[str, Found]:
    """The terms of `text`, whatever path quotes name. The answer depends on the text alone,
    so recent ones are kept: one audit reads a text up to three times (identification's
    title check, the judgement of a changed copy, the file's own terms), and a scan meets the
    same license file in folder after folder. Texts up to 32 KB (nearly every license; an
    entry holds its document's lines and column maps, ~60 KB for a 10 KB text) are kept 128
    deep, longer ones 8 deep. Callers get copies of list values (`_term`)."""
    if len(text) <= _SHORT_TEXT:
        return _detect_short(text)
    return _detect_long(text)


_SHORT_TEXT = 32_768


def _read_across(doc: Document) -> Document:
    """The sentences read with what other sentences say: a figure a clause points to in a
    schedule or another numbered clause, a cap split over sentences, the acts that end the
    licence as bans."""
    doc = with_list_measures(doc)  # "Scale of use (monthly active users):" then its bands
    doc = with_verbless_grants(doc)  # "Free for small businesses." then "Others: a licence"
    return with_split_caps(with_trigger_bans(with_annex_figures(with_clause_figures(doc))))


@lru_cache(maxsize=128)
def _detect_short(text: str) -> dict[str, Found]:
    return _detect_all(_read_across(parse_document(text)))


@lru_cache(maxsize=8)
def _detect_long(text: str) -> dict[str, Found]:
    return _detect_all(_read_across(parse_document(text)))


def _detect_all(doc: Document) -> dict[str, Found]:
    doc = resolve_defined_terms(doc)  # "for the Approved Purpose": what the definition says
    policy = detect_policy(doc)
    grant = detect_grant(doc)
    users, revenue, capped, lifted = detect_caps(doc)
    unread = () if users.value or revenue.value else unread_caps(doc, capped)
    capped += unread  # what such a sentence asks is asked past its size only
    # a ban bounded by places ("running the model outside Vietnam is not licensed") confines
    # where, not how: no scope or commercial term (`confined`, read as a territory)
    capped += tuple(sentence for sentence, _ in confined_sentences(doc))
    companies = company_sentences(doc)  # a company's row beside a university's: its class's
    capped += companies
    scope, scope_barred = detect_use_scope(doc, capped)
    territorial = territorial_sentences(doc)  # both detectors below read them
    domiciles, territories = detect_territorial_clauses(doc, territorial)
    attribution = detect_attribution(doc)
    is_policy = bool(policy.value)
    licensees = with_reserved_grant(with_licensee_scopes(doc, scope), companies)
    commercial = detect_commercial_use(
        doc,
        policy=is_policy,
        license_cues=grant if grant.value else attribution,
        thresholds=(users, revenue),
        scope=scope,
        scope_barred=scope_barred,
        capped=capped,
        lifted=lifted,
    )
    commercial = _for_some_licensees(commercial, scope, licensees)
    conditions = detect_commercial_conditions(doc, commercial, (users, revenue), capped)
    if unread and commercial.value in ("allowed", "restricted", None):
        commercial, conditions = _past_unread_cap(commercial, conditions, unread)
    found: dict[str, Found] = {
        "commercial_use": commercial,
        "commercial_use_conditions": conditions,
        # who may use it is no purpose: commercial use is decided on the purposes, then
        # narrowed by who may use it (_for_some_licensees)
        "use_scope": licensees,
        "mau_threshold": detect_mau(users),
        "revenue_threshold_usd": detect_revenue_usd(revenue),
        "user_threshold": users,
        "revenue_threshold": revenue,
        "acceptable_use_policy_incorporated": detect_aup_incorporated(doc, policy=is_policy),
        "licensor_may_update_terms": detect_licensor_may_update(doc),
        "downstream_propagation": detect_downstream(doc),
        "output_use_restriction": detect_output_restriction(doc),
        "attribution_required": attribution,
        "naming_requirement": detect_naming(doc),
        "patent_termination": detect_patent_termination(doc),
        "territorial_exclusions": detect_territories(doc, territorial),
        "excluded_licensee_domiciles": domiciles,
        "excluded_use_territories": territories,
        "excluded_licensee_types": detect_licensee_types(doc),
        "venue": detect_venue(doc),
        "use_restrictions": detect_use_restrictions(doc, commercial_banned=commercial),
    }
    governing_law = detect_governing_law(doc)
    if governing_law.value is None:
        governing_law = governing_law_from_venue(found["venue"])
    found["governing_law"] = governing_law
    found["kind"] = _infer_kind(doc, found, policy=policy, grant=grant)
    return found


def _for_some_licensees(commercial: Found, purposes: Found, licensees: Found) -> Found:
    """A grant reserved to non-commercial organisations (or leaving companies out) grants
    commercial use to no one as such: `allowed` becomes `restricted`, quoting who it leaves
    out. (Who may use it is read apart from the purposes commercial use was decided on.)"""
    words = licensees.value if isinstance(licensees.value, list) else []
    if commercial.value != "allowed" or NON_COMMERCIAL_ORGANIZATIONS not in words:
        return commercial
    said = [s for s in licensees.sentences if s not in purposes.sentences]
    return Found("restricted", tuple(said[:1]) + commercial.sentences[:1])


def _past_unread_cap(
    commercial: Found, conditions: Found, unread: tuple[Sentence, ...]
) -> tuple[Found, Found]:
    """Commercial use granted (or left unsaid) up to a size past which the text lays a duty no
    cap rule reads (`thresholds.unread_caps`): `restricted`, on a further license past a size (what
    `commercial-cap-unread` asks a reader to check against the quoted clause)."""
    words = conditions.value if isinstance(conditions.value, list) else []
    words = [w for w in COMMERCIAL_USE_CONDITIONS if w in words or w == _ABOVE_UNREAD]
    if commercial.value != "restricted":
        commercial = Found("restricted", (unread[0], *commercial.sentences[:1]))
    return commercial, Found(words, tuple(dict.fromkeys((*conditions.sentences, unread[0]))))


_ABOVE_UNREAD = "separate-license-above-threshold"


def _infer_kind(doc: Document, found: Mapping[str, Found], *, policy: Found, grant: Found) -> Found:
    """The license family's kind, from the other terms and the document type."""
    title = tuple(title_sentence(doc))
    commercial = found["commercial_use"]
    tags = set(_as_list(found["use_restrictions"].value))
    downstream = bool(found["downstream_propagation"].value)
    full_text = " ".join(s.text for s in doc.sentences)
    if policy.value:
        return Found("acceptable-use-policy", policy.sentences)
    if commercial.value == "prohibited":
        research = detect_research_only(doc)
        scope = found["use_scope"]
        if not research.value and {"research", "evaluation"} & set(_as_list(scope.value)):
            research = Found(True, scope.sentences[:1])
        kind = "research-only" if research.value else "non-commercial"
        return Found(kind, title + (research.sentences or commercial.sentences))
    if (
        _TERMS_OF_SERVICE.search(doc.title)
        and not _REDISTRIBUTION.search(full_text)
        and not supplements_license(full_text)  # terms of service on top of an open licence
    ):
        return Found("proprietary-terms", title)
    has_use_list = len(tags - _ORDINARY_TAGS) >= 3
    if _RAIL_NAME.search(full_text) or (
        _USE_BASED.search(full_text) and has_use_list and downstream
    ):
        return Found("rail", title + found["use_restrictions"].sentences[:1])
    conditions = [
        found[key]
        for key in (
            "user_threshold",
            "revenue_threshold",
            "use_scope",
            "excluded_licensee_types",
            "acceptable_use_policy_incorporated",
            "output_use_restriction",
            "licensor_may_update_terms",
        )
        if found[key].value
    ]
    if commercial.value == "restricted" or conditions or tags - _ORDINARY_TAGS:
        reasons = commercial.sentences if commercial.value == "restricted" else ()
        reasons += tuple(s for c in conditions for s in c.sentences)
        return Found("open-weight-restricted", title + reasons[:2])
    if downstream and _COPYLEFT.search(full_text):
        return Found("copyleft-oss", title + found["downstream_propagation"].sentences[:1])
    if commercial.value == "allowed":
        return Found("permissive-oss", title + commercial.sentences[:1])
    return Found(None)


def _as_list(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _term(found: Found, path: str) -> ExtractedTerm:
    return ExtractedTerm(value=_fresh(found.value), evidence=_evidence(found.sentences, path))


def _fresh(value: object) -> object:
    """A copy of a (kept) term value's lists and dicts: a caller may change its own."""
    if isinstance(value, list):
        return [_fresh(item) for item in value]
    if isinstance(value, dict):
        return {key: _fresh(item) for key, item in value.items()}
    return value


def _evidence(sentences: tuple[Sentence, ...], path: str) -> tuple[Evidence, ...]:
    seen: set[tuple[int, str]] = set()
    quotes: list[Evidence] = []
    for sentence in sentences:
        key = (sentence.line, sentence.quote)
        if key not in seen:
            seen.add(key)
            quotes.append(Evidence(file=path, line=sentence.line, text=sentence.quote))
    return tuple(quotes)


def compare_with_record(
    extracted: Mapping[str, ExtractedTerm], record: LicenseRecord
) -> list[tuple[str, object, object]]:
    """(key, record value, extracted value) for each term where the two disagree.

    A known license whose copy disagrees on any term may have been edited. Lists compare as
    sets, names case-insensitively; the venue is free text, so only its presence is compared.
    """
    differences: list[tuple[str, object, object]] = []
    for key in TERM_KEYS:
        if key not in extracted:
            continue
        if key == "kind":
            stored: object = record.kind
        elif key == "use_scope" and key in record.terms:
            stored = record_scope(record)  # with the scope its obligations imply
        elif key in record.terms:
            stored = record.terms[key].value
        else:
            continue
        value = extracted[key].value
        if not _same(key, stored, value):
            differences.append((key, stored, value))
    return differences


def _same(key: str, stored: object, value: object) -> bool:
    if key in CLAUSE_KEYS:
        return union_clauses([stored]) == union_clauses([value])
    if key in LIST_KEYS:
        return set(_as_list(stored)) == set(_as_list(value))
    if key in BOOLEAN_KEYS:
        return bool(stored) == bool(value)
    if key == "venue":
        return (stored is None) == (value is None)
    if isinstance(stored, str) and isinstance(value, str):
        return stored.casefold() == value.casefold()
    return stored == value


def merge_terms(
    license_terms: Mapping[str, ExtractedTerm], aup_terms: Mapping[str, ExtractedTerm]
) -> dict[str, ExtractedTerm]:
    """A license's terms with those of the usage policy it incorporates.

    Use restrictions and territorial exclusions are unions (each tag keeps its own quotes),
    booleans are OR-ed, other values come from the license unless it is silent.
    """
    merged: dict[str, ExtractedTerm] = {}
    for key in dict.fromkeys([*license_terms, *aup_terms]):
        own = license_terms.get(key, ExtractedTerm(None))
        other = aup_terms.get(key, ExtractedTerm(None))
        if key in CLAUSE_KEYS:
            clauses = union_clauses([own.value, other.value])
            merged[key] = ExtractedTerm(clauses, _union(own.evidence, other.evidence))
        elif key in LIST_KEYS:
            items = sorted(set(_as_list(own.value)) | set(_as_list(other.value)))
            merged[key] = ExtractedTerm(items, _union(own.evidence, other.evidence))
        elif key in BOOLEAN_KEYS:
            parts = [term for term in (own, other) if term.value]
            evidence = _union(*(term.evidence for term in parts))
            merged[key] = ExtractedTerm(bool(parts), evidence)
        elif key == "kind" or own.value is not None:
            merged[key] = own
        else:
            merged[key] = other
    return merged


def _union(*groups: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(item for group in groups for item in group))
