"""Passages stating no term in Arabic, Hebrew, Persian, Turkish, Indonesian, Malay, Tagalog,
Swahili, Hausa, Amharic and Yoruba (for `foreign_no_term`), read by their parts:

- a party named: the licensor (or the rights holder, or "who grants the licence", "from") then
  a colon, a dash or a copula, then an organisation by its legal form ("... בע"מ", "PT ...",
  "... A.Ş.", "... Sdn. Bhd.", "شركة ...");
- nothing asked: the passage says no permission need be asked and nothing be paid, and says
  nothing else (a few words left over at most);
- definitions of parties or things only: each free of the language's restrictive and banning
  words, of business or profit (`foreign_either_way`) and of harms (`foreign_defined_bans`).

A passage with a restrictive or banning word of its language outside those spans is never one.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_defined_bans import DEFINITION, harm_tags
from auditor.licenses.terms.foreign_either_way import KIND
from auditor.licenses.terms.foreign_watch_words import LANGUAGES
from auditor.licenses.text.language import language_of

_FLAGS = re.IGNORECASE
_PARTY = lazy_pattern(
    r"^\W{0,3}(?:[^\W\d_]{2,12}\s+(?:na\s+)?)?(?:[\d۰-۹٠-٩]{1,3}(?:[.\-][\d۰-۹٠-٩]{1,3})*[.)]?\s*"
    r"[-–—:.]?\s*)?"
    r"(?:נותן\s+הרישיון|מעניק\s+הרישיון|בעל(?:ת)?\s+הזכויות|מי\s+נותן\s+את\s+הרישיון"
    r"|המרשה|המ?עניק|المرخ\W{0,3}ص|مانح\s+الترخيص|صاحب\s+الحقوق|الجهة\s+المانحة"
    r"|صادرکننده|صادر\s*کننده|مجوزدهنده|اعطاکننده|دارنده\W{0,2}\s*(?:حقوق|پروانه)"
    r"|lisans\s+veren|lisansör|hak\s+sahibi|pemberi\s+(?:lisensi|lesen)|pemegang\s+hak"
    r"|pemilik\s+hak|dari|oleh|nagbibigay\s+ng\s+lisensi?ya|tagapaglisensi?ya|mula\s+(?:kay|sa)"
    r"|mtoa\s+leseni|mmiliki\s+wa\s+haki|kutoka\s+kwa|mai\s+ba\s+da\s+lasisi|mai\s+lasisi|daga"
    r"|ፈቃድ\s+ሰጪ\w*|olufunni|eni\s+ti\s+o\s+fun(?:ni)?\s+ni\s+iwe-?ase)"
    r"\s*(?:[-–—:]|\s(?:הוא|היא|هو|هي|است|adalah|ialah|ay|ni|shi\s+ne|ita\s+ce|ነው))\s*",
    _FLAGS,
)
# an organisation by its legal form
_NAMED = lazy_pattern(
    r"בע[\"״']?מ|ע[\"״]ר|شركة|مؤسسة|ذ\.م\.م|ش\.م\.م|شرکت|مؤسسه|A\.Ş\.|Ltd\.?\s*Şti|Şirketi"
    r"|(?<![\w.])(?:PT|CV|Tbk|Sdn\.?\s*Bhd|Bhd|Berhad|Syarikat|Yayasan|Inc|Corp|LLC|Ltd|Limited"
    r"|Kampuni|Kamfanin|Kamfani|Korporasyon)(?![\w])|ኃ\.የተ\.የግ\.ማ|ኩባንያ|ድርጅት",
    _FLAGS,
)
_MAX_WORDS = 16
# a definition naming business or profit holds a term ('"Matumizi ya Kibiashara" maana yake ni')
_KIND = lazy_pattern("|".join(f"(?:{words})" for words in KIND.values()), _FLAGS)
# nothing to ask and nothing to pay
_NOTHING_ASKED = lazy_pattern(
    r"אין\s+צורך\s+(?:\S+\s+){0,3}?(?:לבקש|באישור|ברשות|בהיתר|לשלם|לפנות)\S*"
    r"|אין\s+(?:תשלום|עלות|תמורה)|ללא\s+(?:תשלום|עלות|תמורה)|בחינם"
    r"|לא\s+נדרש\w*\s+(?:\S+\s+){0,2}?(?:אישור|היתר|תשלום)"
    r"|لا\s+(?:حاجة|يلزم|داعي)\s+(?:\S+\s+){0,3}?(?:إذن|موافقة|طلب|ترخيص|دفع|رسوم)\S*"
    r"|(?:دون|بدون|بلا)\s+(?:مقابل|رسوم|[اأ]ي\s+رسوم)|لا\s+(?:رسوم|مقابل)"
    r"|نیاز\S*\s+به\s+(?:\S+\s+){0,3}?(?:اجازه|مجوز|درخواست|پرداخت|هزینه)\S*\s+(?:نیست|ندارد|ندارید)"
    r"|هزینه\S*\s+(?:ندارد|نیست)|بدون\s+(?:پرداخت|هزینه)"
    r"|\b(?:izin|onay|başvuru|ödeme)\S*\s+(?:\S+\s+){0,2}?(?:gerek(?:mez|memektedir)"
    r"|gerek\s+yok\w*|gerekli\s+değil\w*)|\bücret\S*\s+(?:alınmaz|yoktur|ödenmez)"
    r"|\btidak\s+(?:perlu|usah|wajib)\s+(?:\S+\s+){0,2}?(?:izin|kebenaran|persetujuan|membayar"
    r"|bayar)\b|\btidak\s+(?:ada|dikenakan)\s+(?:biaya|bayaran|caj|yuran)\b"
    r"|\btiada\s+(?:bayaran|caj|yuran)\b|\btanpa\s+(?:biaya|bayaran|caj)\b"
    r"|\bhindi\s+kailangan\w*\s+(?:\S+\s+){0,2}?(?:pahintulot|permiso|magbayad|humingi)\S*"
    r"|\bwalang\s+(?:bayad|singil)\b"
    r"|\bhakuna\s+haja\s+(?:\S+\s+){0,3}?(?:ruhusa|kibali|idhini|kulipa|malipo)\w*"
    r"|\bhakuna\s+haja\s+(?:\S+\s+){0,2}?kuomba\w*"
    r"|\bhakuna\s+(?:malipo|ada|gharama)\b|\bbila\s+(?:malipo|ada|gharama)\b"
    r"|\bbabu\s+bukatar\s+(?:\S+\s+){0,2}?(?:izini|biya|nema)\w*|\bbabu\s+(?:kuɗi|kudi|biya)\b"
    r"|(?:ፈቃድ|ክፍያ)\S*\s+(?:\S+\s+){0,2}?(?:አያስፈልግም|አይጠየቅም)|ክፍያ\s+የለም"
    r"|\bko\s+si\s+iwulo\s+(?:\S+\s+){0,3}?(?:ase|igbanilaaye|sanwo)\w*|\bko\s+si\s+owo\b",
    _FLAGS,
)
_LEFT_OVER = 5  # "from us", "anything", "and": words besides what is not asked


def _free_of(text: str, cues: Cues | None) -> bool:
    if cues is None:
        return True
    prohibited = cues.prohibited
    return cues.restrictive.search(text) is None and (
        prohibited is None or prohibited.search(text) is None
    )


def names_party_more(text: str, cues: Cues | None) -> bool:
    """Whether a passage only names a party and its legal form (module docstring)."""
    opened = _PARTY.match(text.strip())
    if opened is None:
        return False
    rest = text.strip()[opened.end() :]
    if _NAMED.search(rest) is None or len(rest.split()) > _MAX_WORDS:
        return False
    return _free_of(rest, cues)


def asks_nothing(text: str, cues: Cues | None) -> bool:
    """Whether a passage only says nothing need be asked or paid (module docstring)."""
    if _NOTHING_ASKED.search(text) is None:
        return False
    rest = _NOTHING_ASKED.sub(" ", text)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= _LEFT_OVER and _free_of(rest, cues)


def defines_parties_only(text: str, cues: Cues | None) -> bool:
    """Whether a passage holds only definitions whose bodies state no term (module docstring)."""
    found = list(DEFINITION.finditer(text))
    if not found or cues is None:
        return False
    rest = DEFINITION.sub(" ", text)
    if len(re.findall(r"[^\W\d_]{2,}", rest)) > _LEFT_OVER:
        return False
    language = language_of(text) or ""
    if language not in LANGUAGES:  # the other languages' definitions: `foreign_definitions`
        return False
    return all(
        _free_of(m.group(), cues)
        and not _KIND.search(m.group())
        and not harm_tags(language, m.group())
        for m in found
    )


def states_no_term_parties(text: str, cues: Cues | None) -> bool:
    """Whether a passage names a party, asks nothing, or only defines parties or things."""
    return (
        names_party_more(text, cues) or asks_nothing(text, cues) or defines_parties_only(text, cues)
    )
