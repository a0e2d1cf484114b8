"""Use-restriction tags (license_db vocabulary) recognised in the wording of prohibitions: the
wording naming each tag's harm is data (license_db/clause_rules/use_restrictions.yaml)."""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from auditor.licenses.terms.clause_rules import clause_keywords, clause_pattern, load_clause_rules
from auditor.licenses.terms.lowered import lowercase_twin

TERM = "use_restrictions"
_BRACKETED = "use_restrictions/bracketed-examples"
"""The part rule reading examples in brackets ("(e.g., law enforcement, housing)")."""

# Weapons listed after an export-control rule in the same clause are what the export laws
# cover, not a separate ban.
_EXPORT_SHADOWED = frozenset({"weapons", "nuclear", "military", "terrorism"})
_READ_EXAMPLES = frozenset({"medical-advice", "legal-advice", "financial-advice"})


@cache
def tag_rules() -> dict[str, str]:
    """Use-restriction tag -> the id of the clause rule naming its harm, one per tag
    (license_db/clause_rules/use_restrictions.yaml), in file order: the order tags are
    reported in. Each rule is searched in one clause that is itself a prohibition or an
    item of a list introduced by one."""
    return {
        rule.value: rule_id
        for rule_id, rule in load_clause_rules().items()
        if rule.term == TERM and not rule.part and not rule.name.startswith(_CHINESE)
    }


_CHINESE = "zh-"
"""The Chinese rules of a tag (zh.yaml: `use_restrictions/zh-<tag>`), read by foreign_zh."""


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    return {tag: clause_pattern(rule_id) for tag, rule_id in tag_rules().items()}


@cache
def _keyword_tags() -> tuple[ahocorasick.Automaton, frozenset[str]]:
    """Every tag's keyword (derived from its rule), each naming the tags it is a keyword of:
    one pass over a clause tells which tags can match it (instead of a substring test per
    keyword per tag); and the tags whose rule requires no keyword (tried on every clause)."""
    owners: dict[str, set[str]] = {}
    always: set[str] = set()
    for tag, rule_id in tag_rules().items():
        words = clause_keywords(rule_id)
        if not words:
            always.add(tag)
        for word in words:
            owners.setdefault(word, set()).add(tag)
    automaton = ahocorasick.Automaton()
    for word, tags in owners.items():
        automaton.add_word(word, frozenset(tags))
    automaton.make_automaton()
    return automaton, frozenset(always)


def find_tags(clause: str) -> list[str]:
    """Use-restriction tags named in one prohibition clause, in vocabulary order."""
    patterns = _compiled()
    # Examples in brackets ("(e.g., law enforcement, housing)") qualify the item they sit in;
    # only the professions named for an unlicensed-practice item count on their own.
    plain = clause_pattern(_BRACKETED).sub(" ", clause) if "(" in clause else clause
    lower = clause.lower()
    automaton, always = _keyword_tags()
    candidates: set[str] = set(always)
    for _, owners in automaton.iter(lower):
        candidates |= owners
    if not candidates:
        return []
    # Positions matter (the export rule's place in the clause): lowercase twins search the
    # lowercase texts only when lowering kept every offset.
    lowered = {clause: lower, plain: plain.lower()}
    exact = all(len(low) == len(text) for text, low in lowered.items())
    tags = []
    for tag, pattern in patterns.items():
        if tag not in candidates:
            continue
        text = clause if tag in _READ_EXAMPLES else plain
        match = _search(pattern, text, lowered, exact)
        if match is None:
            continue
        if tag in _EXPORT_SHADOWED:  # searched only for clauses naming weapons and the like
            export = _search(patterns["export-control"], plain, lowered, exact)
            if export and match.start() > export.start():
                # Named after the export rule: what the export laws cover, not a ban of its own.
                earlier = [m for m in pattern.finditer(text) if m.start() < export.start()]
                if not earlier:
                    continue
        tags.append(tag)
    return tags


def _search(
    pattern: re.Pattern[str], text: str, lowered: dict[str, str], exact: bool
) -> re.Match[str] | None:
    twin = lowercase_twin(pattern) if exact else None
    return pattern.search(text) if twin is None else twin.search(lowered[text])
