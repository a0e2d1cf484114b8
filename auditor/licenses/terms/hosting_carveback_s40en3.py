"""Carve-backs from a ban on offering the model to others, in English, for `hosting_s38en`:
'..., except that you may nevertheless build the weights into your own application, whose
users reach only the application's features', '...; except that you may let your customers use
an application you build around the Model, provided they cannot call or download the Model
itself'. The exception gives back a narrower act than the ban takes (the licensee's own
application, its users kept from the model itself), so the ban stands for a deployment that
serves the model itself: the exception is no condition letting the hosting happen.

`carve_back_start` finds where such an exception opens in a sentence; `carved_back_ban` reads a
ban on making the model available to others ('You may not make the Model available to third
parties') that names no form of offering but is followed by such a carve-back: together they
ban offering the model itself (`no-hosting-use`), applications built on it left in the grant.

Not an exception that gives the model itself back ('except that you may offer it as an API to
your customers', 'except that your customers may download the weights'), nor one whose proviso
narrows nothing ('provided you pay the fee'): those stay conditions, and the ban is not read.
Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["carve_back_start", "carved_back_ban"]

_EXCEPT = lazy_pattern(
    r"\b(?:except|save|but)\s+(?:that\s+)?(?:(?:you|it|the\s+licensee|licensees?)\s+(?:may|can"
    r"|(?:is|are)\s+(?:permitted|allowed|free)\s+to)(?!\s+not\b)|it\s+is\s+(?:permitted|allowed)"
    r"\s+to)\s+(?:(?:nevertheless|still|however|always|of\s+course),?\s+)?",
    re.IGNORECASE,
)
# the licensee's own application: "your own application", "an application you build around
# the Model", "a product that the licensee develops with it"
_APP = lazy_pattern(
    r"\b(?:(?:your|its|their|the\s+licensee.?s?)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:applications?|apps?|products?|services?|software|tools?|solutions?)"
    r"|(?:an?|the|any)\s+(?:[\w-]+\s+){0,3}?(?:applications?|apps?|products?|software|tools?"
    r"|solutions?)\s+(?:(?:that|which)\s+)?(?:you|the\s+licensee|it)\s+(?:build|make|develop"
    r"|create|write|design)s?)\b",
    re.IGNORECASE,
)
# where the permitted act ends and a proviso on it opens
_PROVISO = lazy_pattern(
    r"(?:,\s*|\b)(?:provided|so\s+long\s+as|as\s+long\s+as|on\s+condition|whose|where|in\s+which"
    r"|so\s+that|if)\b",
    re.IGNORECASE,
)
# the model itself given back in the permitted act
_ITSELF = lazy_pattern(
    r"\b(?:APIs?|endpoints?|inference|hosted|managed|as\s+a\s+service|directly|download\w*"
    r"|(?:re)?distribut\w*|sublicens\w*|weights\s+themselves|model\s+itself)\b",
    re.IGNORECASE,
)
# a proviso keeping the users from the model: "cannot call it", "reach only the features"
_KEEPS_OFF = lazy_pattern(
    r"\b(?:cannot|can\s*not|can.t|may\s+not|must\s+not|do\s+not|does\s+not|never|no|only"
    r"|solely|without\s+(?:direct\s+)?access)\b",
    re.IGNORECASE,
)


def carve_back_start(text: str, pos: int = 0) -> int | None:
    """Where in `text` (from `pos`) an exception opens giving back only the licensee's own
    application built on the model, its users kept from the model itself; None if none does."""
    opening = _EXCEPT.search(text, pos)
    if opening is None:
        return None
    rest = text[opening.end() :]
    proviso = _PROVISO.search(rest)
    act = rest[: proviso.start()] if proviso else rest
    if _APP.search(act) is None or _ITSELF.search(act):
        return None
    if proviso is not None and not _KEEPS_OFF.search(rest, proviso.start()):
        return None  # a proviso that keeps nobody from the model: a condition left unread
    return opening.start()


_BAN = (
    r"\b(?:may\s+not|must\s+not|shall\s+not|will\s+not|cannot|can\s*not|do\s+not|don.t"
    r"|are\s+not\s+(?:permitted|allowed|authori[sz]ed|licensed)\s+to"
    r"|is\s+not\s+(?:permitted|allowed)\s+to|(?:prohibited|forbidden)\s+from)"
)
_OFFER = (
    r"(?:offer\w*|provid\w*|host\w*|serv\w*|expos\w*|sell\w*|rent\w*|lease\w*"
    r"|mak(?:e|ing)\s+(?:[\w,]+\s+){0,8}?available)"
)
_MODEL = r"(?:model|weights|checkpoints?|parameters|derivatives?|derivative\s+works?)"
_OTHERS = (
    r"(?:third[-\s]part(?:y|ies)|others|other\s+(?:persons|people|parties|users)|any(?:one|body)"
    r"|the\s+public|(?:your\s+)?(?:customers|clients|users))"
)
_BAN_TO_OTHERS = lazy_pattern(
    rf"{_BAN}(?=[^.;]{{0,120}}?\b{_MODEL}\b)\s+(?:\w+\s+){{0,2}}?{_OFFER}\b[^.;]{{0,80}}?"
    rf"\bto\s+(?:any\s+)?{_OTHERS}\b",
    re.IGNORECASE,
)
# words letting the offering happen before the carve-back: a condition, not a ban
_CONDITION = lazy_pattern(
    r"\b(?:unless|without|provided|so\s+long\s+as|as\s+long\s+as|until|other\s+than|only"
    r"|for\s+(?:a\s+)?(?:fee|profit|charge)|commercially|before)\b",
    re.IGNORECASE,
)


_KEYS = ("except", "save", "but ")


def carved_back_ban(doc: Document) -> Sentence | None:
    """The first sentence of `doc` banning the licensee from making the model available to
    others, with an exception giving back only its own application built on the model."""
    for sentence in doc.sentences:
        if sentence.definition or sentence.excluded or not any(w in sentence.lower for w in _KEYS):
            continue
        found = _BAN_TO_OTHERS.search(sentence.text)
        if found is None:
            continue
        start = carve_back_start(sentence.text, found.end())
        if start is None or _CONDITION.search(sentence.text, found.start(), start):
            continue
        return sentence
    return None
