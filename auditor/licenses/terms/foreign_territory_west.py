"""A licence confined to named places in Arabic, Hebrew, Persian, Turkish, Bengali, Swahili and
Tamil, for `terms.foreign`: a territory defined by its places or by a group of states ('«الإقليم» هو
أراضي الدول الأعضاء في مجلس التعاون لدول الخليج العربية', '"שטח הרישיון" – שטחה של מדינת
ישראל', '"Lisans Bölgesi": Türkiye Cumhuriyeti'), read with a passage that bans use, or leaves
it out of the licence, outside it ("كل استعمال ... خارج الإقليم ... لا يشمله هذا الترخيص", "אין
להריץ את המודל מחוץ לשטח הרישיון", "Lisans Bölgesi dışında kullanılamaz"), or outside named
places ("خارج المملكة العربية السعودية", "מחוץ לישראל").

Such a clause names the places where use is licensed: an `excluded_use_territories` clause marked
`within` (`model.terms.TerritorialClause`), judged against the places a deployment runs in or
serves. A group stands for its members (the Gulf Cooperation Council: its six states; the East
African Community: its members; the European Union: `EU`). The definition is read with the
passage that uses it; a reference to a territory no passage defines, naming no place, stays
unread. A territory said to consist of places, unquoted ("تتألف منطقة الترخيص من: دولة الكويت،
..."), is read with a passage right after it banning use outside them ("ولا يمتد الترخيص إلى
تشغيل النموذج ... خارجها"). Licensees left out by where they are based are read here too
(`foreign_domiciles_west`). The patterns hold the words of each language (`_WORDS`), Arabic
written without vowel marks (`foreign_cues_ar.ar_pattern`), Bengali NFKC as the passages are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_banned_places_west import banned_places_west
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_domiciles_west import withheld_domiciles_west
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["territory_west"]

_GCC = ("AE", "BH", "KW", "OM", "QA", "SA")
_EAC = ("BI", "CD", "KE", "RW", "SO", "SS", "TZ", "UG")  # the East African Community, 2024


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's words: places (a group as its members), a territory's noun in a defined
    term, the verb or mark defining it, a ban or "not covered", and "outside"."""

    places: tuple[tuple[str, tuple[str, ...]], ...]
    territory: str
    defines: str
    ban: str
    outside: str
    only: str = r"(?!)"  # use confined to the places in `where` ("داخل دول ... فقط")
    back: str = r"(?!)"  # outside the places just named ("خارج هذه الدول", "מחוץ להן")
    use: str = r"(?!)"  # a word of use or of the licence, beside an "only"
    law: str = r"(?!)"  # a law or a court named: its place confines no use
    lists: str = r"(?!)"  # a territory said to consist of places ("تتألف منطقة الترخيص من:")


def _ar(pattern: str) -> str:
    return ar_pattern(pattern).pattern


