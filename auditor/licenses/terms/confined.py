"""English licences confined to named places, for `law.detect_territorial_clauses`: use, the
grant or service allowed only there ("You may use the Model only within the EEA", "This
licence is valid in Vietnam only", "licensed for use solely in Canada"), or banned outside them
("You may not deploy the Model outside mainland China", "No rights are granted for use outside
the European Union"). Read as an `excluded_use_territories` clause marked `within` (every place
but its regions is excluded), as the foreign readers read the same shapes.

The sentence must speak of the model's use or the licence (a use verb or the grant's words
before the place) and not of data, export or sanctions ("personal data must not be transferred
outside the EU", "you may not export the Model outside the United States" are other clauses).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.places import region_codes
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["LANGUAGE_NAME", "confined_sentences"]

_SUBJECT = (
    r"\b(?:us(?:e|ed|ing)|deploy\w*|run(?:s|ning)?|host\w*|operat\w*|serv(?:e|es|ing|ice)"
    r"|offer\w*|provid\w*|distribut\w*|licen[cs]\w*|rights?|grant\w*|valid|permitted|allowed"
    r"|available)\b"
)
_ONLY_IN = lazy_pattern(
    _SUBJECT + r"[^.;]{0,80}?\b(?:only|solely|exclusively)\s+(?:(?:with)?in|inside)\s+"
    r"(?P<after>[^.;]{0,240})"
    r"|" + _SUBJECT + r"[^.;]{0,80}?\b(?:with)?in\s+(?P<before>[^.;]{0,60}?)\s+(?:only|solely|"
    r"exclusively)\b",
    re.IGNORECASE,
)
_OUTSIDE = lazy_pattern(
    r"\b(?:not|never|no|prohibited|forbidden)\b[^.;]{0,80}?" + _SUBJECT + r"[^.;]{0,60}?"
    r"\boutside\s+(?:of\s+)?(?P<after>[^.;]{0,240})"
    r"|" + _SUBJECT + r"[^.;]{0,40}?\boutside\s+(?:of\s+)?(?P<placed>[^.;]{0,60}?)\s+(?:is|are)"
    r"\s+(?:not\s+(?:permitted|allowed|licen[cs]ed|covered)|prohibited|forbidden|excluded)",
    re.IGNORECASE,
)
_OTHER_CLAUSE = lazy_pattern(
    r"\b(?:data|export\w*|re-?export\w*|sanction\w*|embargo\w*|transfer\w*\s+(?:personal|data)"
    r"|accordance|compliance|complies|subject\s+to|represent\w*|warrant\w*|appropriate)\b",
    re.IGNORECASE,
)

# a negation that lifts a restriction rather than placing a use ("Clause 3 does not limit end
# users of a service a licensee outside the EU has built", "nothing here restricts use outside
# Japan"): it confines nothing
_LIFTING = lazy_pattern(
    r"\b(?:(?:does|do|shall|will|may)\s+not|nothing\s+(?:in\s+[^.;]{0,40}?)?)\s*(?:limit|restrict"
    r"|affect|prevent|bar|narrow|curtail)s?\b",
    re.IGNORECASE,
)


def confined_sentences(doc: Document) -> list[tuple[Sentence, list[str]]]:
    """(sentence, region codes) of each sentence confining use to the places it names."""
    found: list[tuple[Sentence, list[str]]] = []
    for sentence in doc.sentences:
        lower = sentence.lower
        if ("only" not in lower and "solely" not in lower and "exclusively" not in lower) and (
            "outside" not in lower
        ):
            continue
        if sentence.excluded or sentence.definition or _OTHER_CLAUSE.search(sentence.text):
            continue
        if _LIFTING.search(sentence.text):
            continue
        codes = _places(sentence.text)
        if codes:
            found.append((sentence, codes))
    return found


# "not only in X", "anywhere": no confinement; "anywhere else" (than the places named) is one
_NOT_ONLY = lazy_pattern(
    r"\bnot\s+(?:only|solely|exclusively)\b|\banywhere\b(?!\s+else)", re.IGNORECASE
)
LANGUAGE_NAME = lazy_pattern(
    r"^(?:the\s+)?(?:english|french|german|spanish|italian|portuguese|chinese|japanese|korean"
    r"|russian|arabic|dutch|polish|swedish|turkish|hindi|vietnamese|thai|indonesian)\b"
    r"(?!\s+(?:territory|territories|market|state|republic|federation|empire|mainland))",
    re.IGNORECASE,
)


# where the list of places ends and the sentence goes on to something else ("only within
# Japan, and disputes go to the courts of Singapore"): a long list (a defined territory read in
# its place) is read whole, the clause after it never
_LIST_END = lazy_pattern(
    r",?\s+(?:and|but|or|while|whereas)\s+(?=(?:you|we|the\s+licen[cs]\w+|this|these|it|they"
    r"|disputes?|any|all|no|each)\b)|\b(?:governed|laws?|courts?|jurisdiction|venue|nowhere)\b",
    re.IGNORECASE,
)


def _places(text: str) -> list[str]:
    patterns = (_OUTSIDE,) if _NOT_ONLY.search(text) else (_ONLY_IN, _OUTSIDE)
    for pattern in patterns:
        for match in pattern.finditer(text):
            named = next((g for g in match.groups() if g), "")
            end = _LIST_END.search(named)
            named = named[: end.start()] if end else named
            if LANGUAGE_NAME.match(named.strip()):
                continue  # "only in English": a language, not a place
            codes = region_codes(named)
            if codes:
                return sorted(set(codes))
    return []
