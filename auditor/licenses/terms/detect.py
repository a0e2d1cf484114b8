"""Detector building blocks, and the detectors for document type, thresholds and commercial use."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from auditor.licenses.terms.keywords import register_keywords
from auditor.licenses.terms.lowered import search_lowered
from auditor.licenses.terms.sentences import Document, Sentence

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Found:
    """A detector's answer: the value and the sentences it was read from."""

    value: object
    sentences: tuple[Sentence, ...] = field(default=())


def _re(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Does `text` contain one of `words`?"""
    return any(map(text.__contains__, words))


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern tried only on sentences holding one of its (lowercase) keywords: regexes over
    long sentences are the cost of extraction, substring tests are nearly free.

    The pattern is compiled at its first use, not at import: the CLI's commands that never
    extract terms would otherwise pay for compiling every rule (a quarter of a second)."""

    source: str
    keywords: tuple[str, ...]
    flags: int = _I
    _compiled: list[re.Pattern[str]] = field(
        default_factory=list, compare=False, hash=False, repr=False
    )

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once; a race compiles it twice, harmlessly)."""
        compiled = self._compiled
        if not compiled:
            compiled.append(re.compile(self.source, self.flags))
        return compiled[0]

    def search(self, sentence: Sentence) -> re.Match[str] | None:
        """The pattern's first match in the sentence, or None."""
        if not any(map(sentence.lower.__contains__, self.keywords)):
            return None
        return self.pattern.search(sentence.text)

    def hits(self, sentence: Sentence) -> bool:
        """Whether the pattern matches the sentence (no keyword test: see `search`)."""
        return search_lowered(self.pattern, sentence.lower, sentence.text)

    def holds(self, sentence: Sentence) -> bool:
        """`search` as a yes or no, through the lowercase twin where there is one."""
        return any(map(sentence.lower.__contains__, self.keywords)) and self.hits(sentence)


def rule(pattern: str, *keywords: str, flags: int = _I) -> Rule:
    """A Rule from a pattern and the words one of which any match must contain."""
    register_keywords(keywords)
    return Rule(pattern, tuple(keywords), flags)


def matching(
    doc: Document,
    pattern: Rule,
    *,
    restrictive: bool = False,
    skip_excluded: bool = True,
    skip_definitions: bool = False,
) -> list[Sentence]:
    """Sentences of `doc` that match `pattern`, filtered by context (worked out once per
    document and arguments: the answer depends on nothing else)."""
    key = (pattern, restrictive, skip_excluded, skip_definitions)
    return list(
        doc.remembered(
            key,
            lambda: _matching(doc, pattern, restrictive, skip_excluded, skip_definitions),
        )
    )


def _matching(
    doc: Document, pattern: Rule, restrictive: bool, skip_excluded: bool, skip_definitions: bool
) -> tuple[Sentence, ...]:
    hits = pattern.hits
    return tuple(
        s
        for s in doc.sentences_with(pattern.keywords)
        if (not restrictive or s.restrictive)
        and not (skip_excluded and s.excluded)
        and not (skip_definitions and s.definition)
        and hits(s)
    )


# --- document type ------------------------------------------------------------------------

_POLICY_TITLE = _re(
    r"\b(?:acceptable|prohibited|permitted|responsible)\s+use\s+polic|\buse\s+policy\b"
)
_LICENSE_TITLE = _re(r"\blicen[cs]e\b|\bagreement\b|\bterms\s+of\s+(?:use|service)\b")
_GRANT = rule(
    r"\bhereby\s+grant|\bgrants?\s+(?:to\s+)?you\b|\byou\s+are\s+(?:hereby\s+)?granted"
    r"|\bpermission\s+is\s+hereby\s+granted|\bis\s+hereby\s+granted|\bgrant\s+of\s+(?:copyright\s+)?"
    r"licen|\blicen[cs]e\s+to\s+(?:use|reproduce|copy)|\bare\s+permitted\s+provided"
    r"|\bcommercially\s+usable|\bto\s+deal\s+in\b|\bwe\s+grant\s+you"
    r"|^\W*you\s+may\s+(?:freely\s+)?(?:use|copy|reproduce|modify|distribute)\b",
    "grant",
    "permitted",
    "commercially usable",
    "deal in",
    "you may",
)


def title_sentence(doc: Document) -> list[Sentence]:
    """The sentence holding the document's title, as evidence for its type."""
    for sentence in doc.sentences:
        if doc.title and doc.title.startswith(sentence.text[:40]):
            return [sentence]
    return list(doc.sentences[:1])


def detect_policy(doc: Document) -> Found:
    """Is this a usage policy rather than a license? Title first, else no grant but bans."""
    if _POLICY_TITLE.search(doc.title) and not _LICENSE_TITLE.search(doc.title):
        return Found(True, tuple(title_sentence(doc)))
    if doc.title and not _LICENSE_TITLE.search(doc.title) and not detect_grant(doc).value:
        lists = [s for s in doc.sentences if s.restrictive and s.list_item]
        if len(lists) >= 3 and any(_POLICY_TITLE.search(s.text) for s in doc.sentences[:5]):
            return Found(True, tuple(title_sentence(doc)))
    return Found(False)