_WORDS: dict[str, _Words] = {
    "ar": _Words(
        places=tuple(
            (_ar(p), codes)
            for p, codes in (
                (r"مجلس\s+التعاون(?:\s+لدول\s+الخليج(?:\s+العربية)?|\s+الخليجي)?|دول\s+الخليج"
                 r"(?:\s+العربية)?", _GCC),
                (r"الإمارات|الامارات", ("AE",)), (r"البحرين", ("BH",)),
                (r"السعودية|المملكة\s+العربية\s+السعودية", ("SA",)),
                (r"عمان(?!\s+الأردن)", ("OM",)),
                (r"قطر", ("QA",)), (r"الكويت", ("KW",)), (r"الأردن|الاردن", ("JO",)),
                (r"مصر", ("EG",)), (r"العراق", ("IQ",)), (r"لبنان", ("LB",)), (r"المغرب", ("MA",)),
                (r"الجزائر", ("DZ",)), (r"تونس", ("TN",)), (r"الاتحاد\s+الأوروبي", ("EU",)),
                (r"الولايات\s+المتحدة", ("US",)), (r"كندا", ("CA",)),
            )
        ),
        territory=_ar(r"[اإ]قليم|منطق[ةه]|النطاق|نطاق|[اأ]راضي|الأراضي"),
        defines=r"\s*(?:هو|هي|يعني|تعني|:|[-–—])",
        ban=_ar(r"لا\s+(?:يجوز|يشمل|يسري|يغطي|يحق|يمتد|ينسحب)|يحظر|محظور|ممنوع|غير\s+(?:مشمول|مسموح|مرخص)"
                r"|خارج\s+نطاق\s+(?:هذا\s+)?الترخيص"),
        outside=_ar(r"خارج\s+(?:حدود\s+)?"),
        only=_ar(
            r"(?:داخل|في|ضمن)\s+(?P<where>[^.؛]{2,120}?)\s+(?:فقط|حصرا)"
            r"|(?:[اإ]لا|حصرا|فقط)\s+(?:داخل|في|ضمن)\s+(?P<where2>[^.؛،]{2,120})"
        ),
        back=_ar(r"خارج\s+(?:هذه|تلك|هذا|ذلك)\s+\S+|خارجها"),
        use=_ar(r"استخدام|استعمال|تشغيل|الترخيص|يرخص|يسري|تقديم"),
        law=_ar(r"قانون|قوانين|[اأ]نظمة|تشريع|محاكم|محكم[ةه]"),
        lists=_ar(r"تت[اأ]لف|تتكون|تشمل|تضم|تنحصر\s+في|عبارة\s+عن"),
    ),
    "he": _Words(
        places=(
            (r"ישראל", ("IL",)), (r"קפריסין", ("CY",)), (r"ירדן", ("JO",)), (r"מצרים", ("EG",)),
            (r"האיחוד\s+האירופי", ("EU",)), (r"ארצות\s+הברית|ארה\"?ב", ("US",)),
            (r"יוון", ("GR",)), (r"טורקיה", ("TR",)),
        ),
        territory=r"שטח|טריטורי|אזור|תחום",
        defines=r"\s*(?:[-–—:]|פירושו|משמעו|הוא|היא)",
        ban=r"אין\s+ל|אסור|(?:^|\s)לא\s+(?:יחול|חל|ניתן|מותר)|אינו\s+(?:חל|מכסה)",
        outside=r"מחוץ\s+ל?",
        only=r"(?:רק|אך\s+ורק)\s+(?:ב|בתוך\s+|בתחומי\s+)(?P<where>[^.;,]{2,60})"
        r"|(?:ב|בתחומי\s+)(?P<where2>[^.;,]{2,60}?)\s+בלבד",
        back=r"מחוץ\s+(?:להן|לה|לו|להם|למדינות\s+אלה|לאזור\s+זה)",
        use=r"שימוש|להשתמש|להפעיל|הרישיון|לספק",
        law=r"דיני|חוקי|בית\s+(?:ה)?משפט|בתי\s+(?:ה)?משפט",
        lists=r"כולל|כוללת|מורכב\S*|משתרע\S*",
    ),
    "fa": _Words(
        places=(
            (r"ایران", ("IR",)), (r"افغانستان", ("AF",)), (r"تاجیکستان", ("TJ",)),
            (r"ترکیه", ("TR",)), (r"عراق", ("IQ",)), (r"اتحادیه\S*\s+اروپا", ("EU",)),
        ),
        territory=r"قلمرو|منطقه|محدوده|سرزمین",
        defines=r"\s*(?:یعنی|عبارت\s+است\s+از|:|[-–—])",
        ban=r"ممنوع|مجاز\s+نیست|نباید|شامل\s+نمی|اجازه\s+ندار",
        outside=r"خارج\s+از\s+",
        only=r"(?:فقط|تنها|صرفا)\s+(?:در|داخل)\s+(?P<where>[^.;،]{2,60})",
        back=r"خارج\s+از\s+(?:این|آن)\s+\S+",
        use=r"استفاده|اجرا|مجوز|معتبر",
        law=r"قوانین|قانون|دادگاه",
        lists=r"شامل|عبارت\s+است\s+از|تشکیل|متشکل",
    ),
    "tr": _Words(
        places=(
            (r"\bTürkiye\w*", ("TR",)), (r"\bKıbrıs\w*", ("CY",)),
            (r"\bAzerbaycan\w*", ("AZ",)), (r"\bAvrupa\s+Birliği\w*", ("EU",)),
            (r"\bAlmanya\w*", ("DE",)),
        ),
        territory=r"\b(?:bölge|ülke|alan|toprak)\w*",
        defines=r"\s*(?:ifadesi|terimi)?\s*(?:[-–—:]|\w*\s+anlamına\s+gelir|\bdemektir)",
        ban=r"\b(?:kullanılamaz|yasak\w*|izin\s+verilmez|kapsam\w*\s+dışında|kapsamaz"
        r"|sunulamaz|çalıştırılamaz)",
        outside=r"(?P<before>\S+(?:\s+\S+){0,3}?)\s*(?:'?n?[ıiuü]n)?\s+dışında",
        only=r"\b(?:yalnızca|sadece|yalnız|münhasıran)\s+(?P<where>\S+(?:\s+\S+){0,4})",
        back=r"\bbu\s+(?:ülke|bölge|devlet)\w*\s+dışında",
        use=r"\b(?:kullan|çalıştır|lisans|geçerli)\w*",
        law=r"\b(?:hukuk|kanun|mahkeme)\w*",
        lists=r"\b(?:oluşur|kapsar|içerir|şunlardır)\b",
    ),
    "bn": _Words(
        places=(
            (r"বাংলাদেশ", ("BD",)), (r"ভারত", ("IN",)), (r"নেপাল", ("NP",)),
            (r"ইউরোপীয়\s+ইউনিয়ন", ("EU",)),
        ),
        territory=r"অঞ্চল|এলাকা|ভূখণ্ড",
        defines=r"\s*(?:বলতে|অর্থ|:|[-–—])",
        ban=r"নিষিদ্ধ|যাবে\s+না|করবেন\s+না|প্রযোজ্য\s+নয়|অন্তর্ভুক্ত\s+নয়",
        outside=r"(?P<before>\S+(?:\s+\S+){0,3}?)\s+(?:এর\s+)?বাইরে",
        only=r"(?:শুধুমাত্র|কেবলমাত্র|কেবল|শুধু)\s+(?P<where>\S+(?:\s+\S+){0,3})",
        back=r"এই\s+(?:দেশ|অঞ্চল)\S*\s+(?:এর\s+)?বাইরে",
        use=r"ব্যবহার|চালা|লাইসেন্স|প্রযোজ্য",
        law=r"আইন|আদালত",
        lists=r"নিয়ে\s+গঠিত|অন্তর্ভুক্ত",
    ),
    "sw": _Words(
        places=(
            (r"\bJumuiya\s+ya\s+Afrika\s+Mashariki\b|\bAfrika\s+Mashariki\b", _EAC),
            (r"\bKenya\b", ("KE",)), (r"\bTanzania\b", ("TZ",)), (r"\bUganda\b", ("UG",)),
            (r"\bRwanda\b", ("RW",)), (r"\bBurundi\b", ("BI",)),
        ),
        territory=r"\b(?:eneo|maeneo|himaya)\b",
        defines=r"\s*(?:maana\s+yake\s+ni|ni|:|[-–—])",
        ban=r"\b(?:hairuhusiwi|marufuku|haitumiki|haihusu|usitumie|haipaswi)\b",
        outside=r"\bnje\s+ya\s+",
        only=r"\b(?:ndani\s+ya|nchini)\s+(?P<where>[^.;,]{2,60}?)\s+(?:tu|pekee)\b"
        r"|\b(?:tu|pekee)\s+(?:ndani\s+ya|nchini)\s+(?P<where2>[^.;,]{2,60})",
        back=r"\bnje\s+ya\s+(?:nchi|maeneo)\s+hizo|\bnje\s+yake\b",
        use=r"\b(?:kutumia|matumizi|leseni|inatumika|kuendesha)\b",
        law=r"\b(?:sheria|mahakama)\b",
        lists=r"\b(?:linajumuisha|inajumuisha|yanajumuisha)\b",
    ),
    "ta": _Words(
        places=(
            (r"இந்தியா", ("IN",)), (r"இலங்கை|ஸ்ரீலங்கா|சிறீலங்கா", ("LK",)),
            (r"சிங்கப்பூர்", ("SG",)), (r"மலேசியா", ("MY",)), (r"நேபாள", ("NP",)),
            (r"வங்காளதேச|வங்கதேச|பங்களாதேஷ்", ("BD",)), (r"பாகிஸ்தான்", ("PK",)),
            (r"மாலத்தீவு|மாலைத்தீவு", ("MV",)), (r"ஐரோப்பிய\s+ஒன்றிய", ("EU",)),
            (r"அமெரிக்க", ("US",)), (r"சீனா", ("CN",)), (r"ஜப்பான்", ("JP",)),
            (r"ஆஸ்திரேலியா", ("AU",)), (r"ஐக்கிய\s+அரபு\s+அமீரக", ("AE",)),
        ),
        territory=r"பகுதி|பிராந்திய|நிலப்பரப்பு|எல்லை",
        defines=r"\s*(?:என்பது|என்றால்|:|[-–—])",
        ban=r"கூடாது|தடை|தரவில்லை|தருவதில்லை|வழங்கவில்லை|அளிக்கவில்லை|பொருந்தாது|இயலாது|முடியாது"
        r"|அனுமதி(?:க்கப்படவில்லை|\s+இல்லை)",
        outside=r"(?P<before>\S+(?:\s+\S+){0,3}?)\s+(?:வெளியே|வெளியில்|அப்பால்)",
        only=r"(?P<where>[^.;]{2,100}?)\s*(?:மட்டுமே|மட்டும்)",
        back=r"(?:இவ்விரு|அவ்விரு|இந்த|அந்த|இவ்|அவ்|அந்|இந்|மேற்கண்ட|மேற்படி|மேலே\s+கூறிய)\s*\S*"
        r"(?:நாடு|பகுதி|பிராந்திய)\S*\s+(?:வெளியே|வெளியில்|அப்பால்)",
        use=r"பயன்படுத்த|இயக்க|உரிமம்|அனுமதி|பொருந்தும்|செல்லுபடி|சேவை",
        law=r"சட்ட|நீதிமன்ற",
        lists=r"உள்ளடக்கிய|அடங்கிய|கொண்டது|கொண்டதாகும்",
    ),
}  # fmt: skip
_QUOTED = r"[\"“«]\s*(?P<term>[^\"”»“]{2,40}?)\s*[\"”»]"


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), re.IGNORECASE)


