"""Whole passages read apart from the cues (session 40), for `terms.foreign`: short licences in
Zulu, Haitian Creole, Maori, Kazakh, Azerbaijani, Nepali, Marathi, Arabic, Persian, Swahili,
Hebrew (a card's banned uses) and Spanish (an annex of banned uses), whatever each passage was
told as (Nepali and Marathi as Hindi, Maori as Dutch, Haitian Creole as French or English,
Zulu untold), so the words decide, not the guess.

- A grant naming commercial use among the uses allowed, with a word of giving or allowing
  ("ikunika ilungelo ... kuhlanganise nezentengiselwano", "ba ou dwa ... pou nenpòt ki rezon,
  menm pou fè lajan", "Ka whakaaetia ... tae atu ki ngā mahi arumoni"): `allowed`. "Free of
  charge" ("mahhala", "san ou pa peye anyen", "me te kore utu") is taken off first; any other
  word of denying, "only", "except", "if", consent or a condition leaves the passage unread.
- The one condition a credit on the app's credits page ("Sèl kondisyon an: mete non ... nan paj
  kredi"): `attribution_required`.
- mi: the permission confined to a place ("i Aotearoa anake tēnei whakaaetanga"), use or a
  service banned outside it ("Kāore e whakaaetia ... ki waho o Aotearoa"): use within it only.
- ne: identifying a person by face or biometric traits banned ("अनुहार वा अन्य बायोमेट्रिक
  ... पहिचान गर्न ... प्रयोग गर्न पाइने छैन"): `biometric-identification`.
- ar: the weights passed to others banned ("لا يجوز لك إعادة توزيع أوزان النموذج"):
  `no-weight-redistribution`; the exception for the licensee's own app on its users' devices
  ("يجوز لك أن تضمن الأوزان في تطبيقك ... أجهزة مستخدميك"): `on-device-shipping`.
- mr: commercial use defined as making the model or a service on it available to others, or
  the licensee's own internal work said not to be commercial use: `internal-use-by-anyone`;
  commercial use needing a separate licence ("व्यावसायिक वापरासाठी ... स्वतंत्र परवाना घ्यावा
  लागेल"): `restricted`, `separate-license`; a grant of use naming no purpose: no term (the
  others decide).
- sw: a free grant to NGOs, schools and community groups: `non-commercial-organizations`;
  companies allowed only with the licensor's written consent: `restricted`,
  `written-permission`.
- he (card): decisions about a person's credit, insurance or employment banned:
  `automated-decision-making`; the ban said to hold where a person reviews or approves the
  output: `decisions-even-if-reviewed`.
- es (annex): fully automated decisions about hiring or firing banned:
  `automated-decision-making`; the ban lifted where a person decides: no further term (the tag
  already holds only without a person deciding).
- The law chosen (ne, mr); and no term: the licence or notice kept with copies (zu, kk, ne, fa),
  the model given without warranty (az, ne), a disclaimer's caption (fa), end users spared a
  restriction on licensees (fa), a pointer to the card's banned uses (he).

Pure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_clause_s40wb", "read_s40wb"]

_FLAGS = re.IGNORECASE
_ALLOWED = [Clause("commercial_use", "allowed")]


def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


# (grant shape, what is taken off first, narrowing words), per language
_GRANTS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]], ...] = (
    # zu: "ikunika ilungelo ... kuhlanganise nezentengiselwano"
    (_p(r"\b(?:ikunika|inikeza|sinikeza)\s+ilungelo\b[^.]{0,200}?\bkuhlanganise\s+"
        r"(?:ne|na)?z?(?:entengiselwano|ezohwebo|ohwebo|ebhizinisi)\w*"),
     _p(r"\bmahhala\b|\bngaphandle\s+kwenkokhelo\b"),
     _p(r"\bakuvunyelwe\b|\bakukho\b|\bkuphela\b|\bngaphandle\b|\bimvume\b|\buma\b|\bhhayi\b"
        r"|\bngaphansi\b|\bnqatsh\w*")),
    # ht: "ba ou dwa ... pou nenpòt ki rezon, menm pou fè lajan"
    (_p(r"\bba\s+ou\s+dwa\b[^.]{0,160}?\bpou\s+nenp[òo]t\s+(?:ki\s+)?rezon\b[^.]{0,20}?\bmenm\s+"
        r"pou\s+(?:f[èe]\s+(?:lajan|k[òo]b|biznis|komès)|biznis|komès|komesyal)"),
     _p(r"\bsan\s+(?:ou\s+)?pa\s+peye\s+anyen\b|\bgratis\b|\bgratuitman\b"),
     _p(r"\bpa\b|\bs[èe]lman\b|\bsof\b|\beksepte\b|\bsi\b|p[èe]misyon|otorizasyon|ent[èe]di\w*"
        r"|\bkondisyon\b|\bpeye\b")),
    # mi: "Ka whakaaetia ... tae atu ki ngā mahi arumoni"
    (_p(r"\bka\s+whakaaetia\b[^.]{0,200}?\btae\s+atu\s+ki\s+(?:ng[āa]\s+)?(?:mahi\s+)?(?:arumoni"
        r"|hokohoko|pakihi)\b"),
     _p(r"\bme\s+te\s+kore\s+utu\b|\bkore\s+utu\b"),
     _p(r"\bk[āa]ore\b|\bkaua\b|\banake\b|\bengari\b|\bh[āa]unga\b|\bm[ēe]n[āa]\b|\bwaho\b"
        r"|\bki\s+te\s+kore\b|\bwhakaaetanga\s+[āa]-?tuhi")),
)  # fmt: skip

# ht: the one condition a credit shown on the app's credits page
_HT_CREDIT = _p(
    r"^\W*s[èe]l\s+kondisyon\s+(?:an|la)\s*:\s*(?:mete|ekri|montre)\s+(?:non|kredi)\b"
    r"[^.]{0,120}?\bkredi\b"
)
_HT_CREDIT_NOT = _p(r"\bpa\b|ent[èe]di|p[èe]misyon|\bpeye\b|lajan|\bs[èe]lman\s+pou\b")

# mi: the permission confined to a place, or use banned outside it
_MI_PLACES = ((r"Aotearoa|Niu\s+T[īi]reni", "NZ"), (r"Ahitereiria", "AU"))
_MI_ONLY = r"\bi\s+(?P<place>{places})\s+anake\b[^.]{{0,40}}?\b(?:whakaaetanga|raihana|whakamahi)"
_MI_OUTSIDE = r"\bk[āa]ore\s+e\s+whakaaetia\b[^.]{{0,200}}?\bki\s+waho\s+o\s+(?P<place>{places})\b"
_MI_NOT = _p(r"\bh[āa]unga\b|\bm[ēe]n[āa]\b|\bki\s+te\s+kore\b|[āa]-?tuhi|\bwhakaaetanga\s+motuh")

# ne: identifying a person by face or biometric traits banned
_NE_TRAITS = _p(r"अनुहार|बायोमेट्रिक|औंठाछाप|फिंगरप्रिन्ट|आवाज")
_NE_IDENTIFY = _p(r"पहिचान")
_NE_BANNED = _p(r"पाइने\s*छैन|पाइँदैन|निषेध|गर्नु\s*हुँदैन|नपाइने|गर्न\s*नहुने")
_NE_NOT = _p(r"बाहेक|अनुमति|सहमति|मात्र|स्वीकृति|बिना\s+सहमति")

# ar: the weights passed on banned; the licensee's own app on its users' devices allowed
_AR_MARKS = lazy_pattern(r"[\u064B-\u0652\u0670\u0640]")
_AR_WEIGHTS_BANNED = _p(
    r"لا\s+يجوز\s+(?:لك\s+)?(?:إعادة\s+توزيع|توزيع|نشر|مشاركة|بيع)[^.]{0,20}?أوزان"
)
_AR_IN_APP = _p(
    r"يجوز\s+لك\s+(?:أن\s+)?(?:تضمن|تدمج|تضمين|دمج|تثبت)\s+(?:ال)?أوزان[^.]{0,40}?تطبيق"
    r"[^.]{0,60}?أجهزة"
)
_AR_NOT = _p(r"إلا|الا\s|موافقة|إذن|اذن|بشرط|شريطة|فقط|رسوم|ترخيص\s+منفصل|كملف\s+منفصل")
_AR_NEGATED = _p(r"لا\s+يجوز|يحظر|يمنع|ممنوع")

# mr: commercial use only making the model or a service available to others; internal work no
# commercial use; commercial use needing a separate licence; a bare grant of use; the law
_MR_DEFINED = _p(r"व्यावसायिक\s+वापर\W{0,3}\s+म्हणजे")
_MR_TO_OTHERS = _p(r"इतरांना|तृतीय\s+पक्षांना|त्रयस्थांना")
_MR_MADE_AVAILABLE = _p(r"उपलब्ध\s+करून\s+देणे|पुरवणे|विकणे|देणे")
_MR_DEFINED_NOT = _p(r"अंतर्गत|नफा|फायदा|उत्पन्न|महसूल|कोणताही\s+वापर|स्वतःच्या|संस्थेत")
_MR_INTERNAL = _p(r"अंतर्गत\s+(?:कामासाठी|कामकाजासाठी|वापर|कामात)")
_MR_NOT_COMMERCIAL = _p(
    r"व्यावसायिक\s+वापर\s+(?:मानला\s+जाणार\s+नाही|मानला\s+जात\s+नाही|समजला\s+जाणार\s+नाही"
    r"|ठरणार\s+नाही|ठरत\s+नाही)"
)
_MR_NOT = _p(r"वगळता|फक्त|केवळ|परवानगी|शुल्क|महसूल|विक्री|निषिद्ध|नये")
_MR_SEPARATE = _p(
    r"व्यावसायिक\s+वापरासाठी[^।.]{0,20}?(?:स्वतंत्र|वेगळा|व्यावसायिक)\s+परवाना\s+"
    r"(?:घ्यावा\s+लागेल|घेणे\s+आवश्यक|आवश्यक)"
)
_MR_SEPARATE_NOT = _p(r"नाही|गरज\s+नाही|लागणार\s+नाही|पर्यंत|पेक्षा|ओलांड")
_MR_GRANT = _p(r"आपल्याला\s+मॉडेल\s+वापरण्याचा[^।.]{0,80}?हक्क\s+देते")
_MR_GRANT_NOT = _p(r"व्यावसायिक|संशोधन|फक्त|केवळ|नाही|वगळता|परवानगी|अट|जर\b")

# sw: NGOs, schools and community groups allowed free; companies only with written consent
_SW_BODIES = _p(
    r"\bmashirika\s+yasiyo\s+ya\s+kiserikali\b|\btaasisi\s+za\s+elimu\b|\bvikundi\s+vya\s+kijamii\b"
)
_SW_ALLOWED = _p(r"\b(?:ya|zi|wa|i|ki|vi)naruhusiwa\b")
_SW_BODIES_NOT = _p(r"\bkampuni\b|\bbiashara\b|\bhaya?ruhusiwi\b|\bmarufuku\b|\bisipokuwa\b")
_SW_COMPANIES = _p(
    r"\bkampuni\s+za\s+kibiashara\b[^.]{0,60}?\bpale\s+tu\b[^.]{0,60}?\bidhini\s+ya\s+maandishi\b"
)

# he (card): decisions about people's credit, insurance or employment banned; even reviewed
_HE_BAN = _p(r"^\W*(?:אין|אסור)\s+להשתמש\s+במודל\s+(?:לשם\s+|ל)?קבלת\s+החלטות")
_HE_FIELDS = _p(r"אשראי|ביטוח|העסקה|תעסוקה|גיוס|פיטורי")
_HE_NOT = _p(r"אלא\s+אם|למעט|בלבד|ללא\s+אישור|באישור|בהסכמת")
_HE_REVIEWED = _p(
    r"^\W*האיסור\s+חל\s+גם\s+כאשר\s+(?:אדם|גורם\s+אנושי)[^.]{0,40}?(?:בוחן|בודק|מאשר|סוקר)"
)
_HE_POINTER = _p(r"^\W*השימוש\s+כפוף\s+גם\s+לסעיף\s+\W?שימושים\s+אסורים\W?\s+שבכרטיס\s+המודל\b")

# es (annex): fully automated decisions about hiring or firing banned; lifted where one decides
_ES_AUTOMATED = _p(
    r"\bqueda\s+prohibido\s+usar\s+el\s+modelo\s+para\s+tomar\s+decisiones\s+(?:totalmente|"
    r"completamente|puramente|exclusivamente)\s+automatizadas\s+sobre\b[^.]{0,80}?\b(?:la\s+)?"
    r"(?:contrataci[óo]n|selecci[óo]n|ascenso|despido)"
)
_ES_AUTOMATED_NOT = _p(
    r"\bsalvo\b|\bexcepto\b|\bpermiso\b|\bautorizaci[óo]n\b|\bsin\s+el\s+consent"
)
_ES_PERSON_DECIDES = _p(
    r"^\W*esta\s+prohibici[óo]n\s+no\s+(?:se\s+)?aplica\s+cuando\s+una\s+persona\b[^.]{0,80}?"
    r"\b(?:toma\s+la\s+decisi[óo]n\s+final|decide)\b"
)

# the law chosen
_LAWS = (
    (_p(r"नेपाल(?:को)?\s+(?:कानुन|कानून)\S*\s*(?:बमोजिम|अनुसार)?\s*(?:हुनेछ|चल्नेछ)"), "NP"),
    (_p(r"(?:भारतीय|भारताच्या)\s+कायद्यांनुसार\s+(?:चालेल|नियंत्रित)"), "IN"),
)
_LAW_NOT = _p(r"बाहेक|वगळता|नाही|छैन|अदालत|न्यायालय")

# no term
_NO_TERM = (
    # zu: the only condition, the notice and licence kept when distributing
    (_p(r"\b(?:gcina|faka)\s+(?:lesi\s+)?saziso\b[^.]{0,40}?\buma\s+usabalalisa\b"),
     _p(r"\bakuvunyelwe\b|\bakukho\b|\bimvume\b|\bkhokha\w*")),
    # kk: the licence's text attached to copies
    (_p(r"лицензия\w*\s+мәтін\w*[^.]{0,40}?(?:қоса\s+берілуі\s+тиіс|қоса\s+беріледі|қосылуы"
        r"\s+тиіс)"),
     _p(r"\bтек\b|тыйым|емес|рұқсат")),
    # az: without warranty
    (_p(r"\bheç\s+bir\s+zəmanət\w*\s+olmadan\b[^.]{0,30}?\btəqdim\s+olunur\b"
        r"|\bzəmanətsiz\s+təqdim\s+olunur\b"),
     _p(r"\bicazə\b|\bqadağan\w*|\byalnız\b|\bkommersiya\w*")),
    # ne: the licence kept with copies; without warranty
    (_p(r"इजाजतपत्र\s+साथमा\s+राख्नुपर्छ|इजाजतपत्रको\s+प्रति\s+साथमा\s+राख्नुपर्छ"),
     _p(r"बाहेक|मात्र|निषेध|अनुमति|छैन")),
    (_p(r"प्रत्याभूति\S*\s*बिना\s+उपलब्ध|वारेन्टी\S*\s*बिना\s+उपलब्ध|प्रत्याभूतिबिना\s+उपलब्ध"),
     _p(r"बाहेक|मात्र|निषेध|अनुमति|व्यावसायिक")),
    # fa: the licence's text kept with copies; a disclaimer's caption
    (_p(r"متن\s+این\s+مجوز\s+را\s+همراه\s+آن\s+قرار\s+دهید"),
     _p(r"ممنوع|فقط|مجاز\s+نیست|اجازه")),
    # fa: end users of others' products spared the restriction before (it leaves out licensees)
    (_p(r"^\W*این\s+محدودیت\s+شامل\s+کاربران\s+نهایی\b[^.]{0,80}?نمی(?:\u200c|\s)?شود"),
     _p(r"ممنوع|فقط|مجاز\s+نیست|به\s+جز|مگر")),
    (_p(r"^\W*ماده\s+[۰-۹\d]+(?:\s+و\s+[۰-۹\d]+)?\s*[-–—:]\s*\(\s*سلب\s+مسئولیت[^()]{0,40}\)\W*$"),
     _p(r"ممنوع|فقط|اجازه")),
)  # fmt: skip


def read_s40wb(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages in one of the shapes of the module docstring, each with its clauses (none:
    it states no term)."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        clauses = read_clause_s40wb(passage.text)
        if clauses is not None:
            found[passage] = clauses
    return found


def read_clause_s40wb(text: str) -> list[Clause] | None:
    """The clauses one passage states in a shape above; None: none of them."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    for reader in _READERS:
        clauses = reader(text)
        if clauses is not None:
            return clauses
    for shape, unread in _NO_TERM:
        if shape.search(text) and not unread.search(text):
            return []
    return None


