"""Who the grant reaches, as `use_scope` words: a grant reserved to non-commercial
organisations or leaving companies out (`non-commercial-organizations`), and a non-commercial
use defined as research or evaluation whoever does it (`research-by-anyone`).

The wording is data: the rules of license_db/clause_rules/licensees.yaml, each naming the word
it stands for. Unlike the purposes of `terms.scope`, these are read in definitions too: a
license defines its classes of licensee and its non-commercial use in "X means ..." sentences.
"""

from __future__ import annotations

from functools import cache

from auditor.licenses.terms.clause_rules import load_clause_rules
from auditor.licenses.terms.detect import DataRule, Found, data_rule, matching
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.model.terms import RESEARCH_BY_ANYONE, USE_SCOPES

CLAUSE_TERM = "licensees"


@cache
def licensee_rules() -> tuple[tuple[str, DataRule], ...]:
    """(use-scope word, rule) for each rule of licensees.yaml naming a use-scope word, in file
    order (not `companies-included`, which `_research_by_anyone` reads with the grant)."""
    return tuple(
        (rule.value, data_rule(rule_id))
        for rule_id, rule in load_clause_rules().items()
        if rule.term == CLAUSE_TERM and rule.value in USE_SCOPES
    )


_COMPANIES_INCLUDED = "licensees/companies-included"
_UNQUALIFIED = ("research", "evaluation")
_QUALIFIERS = ("commercial", "academic", "profit", "educational", "scholarly", "universit")
"""Words of a confinement that make its research or evaluation of one kind (non-commercial,
academic, ...): then a company's research is not within it, however the licensee is defined."""


def _research_by_anyone(doc: Document, scope: Found) -> Sentence | None:
    """A grant confined to research or evaluation of no qualified kind ("for Your internal
    evaluation of the model"), given to a licensee defined to include companies: the
    definition that makes that research anyone's (`research-by-anyone`), else None."""
    words = scope.value if isinstance(scope.value, list) else []
    if not any(word in _UNQUALIFIED for word in words) or any(
        any(map(s.lower.__contains__, _QUALIFIERS)) for s in scope.sentences
    ):
        return None
    hits = matching(doc, data_rule(_COMPANIES_INCLUDED))
    return hits[0] if hits else None


def with_licensee_scopes(doc: Document, scope: Found) -> Found:
    """`scope` (the purposes the grant is confined to) with the licensee words the text
    states, in USE_SCOPES order, each quoted by the first sentence stating it."""
    first: dict[str, Sentence] = {}
    for word, pattern in licensee_rules():
        hits = matching(doc, pattern)
        if hits and (word not in first or hits[0].start < first[word].start):
            first[word] = hits[0]
    if RESEARCH_BY_ANYONE not in first and (anyone := _research_by_anyone(doc, scope)):
        first[RESEARCH_BY_ANYONE] = anyone
    if not first:
        return scope
    words = set(scope.value if isinstance(scope.value, list) else []) | set(first)
    evidence = list(scope.sentences)
    for sentence in sorted(first.values(), key=lambda s: s.start):
        if sentence not in evidence:
            evidence.append(sentence)
    return Found([w for w in USE_SCOPES if w in words], tuple(evidence))
