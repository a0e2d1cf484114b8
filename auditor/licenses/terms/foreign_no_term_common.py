"""Clauses every licence carries that restrict no use, in the European languages the other
readers miss them in, for `foreign_no_term` (the English rules leave them aside too):

- copies carry the licence ("Kopier ledsages af disse betingelser", "Kopior ska åtföljas av
  dessa villkor", "Ogni copia reca il presente testo", "Korisnik uz Model prilaže ove uvjete",
  "Οι αντιγραφές συνοδεύονται από την παρούσα άδεια");
- the model as it is, with no warranty, and no liability ("szavatosság nélkül", "tak, jak stojí
  a leží", "fără garanții", "nie odpowiada za szkody", "Aansprakelijkheid uitgesloten",
  "toimitetaan sellaisenaan");
- the courts that settle disputes ("Geschillen worden voorgelegd aan de rechtbank", "Αρμόδια
  είναι τα δικαστήρια");
- how long the licence lasts or when it takes effect ("na czas nieoznaczony", "stupaju na snagu
  preuzimanjem");
- the licensee answers for its own products or data ("snosi odgovornost za svoje proizvode",
  "er selv dataansvarlig"), the licensor keeps its copyright or may publish new versions
  ("bevarer ophavsretten", "kan udgive nye versioner", "može izdavati ažurirane inačice");
- both language versions equally binding ("Obie wersje językowe są jednakowo wiążące");
- publications asked to cite the model ("Le pubblicazioni ... citano il rapporto tecnico");
- the licensee to keep to the restrictions an annex sets out ("別表1に定める地域制限に従う"), or
  another file made part of the licence ("《使用条款.md》是本协议不可分割的组成部分"): that annex
  or file is read on its own;
- a caption standing alone, a few words and a full stop ("Застосовне право.").

A passage naming a ban or commercial use is none of them: it stays for the term readers.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_headings_s37w2 import names_ban_or_only
from auditor.licenses.terms.foreign_no_term_boiler import WORDED_ONLY, any_of, states_no_term_boiler
from auditor.model.license_words import FOREIGN_LICENSE_WORDS

__all__ = ["states_no_term_common"]

_FLAGS = re.IGNORECASE


_THIS_LICENCE = (
    r"(?:disse\s+(?:betingelser|vilkår(?:ene)?)|denne\s+licens|dessa\s+villkor|denna\s+licens"
    r"|denne\s+lisensen|tämä\s+lisenssi|nämä\s+ehdot|diese(?:r|n)?\s+(?:Lizenz|Bedingungen)"
    r"|deze\s+(?:licentie|voorwaarden)|niniejsz\w+\s+(?:licencj\w*|warunk\w*)|t(?:at|ut)o\s+licenc\w*"
    r"|tyto\s+podmínky|ove\s+uvjete|ovu\s+licencu|ove\s+uslove|ezt\s+a\s+licencet|ezeket\s+a"
    r"\s+feltételeket|(?:την\s+)?παρούσα\s+άδεια|τους\s+παρόντες\s+όρους|il\s+presente\s+testo"
    r"|la\s+presente\s+licenza|prezenta\s+licen\w+|bu\s+lisans\w*)"
)
_COPIES = any_of(
    r"\b(?:ledsag\w*|åtfölj\w*|følges\s+av|mukana\s+on|beizufüg\w*|beigefügt|begleit\w*"
    r"|vergezeld|dołącz\w*|přilož\w*|prilaže|priložiti|prilož\w*|csatol\w*|mellékel\w*|reca"
    r"|recano|însoțit\w*|insotit\w*|birlikte)\b[^.;]{0,60}?" + _THIS_LICENCE,
    r"συνοδεύ\w*[^.;]{0,40}?" + _THIS_LICENCE,
)
_AS_IS = any_of(
    r"\bszavatosság\s+nélkül|\bahogy\s+van\b|\btak,?\s+jak\s+stojí\s+a\s+leží|\bfără\s+garanți\w*"
    r"|\bbez\s+(?:jakiejkolwiek\s+)?gwarancji|\bbez\s+záruky|\bsellaisenaan\b|\bilman\s+takuuta"
    r"|\bnie\s+odpowiada\s+za\s+(?:żadne\s+)?szkody|\bneodpovídá\s+za\s+(?:žádné\s+)?škody"
    r"|\baansprakelijkheid\s+(?:is\s+)?uitgesloten|\bnem\s+felel\b|\bnu\s+răspunde\b"
    r"|\bnie\s+ponosi\s+odpowiedzialności|\bne\s+odgovara\s+za",
)
_COURTS = any_of(
    r"\b(?:geschillen|spory|viták|jogviták|litigiile|tvister|tvistigheder|riidat)\b[^.;]{0,60}?"
    r"\b(?:rechtbank|sąd\w*|soud\w*|bíróság\w*|instanț\w*|domstol\w*|ret(?:ten)?|tuomioistuin\w*)",
    r"αρμόδια\s+(?:είναι\s+)?τα\s+δικαστήρια|\bbevoegde\s+rechter\b",
)
_DURATION = any_of(
    r"\bna\s+czas\s+nieoznaczony|\bna\s+dobu\s+neurčitou|\bna\s+neodređeno\s+vrijeme"
    r"|\bhatározatlan\s+időre|\bpe\s+durată\s+nedeterminată|\bvoor\s+onbepaalde\s+tijd"
    r"|\btoistaiseksi\b|\bstupaju\s+na\s+snagu|\bnabývají?\s+účinnosti|\bwchodz\w*\s+w\s+życie"
    r"|\bhatályba\s+lép|\bintră\s+în\s+vigoare|\btreden\s+in\s+werking",
)
_OWN_AFFAIRS = any_of(
    r"\bsnosi\s+(?:punu\s+)?odgovornost|\bodpowiada\s+za\s+(?:swoje|własne)\b|\bodpovídá\s+za"
    r"\s+(?:své|vlastní)\b|\b(?:er|är|on)\s+selv\s+dataansvarlig|\bpersonuppgiftsansvarig\b"
    r"|\bbevarer\s+ophavsretten|\bbehåller\s+upphovsrätten|\bbeholder\s+opphavsretten"
    r"|\bkan\s+(?:udgive|utge|ge\s+ut)\s+nye?\s+versioner|\bmože\s+izdavati\s+\w*\s*inačice"
    r"|\bmůže\s+vydávat\s+nové\s+verze|\bmoże\s+wydawać\s+nowe\s+wersje",
)
_EQUALLY_BINDING = any_of(
    r"\bjednakowo\s+wiążące|\bstejně\s+závazné|\bjednako\s+obvezujuć\w*|\begyaránt\s+kötelező"
    r"|\bla\s+fel\s+de\s+obligatorii|\bgelijkelijk\s+bindend|\blige\s+bindende|\blika\s+bindande"
    r"|\byhtä\s+sitovia|\bισόκυρ\w*",
)
_CITE = any_of(
    r"\bpubblicazion\w*\b[^.;]{0,60}?\bcit\w+|\bpublika(?:cje|tioner)\w*[^.;]{0,60}?\b(?:cytuj"
    r"|hänvis|henvis)\w*|\bhänvisa\s+till\b|\bhenvis\s+til\b",
)
# a ban, a need or commercial use: the passage states a term
_TERM = any_of(
    r"\b(?:prohib\w*|forbud\w*|forbudt|förbjud\w*|verbot\w*|verbod\w*|kiell\w*|interdi\w*"
    r"|vietat\w*|tilos\w*|zakaz\w*|zakáz\w*|zabranj\w*|interzis\w*|απαγορ\w*|запрещ\w*"
    r"|ne\s+smije|nesmí|nem\s+szabad|ei\s+saa|får\s+(?:inte|ikke)|må\s+ikke|mag\s+niet|darf\s+nicht"
    r"|non\s+può|nu\s+poate|commerc\w*|kommers\w*|kaupalli\w*|komerc\w*|komerč\w*|kereskedelmi"
    r"|εμπορικ\w*|erhvervsm\w*|gewerb\w*|only|alleen|endast|kun|vain|csak|doar|jedynie|pouze"
    r"|samo|μόνο|только|лише|тільки|не|no|non|nicht|not|nur|solo|sólo|solamente|seulement"
    r"|uniquement|apenas|somente|tylko|jen|numai|sadece|yalnızca|hanya|chỉ|proib\w*|yasak\w*"
    r"|tikai|tik|ainult|vaid|iba|само|лишь|тільки|biss"  # lv, lt, et, sk, bg/sr, ru, uk, mt
    r"|dilarang|larangan|cấm|محظور|ممنوع|אסור)\b"
    r"|禁止|不得|严禁|嚴禁|不可(?!分)|仅|僅|只|商用|商业|商業|营利|営利|できません|금지|상업|영리|않",
)
# a pointer to the restrictions an annex sets out ("利用者は、別表1に定める地域制限に従うものとし
# ます", "El usuario respetará las restricciones del Anexo A"): the annex is read on its own
_ANNEX = (
    r"(?:別表|附件|附表|별표|부속서|\b(?:Anex[oa]|Anlage|Annex\w*|Bilag\w*|Liite|Melléklet\w*"
    r"|Příloh\w*|Załącznik\w*|Prilog\w*|Παράρτημα|Приложени\w*|Додат\w*|Lampiran|Ek))"
    r"\s*[\dA-Z一二三四五IVX]{1,3}"
)
_ANNEX_POINTER = any_of(
    _ANNEX + r"[^.;。]{0,30}?(?:に従う|に従わ|を遵守|遵守|준수|따라야|따른다)",
    r"\b(?:cumplir\w*|respetar\w*|observar\w*|einhalten|beachten|overholde|följa|noudattaa"
    r"|dodržovat|przestrzegać|pridržavati|соблюдать|дотримуватися|mematuhi|uyma\w*|respecter"
    r"|rispettare|cumpri\w*)\b[^.;]{0,60}?" + _ANNEX,
)
# another file made part of the licence ("《使用条款.md》是本协议不可分割的组成部分", "NOTICE is
# part of these terms"): that file is read on its own
_FILE_PART = any_of(
    r"(?:\.(?:md|txt)\b|《[^》]{1,40}》|\b(?:NOTICE|LICEN[CS]E|USE_POLICY)\b|文件|檔案|ファイル|파일"
    r"|\b(?:Datei|fichier|file|archivo|ficheiro|tiedosto|fil|plik|soubor)\b)[^.;。]{0,60}?"
    r"(?:组成部分|組成部分|一部分|一部を構成|일부(?:를|이다|입니다)|integral|integrante|Bestandteil"
    r"|integrerad\s+del|integreret\s+del|erottamaton\s+osa|szerves\s+része|nedílnou\s+součást"
    r"|integralną\s+częś|неотъемлем\w*\s+част)",
)
# a caption standing alone, a few words and a full stop ("Застосовне право.", "Entidades sin
# fines de lucro."): the clause follows as its own passage
_CAPTION = lazy_pattern(
    # words spaced apart (never Chinese, Japanese, Korean or Thai, whose sentences are one run)
    r"^(?![^\n]*[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?=.{2,40}$)"
    # closed by a full stop: an item of a list ("Glücksspiel", "fines militares") is no caption
    r"\W{0,3}[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}\.\s*$"
)
_SHAPES: tuple[re.Pattern[str], ...] = (_COPIES, _AS_IS, _COURTS, _DURATION, _OWN_AFFAIRS)
_SHAPES += (_EQUALLY_BINDING, _CITE, _ANNEX_POINTER, _FILE_PART)


# a licence named ("по MIT-лицензии"): a mention for the other readers, never a caption
_NAMES_LICENCE = lazy_pattern(FOREIGN_LICENSE_WORDS + r"|(?-i:\b[A-Z]{2,}[\w.+-]*)", _FLAGS)


def states_no_term_common(text: str) -> bool:
    """Whether a passage is one of the clauses above (module docstring) or of
    `foreign_no_term_boiler`'s and names no term."""
    if _TERM.search(WORDED_ONLY.sub(" ", text)):
        return False
    caption = _CAPTION.search(text) and _NAMES_LICENCE.search(text) is None
    if caption and not names_ban_or_only(text):  # a ban in a few words is none (`..._s37w2`)
        return True
    return any(shape.search(text) for shape in _SHAPES) or states_no_term_boiler(text)
