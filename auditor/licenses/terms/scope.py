"""What the grant is confined to (`use_scope`): a named product, personal use, evaluation,
non-production use, research. The wording that confines the grant to each scope is data:
the rules of license_db/clause_rules/use_scope.yaml, named by the scope word. A grant
confined to the purposes of a defined term ("solely for Non-Commercial purposes") takes the
scope the term's definition confines to ('"Non-Commercial" means for research or evaluation
purposes only')."""

from __future__ import annotations

from functools import cache

from auditor.licenses.terms.clause_rules import load_clause_rules
from auditor.licenses.terms.detect import DataRule, Found, data_rule, matching
from auditor.licenses.terms.grant_reach_s38en2 import hosting_outside_grant
from auditor.licenses.terms.hosting_s38en import hosting_ban, on_device_carve_out
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.licenses.terms.thresholds import defined_term
from auditor.model.terms import PRODUCTION_BARRED_SCOPES, USE_SCOPES

TERM = "use_scope"


@cache
def scope_rules(scope: str) -> tuple[DataRule, ...]:
    """The clause rules confining the grant to `scope` (license_db/clause_rules/use_scope.yaml):
    `use_scope/<scope>` and each `use_scope/<scope>+<how>`, in file order (read at first use)."""
    return tuple(
        data_rule(rule_id)
        for rule_id, rule in load_clause_rules().items()
        if rule.term == TERM and rule.name.split("+", 1)[0] == scope
    )


_EXCEPTIONS = ("consent", "permission", "approval", "compliance", "accordance", "trademark")
"""Words of a sentence that confines something else than the use of the work: a permission
("only with the consent of"), or the use of a mark ("such use shall be limited to a statement
that this software works with X")."""


def detect_use_scope(
    doc: Document, capped: tuple[Sentence, ...] = ()
) -> tuple[Found, tuple[Sentence, ...]]:
    """The scopes the grant is confined to, each quoted once, in USE_SCOPES order; and the
    sentences among them that rule out production use (personal, evaluation, ...). A sentence
    stating a cap (`capped`) confines only the licensees beyond it: no scope of the grant."""
    scopes: list[str] = []
    evidence: list[Sentence] = []
    barred: list[Sentence] = []
    beyond_caps = frozenset(capped)
    for scope in USE_SCOPES:
        sentence = _first_confinement(doc, scope, beyond_caps)
        if sentence is None:
            continue
        scopes.append(scope)
        if sentence not in evidence:
            evidence.append(sentence)
        if scope in PRODUCTION_BARRED_SCOPES:
            barred.append(sentence)
    return Found(scopes, tuple(evidence)), tuple(barred)


def _first_confinement(
    doc: Document, scope: str, capped: frozenset[Sentence] = frozenset()
) -> Sentence | None:
    """The first sentence (in document order) confining the grant to `scope`, by any of its
    patterns; sentences that only name a permission ("only with the consent of") do not."""
    found: list[Sentence] = []
    for pattern in scope_rules(scope):
        for sentence in matching(doc, pattern, skip_definitions=True):
            if sentence in capped or (scope == "with-product-only" and _is_exception(sentence)):
                continue
            found.append(sentence)
            break
    by_definition = _confined_by_definition(doc, scope, capped)
    if by_definition is not None:
        found.append(by_definition)
    if scope == "no-hosting-use" and (hosting := hosting_ban(doc)) is not None:
        found.append(hosting)  # English words; the rule files hold none for this scope
    if scope == "no-hosting-use" and (outside := hosting_outside_grant(doc)) is not None:
        found.append(outside)  # "this permission does not reach offering the model as an API"
    if scope == "on-device-shipping" and (carve_out := on_device_carve_out(doc)) is not None:
        found.append(carve_out)  # an application named by more words than the rule allows
    return min(found, key=lambda s: s.start) if found else None


_DEFINED_PURPOSE = data_rule("use_scope/defined-purpose")
_DEFINING = ("mean", "refer", "defined")  # a definition holds one (sentences._DEFINITION)


def _confined_by_definition(
    doc: Document, scope: str, capped: frozenset[Sentence]
) -> Sentence | None:
    """The first sentence confining the grant to the purposes of a defined term ("solely for
    Non-Commercial purposes") whose definition confines to `scope` ('"Non-Commercial" means
    for research or evaluation purposes only')."""
    grants = [s for s in matching(doc, _DEFINED_PURPOSE, skip_definitions=True) if s not in capped]
    if not grants:
        return None
    terms = {
        term
        for s in doc.sentences_with(_DEFINING)
        if s.definition
        and (term := defined_term(s)) is not None
        and any(rule.pattern.search(s.text) for rule in scope_rules(scope))
    }
    return next(
        (
            s
            for s in grants
            if any(m.group(1) in terms for m in _DEFINED_PURPOSE.pattern.finditer(s.text))
        ),
        None,
    )


def _is_exception(sentence: Sentence) -> bool:
    """ "only with the prior written consent of X" names a permission, not a product; a
    confined use of a trademark is the mark's, not the work's."""
    return any(map(sentence.lower.__contains__, _EXCEPTIONS))