def _grant(text: str) -> list[Clause] | None:
    for shape, harmless, narrowing in _GRANTS:
        if shape.search(text) is None:
            continue
        rest = text if harmless is None else harmless.sub(" ", text)
        if narrowing.search(rest) is None and not re.search(r"\d", rest):
            return _ALLOWED
    return None


def _credit(text: str) -> list[Clause] | None:
    if _HT_CREDIT.search(text) and not _HT_CREDIT_NOT.search(text):
        return [Clause("attribution_required", True)]
    return None


def _mi_within(text: str) -> list[Clause] | None:
    if _MI_NOT.search(text):
        return None
    places = "|".join(names for names, _ in _MI_PLACES)
    for shape in (_MI_ONLY, _MI_OUTSIDE):
        found = _p(shape.format(places=places)).search(text)
        if found is None:
            continue
        code = next(c for names, c in _MI_PLACES if _p(names).fullmatch(found["place"]))
        within = {"regions": [code], "models": "all", "exempts": [], "within": True}
        return [Clause("excluded_use_territories", [within])]
    return None


def _ne_biometric(text: str) -> list[Clause] | None:
    hit = _NE_TRAITS.search(text) and _NE_IDENTIFY.search(text) and _NE_BANNED.search(text)
    if hit and not _NE_NOT.search(text):
        return [Clause("use_restrictions", ["biometric-identification"])]
    return None