def detect_grant(doc: Document) -> Found:
    """Sentences granting rights: the document is a license."""
    found = matching(doc, _GRANT, skip_definitions=True)
    return Found(bool(found), tuple(found[:1]))


# --- a separate license needed -------------------------------------------------------------

_LICENSE_NEEDED = rule(
    r"\b(?:request|obtain|apply\s+for|seek|procure|purchase|enter\s+into|negotiate|need)\s+"
    r"(?:from\s+\w+\s+)?"
    r"(?:a|an|the)?\s*(?:separate|additional|commercial|enterprise|different|new|written)?\s*"
    r"(?:licen[cs]e|agreement|authori[sz]ation|permission)"
    r"|\bnot\s+(?:be\s+)?authori[sz]ed\s+to\s+exercise|\brequires?\s+(?:a|an)\s+(?:separate|additional"
    r"|commercial|enterprise)\s+licen|\blicen[cs]es?\b[^.;]{0,60}\b(?:shall|will)\s+(?:automatically\s+)?"
    r"terminate|\bmust\s+contact\b|\bno\s+longer\s+(?:be\s+)?(?:licensed|permitted|authori[sz]ed"
    r"|appl(?:y|ies))",
    "request",
    "obtain",
    "apply for",
    "seek",
    "procure",
    "purchase",
    "enter into",
    "negotiate",
    "need",
    "authori",
    "require",
    "terminat",
    "contact",
    "no longer",
)


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
_RESEARCH_ONLY = rule(
    r"\b(?:solely|exclusively)\s+for\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){0,2}research\b"
    r"|\bonly\s+(?:use\s+)?[^.;]{0,120}?\bfor\s+(?:\w+\s+)?research\s+purposes\b"
    r"|\bresearch\s+(?:or|and)\s+evaluation\s+purposes\s+only|\bresearch\s+purposes\s+only"
    # the label form: "Research use only", "for academic research only", "research-only"
    r"|\b(?:for\s+)?(?:[\w-]+\s+)?research(?:\s+(?:use|uses|purposes?))?(?:\s+|-)only\b",
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
_COMMERCIAL_CONDITIONAL = rule(
    r"\bcommercial\w*\b[^.]{0,250}\b(?:request|obtain|apply\s+for|register|registration)\b"
    r"|\bcommercial\w*\b[^.]{0,120}\brequires?\s+(?:a|an)\s+(?:separate|commercial|paid|written)\s+licen"
    r"|\b(?:request|obtain|apply\s+for)\b[^.]{0,60}\blicen[cs]e\b[^.]{0,200}\bcommercial",
    "commercial",
)
_COMMERCIAL_OK = rule(
    r"\bcommercially\s+usable|\bcommercial\s+use\s+is\s+(?:permitted|allowed)", "commercial"
)


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
    scope: Found = Found([]),
    scope_barred: tuple[Sentence, ...] = (),
) -> Found:
    """prohibited > restricted (separate license, cap, product-only, registration) > allowed.

    A grant confined to personal use, evaluation, non-production use or research rules out
    production commercial use (`scope_barred` quotes it): prohibited."""
    banned = matching(doc, _NONCOMMERCIAL_ONLY) + matching(doc, _RESEARCH_ONLY)
    scopes = scope.value if isinstance(scope.value, list) else []
    banned += scope_barred
    banned += [
        s
        for s in matching(doc, _COMMERCIAL_PARAPHRASE, skip_definitions=True)
        if not _LICENSE_NEEDED.holds(s) and not _COMMERCIAL_CONDITIONAL.holds(s)
    ]
    banned += [
        s
        for s in matching(doc, _COMMERCIAL_BANNED, restrictive=True, skip_definitions=True)
        if not _LICENSE_NEEDED.holds(s) and not _COMMERCIAL_CONDITIONAL.holds(s)
    ]
    banned += [
        s
        for s in matching(doc, _COMMERCIAL_ITEM, restrictive=True, skip_definitions=True)
        if s.list_item and not _LICENSE_NEEDED.holds(s)
    ]
    if banned:
        return Found("prohibited", tuple(sorted(set(banned), key=lambda s: (s.start, s.end))[:2]))
    conditional = [s for found in thresholds for s in found.sentences]
    conditional += list(scope.sentences) if scopes else []
    conditional += matching(doc, _COMMERCIAL_CONDITIONAL)
    if conditional:
        return Found("restricted", tuple(conditional[:2]))
    if policy:
        return Found(None)
    allowed = matching(doc, _COMMERCIAL_OK) or matching(doc, _GRANT, skip_definitions=True)
    if allowed:
        return Found("allowed", tuple(allowed[:1]))
    if license_cues.value and license_cues.sentences:
        return Found("allowed", license_cues.sentences[:1])
    return Found(None)
