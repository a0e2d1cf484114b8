"""The current part of a card sentence telling a license's history. Pure.

A card may recall the terms a model (its own or its base's) was first released under before
it was relicensed: "Falcon-40B was first released under the TII Falcon LLM License; TII
relicensed it under Apache 2.0 in 2023", "originally CC BY-NC 4.0, the weights were re-licensed
to MIT in May". The earlier license binds nothing today: only the part from the relicensing
verb on states the terms. The sentence is cut there only when it says both (an earlier-time
word before the verb: first, originally, initially, previously, formerly, until) and the verb
is a past fact: a negation or a plan anywhere in it ("has not been relicensed", "will be
relicensed", "plans to relicense"; "may" in lower case, not the month) keeps it whole, as does
a verb with no earlier part.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_RELICENSED = lazy_pattern(
    r"\b(?:re-?licen[cs]ed|re-?released\s+(?:it\s+|them\s+|the\s+\w+\s+)?under"
    r"|(?:switched|changed|moved|migrated)\s+(?:(?:its|their|the)\s+)?(?:licen[cs]e\s+)?to)\b",
    re.IGNORECASE,
)
_EARLIER = lazy_pattern(
    r"\b(?:first|originally|initially|previously|formerly|earlier|until|prior\s+to|at\s+launch"
    r"|at\s+release)\b",
    re.IGNORECASE,
)
_NOT_FACT = lazy_pattern(
    r"\b(?:not|never|no\s+longer\s+be|will|would|shall|(?-i:may)|might|could|plan\w*|intend\w*"
    r"|expect\w*|soon|if|unless|pending)\b|n['’]t\b",
    re.IGNORECASE,
)


def current_start(sentence: str) -> int:
    """Where the part of `sentence` stating today's terms starts: at the relicensing verb when
    the sentence tells an earlier license replaced as a past fact, else 0 (all of it)."""
    verb = _RELICENSED.search(sentence)
    if verb is None or _EARLIER.search(sentence, 0, verb.start()) is None:
        return 0
    if _NOT_FACT.search(sentence) is not None:
        return 0
    return verb.start()