def _ar_weights(text: str) -> list[Clause] | None:
    text = _AR_MARKS.sub("", text)
    if _AR_NOT.search(text):
        return None
    if _AR_IN_APP.search(text) and not _AR_NEGATED.search(text):
        return [Clause("use_scope", ["on-device-shipping"])]
    if _AR_WEIGHTS_BANNED.search(text):
        return [Clause("use_scope", ["no-weight-redistribution"])]
    return None


def _mr(text: str) -> list[Clause] | None:
    internal = [Clause("use_scope", ["internal-use-by-anyone"])]
    if _MR_DEFINED.search(text) and _MR_TO_OTHERS.search(text):
        if _MR_MADE_AVAILABLE.search(text) and not _MR_DEFINED_NOT.search(text):
            return internal  # commercial use is only making it available to others
        return None
    if _MR_INTERNAL.search(text) and _MR_NOT_COMMERCIAL.search(text):
        return None if _MR_NOT.search(text) else internal
    if _MR_SEPARATE.search(text) and not _MR_SEPARATE_NOT.search(text):
        return [
            Clause("commercial_use", "restricted"),
            Clause("commercial_use_conditions", ["separate-license"]),
        ]
    if _MR_GRANT.search(text) and not _MR_GRANT_NOT.search(text):
        return []  # use, copies, changes: no purpose named, the other clauses decide
    return None


