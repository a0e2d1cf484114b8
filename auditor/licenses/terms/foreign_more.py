"""Danish, Norwegian, Ukrainian, Bulgarian, Croatian and Serbian (Latin and Cyrillic), Lithuanian,
Latvian, Estonian, Malay, Swahili, Bengali, Persian, Urdu, Catalan, Slovak and Slovenian for
`terms.foreign`: their cues (`CUES_MORE`, from `foreign_cues_north`, `foreign_cues_slavic`,
`foreign_cues_south`, `foreign_cues_ca_sk_sl`), their
number words for caps (`foreign_numbers_more`) and their clause reader (`read_more`, for
`foreign_ja.clause_reader`):

- the uses a passage bans, as `foreign_six` reads them: a ban word and a harm word in one
  clause (`foreign_harms_more`) set the tag the English rule of that harm sets; a harm named
  without a ban sets nothing;
- a grant withheld from persons or companies based in named places: `excluded_licensee_domiciles`
  over those places; a place whose sanctions or laws the clause invokes is no excluded place;
  use banned in named places (`excluded_use_territories`);
- copies that must carry the licence's text: a notice duty (`attribution_required`).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.licenses.terms.foreign_caps import cap_counts
from auditor.licenses.terms.foreign_clauses_s39eu import read_clauses_eu
from auditor.licenses.terms.foreign_cue_shapes import both_scripts, compiled
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_cues_ca_sk_sl import CA, SK, SL
from auditor.licenses.terms.foreign_cues_mt import MT
from auditor.licenses.terms.foreign_cues_north import DA, ET, LT, LV, NO
from auditor.licenses.terms.foreign_cues_s39eu import EU
from auditor.licenses.terms.foreign_cues_slavic import BG, HR, UK
from auditor.licenses.terms.foreign_cues_south import BN, FA, MS, SW, UR
from auditor.licenses.terms.foreign_cues_ta import TA
from auditor.licenses.terms.foreign_cues_tl import TL
from auditor.licenses.terms.foreign_excluded import excluded_clauses, named_places, withheld_regions
from auditor.licenses.terms.foreign_harms_biometric import (
    settle_biometric,
    with_biometric_categorisation,
)
from auditor.licenses.terms.foreign_harms_justice import with_justice
from auditor.licenses.terms.foreign_harms_more import BANS as _BANS
from auditor.licenses.terms.foreign_harms_more import CLAUSE_END
from auditor.licenses.terms.foreign_harms_more import HARMS as _HARMS
from auditor.licenses.terms.foreign_harms_s39eu import BAN_EU, HARMS_EU, ban_tags_eu
from auditor.licenses.terms.foreign_harms_west import BANS_WEST, with_harms_west
from auditor.licenses.terms.foreign_zh import Clause

CUES_MORE: dict[str, Cues] = {
    "da": DA, "no": NO, "uk": UK, "bg": BG, "hr": HR, "sr": HR, "lt": LT, "lv": LV, "et": ET,
    "ms": MS, "sw": SW, "tl": TL, "bn": BN, "fa": FA, "ur": UR, "ca": CA, "sk": SK, "sl": SL,
    "ta": TA, "mt": MT, "eu": EU,
}  # fmt: skip
LANGUAGES_MORE = frozenset(CUES_MORE)
BANS = {**_BANS, **BANS_WEST, "eu": BAN_EU}  # Tamil (`foreign_harms_west`), Basque
HARMS = with_harms_west(
    _HARMS, ("fa", "bn", "ur", "ta")
)  # infrastructure, fraud (`foreign_harms_west`)
HARMS = with_justice(HARMS, tuple(CUES_MORE))  # the police, the criminal courts
HARMS = with_biometric_categorisation(HARMS, tuple(CUES_MORE))  # sorted by biometrics
for _tag, _eu in HARMS_EU.items():  # Basque (`foreign_harms_s39eu`), for `foreign_lists`
    HARMS.setdefault(_tag, {})["eu"] = _eu
_WORDS_OF = {"sr": "hr"}  # Serbian reads the Croatian words, in both scripts
_BOTH_SCRIPTS = frozenset({"hr"})
_TAG_ORDER = tuple(HARMS)


def _words(language: str, pattern: str) -> re.Pattern[str]:
    return compiled(both_scripts(pattern) if language in _BOTH_SCRIPTS else pattern)


@cache
def _ban(language: str) -> re.Pattern[str]:
    # a language with cues but no ban words here (Maltese: `foreign_cues_mt`) bans nothing
    return _words(language, BANS.get(language, r"(?!)"))


def ban_pattern(language: str) -> re.Pattern[str]:
    """The ban words of one of these languages (for `foreign_lists`' lead-ins)."""
    return _ban(_WORDS_OF.get(language, language))


def harm_patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The harm words of one of these languages, by tag (for `foreign_lists`' items)."""
    return _harms(_WORDS_OF.get(language, language))


@cache
def _end() -> re.Pattern[str]:
    return compiled(both_scripts(CLAUSE_END))


@cache
def _harms(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (tag, _words(language, words[language]))
        for tag, words in HARMS.items()
        if language in words  # a harm some languages name only
    )


def ban_tags(language: str, text: str) -> list[str]:
    """The use-restriction tags a passage bans: a ban word and a harm word in one clause."""
    language = _WORDS_OF.get(language, language)
    ban = _ban(language)
    tags: list[str] = []
    for clause in _end().split(text):
        if ban.search(clause) is None:
            continue
        found = [t for t, harm in _harms(language) if harm.search(clause)]
        tags.extend(t for t in settle_biometric(found, clause) if t not in tags)
    return [tag for tag in _TAG_ORDER if tag in tags]


# --- a grant withheld from those based in named places ------------------------------------------

_PLACES: tuple[tuple[str, str], ...] = (
    # da, no
    (r"\b(?:den\s+)?europæiske\s+union\w*|\b(?:den\s+)?europeiske\s+union\w*", "EU"),
    (r"\brusland\b|\brussland\b", "RU"), (r"\bnordkorea\b", "KP"), (r"\bsyrien\b|\bsyria\b", "SY"),
    (r"\bhviderusland\b|\bhviterussland\b", "BY"), (r"\bkina\b", "CN"),
    # uk, bg
    (r"\bєвропейськ\w*\s+союз\w*|\bеуропалық\s+одақ\w*|\bевропейския\s+съюз"
     r"|\bевропейски\w*\s+съюз", "EU"),
    (r"\bросі[їяю]\b|\bросійськ\w*\s+федераці\w*|\bрусия\b|\bруската\s+федерация", "RU"),
    (r"\bіран\w*|\bиран\w*", "IR"), (r"\bпівнічн\w*\s+коре\w*|\bсеверна\s+корея", "KP"),
    (r"\bсирі[їяю]\b|\bсирия\b", "SY"), (r"\bкуб[аиу]\b", "CU"),
    (r"\bбілорус\w*|\bбеларус\w*", "BY"), (r"\bкрим\w*", "UA"), (r"\bкита\w*", "CN"),
    (r"\bсша\b|\bсполучен\w*\s+штат\w*|\bсъединените\s+щати", "US"),
    # hr/sr (both scripts)
    (both_scripts(r"\beuropsk\w*\s+unij\w*|\bevropsk\w*\s+unij\w*"), "EU"),
    (both_scripts(r"\brusij\w*|\brusk\w*\s+federacij\w*"), "RU"),
    (both_scripts(r"\bsj?evern\w*\s+kore\w*"), "KP"), (both_scripts(r"\bsirij\w*"), "SY"),
    (both_scripts(r"\bbj?elorusij\w*"), "BY"), (both_scripts(r"\bkin[aeiu]\b"), "CN"),
    (both_scripts(r"\bsjedinjen\w*\s+američk\w*\s+držav\w*|\bsad\b"), "US"),
    (r"\bspojen\w*\s+štát\w*(?:\s+americk\w*)?|\bzdru[žz]en\w*\s+držav\w*(?:\s+amerik\w*)?", "US"),
    # lt, lv, et
    (r"\beuropos\s+sąjung\w*|\beiropas\s+savienīb\w*|\beuroopa\s+liid\w*", "EU"),
    (r"\brusij\w*|\bkrievij\w*|\bvenemaa\w*", "RU"), (r"\birane\w*|\birān\w*|\biraan\w*", "IR"),
    (r"\bbaltarusij\w*|\bbaltkrievij\w*|\bvalgevene\w*", "BY"),
    (r"\bkinij\w*|\bķīn\w*|\bhiina\w*", "CN"),
    # ms, sw
    (r"\bkesatuan\s+eropah\b|\bumoja\s+wa\s+ulaya\b", "EU"), (r"\burusi\b", "RU"),
    (r"\bkorea\s+(?:utara|kaskazini)\b", "KP"), (r"\brusia\b", "RU"),
    (r"\bamerika\s+syarikat\b|\bmarekani\b", "US"),
    (r"\b(?:u)?china\b", "CN"),
    # eu (Basque, declined)
    (r"\b(?:Ameriketako|Amerikako)\s+Estatu\s+Batu\w*|\bEstatu\s+Batu(?:etan|etako|ak)\b|\bAEB\w*",
     "US"),
    (r"\bEuropar\s+Batasun\w*", "EU"), (r"\bErrusia\w*", "RU"), (r"\bTxina\w*", "CN"),
    (r"\bIpar\s+Korea\w*", "KP"), (r"\bBielorrusia\w*", "BY"),
    # shared spellings
    (r"\biran\b", "IR"), (r"\bcuba\b|\bkuba\b", "CU"), (r"\bbelarus\w*", "BY"),
    (r"\bkrim\w*|\bcrimea\b|\bkrym\w*", "UA"), (r"\bEU\b", "EU"),
)  # fmt: skip
_WITHHELD = compiled(
    "|".join(
        (
            r"\bingen\s+(?:licens|lisens)|\b(?:gives|gis|tildeles)\s+ikke|\b(?:omfatter|gælder"
            r"|gjelder)\s+ikke",  # da, no
            r"\bне\s+(?:надається|надаються|поширюється|застосовується|се\s+предоставя"
            r"|се\s+предоставят|се\s+прилага)|\bжодн\w*\s+(?:прав|ліценз)\w*"
            r"|\bникакв\w*\s+(?:права|лиценз\w*)|\bберілмейді\b",  # uk, bg, kk
            both_scripts(
                r"\bse\s+ne\s+(?:daje|dodjeljuje|dodeljuje|odobrava|izdaje|odnosi)|\bne\s+(?:daje"
                r"|dodjeljuje|dodeljuje)\b|\bnikakv\w*\s+(?:prava|licenc\w*)"
            ),  # hr, sr
            r"\bne\s+podeli\w*|\bneudeľuj\w*|\bsa\s+neudeľ\w*",  # sl, sk
            r"\bnesuteikiam\w*|\bnetaikom\w*|\bjokių\s+(?:teisių|licencij\w*)"  # lt
            r"|\bnetiek\s+piešķirt\w*|\bnav\s+piešķirt\w*"  # lv
            r"|\bei\s+(?:anta|kohaldata|laiene)|\bmingeid\s+õigusi",  # et
            r"\btidak\s+(?:diberikan|terpakai)|\btiada\s+lesen"  # ms
            r"|\bhaitolewi\b|\bhaitumiki\b|\bhakuna\s+leseni",  # sw
            r"\bez\s+(?:zaio|zaie|zaizkio|zaizkie|da|dira)\s+(?:ematen|aplikatzen)\b",  # eu
        )
    )
)
_BASED = compiled(
    r"\bbosiddende|\bbosatt\w*|\bhjemmehørende|\bmed\s+(?:sæde|hjemsted|sete|hovedkontor)"
    r"|\bregistrer\w*|\bstatsborger\w*"
    r"|\bмісцезнаходж\w*|\bмісц\w*\s+(?:основн\w*\s+)?діяльност\w*|\bрезидент\w*|\bзареєстрован\w*|\bгромадян\w*|\bпроживаю\w*"
    r"|\bмісцем\s+проживання|\bтұрғылықты\s+жер\w*|\bқызмет\s+орн\w*|\bтіркелген\w*"  # kk
    r"|\bседалище|\bпребиваващ\w*|\bрегистриран\w*|\bграждан\w*|\bживеещ\w*"
    + "|"
    + both_scripts(
        r"\bprebivališt\w*|\bpribivališt\w*|\bsj?edišt\w*|\bboravišt\w*|\bregistriran\w*"
        r"|\bosnovan\w*|\bdržavljan\w*|\brezident\w*|\bsedež\w*|\bprebivališč\w*|\bsídl\w*"
    )
    + r"|\bgyvenan\w*|\bbuveinė\w*|\bregistruot\w*|\bpiliet\w*"  # lt
    r"|\bdzīvesviet\w*|\breģistrēt\w*|\bpilso\w*"  # lv
    r"|\belukoh\w*|\basukoh\w*|\bregistreeri\w*|\bkodanik\w*"  # et
    r"|\bbermastautin|\bberibu\s+pejabat|\bberdaftar|\bwarganegara|\bpemastautin"  # ms
    r"|\bwakaazi\b|\bwanaoishi\b|\bwenye\s+makao|\bwaliosajiliwa\b|\braia\b"  # sw
    r"|\begoitza\w*|\bbizileku\w*|\berroldatu\w*|\bherritar\w*"  # eu
)
_NEAR = 80
_AUTHORITY = compiled(
    r"(?:sanktion|sankcij|sankci|санкці|санкци|санкциј|\blov\b|\blove\b|zakon|закон|įstatym"
    r"|likum|seadus|undang|sheria)[^.;:,]{0,30}$"
)


@cache
def _place_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((compiled(p), code) for p, code in _PLACES)


def _places(text: str) -> list[str]:
    return named_places(text, _place_patterns(), _AUTHORITY)


def read_withheld(text: str) -> list[Clause]:
    """A grant one passage withholds from persons or companies based in named places."""
    regions = withheld_regions(text, _WITHHELD, _BASED, _places, _NEAR)
    return excluded_clauses("excluded_licensee_domiciles", regions)


def read_use_places(language: str, text: str) -> list[Clause]:
    """The places a passage bans use in ("Modellen må ikke bruges i Rusland", "Заборонено
    використовувати модель на території Російської Федерації"): a ban and a place in one clause
    that says nothing of whom the grant is withheld from or where someone is based, nor bans a
    harm there (a ban on military use in a place is no ban on all use in it)."""
    ban = ban_pattern(language)
    used: dict[str, None] = {}
    for clause in _end().split(text):
        if ban.search(clause) is None or _WITHHELD.search(clause) or _BASED.search(clause):
            continue
        if any(harm.search(clause) for _, harm in harm_patterns(language)):
            continue
        used.update(dict.fromkeys(_places(clause)))
    return excluded_clauses("excluded_use_territories", used)


# --- copies carrying the licence's text ---------------------------------------------------------

# (copies, must, carry or attach, the licence or its text): all four in one clause
_NOTICE: tuple[str, str, str, str] = (
    r"\bkopi\w*|\beksemplar\w*|\bкопі\w*|\bкопи\w*|"
    + both_scripts(r"\bkopij\w*|\bprimjer\w*")
    + r"|\bkopij\w*|\bkopeeri\w*|\bkoopia\w*|\bsalinan\b|\bnakala\b|অনুলিপি|نسخه|رونوشت",
    r"\b(?:skal|må)\b|\bповинн\w*|\bмає\b|\bтрябва\b|\bmora\w*|\bмора\w*|\bprivalo\b"
    r"|\bturi\b|\bjā\w+|\bpeab\b|\btuleb\b|\bmesti\b|\bhendaklah\b|\bwajib\b|\blazima\b"
    r"|\bbehar\s+(?:du|dute|da|dira)\b|হবে|باید",
    r"\b(?:ledsage\w*|vedlæg\w*|vedlegg\w*|medfølge\w*|indeholde\w*|inneholde\w*|бути\s+додан\w*"
    r"|додава\w*|супроводж\w*|містити|съдърж\w*|придружен\w*|sadrža\w*|priložen\w*|priložit\w*"
    r"|садржа\w*|приложен\w*|pridė\w*|turėti|pievieno\w*|saglabā\w*|lisa\w*|sisalda\w*|disertakan"
    r"|mengandungi|iambatane|ziambatane|iwe\s+na|eraman\w*|erantsi\w*|gehitu\w*)\b"
    r"|সংযুক্ত|সহ|همراه|پیوست",
    r"licens|lisens|ліценз|лиценз|licenc|litsents|lizentzi|\blesen\b|\bleseni\b|লাইসেন্স|مجوز"
    r"|اجازه\s*نامه",  # fa: the licence as a letter of permission (its ZWNJ dropped)
)


# (must, credit or name, whom: the licensor, the author, the source, the model): a credit duty
_CREDIT: tuple[str, str, str] = (
    _NOTICE[1],
    r"\b(?:kreditere|angive\w*|nævne|oppgi|nevne|henvis\w*|зазнач\w*|вказ\w*|посила\w*"
    r"|посоч\w*|цитира\w*|nurodyti|paminėti|norādīt|atsaukties|viita\w*|märki\w*|menyatakan"
    r"|kredit|\w{0,3}taj[ea])\b|"
    + both_scripts(r"\bnave(?:sti|oditi|de\w*)|\bcitira\w*")
    + r"|উল্লেখ|ذکر|ارجاع",
    r"licensgiver\w*|lisensgiver\w*|ліцензіар\w*|автор\w*|лицензодател\w*|"
    + both_scripts(r"\bdavatelj\w*|\bdavaoc\w*|\bdavalac\w*|\bautor\w*|\bizvor\w*")
    + r"|licenciar\w*|licences\s+devēj\w*|litsentsiandja\w*|pemberi\s+lesen|mtoaji\s+leseni"
    r"|\bkilde\w*|\bджерел\w*|\bизточник\w*|\bšaltin\w*|\bavot\w*|\ballika\w*|\bsumber\b"
    r"|\bchanzo\b|লাইসেন্সদাতা|উৎস|مجوزدهنده|منبع",
)


@cache
def _notice() -> tuple[re.Pattern[str], ...]:
    return tuple(compiled(p) for p in _NOTICE)


@cache
def _credit() -> tuple[re.Pattern[str], ...]:
    return tuple(compiled(p) for p in _CREDIT)


def read_notice(text: str) -> list[Clause]:
    """Copies that must carry the licence's text, or a credit the licensee must give the
    licensor, the author or the source: a notice or credit duty."""
    for clause in _end().split(text):
        if all(p.search(clause) for p in _notice()) or all(p.search(clause) for p in _credit()):
            return [Clause("attribution_required", True)]
    return []


# --- Swahili caps: the scale word before the number ("milioni 1", "milioni mbili") ------------

_SW_SCALE = compiled(r"\b(milioni|bilioni|elfu)\s+(\d+(?:[.,]\d+)?|moja|mbili|tatu|tano|kumi)\b")
_SW_SCALES = {"milioni": 1e6, "bilioni": 1e9, "elfu": 1e3}
_SW_COUNTS = {"moja": 1.0, "mbili": 2.0, "tatu": 3.0, "tano": 5.0, "kumi": 10.0}


def read_swahili_cap(text: str) -> list[Clause]:
    """A cap on monthly active users written "milioni 1" (`foreign_caps` reads a number
    before its scale word, as the other languages write it)."""
    cues = CUES_MORE["sw"]
    named = cues.mau.search(text) if cues.mau is not None else None
    found = _SW_SCALE.search(text, named.end()) if named is not None else None
    if named is None or found is None:
        return []
    count = found.group(2).lower()
    value = _SW_COUNTS.get(count) or float(count.replace(",", "."))
    cap = int(value * _SW_SCALES[found.group(1).lower()])
    term = {"count": cap, "unit": "mau", **cap_counts(text, cues)}
    return [Clause("user_threshold", term), Clause("mau_threshold", cap)]


def read_more(language: str, text: str, original: str) -> list[Clause]:
    """The clauses of one passage in one of these languages: uses banned, places excluded,
    copies carrying the licence, a Swahili cap, a Basque credit line or weights ban."""
    del original
    tags = ban_tags_eu(text) if language == "eu" else ban_tags(language, text)
    uses = [Clause("use_restrictions", tags)] if tags else []
    caps = read_swahili_cap(text) if language == "sw" else []
    places = read_withheld(text) or read_use_places(language, text)
    basque = read_clauses_eu(text) if language == "eu" else []  # `foreign_clauses_s39eu`
    return uses + places + read_notice(text) + caps + basque
