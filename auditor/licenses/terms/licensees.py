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
from auditor.model.terms import USE_SCOPES

CLAUSE_TERM = "licensees"


@cache
def licensee_rules() -> tuple[tuple[str, DataRule], ...]:
    """(use-scope word, rule) for each rule of licensees.yaml, in file order."""
    return tuple(
        (rule.value, data_rule(rule_id))
        for rule_id, rule in load_clause_rules().items()
        if rule.term == CLAUSE_TERM
    )


def with_licensee_scopes(doc: Document, scope: Found) -> Found:
    """`scope` (the purposes the grant is confined to) with the licensee words the text
    states, in USE_SCOPES order, each quoted by the first sentence stating it."""
    first: dict[str, Sentence] = {}
    for word, pattern in licensee_rules():
        hits = matching(doc, pattern)
        if hits and (word not in first or hits[0].start < first[word].start):
            first[word] = hits[0]
    if not first:
        return scope
    words = set(scope.value if isinstance(scope.value, list) else []) | set(first)
    evidence = list(scope.sentences)
    for sentence in sorted(first.values(), key=lambda s: s.start):
        if sentence not in evidence:
            evidence.append(sentence)
    return Found([w for w in USE_SCOPES if w in words], tuple(evidence))
