"""Harm words in Arabic, Turkish, Hebrew, Hindi, Persian, Bengali and Urdu that the earlier
tables lacked: the operation of critical infrastructure (the power grid, water or gas networks,
dams, railway signalling) and fraud (deception, phishing, false identities). Each sets the tag
the English rule of that harm sets (license_db/clause_rules/use_restrictions.yaml), read as the
reader of each language reads its harms: in one clause with a ban word, or as an item of a list
or a table a ban introduces (`foreign_lists`: "... نباید در موارد زیر به کار رود:" then the row
"زیرساخت‌های حیاتی | کنترل شبکهٔ برق"). A harm named with no ban sets nothing.

Merged into the tables of `foreign_uses` (ar, tr), `foreign_harms_el_he_hi_th` (he, hi) and
`foreign_more` (fa, bn, ur, and Tamil with its ban words `BANS_WEST`) by `with_harms_west`.
NFKC, as the passages are; the Persian zero-width non-joiner is dropped from passages
("زیرساخت‌ها" reads "زیرساختها").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping

from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_harms_nordic import merged_harm_words
from auditor.licenses.terms.foreign_surveillance_eur import with_surveillance_eur

__all__ = ["BANS_WEST", "with_harms_west"]

# Tamil, read by `foreign_more`: its ban words ("பயன்படுத்தக் கூடாது", "தடைசெய்யப்பட்டுள்ளது")
BANS_WEST: dict[str, str] = {
    "ta": r"கூடாது|தடை\s*செய்யப்பட்|தடைசெய்யப்பட்|அனுமதி\s+இல்லை|பயன்படுத்த\s+முடியாது",
}

_WORDS: dict[str, dict[str, str]] = {
    "critical-infrastructure": {
        "ar": ar_pattern(
            r"البنى?\s+التحتية\s+(?:الحيوية|الحرجة|الحساسة)|البنية\s+التحتية\s+(?:الحيوية|الحرجة"
            r"|الحساسة)|شبك(?:ة|ات)\s+(?:الكهرباء|المياه|الغاز)|محطات\s+(?:الطاقة|الكهرباء)"
        ).pattern,
        "tr": r"\bkritik\s+altyapı\w*|\belektrik\s+şebeke\w*|\benerji\s+şebeke\w*|\bsu\s+şebeke\w*",
        "he": r"תשתי(?:ת|ות)\s+(?:קריטי|חיוני|לאומי)\S*|רשת\s+(?:ה)?(?:חשמל|מים|גז)",
        "hi": r"महत्वपूर्ण\s+(?:अवसंरचना|बुनियादी\s+ढ[ाँां]+च[ेा]|इंफ्रास्ट्रक्चर)|(?:बिजली|पावर)\s+ग्रिड",
        "fa": r"زیرساخت\S*\s+(?:حیاتی|حساس|بحرانی)|شبک[هۀ]\S*\s+(?:برق|آب|گاز)|نیروگاه",
        "bn": r"(?:গুরুত্বপূর্ণ|জটিল)\s+অবকাঠামো|বিদ্যুৎ\s+গ্রিড|বিদ্যুৎ\s+সরবরাহ\s+ব্যবস্থা",
        "ur": r"اہم\s+(?:بنیادی\s+ڈھانچ|انفراسٹرکچر)\S*|بجلی\s+(?:کے\s+|کا\s+)?(?:گرڈ|نظام)",

        "ta": r"முக்கிய\s+உள்கட்டமைப்பு|மின்\s*(?:கட்டமைப்பு|வலையமைப்பு|விநியோக)",
    },
    "illegal-activity": {"ta": r"சட்டவிரோத|குற்றச்\s*செயல்"},
    "military": {"ta": r"இராணுவ|ராணுவ|போர்"},
    "weapons": {"ta": r"ஆயுத|வெடிபொருள்"},
    "fraud": {
        "ar": ar_pattern(r"تصيد|[اإ]حتيال|نصب|هوي(?:ة|ات)\s+مزيف").pattern,
        "tr": r"\boltalama\w*|\bsahtekârlık\w*|\bsahtekarlık\w*|\bsahte\s+kimlik\w*",
        "he": r"פישינג|דיוג|זהות\s+(?:בדויה|מזויפת)",
        "hi": r"फ़िशिंग|फिशिंग|फ़र्ज़ी\s+पहचान|फर्जी\s+पहचान",
        "fa": r"فریب|کلاهبرداری|فیشینگ|هویت\s+جعلی",
        "bn": r"প্রতারণা|জালিয়াতি|ফিশিং|ভুয়া\s+পরিচয়",
        "ur": r"دھوک[ہا]|فراڈ|فشنگ|جعلی\s+شناخت",

        "ta": r"மோசடி|ஏமாற்று|ஃபிஷிங்",
    },
}  # fmt: skip


def with_harms_west(
    harms: Mapping[str, Mapping[str, str]], languages: Collection[str]
) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with the words above of `languages` (NFKC)."""
    nfkc = merged_harm_words(
        harms, _WORDS, languages, form=lambda words: unicodedata.normalize("NFKC", words)
    )
    return with_surveillance_eur(nfkc)  # sk, da, no, uk: surveillance by its parts
