"""A later clause opening commercial use over an earlier one that withholds it, for
`commercial`: "Notwithstanding clause 3, you may use the Model for commercial purposes once you
have registered", "Despite the above, the licensee may use the weights commercially with our
prior written consent". The override names what it overrides (a clause or section, "the
above", "the foregoing", "anything in this licence") and grants commercial use by the
licensee's own verb, with no negation; the bans before it (a grant "for non-commercial use",
"no commercial use") then yield to it, and what it makes commercial use depend on (a
registration, the licensor's consent, a further licence) is read by `conditioned` as for any
other condition. A grant holding a condition word that no condition reader knows ("if you pay
the fee"), or narrowed by more words before or after the commercial ones ("commercially
within Canada", "internally for commercial purposes"), overrides nothing: the ban stands. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["overriding_grant"]

_OVERRIDE = lazy_pattern(
    r"^\W{0,12}(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?(?:notwithstanding|despite|in\s+spite\s+of|regardless\s+of)\s+(?:(?:clause|section"
    r"|article|paragraph|§)\s*\d{1,3}(?:\.\d{1,3})*[a-z]?|the\s+(?:above|foregoing|preceding"
    r"|previous\s+(?:clause|section|paragraph))|anything\s+(?:else\s+)?(?:to\s+the\s+contrary\s+)?"
    r"in\s+(?:this|these)\s+(?:licen[cs]e|agreement|terms))\b[^,]{0,40},\s*"
    r"(?P<grant>(?:you|the\s+licensee|licensees?)\s+(?:may|can|are\s+(?:permitted|allowed|free)\s+to"
    r"|is\s+(?:permitted|allowed)\s+to)\s+(?:\w+\s+){0,3}?(?:use|deploy|run|exploit|offer)\b.*)$",
    re.IGNORECASE,
)
_COMMERCIAL = lazy_pattern(
    r"\b(?:for\s+(?:any\s+)?commercial\s+(?:purposes?|use)|commercially|in\s+commercial\s+"
    r"(?:products?|services?))\b",
    re.IGNORECASE,
)
_NEGATION = lazy_pattern(r"\b(?:not|never|no|nor|non-?commercial)\b|n't\b", re.IGNORECASE)
# condition words: the grant then holds a condition, read only when a condition reader knows it
_CONDITION = lazy_pattern(
    r"\b(?:if|once|provided|subject\s+to|only|unless|when|after|upon|on\s+condition|as\s+long"
    r"|so\s+long|in\s+return)\b",
    re.IGNORECASE,
)

# what may follow the commercial words: nothing, or a condition opening right after them (the
# grant is then narrowed only by what a condition reader reads); a place, a period, a kind of
# use or a class of licensee after them narrows the grant, and it overrides nothing
_WHOLE = lazy_pattern(
    r"\W*$|\s*,?\s*(?:(?:but\s+)?only\s+)?(?:once|if|provided|subject\s+to|after|upon|with|on\s+condition"
    r"|as\s+long\s+as|so\s+long\s+as)\b",
    re.IGNORECASE,
)
_NARROWING = lazy_pattern(
    r"\b(?:internal(?:ly)?|within|inside|only|solely|in\s+(?!commercial)\w+|during|for\s+(?!any\b)\w+)\b",
    re.IGNORECASE,
)


def overriding_grant(doc: Document, read: Callable[[Sentence], bool]) -> Sentence | None:
    """The first sentence of `doc` overriding what comes before it to grant commercial use:
    plainly, or on a condition a condition reader reads in it (`read`)."""
    for sentence in doc.sentences:
        if sentence.definition or sentence.excluded:
            continue
        if not any(w in sentence.lower for w in ("notwithstanding", "despite", "spite", "regardl")):
            continue
        found = _OVERRIDE.search(sentence.text)
        if found is None:
            continue
        grant = found.group("grant")
        commercial = _COMMERCIAL.search(grant)
        if commercial is None or _NEGATION.search(grant):
            continue
        before, after = grant[: commercial.start()], grant[commercial.end() :]
        if _NARROWING.search(before) or not _WHOLE.match(after):
            continue  # "commercially within Canada", "internally for commercial purposes"
        if _CONDITION.search(grant) and not read(sentence):
            continue
        return sentence
    return None
