"""The fast paths of term extraction give the answers of the plain ones they replace.

- `keywords.KeywordIndex` (one automaton pass) finds exactly the sentences a substring test
  of each keyword against each sentence finds;
- a rule's lowercase twin (`lowered.lowercase_twin`, a case-sensitive search of lowercase
  text) matches exactly where the case-insensitive pattern matches the original text.

Both are checked on generated text and on every sentence of the corpus licenses, with the
letters' case scrambled.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.licenses.terms import tags
from auditor.licenses.terms.clause_rules import clause_keywords, load_clause_rules
from auditor.licenses.terms.detect import Rule, rule
from auditor.licenses.terms.keywords import KeywordIndex, register_keywords
from auditor.licenses.terms.lowered import branch_plan, lowercase_twin
from auditor.licenses.terms.patterns import pattern_table
from auditor.licenses.terms.sentences import parse_document

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "licenses"

_WORDS = ("not", "only", "use", "user", "abuse", "no ", "commercial", "non-commercial", "a", "")
_KEYWORDS = ("not", "use", "no ", "commercial", "mercial", "only", "us", "zzz-unregistered")


def _naive(lowers: list[str], keywords: tuple[str, ...]) -> list[int]:
    return [i for i, lower in enumerate(lowers) if any(word in lower for word in keywords)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join), max_size=12),
    st.lists(st.sampled_from(_KEYWORDS), min_size=1, max_size=4).map(tuple),
)
def test_keyword_index_finds_what_substring_tests_find(
    sentences: list[str], keywords: tuple[str, ...]
) -> None:
    register_keywords(_KEYWORDS[:-1])  # one keyword stays unregistered until first asked for
    lowers = [" ".join(s.split()) for s in sentences]
    index = KeywordIndex(lowers, "\n".join(lowers))
    assert index.holding(keywords) == _naive(lowers, keywords)


def test_an_unregistered_keyword_is_found_and_then_registered() -> None:
    lowers = ["alpha", "the qqqxyz clause", "omega"]
    index = KeywordIndex(lowers, "\n".join(lowers))
    assert index.holding(("qqqxyz",)) == [1]
    assert KeywordIndex(lowers, "\n".join(lowers)).holding(("qqqxyz",)) == [1]


def test_document_candidates_are_the_sentences_holding_a_keyword() -> None:
    doc = parse_document("Quill License\n\nYou may not sell it. Use is free.\n\nNo abuse.\n")
    lowers = [s.lower for s in doc.sentences]
    for keywords in (("not",), ("use",), ("sell", "abuse"), ("absent-word",)):
        found = doc.sentences_with(keywords)
        assert [lowers.index(s.lower) for s in found] == _naive(lowers, keywords)


@cache
def _rules() -> list[re.Pattern[str]]:
    table = pattern_table()
    return [p for patterns in table.values() for p in patterns.values()]


@cache
def _corpus_sentences() -> list[str]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    found: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        found.extend(s.text for s in parse_document(path.read_text("utf-8")).sentences)
    return found


def _scramble(text: str, seed: int) -> str:
    chance = random.Random(seed)
    return "".join(c.upper() if chance.random() < 0.3 else c for c in text)


def test_lowercase_twins_match_where_the_patterns_match_on_the_corpus() -> None:
    sentences = _corpus_sentences()
    twins = [(p, lowercase_twin(p), branch_plan(p)) for p in _rules()]
    assert sum(twin is not None for _, twin, _ in twins) > len(twins) // 2  # most have one
    assert sum(plan is not None for _, _, plan in twins) > 10  # and many a branch plan
    for number, sentence in enumerate(sentences):
        text = _scramble(sentence, number) if number % 2 else sentence
        lower = text.lower()
        for pattern, twin, plan in twins:
            expected = pattern.search(text) is not None
            if twin is not None:
                assert (twin.search(lower) is not None) == expected, (pattern.pattern, text)
            if plan is not None:
                found = any(b.search(lower) for lit, b in plan if not lit or lit in lower)
                assert found == expected, (pattern.pattern, text)


@pytest.mark.parametrize(
    ("source", "literals"),
    [
        (r"\bhereby\s+grant|\bgrants?\s+you|^\W*you\s+may", ["hereby", "grant", ""]),
        (r"abcd[|]b|(?:c|d)e|\|x", ["abcd", ""]),  # bars inside a class, a group, escaped
        (r"\bnon-?commercial|\bsolely\b|\bnot\s+x", ["solely", ""]),  # "non", "not": short
    ],
)
def test_branch_plans_cut_at_top_level_bars(source: str, literals: list[str]) -> None:
    plan = branch_plan(re.compile(source, re.IGNORECASE))
    assert plan is not None
    assert [literal for literal, _ in plan] == literals


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcNOTonlyUse -.;:,'\"()\n\u0130\u212a", max_size=120))
def test_lowercase_twins_agree_on_generated_text(text: str) -> None:
    lower = text.lower()
    for pattern in _rules()[:40]:
        twin = lowercase_twin(pattern)
        if twin is not None and len(lower) == len(text):
            assert (twin.search(lower) is None) == (pattern.search(text) is None)


@pytest.mark.parametrize(
    ("source", "has_twin"),
    [
        (r"\bhereby\s+grant", True),
        (r"\bRAIL\b", False),  # a capital: case matters to it
        (r"(?-i:[A-Z])\w+", False),  # an inline flag
        (r"\S+\W\D", True),  # capital escapes are classes, not letters
        (r"(?P<num>\d+)\s+users", True),
        (r"\\S", False),  # an escaped backslash, then a capital S
    ],
)
def test_which_patterns_have_a_lowercase_twin(source: str, has_twin: bool) -> None:
    assert (lowercase_twin(re.compile(source, re.IGNORECASE)) is not None) is has_twin
    assert lowercase_twin(re.compile(source)) is None  # case-sensitive patterns keep theirs


def test_a_rule_holds_through_its_twin_as_through_its_pattern() -> None:
    grant: Rule = rule(r"\bhereby\s+grants?\b", "grant")
    doc = parse_document("Otter License\n\nOTTER HEREBY GRANTS you a license.\n")
    (sentence,) = doc.sentences_with(("grant",))
    assert grant.holds(sentence)
    assert grant.search(sentence) is not None


def _tags_plainly(clause: str) -> list[str]:
    """find_tags as first written: a substring test per keyword, IGNORECASE searches."""
    rules = load_clause_rules()
    patterns = {t: re.compile(rules[r].source, re.IGNORECASE) for t, r in tags.tag_rules().items()}
    bracketed = re.compile(rules["use_restrictions/bracketed-examples"].source, re.IGNORECASE)
    plain = bracketed.sub(" ", clause) if "(" in clause else clause
    lower = clause.lower()
    found = []
    for tag, pattern in patterns.items():
        keywords = clause_keywords(tags.tag_rules()[tag])
        if keywords and not any(word in lower for word in keywords):
            continue
        text = clause if tag in tags._READ_EXAMPLES else plain
        match = pattern.search(text)
        if match is None:
            continue
        if tag in tags._EXPORT_SHADOWED:
            export = patterns["export-control"].search(plain)
            cut = export.start() if export else None
            earlier = cut is None or any(m.start() < cut for m in pattern.finditer(text))
            if cut is not None and match.start() > cut and not earlier:
                continue
        found.append(tag)
    return found


def test_find_tags_agrees_with_the_plain_search_on_the_corpus() -> None:
    sentences = _corpus_sentences()
    extra = [
        "You shall not export the Model, or use it for weapons of mass destruction.",
        "Do not use it for nuclear facilities or for military purposes, contrary to export laws.",
        "Not for medical advice (e.g., diagnosis) or legal advice (such as contracts).",
        "No \u0130stanbul-based surveillance, no K\u212aK weapons.",  # lowering changes length
    ]
    for number, sentence in enumerate([*sentences, *extra]):
        text = _scramble(sentence, number) if number % 3 == 1 else sentence
        assert tags.find_tags(text) == _tags_plainly(text), text
