"""Detector building blocks; the detectors for document type, the grant, a separate license."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.licenses.terms.keywords import register_keywords
from auditor.licenses.terms.lowered import search_lowered
from auditor.licenses.terms.sentences import Document, Sentence

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


def rule(pattern: str, *keywords: str, flags: int = _I) -> Rule:
    """A Rule from a pattern and the words one of which any match must contain."""
    register_keywords(keywords)
    return Rule(pattern, tuple(keywords), flags)


def matching(
    doc: Document,
    pattern: Rule,
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
    doc: Document, pattern: Rule, restrictive: bool, skip_excluded: bool, skip_definitions: bool
) -> tuple[Sentence, ...]:
    hits = pattern.hits
    return tuple(
        s
        for s in doc.sentences_with(pattern.keywords)
        if (not restrictive or s.restrictive)
        and not (skip_excluded and s.excluded)
        and not (skip_definitions and s.definition)
        and hits(s)
    )


# --- document type ------------------------------------------------------------------------

_POLICY_TITLE = _re(
    r"\b(?:acceptable|prohibited|permitted|responsible)\s+use\s+polic|\buse\s+policy\b"
)
_LICENSE_TITLE = _re(r"\blicen[cs]e\b|\bagreement\b|\bterms\s+of\s+(?:use|service)\b")
_GRANT = rule(
    r"\bhereby\s+grant|\bgrants?\s+(?:to\s+)?you\b|\byou\s+are\s+(?:hereby\s+)?granted"
    r"|\bpermission\s+is\s+hereby\s+granted|\bis\s+hereby\s+granted|\bgrant\s+of\s+(?:copyright\s+)?"
    r"licen|\blicen[cs]e\s+to\s+(?:use|reproduce|copy)|\bare\s+permitted\s+provided"
    r"|\bcommercially\s+usable|\bto\s+deal\s+in\b|\bwe\s+grant\s+you"
    r"|^\W*you\s+may\s+(?:freely\s+)?(?:use|copy|reproduce|modify|distribute)\b",
    "grant",
    "permitted",
    "commercially usable",
    "deal in",
    "you may",
)


def title_sentence(doc: Document) -> list[Sentence]:
    """The sentence holding the document's title, as evidence for its type."""
    for sentence in doc.sentences:
        if doc.title and doc.title.startswith(sentence.text[:40]):
            return [sentence]
    return list(doc.sentences[:1])


def detect_policy(doc: Document) -> Found:
    """Is this a usage policy rather than a license? Title first, else no grant but bans."""
    if _POLICY_TITLE.search(doc.title) and not _LICENSE_TITLE.search(doc.title):
        return Found(True, tuple(title_sentence(doc)))
    if doc.title and not _LICENSE_TITLE.search(doc.title) and not detect_grant(doc).value:
        lists = [s for s in doc.sentences if s.restrictive and s.list_item]
        if len(lists) >= 3 and any(_POLICY_TITLE.search(s.text) for s in doc.sentences[:5]):
            return Found(True, tuple(title_sentence(doc)))
    return Found(False)


def detect_grant(doc: Document) -> Found:
    """Sentences granting rights: the document is a license."""
    found = matching(doc, _GRANT, skip_definitions=True)
    return Found(bool(found), tuple(found[:1]))


# --- a separate license needed -------------------------------------------------------------

_LICENSE_NEEDED = rule(
    r"\b(?:request|obtain|apply\s+for|seek|procure|purchase|enter\s+into|negotiate|need)\s+"
    r"(?:from\s+\w+\s+)?"
    r"(?:a|an|the)?\s*(?:separate|additional|commercial|enterprise|different|new|written)?\s*"
    r"(?:licen[cs]e|agreement|authori[sz]ation|permission)"
    r"|\bnot\s+(?:be\s+)?authori[sz]ed\s+to\s+exercise|\brequires?\s+(?:a|an)\s+(?:separate|additional"
    r"|commercial|enterprise)\s+licen|\blicen[cs]es?\b[^.;]{0,60}\b(?:shall|will)\s+(?:automatically\s+)?"
    r"terminate|\bmust\s+contact\b|\bno\s+longer\s+(?:be\s+)?(?:licensed|permitted|authori[sz]ed"
    r"|appl(?:y|ies))",
    "request",
    "obtain",
    "apply for",
    "seek",
    "procure",
    "purchase",
    "enter into",
    "negotiate",
    "need",
    "authori",
    "require",
    "terminat",
    "contact",
    "no longer",
)
