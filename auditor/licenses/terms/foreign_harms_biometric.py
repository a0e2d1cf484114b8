"""Sorting people by their biometric data, in other languages (tag biometric-categorisation, as
the English rule `use_restrictions/biometric-categorisation` reads it), for `foreign_uses` and
`foreign_six`: a word of categorising or classifying and a word of biometric data in the clause
a ban word opens ("ห้ามใช้โมเดล ... เพื่อจัดหมวดหมู่บุคคล โดยอาศัยข้อมูลชีวมิติ", "禁止根据生物特征
对个人进行分类", "clasificar a las personas según sus datos biométricos"). Sorting documents or
products names no biometric data and is none of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["BIOMETRIC_CATEGORISATION", "settle_biometric", "with_biometric_categorisation"]

_TAG = "biometric-categorisation"


def _near(act: str, data: str, gap: int = 60) -> str:
    """The act and the biometric data in either order, within `gap` characters."""
    return rf"(?:{act})[^.;。；]{{0,{gap}}}?(?:{data})|(?:{data})[^.;。；]{{0,{gap}}}?(?:{act})"


BIOMETRIC_CATEGORISATION: dict[str, str] = {
    "th": _near(r"จัดหมวดหมู่|จำแนก|แบ่งประเภท|จัดกลุ่ม", r"ชีวมิติ"),
    "zh": _near(r"分类|歸類|归类|分類|分组|分組", r"生物特征|生物特徵|生物识别|生物識別", 30),
    "ja": _near(r"分類|カテゴリー?分け|区分", r"生体(?:情報|データ|認証)|バイオメトリ", 30),
    "ko": _near(r"분류|범주화", r"생체\s*(?:정보|데이터|인식)", 30),
    "es": _near(r"\bclasific\w*|\bcategoriz\w*", r"\bbiométric\w*"),
    "pt": _near(r"\bclassific\w*|\bcategoriz\w*", r"\bbiométric\w*"),
    "fr": _near(r"\bclass\w*|\bcatégoris\w*", r"\bbiométrique\w*"),
    "it": _near(r"\bclassific\w*|\bcategorizz\w*", r"\bbiometric\w*"),
    "de": _near(r"\bkategorisier\w*|\bklassifizier\w*|\beinteil\w*", r"\bbiometrisch\w*"),
    "nl": _near(r"\bcategoris\w*|\bclassific\w*|\bindel\w*", r"\bbiometrisch\w*"),
    "pl": _near(r"\bkategoryz\w*|\bklasyfik\w*", r"\bbiometryczn\w*"),
    "ru": _near(r"\bкатегориз\w*|\bклассифи\w*", r"\bбиометрич\w*"),
    "tr": _near(r"\bsınıflandır\w*|\bkategoriz\w*", r"\bbiyometrik\w*"),
    "id": _near(r"\bmengkategorikan|\bmengklasifikasikan|\bpengelompokan", r"\bbiometrik\b"),
    "vi": _near(r"phân\s+loại", r"sinh\s+trắc"),
    "sv": _near(r"\bkategoriser\w*|\bklassificer\w*", r"\bbiometrisk\w*"),
    "cs": _near(r"\bkategoriz\w*|\btřídění|\bklasifik\w*", r"\bbiometrick\w*"),
    "el": _near(r"\bκατηγοριοποί\w*|\bταξινόμ\w*", r"\bβιομετρικ\w*"),
    "he": _near(r"סיווג|מיון", r"ביומטרי"),
    "hi": _near(r"वर्गीकरण|वर्गीकृत", r"बायोमेट्रिक"),
    "ar": _near(r"تصنيف", r"البيومترية|بيومترية|الحيوية"),
    # the Baltic, South Slavic, Slovak, Hungarian, Finnish, Romanian, Bulgarian, Ukrainian,
    # Danish and Norwegian words
    "lv": _near(r"\biedalīšan\w*|\bkategoriz\w*|\bklasificē\w*|\bšķirošan\w*", r"\bbiometrisk\w*"),
    "lt": _near(r"\bkategorizuo\w*|\bklasifikuo\w*|\bskirsty\w*", r"\bbiometrin\w*"),
    "et": _near(r"\bkategoriseeri\w*|\bklassifitseeri\w*|\bliigita\w*", r"\bbiomeetri\w*"),
    "sk": _near(r"\bkategoriz\w*|\btriedeni\w*|\bklasifik\w*", r"\bbiometrick\w*"),
    "sl": _near(r"\bkategoriz\w*|\brazvršč\w*|\bklasifici\w*", r"\bbiometričn\w*"),
    "hr": _near(r"\bkategoriz\w*|\brazvrstav\w*|\bklasifici\w*", r"\bbiometrijsk\w*"),
    "sr": _near(
        r"\bкатегориз\w*|\bразврстав\w*|\bkategoriz\w*", r"\bбиометријск\w*|\bbiometrijsk\w*"
    ),
    "hu": _near(r"\bkategorizál\w*|\bosztályoz\w*|\bbesorol\w*", r"\bbiometrikus\w*"),
    "fi": _near(r"\bluokit\w*|\bkategorisoi\w*", r"\bbiometri\w*"),
    "ro": _near(r"\bclasific\w*|\bcategoriz\w*", r"\bbiometric\w*"),
    "bg": _near(r"\bкатегориз\w*|\bкласифиц\w*", r"\bбиометрич\w*"),
    "uk": _near(r"\bкатегориз\w*|\bкласифіку\w*", r"\bбіометрич\w*"),
    "da": _near(r"\bkategoriser\w*|\bklassificer\w*|\binddel\w*", r"\bbiometrisk\w*"),
    "no": _near(r"\bkategoriser\w*|\bklassifiser\w*|\binndel\w*", r"\bbiometrisk\w*"),
}
"""language -> categorising people by their biometric data, in one clause."""


def with_biometric_categorisation(
    harms: Mapping[str, Mapping[str, str]], languages: tuple[str, ...] | None = None
) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with the tag added for `languages` (every language of
    the table when None), after the tags there."""
    merged = {tag: dict(words) for tag, words in harms.items()}
    words = merged.setdefault(_TAG, {})
    for language, pattern in BIOMETRIC_CATEGORISATION.items():
        if languages is None or language in languages:
            words[language] = f"{words[language]}|{pattern}" if language in words else pattern
    return merged


# identifying or verifying who someone is, or recognising faces: the identification ban itself
_IDENTIFYING = lazy_pattern(
    r"identif|verif|recogn|erkenn|reconna|riconosc|reconoc|rozpozn|распозн|идентиф|ідентиф"
    r"|atpazī|atpažin|tuvasta|tunnist|felismer|azonosít|prepozn|препозн|prepoznav|genkend|gjenkjenn"
    r"|igenkänn|recunoa",
    re.IGNORECASE,
)


def settle_biometric(tags: list[str], clause: str) -> list[str]:
    """A clause's tags less `biometric-identification` when the biometric data it names is only
    what people are sorted by ("Fizisku personu iedalīšana kategorijās pēc viņu biometriskajiem
    datiem"): categorising is not identifying, unless the clause also names identifying or
    recognising someone."""
    both = "biometric-categorisation" in tags and "biometric-identification" in tags
    if both and _IDENTIFYING.search(clause) is None:
        return [t for t in tags if t != "biometric-identification"]
    return tags
