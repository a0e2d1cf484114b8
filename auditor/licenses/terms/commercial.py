"""Commercial use: does the grant reach it (allowed, restricted or prohibited), and research-only.

The grant's scope decides between `prohibited` and `restricted`, read from the clause's shape:

- A text that withholds commercial rights from its grant is `prohibited`: a grant confined to
  non-commercial use or research, a ban on commercial use, or a statement that the license
  does not reach it ("no commercial rights are granted", "this License does not grant any
  right to use it commercially", "commercial use is not licensed under this Agreement",
  "nothing herein grants ..."). A separate license the text mentions beside it (required,
  available, on request, "contact us") changes nothing: another license is another grant, and
  this one grants nothing commercial. A ban stated in its own clause ("commercial use is
  prohibited; for a license, contact us") stays a ban for the same reason.
- A text that grants commercial use subject to something more is `restricted`: a cap on users
  or revenue (stated in a clause, or in a definition of the class of licensees the clause
  restricts: `thresholds.py`), a confinement of scope, or the licensor's further license or
  permission ("commercial use requires a separate license", "you may not use it commercially
  without our prior written permission"). Such a clause states the condition under which
  commercial use is had rather than withholding it, and the condition is typed
  (`commercial_use_conditions`) so that a policy can ask for the permission before a
  commercial deployment.
- A ban that holds a cap ("companies earning more than $5M a year may not use it
  commercially without an enterprise agreement") is the cap's consequence: `restricted` with
  the threshold, never a total ban.
- A condition the licensee fulfils alone (registering or notifying the licensor, showing a
  credit) leaves commercial use `allowed`, with the condition typed and quoted: "free for
  commercial use after registration" grants commercial use to everyone who registers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.licenses.terms.commercial_conditions import conditioned, excepted, excepts
from auditor.licenses.terms.detect import _GRANT, Found, Rule, has_any, matching, rule
from auditor.licenses.terms.sentences import Document, Sentence

_I = re.IGNORECASE

# --- commercial use and research -------------------------------------------------------------

_NONCOMMERCIAL_ONLY = rule(
    r"\bnon-?commercial\b[^.;]{0,60}?\b(?:purposes?|uses?)\b[^.;]{0,20}?\bonly\b"
    r"|\b(?:solely|only|exclusively)\b(?:\s+[\w()-]+){0,8}?\s+(?:for\s+)?(?:your\s+)?non-?commercial\b"
    r"(?!\s+(?:re)?distribution)"
    r"|\bfor\s+purposes\s+other\s+than\s+commercial"
    r"|\bcommercial\s+(?:use|uses|purposes?|exploitation)\b[^.;]{0,60}\b(?:is|are)\s+(?:strictly\s+)?"
    r"(?:prohibited|forbidden|not\s+(?:permitted|allowed|licensed))"
    # "non-commercial" qualifying the grant itself: "a worldwide, non-commercial, royalty-free
    # license", "non-commercial rights to use"
    r"|\b(?:grants?|granted)\b[^.;]{0,120}?\bnon-?commercial\b(?!\s*,?\s*(?:and|or)\s+commercial)"
    r"(?:\s*,?\s*(?:and\s+|or\s+)?[\w-]+){0,6}?\s*,?\s+(?:copyright\s+|patent\s+)?"
    r"(?:licen[cs]es?|rights?|permission)\b(?!\s+(?:is|are)\s+(?:not\s+)?required)"
    # a permission given for non-commercial purposes, or with commercial ones carved out
    r"|\b(?:grant\w*|permitted|permission|licen[cs]ed)\b[^.;]{0,120}?\bfor\s+(?:any\s+|all\s+)?"
    r"(?:[\w-]+\s+)?non-?commercial\s+(?:purposes?|uses?|applications?|activit\w+)\b"
    r"|\b(?:excluding|except(?:\s+for)?|other\s+than|but\s+not)\s+(?:any\s+|all\s+)?commercial\s+"
    r"(?:use|uses|purposes?|applications?|activit\w+|exploitation|deployments?)\b",
    "commercial",
)
_NOT = (
    r"\b(?:not|never|nor|cannot|no\s+one|prohibited\s+from|forbidden\s+(?:to|from)"
    r"|barred\s+from)\b"
)
_GAIN = r"(?:revenue|income|profits?|money|fees?|monetary\s+gain|financial\s+gain)"
_COMMERCIAL_PARAPHRASE = rule(
    # a ban on the commercial acts themselves: selling, monetising, earning from it
    _NOT + r"[^.;:]{0,60}?\b(?:monetiz\w*|monetis\w*|commerciali[sz]\w*"
    r"|(?:sell|resell|rent|lease|license)\s+(?:or\s+\w+\s+)?(?:access|subscriptions?|(?:the\s+)?use\s+of)\b"
    r"|charge\s+(?:a\s+|any\s+)?(?:fees?|money|users|customers|subscribers|others)\s+for\s+"
    r"(?:the\s+)?(?:access|use|outputs?|services?|inference|queries|requests)\b"
    r"|(?:derive|generate|earn|make|obtain|receive)\s+(?:any\s+)?(?:direct\s+or\s+indirect\s+)?"
    + _GAIN
    + r"|profit\s+from|commercially\b(?!\s+(?:reasonable|available|usable)))"
    # "not for any business purpose", "no revenue-generating use", "not ... a paid service"
    r"|\b(?:not|never|nor|no)\s+(?:[\w-]+\s+){0,6}?(?:for\s+|in\s+|to\s+provide\s+)?(?:any\s+|a\s+|an\s+)?"
    r"(?:business|for-?profit|profit-?making|revenue-?generating|income-?generating|monetary"
    r"|paid|fee-?based|monetized|monetised|money-?making)\s+(?:[\w-]+\s+){0,2}?(?:purposes?|uses?"
    r"|usage|activit\w+|gain|advantage|applications?|services?|products?|deployments?|offerings?"
    r"|platforms?|ventures?|settings?|contexts?|environments?)\b"
    r"|" + _NOT + r"[^.;:]{0,80}?\bfor\s+(?:a\s+|any\s+)?(?:fee|profit|compensation|"
    r"(?:monetary|financial|commercial)\s+(?:gain|advantage|compensation))\b"
    # the acts named as the subject of a ban: "commercial exploitation is forbidden"
    r"|\b(?:commercial|business|for-?profit)\s+(?:use|uses|usage|exploitation|purposes?|deployment"
    r"|activit\w+|products?|services?|settings?|contexts?|applications?)\b[^.;]{0,60}\b(?:is|are)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden"
    r"|banned|barred|excluded|not\s+(?:permitted|allowed|licensed|authori[sz]ed|granted))"
    r"|\b(?:sale|resale|monetization|monetisation|commerciali[sz]ation|rental)\b[^.;]{0,60}\b(?:is|are)\s+"
    r"(?:strictly\s+)?(?:prohibited|forbidden|banned|not\s+(?:permitted|allowed))"
    # commercial users, or uses that earn, named as excluded
    r"|\b(?:for-?profit|commercial)\s+(?:entities|companies|organi[sz]ations|businesses|enterprises"
    r"|users|parties)\b[^.;]{0,40}\b(?:is|are|may)\s+(?:not|prohibited|forbidden|excluded)\b"
    r"|\b(?:uses?|usage|activit\w+)\s+(?:that|which)\s+(?:\w+\s+)?(?:generates?|produces?|earns?"
    r"|yields?)\s+(?:any\s+)?" + _GAIN + r"[^.;]{0,80}\b(?:excluded|prohibited|forbidden"
    r"|not\s+(?:permitted|allowed|licensed|covered|granted))"
    r"|\b(?:does|do|shall|will)\s+not\s+(?:extend|apply|cover)\b[^.;]{0,40}\b(?:commercial|business"
    r"|for-?profit)\b"
    # confinement to an unpaid purpose
    r"|\b(?:solely|only|exclusively|strictly)\b(?:[\s,]+[\w()-]+){0,8}?[\s,]+(?:for\s+)?(?:your\s+)?"
    r"(?:own\s+)?(?:academic|educational|non-?profit|not-for-profit|hobby\w*|teaching|classroom"
    r"|scholarly)\b"
    r"|\b(?:academic|educational|non-?profit|hobby)\s+(?:and\s+\w+\s+|or\s+\w+\s+)?(?:use|uses"
    r"|purposes?)\s+only\b",
    "sell", "moneti", "commerciali", "revenue", "income", "profit", "money", "rent", "lease",
    "fee", "gain", "commercially", "business", "paid", "compensation", "advantage", "sale",
    "rental", "commercial", "charge", "academic", "educational", "hobby", "teaching",
    "classroom", "scholarly",
)  # fmt: skip
RESEARCH_PURPOSE_LIST = (
    # a purpose list ending in "only": "for research and teaching only", "teaching or research
    # purposes only" (research beside another unpaid purpose); scope.py's research scope too
    r"\bresearch\s+(?:and|or|&)\s+(?:[\w-]+\s+){0,2}?(?:teaching|education(?:al)?|academic"
    r"|evaluation|non-?commercial|study|studies)(?:\s+(?:use|uses|purposes?))?\s+only\b"
    r"|\b(?:teaching|education(?:al)?|academic)\s+(?:and|or|&)\s+research(?:\s+(?:use|uses"
    r"|purposes?))?\s+only\b"
)
_RESEARCH_ONLY = rule(
    r"\b(?:solely|exclusively)\s+for\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){0,2}research\b"
    r"|\bonly\s+(?:use\s+)?[^.;]{0,120}?\bfor\s+(?:\w+\s+)?research\s+purposes\b"
    r"|\bresearch\s+(?:or|and)\s+evaluation\s+purposes\s+only|\bresearch\s+purposes\s+only"
    # the label form: "Research use only", "for academic research only", "research-only"
    r"|\b(?:for\s+)?(?:[\w-]+\s+)?research(?:\s+(?:use|uses|purposes?))?(?:\s+|-)only\b"
    r"|" + RESEARCH_PURPOSE_LIST,
    "research",
)
_COMMERCIAL_BANNED = rule(
    r"\b(?:not|nor|never|no)\b[^.;]{0,160}\bcommercial\s+(?:or\s+production\s+)?(?:purposes?|use"
    r"|uses|activit\w+|exploitation|organi[sz]ations?|deployments?|applications?|services?)"
    # a passive ban on putting it into commercial things: "may not be deployed in commercial
    # products", "must not be included in any commercial offering"
    r"|\b(?:may|must|shall|can|should)\s*not\s+be\s+(?:used|deployed|offered|sold|provided"
    r"|integrated|incorporated|included|embedded|distributed|shipped)\s+(?:in|into|within|for"
    r"|as\s+part\s+of)\s+(?:any\s+|a\s+|an\s+)?commercial\s+(?:[\w-]+\s+)?(?:products?"
    r"|offerings?|solutions?|software|systems?|platforms?|settings?|environments?|contexts?)\b",
    "commercial",
)
_COMMERCIAL_ITEM = rule(
    r"\bcommercial\s+(?:or\s+production\s+)?(?:purposes?|activit\w+|organi[sz]ations?)",
    "commercial",
)
_COMMERCIAL_OK = rule(
    r"\bcommercially\s+usable|\bcommercial\s+use\s+is\s+(?:permitted|allowed)", "commercial"
)


# --- the grant withheld, and the conditions of commercial use ---------------------------------

_COMMERCIAL_USE = (
    r"(?<![\w-])commercial(?:ly\b|\s+(?:use|uses|usage|purposes?|exploitation|rights?|activit\w+"
    r"|applications?|deployments?)\b)"
)
_GRANT_WITHHELD = rule(
    # "no commercial rights are granted", "no license is granted for commercial use"
    r"\bno\s+commercial\s+(?:use\s+)?(?:rights?|licen[cs]es?|permissions?)\b[^.;]{0,40}?\b(?:is|are)"
    r"\s+(?:hereby\s+)?(?:granted|given|conferred|included)\b"
    r"|\bno\s+(?:[\w-]+\s+)?(?:rights?|licen[cs]es?|permissions?)\s+(?:[\w-]+\s+){0,4}?(?:is|are)\s+"
    r"(?:hereby\s+)?(?:granted|given|conferred|included)\b[^.;]{0,60}?\b" + _COMMERCIAL_USE + r"|"
    # "this License does not grant any right to use it for commercial purposes", "the rights
    # granted above do not include commercial use", "grants no right to ... commercially"
    r"\b(?:licen[cs]es?|agreement|grant|rights|permissions?|terms)\b[^.;]{0,40}?\b(?:does|do|shall"
    r"|will)\s+not\s+(?:grant|give|confer|convey|include|cover|extend\s+to|permit|authori[sz]e"
    r"|allow)\b[^.;]{0,60}?\b"
    + _COMMERCIAL_USE
    + r"|\bgrants?\s+(?:you\s+)?no\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rights?|licen[cs]es?|permissions?)\b[^.;]{0,60}?\b" + _COMMERCIAL_USE + r"|"
    r"\bnothing\s+(?:in\s+|herein\s+)?(?:[\w-]+\s+){0,6}?(?:grant\w*|giv\w+|confer\w*|permit\w*"
    r"|authori[sz]\w*|allow\w*)\b[^.;]{0,80}?\b" + _COMMERCIAL_USE + r"|"
    # "commercial use is not licensed under this Agreement", "... is excluded from this license"
    r"\bcommercial\s+(?:use|uses|usage|purposes?|exploitation|deployments?|applications?)\b"
    r"[^.;]{0,40}?\b(?:is|are)\s+(?:not\s+(?:licensed|granted|permitted|covered|authori[sz]ed"
    r"|included|allowed)\s+(?:under|by|in)\s+(?:this|the)\s+(?:licen[cs]e|agreement|grant)"
    r"|not\s+(?:licensed|granted|permitted|covered)\s+hereunder|(?:expressly\s+|explicitly\s+)?"
    r"excluded\s+from\s+(?:this|the)\s+(?:licen[cs]e|grant|agreement|scope))"
    # "the model is not available for commercial use (without a separate license)"
    r"|\b(?:is|are)\s+not\s+(?:available|licensed|offered|released|provided)\s+for\s+(?:any\s+)?"
    + _COMMERCIAL_USE
    + r"|\b(?:licen[cs]e|grant|rights?)\b[^.;]{0,40}?\bexclud(?:es|e)\s+(?:any\s+|all\s+)?"
    + _COMMERCIAL_USE,
    "commercial",
)
"""A statement that the grant does not reach commercial use (prohibited, whatever else the
text offers)."""
_NON_COMMERCIAL = re.compile(r"\bnon[\s-]?commercial", _I)
_MARKS = ("trademark", "trade mark", "trade name", "service mark", "logo")
"""A sentence withholding the licensor's marks withholds no use of the model."""


