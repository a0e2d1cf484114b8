"""A grant that takes business use in, in Arabic, Hebrew, Persian, Turkish, Hindi, Bengali, Urdu
and Tamil, for `foreign_grants.any_purpose_grant`; and a plain grant of acts in those languages,
for `foreign_no_term` (read as `foreign_grants_north` reads the northern languages).

Word tables of each language (`_Words`), in any order within one clause (a clause ends at a full
stop, a danda, an Urdu or Arabic stop or a semicolon):

- business use (`business`): commercial or trade ends, a business, profit or a fee earned
  ("منتجات يتقاضى عنها أجراً", "עסק שמרוויח", "کسب‌وکار", "kâr amacı", "व्यावसायिक उपयोग",
  "ব্যবসার কাজ", "کاروباری", "வணிக");
- taken in by an "also" or "including" beside it (`also`: "أيضاً", "גם", "از جمله", "dahil",
  "भी", Bengali and Tamil suffixes "-ও", "-உம்", "سمیت"), in a clause that grants, permits
  or says the right applies (`permits`);
- simply permitted in one clause ("للمرخص له أن ... يبني منتجات بأجر");
- a use whatever its purpose (`any`: "לא משנה מה המטרה", "أياً كان الغرض", "amacı ne olursa
  olsun", "उद्देश्य चाहे जो हो"), in a grant, or beside business use named.

A clause with a negation or an exception (`negation`), an "only" or a condition (`condition`)
takes nothing in; the cues of its language read it. Words saying no permission is needed
("אין צורך לבקש רשות", "नियम ... अनुमति की आवश्यकता नहीं") are set aside first.

A plain grant (`is_plain_grant_west`): a grant word and two acts (use, copy, modify, pass on)
in a passage with no business word, no purpose, no negation and no condition: it states no
term, as the English rules read it (its limits stand in their own passages).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern

__all__ = ["is_plain_grant_west", "takes_in_business_west"]


@dataclass(frozen=True, slots=True)
class _Words:
    business: str
    also: str  # also, including: before or after the business words (either order is tried)
    permits: str  # a grant, a permission, the right applying
    any: str  # whatever the purpose
    negation: str
    condition: str
    unneeded: str  # no permission needed: set aside first
    acts: str  # use, copy, modify, distribute (a plain grant names two)
    purpose: str = r"(?!)"  # a purpose or a measure narrowing a plain grant


def _ar(pattern: str) -> str:
    return ar_pattern(pattern).pattern


_WORDS: dict[str, _Words] = {
    "ar": _Words(
        business=_ar(
            r"(?<!غير\s)(?<!غير\sال)تجار[يةى]|ربح|[اأ]رباح|(?:ب|ي?تقاضى\s+\S+\s+)[اأ]جر"
            r"|مقابل\s+(?:مادي|[اأ]جر|رسوم)|مدفوع[ةه]?|(?:منتجات|خدمات)\s+(?:\S+\s+){0,2}?"
            r"(?:يبيعها|تباع|بمقابل|تدر)|[اأ]عمال\s*(?:ه|ها|هم)?\s+التجارية"
        ),
        also=_ar(r"[اأ]يضا|كذلك|بما\s+في\s+ذلك|بما\s+فيها|ومنها|شاملا|حتى"),
        permits=_ar(
            r"يجوز|يحق|يسمح|مسموح|يرخص|ترخص|تمنح|يمنح|تأذن|يأذن|يسري|يشمل|الحق|بوسع|بإمكان|يمكن"
            # "للمرخص له أن يستعمل": the licensee may
            r"|ل\S{2,14}\s+(?:ل\S{1,3}\s+)?[اأ]ن\s+[يت]"
        ),
        any=_ar(
            r"[اأ]يا\s+كان\s+(?:ال)?(?:غرض|هدف)|مهما\s+كان\s+(?:ال)?(?:غرض|هدف)"
            r"|بغض\s+النظر\s+عن\s+(?:ال)?(?:غرض|هدف)|[اأ]يا\s+كانت\s+(?:ال)?غاية"
        ),
        negation=_ar(
            r"(?<![\u0621-\u064a])(?:[وف]?لا\s+(?:يجوز|يحق|يشمل|يسري|يسمح|يمتد)|يحظر|يمنع|محظور"
            r"|ممنوع|باستثناء|عدا|سوى|غير\s+(?:مسموح|مشمول|مصرح|جائز))"
        ),
        condition=_ar(
            r"فقط|حصرا|بشرط|شريطة|موافق[ةه]|[اإ]ذن|(?<![\u0621-\u064a])[اإ]لا\s|يجب|يتطلب|يشترط"
            r"|يلزم|لزم"
        ),
        unneeded=_ar(
            r"(?:دون|بلا|لا)\s+(?:حاجة|داعي)\s+(?:[اإ]لى\s+)?\S*\s*(?:[اإ]ذن|موافق\S*|ترخيص)"
        ),
        acts=_ar(r"يستعمل|يستخدم|ينسخ|يعدل|يوزع|استعمال|استخدام|نسخ|تعديل|توزيع|تشغيل"),
        purpose=_ar(r"غرض|[اأ]غراض|بحث|تعليم|شخصي|منطق[ةه]|داخل|ضمن"),
    ),
    "he": _Words(
        business=r"(?<!לא\s)(?<!לא-)(?<!בלתי\s)מסחרי|עסק|רווח|מרוויח|בתשלום|תמורת\s+כסף",
        also=r"(?:^|\s)(?:גם|לרבות|כולל|ובכלל\s+זה)(?:\s|$)",
        permits=r"מותר|רשאי|ניתן|מתיר|מעניק|הרישיון|ההרשאה|(?:^|\s)(?:חל|חלה)(?:\s|$)|בסדר",
        any=r"לא\s+משנה\s+(?:מה|לאיזו|איזו)\s+(?:ה)?(?:מטרה|תכלית)|בלי\s+קשר\s+ל(?:ה)?מטרה"
        r"|(?:תהא|תהיה|יהא)\s+(?:ה)?(?:מטרה|תכלית|שימוש)\s+אשר\s+(?:תהא|יהא)"
        r"|יהיה\s+(?:ה)?שימוש\s+אשר\s+יהיה",
        negation=r"אסור|איסור|(?:^|\s)(?:לא|אין|אינו|אינה)\s|למעט|פרט\s+ל|חוץ\s+מ",
        condition=r"(?:^|\s)רק\s|בלבד|בתנאי|בכפוף|באישור|בהסכמ|נדרש|חייב|טעון|מותנ",
        unneeded=r"(?:אין|בלי|ללא)\s+(?:כל\s+)?צורך\s+[^.;]{0,30}?(?:רשות|אישור|הסכמה|לבקש)"
        r"(?:[^.;]{0,15}?או\s+לדווח)?",
        acts=r"להפעיל|להשתמש|להעתיק|לשנות|להפיץ|לשכפל|להתאים",
        purpose=r"מטר|לצורך|מחקר|אישי|(?:^|\s)ב(?:ישראל|שטח)",
    ),
    "fa": _Words(
        business=r"(?<!غیر)(?<!غیر\s)تجاری|کسب\s*و\s*کار|سود|انتفاعی|پولی",
        also=r"از\s+جمله|حتی|(?:^|\s)(?:هم|نیز)(?:\s|$)|شامل",
        permits=r"اجازه\s+(?:می|داده)|مجاز|می\s*توان|حق|مجوز\s+(?:می|داده)|آزاد",
        any=r"هدف\s+(?:هر\s+چه|هرچه)\s+باشد|صرف\s*نظر\s+از\s+(?:هدف|منظور)|(?:با|به)\s+هر\s+(?:هدف|منظور)ی?\s+که",
        negation=r"(?:^|\s)نه\s|نمی|نیست|ممنوع|به\s+جز|(?:^|\s)جز\s|مگر",
        condition=r"فقط|تنها|صرفا|مشروط|منوط|به\s+شرط|موافقت|اجازه\s+(?:کتبی|قبلی)|نیاز|لازم|باید"
        r"|الزامی",
        unneeded=r"(?:نیازی|لزومی)\s+به\s+[^.;]{0,25}?نیست|بدون\s+نیاز\s+به\s+\S+(?:\s+\S+)?",
        acts=r"اجرا|تکثیر|ویرایش|بازتوزیع|استفاده|تغییر|کپی|توزیع",
        purpose=r"منظور|مقاصد|هدف|پژوهش|شخصی|(?:^|\s)در\s+ایران",
    ),
    "tr": _Words(
        business=r"\bticari\w*|\bkâr\s+amac\w*|\bkar\s+amac\w*|\bkazanç\w*|\bücretli\b"
        r"|\bgelir\s+elde",
        also=r"\bdahil\b|\bdâhil\b|\bdahi\b|\bkapsar\b|\bde\b|\bda\b|\bbile\b",
        permits=r"\b(?:hak\w*|izin\s+ver\w*|serbest\w*|kullanabilir\w*|geçerli\w*|tanır\w*"
        r"|kullanılabilir\w*)",
        any=r"\bamac\w*\s+ne\s+olursa\s+olsun|\bhangi\s+amaçla\s+olursa\s+olsun"
        r"|\bamaç\w*\s+(?:gözetmeksizin|fark\s+etmeksizin|bakılmaksızın)",
        negation=r"\b(?:değil\w*|hariç|yasak\w*|dışında|\w+(?:amaz|emez|mez|maz))\b",
        condition=r"\b(?:yalnızca|sadece|şartıyla|koşuluyla|izniyle|onay\w*|iznine|gerek\w*|zorunlu\w*"
        r"|bağlıdır)\b",
        unneeded=r"\b(?:izin|onay)\w*\s+(?:\w+\s+){0,2}?(?:gerek\s+yok|gerekmez|gerekmemektedir)",
        acts=r"\b(?:kullanma|çoğaltma|uyarlama|dağıtma|değiştirme|kopyalama)\w*",
        purpose=r"\bamaç\w*|\baraştırma\w*|\bkişisel\b",
    ),
    "hi": _Words(
        business=r"व्यावसायिक|वाणिज्यिक|व्यापारिक|कारोबार|मुनाफ|कमाई|सशुल्क|व्यवसाय",
        also=r"भी|सहित|समेत|शामिल",
        permits=r"अधिकार|अनुमति\s+(?:देत|दी)|लागू|सकत|स्वतंत्र",
        any=r"(?:उद्देश्य|प्रयोजन|मकसद)\s+(?:चाहे\s+)?(?:जो|कोई|कुछ)\s+(?:भी\s+)?हो"
        r"|चाहे\s+(?:\S+\s+){0,2}?(?:उद्देश्य|प्रयोजन)\s+(?:जो|कोई|कुछ)",
        negation=r"नहीं|(?:^|\s)न\s|सिवाय|छोड़कर|वर्जित|निषिद्ध|अलावा",
        condition=r"केवल|सिर्फ|मात्र|शर्त|सहमति|स्वीकृति|अनुमति\s+(?:से|लेकर|लेनी|लेना)|आवश्यक|ज़?रूरी",
        unneeded=r"(?:अनुमति|स्वीकृति|सहमति)\s+(?:\S+\s+){0,2}?(?:आवश्यकता|ज़रूरत|जरूरत)\s+नहीं",
        acts=r"उपयोग|प्रयोग|प्रतियाँ|प्रति\s+बना|बदल|बाँट|बांट|वितरण|संशोधन",
        purpose=r"उद्देश्य|प्रयोजन|शोध|अनुसंधान|व्यक्तिगत|भारत\s+में",
    ),
    "bn": _Words(
        business=r"(?<!অ)(?<!অ-)বাণিজ্যিক|ব্যবসা|মুনাফা|লাভ|আয়\s*(?:করা|উপার্জন)",
        # the suffix "-ও" (also) on the business word itself, or "সহ" (with)
        also=r"(?<=\S)ও(?=\s)|সহ|অন্তর্ভুক্ত",
        permits=r"অধিকার|অনুমতি\s+(?:দিচ্ছে|দেওয়া|দেয়)|খাটে|প্রযোজ্য|পারেন|পারবেন|যাবে(?!\s+না)",
        any=r"উদ্দেশ্য\s+যা\s*-?\s*ই\s+(?:হোক|থাকুক)|যে\s+উদ্দেশ্যেই\s+হোক",
        negation=r"(?:^|\s)(?:না|নয়|নেই|নহে)(?:\s|$|।)|ছাড়া|বাদে|নিষিদ্ধ",
        condition=r"কেবল|শুধু|মাত্র|শর্তে|সম্মতি|অনুমোদন|প্রয়োজন|লাগবে|নিতে\s+হবে",
        unneeded=r"(?:অনুমতি|সম্মতি|অনুমোদন)\S*\s+(?:\S+\s+){0,2}?(?:প্রয়োজন|দরকার)\s+নেই",
        acts=r"ব্যবহার|অনুলিপি|পরিবর্তন|বিতরণ|চালানো",
        purpose=r"উদ্দেশ্য|গবেষণা|ব্যক্তিগত|সীমানা",
    ),
    "ur": _Words(
        business=r"(?<!غیر)(?<!غیر\s)تجارتی|کاروبار|منافع|نفع|کمائی",
        also=r"(?:^|\s)(?:بھی|بشمول|سمیت|شامل)(?:\s|$)",
        permits=r"اجازت\s+(?:دیت|دی)|حق|لاگو|جائز|سکت",
        any=r"مقصد\s+(?:کچھ|جو|کوئی)\s+بھی\s+ہو|کسی\s+بھی\s+مقصد",
        negation=r"نہیں|(?:^|\s)نہ\s|سوائے|ممنوع|علاوہ",
        condition=r"(?:^|\s)(?:صرف|محض|فقط)\s|شرط|منظوری|رضامندی|ضروری|لازم|درکار",
        unneeded=r"(?:اجازت|منظوری)\s+(?:\S+\s+){0,2}?(?:ضرورت|ضروری)\s+نہیں",
        acts=r"استعمال|نقل|ترمیم|تقسیم",
        purpose=r"مقصد|مقاصد|تحقیق|ذاتی",
    ),
    "ta": _Words(
        business=r"(?<!வணிகம்\s)வணிக(?!ம்\s+சாரா)|வியாபார|லாப|தொழில்|கட்டணம்\s+பெறும்",
        also=r"ும்(?=\s)|உட்பட|சேர்த்து",
        permits=r"உரிமை|அனுமதி(?:க்கிற|க்க|\s+வழங்கு)|பொருந்தும்|பயன்படுத்தலாம்|வழங்குகிற",
        any=r"எந்த\s+நோக்கத்திற்காகவும்|நோக்கம்\s+எதுவாக\s+இருந்தாலும்",
        negation=r"இல்லை|கூடாது|தவிர|பொருந்தாது|முடியாது|தடை",
        condition=r"மட்டும்|நிபந்தனை|ஒப்புதல்|வேண்டும்|தேவை(?!யில்லை)",
        unneeded=r"(?:அனுமதி|ஒப்புதல்)\s+(?:\S+\s+){0,2}?தேவையில்லை",
        acts=r"பயன்படுத்த|நகலெடு|மாற்ற|விநியோகி",
        purpose=r"நோக்க|ஆராய்ச்சி|தனிப்பட்ட",
    ),
}  # fmt: skip

# words of the same clause: a clause ends at a stop, a danda, an Urdu or Arabic stop, a semicolon
_CLAUSE_END = r"[.;!?؛।۔]"
_GAP = r"[^.;!?؛।۔]{0,40}?"


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(_CLAUSE_END, text) if c.strip()]


def _takes_in(words: _Words, clause: str) -> bool:
    business = _p(words.business)
    if not business.search(clause):
        return (
            _p(words.any).search(clause) is not None
            and _p(words.permits).search(clause) is not None
        )
    also = (
        f"(?:{words.also}){_GAP}(?:{words.business})|(?:{words.business})\\S*{_GAP}(?:{words.also})"
    )
    if _p(also).search(clause) or _p(words.any).search(clause):
        return True  # taken in by an "also", or whatever the purpose with business named
    return _p(words.permits).search(clause) is not None  # business use simply permitted


def takes_in_business_west(text: str) -> bool:
    """Whether a passage grants a use that takes business use in (module docstring)."""
    for words in _WORDS.values():
        text_less = _p(words.unneeded).sub(" ", text)
        for clause in _clauses(text_less):
            rest = _p(words.any).sub(" ", clause)  # "לא משנה": no negation of the grant
            if _p(words.negation).search(rest) or _p(words.condition).search(rest):
                continue
            if _takes_in(words, clause):
                return True
    return False


def is_plain_grant_west(text: str) -> bool:
    """Whether a passage only grants acts on the model, naming no business use, purpose,
    negation or condition (module docstring)."""
    for words in _WORDS.values():
        if not _p(words.permits).search(text) or len(_p(words.acts).findall(text)) < 2:
            continue
        if any(
            _p(w).search(text)
            for w in (words.business, words.negation, words.condition, words.purpose)
        ):
            continue
        return True
    return False
