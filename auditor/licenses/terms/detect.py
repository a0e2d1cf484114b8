"""Detector building blocks; the detectors for document type and the grant."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.licenses.terms.clause_rules import (
    clause_keywords,
    clause_pattern,
    clause_prefilter,
    clause_rule,
    load_clause_rules,
)
from auditor.licenses.terms.keywords import register_keywords
from auditor.licenses.terms.lowered import search_lowered
from auditor.licenses.terms.required_literals import Prefilter
from auditor.licenses.terms.sentences import Document, Sentence, disclaimer_free_pieces

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Found:
    """A detector's answer: the value and the sentences it was read from."""

    value: object
    sentences: tuple[Sentence, ...] = field(default=())


def _re(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Does `text` contain one of `words`?"""
    return any(map(text.__contains__, words))


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern tried only on sentences holding one of its (lowercase) keywords: regexes over
    long sentences are the cost of extraction, substring tests are nearly free.

    The pattern is compiled at its first use, not at import: the CLI's commands that never
    extract terms would otherwise pay for compiling every rule (a quarter of a second)."""

    source: str
    keywords: tuple[str, ...]
    flags: int = _I
    _compiled: list[re.Pattern[str]] = field(
        default_factory=list, compare=False, hash=False, repr=False
    )

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once; a race compiles it twice, harmlessly)."""
        compiled = self._compiled
        if not compiled:
            compiled.append(re.compile(self.source, self.flags))
        return compiled[0]

    def search(self, sentence: Sentence) -> re.Match[str] | None:
        """The pattern's first match in the sentence, or None."""
        if not any(map(sentence.lower.__contains__, self.keywords)):
            return None
        return self.pattern.search(sentence.text)

    def hits(self, sentence: Sentence) -> bool:
        """Whether the pattern matches the sentence (no keyword test: see `search`)."""
        return search_lowered(self.pattern, sentence.lower, sentence.text)

    def holds(self, sentence: Sentence) -> bool:
        """`search` as a yes or no, through the lowercase twin where there is one."""
        return any(map(sentence.lower.__contains__, self.keywords)) and self.hits(sentence)


