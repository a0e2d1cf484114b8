"""The uses a Basque passage bans, for `foreign_more.read_more` (a passage told Basque) and
`foreign_lists` (through `foreign_more.BANS` and `HARMS`): a ban word (`foreign_cues_s39eu.
BAN_EU`: "debekatuta dago", "ezin da", "ez dago baimenduta") and a harm word in one clause set
the tag the English rule of that harm sets (license_db/clause_rules/use_restrictions.yaml):

- the police as users, or investigating or predicting crimes ("poliziaren ikerketak",
  "delituak aurreikustea"): law-enforcement, as the English rules read police investigations
  and predicting crimes; predicting crimes and sorting people as suspected offenders
  ("ustezko delitugile gisa sailkatzea"), criminal proceedings or sentencing: criminal-justice,
  as the other languages' tables read them (`foreign_harms_justice`);
- military ends, weapons, mass or covert surveillance ("zaintza masiboa", "jarraipen
  masiboa", "zelatatzea"), biometric identification ("identifikazio biometrikoa", "aurpegi-
  ezagutza"), and the harms licences name beside them.

"Ez dago debekatuta" (it is not banned) bans nothing. An exception ("salbu X", "X izan ezik")
takes X out of a ban ("Debekatuta dago ..., salbu ikerketa penaletarako": no criminal-justice
ban); after a grant with no ban word it names the use banned ("Edozein helburutarako erabil
daiteke, helburu militarretarako izan ezik": military).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.licenses.terms.foreign_cue_shapes import compiled
from auditor.licenses.terms.foreign_cues_s39eu import BAN_EU
from auditor.licenses.terms.foreign_harms_biometric import settle_biometric

__all__ = ["BAN_EU", "HARMS_EU", "ban_tags_eu"]

_CRIME = r"\bdelitu\w*|\bkrimen\w*|\bkriminalitate\w*|\bdelitugile\w*|\bgaizkile\w*"
_PREDICT = r"\baurreikus\w*|\biragarr?\w*|\bprebeni\w*|\bprediktibo\w*"

HARMS_EU: dict[str, str] = {
    "illegal-activity": r"\blegez\s+kanpo\w*|\bilegal\w*|\blegearen\s+aurka\w*"
    r"|\bdelitu\w*\s+(?:bat\s+)?egi\w*|\bjarduera\s+kriminal\w*",
    "violence": r"\bindarkeri\w*|\bbortitz\w*",
    "terrorism": r"\bterrorism\w*|\bterrorist\w*",
    "minors": r"\badingabe\w*|\bhaurr\w*|\bumeen\b|\bumeak\b|\bumeei\b",
    "sexual-content": r"\bpornografi\w*|\bsexu[- ]?eduki\w*|\beduki\s+sexual\w*",
    "harassment": r"\bjazarpen\w*|\bjazarri\w*",
    "discrimination": r"\bdiskrimina\w*|\bbereizkeri\w*",
    "medical-advice": r"\bmediku[- ]?aholku\w*|\baholku\s+mediko\w*|\bdiagnos\w*",
    "generate-malware": r"\bmalware\w*|\bsoftware\s+maltzur\w*|\bkode\s+maltzur\w*"
    r"|\bbirus\s+informatiko\w*",
    "military": r"\bmilitar\w*|\bgerra\w*|\barmada\w*",
    "nuclear": r"\bnuklear\w*",
    "weapons": r"\barm(?:a|ak|en|ekin|etan|etarako|arik|agintz\w*|agile\w*)\b|\barmamentu\w*"
    r"|\blehergai\w*",
    "critical-infrastructure": r"\bazpiegitura\s+kritiko\w*",
    "fraud": r"\biruzur\w*|\bphishing\b|\bestafa\w*",
    "disinformation": r"\bdesinformazio\w*|\bberri\s+faltsu\w*|\binformazio\s+faltsu\w*",
    "spam": r"\bspam\w*",
    "law-enforcement": r"\bpolizi\w*|\bertzaintza\w*|\budaltzaingo\w*|\bguardia\s+zibil\w*"
    r"|\bsegurtasun\s+indar\w*|\blegea\s+betearaz\w*"
    rf"|(?:{_CRIME})[^.;,]{{0,30}}?(?:{_PREDICT}|\bikert\w*|\bikerket\w*)"
    rf"|(?:{_PREDICT})[^.;,]{{0,20}}?(?:{_CRIME})",
    "criminal-justice": rf"(?:{_CRIME})[^.;,]{{0,30}}?(?:{_PREDICT})"
    rf"|(?:{_PREDICT})[^.;,]{{0,20}}?(?:{_CRIME})"
    r"|\bustezko\s+(?:delitugile|gaizkile|errudun)\w*|\bikerketa\s+penal\w*"
    r"|\bprozesu\s+penal\w*|\bzigor[- ]?(?:prozesu|auzi|epai|ebazpen)\w*|\bepaiketa\s+penal\w*"
    r"|\bbaldintzapeko\s+askatasun\w*",
    "surveillance": r"\b(?:zaintza|jarraipen|behaketa|kontrol)\w*\s+masibo\w*|\bmasiboki\s+zain\w*"
    r"|\bzelat\w*|\bespioitza\w*|\bezkutu(?:an|ko)\s+(?:zain|jarraipen|behat)\w*"
    r"|\b(?:pertsonen|herritarren|langileen)\s+(?:zaintza|jarraipen|behaketa)\w*",
    "biometric-identification": r"\bbiometriko\w*|\baurpegi[- ]?(?:ezagutza|ezagutze|identifika)\w*"
    r"|\baurpegiak\s+ezagut\w*",
    "biometric-categorisation": r"\b(?:sailkapen|kategorizazio)\w*\s+biometriko\w*"
    r"|\bbiometrikoki\s+sailka\w*|\bdatu\s+biometriko\w*\s+(?:bidez|arabera)\s+sailka\w*",
}
"""Harm tag -> its Basque words, in the tags' order of `foreign_harms_more.HARMS`."""

