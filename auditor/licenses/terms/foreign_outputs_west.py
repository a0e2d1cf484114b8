"""Bans on training other models with the outputs in Arabic, Hebrew, Persian, Bengali and
Swahili: the words `foreign_outputs_more` reads them with (ban, outputs, distilling, training or
improving, another model), one clause holding a ban word, the outputs and distilling, or training
*another* model ("يُحظر استخدام مخرجات النموذج لتدريب نموذج آخر", "אסור להזין את התוצרים לאימון
של מודל אחר", "استفاده از خروجی‌های مدل برای آموزش مدل دیگر ممنوع است", "মডেলের আউটপুট দিয়ে অন্য
মডেল প্রশিক্ষণ দেওয়া নিষিদ্ধ", "Hairuhusiwi kutumia matokeo kufunza modeli nyingine").

Hebrew, Persian and Bengali glue prefixes to the word ("לאימון", "לזיקוק") and take no word
boundary; Arabic patterns are written without vowel marks (`foreign_cues_ar.ar_pattern`).
"""

from __future__ import annotations

import unicodedata

from auditor.licenses.terms.foreign_cues_ar import ar_pattern


def _ar(pattern: str) -> str:
    return ar_pattern(pattern).pattern


def _bn(pattern: str) -> str:
    return unicodedata.normalize("NFKC", pattern)


# language -> (ban, outputs, distil, train or improve, another model)
OUTPUT_WORDS_WEST: dict[str, tuple[str, str, str, str, str]] = {
    "ar": (
        _ar(r"لا\s+(?:يجوز|يحق|يسمح)|يحظر|يمنع|محظور|ممنوع|تحظر|تمنع"),
        _ar(r"مخرجات|نتائج|ما\s+(?:ينتجه|يولده)"),
        _ar(r"تقطير"),
        _ar(r"تدريب|تحسين|ضبط|تطوير"),
        _ar(r"نموذج\S*\s+(?:\S+\s+){0,3}?(?:[اآ]خر|منافس)|نماذج\s+(?:\S+\s+){0,2}?[اأ]خرى"),
    ),
    "he": (
        r"אסור|חל\s+איסור|אין\s+ל|(?:^|\s)לא\s+(?:ניתן|מותר)",
        r"תוצר|פלט",
        r"זיקוק|לזקק|דיסטיל",
        r"אימון|לאמן|כוונון|לכוונן|שיפור|לשפר",
        r"מודל\S*\s+(?:\S+\s+){0,3}?(?:אחר|אחרים|אחרת|מתחר\S*)|כל\s+מודל",
    ),
    "fa": (
        r"ممنوع|مجاز\s+نیست|نباید",
        r"خروجی|نتایج|تولیدات",
        r"تقطیر",
        r"آموزش|تنظیم\s+دقیق|بهبود",
        r"مدل\S*\s+(?:\S+\s+){0,3}?(?:دیگر|رقیب)",
    ),
    "bn": (
        _bn(r"নিষিদ্ধ|যাবে\s+না|করবেন\s+না|পারবেন\s+না"),
        _bn(r"আউটপুট|ফলাফল"),
        _bn(r"ডিস্টিল"),
        _bn(r"প্রশিক্ষণ|প্রশিক্ষিত|ট্রেনিং|উন্নত"),
        _bn(r"অন্য\s+(?:কোনো\s+)?(?:\S+\s+){0,2}?মডেল"),
    ),
    "sw": (
        r"\b(?:hairuhusiwi|marufuku|usitumie|haipaswi)\b",
        r"\b(?:matokeo|majibu)\b",
        r"\bdistil\w*",
        r"\b(?:kufunza|kufundisha|kuboresha|mafunzo)\b",
        r"\bmodeli\s+(?:\w+\s+)?(?:nyingine|zingine|shindani)\b",
    ),
}
