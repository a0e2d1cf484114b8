"""Detectors for a license's conditions: policy, updates, flow-down, outputs, credit, bans."""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.detect import DataRule, Found, data_rule, matching
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.licenses.terms.tags import find_tags

# The clause rules are data: license_db/clause_rules/conditions.yaml.
_AUP_INCORPORATED = data_rule("acceptable_use_policy_incorporated/incorporated")
_MAY_UPDATE = data_rule("licensor_may_update_terms/may-update")
_NOT_LICENSOR = data_rule("licensor_may_update_terms/not-licensor")
_DOWNSTREAM = tuple(
    data_rule(f"downstream_propagation/{name}")
    for name in (
        "enforceable-provision",
        "remain-subject",
        "directly-granted",
        "derivatives-same-restrictions",
        "share-alike",
        "include-use-restrictions",
        "bind-recipients",
        "recipients-bound",
        "restrictions-pass-on",
        "at-least-as-restrictive",
    )
)
"""Wordings that make the licensee pass the restrictions (or this license) on to recipients."""
_OUTPUT = tuple(
    data_rule(f"output_use_restriction/{name}")
    for name in (
        "outputs-to-improve-models",
        "improve-models-with-outputs",
        "outputs-as-training-data",
        "distill-outputs",
        "model-to-improve-other-models",
    )
)
# a licence ending when the model or its outputs train another model (a ban by its consequence)
_OUTPUT_ENDS = data_rule("output_use_restriction/licence-ends-on-training")
"""Wordings, in any voice, of a ban on using outputs (or the model itself) to train or improve
other models."""
_ATTRIBUTION = data_rule("attribution_required/attribution")
_NAMING = tuple(data_rule(f"naming_requirement/prefix-{i}") for i in range(1, 5))
"""Where a derived model's name prefix is written; each takes it as the group `name`."""
_NAMING_SUBJECT = data_rule("naming_requirement/subject")
# a patent clause: an action over infringement that terminates the licenses
_PATENT_CLAUSE = tuple(
    data_rule(f"patent_termination/{name}") for name in ("infringement", "termination", "action")
)
_PATENT_RIGHTS = data_rule("patent_termination/rights")


def detect_aup_incorporated(doc: Document, *, policy: bool) -> Found:
    """Does the license pull in a separate usage policy or attached restriction list?"""
    if policy:
        return Found(False)
    found = matching(doc, _AUP_INCORPORATED, skip_excluded=False)
    return Found(bool(found), tuple(found[:2]))


def detect_licensor_may_update(doc: Document) -> Found:
    """Does the text let the licensor change the terms or the incorporated policy?"""
    found = [
        s for s in matching(doc, _MAY_UPDATE, skip_excluded=False) if not _NOT_LICENSOR.search(s)
    ]
    return Found(bool(found), tuple(found[:2]))


def detect_downstream(doc: Document) -> Found:
    """Must the restrictions (or this agreement) flow down to recipients?"""
    found = _first_matches(doc, _DOWNSTREAM, skip_definitions=True)
    return Found(bool(found), tuple(found[:2]))


def detect_output_restriction(doc: Document) -> Found:
    """Is using outputs to train or improve other models forbidden? A licence ending on that
    use forbids it too, though its wording bans nothing ("Should you use X ... to train another
    model, your licence ends")."""
    found = _first_matches(doc, _OUTPUT, restrictive=True, skip_definitions=True)
    found += [s for s in matching(doc, _OUTPUT_ENDS, skip_definitions=True) if s not in found]
    found.sort(key=lambda s: s.start)
    return Found(bool(found), tuple(found[:2]))


def _first_matches(
    doc: Document, patterns: tuple[DataRule, ...], *, restrictive: bool = False, **context: bool
) -> list[Sentence]:
    """Sentences matching any of `patterns`, in document order, without repeats."""
    found: set[Sentence] = set()
    for pattern in patterns:
        found.update(matching(doc, pattern, restrictive=restrictive, **context))
    return sorted(found, key=lambda s: s.start)