@dataclass(frozen=True, slots=True)
class DataRule:
    """A clause rule of `license_db/clause_rules` (`clause_rules`), by id: its derived
    prefilters are read at their first use, its pattern compiled at its first sentence, never
    at import, and both kept on the rule (a hot loop asks for them per sentence). Answers as
    `Rule`."""

    rule_id: str
    _words: list[tuple[tuple[str, ...], Prefilter]] = field(
        default_factory=list, compare=False, hash=False, repr=False
    )
    _compiled: list[re.Pattern[str]] = field(
        default_factory=list, compare=False, hash=False, repr=False
    )

    def _filters(self) -> tuple[tuple[str, ...], Prefilter]:
        """The derived keywords and prefilter, from the compiled index: nothing compiled."""
        words = self._words
        if not words:  # a race resolves them twice, harmlessly
            keywords = data_keywords(self.rule_id)  # registers every rule's words first
            words.append((keywords, clause_prefilter(self.rule_id)))
        return words[0]

    @property
    def source(self) -> str:
        return clause_rule(self.rule_id).source

    @property
    def keywords(self) -> tuple[str, ...]:
        """The derived keywords (one is in every match); () tries every sentence."""
        return self._filters()[0]

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern, compiled only once a sentence passed the rule's filters: most
        rules never meet a sentence holding their words in a given run (compiling them all
        cost a short text's `identify` about a quarter of its time)."""
        compiled = self._compiled
        if not compiled:
            compiled.append(clause_pattern(self.rule_id))
        return compiled[0]

    @property
    def prefilter(self) -> Prefilter:
        """Per alternative, the literal sets a sentence must hold one of each of."""
        return self._filters()[1]

    def search(self, sentence: Sentence) -> re.Match[str] | None:
        """The pattern's first match in the sentence, or None."""
        keywords = self._filters()[0]
        if keywords and not any(map(sentence.lower.__contains__, keywords)):
            return None
        return self.pattern.search(sentence.text)

    def hits(self, sentence: Sentence) -> bool:
        """Whether the pattern matches the sentence (no keyword test: see `search`)."""
        return search_lowered(self.pattern, sentence.lower, sentence.text)

    def holds(self, sentence: Sentence) -> bool:
        """`search` as a yes or no, through the lowercase twin where there is one."""
        keywords = self._filters()[0]
        lower = sentence.lower
        if keywords and not any(map(lower.__contains__, keywords)):
            return False
        return search_lowered(self.pattern, lower, sentence.text)


AnyRule = Rule | DataRule


def data_rule(rule_id: str) -> DataRule:
    """The clause rule `rule_id` (`term/name`) of license_db/clause_rules, read lazily."""
    return DataRule(rule_id)


_registered_all: list[bool] = []


def data_keywords(rule_id: str) -> tuple[str, ...]:
    """A data rule's derived keywords; the first call registers every rule's keywords with
    the automaton at once (one rebuild, not one per rule)."""
    if not _registered_all:
        # the automaton serves the prefilters of `matching`; `holds` and `search` test their
        # keywords on the one sentence they are given
        register_keywords(
            w
            for rid in load_clause_rules()
            for alternative in clause_prefilter(rid)
            for words in alternative
            for w in words
        )
        _registered_all.append(True)
    return clause_keywords(rule_id)


def rule(pattern: str, *keywords: str, flags: int = _I) -> Rule:
    """A Rule from a pattern and the words one of which any match must contain."""
    register_keywords(keywords)
    return Rule(pattern, tuple(keywords), flags)


def matching(
    doc: Document,
    pattern: AnyRule,
    *,
    restrictive: bool = False,
    skip_excluded: bool = True,
    skip_definitions: bool = False,
) -> list[Sentence]:
    """Sentences of `doc` that match `pattern`, filtered by context (worked out once per
    document and arguments: the answer depends on nothing else)."""
    key = (pattern, restrictive, skip_excluded, skip_definitions)
    return list(
        doc.remembered(
            key,
            lambda: _matching(doc, pattern, restrictive, skip_excluded, skip_definitions),
        )
    )


def _matching(
    doc: Document, pattern: AnyRule, restrictive: bool, skip_excluded: bool, skip_definitions: bool
) -> tuple[Sentence, ...]:
    hits = pattern.hits
    candidates = (
        doc.sentences_passing(pattern.prefilter)
        if isinstance(pattern, DataRule)
        else doc.sentences_with(pattern.keywords)
    )
    return tuple(
        s
        for s in candidates
        if (not restrictive or s.restrictive)
        and not (skip_definitions and s.definition)
        and (
            hits(s)
            if not (skip_excluded and s.excluded)
            # a disclaimer run on after a semicolon ("do what you like with it; no warranty"):
            # the sentence's other pieces are read, the disclaimer's never
            else any(hits(piece) for piece in disclaimer_free_pieces(doc, s))
        )
    )


# --- document type ------------------------------------------------------------------------

_POLICY_TITLE = data_rule("document/policy-title")
_USE_LIST_TITLE = data_rule("document/use-list-title")
_LICENSE_TITLE = data_rule("document/license-title")
_GRANT = data_rule("document/grant")


def title_sentence(doc: Document) -> list[Sentence]:
    """The sentence holding the document's title, as evidence for its type."""
    for sentence in doc.sentences:
        if doc.title and doc.title.startswith(sentence.text[:40]):
            return [sentence]
    return list(doc.sentences[:1])


def detect_policy(doc: Document) -> Found:
    """Is this a usage policy rather than a license? Title first, else no grant but bans."""
    if _POLICY_TITLE.pattern.search(doc.title) and not _LICENSE_TITLE.pattern.search(doc.title):
        return Found(True, tuple(title_sentence(doc)))
    if doc.title and not _LICENSE_TITLE.pattern.search(doc.title) and not detect_grant(doc).value:
        if _USE_LIST_TITLE.pattern.search(doc.title):  # "Prohibited Uses": a list, no grant
            return Found(True, tuple(title_sentence(doc)))
        lists = [s for s in doc.sentences if s.restrictive and s.list_item]
        if len(lists) >= 3 and any(_POLICY_TITLE.pattern.search(s.text) for s in doc.sentences[:5]):
            return Found(True, tuple(title_sentence(doc)))
    return Found(False)


def detect_grant(doc: Document) -> Found:
    """Sentences granting rights: the document is a license."""
    found = matching(doc, _GRANT, skip_definitions=True)
    return Found(bool(found), tuple(found[:1]))
