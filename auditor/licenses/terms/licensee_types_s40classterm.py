"""A grant withheld from a class of licensee by what it is, in English, as
`excluded_licensee_types` (words of `model.terms.LICENSEE_TYPES`, the kinds
`organization.type` can say): "Governments, their agencies and armed forces receive no rights
under this licence", "This licence is not granted to any government body or military
organisation", "The Model may not be used by or on behalf of public authorities", "Public
bodies must sign separate terms with us first", "any person or entity other than a university".

The class is the one holding (or denied) the rights: the subject of "receive no rights", "may
not use", "must obtain a separate licence", or what a grant is "not granted to", "does not
extend to", "may not be used by", "other than". Never read:
- a ban on a use, whoever makes it ("no military use", "for government surveillance"):
  `use_restrictions`;
- a class that must only register, notify or credit ("public bodies must register first");
- a class included or spared ("governments may use it", "public bodies are not excluded",
  "including government agencies");
- rights withheld in something else ("no rights in our trademarks").
Companies left out are `use_scope: non-commercial-organizations` (`licensees`), read there:
this reader names the other kinds. The sentence saying how the class may still get rights
("must sign separate terms with us first") is quoted beside the exclusion, so the route is in
the evidence a waiver cites. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.detect import Found
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.model.terms import LICENSEE_TYPES

__all__ = ["detect_licensee_types"]

_GOV = (
    r"(?:(?:national|federal|state|local|regional|municipal|foreign|public|governmental"
    r"|government|military|defen[cs]e|intelligence|law[\s-]+enforcement|police)\s+)+"
    r"(?:bod(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|entit(?:y|ies)|organi[sz]ations?"
    r"|institutions?|departments?|ministr(?:y|ies)|administrations?|services|forces|users?"
    r"|customers?|sector(?:\s+(?:bod(?:y|ies)|organi[sz]ations?|entit(?:y|ies)))?|officials?"
    r"|employees|contractors?)"
    r"|governments?|armed\s+forces|militar(?:y|ies)|municipalit(?:y|ies)|public\s+administration"
    r"|ministr(?:y|ies)"
)
_ACADEMIC = (
    r"(?:academic|educational|research)\s+(?:institutions?|institutes?|establishments?"
    r"|organi[sz]ations?|bod(?:y|ies)|entit(?:y|ies)|users?)"
    r"|universit(?:y|ies)|colleges?|schools?"
)
_NON_PROFIT = (
    r"(?:non-?profit|not-for-profit|charitable|non-?governmental)\s+(?:organi[sz]ations?"
    r"|bod(?:y|ies)|entit(?:y|ies)|institutions?|trusts?|foundations?)"
    r"|non-?profits|charit(?:y|ies)|NGOs?"
)
_KINDS = (("government", _GOV), ("academic", _ACADEMIC), ("non-profit", _NON_PROFIT))
# a class, never a use or a thing of one ("government use", "school settings", "military purposes")
_NOT_A_USE = (
    r"(?![\s-]+(?:use|uses|usage|purposes?|applications?|settings?|contexts?|work|projects?"
    r"|contracts?|procurement|surveillance|data|records?|funding|tenders?|domains?|sectors?"
    r"|activities|operations|missions?)\b)"
)
_CLASS = rf"(?:{_GOV}|{_ACADEMIC}|{_NON_PROFIT}){_NOT_A_USE}"
_DET = (
    r"(?:(?:any|all|every|each|a|an|the|such|other|their|its|his|her|your)\s+)?"
    r"(?:(?:registered|accredited|recogni[sz]ed|bona\s+fide|foreign|domestic|publicly[\s-]funded)"
    r"\s+)?"
)
_ITEM = rf"{_DET}(?:[\w-]+\s+){{0,2}}?[\w-]+"
_SEP = r"(?:\s*,\s*(?:(?:and/or|and|or)\s+)?|\s+(?:and/or|and|or)\s+)"
# the class, and up to four more items of the list naming it ("their agencies and armed forces")
_CLASSES = rf"{_DET}{_CLASS}(?:{_SEP}{_ITEM}){{0,4}}?"
# the use denied is all use: nothing but the end of the clause, "under this licence", or a route
_ALL_USE = (
    r"(?=\s*(?:[.;,)]|$|under\b|at\s+all\b|in\s+any\s+(?:way|form|manner)\b"
    r"|(?:without|unless)\b[^.;]{0,60}\b(?:separate|further|written|prior|licen[cs]e|agreement"
    r"|permission|consent|contract|terms)\b))"
)
_USE = (
    r"(?:use|access|download|deploy|run|install|operate|obtain|receive)\s+(?:the\s+|this\s+|our\s+"
    rf"|any\s+)?(?:[\w-]+\s+){{0,2}}?(?:model|weights|software|materials?|it|them){_ALL_USE}"
)
_NO_RIGHTS = (
    r"(?:receive|get|obtain|acquire|have|hold|are\s+(?:given|granted))\s+no\s+(?:rights?|licen[cs]es?"
    r"|permissions?|grant)\b(?!\s+(?:to|in)\s+(?!(?:use|the|this|its|any)\b))"
    r"|(?:do|does|shall|will)\s+not\s+(?:receive|get|obtain|acquire|have|hold)\s+(?:any\s+)?"
    r"(?:rights?|licen[cs]es?|permissions?)"
    r"|(?:are|is)\s+not\s+(?:licensees|eligible|covered|licensed|granted\s+(?:any\s+)?(?:rights?"
    r"|a\s+licen[cs]e))(?!\s+to\b)"
    r"|(?:are|is)\s+(?:expressly\s+)?(?:excluded|ineligible|barred)(?!\s+from\s+(?:using|use)\b)"
    rf"|(?:(?:may|must|shall|can)\s*not|(?:are|is)\s+not\s+(?:permitted|allowed|authori[sz]ed"
    rf"|entitled|licensed)\s+to)\s+{_USE}"
    r"|(?:must|shall|will|need\s+to|are\s+required\s+to|have\s+to)\s+(?:first\s+)?(?:sign|obtain"
    r"|enter\s+into|execute|conclude|get|agree|negotiate)\s+(?:a\s+|an\s+|our\s+)?(?:separate"
    r"|further|different|specific|dedicated|bespoke)\s+(?:licen[cs]e|agreement|terms|contract)s?"
    r"(?!\s+(?:for|to\s+(?!use\b)|before\s+(?!using\s+(?:the|this|it|them)\b)))"
)
_LEAD = r"(?:^\W*|\b(?:however|but|note|except\s+that|provided\s+that)\s*,?\s*)"
_SUBJECT = lazy_pattern(
    rf"{_LEAD}(?P<who>{_CLASSES})\s+(?:(?:also|likewise|still|therefore|accordingly)\s+)?"
    rf"(?:{_NO_RIGHTS})",
    re.IGNORECASE,
)
# the whole class, never a part of it a qualifier names ("government agencies of Iran", "public
# bodies that are listed"): the clause goes on with a grant verb, a route, or ends
_WHOLE_CLASS = (
    r"(?=\s*(?:[.;,:)\u2013\u2014-]|$|(?:under|unless|without|may|can|is|are|shall|will"
    r"|must|who\s+must|which\s+must|whatsoever|of\s+any\s+(?:kind|sort|type|description)"
    r"|of\s+all\s+kinds)\b|(?:for|in)\s+any\b))"
)
_GRANT_WORD = r"(?:licen[cs]e|rights?|grant|permissions?|agreement|model|weights)"
_OBJECT = lazy_pattern(
    r"\b(?:(?:(?:is|are)\s+not\s+(?:granted|given|extended|available|offered|licensed|issued)"
    rf"|(?:does|do|shall|will)\s+not\s+(?:extend|apply|reach)|no\s+{_GRANT_WORD}\s+(?:is|are)"
    r"\s+(?:granted|given|extended)|(?:does|do|shall|will)\s+not\s+grant\s+(?:any\s+)?(?:rights?"
    r"|(?:a\s+)?licen[cs]es?)(?:\s+under\s+(?:this|the)\s+[\w-]+)?)\s+to"
    r"|(?:may|must|shall)\s+not\s+be\s+(?:used|deployed|accessed|operated|licensed)\s+by"
    r"(?:\s+or\s+on\s+behalf\s+of)?"
    r"|(?:does|do|shall|will)\s+not\s+cover|(?<!not\s)(?<!nothing\s)(?<!never\s)excludes"
    r"|excluding|other\s+than"
    r"|except(?:\s+for)?|(?:excluded|ineligible)\s+(?:licensees|parties|users|persons|entities"
    rf"|organi[sz]ations)\s*[:-])\s+(?P<who>{_CLASSES}){_WHOLE_CLASS}",
    re.IGNORECASE,
)
# "Use of the Model by public bodies is not permitted"
_USE_BY = lazy_pattern(
    r"\b(?:use|usage|deployment)\s+(?:of\s+(?:the|this)\s+[\w-]+\s+)?by\s+(?:or\s+on\s+behalf"
    rf"\s+of\s+)?(?P<who>{_CLASSES})\s+(?:is|are)\s+(?:not\s+(?:permitted|allowed|licensed"
    r"|authori[sz]ed|covered|granted)|(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden"
    r"|excluded))",
    re.IGNORECASE,
)
# "The Licensee must not be a government entity", "you represent that you are not a university"
_NOT_ONE = lazy_pattern(
    r"\b(?:(?:licensees?|you)\s+(?:may|must|shall)\s+not\s+be\s+|(?:represent|warrant|confirm)"
    r"(?:\s+and\s+(?:warrant|represent))?\s+that\s+you\s+are\s+not\s+)"
    rf"(?P<who>{_CLASSES}){_WHOLE_CLASS}",
    re.IGNORECASE,
)
_IF_YOU = lazy_pattern(
    rf"\bif\s+you\s+are\s+(?P<who>{_CLASSES})[^,;.]{{0,60}},\s*(?:then\s+)?"
    rf"(?:(?:this|the)\s+{_GRANT_WORD}\s+(?:grants|gives)\s+you\s+no"
    rf"|you\s+(?:{_NO_RIGHTS}))",
    re.IGNORECASE,
)
# a grant made to everyone (or named classes) except the class: "anyone other than a university",
# the grantees named right before the exceptive
_TO_ANYONE = lazy_pattern(
    r"\b(?:any(?:one|body)|every(?:one|body)|persons?|entit(?:y|ies)|organi[sz]ations?|licensees?"
    r"|compan(?:y|ies)|individuals?)\s*,?\s*$",
    re.IGNORECASE,
)
# a negation before the words withholding the grant: "Nothing in this licence excludes ..."
_NEGATED = lazy_pattern(
    r"\b(?:nothing|never|no\s+(?:provision|term|clause|part|section|one))\b", re.IGNORECASE
)
_EXCEPTIVE = lazy_pattern(r"^(?:excluding|other\s+than|except)", re.IGNORECASE)
# the class spared, or rights withheld in something else
_SPARED = lazy_pattern(
    r"\b(?:not\s+(?:be\s+)?excluded|same\s+rights)\b"
    r"|\bno\s+(?:rights?|licen[cs]e)\s+(?:(?:to|in|under)\s+(?:the\s+|any\s+|our\s+)?"
    r"(?:[\w-]+\s+)?(?:trade\s*marks?|names?|logos?|marks?|brands?|patents?)"
    r"|(?:other\s+than|beyond|except|save|apart\s+from|besides))",
    re.IGNORECASE,
)
_ROUTE = lazy_pattern(
    r"\b(?:separate|further|different|specific|dedicated|bespoke|written|prior)\s+"
    r"(?:licen[cs]es?|agreements?|terms|contracts?|permission|consent|approval)\b"
    r"|\b(?:contact|ask|apply\s+to|write\s+to)\s+(?:us|the\s+licensor)\b",
    re.IGNORECASE,
)
_KIND_RES = tuple(
    (kind, lazy_pattern(rf"\b(?:{pattern})\b", re.IGNORECASE)) for kind, pattern in _KINDS
)


_DEFINES = lazy_pattern(
    r"[\"\u201c\u201d'][^\"\u201c\u201d']{2,40}[\"\u201c\u201d']\s*(?:\)\s*)?"
    r"(?:means|shall\s+mean|refers\s+to)\b",
    re.IGNORECASE,
)


def detect_licensee_types(doc: Document) -> Found:
    """The kinds of licensee (LICENSEE_TYPES words, in that order) the text gives no rights,
    quoting each sentence saying so and the first sentence naming the way to get them."""
    kinds: set[str] = set()
    said: list[Sentence] = []
    for sentence in doc.sentences:
        if sentence.definition or _DEFINES.search(sentence.text):
            continue  # '"Commercial Entity" means any entity other than a government'

        found = _excluded_kinds(sentence.text)
        if found:
            kinds |= found
            said.append(sentence)
    if not kinds:
        return Found([])
    route = [s for s in doc.sentences if s not in said and _ROUTE.search(s.text)]
    quoted = [*said, *route[:1]] if not any(_ROUTE.search(s.text) for s in said) else said
    return Found([k for k in LICENSEE_TYPES if k in kinds], tuple(quoted))


def _excluded_kinds(text: str) -> set[str]:
    """The kinds of licensee one sentence withholds the grant from."""
    found: set[str] = set()
    for clause in re.split(r";|[.?!]\s+", text):
        for pattern in (_SUBJECT, _OBJECT, _USE_BY, _NOT_ONE, _IF_YOU):
            for match in pattern.finditer(clause):
                if _SPARED.search(clause) or not _holds(pattern, clause, match):
                    continue
                found |= _kinds(match.group("who"))
    return found


def _holds(pattern: re.Pattern[str], clause: str, match: re.Match[str]) -> bool:
    """Does the match withhold the grant? Not after a negation ("nothing here excludes"); an
    exceptive ("other than", "except") names a class left out of a grant to others only right
    after words naming the grantees; elsewhere it trims a list of uses or places."""
    if _NEGATED.search(clause[: match.start()]):
        return False
    if pattern is not _OBJECT or not _EXCEPTIVE.match(match.group(0)):
        return True
    return bool(_TO_ANYONE.search(clause[: match.start()]))


def _kinds(who: str) -> set[str]:
    return {kind for kind, pattern in _KIND_RES if pattern.search(who)}
