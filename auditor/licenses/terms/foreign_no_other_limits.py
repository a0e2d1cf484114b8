"""A sentence saying that use is limited in no other way ("除本款外，对用途不设其他限制",
"前条の場合を除き、利用目的に制限はありません", "제2조의 경우 외에는 이용 목적에 제한이 없다",
"इसके अतिरिक्त कोई अन्य प्रतिबंध नहीं है", "এ ছাড়া আর কোনো বিধিনিষেধ নেই", "வேறு எந்தக் கட்டுப்பாடும்
இல்லை", "لا توجد قيود أخرى على الاستخدام", "אין הגבלה נוספת על השימוש", "هیچ محدودیت دیگری وجود
ندارد", "başka hiçbir kısıtlama yoktur"): it states no term; the limits it leaves standing are
read in their own sentences.

A restriction denied, and nothing else: once the denial and the exception it names ("除…外",
"を除き", "외에는", "except …") are set aside, a ban, a limit or a condition left in the sentence
("但不得…", "ただし…のみ", "다만 … 금지") keeps it for the term readers (or unread). For
`foreign_no_term_west.states_no_term_west` (every language of this group passes there).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["no_other_limits"]

# a restriction denied, "other" or "further" said or not
_DENIED = lazy_pattern(
    # zh (simplified and traditional)
    r"(?:不设|不設|没有|沒有|并无|並無|别无|別無|无|無|不另设|不另設|不另|不受)(?:任何)?"
    r"(?:其他|其它|另外|额外|額外|别的|別的|更多)?的?(?:限制|约束|約束|限定)"
    # ja: 制限はありません, その他の制限は設けません
    r"|(?:その他の|それ以外の|他の|ほかの)?(?:制限|制約)(?:は|が|を)?(?:一切)?(?:ありません|ない|なし"
    r"|設けません|設けない|課しません|課さない)"
    # ko: 제한이 없다, 그 밖의 제한을 두지 않는다
    r"|(?:제한|제약)(?:이|은|을|도)?\s*(?:전혀\s*)?(?:없다|없습니다|없음|두지\s*않(?:는다|습니다)"
    r"|가하지\s*않(?:는다|습니다))"
    # hi, bn, ta
    r"|(?:कोई\s+)?(?:अन्य|और|अतिरिक्त)\s+(?:प्रतिबंध|सीमा|रोक|पाबंदी)\s+नहीं"
    r"|(?:আর\s+)?(?:কোনো|কোন)\s+(?:অন্য\s+)?(?:বিধিনিষেধ|সীমাবদ্ধতা|নিষেধাজ্ঞা)\s+নেই"
    r"|வேறு\s+(?:எந்தக்?\s+|எந்த\s+)?(?:கட்டுப்பாடு|வரம்பு)\w*\s+(?:எதுவும்\s+)?இல்லை"
    # ar, he, fa, tr
    r"|(?:لا\s+(?:توجد|يوجد)|ليس\s+هناك|ولا\s+(?:توجد|يوجد))\s+(?:أي\s+|اي\s+)?(?:قيود|قيد)\s+"
    r"(?:أخرى|اخرى|إضافية|اضافية)"
    r"|אין\s+(?:כל\s+|שום\s+)?הגבל(?:ה|ות)\s+(?:נוספת|נוספות|אחרת|אחרות)"
    r"|(?:هیچ\s+)?محدودیت\s+(?:دیگری|دیگر|اضافی|اضافه‌ای)\s+(?:\S+\s+){0,3}?(?:وجود\s+ندارد|نیست|ندارد)"
    r"|\b(?:başka|ek|diğer|ilave)\s+(?:hiçbir\s+)?(?:kısıtlama|sınırlama|yasak)\w*\s+"
    r"(?:\w+\s+)?(?:yoktur|yok|getirilmemiştir|getirilmez|bulunmamaktadır|uygulanmaz)"
)
# the exception the sentence names: the clause or the cases it leaves standing
_EXCEPT = lazy_pattern(
    r"除[^，,。]{0,20}?(?:外|以外|之外)|[^、，,。]{0,20}?(?:を除き|を除いて|を除くほか|の場合を除き)"
    r"|[^,.]{0,30}?(?:외에는|외에|제외하고는|제외하고|이외에는)"
    r"|[^,.]{0,40}?(?:के\s+अतिरिक्त|के\s+अलावा|ছাড়া|தவிர|غير\s+ما|سوى\s+ما|باستثناء|מלבד|למעט"
    r"|جز|به\s+استثنای|dışında|haricinde)"
)
# a ban, a limit or a condition left in the sentence (each language of the group)
_RESTRICTS = lazy_pattern(
    r"不得|禁止|严禁|嚴禁|须|須|需|仅|僅|只|方可|应当|應當|非商|非营|非營"
    r"|のみ|限り|限る|必要|ただし|但し|禁じ|なりません"
    r"|금지|안\s*됩|아니\s*된|만\s|한하|한정|필요|다만|동의|승인"
    r"|केवल|सिर्फ|वर्जित|निषिद्ध|শুধু|নিষিদ্ধ|மட்டும்|தடை"
    r"|فقط|يحظر|لا\s+يجوز|ممنوع|רק|אסור|בלבד|فقط|ممنوع|ولی|اما|\byalnız|\bsadece|\byasak(?!\w*\s+yok)"
)


def no_other_limits(text: str) -> bool:
    """Whether `text` only says use is limited in no other way (module docstring)."""
    denied = _DENIED.search(text)
    if denied is None:
        return False
    rest = _EXCEPT.sub(" ", _DENIED.sub(" ", text))
    return _RESTRICTS.search(rest) is None
