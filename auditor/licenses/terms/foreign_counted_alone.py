"""A counting rule leaving the licensee's affiliates out of a cap, in Turkish, Hindi, Bengali,
Tamil, Arabic, Hebrew, Persian and Gujarati ("iştiraklerin satışları eklenmez", "सहयोगी
कंपनियों का राजस्व नहीं जोड़ा जाएगा", "সহযোগী প্রতিষ্ঠানের আয় যোগ করা হবে না", "துணை நிறுவனங்களின் வருவாய்
சேர்க்கப்படாது", "لا تضاف إيرادات الشركات التابعة", "הכנסות חברות קשורות אינן נכללות", "درآمد
شرکت‌های وابسته افزوده نمی‌شود"): the cap counts the licensee alone, as it reads without the rule.
Latvian too ("Saistīto uzņēmumu produktu lietotāji netiek skaitīti").

For `foreign_zh_across.with_counting_rules` (which reads Chinese, Japanese and Korean so): per
language, the affiliates named, the word leaving them out, and the measure (revenue, else users).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["COUNTED_ALONE", "left_out_after"]

_I = re.IGNORECASE
COUNTED_ALONE: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {
    "tr": (
        lazy_pattern(r"\b(?:iştirak|bağlı\s+(?:şirket|ortaklık)|grup\s+şirket|topluluk\s+şirket)"
                     r"\w*", _I),
        lazy_pattern(r"\b(?:eklenmez|eklenmemektedir|dahil\s+edilmez|katılmaz|sayılmaz|hariç\w*"
                     r"|dikkate\s+alınmaz)", _I),
        lazy_pattern(r"\b(?:ciro|gelir|hasılat|satış)\w*", _I),
    ),
    "hi": (
        lazy_pattern(r"सहयोगी|संबद्ध|सहायक\s+कंपनि|समूह\s+(?:की\s+)?कंपनि"),
        lazy_pattern(r"नहीं\s+(?:जोड़|जोड़|गिन)|शामिल\s+नहीं|छोड़कर|छोड़कर|अलग\s+से\s+गिन"),
        lazy_pattern(r"राजस्व|आय|कारोबार|टर्नओवर"),
    ),
    "bn": (
        lazy_pattern(r"সহযোগী|অধীনস্থ|গ্রুপ(?:ের)?\s+প্রতিষ্ঠান"),
        lazy_pattern(r"যোগ\s+(?:করা\s+)?হবে\s+না|গণনা\s+করা\s+হবে\s+না|অন্তর্ভুক্ত\s+(?:নয়|হবে\s+না)"
                     r"|বাদে|বাদ\s+দিয়ে"),
        lazy_pattern(r"আয়|রাজস্ব|টার্নওভার"),
    ),
    "ta": (
        lazy_pattern(r"துணை\s*நிறுவன|இணை\s*நிறுவன|குழும"),
        lazy_pattern(r"சேர்க்கப்படாது|சேர்க்கப்படமாட்டாது|கணக்கில்\s+கொள்ளப்படாது|தவிர்த்து"),
        lazy_pattern(r"வருவாய்|வருமான|விற்றுமுதல்"),
    ),
    "ar": (
        lazy_pattern(r"(?:الشركات|الجهات|المؤسسات)\s+(?:التابعة|الشقيقة)|التابعة\s+له"),
        lazy_pattern(r"لا\s+(?:تضاف|يضاف|تحتسب|يحتسب|تدخل|يدخل)|دون\s+(?:احتساب|إضافة)|باستثناء"),
        lazy_pattern(r"[اإ]يراد|مبيعات|دخل"),
    ),
    "he": (
        lazy_pattern(r"חברות\s+(?:קשורות|בנות|אחיות)|תאגידים\s+קשורים|חברות\s+הקבוצה"),
        lazy_pattern(r"אינ(?:ן|ם)\s+(?:נכלל|נספר|מצטרפ)|לא\s+(?:יכלל|ייכלל|יצורף|יצורפו|ייספר|ייספרו)"
                     r"|למעט|בלי\s+לכלול"),
        lazy_pattern(r"מחזור|הכנס"),
    ),
    "fa": (
        lazy_pattern(r"شرکت(?:‌|\s)?های\s+(?:وابسته|تابعه)|وابستگان"),
        lazy_pattern(r"افزوده\s+نمی|محاسبه\s+نمی|منظور\s+نمی|به\s+جز|بدون\s+احتساب"),
        lazy_pattern(r"درآمد|فروش|گردش\s+مالی"),
    ),
    # gu: "સંલગ્ન કંપનીઓના વપરાશકર્તાઓ ગણવામાં આવશે નહીં"
    "gu": (
        lazy_pattern(r"સહયોગી\s+કંપની|સંલગ્ન\s+કંપની|પેટાકંપની|જૂથ(?:ની)?\s+કંપની"),
        lazy_pattern(r"(?:ગણવામાં|ઉમેરવામાં|ગણતરીમાં\s+લેવામાં)\s+આવશે\s+નહીં|સમાવેશ\s+થશે\s+નહીં"
                     r"|સિવાય|બાદ\s+કરતાં|ને\s+બાદ\s+કરીને"),
        lazy_pattern(r"આવક|ટર્નઓવર|મહેસૂલ"),
    ),
    # lv: "Saistīto uzņēmumu produktu lietotāji netiek skaitīti"
    "lv": (
        lazy_pattern(r"\b(?:saistīt\w*|meitas|grupas)\s*uzņēmum\w*|\bmeitasuzņēmum\w*", _I),
        lazy_pattern(r"\bnetiek\s+(?:\w+\s+)?(?:skaitīt|ieskaitīt|pieskaitīt|ņemt)\w*|\bneieskaita\w*"
                     r"|\bizņemot\b", _I),
        lazy_pattern(r"\b(?:ieņēmum|apgrozījum)\w*", _I),  # revenue; else users
    ),
}  # fmt: skip


def left_out_after(after: str) -> bool:
    """Whether the words after the affiliates named leave them out, in these languages (for
    `foreign_caps.cap_counts`: "सहयोगी कंपनियों का राजस्व शामिल नहीं है")."""
    return any(left_out.search(after) is not None for _, left_out, _ in COUNTED_ALONE.values())
