"""A ceiling on the grant counted in a unit no cap rule reads, in English, for `commercial` and
`commercial_conditions`: "no more than 25 concurrent seats per organisation", "up to 4
production instances", "limited to 10 named developers". The licence stops somewhere the
deployment may be past, and no manifest figure counts seats or instances: commercial use is
`restricted`, a further license asked past the ceiling (`separate-license-above-threshold`)
with no cap read, so the policy asks the organization to check it (`commercial-cap-unread`).
Users, devices, employees and money are the cap rules' (`caps.py`), never read here. Not a
definition, a sentence the grant does not state (excluded), nor a ceiling said not to apply
("there is no limit of 25 seats"). Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["unread_ceilings"]

_CEILING = lazy_pattern(
    r"(?<!\bno\s)(?<!\bwithout\s)\b(?:no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most"
    r"|a\s+maximum\s+of|maximum\s+of|limited\s+to|restricted\s+to|capped\s+at"
    r"|not\s+(?:to\s+)?exceed(?:ing)?|(?:does|do|shall|may|must|can)\s*not\s+exceed)\s+"
    r"(?:a\s+total\s+of\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|fifteen|twenty|fifty|hundred)\s+"
    r"(?:(?:concurrent|simultaneous|named|licen[cs]ed|paid|production|user|developer)\s+){0,2}"
    r"(?:seats?|instances?|nodes?|servers?|workstations?|installations?|developers?"
    r"|engineers?|GPUs?)\b",
    re.IGNORECASE,
)
_NO_LIMIT = lazy_pattern(r"\b(?:no|without\s+(?:any|a))\s+(?:limit|cap|ceiling|maximum)\b", re.I)
_KEYS = (
    "seat",
    "instance",
    "node",
    "server",
    "workstation",
    "installation",
    "developer",
    "engineer",
    "gpu",
)


def unread_ceilings(doc: Document) -> tuple[Sentence, ...]:
    """The sentences of `doc` stating a ceiling of the grant in seats, instances, servers,
    developers or GPUs (a unit no cap rule reads), in document order."""
    return tuple(
        sentence
        for sentence in doc.sentences
        if not (sentence.definition or sentence.excluded)
        and any(key in sentence.lower for key in _KEYS)
        and _CEILING.search(sentence.text)
        and not _NO_LIMIT.search(sentence.text)
    )
