"""Routes to commercial use in the languages read by cues alone, for `terms.foreign`: how a
licence lets a business in, on the licensor's permission or on a notice the licensee sends (as
`foreign_zh_routes` reads Chinese ones and `foreign_ja_ko_routes` Japanese and Korean ones,
to which this module hands those languages).

A permission route: a passage whose language's restricted cue matches and whose condition is
the licensor's permission (`foreign_caps.needed_condition`: "O uso comercial depende de
autorização prévia e expressa", "Korzystanie w celach komercyjnych jest dopuszczalne wyłącznie
po uzyskaniu uprzedniej zgody Licencjodawcy"). Beside a grant for non-commercial ends in another
passage the licence grants commercial use on that permission (restricted), as one passage
holding both is read; a route to a separate licence or contract keeps the ban. A sentence that
the licensor may refuse or decides at its discretion ("Licencjodawca może odmówić zgody bez
podania przyczyn", "a seu exclusivo critério") is read with the permission it qualifies, and
stays unread where the text asks for no permission.

A notice route: a duty to tell, e-mail, notify or register with the licensor before or for
commercial use ("Antes de iniciar a utilização comercial, envie um e-mail para ..."), the
passage naming no decision of the licensor it does not say is unneeded ("não depende de
aprovação", "sin necesidad de autorización", "ohne Genehmigung"): commercial use allowed, the
duty listed (registration). A sentence that only says no decision is needed ("Trata-se de uma
mera comunicação: não depende de aprovação nem de resposta") is read with such a route as that
registration, and stays unread without one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms import foreign_romance as romance
from auditor.licenses.terms import foreign_routes_nordic as nordic
from auditor.licenses.terms import foreign_routes_romance as romance_routes
from auditor.licenses.terms import foreign_routes_s37eu2 as eu2
from auditor.licenses.terms import foreign_routes_south_asia as south
from auditor.licenses.terms import foreign_routes_west as west
from auditor.licenses.terms.foreign_caps import needed_condition
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_ja_ko_routes import is_notice_route as ja_ko_notice
from auditor.licenses.terms.foreign_ja_ko_routes import ja_ko_routes
from auditor.licenses.terms.foreign_ja_ko_routes import without_unneeded as ja_ko_unneeded
from auditor.licenses.terms.foreign_routes_unanswered import (
    COMMERCIAL_MORE,
    TELL_MORE,
    main_language,
    unanswered,
)
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["is_notice_route", "permission_routes", "without_unneeded"]

_OWN_READERS = ("zh", "ja", "ko")  # routes read by their own modules

# The licensor's decision: approval, authorisation, consent, permission.
_DECISION = {
    "pt": r"aprova\w*|autoriza\w*|consentimento|permiss\w*|anuência|deferimento",
    "es": r"aproba\w*|autoriza\w*|consentimiento|permiso|visto\s+bueno",
    "fr": r"approbation|approuv\w*|autoris\w*|consentement|agrément|accord\s+(?:préalable|écrit)",
    "it": r"approva\w*|autorizza\w*|consenso|permesso|benestare",
    "de": r"genehmig\w*|zustimm\w*|erlaubnis|einwillig\w*|freigabe|freigegeben",
    "pl": r"zgod\w*|zezwoleni\w*|akceptacj\w*|zatwierdz\w*|zatwierdzeni\w*",
    "nl": r"goedkeuring|toestemming|instemming|vergunning",
    "hi": r"अनुमति|मंज\u093c?ूरी|स्वीकृति|सहमति|अनुमोदन|इजाज\u093c?त",
}
# A negation a few words before a decision says it is not needed ("não depende de aprovação",
# "keine Genehmigung"); "without" ("sem", "bez", "ohne" consent) makes it the condition instead.
_NOT = {
    "pt": r"\b(?:não|nao|nem|dispensa|independe)\b",
    "es": r"\b(?:no|ni)\b",
    "fr": r"\b(?:ne|n'|aucune?|ni)\b",
    "it": r"\b(?:non|né|alcuna?)\b",
    "de": r"\b(?:keine?\w*|nicht|weder)\b",
    "pl": r"\b(?:nie|ani)\b",
    "nl": r"\b(?:geen|niet)\b",
    "hi": r"(?:^|\s)न\s+तो(?=\s)",  # Hindi says "not" after the decision (_NOT_AFTER)
}
_WITHOUT = lazy_pattern(
    r"\b(?:sem|sin|sans|senza|ohne|bez|zonder|without)\b"
    r"|\btanpa\b(?!\s+(?:perlu|harus))|\b(?:không|chưa)\s+có\b|बिना",  # id/ms, vi, hi
    re.IGNORECASE,
)
_WORDS = 3  # words between the negation and the decision
_NEAR = 40  # characters: a negation this close before a decision word
# ... or a decision said not required after it ("eine Genehmigung ist nicht erforderlich")
_NOT_AFTER = {
    "pt": r"^\W*(?:\w+\s+)?não\s+(?:é|será|sendo)\s+(?:necessári|exigid|precis)",
    "es": r"^\W*(?:\w+\s+)?no\s+(?:es|será|se)\s+(?:necesari|requier|requerid|exig)",
    "fr": r"^\W*(?:\w+\s+)?n'est\s+pas\s+(?:requis|nécessaire|exigé)",
    "it": r"^\W*(?:\w+\s+)?non\s+(?:è|sarà)\s+(?:necessari|richiest)",
    "de": r"^\W*(?:\w+\s+){0,2}?nicht\s+(?:erforderlich|nötig|notwendig)",
    "pl": r"^\W*(?:\w+\s+)?nie\s+jest\s+(?:wymagan|potrzebn)",
    "nl": r"^\W*(?:\w+\s+){0,2}?niet\s+(?:vereist|nodig)",
    # "मंज़ूरी नहीं करते", "अनुमति की कोई आवश्यकता नहीं" (never "अनुमति के बिना नहीं": the condition)
    "hi": r"^\W*(?:(?!बिना)\S+\s+){0,3}?(?:नहीं|न)(?=\s|$|[,।.;])",
}
# Telling the licensor: an e-mail, a notice, a registration, information sent to it.
_TELL = {
    "pt": r"envi[ae]\w*|notif[ií]\w*|comuni(?:que|car|ca)\w*|inform[ae]\w*|regist\w*|cadast\w*",
    "es": r"envi[ae]\w*|notif[ií]\w*|comuni(?:que|car|ca)\w*|inform[ae]\w*|regístre\w*|registr\w*",
    "fr": r"envoy\w*|notifi\w*|inform(?:er|ez)\b|déclar\w*|enregistr\w*|inscri\w*|signal(?:er|ez)"
    r"|signalement|annonc\w*",
    "it": r"invi[ai]\w*|notific\w*|comunic\w*|inform[ai]\w*|registr\w*",
    "de": r"teilen\s+Sie|melden|mitteil\w*|anmeld\w*|registrier\w*|benachrichtig\w*|senden"
    r"|schicken",
    "pl": r"powiadom\w*|zgło[sś]\w*|poinform\w*|zarejestr\w*|wyślij|wysłać|prześl\w*|przesła\w*",
    "nl": r"meld\w*|stuur|sturen|registre\w*|informeer\w*|laat\s+\w+\s+weten",
    "hi": r"ई-?मेल|सूचना|सूचित|बता\s|बताएँ|बताएं|भेज|पंजीकरण|पंजीकृत|रजिस्टर",
}
# Before, or to start, commercial use (the commercial word is the cues' own: `_commercial_word`).
_BEFORE = {
    # (also "antes" alone after the verb: "lo comunicará antes por correo")
    "pt": r"\bantes\b|previamente|prévi[ao]|para\s+(?:iniciar|começar)|após|depois\s+d[eoa]",
    "es": r"\bantes\b|previamente|previ[ao]|para\s+(?:iniciar|comenzar|empezar)|tras|después\s+de",
    "fr": r"avant\s+(?:de|d'|l[ae']|toute?)|préalable\w*|pour\s+commencer|après|dès",
    "it": r"prima\s+d[ie]|preventiv\w*|previ[ao]|dopo|previa",
    "de": r"\bvor\s+(?:der|dem|Beginn|Aufnahme)|vorab|vorher|zuvor",
    # after telling it ("dozwolone po zgłoszeniu go na adres ..."), as "após" in Portuguese
    "pl": r"przed\s+|uprzedni\w*|wcześniej|\bpo\s+(?=(?:\w+\s+){0,2}?(?:zgło|powiadom|poinform"
    r"|zarejestr|rejestr|wysła|przesła))",
    "nl": r"voordat|vóór|vooraf|voorafgaand",
    "hi": r"से\s+पहले|से\s+पूर्व|पूर्व\s+में|शुरू\s+करने|आरंभ\s+करने",
}
_COMMERCIAL = {
    "pt": r"comercia\w*|empresaria\w*",
    "es": r"comercia\w*|empresaria\w*",
    "fr": r"commercia\w*",
    "it": r"commercia\w*",
    "de": r"kommerz\w*|gewerb\w*|geschäftlich\w*",
    "pl": r"komercyjn\w*|zarobkow\w*",
    "nl": r"commercie\w*|zakelijk\w*",
    "hi": r"व्यावसायिक|वाणिज्यिक|व्यापारिक|कमाई|मुनाफ|व्यवसाय|व्यापार|कारोबार",
}
# The licensor may refuse ("pode recusar", "może odmówić"), or decides at its discretion.
_MAY = r"\s+(?:\w+\s+){0,4}?"  # the modal, then a few words to the verb
_REFUSE = {
    "pt": r"pode(?:rá)?" + _MAY + r"(?:recusar|negar|indeferir)|(?:concede|concederá)\S*\s+ou\s+"
    r"nega|a\s+seu\s+(?:exclusivo\s+|livre\s+)?(?:critério|arbítrio)",
    "es": r"(?:puede|podrá)" + _MAY + r"(?:denegar|negar|rechazar)|a\s+su\s+(?:entera\s+"
    r"|sola\s+|exclusiva\s+|libre\s+)?(?:discreción|criterio)",
    "fr": r"(?:peut|pourra)" + _MAY + r"(?:refuser|rejeter)|à\s+sa\s+(?:seule\s+|libre\s+"
    r"|entière\s+)?(?:discrétion|appréciation)",
    "it": r"(?:può|potrà)" + _MAY + r"(?:rifiutar\w*|negar\w*)|a\s+(?:sua|propria)\s+"
    r"(?:esclusiva\s+|insindacabile\s+|libera\s+)?discrezione",
    "de": r"(?:kann|darf)" + _MAY + r"(?:verweigern|ablehnen|versagen)|nach\s+(?:eigenem|freiem)"
    r"\s+(?:\w+\s+)?Ermessen",
    "pl": r"może" + _MAY + r"odmówić|(?:według|wedle)\s+(?:własnego\s+|swobodnego\s+)?uznania",
    "nl": r"(?:kan|mag)" + _MAY + r"(?:weigeren|afwijzen)|naar\s+eigen\s+(?:goeddunken"
    r"|inzicht|oordeel)",
    "hi": r"(?:अस्वीकार|मना|इनकार)\s+(?:भी\s+)?कर\s+सकत|(?:अपने|स्व)\s*विवेक",
}


# ar, tr, fa, he, bn, sw, ur: their tables in `foreign_routes_west`
for _table, _west in (
    (_DECISION, west.DECISION), (_NOT, west.NOT), (_NOT_AFTER, west.NOT_AFTER),
    (_TELL, west.TELL), (_BEFORE, west.BEFORE), (_COMMERCIAL, west.COMMERCIAL),
    (_REFUSE, west.REFUSE),
):  # fmt: skip
    _table.update(_west)
# ro: its tables in `foreign_routes_romance`; pt telling by "dar ciência"
for _table, _romance in zip(
    (_DECISION, _NOT, _NOT_AFTER, _TELL, _BEFORE, _COMMERCIAL, _REFUSE),
    romance_routes.TABLES,
    strict=True,
):
    _table.update(_romance)
_TELL["pt"] += romance_routes.TELL_PT
# id, ms, vi: their tables in `foreign_routes_south_asia`
for _table, _south in zip(
    (_DECISION, _NOT, _NOT_AFTER, _TELL, _BEFORE, _COMMERCIAL, _REFUSE), south.TABLES, strict=True
):
    _table.update(_south)
# sv, da, no, fi, hu: their tables in `foreign_routes_nordic`
for _table, _nordic in zip(
    (_DECISION, _NOT, _NOT_AFTER, _TELL, _BEFORE, _COMMERCIAL, _REFUSE), nordic.TABLES, strict=True
):
    _table.update(_nordic)
# bg: its tables in `foreign_routes_s37eu2`
for _table, _bg in zip(
    (_DECISION, _NOT, _NOT_AFTER, _TELL, _BEFORE, _COMMERCIAL, _REFUSE), eu2.TABLES, strict=True
):
    _table.update(_bg)
_TELL.update({k: _TELL[k] + more for k, more in TELL_MORE.items()})  # `..._unanswered`
_COMMERCIAL.update({k: _COMMERCIAL[k] + more for k, more in COMMERCIAL_MORE.items()})


def _pattern(table: Mapping[str, str], language: str) -> re.Pattern[str]:
    """The table's pattern for one language, compiled on first use."""
    key = (id(table), language)
    if key not in _COMPILED:
        _COMPILED[key] = lazy_pattern(table[language], re.IGNORECASE)
    return _COMPILED[key]