def _places(words: _Words, text: str) -> list[str]:
    found: dict[str, None] = {}
    for pattern, codes in words.places:
        if _p(pattern).search(text):
            found.update(dict.fromkeys(codes))
    return sorted(found)


def territory_west(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages confining use to named places (see above), each with its `within` clause,
    and the definitions they use."""
    defined: dict[str, tuple[Passage, list[str]]] = {}
    for passage in passages:
        # a short definition's language may be told wrong ('"Eneo la Leseni" maana yake ni
        # Kenya'): every table is tried
        for words in _tried(passage.language, every=True):
            for match in _p(_QUOTED + words.defines).finditer(passage.text):
                term = match.group("term")
                body = re.split(r"[\"“«]", passage.text[match.end() : match.end() + 400])[0]
                places = _places(words, body)
                if _p(words.territory).search(term) and places:
                    defined[term.lower()] = (passage, places)
    found: dict[Passage, list[Clause]] = {}
    last: list[str] = []  # the places the passage before confined use to, or listed
    listing: Passage | None = None  # the passage listing them, when it only listed them
    for passage in passages:
        if any(passage is p for p, _ in defined.values()):
            continue
        confined = (_confined(w, passage.text, defined) for w in _tried(passage.language))
        regions, used = next((c for c in confined if c[0]), ([], []))
        listed = None
        if not regions and last and _bans_outside_those(passage):
            regions, listed = last, listing  # "ولا يجوز تشغيل النموذج خارج هذه الدول"
        last, listing = regions, None
        if not regions:  # a territory said to consist of places ("تتألف منطقة الترخيص من:")
            last = _listed(passage)
            listing = passage if last else None
        if regions:
            within = {"regions": regions, "models": "all", "exempts": [], "within": True}
            clause = Clause("excluded_use_territories", [within])
            found[passage] = [clause]
            found.update({defined[term][0]: [clause] for term in used})
            found.update({listed: [clause]} if listed is not None else {})
    # licensees left out by where they are based (`foreign_domiciles_west`), use banned in
    # places (fa, ar, tr: `foreign_banned_places_west`)
    found |= banned_places_west([p for p in passages if p not in found])
    return withheld_domiciles_west([p for p in passages if p not in found]) | found


def places_named(language: str, text: str) -> list[str]:
    """The places `text` names, in the table of `language` (none for another language)."""
    words = _WORDS.get(language)
    return [] if words is None else _places(words, text)


def _listed(passage: Passage) -> list[str]:
    """The places a passage says a territory consists of, naming no law or court (read with a
    passage after it banning use outside them)."""
    for words in _tried(passage.language):
        text = passage.text
        lists = _p(words.territory).search(text) and _p(words.lists).search(text)
        if lists and not _p(words.law).search(text):
            return _places(words, text)
    return []


def _bans_outside_those(passage: Passage) -> bool:
    """A ban on use outside the places named just before ("خارج هذه الدول", "מחוץ להן")."""
    return any(
        _p(w.ban).search(passage.text) and _p(w.back).search(passage.text)
        for w in _tried(passage.language)
    )


def _named_before(words: _Words, text: str) -> list[str]:
    """The places a passage names, less those a law or a court is named with."""
    clauses = re.split(r"[.؛;]", text)
    return sorted({p for c in clauses if not _p(words.law).search(c) for p in _places(words, c)})


def _tried(language: str | None, *, every: bool = False) -> tuple[_Words, ...]:
    """The tables a passage is read with: its language's, or (its language unknown or not
    one of these, or `every`) all of them."""
    own = _WORDS.get(language or "")
    if own is not None and not every:
        return (own,)
    return tuple(_WORDS.values()) if every or language is None else ()


def _named(term: str, span: str) -> bool:
    """A defined term in a span, Hebrew's article dropped after a preposition ("מחוץ לאזור
    המורשה" names "האזור המורשה")."""
    return term in span or (term.startswith("ה") and term[1:] in span)


def _confined(
    words: _Words, text: str, defined: dict[str, tuple[Passage, list[str]]]
) -> tuple[list[str], list[str]]:
    """The places a passage banning use outside them names, and the defined terms it uses."""
    places: dict[str, None] = {}
    used: list[str] = []
    if _p(words.use).search(text):  # use confined to named places ("داخل دول ... فقط")
        for match in _p(words.only).finditer(text):
            span = next((g for g in match.groups() if g), "")
            if not _p(words.law).search(span):
                places.update(dict.fromkeys(_places(words, span)))
    if not _p(words.ban).search(text):
        return sorted(places), used
    if _p(words.back).search(text):  # outside the places the passage has just named
        places.update(dict.fromkeys(_named_before(words, text)))
    for match in _p(words.outside).finditer(text):
        before = match.groupdict().get("before")
        span = (before if before else text[match.end() : match.end() + 60]).lower()
        terms = [term for term in defined if _named(term, span)]
        for term in terms:
            places.update(dict.fromkeys(defined[term][1]))
            used.append(term)
        if not terms:
            places.update(dict.fromkeys(_places(words, span)))
    return sorted(places), list(dict.fromkeys(used))