def detect_attribution(doc: Document) -> Found:
    """Must notices, credits or a 'Built with' line be kept or shown?"""
    found = matching(doc, _ATTRIBUTION, skip_excluded=False)
    return Found(bool(found), tuple(found[:2]))


def detect_naming(doc: Document) -> Found:
    """The prefix that derived models' names must carry, if any."""
    for sentence in doc.sentences:
        if '"' not in sentence.text:  # every shape reads a quoted name
            continue
        for pattern in _NAMING:
            match = pattern.search(sentence)
            if match and match.group("name").strip(" -") and _NAMING_SUBJECT.search(sentence):
                return Found(match.group("name").strip(), (sentence,))
    return Found(None)


def detect_patent_termination(doc: Document) -> Found:
    """Do the licenses end for a licensee who sues over patents or IP in the model?"""
    found = [s for s in doc.sentences if _is_patent_clause(s) and _PATENT_RIGHTS.holds(s)]
    return Found(bool(found), tuple(found[:1]))


def detect_use_restrictions(doc: Document, *, commercial_banned: Found) -> Found:
    """Vocabulary tags for every prohibited use, each with its first sentence."""
    first: dict[str, Sentence] = {}
    for clause in doc.clauses:
        if clause.excluded or clause.definition:
            continue
        if not clause.restrictive:
            # a qualifier of a ban stated elsewhere ("a person reviewing the output does not
            # bring the use back within the licence") needs no prohibitive wording of its own
            if any(word in clause.lower for word in _QUALIFIER_WORDS):
                for tag in find_tags(clause.text):
                    if tag in _QUALIFIES:
                        first.setdefault(tag, clause)
            # a grant's exception is a ban: "free for any use, except operating critical
            # infrastructure" bans what follows "except", and only that
            carved = _EXCEPTED.search(clause.text) if _has_exception(clause.lower) else None
            if carved is not None:
                for tag in find_tags(carved.group("use")):
                    first.setdefault(tag, clause)
            continue
        if _is_patent_clause(clause):
            continue
        for tag in find_tags(clause.text):
            first.setdefault(tag, clause)
    for qualifier, qualified in _QUALIFIES.items():
        if qualifier in first and qualified not in first:
            del first[qualifier]  # alone it bans nothing
    if commercial_banned.value == "prohibited" and commercial_banned.sentences:
        first.setdefault("commercial-use", commercial_banned.sentences[0])
    tags = sorted(first)
    evidence: list[Sentence] = []
    for tag in tags:
        if first[tag] not in evidence:
            evidence.append(first[tag])
    return Found(tags, tuple(evidence))


# a permission, then the use it leaves out: "may use it for any purpose except <use>"
_EXCEPTED = lazy_pattern(
    r"\b(?:may|can|free|permitted|allowed|granted|grants?|licen[cs]es?|any\s+(?:use|purpose)s?)\b"
    r"[^.;]{0,200}?\b(?:except|(?<!\bas\s)excluding|other\s+than|save\s+for|apart\s+from)\b"
    r"(?!\s+(?:as|that|where|when|if|to\s+the\s+extent|limited|in\s+accordance)\b)"
    r"(?P<use>[^.;]{3,240})",
    re.IGNORECASE,
)
_EXCEPTION_WORDS = ("except", "excluding", "other than", "save for", "apart from")


def _has_exception(lower: str) -> bool:
    return any(word in lower for word in _EXCEPTION_WORDS)


_QUALIFIES = {"decisions-even-if-reviewed": "automated-decision-making"}
"""Qualifier tags, each with the ban it qualifies: kept only beside that ban."""
_QUALIFIER_WORDS = (
    "review", "approv", "overs", "sign", "human", "person", "loop", "staff", "check", "confirm",
    "officer", "employee", "manual", "validat",
)  # fmt: skip


def _is_patent_clause(sentence: Sentence) -> bool:
    return all(rule.holds(sentence) for rule in _PATENT_CLAUSE)
