"""Caps and their consequences in languages the detector often tells for another (session 38),
for `terms.foreign`: Faroese (told Portuguese), Romansh (told Italian), Norwegian in either
written form (a sentence told English), Dutch (a short sentence told English), and a Frisian
sentence saying registering is enough. Each is recognised by its own words, whatever language
the passage was told for.

- Faroese: a user cap ("Virknir brúkarar um mánaðin ... 500.000", a table row or a sentence):
  `user_threshold` unit `mau`, counted with the licensee's affiliates when it names them as
  counted together ("taldir saman fyri loyvistakaran og øll hansara atknýttu feløg"), not when
  they are left out ("uttan"). Beside such a cap, commercial use allowed so long as the limit is
  not passed ("Vinnulig nýtsla er loyvd, so leingi markið ikki verður farið um"), and a further
  licence past it ("Verður markið farið um, skal serstakt loyvi fáast"): commercial use
  `restricted`, `separate-license-above-threshold`. A grant denied ("er ikki loyvd") or asking
  a permission of its own is left unread.
- Romansh: commercial use granted while the yearly turnover does not pass an amount ("po
  utilisar il model er per intents commerzials, sche sia svieuta annuala na surpassa betg CHF
  10'000'000"): `revenue_threshold`, commercial use `restricted` past it; the consequence ("Sche
  quest limit vegn surpassà, dovri ina licenza separada") read with that cap; the law chosen
  ("Questa licenza suttastat al dretg svizzer"): `governing_law`. A grant denied ("na po betg")
  or needing a permission ("permissiun") is left unread.
- Norwegian (Bokmål and Nynorsk): commercial use allowed for licensees with a yearly turnover
  under an amount ("Kommersiell bruk er tillate for lisenstakarar med ei årleg omsetning under
  200 millionar kroner (NOK)"): `revenue_threshold`, `restricted` past it; those with a higher
  turnover needing an agreement of their own ("må inngå ein eigen avtale"): the consequence.
  Nynorsk scale words ("millionar", "milliardar") and "kroner (NOK)" are read as Bokmål's.
- Dutch: a cap on weekly or daily users told English ("Voorwaarde: je product heeft per week
  niet meer dan 50.000 actieve gebruikers") read by `foreign_daily_eur` as Dutch; a request to
  get in touch for a separate licence ("Neem contact met ons op voor een aparte licentie") is
  that cap's consequence.
- Frisian: a sentence saying registering is enough and no permission is given ("Wy sjogge de
  registraasje net yn en jouwe gjin tastimming: registrearje is genôch") states no term of its
  own: it qualifies the registration route (`foreign_routes_world`). A ban in it leaves it unread.

A consequence is read only beside a cap this module read in the same text. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import revenue_cap, user_cap
from auditor.licenses.terms.foreign_daily_eur import read_daily_eur
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s38eu3"]

_FLAGS = re.IGNORECASE
_ABOVE = "separate-license-above-threshold"
_CONSEQUENCE = [Clause("commercial_use_conditions", [_ABOVE])]
_CAPPED = [Clause("commercial_use", "restricted"), *_CONSEQUENCE]
_CAPS = ("user_threshold", "revenue_threshold")

# fo: the monthly users, affiliates counted or left out
_FO_USERS = lazy_pattern(
    r"\bbrúkar\w*\s+(?:um|á|hvønn|hvørjan)\s+mánað\w*|\bmánaðarlig\w*\s+(?:virkn\w*\s+)?brúkar\w*",
    _FLAGS,
)
_FO_OTHER_PERIOD = lazy_pattern(r"\b(?:viku\w*|dag\w*|døgn\w*|ár\w*)\b", _FLAGS)
_FO_AFFILIATES = lazy_pattern(
    r"\b(?:atknýtt\w*|dóttur\w*|systur\w*)\s+(?:feløg|fyritøk\w*)|\bkonsern\w*", _FLAGS
)
_FO_TOGETHER = lazy_pattern(r"\b(?:saman|íroknað\w*|eisini)\b", _FLAGS)
_FO_LEFT_OUT = lazy_pattern(r"\b(?:uttan|undantikin\w*|ikki\s+(?:íroknað|talt|taldir))\b", _FLAGS)
_FO_GRANT = lazy_pattern(
    r"\bvinnulig\w*\s+nýtsl\w*[^.;]{0,40}?\ber\s+loyvd\b[^.;]{0,40}?\bso\s+leingi\b[^.;]{0,60}?"
    r"\bikki\b[^.;]{0,30}?\bfarið\s+um\b",
    _FLAGS,
)
_FO_PASSED = lazy_pattern(
    r"\b(?:verður|um)\s+(?:\w+\s+){0,2}?(?:farið\s+um|yvirstigi\w*)\b[^.;]{0,60}?\bskal\b"
    r"[^.;]{0,40}?\b(?:serstakt|sereint|eitt\s+nýtt)\s+(?:loyvi|avtal\w*|sáttmál\w*)",
    _FLAGS,
)
_FO_MORE = lazy_pattern(r"\bikki\s+loyvd\b|\bbannað\w*|\bskriftlig\w*|\bsamtykk\w*", _FLAGS)

# rm: its own words, the grant under a turnover, the consequence, the law
_RM_WORDS = lazy_pattern(
    r"\b(?:betg|dretg|svieuta|commerzial\w*|utilisar|vegn|dovri|quest|sche|suttastat)\b", _FLAGS
)
_RM_GRANT = lazy_pattern(
    r"\b(?:po|pon|dastga|dastgan)\s+(?:\w+\s+){0,3}?utilisar\b[^.;]{0,60}?\bcommerzial\w*"
    r"[^.;]{0,20}?\bsche\b[^.;]{0,40}?\bsvieuta\b[^.;]{0,30}?\b(?:na\s+surpassa\s+betg"
    r"|na\s+va\s+betg\s+sur|è\s+sut)\b",
    _FLAGS,
)
_RM_REVENUE = lazy_pattern(r"\bsvieuta\b", _FLAGS)
_RM_ANNUAL = lazy_pattern(r"\bannual\w*|\bper\s+onn\b|\bda\s+l'onn\b", _FLAGS)
_RM_DENIED = lazy_pattern(
    r"\bna\s+(?:po|pon|dastga\w*)\b|\b(?:po|pon|dastga\w*)\s+betg\b|\bpermissiun\w*"
    r"|\bconsentiment\w*|\bautorisaziun\w*|\bscumandà\w*",
    _FLAGS,
)
_RM_PASSED = lazy_pattern(
    r"\bsche\b[^.;]{0,40}?\bsurpass\w*[^.;]{0,30}?\b(?:dovri|dovra|basegna|ston|sto)\b"
    r"[^.;]{0,20}?\b(?:licenza|contract)\s+(?:separad\w*|speziala?)\b",
    _FLAGS,
)
_RM_LAW = lazy_pattern(
    r"\b(?:suttastat|è\s+suttamess\w*)\s+(?:al|a)\s+dretg\s+(?P<land>\w+)\b", _FLAGS
)
_RM_LANDS = {"svizzer": "CH", "talian": "IT", "austriac": "AT", "tudestg": "DE", "franzos": "FR"}

# no, nn: a grant for a turnover under an amount, and those above it
_NO_GRANT = lazy_pattern(
    r"\bkommersiell\s+bruk\s+er\s+(?:tillatt|tillate|lov)\s+for\b[^.;]{0,60}?\b(?:årlig|årleg)"
    r"\s+omsetning\s+(?:på\s+)?(?:under|lavere\s+enn|lågare\s+enn|mindre\s+enn)\b",
    _FLAGS,
)
_NO_MORE = lazy_pattern(
    r"\bsamtykke\w*|\btillatelse\w*|\bløyve\w*|\bikke\b|\bikkje\b|\bforbud\w*|\bforbode\b", _FLAGS
)
_NO_REVENUE = lazy_pattern(r"\bomsetning\w*", _FLAGS)
_NO_ANNUAL = lazy_pattern(r"\bårlig\w*|\bårleg\w*", _FLAGS)
_NO_PASSED = lazy_pattern(
    r"\b(?:høyere|høgare|større)\s+omsetning\b[^.;]{0,60}?\b(?:må|skal)\s+(?:\w+\s+){0,2}?"
    r"(?:inngå|ha|få|skaffe)\s+(?:en|ein)\s+(?:egen|eigen|separat|særskilt)\s+(?:avtale|lisens)",
    _FLAGS,
)
_NN_NUMBERS = (
    (lazy_pattern(r"\bmillionar\b", _FLAGS), "millioner"),
    (lazy_pattern(r"\bmilliardar\b", _FLAGS), "milliarder"),
    (lazy_pattern(r"\b(?:kroner|kr\.?)\s*\(NOK\)", _FLAGS), "norske kroner"),
)

# nl: a sentence told English, its Dutch words (three), and a separate licence asked
_NL_WORDS = lazy_pattern(
    r"\b(?:gebruikers|niet|heeft|hebben|meer\s+dan|het|een|voor|mag|mogen|je|uw|per\s+week"
    r"|per\s+dag|actieve)\b",
    _FLAGS,
)
_NL_PASSED = lazy_pattern(
    r"\b(?:neem|nemen)\s+(?:dan\s+)?(?:\w+\s+){0,3}?contact\s+(?:met\s+ons\s+)?op\b[^.;]{0,40}?"
    r"\b(?:aparte|afzonderlijke|aanvullende)\s+(?:licentie|overeenkomst)\b",
    _FLAGS,
)
_NL_MORE = lazy_pattern(r"\bniet\b|\bverbod\w*|\bverboden\b|\bschriftelijk\w*", _FLAGS)

# fy: registering enough, no permission given
_FY_REGISTERING = lazy_pattern(r"\bregistr\w*", _FLAGS)
_FY_ENOUGH = lazy_pattern(
    r"\bgenôch\b|\bgenoch\b|\bgjin\s+tastimming\b|\btastimming\s+is\s+net\s+nedich\b", _FLAGS
)
_FY_MORE = lazy_pattern(
    r"\bferbea\w*|\bnet\s+tastien\b|\bmei\s+net\b|\bmoatte?\s+(?:\w+\s+){0,2}?tastimming\b"
    r"|\bskriftlik\w*",
    _FLAGS,
)


def _words(pattern: re.Pattern[str], text: str) -> int:
    return len({m.group().lower() for m in pattern.finditer(text)})


def _faroese_cap(text: str) -> list[Clause] | None:
    if not _FO_USERS.search(text) or _FO_OTHER_PERIOD.search(text):
        return None
    count = user_cap(text, _FO_USERS)
    if count is None:
        return None
    term: dict[str, object] = {"count": count, "unit": "mau"}
    named = _FO_AFFILIATES.search(text)
    if named and _FO_TOGETHER.search(text) and not _FO_LEFT_OUT.search(text):
        term["counts"] = "licensee-and-affiliates"
    return [Clause("user_threshold", term), Clause("mau_threshold", count)]


def _romansh(text: str) -> list[Clause] | None:
    if _words(_RM_WORDS, text) < 2:
        return None
    law = _RM_LAW.search(text)
    if law and (code := _RM_LANDS.get(law["land"].lower())):
        return [Clause("governing_law", code)]
    if _RM_GRANT.search(text) and not _RM_DENIED.search(text):
        revenue = revenue_cap(text, _RM_REVENUE, _RM_ANNUAL)
        return None if revenue is None else [Clause("revenue_threshold", revenue), *_CAPPED]
    return None


def _norwegian(text: str) -> list[Clause] | None:
    if not _NO_GRANT.search(text) or _NO_MORE.search(text):
        return None
    for pattern, word in _NN_NUMBERS:
        text = pattern.sub(word, text)
    revenue = revenue_cap(text, _NO_REVENUE, _NO_ANNUAL)
    return None if revenue is None else [Clause("revenue_threshold", revenue), *_CAPPED]


def _dutch(passage: Passage) -> list[Clause] | None:
    if passage.language not in ("en", "und", None) or _words(_NL_WORDS, passage.text) < 3:
        return None
    return read_daily_eur("nl", passage.text) or None


def _frisian(text: str) -> list[Clause] | None:
    if _FY_REGISTERING.search(text) and _FY_ENOUGH.search(text) and not _FY_MORE.search(text):
        return []
    return None


def _consequence(text: str) -> bool:
    if _FO_PASSED.search(text) and not _FO_MORE.search(text):
        return True
    if _words(_RM_WORDS, text) >= 2 and _RM_PASSED.search(text) and not _RM_DENIED.search(text):
        return True
    if _NO_PASSED.search(text) and not _NO_MORE.search(text):
        return True
    return _NL_PASSED.search(text) is not None and not _NL_MORE.search(text)


def read_s38eu3(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages stating one of the shapes above, each with its clauses."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        text = passage.text
        clauses = _faroese_cap(text)
        clauses = clauses if clauses is not None else _romansh(text)
        clauses = clauses if clauses is not None else _norwegian(text)
        clauses = clauses if clauses is not None else _dutch(passage)
        clauses = clauses if clauses is not None else _frisian(text)
        if clauses is not None:
            found[passage] = clauses
    capped = any(c.key in _CAPS for clauses in found.values() for c in clauses)
    if not capped:  # a consequence or a grant under a limit: read only beside its cap
        return found
    for passage in passages:
        if passage in found:
            continue
        if _FO_GRANT.search(passage.text) and not _FO_MORE.search(passage.text):
            found[passage] = _CAPPED
        elif _consequence(passage.text):
            found[passage] = _CONSEQUENCE
    return found
