"""Places named as a list, and named again by a back-reference, for the readers of use confined
to places (`foreign_territory_south_asia`): a confinement's first place is followed by the
other items of its list while each names a place ("hanya di Malaysia, Singapura dan Negara
Brunei Darussalam"); a ban on use outside places the clause names only by referring back ("di
luar ketiga-tiga negara tersebut", "ngoài các nước nói trên", "sa labas ng mga bansang
nabanggit") confines use to the places the last confinement named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern

_FLAGS = re.IGNORECASE
_AND = r"dan|serta|atau|và|hoặc|at|o|และ|หรือ|और|तथा"
# the next item of a list of places: ", Singapura", "dan Negara Brunei Darussalam"
_NEXT_ITEM = lazy_pattern(
    rf"^\s*(?:,|\b(?:{_AND})\b)\s*(?:,\s*)?(?:(?:{_AND})\s+)?(?P<item>[^.;,]{{2,50}}?)"
    rf"(?=\s*(?:[.;,]|\b(?:{_AND})\b|$))",
    _FLAGS,
)
# places named before, referred back to ("tersebut", "nói trên", "ดังกล่าว", "उपर्युक्त")
_BACK = lazy_pattern(
    r"^[^.;]{0,40}?(?:\b(?:tersebut|berkenaan|di\s+atas|nói\s+trên|đã\s+nêu|nabanggit|iyon)\b"
    r"|ดังกล่าว|उपर्युक्त|उक्त)",
    _FLAGS,
)


# an item left out: "not for Singapore", "except Brunei"
_NOT = lazy_pattern(
    r"\b(?:tidak|bukan|kecuali|selain|không|trừ|ngoài|hindi|maliban|liban)\b|ไม่|ยกเว้น|नहीं|सिवाय",
    _FLAGS,
)


def listed_on(rest: str, is_place: Callable[[str], bool]) -> str:
    """The items of a list after its first place that name places too (module docstring)."""
    listed = ""
    while (item := _NEXT_ITEM.match(rest)) is not None and is_place(item.group("item")):
        if _NOT.search(item.group()):
            break
        listed += item.group()
        rest = rest[item.end() :]
    return listed


def refers_back(text: str, outside: Sequence[int], names_place: Callable[[str], bool]) -> bool:
    """Whether, after one of the `outside` words (their ends), the clause names its places
    only by referring back to them."""
    return any(_BACK.search(text[end:]) and not names_place(text[end:]) for end in outside)
