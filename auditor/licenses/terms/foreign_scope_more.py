"""Bans on passing the weights on in Czech, Polish, Dutch and Russian, and bans on offering the
model to others as a hosted service or through an API in those and in German, French, Spanish,
Portuguese and Italian, for `foreign_weights.read_weights` (the English clause rules:
use_scope/no-weight-redistribution, use_scope/no-adaptation-sharing,
use_scope/no-third-party-service).

Each is read within one clause (cut at a full stop, a semicolon or a contrastive "but"):

- a ban word of the licensee ("nesmíte", "nie wolno", "mag ... niet", "не вправе") with a verb
  of passing on (publish, sell, hand to third parties, distribute) and the weights ("váhy",
  "wagi", "gewichten", "веса"): `no-weight-redistribution`; when only the *modified* weights
  are named the ban is on sharing adaptations, `no-adaptation-sharing`; "modified or not"
  ("upravené či neupravené") is every copy;
- a hosted service or an API ("als gehoste dienst", "via een API", "en tant que service",
  "jako služba") offered to others (an offering verb or third parties named) together with a
  ban word, or *after* an exception word that carves it out of a permission ("Commercieel
  gebruik is toegestaan, behalve het aanbieden ... aan derden als gehoste dienst"):
  `no-third-party-service`. A service the exception word comes after ("..., behalve waar de
  wet het verbiedt") is no carve-out, and a permission alone bans nothing.

A clause that allows on a condition ("bez uvedení licence", "tenzij", "sauf si") bans nothing,
unless the condition is the licensor's permission.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_FLAGS = re.IGNORECASE


def _re(*pieces: str) -> re.Pattern[str]:
    return lazy_pattern("|".join(pieces), _FLAGS)


WEIGHT_LANGUAGES = frozenset({"cs", "pl", "nl", "ru"})
SERVICE_LANGUAGES = frozenset({"cs", "pl", "nl", "ru", "de", "fr", "es", "pt", "it"})

_CLAUSE_END = lazy_pattern(
    r"[.;!?]|\b(?:ale|avšak|však|jednak|maar|echter|но|однако|mas|porém|pero|sin\s+embargo"
    r"|ma|però|tuttavia|mais|aber|jedoch)\b",
    _FLAGS,
)

_BAN = _re(
    # cs
    r"\b(?:nesmí\w*|zakázán\w*|zakazuj\w*|není\s+(?:dovolen|povolen|přípustn)\w*|nelze)\b",
    # pl
    r"(?<!nie\s)\b(?:zabroni\w*|zabrania\w*|zakazan\w*|niedozwolon\w*)"
    r"|\bnie\s+(?:wolno|można|może|mogą|należy|jest\s+dozwolon\w*|są\s+dozwolon\w*)\b",
    # nl
    r"(?<!niet\s)\bverboden\b|\b(?:is|zijn)\s+niet\s+toegestaan\b"
    r"|\b(?:mag|mogen)\s+(?:[\w-]+\s+){0,8}?(?:niet|nooit)\b",
    # ru
    r"(?<!не\s)\bзапрещ\w*|\bне\s+(?:вправе|может|могут|допускается|разрешается|должен|должны)\b",
    # de
    r"(?<!nicht\s)\b(?:untersagt|verboten)\b|\bnicht\s+(?:gestattet|erlaubt|zulässig)\b"
    r"|\b(?:darf|dürfen|darfst)\b(?=[^.;]{0,80}?\b(?:nicht|keinesfalls|niemals)\b)",
    # fr, es, pt, it
    r"(?<!pas\s)\b(?:est|sont)\s+(?:strictement\s+)?interdite?s?\b|\bil\s+est\s+interdit\b"
    r"|\bne\s+(?:pouvez|peut|peuvent|pourrez|pourra|devez|doit)\s+(?:pas|en\s+aucun\s+cas|jamais)\b",
    r"(?<!no\s)\b(?:queda|quedan|está|están|es)\s+prohibid\w*|\bse\s+prohíbe|\bno\s+(?:puede|puedes"
    r"|pueden|podrá|podrán)\b",
    r"(?<!não\s)\b(?:é|está|fica|são)\s+(?:proibid|vedad)\w*|\bnão\s+(?:pode|podem|poderá|poderão)\b",
    r"(?<!non\s)\b(?:è|sono)\s+(?:vietat|proibit)\w*|\bnon\s+(?:puoi|può|possono|potrà|potranno)\b",
)
# an exception carved out of a permission: the excepted act follows the word
_EXCEPT = _re(
    r"\b(?:behalve|uitgezonderd|met\s+uitzondering\s+van|kromě|vyjma|s\s+výjimkou|z\s+wyjątkiem"
    r"|poza|кроме|за\s+исключением|außer|ausgenommen|mit\s+Ausnahme|sauf|à\s+l'exception"
    r"|excepto|salvo|con\s+excepción|exceto|com\s+exceção|eccetto|tranne|ad\s+eccezione)\b",
)
# a condition that lets the act happen (the ban is then no ban), unless it is permission
_CONDITION = _re(
    r"\b(?:bez|pokud|ledaže|jestliže|chyba\s+że|o\s+ile|pod\s+warunkiem|zonder|tenzij|mits"
    r"|op\s+voorwaarde|без|если\s+только|при\s+условии|ohne|es\s+sei\s+denn|sofern|sans|à\s+moins"
    r"|pourvu|sin|a\s+menos|siempre\s+que|sem|desde\s+que|senza|purché|a\s+meno)\b"
    r"(?![^.;]{0,40}?(?:souhlas|svolen|zgod|zezwoleni|toestemming|согласи|разрешени|Zustimmung"
    r"|Genehmigung|Erlaubnis|autorisation|accord|autoriza|permiso|consentimiento|permissão"
    r"|consenso|autorizzazione))",
)

# --- the weights passed on (cs, pl, nl, ru) ------------------------------------------------------

_PASS_ON = _re(
    r"\bzveřejn\w*|\bpublikov\w*|\bprod(?:at|ávat|ejte|ávejte)\b|\bpředa\w*|\bpředáv\w*"
    r"|\bšíř\w*|\brozšiřov\w*|\bdistribu\w*|\bsdíle\w*|\bsdílet\b|\bzpřístupn\w*",
    r"\brozpowszechni\w*|\brozpowszechnia\w*|\budostępni\w*|\bopublikow\w*|\bpublikow\w*"
    r"|\bsprzeda\w*|\bprzekaz\w*|\bdystrybu\w*|\bodsprzeda\w*",
    r"\bverspreid\w*|\bverspreiden\b|\bpubliceren\b|\bopenbaar\s+(?:te\s+)?maken\b|\bdelen\b"
    r"|\bverkopen\b|\bdoorgeven\b|\bdoor\s+te\s+geven\b|\bherdistribu\w*|\bter\s+beschikking",
    r"\bраспростран\w*|\bпубликова\w*|\bопубликова\w*|\bпередава\w*|\bпередать\b|\bпередач\w*"
    r"|\bпрода(?:вать|ть|жа)\w*|\bотчужд\w*",
)
_WEIGHTS = _re(
    r"\bváh(?:y|ami|ách|ám)?\b|\bparametr\w*|\bwag(?:i|ami|ach|om)?\b|\bgewichten\b"
    r"|\bmodelgewichten\b|\bparameters\b|\bcheckpoints?\b|\bвес(?:а|ов|ами|ах)\b|\bпараметр\w*",
)
_MODIFIED = _re(
    r"\bupraven\w*|\bzměněn\w*|\bmodifikovan\w*|\bodvozen\w*|\bzmodyfikowan\w*|\bzmienion\w*"
    r"|\bpochodn\w*|\bgewijzigd\w*|\baangepast\w*|\bafgeleid\w*|\bизменённ\w*|\bизмененн\w*"
    r"|\bмодифицированн\w*|\bпроизводн\w*",
)
_EITHER_WAY = _re(
    r"\bupraven\w*\s+(?:či|nebo|i)\s+neupraven\w*|\bzměněn\w*\s+(?:či|nebo|i)\s+nezměněn\w*",
    r"\bzmodyfikowan\w*\s+(?:lub|czy)\s+(?:nie|niezmodyfikowan\w*)|\bzmienion\w*\s+(?:lub|czy)\s+"
    r"niezmienion\w*",
    r"\bal\s+dan\s+niet\s+gewijzigd\w*|\bgewijzigd\w*\s+of\s+(?:niet|ongewijzigd)",
    r"\bв\s+изменённом\s+или\s+неизменённом|\bв\s+измененном\s+или\s+неизмененном"
    r"|\bизменённ\w*\s+или\s+нет|\bизмененн\w*\s+или\s+нет",
)
_UNMODIFIED = _re(r"\bneupraven\w*|\bnezměněn\w*|\bniezmienion\w*|\bongewijzigd\w*|\bнеизмен\w*")

# --- a hosted service or an API offered to others ----------------------------------------------

_SERVICE = _re(
    r"\bgehoste\s+dienst\w*|\bonline\s*-?dienst\w*|\bclouddienst\w*|\bals\s+(?:een\s+)?dienst\b",
    r"\bhostovan\w*\s+služb\w*|\bonline\s+služb\w*|\bcloudov\w*\s+služb\w*|\bjako\s+služb\w*",
    r"\busług\w*\s+(?:hostowan\w*|online|w\s+chmurze)|\bjako\s+usług\w*",
    r"\bоблачн\w*\s+сервис\w*|\bонлайн-?\s*сервис\w*|\b(?:в\s+качестве|как)\s+(?:облачного\s+)?"
    r"(?:сервис\w*|услуг\w*)",
    r"\bgehostete\w*\s+Dienst\w*|\bOnline-?Dienst\w*|\bCloud-?Dienst\w*|\bals\s+(?:gehostete\w*\s+)?"
    r"(?:Dienst|Service)\b",
    r"\bservice\s+(?:hébergé|en\s+ligne|cloud)|\ben\s+tant\s+que\s+service\b",
    r"\bservicio\s+(?:alojado|en\s+línea|en\s+la\s+nube)|\bserviço\s+(?:hospedado|online"
    r"|em\s+nuvem)|\bcomo\s+(?:un\s+|um\s+)?servi(?:cio|ço)\b",
    r"\bservizio\s+(?:ospitato|online|cloud)|\bcome\s+servizio\b",
    r"\b(?:via|door\s+middel\s+van|přes|prostřednictvím|przez|za\s+pośrednictwem|через"
    r"|посредством|über|par|via|mediante|a\s+través\s+de|por\s+meio\s+de|tramite)\s+"
    r"(?:een\s+|eine\s+|une\s+|una\s+|uma\s+|l'|la\s+|el\s+|a\s+)?(?:API|rozhraní\s+API)\b",
    r"\bSaaS\b",
)
_OTHERS = _re(
    r"\baan\s+derden\b|\bderden\b|\btřetím\s+osobám\b|\btřetích\s+osob\b|\bosobom\s+trzecim\b"
    r"|\bosób\s+trzecich\b|\bтретьим\s+лицам\b|\bтретьих\s+лиц\b|\bDritten?\b|\btiers\b"
    r"|\bterceros\b|\bterceiros\b|\bterzi\b|\bpubliek\b|\bveřejnost\w*|\bpubliczn\w*",
    r"\baanbied\w*|\baan\s+te\s+bieden\b|\bter\s+beschikking|\bbeschikbaar\s+(?:te\s+)?stellen\b"
    r"|\bnabíz\w*|\bnabídnout\b|\bposkyt\w*|\bzpřístupn\w*|\boferowa\w*|\budostępni\w*"
    r"|\budostępnia\w*|\bświadcz\w*|\bпредоставл\w*|\bпредостав\w*|\bпредлага\w*|\banbiet\w*"
    r"|\banzubieten\b|\bbereitstell\w*|\bbereitzustellen\b|\boffrir\b|\bproposer\b"
    r"|\bmettre\s+à\s+disposition|\bofrecer\b|\bponer\s+a\s+disposición|\boferecer\b"
    r"|\bdisponibilizar\b|\boffrire\b|\bmettere\s+a\s+disposizione",
)


def more_scopes(language: str | None, text: str) -> list[str]:
    """The use_scope values one passage states (module docstring), in reading order."""
    if language not in SERVICE_LANGUAGES:
        return []
    scopes: list[str] = []
    for clause in (c for c in _CLAUSE_END.split(text) if c.strip()):
        found = [_service(clause)]
        if language in WEIGHT_LANGUAGES:
            found.append(_weights(clause))
        scopes.extend(s for s in found if s is not None and s not in scopes)
    return scopes


def _service(clause: str) -> str | None:
    service = _SERVICE.search(clause)
    if service is None or _CONDITION.search(clause):
        return None
    excepted = _EXCEPT.search(clause, 0, service.start())
    ban = _BAN.search(clause)
    if excepted is not None:
        if ban is not None and ban.start() < excepted.start():
            return None  # excepted from a ban: the service is what stays allowed
        carved = clause[excepted.end() :]  # what the exception names
    elif ban is not None:
        carved = clause
    else:
        return None
    return "no-third-party-service" if _OTHERS.search(carved) else None


def _weights(clause: str) -> str | None:
    if _BAN.search(clause) is None or _PASS_ON.search(clause) is None:
        return None
    if _CONDITION.search(clause):
        return None
    if _WEIGHTS.search(clause) is None:
        return None
    if _EITHER_WAY.search(clause):
        return "no-weight-redistribution"  # every copy, modified or not
    if _MODIFIED.search(clause):
        return "no-adaptation-sharing"
    return None if _UNMODIFIED.search(clause) else "no-weight-redistribution"