def _sw(text: str) -> list[Clause] | None:
    if _SW_COMPANIES.search(text):
        return [
            Clause("commercial_use", "restricted"),
            Clause("commercial_use_conditions", ["written-permission"]),
        ]
    if _SW_BODIES.search(text) and _SW_ALLOWED.search(text) and not _SW_BODIES_NOT.search(text):
        return [Clause("use_scope", ["non-commercial-organizations"])]
    return None


def _he_card(text: str) -> list[Clause] | None:
    if _HE_NOT.search(text):
        return None
    if _HE_BAN.search(text) and _HE_FIELDS.search(text):
        return [Clause("use_restrictions", ["automated-decision-making"])]
    if _HE_REVIEWED.search(text):
        return [Clause("use_restrictions", ["decisions-even-if-reviewed"])]
    if _HE_POINTER.search(text):
        return []  # the card's section: read where it stands
    return None


def _es_annex(text: str) -> list[Clause] | None:
    if _ES_AUTOMATED.search(text) and not _ES_AUTOMATED_NOT.search(text):
        return [Clause("use_restrictions", ["automated-decision-making"])]
    if _ES_PERSON_DECIDES.search(text) and not _ES_AUTOMATED_NOT.search(text):
        return []  # the tag holds only where no person decides
    return None


def _law(text: str) -> list[Clause] | None:
    for shape, code in _LAWS:
        if shape.search(text) and not _LAW_NOT.search(text):
            return [Clause("governing_law", code)]
    return None


_READERS: tuple[Callable[[str], list[Clause] | None], ...] = (
    _grant, _credit, _mi_within, _ne_biometric, _ar_weights, _mr, _sw, _he_card, _es_annex, _law,
)  # fmt: skip