_COMPILED: dict[tuple[int, str], re.Pattern[str]] = {}


def without_unneeded(language: str | None, text: str) -> str:
    """The passage with each decision of the licensor it says is unneeded blanked."""
    if language in ("ja", "ko"):
        return ja_ko_unneeded(language, text)
    if language not in _DECISION:
        return text
    text = romance_routes.not_a_request(text)  # "não se trata de pedido de autorização"
    negation = _pattern(_NOT, language)

    def blank(match: re.Match[str]) -> str:
        before = text[max(match.start() - _NEAR, 0) : match.start()]
        before = re.split(r"[.;:]", before)[-1]  # this clause only
        last = list(negation.finditer(before))
        tail = before[last[-1].start() :] if last else ""
        near = bool(last) and len(tail.split()) <= _WORDS + 1 and not _WITHOUT.search(tail)
        after = text[match.end() : match.end() + _NEAR]
        unneeded = near or _pattern(_NOT_AFTER, language).search(after)
        return "_" * len(match.group()) if unneeded else match.group()

    return _pattern(_DECISION, language).sub(blank, text)


def _decides(language: str, text: str) -> bool:
    return _pattern(_DECISION, language).search(without_unneeded(language, text)) is not None


def is_notice_route(language: str | None, text: str) -> bool:
    """Commercial use after a notice the licensee sends: telling the licensor before or to
    start commercial use, the passage naming no decision it does not say is unneeded."""
    if language in ("ja", "ko"):
        return ja_ko_notice(language, text)
    if language not in _TELL:
        return False
    return all(
        _pattern(table, language).search(text) is not None
        for table in (_TELL, _BEFORE, _COMMERCIAL)
    ) and not _decides(language, text)


