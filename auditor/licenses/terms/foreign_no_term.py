"""Passages in other languages that state no term of use, for `terms.foreign`: read, and they
add nothing (as the English rules leave such sentences aside).

- a warranty disclaimer ("provided as is", `foreign_duties.is_disclaimer`);
- a numbered clause's caption standing alone ("Madde 2 – Gelir sınırı.", "Artigo 4 - Lei
  aplicável.", "§ 3. Prawo właściwe."): a section number and a few words naming the clause,
  none of which restricts (the clause itself follows as its own passage);
- a definition of commercial use by its purpose ("Considera-se comercial qualquer utilização
  destinada principalmente à obtenção de vantagem comercial ou de compensação monetária", "Se
  entiende por uso comercial todo uso orientado a obtener una ventaja comercial", "Za
  komercyjne uważa się korzystanie nastawione na osiągnięcie korzyści majątkowej"): the
  ordinary meaning of the non-commercial grant it explains, which the grant's own passage
  states. A definition naming who the user is (a company, a business) widens the ban and is
  no such definition: it stays unread and is reported;
- boilerplate: rights reserved, no liability, no claim on the outputs, the agreement's
  duration, its end on a breach (`foreign_boilerplate`);
- in Greek, Hebrew, Hindi and Thai: the model "as is", without any warranty, or the licensor
  not liable (`foreign_duties_el_he_hi_th`);
- an offer of the model on the terms that follow ("aşağıdaki koşullarla ... sunar", "nas
  condições abaixo", "selon le tableau suivant"): the terms are the passages (or table rows)
  below, read on their own;
- a plain grant of the right to use, copy or modify, with no purpose, limit or condition
  (`foreign_grants`), and a definition of a party or a thing with no restrictive word
  (`foreign_definitions.is_plain_definition`; Japanese: `foreign_ja_definitions`);
- a copyright line in any language ("© 2026 Beispiel GmbH", `foreign_copyright`);
- a party of the licence named, and its seat ("Лицензиар — ТОО «Пример», г. Алматы",
  `foreign_parties`).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_boilerplate import is_boilerplate
from auditor.licenses.terms.foreign_cap_refs import counts_group
from auditor.licenses.terms.foreign_clauses_s39eu import states_no_term_eu
from auditor.licenses.terms.foreign_copyright import is_copyright_line
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_daily_caps import is_counted_apart
from auditor.licenses.terms.foreign_definitions import is_plain_definition
from auditor.licenses.terms.foreign_duties import is_disclaimer
from auditor.licenses.terms.foreign_duties_el_he_hi_th import states_no_term_el_he_hi_th
from auditor.licenses.terms.foreign_grants import is_plain_grant
from auditor.licenses.terms.foreign_grants_west import is_plain_grant_west
from auditor.licenses.terms.foreign_ja_definitions import (
    is_ja_plain_definition,
    is_output_freedom,
    is_output_ownership,
)
from auditor.licenses.terms.foreign_ja_ko_no_term import states_no_term_ja_ko
from auditor.licenses.terms.foreign_no_term_asia import states_no_term_asia
from auditor.licenses.terms.foreign_no_term_common import states_no_term_common
from auditor.licenses.terms.foreign_no_term_more import states_no_term_more
from auditor.licenses.terms.foreign_no_term_nordic import states_no_term_nordic
from auditor.licenses.terms.foreign_no_term_north import states_no_term_north
from auditor.licenses.terms.foreign_no_term_parties import states_no_term_parties
from auditor.licenses.terms.foreign_no_term_romance import states_no_term_romance
from auditor.licenses.terms.foreign_no_term_s37eu import states_no_term_s37eu
from auditor.licenses.terms.foreign_no_term_s37w2 import states_no_term_s37w2
from auditor.licenses.terms.foreign_no_term_s38w import states_no_term_s38w
from auditor.licenses.terms.foreign_no_term_s38w2 import states_no_term_s38w2
from auditor.licenses.terms.foreign_no_term_s40reg import states_no_term_s40reg
from auditor.licenses.terms.foreign_no_term_south_asia import states_no_term_south_asia
from auditor.licenses.terms.foreign_no_term_southeast import states_no_term_southeast
from auditor.licenses.terms.foreign_no_term_west import states_no_term_west
from auditor.licenses.terms.foreign_no_term_world import states_no_term_world
from auditor.licenses.terms.foreign_parties import names_party
from auditor.licenses.terms.foreign_precedence import is_translation_note
from auditor.licenses.text.language import language_of

_FLAGS = re.IGNORECASE

# a section number, with or without a word before it (Madde, Artigo, Cláusula, Artikel, §),
# then a caption of at most five words without digits
_CAPTION = lazy_pattern(
    r"(?:[^\W\d_]{2,15}\.?\s*)?(?:§\s*)?\d{1,3}(?:\.\d{1,3})*[.)]?\s*[-–—:.]?\s*"
    r"(?P<caption>[^\W\d_][^\d.;:!?]{0,48}?)\s*[.:]?",
    _FLAGS,
)
_MAX_CAPTION_WORDS = 5
# a caption naming a ban or a limit is a term in short ("Madde 5 - Dağıtım yasağı."): kept
_CAPTION_TERM = lazy_pattern(
    r"zakaz|verbot|untersag|interdi|prohib|proib|vietat|yasa[kğ]|cấm|запрещ|\bsem\b|\bohne\b"
    r"|\bsans\b|\bsin\b|\bsenza\b|\bbez\b|\bapenas\b|\bsolo\b|\bnur\b|\btylko\b|\byalnız|\bsadece\b"
    r"|\bchỉ\b|\bsomente\b|\buniquement\b|\bsoltanto\b|verbod|\bzonder\b|\balleen\b"
    r"|\buitsluitend\b|larangan|\btanpa\b|\bhanya\b",
    _FLAGS,
)

_DEFINED = lazy_pattern(
    "|".join(
        (
            r"\bconsidera(?:-se|m-se)\b|\bentende(?:-se|m-se)\b|\bdefine-se\b",  # pt
            r"\bse\s+(?:considera|entiende|define)\b|\bsignifica\b",  # es, pt, it
            r"\bsi\s+(?:intende|considera)\b|\bè\s+considerat\w*",  # it
            r"\bon\s+entend\s+par\b|\bs'entend\b|\best\s+considérée?\b|\bdésigne\b|\bsignifie\b",
            r"\bgilt\s+als\b|\bgelten\s+als\b|\bbedeutet\b|\bbezeichnet\b",  # de
            r"\boznacza\b|\buważa\s+się\b|\brozumie\s+się\b",  # pl
            r"\banlamına\s+gelir\b|\bsayılır\b|\bkabul\s+edilir\b|\bifade\s+eder\b",  # tr
            r"\bđược\s+hiểu\s+là\b|\bcó\s+nghĩa\s+là\b",  # vi
            r"\bwordt\s+verstaan\b|\bbetekent\b|\bgeldt\s+als\b",  # nl
            # a quoted term and a colon opening the passage: '"Uso Commerciale": ogni uso ...'
            r"^\W{0,6}[\"“„«‘]\s*[^\"”»“’]{2,60}?\s*[\"”»“’]\s*:",
            r"\bberarti\b|\bdiartikan\s+sebagai\b|\bdimaksud\s+dengan\b",  # id
        )
    ),
    _FLAGS,
)
_COMMERCIAL = lazy_pattern(
    r"comercia|commercia|commerci[eë]|komersi|kommerziell|gewerblich|komercyjn|ticar[iî]"
    r"|thương\s+mại",
    _FLAGS,
)
# the purpose a use is directed at: a commercial advantage, money, profit
_PURPOSE = lazy_pattern(
    "|".join(
        (
            r"\bvantag(?:em|gio)\s+commercial\w*|\bvantagem\s+comercial|\bventaja\s+comercial",
            r"\bavantage\s+commercial|\bkommerziell\w*\s+Vorteil|\bkorzyś\w*\s+(?:majątkow|handlow"
            r"|komercyjn|finansow|materialn)\w*|\bticari\s+(?:avantaj|kazanç|fayda)\w*",
            r"\bcompensa(?:ção|ción|tion|zione)\s+(?:monet|financ|pecuni|econ)\w*|\bcompenso\s+"
            r"(?:monetario|economico)|\bgeldwert\w*|\bparasal\s+\w+|\blợi\s+(?:thế|nhuận)",
            r"\b(?:lucro|lucrativ\w*|profitto|profit|Gewinn\w*|zysk\w*|kâr\w*|remunera\w*"
            r"|wynagrodzeni\w*|rémunération|thù\s+lao|winst\w*|keuntungan|laba|imbalan)\b",
            r"\b(?:financieel|commercieel|geldelijk)\s+voordeel|\bkompensasi\s+(?:uang|finansial)",
        )
    ),
    _FLAGS,
)
# who uses it: a definition naming the user's kind widens the ban (not the ordinary meaning)
_WHO = lazy_pattern(
    r"\b(?:empres|compan|sociedad|societ|soci[ée]t[ée]|unternehm|firm[ae]\b|przedsiębior|spół"
    r"|şirket|công\s+ty|doanh\s+nghiệp|organiza|organizz|organis|entidad|ente\b|podmiot"
    r"|kuruluş|tổ\s+chức|bedrij|onderneming|perusahaan|badan\s+usaha|organisasi)",
    _FLAGS,
)


def states_no_term(text: str, cues: Cues | None) -> bool:
    """Whether a passage no cue read states no term of use (see the module's list)."""
    if counts_group(text, cues):
        return False  # how a cap is counted, however it is worded: `foreign_cap_refs` reads it
    return (
        is_disclaimer(text)
        or _is_caption(text, cues)
        or _is_purpose_definition(text)
        or _is_offer_on_terms_below(text, cues)
        or _NON_COMMERCIAL_FREE.search(text) is not None
        or is_boilerplate(text)
        or is_copyright_line(text)  # "© 2026 Beispiel GmbH", in any language
        or is_plain_grant(text, cues)
        or is_plain_grant_west(text)  # ar, he, fa, tr, hi, bn, ur, ta: `foreign_grants_west`
        or is_plain_definition(text, cues)
        or names_party(text, cues)  # the licensor named, and its seat (`foreign_parties`)
        or states_no_term_parties(text, cues)  # ar/he/fa/tr/id/...: parties, nothing asked
        or is_ja_plain_definition(text)  # a Japanese definition of a thing or a measure
        or is_output_ownership(text)  # ko/ja: the outputs' rights vest in the user
        or is_output_freedom(text)  # ko/ja: the outputs free to use for any purpose
        or is_translation_note(text)  # a translation for reference only: binds no one
        or states_no_term_more(text)  # the languages `foreign_more` reads
        or states_no_term_west(text)  # ar, he, fa, tr, bn, sw: `foreign_no_term_west`
        or states_no_term_north(text)  # de, nl, pl, ru, uk, sv, cs: `foreign_no_term_north`
        or states_no_term_nordic(text, cues)  # de, nl, sv, da, no, fi, hu: `..._nordic`
        or states_no_term_romance(text)  # es, pt, fr, it, ro: copies carry the licence, ...
        or states_no_term_el_he_hi_th(text)  # el, he, hi, th: as is, no liability
        or is_counted_apart(language_of(text), text)  # a cap counted per product, no number
        or states_no_term_south_asia(language_of(text), text, cues)  # hi/id/ms/vi/th
        or states_no_term_ja_ko(language_of(text), text)  # ja/ko: `foreign_ja_ko_no_term`
        or states_no_term_southeast(text)  # th/vi/id/ms/tl/sw/am/yo: titles, notices unanswered
        or states_no_term_asia(text)  # zh..vi: accepted by downloading; anyone may use it
        or states_no_term_common(text)  # copies, as is, courts, duration: `..._common`
        or states_no_term_world(text)  # gd, ca, kk, uz, mn, km, xh, ht, zh: `..._world`
        or states_no_term_s37eu(text)  # de, fr, it, mt, is, nl, da: `foreign_no_term_s37eu`
        or states_no_term_s37w2(text)  # ka, az, gn, pt-BR, bn, ja, ko: `..._s37w2`
        or states_no_term_s38w2(text)  # ig/wo/mi/ay copies; ka/te/kn titles: `..._s38w2`
        or states_no_term_s38w(text)  # zh outputs, refusal; fa consent unneeded; ko basis
        or states_no_term_eu(text)  # eu: limits set out elsewhere (`foreign_clauses_s39eu`)
        or states_no_term_s40reg(text)  # cy: a pointer to another file (`..._s40reg`)
    )


# an offer on the terms that follow ("modeli aşağıdaki koşullarla herkese ücretsiz olarak
# sunar", "disponibiliza o modelo nas condições abaixo", "pone el modelo a disposición en las
# condiciones siguientes"): the terms are the passages below, each read on its own
_ON_TERMS_BELOW = lazy_pattern(
    r"\başağıdaki\s+(?:koşul|şart)\w*|\b(?:nas|sob\s+as)\s+condições\s+(?:abaixo|seguintes|a\s+seguir)"
    r"|\b(?:en|bajo)\s+las\s+condiciones\s+(?:siguientes|que\s+siguen)|\balle\s+(?:condizioni|seguenti"
    r"\s+condizioni)(?:\s+seguenti|\s+di\s+seguito)?|\baux\s+conditions\s+(?:suivantes|ci-dessous)"
    r"|\bzu\s+den\s+(?:folgenden|nachstehenden)\s+Bedingungen|\btheo\s+các\s+điều\s+kiện\s+"
    r"(?:sau|dưới\s+đây)"
    # on the terms of the table below: "selon le tableau suivant", "gemäß der folgenden Tabelle"
    r"|\b(?:selon|conformément\s+au|d'après)\s+le\s+tableau\s+(?:suivant|ci-dessous)"
    r"|\bgemäß\s+(?:der\s+)?(?:folgenden|nachstehenden)\s+Tabelle|\bsegún\s+la\s+tabla\s+"
    r"(?:siguiente|que\s+sigue)|\bconforme\s+(?:a\s+)?(?:tabela|o\s+quadro)\s+(?:abaixo|seguinte)"
    r"|\bsecondo\s+la\s+(?:seguente\s+)?tabella(?:\s+seguente)?|\bvolgens\s+de\s+(?:volgende"
    r"|onderstaande)\s+tabel|\bzgodnie\s+z\s+(?:poniższą|następującą)\s+tabelą|\bpodle\s+"
    r"(?:následující|níže\s+uvedené)\s+tabulky|\bсогласно\s+(?:следующей|приведённой\s+ниже)"
    r"\s+таблиц\w*"
    # the rights that follow ("räumt jedem Nutzer die folgenden Rechte ein", "accorde les droits
    # suivants"): they are the items or rows below
    r"|\b(?:die\s+)?(?:folgenden|nachstehenden)\s+Rechte\b|\bles\s+droits\s+(?:suivants|ci-dessous)"
    r"|\blos\s+(?:derechos\s+(?:siguientes|que\s+siguen)|siguientes\s+derechos)|\bos\s+(?:seguintes"
    r"\s+direitos|direitos\s+(?:seguintes|abaixo))|\bi\s+(?:seguenti\s+diritti|diritti\s+seguenti)"
    r"|\bde\s+(?:volgende|onderstaande)\s+rechten\b|\bnastępujące\s+prawa\b",
    _FLAGS,
)
# the table below said to be what binds ("Maßgeblich ist allein die folgende Tabelle", "seul le
# tableau ci-dessous fait foi"): the terms are its rows, each read on its own
_TABLE_BINDS = lazy_pattern(
    r"\b(?:maßgeblich|massgeblich|verbindlich|entscheidend)\b[^.;]{0,40}?\b(?:folgende|nachstehende"
    r"|untenstehende)\s+Tabelle\b|\b(?:folgende|nachstehende)\s+Tabelle\b[^.;]{0,30}?\b(?:maßgeblich"
    r"|massgeblich|verbindlich)\b|\btableau\s+(?:suivant|ci-dessous)\s+(?:seul\s+)?fait\s+foi"
    r"|\btabla\s+(?:siguiente|de\s+abajo)\s+(?:es\s+)?(?:vinculante|prevalece)\b|\btabella"
    r"\s+(?:seguente|sottostante)\s+(?:è\s+)?(?:vincolante|prevale|fa\s+fede)\b|\btabela\s+"
    r"(?:seguinte|abaixo)\s+(?:é\s+)?(?:vinculativa|vinculante|prevalece)\b",
    _FLAGS,
)
_OFFERED = lazy_pattern(
    r"\bsun(?:ar|maktadır|ulur)\b|\bdisponibiliz\w*|\boferece\w*|\bconcede\w*|\bpone\b|\bofrece\w*"
    r"|\bmette\b|\boffre\b|\bmet\b|\bstellt\b|\bcung\s+cấp|\bcấp\b|\bconcèd\w*|\baccorde\w*"
    r"|\boctroie\w*|\bgewährt\b|\bräumt\b|\botorga\w*|\bverleent\b|\budziela\w*|\buděluje\w*"
    r"|\bпредоставля\w*",
    _FLAGS,
)


# non-commercial use said to stay free, with no "only" ("O uso sem fins lucrativos, inclusive
# pesquisa e ensino, continua livre"): what the grant leaves open, restricting nothing
_NON_COMMERCIAL_FREE = lazy_pattern(
    r"^\W*(?:o|el|l'|il|le|la)?\s*(?:uso|usos|utilização|utilisation|usage|utilizzo)\s+(?:sem\s+fins"
    r"\s+lucrativos|não[- ]comercia\w*|no\s+comercial|sin\s+fines\s+de\s+lucro|non[- ]commercia\w*"
    r"|sans\s+but\s+lucratif)\b(?![^.;]*\b(?:só|apenas|somente|unicamente|solo|solamente"
    r"|únicamente|seul\w*|uniquement|soltanto|esclusivamente)\b)[^.;]{0,80}?\b(?:continua|permanece"
    r"|sigue|resta|reste|rimane|é|es|est|è)\s+(?:livre|libre|libero|gratuit[oa]?|permitid[oa]"
    r"|autoris[ée]e?|consentit[oa])\b",
    _FLAGS,
)


def _is_offer_on_terms_below(text: str, cues: Cues | None) -> bool:
    below = _ON_TERMS_BELOW.search(text) is not None and _OFFERED.search(text) is not None
    if not below and _TABLE_BINDS.search(text) is None:
        return False
    rest = _TABLE_BINDS.sub(" ", _ON_TERMS_BELOW.sub(" ", text))
    return cues is None or cues.prohibited is None or cues.prohibited.search(rest) is None


def _is_caption(text: str, cues: Cues | None) -> bool:
    found = _CAPTION.fullmatch(text.strip())
    if found is None:
        return False
    caption = found.group("caption")
    if len(caption.split()) > _MAX_CAPTION_WORDS:
        return False
    if _CAPTION_TERM.search(caption) is not None:
        return False
    return cues is None or cues.restrictive.search(caption) is None


def _is_purpose_definition(text: str) -> bool:
    return (
        _DEFINED.search(text) is not None
        and _COMMERCIAL.search(text) is not None
        and _PURPOSE.search(text) is not None
        and _WHO.search(text) is None
    )
