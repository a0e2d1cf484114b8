"""Terms stated for one class of licensee beside a wider grant to another (for `extract`):
"| Company or other profit-making body | Internal evaluation only; no production use |" beside
"| University, registered association or foundation | Any use, provided the service is free |",
or the same in sentences ("A company may use the weights for internal evaluation only. A
university or a charity may make any use.").

The confinement binds the companies its subject names, not every licensee: read as the grant's
scope it would confine the university too. So when a sentence (or a table row, by its label)
whose subject is a commercial organisation confines or withholds use, and another whose subject
is a non-commercial one (a university, school, research body, association, foundation, charity,
non-profit) grants use without confining it, the company sentences are taken out of the
reading of the grant's scope and commercial use (the caller treats them as it treats a cap's
sentences: what they confine binds only their class), and the licence is read as reserving its
full grant to non-commercial organisations (`non-commercial-organizations`, quoting the first
company sentence). Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.detect import Found
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.model.terms import NON_COMMERCIAL_ORGANIZATIONS, USE_SCOPES

__all__ = ["company_sentences", "with_reserved_grant"]

_LEAD = r"^\W*(?:(?:for\s+)?(?:a|an|any|each|every|the)\s+|for\s+)?"
_COMPANY = lazy_pattern(
    _LEAD + r"(?:(?:for-?profit|commercial|profit-making)\s+(?:organi[sz]ations?|entit(?:y|ies)"
    r"|bod(?:y|ies)|enterprises?|companies|users?)|compan(?:y|ies)|corporations?|business(?:es)?"
    r"|firms?|enterprises?)\b",
    re.IGNORECASE,
)
_NON_COMMERCIAL = lazy_pattern(
    _LEAD + r"(?:(?:public|state|registered|accredited|non-?profit|not-for-profit|charitable"
    r"|academic|educational)\s+)*(?:universit(?:y|ies)|schools?|colleges?|research\s+(?:bod(?:y|ies)"
    r"|institut\w+|organi[sz]ations?)|associations?|foundations?|charit(?:y|ies)|non-?profits?"
    r"|(?:organi[sz]ations?|institutions?|bod(?:y|ies)|entit(?:y|ies)))\b",
    re.IGNORECASE,
)
_NOT_COMMERCIAL_KIND = lazy_pattern(
    r"^\W*(?:(?:a|an|any|the)\s+)?(?:public|state|registered|accredited|non-?profit|not-for-profit"
    r"|charitable|academic|educational|universit|school|college|research|association|foundation"
    r"|charit)",
    re.IGNORECASE,
)
_CONFINES = lazy_pattern(
    r"\b(?:only|solely|exclusively|no\s+(?:production|commercial)|not\s+(?:permitted|allowed"
    r"|licensed)|evaluation|may\s+not|must\s+not|cannot)\b",
    re.IGNORECASE,
)
_GRANTS = lazy_pattern(
    r"\b(?:any\s+use|all\s+uses|any\s+purpose|may\s+(?!not\b)\w+|(?:is|are)\s+(?:permitted"
    r"|allowed|free)\s+to)\b",
    re.IGNORECASE,
)


def _subject(sentence: Sentence) -> str:
    """The words the sentence is about: its table row's label, or its own opening."""
    return sentence.heading if sentence.text.startswith(sentence.heading or "\0") else sentence.text


def company_sentences(doc: Document) -> tuple[Sentence, ...]:
    """The sentences confining the companies' use, when another grants non-commercial
    organisations use unconfined (the module's docstring); () otherwise."""
    companies: list[Sentence] = []
    granted = False
    for sentence in doc.sentences:
        if sentence.definition or sentence.excluded:
            continue
        subject = _subject(sentence)
        if _COMPANY.match(subject) and _CONFINES.search(sentence.text):
            companies.append(sentence)
        elif (
            _NON_COMMERCIAL.match(subject)
            and _NOT_COMMERCIAL_KIND.match(subject)
            and _GRANTS.search(sentence.text)
            and not _CONFINES.search(sentence.text)
        ):
            granted = True
    return tuple(companies) if granted else ()


def with_reserved_grant(licensees: Found, companies: tuple[Sentence, ...]) -> Found:
    """`licensees` (the scope words read) with the full grant reserved to non-commercial
    organisations, quoting the first company sentence, when there are such sentences."""
    if not companies:
        return licensees
    words = set(licensees.value if isinstance(licensees.value, list) else [])
    words.add(NON_COMMERCIAL_ORGANIZATIONS)
    evidence = tuple(dict.fromkeys((*licensees.sentences, companies[0])))
    return Found([w for w in USE_SCOPES if w in words], evidence)
