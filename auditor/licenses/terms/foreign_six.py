"""Swedish, Czech, Greek, Hebrew, Hindi and Thai for `terms.foreign`: their cues (`CUES_SIX`, from
`foreign_cues_sv_cs`, `foreign_cues_el_he`, `foreign_cues_hi_th`), their number words for caps
(`foreign_numbers_six`) and their clause reader (`read_six`, for
`foreign_ja.clause_reader`):

- the uses a passage bans, as `foreign_uses` reads them in other languages: a ban word and a
  harm word in one clause (cut at a full stop, a semicolon or a "but") set the tag the English
  rule of that harm sets; a harm named without a ban sets nothing;
- a grant withheld from persons or companies based in named places, as `foreign_territory`
  reads it: `excluded_licensee_domiciles` over those places; a place whose sanctions or laws the
  clause invokes is no excluded place;
- a duty to credit the licensor or keep the licence text (Swedish and Czech:
  `foreign_credit_north`). Harms only some of the six name (medical advice, spam) are read in
  those only; a list a ban introduces is read with these words (`foreign_lists`).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_credit_north import read_credit_north
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_cues_el_he import EL, HE
from auditor.licenses.terms.foreign_cues_hi_th import HI, TH
from auditor.licenses.terms.foreign_cues_sv_cs import CS, SV
from auditor.licenses.terms.foreign_excluded import named_places, withheld_regions
from auditor.licenses.terms.foreign_harms_biometric import with_biometric_categorisation
from auditor.licenses.terms.foreign_harms_el_he_hi_th import with_harms_el_he_hi_th
from auditor.licenses.terms.foreign_harms_justice import with_justice
from auditor.licenses.terms.foreign_harms_nordic import with_harms_nordic
from auditor.licenses.terms.foreign_zh import Clause

CUES_SIX: dict[str, Cues] = {"sv": SV, "cs": CS, "el": EL, "he": HE, "hi": HI, "th": TH}
LANGUAGES_SIX = frozenset(CUES_SIX)

_FLAGS = re.IGNORECASE

_BANS: dict[str, str] = {
    "sv": r"\b(?:förbjud\w*|får\s+(?:inte|ej|aldrig)|inte\s+(?:får|tillåt\w*)|ej\s+tillåt\w*"
    r"|är\s+(?:inte|ej)\s+tillåt\w*|icke\s+tillåt\w*)",
    "cs": r"\b(?:zakázán\w*|zakazuj\w*|zákaz\w*|nesmí\w*|není\s+(?:dovolen|povolen|přípustn)\w*"
    r"|nelze\s+(?:užít|použít|využít|užívat|používat))",
    "el": r"\b(?:απαγορεύ\w*|δεν\s+(?:επιτρέπ\w*|(?:θα\s+)?(?:μπορεί|μπορούν|πρέπει)|χρησιμοποι\w*)"
    r"|μην\s+χρησιμοποι\w*)",
    "he": r"אסור|איסור|נאסר|אין\s+ל|לא\s+(?:יותר|ניתן|מותר|תשתמש|ישתמש)",
    "hi": r"वर्जित|निषिद्ध|प्रतिबंधित|प्रतिबन्धित|अनुमति\s+नहीं|मना\s+है|न\s+करें|नहीं\s+(?:करेंगे|करेगा"
    r"|करेगी|किया\s+जा|कर\s+सकते|कर\s+सकता|कर\s+सकती)",
    "th": r"ห้าม|ไม่อนุญาต|ต้องไม่|จะไม่ใช้",
}
_CLAUSE_END = lazy_pattern(
    r"[.;!?।]|\b(?:men|dock|ale|avšak|však|αλλά|όμως|אבל|אולם|लेकिन|परंतु|किंतु)\b|แต่", _FLAGS
)
_HARMS: dict[str, dict[str, str]] = {
    "illegal-activity": {
        "sv": r"\bolaglig\w*|\bbrottslig\w*|\blagstridig\w*|\bi\s+strid\s+med\s+(?:(?:gällande"
        r"|svensk|tillämplig)\s+)?(?:lag\w*|rätt\b)",
        "cs": r"\bnezákonn\w*|\bprotiprávn\w*|\btrestn\w*\s+čin|\bv\s+rozporu\s+s\s+"
        r"(?:platnými\s+)?(?:zákon\w*|právn\w*\s+předpis\w*)",
        "el": r"\bπαράνομ\w*|\bεγκληματικ\w*", "he": r"(?:בלתי|לא)\s+חוקי|פלילי",
        "hi": r"अवैध|गैरकानूनी|गैर-कानूनी|आपराधिक", "th": r"ผิดกฎหมาย|อาชญากรรม",
    },
    "violence": {
        "sv": r"\bvåld\w*", "cs": r"\bnásil\w*", "el": r"\bβία\b|\bβίαι\w*", "he": r"אלימות",
        "hi": r"हिंसा", "th": r"ความรุนแรง",
    },
    "military": {
        "sv": r"\bmilitär\w*|\bkrigför\w*|\bkrig\b", "cs": r"\bvojensk\w*|\bválečn\w*|\bválk\w*",
        "el": r"\bστρατιωτικ\w*|\bπολεμικ\w*|\bπόλεμ\w*", "he": r"צבא|מלחמ|לחימה",
        "hi": r"सैन्य|सेना|युद्ध", "th": r"ทหาร|สงคราม",
    },
    "weapons": {
        "sv": r"\w*vapen\w*|\bsprängämn\w*", "cs": r"\bzbra\w*|\bvýbušnin\w*",
        "el": r"\bόπλ\w*|\bοπλ\w*|\bεκρηκτικ\w*", "he": r"נשק|חומרי\s+נפץ",
        "hi": r"हथियार|अस्त्र|विस्फोटक", "th": r"อาวุธ|วัตถุระเบิด",
    },
    "disinformation": {
        "sv": r"\bdesinformation\w*|\b(?:falsk|vilseledande)\w*\s+(?:information|innehåll"
        r"|uppgift\w*)",
        "cs": r"\bdezinformac\w*|\b(?:zavádějící|klamav|nepravdiv)\w*\s+(?:obsah\w*|informac\w*"
        r"|údaj\w*)",
        "el": r"\bπαραπληροφόρησ\w*|\bψευδ\w*\s+ειδήσ\w*", "he": r"דיסאינפורמציה|מידע\s+כוזב",
        "hi": r"दुष्प्रचार|गलत\s+सूचना|फर्जी\s+खबर", "th": r"ข้อมูลเท็จ|ข่าวปลอม|ข้อมูลบิดเบือน",
    },
    "surveillance": {
        "sv": r"\w*övervakning\w*|\bspionera\w*",
        "cs": r"\bsledování\s+(?:osob|lidí|občanů|zaměstnanců)|\bšpeh\w*|\bhromadn\w*\s+sledování",
        "el": r"\bπαρακολούθησ\w*\s+(?:προσώπων|ατόμων|πολιτών)|\bεπιτήρησ\w*|\bμαζική\s+"
        r"παρακολούθηση",
        "he": r"מעקב\s+(?:אחר|אחרי)\s+(?:אנשים|אזרחים|בני\s+אדם)|ריגול|מעקב\s+המוני",
        "hi": r"निगरानी|जासूसी", "th": r"สอดแนม|เฝ้าติดตาม(?:บุคคล|ประชาชน)",
    },
    "biometric-identification": {
        "sv": r"\bbiometrisk\w*|\bansiktsigenkänning", "cs": r"\bbiometrick\w*|\brozpoznávání\s+"
        r"obličej\w*", "el": r"\bβιομετρικ\w*|\bαναγνώριση\s+προσώπ\w*",
        "he": r"ביומטרי|זיהוי\s+פנים", "hi": r"बायोमेट्रिक|चेहरे\s+की\s+पहचान",
        "th": r"ชีวมิติ|จดจำใบหน้า",
    },
    "terrorism": {
        "sv": r"\bterror\w*", "cs": r"\bterori\w*", "el": r"\bτρομοκρατ\w*", "he": r"טרור",
        "hi": r"आतंकवाद|आतंकी", "th": r"ก่อการร้าย",
    },
    # harassing, bullying or threatening people; defaming them (the items most use policies
    # list beside the graver harms: "הטרדה או השמצה של אדם", "παρενόχληση ή δυσφήμηση")
    "harassment": {
        "sv": r"\btrakasser\w*|\bmobbning\w*|\bförföljelse\w*",
        "cs": r"\bobtěžov\w*|\bšikan\w*|\bpronásledov\w*", "el": r"\bπαρενόχλησ\w*"
        r"|\bεκφοβισμ\w*|\bεκφοβ\w*", "he": r"הטרד|בריונות|התעמרות",
        "hi": r"उत्पीड़न|उत्पीडन|परेशान\s+कर|धमका", "th": r"คุกคาม|กลั่นแกล้ง|ข่มขู่",
    },
    "defamation": {
        "sv": r"\bförtal\w*|\bärekränk\w*", "cs": r"\bpomluv\w*|\bnactiutrh\w*",
        "el": r"\bδυσφήμ\w*|\bσυκοφαντ\w*", "he": r"השמצ|לשון\s+הרע|הוצאת\s+דיבה|דיבה",
        "hi": r"मानहानि|बदनाम", "th": r"หมิ่นประมาท|ใส่ร้าย",
    },
    # discrimination, hate speech and fraud (Swedish and Czech words only)
    "discrimination": {"sv": r"\bdiskriminer\w*", "cs": r"\bdiskrimin\w*"},
    "hate-speech": {
        "sv": r"\bhatpropaganda\w*|\bhets\s+mot\s+folkgrupp|\bhatisk\w*\s+(?:innehåll|yttrande)\w*",
        "cs": r"\bnenávistn\w*\s+(?:projev|obsah|výrok)\w*|\bpodněcov\w*\s+(?:k\s+)?nenávist\w*",
    },
    "fraud": {"sv": r"\bbedrägeri\w*|\bbedräglig\w*", "cs": r"\bpodvod\w*"},
    # unsolicited messages sent in bulk (Swedish and Czech words only, as below)
    "spam": {
        "sv": r"\bspam\w*|\bskräppost\w*|\bmassutskick\w*|\boönskad\w*\s+(?:marknadsföring"
        r"|reklam|e-?post)",
        "cs": r"\bspam\w*|\bnevyžádan\w*\s+(?:obchodní\w*\s+)?(?:sdělení|reklam\w*|zpráv\w*"
        r"|e-?mail\w*)|\bhromadn\w*\s+rozesílání",
    },
    # diagnosing people or recommending their treatment (Swedish and Czech words only: a
    # language without them reads none)
    "medical-advice": {
        "sv": r"\bmedicinsk\w*\s+(?:rådgivning|råd|diagnos\w*|bedömning\w*)"
        r"|\bställa\s+diagnos\w*|\bdiagnostisera\w*|\bbehandlingsrekommendation\w*",
        "cs": r"\b(?:lékařsk|zdravotn)\w*\s+(?:rad\w*|diagnóz\w*|doporučení)"
        r"|\bstanov\w*\s+diagnóz\w*|\bdiagnostik\w*\s+(?:nemoc|onemocnění|pacient)\w*"
        r"|\bdoporuč\w*\s+(?:k\s+)?léčb\w*",
    },
}  # fmt: skip
_HARMS = with_harms_el_he_hi_th(_HARMS)  # medical advice, fraud, ... (`foreign_harms_el_he_hi_th`)
_HARMS = with_harms_nordic(_HARMS, ("sv",))  # critical infrastructure (`foreign_harms_nordic`)
_HARMS = with_biometric_categorisation(_HARMS, ("sv", "cs", "el", "he", "hi", "th"))
_HARMS = with_justice(_HARMS, ("sv", "cs", "el", "he", "hi", "th"))  # police, criminal courts
_TAG_ORDER = tuple(_HARMS)


@cache
def _ban(language: str) -> re.Pattern[str]:
    return re.compile(_BANS[language], _FLAGS)


@cache
def _harms(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (tag, re.compile(words[language], _FLAGS))
        for tag, words in _HARMS.items()
        if language in words
    )


def ban_pattern(language: str) -> re.Pattern[str]:
    """The ban words of one of the six languages (for `foreign_lists`' lead-ins)."""
    return _ban(language)


def harm_patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The harm words of one of the six languages, by tag (for `foreign_lists`' items)."""
    return _harms(language)


def ban_tags(language: str, text: str) -> list[str]:
    """The use-restriction tags a passage bans: a ban word and a harm word in one clause."""
    ban = _ban(language)
    tags: list[str] = []
    for clause in _CLAUSE_END.split(text):
        if ban.search(clause) is None:
            continue
        tags.extend(t for t, harm in _harms(language) if t not in tags and harm.search(clause))
    return [tag for tag in _TAG_ORDER if tag in tags]


# --- a grant withheld from those based in named places ------------------------------------------

_PLACES: tuple[tuple[str, str], ...] = (
    # sv
    (r"\biran\b", "IR"), (r"\bnordkorea\b", "KP"), (r"\bsyrien\b", "SY"), (r"\bkuba\b", "CU"),
    (r"\bryssland\b", "RU"), (r"\b(?:belarus|vitryssland)\b", "BY"), (r"\bkrim\b", "UA"),
    (r"\bkina\b", "CN"),
    # cs (inflected)
    (r"\bírán\w*", "IR"), (r"\bsevern\w*\s+kore\w*", "KP"), (r"\bsýri\w*", "SY"),
    (r"\bkub[aěyu]\b", "CU"), (r"\brusk\w*", "RU"), (r"\bbělorusk\w*", "BY"), (r"\bkrym\w*", "UA"),
    (r"\bčín\w*", "CN"),
    # el
    (r"\bιράν\b", "IR"), (r"\bβόρει\w*\s+κορέα\w*", "KP"), (r"\bσυρία\w*", "SY"),
    (r"\bκούβα\w*", "CU"), (r"\bρωσία\w*", "RU"), (r"\bλευκορωσία\w*", "BY"),
    (r"\bκριμαία\w*", "UA"), (r"\bκίνα\w*", "CN"),
    # he (prefixes glued: באיראן)
    (r"איראן", "IR"), (r"צפון\s+קוריאה", "KP"), (r"סוריה", "SY"), (r"קובה", "CU"),
    (r"רוסיה", "RU"), (r"בלארוס", "BY"), (r"חצי\s+האי\s+קרים|קרים", "UA"), (r"סין", "CN"),
    # hi
    (r"ईरान", "IR"), (r"उत्तर\s+कोरिया", "KP"), (r"सीरिया", "SY"), (r"क्यूबा", "CU"),
    (r"रूस", "RU"), (r"बेलारूस", "BY"), (r"क्रीमिया", "UA"), (r"चीन", "CN"),
    # th
    (r"อิหร่าน", "IR"), (r"เกาหลีเหนือ", "KP"), (r"ซีเรีย", "SY"), (r"คิวบา", "CU"),
    (r"รัสเซีย", "RU"), (r"เบลารุส", "BY"), (r"ไครเมีย", "UA"), (r"จีน", "CN"),
)  # fmt: skip
_WITHHELD = lazy_pattern(
    "|".join(
        (
            r"\bingen\s+licens|\binga\s+rättigheter|\b(?:beviljas|gäller|omfattar)\s+(?:inte|ej)"
            r"|\bundanta\w*\s+från",  # sv
            r"\bneuděluj\w*|\bnejsou\s+udělen\w*|\bžádn[áé]\s+(?:práva|licenc\w*)"
            r"|\bse\s+nevztahuj\w*|\bvyloučen\w*\s+z\s+licenc",  # cs
            r"\bδεν\s+(?:παρέχ\w*|χορηγ\w*|παραχωρ\w*|ισχύ\w*|καλύπτ\w*)|\bκαμία\s+άδεια"
            r"|\bκανένα\s+δικαίωμα|\bεξαιρούνται",  # el
            r"אינ[וה]\s+(?:מעניק|חל)|לא\s+(?:יינתן|תינתן|מוענק|חל)|אין\s+(?:רישיון|זכות|זכויות)",
            r"(?:कोई|किसी\s+भी\s+प्रकार\s+का)\s+(?:अधिकार|लाइसेंस)\s+नहीं|लागू\s+नहीं|नहीं\s+(?:देता"
            r"|देती|दिया\s+जाता|दी\s+जाती)",  # hi
            r"ไม่ให้สิทธิ|ไม่มอบสิทธิ|ไม่อนุญาตให้|ไม่ครอบคลุม|ไม่ใช้บังคับ",  # th
        )
    ),
    _FLAGS,
)
_BASED = lazy_pattern(
    r"\bbosatt\w*|\bhemmahörande|\bsäte\b|\bregistrerad\w*|\betablerad\w*|\bmedborgare"
    r"|\bse\s+sídlem|\bsídl\w*|\bs\s+bydlištěm|\bbydlící\w*|\busazen\w*|\bobčan\w*|\brezident\w*"
    r"|\bκάτοικ\w*|\bμε\s+έδρα|\bεδρεύ\w*|\bεγκατεστημέν\w*|\bυπήκο\w*|\bπολίτ\w*"
    r"|תושב|מקום\s+מושב|שמושב|הרשומ|המאוגד|אזרח"
    r"|निवासी|स्थित|पंजीकृत|नागरिक|मुख्यालय"
    r"|ตั้งอยู่|ถิ่นที่อยู่|จดทะเบียน|พลเมือง|สัญชาติ",
    _FLAGS,
)
_NEAR = 80  # a place named this close to the word saying who is based there (either side:
# Hindi names the place first, "ईरान में स्थित")
_AUTHORITY = lazy_pattern(
    r"(?:sanktion|\blag(?:ar)?\b|sankc|zákon|κυρώσ|νόμ|סנקצי|חוק|प्रतिबंधों|कानून|คว่ำบาตร"
    r"|กฎหมาย)[^.;:,]{0,30}$",
    _FLAGS,
)


@cache
def _place_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p, _FLAGS), code) for p, code in _PLACES)