def _only_unneeded(language: str, text: str) -> bool:
    """A sentence saying only that no decision of the licensor is needed (or is not made)."""
    unneeded = _pattern(_DECISION, language).search(text) is not None
    return (unneeded and not _decides(language, text)) or unanswered(language, text)


def _applies(language: str, text: str) -> bool:
    """A request for the licensor's permission, or the permission defined (`west.APPLY`)."""
    return language in west.APPLY and _pattern(west.APPLY, language).search(text) is not None


def permission_routes(
    passages: Sequence[Passage], cues: Mapping[str, Cues]
) -> tuple[bool, dict[Passage, list[Clause]]]:
    """Whether a passage of one text opens commercial use under this licence (on a notice or
    on the licensor's permission: Japanese and Korean by `foreign_ja_ko_routes`, Chinese left
    to `foreign_zh_routes`), and the passages qualifying such a route, each with its condition:
    a refusal with the permission, a decision said unneeded with the notice."""
    routed, found = ja_ko_routes(passages)
    notice = permission = False
    refusals: list[Passage] = []
    unneeded: list[Passage] = []
    main = main_language(passages)  # a notice told English among sentences of one language
    for passage in passages:
        language = passage.language or ""
        if language in ("en", "") and main and is_notice_route(main, passage.text):
            notice = True
            continue
        restricted = cues[language].restricted if language in cues else None
        if language in _OWN_READERS or language not in _DECISION or restricted is None:
            continue
        asked = without_unneeded(language, passage.text)
        if is_notice_route(language, passage.text):
            notice = True
        elif restricted.search(asked) is not None or romance.needs_permission(language, asked):
            permission = permission or needed_condition(asked) == "written-permission"
        elif _pattern(_REFUSE, language).search(passage.text) or _applies(language, passage.text):
            refusals.append(passage)
        elif _only_unneeded(language, passage.text):
            unneeded.append(passage)
    if permission:
        found |= {
            p: [Clause("commercial_use_conditions", ["written-permission"])] for p in refusals
        }
    if notice:
        found |= {p: [Clause("commercial_use_conditions", ["registration"])] for p in unneeded}
    return routed or notice or permission, found