def _banned(sentence: Sentence, ban: Rule) -> bool:
    """A ban stands unless its own clause excepts a further license or permission: "you may
    not use it commercially without our permission" is a condition; "commercial use is
    prohibited; for a license, contact us" a ban with a route beside it."""
    if not excepted(sentence):
        return True
    return ";" in sentence.text and any(
        ban.pattern.search(piece) and not excepts(piece) for piece in sentence.text.split(";")
    )


def _withheld(doc: Document) -> list[Sentence]:
    """Sentences saying the grant does not reach commercial use (each holds a negation: only
    those go through the pattern)."""
    return [
        s
        for s in doc.sentences_with(_GRANT_WITHHELD.keywords)
        if not s.excluded
        and not s.definition
        and has_any(s.lower, _NEGATIONS)
        and not has_any(s.lower, _MARKS)
        and _GRANT_WITHHELD.hits(s)
    ]


_NEGATIONS = ("no ", "not", "nothing", "exclud")


_NO_SCOPE = Found([])


def detect_research_only(doc: Document) -> Found:
    """Is the grant limited to research or evaluation?"""
    found = matching(doc, _RESEARCH_ONLY)
    return Found(bool(found), tuple(found[:2]))


def detect_commercial_use(
    doc: Document,
    *,
    policy: bool,
    license_cues: Found,
    thresholds: Iterable[Found],
    scope: Found = _NO_SCOPE,
    scope_barred: tuple[Sentence, ...] = (),
    capped: tuple[Sentence, ...] = (),
) -> Found:
    """prohibited > restricted (cap, scope, separate license, permission) > allowed (perhaps
    on a registration or a credit): see the module's docstring.

    A grant confined to personal use, evaluation, non-production use or research rules out
    production commercial use (`scope_barred` quotes it): prohibited. `capped` are the
    sentences stating a cap (`thresholds.detect_caps`): what they forbid is no total ban."""
    capped_set = set(capped)
    banned = [
        s
        for s in matching(doc, _NONCOMMERCIAL_ONLY)
        if s not in capped_set or _NON_COMMERCIAL.search(s.text)  # a ban on a capped class
    ]
    banned += matching(doc, _RESEARCH_ONLY)
    scopes = scope.value if isinstance(scope.value, list) else []
    banned += scope_barred
    banned += [s for s in _withheld(doc) if s not in capped_set]
    banned += [
        s
        for s in matching(doc, _COMMERCIAL_PARAPHRASE, skip_definitions=True)
        if s not in capped_set and _banned(s, _COMMERCIAL_PARAPHRASE)
    ]
    banned += [
        s
        for s in matching(doc, _COMMERCIAL_BANNED, restrictive=True, skip_definitions=True)
        if s not in capped_set and _banned(s, _COMMERCIAL_BANNED)
    ]
    banned += [
        s
        for s in matching(doc, _COMMERCIAL_ITEM, restrictive=True, skip_definitions=True)
        if s.list_item and s not in capped_set and not excepted(s)
    ]
    if banned:
        return Found("prohibited", tuple(sorted(set(banned), key=lambda s: (s.start, s.end))[:2]))
    restricting, allowing = conditioned(doc, capped)
    conditional = [s for found in thresholds for s in found.sentences]
    conditional += list(scope.sentences) if scopes else []
    conditional += restricting
    if conditional:
        return Found("restricted", tuple(conditional[:2]))
    if policy:
        return Found(None)
    allowed = matching(doc, _COMMERCIAL_OK) or matching(doc, _GRANT, skip_definitions=True)
    if allowing:  # the condition's sentence first, then the grant
        return Found("allowed", tuple(dict.fromkeys([*allowing[:1], *allowed[:1]])))
    if allowed:
        return Found("allowed", tuple(allowed[:1]))
    if license_cues.value and license_cues.sentences:
        return Found("allowed", license_cues.sentences[:1])
    return Found(None)