_CLAUSE_END = r"[.;!?]|\bbaina\b|\bbaizik\b"
_SALBU = r"\bsalbu\b"  # the exception follows it: "salbu (eta) X"
_EZIK = r"\b(?:izan\s+)?ezik\b"  # the exception comes before it: "X izan ezik"
_GRANT = (
    r"\b(?:daiteke|daitezke|dezake|dezakete|dezakezu|dezakezue|baimentzen\s+d\w+|baimenduta"
    r"|onartuta|zilegi)\b|\bbaimena\s+ematen\b|\beskubidea\s+ematen\b"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return compiled(BAN_EU), compiled(_CLAUSE_END), compiled(_GRANT), compiled(r",")


@cache
def _harms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((tag, compiled(words)) for tag, words in HARMS_EU.items())


def _excepted(clause: str) -> tuple[str, str]:
    """(the clause less its exceptions, the exceptions): a comma's piece from "salbu" on, or
    up to "(izan) ezik"."""
    kept: list[str] = []
    excepted: list[str] = []
    for piece in _patterns()[3].split(clause):
        salbu = compiled(_SALBU).search(piece)
        ezik = compiled(_EZIK).search(piece)
        if salbu is not None:
            kept.append(piece[: salbu.start()])
            excepted.append(piece[salbu.end() :])
        elif ezik is not None:
            excepted.append(piece[: ezik.start()])
            kept.append(piece[ezik.end() :])
        else:
            kept.append(piece)
    return ",".join(kept), ",".join(excepted)


def _tags(text: str) -> list[str]:
    return [tag for tag, harm in _harms() if harm.search(text)]


def ban_tags_eu(text: str) -> list[str]:
    """The use-restriction tags one Basque passage bans (module docstring)."""
    ban, end, grant, _ = _patterns()
    tags: list[str] = []
    for clause in end.split(text):
        kept, excepted = _excepted(clause)
        if ban.search(kept) is not None:
            found = _tags(kept)
        elif excepted and grant.search(kept) is not None:
            found = _tags(excepted)  # a grant but for the uses it excepts
        else:
            continue
        tags.extend(t for t in settle_biometric(found, clause) if t not in tags)
    return [tag for tag in HARMS_EU if tag in tags]
