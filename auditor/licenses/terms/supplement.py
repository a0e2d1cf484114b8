"""A document that adds to a licence it names: "these terms apply on top of the Apache License
2.0 that comes with the weights", "in addition to the MIT licence in LICENSE", "this
supplement to the Apache License". Its terms bind beside that licence's (the strictest of all
documents applies): it is neither the licence's rival (`license-files-disagree`) nor, when
titled "Terms of Service", a proprietary licence of its own. Pure function on the text.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_ADDS_TO = lazy_pattern(
    r"(?<!\bnot\s)(?<!n't\s)\b(?:on\s+top\s+of|in\s+addition\s+to|supplement(?:s|ing)?(?:\s+to)?"
    r"|add(?:s|ed|ing)?\s+to|alongside|beside)\s+"
    # the licence it adds to: a name before the word licence, its first word capitalised ("the
    # Apache License 2.0", "the MIT licence in LICENSE"), never "this licence" (its own)
    r"(?:the\s+|its\s+|our\s+|their\s+)?{name}licen[cs]e\b"
    r"|\bsupplement\s+to\s+(?:the\s+)?{name}licen[cs]e\b"
    # the licence named, then this document joined to it: "released under the Apache License
    # 2.0 together with the terms on this page", "the MIT licence plus the conditions below"
    r"|\b{name}licen[cs]e\b(?:[^.;]|\.(?=\d)){0,30}?\b(?:together\s+with|along\s+with|plus|and\s+also"
    r"|as\s+well\s+as|combined\s+with|and)\s+(?:the\s+|these\s+)?(?:additional\s+|further\s+)?"
    r"(?:terms|conditions|rules|restrictions)\s+(?:below|(?:(?:set\s+out|written|stated)\s+)?"
    r"(?:on|in|of)\s+(?:this|these|the\s+present)\s+(?:page|document|file|notice|supplement"
    r"|section))\b".replace("{name}", r"(?-i:[A-Z0-9][\w.+-]*\s+)(?:[\w.+-]+\s+){0,3}?"),
    re.IGNORECASE,
)
"""Words placing the document beside another licence it names."""
_NEGATED = lazy_pattern(r"\b(?:not|no|never|instead\s+of|replac\w+|supersed\w+)\b", re.IGNORECASE)
"""Words that make the sentence about replacing or not adding ("these terms replace the
Apache License", "this is not in addition to ...")."""
_SENTENCE = re.compile(r"(?:[^.;!?]|[.;!?](?=\S))+")  # "Apache License 2.0" is one sentence


def supplements_license(text: str) -> bool:
    """Whether a sentence of the text says the document adds to another licence it names,
    no negation or replacement in that sentence."""
    for sentence in _SENTENCE.findall(" ".join(text.split())):
        found = _ADDS_TO.search(sentence)
        if found is not None and not _NEGATED.search(sentence):
            return True
    return False