def _places(text: str) -> list[str]:
    return named_places(text, _place_patterns(), _AUTHORITY)


# Use in named places outside the grant: "gäller inte för användning i Ryssland", "får inte
# användas inom Kina": a use word, then "in" and the places, up to the clause's next comma.
_USE_IN: dict[str, re.Pattern[str]] = {
    "sv": lazy_pattern(
        r"\b(?:användning\w*|använd\w*|bruk\w*|nyttj\w*|drift\w*)\s+(?:av\s+\w+\s+)?"
        r"(?:i|inom)\s+(?P<where>[^,.;]{1,80})",
        _FLAGS,
    ),
}


def _use_places_six(language: str, text: str) -> list[str]:
    """The places one clause withholds the grant from or bans use in, whoever uses the model
    there: a withholding or ban word and a use "in" named places in one clause; a harm banned
    there (a ban on military use in a place) is no ban on all use in it."""
    use_in = _USE_IN.get(language)
    if use_in is None:
        return []
    used: dict[str, None] = {}
    for clause in _CLAUSE_END.split(text):
        if _WITHHELD.search(clause) is None and _ban(language).search(clause) is None:
            continue
        if any(harm.search(clause) for _, harm in _harms(language)):
            continue
        for match in use_in.finditer(clause):
            used.update(dict.fromkeys(_places(match.group("where"))))
    return list(used)


def read_six(language: str, text: str, original: str) -> list[Clause]:
    """The clauses of one passage in one of the six languages: uses banned, places excluded
    (who is based there, and use there)."""
    del original
    tags = ban_tags(language, text)
    uses = [Clause("use_restrictions", tags)] if tags else []
    withheld = withheld_regions(text, _WITHHELD, _BASED, _places, _NEAR)
    used = _use_places_six(language, text)
    clauses = uses + read_credit_north(language, text)  # a credit duty (sv, cs)
    if withheld:
        entry = {"regions": sorted(withheld), "models": "all", "exempts": []}
        clauses.append(Clause("excluded_licensee_domiciles", [entry]))
    if used:
        entry = {"regions": sorted(used), "models": "all", "exempts": []}
        clauses.append(Clause("excluded_use_territories", [entry]))
    if withheld or used:
        clauses.append(Clause("territorial_exclusions", sorted({*withheld, *used})))
    return clauses
