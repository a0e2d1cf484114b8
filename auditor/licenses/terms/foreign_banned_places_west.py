"""Use banned in named places, in Persian, Arabic and Turkish, for `foreign_territory_west`: "به
کارگیری مدل ... در کشورهای عضو اتحادیهٔ اروپا مجاز نیست", "لا يجوز استخدام النموذج في دول الاتحاد
الأوروبي", "Model Avrupa Birliği ülkelerinde kullanılamaz". Such a sentence is an
`excluded_use_territories` clause over those places (not `within`: use elsewhere stays licensed),
as `foreign_ja_ko_he` reads Japanese, Korean and Hebrew.

Not such a sentence: one confining use to places or banning it outside them (read by
`foreign_territory_west`), one naming who is based where (a licensee left out:
`foreign_domiciles_west`), or one naming a law or a court there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["banned_places_west"]

# language -> (use banned, "in" before the place or the locative after it, outside or based)
_WORDS: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {
    "fa": (
        lazy_pattern(r"مجاز\s+نیست|ممنوع|نباید|اجازه\s+(?:داده\s+)?نمی|غیرمجاز"),
        lazy_pattern(r"(?:^|\s)(?:در|درون|داخل)\s"),
        lazy_pattern(r"خارج\s+از|مقیم|اقامتگاه|ثبت\s+شده|مرکز\s+اصلی|تابعیت|قانون|دادگاه"),
    ),
    "ar": (
        ar_pattern(r"لا\s+يجوز|يحظر|يمنع|محظور|ممنوع|غير\s+مسموح"),
        lazy_pattern(r"(?:^|\s)(?:في|داخل|ضمن)\s"),
        ar_pattern(r"خارج|موطن|مقر|مقيم|مسجل|قانون|قوانين|[اأ]نظمة|محاكم|محكم[ةه]|فقط"),
    ),
    "tr": (
        lazy_pattern(r"\b(?:kullanılamaz|kullanılmamalıdır|yasaktır|yasaklanmıştır|çalıştırılamaz"
                     r"|sunulamaz)\b", re.IGNORECASE),
        lazy_pattern(r"\w+(?:de|da|te|ta|nde|nda)\b", re.IGNORECASE),
        lazy_pattern(r"\bdışında|\bikamet\w*|\bmerkez\w*|\bkayıtlı\w*|\bhukuk\w*|\bmahkeme\w*"
                     r"|\byalnızca|\bsadece", re.IGNORECASE),
    ),
}  # fmt: skip


# wherever the licensee is based ("أياً كان مقر المرخَّص له"): the ban is on use there, not a
# domicile, so the words naming a seat are set aside before the "based" words are looked for
_REGARDLESS = ar_pattern(
    r"[اأإ]يا\s+كان\s+(?:مقر|موطن)\S*(?:\s+\S+){0,2}|[اأ]ينما\s+كان\S*(?:\s+\S+){0,3}"
)


def banned_places_west(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages banning use in named places, each with its clauses."""
    from auditor.licenses.terms.foreign_territory_west import places_named  # imports this

    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        words = _WORDS.get(passage.language or "")
        if words is None:
            continue
        banned, where, other = words
        regions: dict[str, None] = {}
        for sentence in re.split(r"[.;!?؛]", passage.text):
            sentence = _REGARDLESS.sub(" ", sentence)
            if banned.search(sentence) and where.search(sentence) and not other.search(sentence):
                regions.update(dict.fromkeys(places_named(passage.language or "", sentence)))
        if regions:
            entry = {"regions": sorted(regions), "models": "all", "exempts": []}
            found[passage] = [
                Clause("excluded_use_territories", [entry]),
                Clause("territorial_exclusions", sorted(regions)),
            ]
    return found
