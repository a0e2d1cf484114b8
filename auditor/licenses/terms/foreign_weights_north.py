"""Bans on training other models with the outputs (Swedish, Danish, Norwegian, Czech, Romanian,
Hungarian, Finnish) and on passing the weights on (the same but Czech, which
`foreign_scope_more` reads), for `foreign_weights.read_weights` (the English clause rules:
output_use_restriction, use_scope/no-weight-redistribution, use_scope/no-adaptation-sharing).

As in the other languages read there, one clause (cut at a full stop, a semicolon or a
contrastive "but") holds a ban word of the licensee and:

- the model's outputs ("modellens utdata", "výstupy Modelu", "rezultatele Modelului", "a modell
  kimenetei", "mallin tuottamat tulokset") and distilling, or training or improving *another*
  model ("andra språkmodeller", "jiných modelů", "alte modele", "más modellek", "muiden
  mallien"): `output_use_restriction`; outputs used freely, or a ban on training with the
  model itself, ban nothing;
- a verb of passing on (publish, share, distribute, sell) and the weights ("vikter", "vægte",
  "vekter", "ponderi", "súlyok", "painot", parameters, checkpoints): `no-weight-redistribution`,
  or `no-adaptation-sharing` when only the modified weights are named.

- a grant reserved to non-commercial organisations (`foreign_licensees_north`):
  `non-commercial-organizations`;
- a hosted service or an API ("som en värdtjänst eller via ett API", "ca serviciu găzduit",
  "isännöitynä palveluna") offered to others (third parties, customers, or a verb of offering):
  `no-third-party-service` (Czech is `foreign_scope_more`'s).

A clause allowing the act on a condition other than the licensor's permission bans nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_licensees_north import reserved_to_organisations

_FLAGS = re.IGNORECASE


class _Words(NamedTuple):
    ban: str
    outputs: str
    distil: str
    train: str
    other: str
    pass_on: str | None  # None: the weights are read elsewhere (Czech)
    weights: str | None
    modified: str | None


_NORDIC_BAN = (
    r"\b(?:forbudt|forbud\w*|förbjud\w*|må\s+(?:ikke|aldri|aldrig)|får\s+(?:inte|ej|aldrig)"
    r"|skal\s+ikke|ikke\s+(?:tillatt|tilladt)|(?:är|er)\s+(?:inte|ej|ikke)\s+(?:tillåt|tillat"
    r"|tillad)\w*)"
)
_WORDS: dict[str, _Words] = {
    "sv": _Words(
        _NORDIC_BAN,
        r"\b(?:utdata|resultat\w*|svar(?:en)?|output\w*|genererad\w*\s+(?:text|innehåll|data))\b",
        r"\bdestiller\w*|\bdistiller\w*",
        r"\b(?:träna\w*|tränings\w*|förbättra\w*|utveckla\w*)",
        r"\b(?:andra|annan|annat|konkurrerande|övriga)\s+(?:[\w-]+\s+){0,2}?[\w-]*modell\w*",
        r"\b(?:sprid\w*|dela\w*|publicer\w*|sälj\w*|distribuer\w*|tillgängliggör\w*|överlåt\w*)",
        r"\b(?:vikter(?:na)?|modellvikter\w*|parametrar\w*|checkpoints?)\b",
        r"\b(?:ändrad\w*|modifierad\w*|anpassad\w*|härledd\w*|finjusterad\w*)",
    ),
    "da": _Words(
        _NORDIC_BAN,
        r"\b(?:output\w*|resultat\w*|svar(?:ene)?|uddata|genererede?\s+(?:tekst|indhold|data))\b",
        r"\bdestiller\w*|\bdistiller\w*",
        r"\b(?:træne\w*|træning\w*|forbedre\w*|udvikle\w*)",
        r"\b(?:andre|anden|andet|konkurrerende)\s+(?:[\w-]+\s+){0,2}?[\w-]*model\w*",
        r"\b(?:videregive\w*|dele\w*|offentliggør\w*|sælge\w*|distribuer\w*|udgive\w*)",
        r"\b(?:vægte(?:ne)?|modelvægte\w*|parametre\w*|checkpoints?)\b",
        r"\b(?:ændrede?|modificerede?|tilpassede?|afledte?|finjusterede?)\b",
    ),
    "no": _Words(
        _NORDIC_BAN,
        r"\b(?:output\w*|resultat\w*|svar(?:ene)?|utdata|genererte?\s+(?:tekst|innhold|data))\b",
        r"\bdestiller\w*|\bdistiller\w*",
        r"\b(?:trene\w*|trening\w*|forbedre\w*|utvikle\w*)",
        r"\b(?:andre|annen|annet|konkurrerende)\s+(?:[\w-]+\s+){0,2}?[\w-]*modell\w*",
        r"\b(?:videreformidle\w*|dele\w*|publisere\w*|selge\w*|distribuere\w*|utgi\w*)",
        r"\b(?:vekter(?:ne)?|vektene|modellvekter\w*|parametere\w*|parametre\w*|checkpoints?)\b",
        r"\b(?:endrede?|modifiserte?|tilpassede?|avledede?|finjusterte?)\b",
    ),
    "cs": _Words(
        r"\b(?:zakázán\w*|zakazuj\w*|nesmí\w*|nelze|není\s+(?:dovolen|povolen|přípustn)\w*)",
        r"\b(?:výstup\w*|výsledk\w*|odpověd\w*|generovan\w*\s+(?:text|obsah|dat)\w*)",
        r"\bdestil\w*|\bdistil\w*",
        r"\b(?:trénov\w*|natrénov\w*|učení|zlepš\w*|vylepš\w*|vývoj\w*|vyvíj\w*)",
        r"\b(?:jin\w*|konkurenční\w*|další\w*)\s+(?:[\w-]+\s+){0,2}?[\w-]*model\w*",
        None,
        None,
        None,
    ),
    "ro": _Words(
        r"\b(?:interzis\w*|se\s+interzice|nu\s+(?:are|au|aveți|aveti)\s+dreptul|nu\s+(?:poate|pot"
        r"|puteți|puteti|este\s+permis\w*|sunt\s+permis\w*))",
        r"\b(?:rezultat\w*|ie[șşs]ir\w*|r[ăa]spunsuri\w*|output\w*|con[țţt]inut\w*\s+generat\w*)",
        r"\bdistil\w*",
        r"\b(?:antren\w*|[îi]mbun[ăa]t[ăa][țţt]\w*|dezvolt\w*)",
        r"\b(?:alt|alte|altor|altui|concuren[țţt]\w*|oricăr\w*|oricar\w*)\s+(?:[\w-]+\s+){0,2}?"
        r"model\w*",
        r"\b(?:redistribui\w*|distribui\w*|public\w*|partaj\w*|vinde\w*|pune\w*\s+la\s+dispozi)",
        r"\b(?:ponder\w*|greut[ăa][țţt]\w*|parametri\w*|checkpoint\w*)",
        r"\b(?:modificat\w*|adaptat\w*|derivat\w*|ajustat\w*)",
    ),
    "hu": _Words(
        r"\b(?:tilos\w*|tiltott\w*|nem\s+(?:szabad|lehet|használható|használhat\w*|engedélyezett"
        r"|terjeszthet\w*|adhat\w*|oszthat\w*|teheti\w*))",
        r"\b(?:kimenet\w*|eredmény\w*|válasz\w*|generált\s+(?:szöveg|tartalom|adat)\w*)",
        r"\bdesztill\w*|\bdisztill\w*|\bdistill\w*",
        r"\b(?:tanít\w*|betanít\w*|fejleszt\w*|javít\w*)",
        r"\b(?:más\w*|egyéb|további|versenytárs\w*|bármely)\s+(?:[\w-]+\s+){0,2}?[\w-]*modell\w*",
        r"\b(?:terjeszt\w*|megoszt\w*|közzéte\w*|értékesít\w*|továbbad\w*|átad\w*"
        r"|hozzáférhetővé|elérhetővé|ad\w*\s+tovább)",  # "nem adhatja tovább": the verb split
        r"\b(?:súly\w*|modellsúly\w*|paraméter\w*|checkpoint\w*)",
        r"\b(?:módosított\w*|átalakított\w*|származtatott\w*|finomhangolt\w*)",
    ),
    "fi": _Words(
        r"\b(?:kielle\w*|ei\s+saa|eikä\s+saa|ei\s+ole\s+sallittu|ei\s+sallita)",
        r"\b(?:tulok\w*|tuotok\w*|vastau\w*|output\w*|tuotta\w*\s+(?:teksti|sisältö)\w*)",
        r"\btisla\w*|\bdistill\w*",
        r"\b(?:koulut\w*|opett\w*|paranta\w*|parantam\w*|kehittä\w*)",
        r"\b(?:tois\w*|muid\w*|muu\w*|kilpailev\w*)\s+(?:[\w-]+\s+){0,2}?[\w-]*mall\w*",
        r"\b(?:levittä\w*|levitt\w*|jaka\w*|jae\w*|julkais\w*|myy\w*|luovutta\w*|luovut\w*)",
        r"\b(?:paino\w*|parametr\w*|checkpoint\w*)",
        r"\b(?:muokat\w*|muutet\w*|johdet\w*|hienosäädet\w*)",
    ),
}
LANGUAGES_NORTH = frozenset(_WORDS)

_NORDIC_SERVICE = (
    r"\b(?:värd|host(?:ad|et|ede))\w*\s+tjänst\w*|\bhost(?:et|ede)\s+tjeneste\w*"
    r"|\bvärdtjänst\w*|\b(?:moln|online|sky|cloud)-?tjänst\w*|\b(?:sky|cloud|online)-?tjeneste\w*"
    r"|\bsom\s+(?:en\s+)?(?:tjänst|tjeneste)\b|\bvia\s+(?:ett?\s+)?API\b|\bSaaS\b"
)
_NORDIC_OTHERS = (
    r"\btredje\s*part\w*|\btredjepart\w*|\btredjemand\w*|\berbjud\w*|\btillhandahåll\w*"
    r"|\btillgängliggör\w*|\btilbyd\w*|\btilby\w*|\bgøre\s+tilgængelig|\bgjøre\s+tilgjengelig"
    r"|\bkunder\w*"
)
# (a hosted service or an API, others it is offered to) in the languages that read the ban
_SERVICE: dict[str, tuple[str, str]] = {
    "sv": (_NORDIC_SERVICE, _NORDIC_OTHERS),
    "da": (_NORDIC_SERVICE, _NORDIC_OTHERS),
    "no": (_NORDIC_SERVICE, _NORDIC_OTHERS),
    "ro": (
        r"\bserviciu\w*\s+(?:găzduit|gazduit|online|cloud|[îi]n\s+cloud)\w*|\bca\s+serviciu\b"
        r"|\bprin\s+(?:intermediul\s+)?(?:unui\s+)?API\b|\bSaaS\b",
        r"\bter[țţt]\w*|\bofer\w*|\bpune\w*\s+la\s+dispozi\w*|\bclien[țţt]\w*",
    ),
    "hu": (
        r"\bhosztolt\s+szolgáltatás\w*|\bfelhő\w*\s+szolgáltatás\w*|\bonline\s+szolgáltatás\w*"
        r"|\bszolgáltatásként\b|\bAPI-?\w*\s+(?:keresztül|útján|révén)|\bSaaS\b",
        r"\bharmadik\s+fél\w*|\bharmadik\s+fele\w*|\bkínál\w*|\belérhetővé|\bnyújt\w*"
        r"|\bügyfel\w*",
    ),
    "fi": (
        r"\bisännöi\w*\s+palvelu\w*|\bpilvipalvelu\w*|\bverkkopalvelu\w*|\bpalveluna\b"
        r"|\bAPI:?\w*\s+(?:kautta|välityksellä)|\bSaaS\b",
        r"\bkolma\w*\s+osapuol\w*|\btarjo\w*|\bsaataville\w*|\basiakka\w*",
    ),
}

_CLAUSE_END = lazy_pattern(
    r"[.;!?]|\b(?:men|dock|ale|avšak|však|dar|însă|de|azonban|viszont|mutta|kuitenkin)\b", _FLAGS
)
# a condition that lets the act happen, unless it is the licensor's permission
_CONDITION = lazy_pattern(
    r"\b(?:förutsatt|forudsat|forutsatt|pokud|za\s+předpokladu|cu\s+condi[țţ]ia|dacă|feltéve"
    r"|amennyiben|edellyttäen|jos)\b(?![^.;]{0,60}?(?:medgivande|tillstånd|samtycke|tilladelse"
    r"|samtykke|tillatelse|souhlas|svolen|acord|consimț|permisiun|engedély|hozzájárul|lupa"
    r"|suostumu))",
    _FLAGS,
)


@cache
def _compiled(language: str) -> tuple[re.Pattern[str] | None, ...]:
    return tuple(None if p is None else re.compile(p, _FLAGS) for p in _WORDS[language])


@cache
def _service(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, _FLAGS) for p in _SERVICE.get(language, ()))


def _offered_as_service(language: str, clause: str) -> bool:
    """A ban clause naming a hosted service or an API offered to others."""
    patterns = _service(language)
    return bool(patterns) and all(p.search(clause) for p in patterns)


_EVERY_COPY = lazy_pattern(
    r"\b(?:eredeti|original\w*|alkuperäi\w*|originál\w*|originaal\w*|oprindelig\w*)\s*"
    r"(?:vagy|eller|tai|or|oder|sau|či|ali|või)\s",
    re.IGNORECASE,
)


def north_weights(language: str | None, text: str) -> tuple[list[str], bool]:
    """The use_scope values (weights passed on, a service offered to others) and whether outputs
    may not train other models, one passage in these languages states (module docstring)."""
    if language not in _WORDS:
        return [], False
    ban, outputs, distil, train, other, pass_on, weights, modified = _compiled(language)
    assert ban is not None and outputs is not None and distil is not None
    assert train is not None and other is not None
    scopes: list[str] = []
    trains = False
    for clause in _CLAUSE_END.split(text):
        if ban.search(clause) is None or _CONDITION.search(clause):
            continue
        if outputs.search(clause) and (
            distil.search(clause) or (train.search(clause) and other.search(clause))
        ):
            trains = True
            continue
        if _offered_as_service(language, clause) and "no-third-party-service" not in scopes:
            scopes.append("no-third-party-service")
            continue
        if pass_on is None or weights is None or modified is None:
            continue
        if pass_on.search(clause) and weights.search(clause):
            # "original or modified" is every copy, not the adaptations only
            adapted = modified.search(clause) and not _EVERY_COPY.search(clause)
            scope = "no-adaptation-sharing" if adapted else "no-weight-redistribution"
            if scope not in scopes:
                scopes.append(scope)
    if reserved_to_organisations(language, text):  # `foreign_licensees_north`
        scopes.append("non-commercial-organizations")
    return scopes, trains
