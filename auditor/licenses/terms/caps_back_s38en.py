"""A sentence right after a cap naming back, by a comparative, what lies beyond it ("... no more
than 5,000,000 monthly active users. A larger deployment needs a separate licence from us.";
"Bigger organisations must sign an enterprise agreement"; "Anything above that requires a
commercial licence"), for `thresholds`: what it asks is the cap's consequence, asked only of
the licensees beyond the cap, like `caps/class-anaphor`'s sentences. Only right after a cap
sentence; a comparative with a figure of its own ("Larger than 10,000 users ...") states a cap
of its own and is left to the cap readers. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["names_beyond_cap"]

_BEYOND = lazy_pattern(
    r"^\W{0,12}(?:[\w().]+\s+){0,2}?(?:(?:a|an|any|all|every)\s+)?(?:larger|bigger|greater"
    r"|higher|heavier|wider)\s+(?:[\w-]+\s+){0,2}?(?:deployments?|products?|services?|uses?|usage"
    r"|organi[sz]ations?|compan(?:y|ies)|licensees?|users?|user\s+bases?|audiences?|business(?:es)?"
    r"|enterprises?|firms?|customers?|scale|volumes?|apps?|applications?|installations?)\b"
    r"|^\W{0,12}(?:anything|any\s+use|use|usage|deployment)\s+(?:above|beyond|over|past|larger\s+than"
    r"|bigger\s+than|more\s+than)\s+(?:that|this|it|the\s+(?:limit|cap|threshold|ceiling))\b",
    re.IGNORECASE,
)
_FIGURE = lazy_pattern(r"\d|\b(?:thousand|million|billion)\b", re.IGNORECASE)


def names_beyond_cap(text: str) -> bool:
    """Whether `text`, said right after a cap, names the use or licensees beyond it by a
    comparative, with no figure of its own."""
    return _BEYOND.search(text) is not None and _FIGURE.search(text) is None
