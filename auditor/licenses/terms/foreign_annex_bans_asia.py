"""Bans listed in an annex, in Chinese, Japanese, Korean, Hindi, Marathi, Bengali, Urdu, Tamil,
Thai and Vietnamese, for `terms.foreign`: an annex, schedule or appendix (`foreign_cap_places_asia`
names them: 別表, 附件, 별표, परिशिष्ट, তফসিল, ضمیمہ, பின்னிணைப்பு, ภาคผนวก, Phụ lục) whose heading
says its items are not to be done ("Việc không được làm", "禁止事項", "금지 행위", "निषिद्ध
कार्य"), or which a clause names as what the licensee must not do ("với điều kiện bạn không làm
những việc nêu tại Phụ lục A", "別表に掲げる行為をしてはならない", "不得从事附件一所列行为").

Each item of such an annex is read as a ban: the language's ban word is set before it, so the
cues read what it bans (the outputs used to train another model, a harm) and say unread what
they cannot. The annex's heading names the list and states no term (marked `heading`). An annex
of permitted uses, or one no clause bans, is left as it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cap_places_asia import (
    LANGUAGES,
    annex_label,
    annex_ref,
    with_placed_caps,
)
from auditor.licenses.text.language import Passage

# a ban or "must not" in any of the languages (scripts without word edges take none)
_BAN = (
    r"禁止|不得|不可|不准|严禁|嚴禁|してはならない|してはいけない|しないこと|禁じ|금지|안\s*됩니다"
    r"|아니\s*됩니다|하지\s+않|निषिद्ध|वर्जित|नहीं\s+(?:करेंगे|करना|कर\s+सकते)|मनाई|करू\s+नये"
    r"|নিষিদ্ধ|করবেন\s+না|করা\s+যাবে\s+না|ممنوع|نہیں\s+کر|منع|தடை|கூடாது|ห้าม|ไม่ได้รับอนุญาต"
    r"|\b(?:không\s+được|không\s+làm|cấm|nghiêm\s+cấm)\b"
)
_BANS = lazy_pattern(_BAN, re.IGNORECASE)
# the ban word read before each item, by the item's language (else the annex heading's)
_PREFIX = {
    "zh": "禁止",
    "ja": "次の行為を禁止します：",
    "ko": "다음 행위는 금지됩니다:",
    "hi": "निषिद्ध:",
    "mr": "निषिद्ध:",
    "bn": "নিষিদ্ধ:",
    "ur": "ممنوع:",
    "ta": "தடை:",
    "th": "ห้าม",
    "vi": "Không được",
}


def asia_placed(passages: list[Passage], text: str) -> list[Passage]:
    """The passages with the caps (`foreign_cap_places_asia`) and the bans (here) that stand in
    another place than the clause applying them read where they apply."""
    return with_annex_bans(with_placed_caps(passages, text))


def with_annex_bans(passages: list[Passage]) -> list[Passage]:
    """The passages, each item of an annex of bans read after a ban word (module docstring)."""
    if not any(p.language in LANGUAGES for p in passages):
        return passages
    out = list(passages)
    banned = _banned_labels(passages)
    for index, passage in enumerate(passages):
        label = annex_label(passage.text)
        if label is None:
            continue
        if not (_BANS.search(passage.text) or label in banned or "" in banned):
            continue
        items = _items(passages, index)
        if not items:
            continue
        out[index] = replace(passage, heading=True)
        for at, only in [*banned.get(label, ()), *banned.get("", ())]:  # read in the items
            text = out[at].text
            out[at] = replace(out[at], heading=True) if only else replace(out[at], text=_cut(text))
        language = passage.language
        for at in items:
            item = passages[at]
            read = as_banned(item.language, item.text) or as_banned(language, item.text)
            if read is not None:
                out[at] = replace(item, text=read)
    return out


def as_banned(language: str | None, item: str) -> str | None:
    """An item of a list of bans read after its language's ban word (None: a language of
    another group, or an item saying its own ban)."""
    prefix = _PREFIX.get(language or "")
    if prefix is None or _BANS.search(item) is not None:
        return None
    return f"{prefix} {_bare(item)}"


def _banned_labels(passages: Sequence[Passage]) -> dict[str, list[tuple[int, bool]]]:
    """The labels of the annexes a clause bans what they list ("" for an annex named without
    a label) -> the clauses naming them, each with whether it says only that."""
    found: dict[str, list[tuple[int, bool]]] = {}
    for at, passage in enumerate(passages):
        if passage.language not in LANGUAGES or annex_label(passage.text) is not None:
            continue
        for match in annex_ref(passage.text):
            around = passage.text[max(match.start() - 60, 0) : match.end() + 40]
            if _BANS.search(around):
                only = len(passage.text) <= _SHORT and _OTHER.search(passage.text) is None
                found.setdefault((match.group("label") or "").upper(), []).append((at, only))
    return found


_SHORT = 90  # characters: a clause saying only that the annex's items are banned
# what such a clause would say besides: commercial use, a number, a place
_OTHER = lazy_pattern(
    r"商|営利|상업|영리|वाणिज्य|व्यावसायिक|ব্যবসা|বাণিজ্য|تجارت|کاروبار|வணிக|พาณิชย์|การค้า"
    r"|\b(?:thương\s+mại|kinh\s+doanh)\b|\d{3}",
    re.IGNORECASE,
)


# the parts of a clause: a comma, a semicolon, "but"
_PART = lazy_pattern(r"[,，;；、]|但|但是|ただし|다만|लेकिन|परंतु|কিন্তু|لیکن|ஆனால்|แต่|\bnhưng\b")


def _cut(text: str) -> str:
    """A clause saying more than the annex's ban ("...可为任何目的使用本模型，但不得从事附件一所列
    的行为"), without the part naming the annex: the items state that ban, and the rest reads
    alone (the grant)."""
    match = next(annex_ref(text), None)
    if match is None:
        return text
    starts = [m.start() for m in _PART.finditer(text, 0, match.start())]
    ends = [m.start() for m in _PART.finditer(text, match.end())]
    start = starts[-1] if starts else 0
    end = ends[0] if ends else len(text.rstrip("。.।۔ "))
    if _OTHER.search(text[start:end]):
        return text  # the part says more (commercial use, a number): left whole to the cues
    return (text[:start] + text[end:]).strip() or text


def _items(passages: Sequence[Passage], start: int) -> list[int]:
    """The passages below an annex's heading, up to the next annex."""
    items = []
    for at in range(start + 1, len(passages)):
        if annex_label(passages[at].text) is not None:
            break
        items.append(at)
    return items


_MARK = lazy_pattern(r"^\s*(?:[-*•]|\(?[a-zA-Z0-9ก-ฮ]{1,3}[.)])\s*")


def _bare(text: str) -> str:
    """An item without its list mark, its first letter lower-cased."""
    text = _MARK.sub("", text)
    return text[:1].lower() + text[1:]
