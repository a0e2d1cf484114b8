"""A Japanese or Korean licence confined to a named place (session 25), for
`foreign_ja_ko_he.read_places`: the grant or use limited to it ("前項の許諾は、日本国内における
利用に限られます", "本ライセンスは日本国内でのみ有効です", "이 허락은 대한민국 영역 안에서만 효력이
있습니다", "국내에 한하여 이용할 수 있습니다"), or use outside it put beyond the grant ("日本国外
のサーバーで稼働させることは、許諾の範囲外です", "대한민국 밖에 있는 이용자에게 서비스를 제공하는
것은 허락 범위에 들지 않습니다").

A ban on use outside a place ("本モデルを日本国外で提供することはできません") confines use to it
too: the place is where use is allowed, never where it is banned. Such a clause names where use
is licensed, as a Chinese one does (`foreign_zh_territory`): an
`excluded_use_territories` clause marked `within`. A place with "outside" after it (国外, 以外,
밖, 외) and no word putting that use beyond the grant, or a place whose laws the clause invokes
(`foreign_ja_ko_he`'s place reader drops it), confines nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["confined_places"]

_ONLY = {
    # the place, "inside" it, then a limit within a short reach: 限られ, 限り, 限定, のみ
    "ja": lazy_pattern(
        r"(?P<place>[^。、,]{1,16}?)(?:国内|域内|領域内|内|の範囲内)?(?:における|において|で|での)?"
        r"[^。]{0,12}?(?:に限(?:る|り|られ|ら|定|っ)|のみ)"
    ),
    "ko": lazy_pattern(
        r"(?P<place>[^.,]{1,16}?)\s*(?:영역|영토|국내|지역)?\s*(?:안|내)?\s*"
        r"(?:에서만|으로\s*한정|에\s*한하여|에\s*한해|에\s*한정)"
    ),
}
_OUTSIDE = {
    "ja": lazy_pattern(
        r"(?P<place>[^。、,]{1,12}?)(?:国外|以外|の外|域外)[^。]{0,100}?"
        r"(?:範囲外|対象外|含まれ(?:ない|ません)|認められ(?:ない|ません)|できません|禁止|してはなりません"
        r"|許諾(?:され|し)(?:ない|ません))"
    ),
    "ko": lazy_pattern(
        r"(?P<place>[^.,]{1,12}?)\s*(?:밖|외|이외|바깥|국외)[^.]{0,100}?"
        r"(?:범위에\s*(?:들지|포함되지)\s*않|범위를\s*벗어|범위\s*밖|허락되지\s*않|허용되지\s*않"
        r"|금지|할\s*수\s*없)"
    ),
}
# what is limited there: the grant, the licence, use, its effect
_SUBJECT = {
    "ja": lazy_pattern(r"許諾|ライセンス|利用|使用|効力|有効|適用"),
    "ko": lazy_pattern(r"허락|라이선스|라이센스|이용|사용|효력|유효|적용"),
}

Places = Callable[[str, str], list[str]]


def confined_places(language: str, clause: str, places: Places) -> list[str]:
    """The places one clause confines use or the grant to (none: [])."""
    only, outside = _ONLY.get(language), _OUTSIDE.get(language)
    if only is None or outside is None:
        return []
    found: dict[str, None] = {}
    # "only there" limits the grant or use it names; use outside put beyond it, whatever use
    limited = only if _SUBJECT[language].search(clause) is not None else None
    for pattern in (p for p in (limited, outside) if p is not None):
        for match in pattern.finditer(clause):
            # "only there": every place up to the limit word (the lazy group may stop short,
            # "大韓民国国内に限ります"); "outside": the place right before the word
            span = match.group() if pattern is limited else match.group("place")
            found.update(dict.fromkeys(places(language, span)))
    return list(found)
