"""The cues of `terms.foreign` in Arabic. See `foreign_cues` for what each pattern is.

Arabic glues its particles to the word ("ولا يجوز", "للأغراض", "بالاستخدام") and may write the
short vowels or not ("يُحظر" and "يحظر", "تجارياً" and "تجاريا"): every pattern is written
without vowel marks and matches words carrying them too (`_ar`), and a word is looked for
inside its glued form rather than between word boundaries. "Commercial" is a form of تجار
followed by its adjective or noun ending (تجاري, تجارية, تجارة), never تجارب (experiments).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_either_way import with_either_way

_MARKS = "[\u064b-\u065f\u0670\u0640]*"  # short vowels, shadda, sukun, dagger alif, tatweel
_LETTER = lazy_pattern(r"[\u0621-\u064a\u0671-\u06d3]")


def _ar(pattern: str) -> re.Pattern[str]:
    """An Arabic pattern written without vowel marks that matches words carrying them: each
    Arabic letter (and each class holding one) may be followed by marks."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if pattern.startswith(("(?<!", "(?<="), index):  # fixed width: kept as written
            end = _group_end(pattern, index)
            out.append(pattern[index:end])
            index = end
            continue
        if char == "[":
            end = pattern.index("]", index + 1)
            piece = pattern[index : end + 1]
            out.append(f"(?:{piece}{_MARKS})" if _LETTER.search(piece) else piece)
            index = end + 1
            continue
        out.append(f"(?:{char}{_MARKS})" if _LETTER.fullmatch(char) else char)
        index += 1
    return lazy_pattern("".join(out), re.IGNORECASE)


ar_pattern = _ar  # for the Arabic patterns of other modules (foreign_duties)


def _group_end(pattern: str, start: int) -> int:
    """The index after the group opening at `start` closes."""
    depth = 0
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        depth += char == "("
        depth -= char == ")"
        index += 1
        if depth == 0:
            return index
    raise ValueError(f"unbalanced group in {pattern!r}")


_START = r"(?<![\u0621-\u064a])"  # a word's start (its glued particle written in the pattern)
_GAP = r"[^.؛;،,!?؟\n]{0,60}?"  # within one clause: Arabic cards cut clauses at commas
_COMMERCIAL = r"(?:تجار[يةىه]|ربح(?:ي|ية)|[اأ]رباح|مقابل\s+(?:مادي|رسوم|[اأ]جر))"
_NON_COMMERCIAL = r"غير\s+(?:ال)?(?:تجار[يةى]|ربحي)"
_BAN = (
    _START + r"[وف]?(?:لا\s+(?:يجوز|يسمح|يحق|يحل|يمكن|تجوز|تسمح)|يحظر|يمنع|تحظر|تمنع|محظور"
    r"|ممنوع|حظر|منع|غير\s+(?:مسموح|مصرح|مرخص|جائز)|ليس\s+(?:مسموحا|مسموح|مصرحا|مصرح|جائزا)"
    r"|يمتنع|لا\s+يرخص)"
)
_ALLOW = (
    r"(?<!لا\s)(?<!غير\s)(?<!ليس\s)" + _START + r"[وف]?(?:يجوز|يسمح|يحق|يمكن|مسموح|مصرح|متاح"
    r"|مرخص|تجوز)"
)
_RESEARCH = r"(?:بحث|ابحاث|أبحاث|اكاديمي|أكاديمي|علمي|تعليمي|تعليم(?!ات)|دراسي|تدريس)"
_ONLY = r"(?:فقط|فحسب|حصرا|حصريا|لا\s+غير)"
_PERMISSION = r"(?:[اإ]ذن|موافقة|ترخيص|تصريح|اتفاقية|عقد|ا?تفاق)"
_NEEDS = r"(?:يتطلب|يستلزم|يشترط|يلزم|يجب|بحاجة|يستوجب|مشروط)"
_CONFINED = r"(?:يقتصر|يقتصر\s+استخدام\w*|مقصور|مقتصر|حصرا|حصريا)"
_GOVERNED = (
    # the laws, or (Saudi usage) the regulations: "يخضع هذا الترخيص لأنظمة المملكة العربية السعودية"
    r"(?:يخضع|تخضع|يحكم|تحكم|يسري|تسري|يطبق|تطبق|تنطبق)[^.؛;]{0,40}?(?:قوانين|لقوانين|قانون|لقانون|تشريعات|لتشريعات"
    r"|[لو]?[اأ]نظمة|الأنظمة)\s+"
)
_WITHOUT = (
    r"(?:بدون|دون|من\s+غير)\s+(?:الحصول\s+على\s+)?(?:[اأ]ي\s+)?(?:[اإ]ذن|موافقة|ترخيص|تصريح"
    r"|اتفاقية)"
)

# "except with" a permission: "إلا بموافقة", "إلا بإذن", "إلا بموجب ترخيص", "إلا بعد موافقة"
_EXCEPT_WITH = r"(?:[اإ]لا|سوى)\s+(?:ب(?:موجب\s+|عد\s+|ناء\s+على\s+)?|مع\s+|عند\s+)(?:ال)?"

_TAIL = r"\w*[\u064b-\u065f\u0670\u0640]*"  # a word's ending, its vowel marks ("تجارياً")
_AFTER_OBTAINED = (  # before, or only after, obtaining it
    r"(?:قبل|[اإ]لا\s+بعد|[اإ]لا\s+عند|بعد)\s+(?:[اأ]ن\s+)?\S*(?:حصول|يحصل|تحصل|نيل|ينال|استصدار)"
)
_CLAUSE = r"[^.؛;،,!?؟\n]"  # a character of the same clause (commas cut clauses)
_SENTENCE = r"[^.؛;!?؟\n]"  # a character of the same sentence


def _any(*shapes: str) -> re.Pattern[str]:
    return _ar("|".join(shapes))


AR = Cues(
    prohibited=_any(
        _NON_COMMERCIAL,
        _BAN + _GAP + _COMMERCIAL,
        # the ban after its subject: "الاستخدام التجاري محظور / غير مسموح"
        _COMMERCIAL + _CLAUSE + "{0,30}?" + _BAN,
    ),
    restricted=_any(
        _COMMERCIAL + _SENTENCE + "{0,60}?" + _NEEDS + _SENTENCE + "{0,40}?" + _PERMISSION,
        # the need before its subject: "يتطلب الاستخدام التجاري الحصول على موافقة"
        _NEEDS + _SENTENCE + "{0,30}?" + _COMMERCIAL + _SENTENCE + "{0,40}?" + _PERMISSION,
        # without permission, before or after commercial use (a ban "not without" it is
        # this condition: the reader reads it so)
        _WITHOUT + _SENTENCE + "{0,60}?" + _COMMERCIAL,
        _COMMERCIAL + _SENTENCE + "{0,60}?" + _WITHOUT,
        _COMMERCIAL + _SENTENCE + r"{0,40}?(?:يرجى|نرجو|الرجاء)?\s*(?:التواصل|الاتصال|مراسلت)",
        # not before, or only after, the permission is obtained: "لا يجوز أن يبدأ أي استعمال
        # تجاري قبل حصوله على الموافقة", "لا يُستعمل تجارياً إلا بعد الحصول على إذن"
        _COMMERCIAL + _SENTENCE + "{0,40}?" + _AFTER_OBTAINED + _SENTENCE + "{0,30}?" + _PERMISSION,
        _AFTER_OBTAINED + _SENTENCE + "{0,30}?" + _PERMISSION + _SENTENCE + "{0,60}?" + _COMMERCIAL,
        r"(?:ترخيص|رخصة)\s+تجاري",
        # not except with permission: "لا يجوز الاستخدام التجاري إلا بموافقة كتابية", "...
        # إلا بإذن مسبق", "... إلا بموجب ترخيص"
        _COMMERCIAL + _SENTENCE + "{0,60}?" + _EXCEPT_WITH + _PERMISSION,
        _EXCEPT_WITH + _PERMISSION + _SENTENCE + "{0,60}?" + _COMMERCIAL,
        # only if, or only once, the licensor agrees: "لا يكون ... التجاري جائزاً إلا إذا وافقت"
        _COMMERCIAL + _SENTENCE + r"{0,60}?(?:[اإ]لا|فقط)\s+(?:[اإ]ذا|في\s+حال|عندما|متى"
        r"|بعد\s+[اأ]ن|حين)\s+" + _SENTENCE + r"{0,30}?(?:وافق|[اأ]ذن|صرح|رخص|موافق|سمح)",
    ),
    allowed=_any(
        _ALLOW + _CLAUSE + "{0,40}?" + _COMMERCIAL,
        # a grant that includes commercial ends or is for any purpose: "بما في ذلك الأغراض
        # التجارية", "لأي غرض", "لجميع الأغراض"
        r"(?:بما\s+في\s+ذلك|بما\s+فيها|بما\s+فيه|ومنها|شاملا|يشمل)\s+"
        + _CLAUSE
        + "{0,25}?"
        + r"(?<!غير\s)(?<!غير\sال)"
        + _COMMERCIAL,
        _START + r"[وف]?(?:ل[اأ]ي|لكل|لجميع|لكافة)\s*(?:[اأ]ي\s+)?(?:غرض|الأغراض|اغراض|الاغراض)"
        r"(?!\s+(?:غير|ال)?(?:بحث|علمي|تعليمي|شخصي|[اأ]كاديمي|دراسي))(?!\s+غير)",
        # commercial and other ends (a ban in the passage prevails): "في الأعمال التجارية
        # وغيرها", "لأغراض تجارية أو غيرها"
        _COMMERCIAL + _TAIL + r"\s+(?:و|[اأ]و\s+)غير(?:ها|ه|هما|هم|\s+ذلك)",
        # "الاستخدام التجاري مسموح", "البحثي والتجاري مسموح به"
        _COMMERCIAL + r"\w*\s+(?:[اأ]يضا\s+)?(?:مسموح|جائز|متاح|مجاني|مصرح)",
    ),
    both=_any(
        # either kind, joined by "and", "or" or the "or" of a question (أم)
        _COMMERCIAL + _TAIL + r"\s+(?:و|[اأ]و\s|[اأ]م\s)\s*" + _NON_COMMERCIAL,
        _NON_COMMERCIAL + _TAIL + r"\s+(?:و|[اأ]و\s|[اأ]م\s)\s*(?:ال)?" + _COMMERCIAL,
        # whether or not commercial: "سواء كان الاستخدام تجاريا أم لا", "... أم غير ذلك"
        r"سواء" + _GAP + _COMMERCIAL + _TAIL + r"\s+(?:[اأ]م|[اأ]و)\s+(?:لا|غير)",
    ),
    # "no restrictions on commercial use": a restriction denied
    unrestricted=_any(
        r"(?:دون|بدون|بلا|لا\s+توجد|لا\s+يوجد|ليس\s+هناك|ليست\s+هناك)\s+(?:[اأ]ي\s+)?"
        r"(?:قيود|قيد|حدود|شروط)" + _GAP + _COMMERCIAL
    ),
    research=_any(
        _RESEARCH + _CLAUSE + "{0,30}?" + _ONLY,
        _CONFINED + r"\s+(?:على\s+)?" + _CLAUSE + "{0,20}?" + _RESEARCH,
        # "لا يُستخدم إلا لأغراض البحث": only by an exception to a negation
        _START + r"(?:[اإ]لا|سوى)\s+(?:في\s+|على\s+)?" + _CLAUSE + "{0,15}?" + _RESEARCH,
    ),
    personal=_any(
        r"(?:شخصي|الشخصي|الشخصية|شخصية)" + _CLAUSE + "{0,20}?" + _ONLY,
        _CONFINED + r"\s+(?:على\s+)?" + _CLAUSE + "{0,20}?شخصي",
    ),
    # monthly active users: "المستخدمين النشطين شهرياً", "مستخدم نشط شهرياً", "المستخدمين
    # النشطين الشهريين"
    mau=_any(
        r"(?:ال)?مستخدم(?:ين|ون)?\s+(?:ال)?نشط(?:ين|ون)?\s+(?:شهري|الشهري|في\s+الشهر|كل\s+شهر)"
    ),
    # revenue, turnover, sales, income: "الإيرادات السنوية", "رقم الأعمال", "حجم المبيعات"
    revenue=_any(
        r"(?:[وب]?ال)?[اإ]يرادات|(?:[وب]?ال)?[اإ]يراد(?:ه|ها|هم)?\b|(?:ال)?عائدات|رقم\s+(?:ال)?[اأ]عمال"
        r"|حجم\s+(?:ال)?(?:[اأ]عمال|مبيعات)|(?:ال)?مبيعات|(?:ال)?دخل\s+(?:ال)?سنوي"
    ),
    annual=_any(
        r"(?:ال)?سنوي(?:ة|ا|اً)?|في\s+(?:ال)?سنة|كل\s+سنة|(?:ال)?سنة\s+(?:ال)?مالية|خلال\s+العام"
    ),
    affiliates=_any(
        r"(?:الشركات|الجهات|المؤسسات|شركات|جهات)\s+(?:ال)?(?:تابعة|التابعة|شقيقة|الشقيقة)"
    ),
    laws=tuple(
        (_any(_GOVERNED + _CLAUSE + "{0,40}?(?:" + place + ")"), code)  # the place grouped
        for place, code in (
            (r"المملكة\s+العربية\s+السعودية|السعودية", "SA"),
            (
                r"الإمارات\s+العربية\s+المتحدة|الإمارات|[اإ]مارة\s+(?:دبي|أبوظبي|ابوظبي|أبو\s+ظبي|الشارقة)",
                "AE",
            ),
            (r"جمهورية\s+مصر\s+العربية|مصر", "EG"),
            (r"دولة\s+قطر|قطر", "QA"),
            (r"دولة\s+الكويت|الكويت", "KW"),
            (r"مملكة\s+البحرين|البحرين", "BH"),
            (r"سلطنة\s+عمان", "OM"),
            (r"المملكة\s+الأردنية\s+الهاشمية|الأردن", "JO"),
            (r"المملكة\s+المغربية|المغرب", "MA"),
        )
    ),
    vocabulary=_any(
        r"ترخيص|الترخيص|رخصة|الرخصة|شروط|يجوز|يحظر|محظور|ممنوع|يمنع|تجار[يةى]|ربحي|موافقة",
        r"[اإ]ذن|مسؤولية|ضمان|حقوق|اتفاقية|قيود|توزيع|يسمح|مسموح",
    ),
    restrictive=_any(
        # "لا" (not) and "إلا" (except) as words of their own, never a word's first letters
        # ("الاصطناعي", artificial: the article and a word)
        _START + r"(?:[وف]?لا(?![\u0621-\u064a])|فقط|غير|يحظر|محظور|ممنوع|يمنع|يجب"
        r"|[اإ]لا(?![\u0621-\u064a])|سوى|تجار[يةى]|ربحي|موافقة|[اإ]ذن|بشرط|شرط|يشترط|يقتصر|حصرا)"
    ),
    license_noun=_any(r"ترخيص|الترخيص|رخصة|الرخصة|شروط\s+الاستخدام|license|licence"),
    other_work=_any(
        r"مجموعة\s+البيانات|البيانات|بيانات|النموذج\s+الأساسي|النموذج\s+الأصلي|الشيفرة|الشفرة",
        r"الكود|طرف\s+ثالث|أطراف\s+ثالثة",
    ),
    this_model=_any(r"هذا\s+النموذج|النموذج(?!\s+(?:الأساسي|الأصلي))|أوزان|الأوزان"),
)

# both kinds granted by an alternative, read by its parts (`foreign_either_way`)
AR = with_either_way(AR, "ar")
