"""Whole passages read apart from the cues (session 39, second European helper), for
`terms.foreign`: Albanian and Occitan routes to commercial use, their grants and laws; caps on
users in Icelandic, Hungarian and Welsh and Welsh grants (`foreign_caps_s39eub`); Belarusian,
Latvian and Faroese territories and domiciles (`foreign_territory_s39eub`); Macedonian revenue
caps, Asturian rows and grants by a table (`foreign_revenue_s39eub`).

- A route: commercial use named ("përdorimi tregtar", "l'usatge comercial") with the licensor's
  decision (permission, authorisation, consent) and a need ("vetëm me", "paraprake", "pas ...
  que amb", "prealabla", "cal"): commercial use `restricted` on `written-permission`; with a
  registration or notice instead, no decision standing ("a condicion de s'inscriure"):
  `allowed` on `registration`. A decision said unneeded ("sens cap de validacion", "pa leje"
  with "nuk kërkohet") is blanked first. A route read with a negation left over ("nuk
  lejohet", "es pas permés" without an exception "que") leaves the passage unread.
- A grant for non-commercial ends ("për qëllime jotregtare"): no term where the document
  opens a route to commercial use (the route says what commercial use needs), else commercial
  use `prohibited`.
- Occitan: a plain grant ("Podètz utilizar, modificar e integrar lo modèl"), two acts and
  nothing narrowing: no term beside a passage naming commercial use, else commercial use
  `allowed`; a registration said free and unvalidated, nothing more: read, no term.
- No warranty ("Licencuesi nuk jep asnjë garanci"): read, no term.
- The law chosen ("rregullohet nga ligji i Republikës së Shqipërisë", "es regida pel drech
  francés", "Tha lagh na h-Alba a' buntainn ris a' cheadachd seo"): `governing_law`; a Gaelic
  note that a translation is in another file: read, no term.

Each shape is asked only of a passage holding a word of its language (`_MARKS`): the readers
of the languages it is often told as (French, Spanish, Catalan) read on as before. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps_s39eub import read_caps_s39eub
from auditor.licenses.terms.foreign_revenue_s39eub import read_revenue_s39eub
from auditor.licenses.terms.foreign_territory_s39eub import territory_s39eub
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s39eub"]

_FLAGS = re.IGNORECASE
_ROUTED = "written-permission"


def _p(source: str) -> re.Pattern[str]:
    return lazy_pattern(source, _FLAGS)


# per language: words only it writes, commercial use, the licensor's decision, a need, a
# registration, a decision unneeded, a negation the shapes do not handle, a non-commercial
# grant, a plain grant's word and acts and its narrowing words, the law chosen
_MARKS = {
    "sq": _p(
        r"\b(?:të|është|për|nga|dhe|qëllim\w*|përdor\w*|lejohet|licencues\w*|modeli|mund|vetëm"
        r"|ligji|shkrim)\b"
    ),
    "oc": _p(
        r"\b(?:usatge\w*|permés|permesa|podètz|podetz|pòdon|autorizacion\w*|drech|modèl"
        r"|licéncia|primièr|inscripcion|vòstr\w*|produches|concedent)\b"
    ),
}
_COMMERCIAL = {
    "sq": _p(r"(?<![-\w])(?:tregtar\w*|komercial\w*)"),
    "oc": _p(r"\bcomercial\w*"),
}
_NONCOMMERCIAL = {
    "sq": _p(r"\bjo[- ]?tregtar\w*|\bjo[- ]?komercial\w*"),
    "oc": _p(r"\bnon[- ]comercial\w*"),
}
_DECISION = {
    "sq": _p(r"\bleje\w*|\bmiratim\w*|\bpëlqim\w*|\bautorizim\w*|\bmarrëveshje\w*"),
    "oc": _p(r"\bautorizacion\w*|\bpermission\w*|\bacòrd\w*|\bconsentiment\w*|\baprobacion\w*"),
}
_NEED = {
    "sq": _p(r"\bvetëm\s+me\b|\bvetem\s+me\b|\bparaprak\w*|\bduhet\b|\bme\s+shkrim\b"),
    "oc": _p(r"\bque\s+amb\b|\bsonque\b|\bsolament\b|\bunicament\b|\bprealabl\w*|\bescrich\w*"
             r"|\bcal\b|\bdeu\b|\bd'en\s+primièr\b"),
}  # fmt: skip
_REGISTER = {
    "sq": _p(r"\bregjistr\w*|\bnjoft\w*"),
    "oc": _p(r"\binscri\w*|\benregistr\w*|\bregistr\w*|\bdeclaracion\w*"),
}
_UNNEEDED = {
    "sq": _p(r"\b(?:pa\s+(?:asnjë\s+)?(?:miratim|leje|pëlqim)\w*|(?:nuk|s['’]?)\s+(?:kërkohet"
             r"|nevojitet)\s+(?:asnjë\s+)?(?:miratim|leje|pëlqim)\w*)"),
    "oc": _p(r"\bsens\s+(?:cap\s+d[e']\s*)?(?:validacion|autorizacion|aprobacion)\w*"),
}  # fmt: skip
# a refusal at the licensor's discretion, no negation of the grant: blanked before negations
_REFUSAL = {
    "sq": _p(r"\bmund\s+ta\s+refuzojë\b[^.;]*|\bpa\s+dhënë\s+arsye\b"),
    "oc": _p(r"\b(?:que\s+)?la\s+pòt\s+refusar\b[^.;]*"),
}
_NEGATION = {
    "sq": _p(r"\bnuk\b|\bmos\b|\bs['’]|\bpa\b|\bndalo\w*|\bpërveç\b|\bpërjashtim\w*"),
    "oc": _p(
        r"\bpas\b|\bges\b|\bcap\b|\bsens\b|\bforas\b|\bexcepte\b|\bamb\s+excepcion\b|\bno\b"
        r"|\bsense\b|\bdefendut\w*|\binterdi\w*|\bprohibi\w*"  # and as Catalan writes them
    ),
}
_EXCEPTION = {"sq": _p(r"\bvetëm\s+me\b"), "oc": _p(r"\bpas\s+\w+\s+que\b")}  # "not ... but"
_LAW: tuple[tuple[str, str], ...] = (
    (r"\brregullohet\s+(?:nga\s+)?ligj\w*\s+(?:i\s+)?(?:Republikës\s+së\s+)?Shqipëri\w*"
     r"|\bligj\w*\s+shqiptar\w*", "AL"),
    (r"\bregid[ae]\s+(?:per|pel|pels)\s+(?:lo\s+)?drech\s+francés\b", "FR"),
    (r"\bregid[ae]\s+(?:per|pel|pels)\s+(?:lo\s+)?drech\s+espanhòl\b", "ES"),
    (r"\bregid[ae]\s+(?:per|pel|pels)\s+(?:lo\s+)?drech\s+italian\b", "IT"),
)  # fmt: skip
# fy: Dutch law applying ("is it Nederlânsk rjocht fan tapassing"), now Frisian is told
_LAW = (*_LAW, (r"\bNederlânsk\w*\s+rjocht\s+(?:is\s+)?fan\s+tapassing\b", "NL"))
# gd: the licence under the law of Scotland (England, the United Kingdom), or that law applying
_LAW_GD = r"lagh\s+(?:na\s+h-Alba|Shasainn|na\s+R[iì]oghachd\s+Aonaichte)\b"
_LAW = (
    *_LAW,
    (r"\b(?:fo|a\s+r[eè]ir)\s+" + _LAW_GD + r"|\b" + _LAW_GD + r"\s+a['’]?\s+buntainn\b", "GB"),
)
# gd: a translation said to be in another file ("Tha eadar-theangachadh Beurla ann am faidhle
# LICENCE-EN.md"): states no term (which version binds is the precedence clause's)
_GD_NOTE = _p(
    r"^\W*tha\s+eadar-theangachadh\s+\w+\s+(?:ri\s+fhaighinn\s+)?(?:ann\s+)?(?:am|an|anns\s+an)"
    r"\s+(?:fhaidhle|faidhle)\s+\S+\W*$"
)
_LAWS = tuple((_p(source), code) for source, code in _LAW)
_NO_WARRANTY = {"sq": _p(r"^\W*\w+\s+nuk\s+jep\s+asnjë\s+garanci\w*\W*$")}
_OC_GRANT = _p(r"\bpodètz\b|\bpodetz\b|\bes\s+permés\b|\bautoriza\b|\bdona\s+lo\s+drech\b")
_OC_ACTS = _p(r"\b(?:utilizar|modificar|integrar|copiar|distribuir|adaptar|reproduire)\b")
_OC_NARROW = _p(
    r"\bcomercial\w*|\bpas\b|\bsonque\b|\bsolament\b|\bunicament\b|\bcondicion\w*|\bse\b|\bs['’]"
    r"|\bautorizacion\w*|\brecèrca\b|\bpersonal\w*|\bpròpri\w*|\bintèrn\w*|\bfins\b|\bamb\b"
)
_OC_REGISTRATION_NOTE = _p(
    r"^\W*l['’]inscripcion\s+es\s+gratuita(?:\s+e\s+se\s+fa\s+sens\s+cap\s+de\s+validacion)?\W*$"
)


def _blank(match: re.Match[str]) -> str:
    return "_" * len(match.group())


def _route(language: str, text: str) -> list[Clause] | None:
    """A route to commercial use (module docstring), or None."""
    if _COMMERCIAL[language].search(_NONCOMMERCIAL[language].sub(_blank, text)) is None:
        return None
    asked = _REFUSAL[language].sub(_blank, _UNNEEDED[language].sub(_blank, text))
    decides = _DECISION[language].search(asked) is not None
    negated = _NEGATION[language].search(_EXCEPTION[language].sub(_blank, asked)) is not None
    if decides and _NEED[language].search(asked) is not None and not negated:
        return [Clause("commercial_use", "restricted"), Clause(_CONDITIONS, [_ROUTED])]
    if not decides and _REGISTER[language].search(asked) is not None and not negated:
        return [Clause("commercial_use", "allowed"), Clause(_CONDITIONS, ["registration"])]
    return None


def _law(text: str) -> list[Clause] | None:
    for pattern, code in _LAWS:
        if pattern.search(text) is not None:
            return [Clause("governing_law", code)]
    return None


def _language(text: str) -> str | None:
    found = [code for code, marks in _MARKS.items() if marks.search(text) is not None]
    return found[0] if len(found) == 1 else None


def read_s39eub(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages stating one of the shapes above, each with its clauses."""
    found: dict[Passage, list[Clause]] = {}
    told = {p: _language(p.text) for p in passages if not p.heading}
    capped = False  # a revenue cap read here before (`foreign_revenue_s39eub`)
    for passage, language in told.items():
        clauses = read_caps_s39eub(passage.text, passage.language)  # is, hu, cy
        if clauses is None:  # mk, ast, el
            clauses = read_revenue_s39eub(passage.text, capped)
            capped = capped or any(c.key == "revenue_threshold" for c in clauses or ())
        if clauses is None and language is not None:
            clauses = _route(language, passage.text)
        if clauses is None:  # a law chosen, a translation pointed to: any language told
            clauses = _law(passage.text) or ([] if _GD_NOTE.search(passage.text) else None)
        if clauses is not None:
            found[passage] = clauses
    found |= territory_s39eub([p for p in passages if p not in found])  # be, lv, fo
    routed = {told.get(p) for p in found if found[p] and found[p][0].key == "commercial_use"}
    named = {lang for p, lang in told.items() if lang and _COMMERCIAL[lang].search(p.text)}
    for passage, language in told.items():
        if language is None or passage in found:
            continue
        clauses = _other(language, passage.text, routed=language in routed, named=named)
        if clauses is not None:
            found[passage] = clauses
    return found


def _other(language: str, text: str, *, routed: bool, named: set[str]) -> list[Clause] | None:
    """A non-commercial grant, a plain Occitan grant, a note: read beside the routes."""
    warranty = _NO_WARRANTY.get(language)
    if warranty is not None and warranty.search(text) is not None:
        return []
    noncommercial = _NONCOMMERCIAL[language].search(text) is not None
    if noncommercial and _COMMERCIAL[language].search(_NONCOMMERCIAL[language].sub(_blank, text)):
        return None  # both kinds named: read by no shape here
    if noncommercial and _NEGATION[language].search(text) is None:
        return [] if routed else [Clause("commercial_use", "prohibited")]
    if language != "oc":
        return None
    if _OC_REGISTRATION_NOTE.search(text) is not None:
        return []  # free, unvalidated: what the registration route said
    plain = _OC_GRANT.search(text) is not None and len(_OC_ACTS.findall(text)) >= 2
    if plain and _OC_NARROW.search(text) is None and _NEGATION["oc"].search(text) is None:
        return [] if "oc" in named else [Clause("commercial_use", "allowed")]
    return None


_CONDITIONS = "commercial_use_conditions"
