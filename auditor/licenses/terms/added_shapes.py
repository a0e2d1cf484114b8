"""Whether a passage added to a license restricts, by the general shape of a restricting
clause rather than by any one wording.

A passage restricts when it has a restricting shape and speaks of using, licensing or
trading the work (`_SUBJECT`): a prohibition (a negated modal, `not licensed`, `no ... use`,
`prohibited`, `except`), a confinement (`only`, `solely`, `limited to`), a requirement of
permission (`requires prior written permission`, `needs a separate license`, `without the
licensor's consent`, `commercial licenses are available`), a pointer to the licensor for
commercial terms (`for commercial use, please contact us`), a condition (`unless`,
`provided that`), a cap (a number beside a measure of users or revenue, with a comparison),
or a revocation. A thanks line, a project name, a citation request or a copyright line has
none of these, and restricts nothing.

The shapes read the passage's words normalised as identification reads them: lower case,
apostrophes dropped (`can't` -> `cant`), every other mark a space (`for-profit` ->
`for profit`, `$5` -> `5`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from auditor.fileio.lazy_pattern import lazy_pattern

_PROHIBITION = lazy_pattern(
    r"\b(?:may|must|shall|will|can|could|should|might)\s+not\b"
    r"|\b(?:cannot|cant|mustnt|shant|wont|shouldnt|dont|doesnt)\b"
    r"|\b(?:do|does)\s+not\b|\bnever\b"
    r"|\bnot\s+(?:be\s+|been\s+|being\s+)?(?:permitted|allowed|licensed|authori[sz]ed|granted"
    r"|intended|available|covered|included|extended|eligible|transferable|sublicensable"
    r"|offered|sold|provided|used|deployed|distributed|hosted|extend|extends|apply|applies"
    r"|cover|covers|include|includes|permit|permits|allow|allows|grant|grants)\b"
    r"|\bnot\s+(?:for|as|by|in|within|to|with|on)\b"
    r"|\bno\s+(?:\w+\s+){0,3}?(?:use|uses|usage|purposes?|deployment|distribution"
    r"|redistribution|licen[cs]es?|rights?|permissions?|commercial\w*|compan(?:y|ies)"
    r"|entit(?:y|ies)|organi[sz]ations?|services?|hosting|resale|sales?)\b"
    r"|\bprohibit\w*|\bforbid\w*|\bforbidden\b|\bbann?ed\b|\bbarred\b|\bexclud\w*|\bexcept\b"
    r"|\bother\s+than\b|\brefrain\w*|\bdisallow\w*|\bnon\s?commercial\b"
)
_CONFINEMENT = lazy_pattern(
    r"\b(?:solely|exclusively|strictly)\b"
    r"|\b(?:limited|restricted|confined|reserved)\s+(?:to|for)\b"
    r"|\bonly\s+(?:be\s+|been\s+)?(?:for|by|to|within|in|inside|as|on|with|if|when|under|where"
    r"|after|through|via|use|used|uses|run|runs|deploy\w*|distribut\w*|access\w*|available"
    r"|licensed|permitted|allowed|granted|applies|apply|covers?|extends?|non|internal"
    r"|personal|academic|research|evaluation|private|educational)\b"
    r"|(?<!\bnot\s)\b(?!not\b)\w+\s+only\b(?!\s+(?:need|needs|have|has|require|requires|ask"
    r"|asks|want|wants)\b)"
)
_PERMISSION = (
    r"(?:permission|licen[cs]es?|agreement|consent|approval|authori[sz]ation|contract"
    r"|subscription|fees?|payment|royalt\w*|registration|waiver|sign\s?off)"
)
_REQUIREMENT = lazy_pattern(
    r"\b(?:subject\s+to|upon|conditional\s+(?:on|upon)|condition(?:ed)?\s+(?:on|upon)"
    r"|contingent\s+(?:on|upon))\s+(?:\w+\s+){0,5}?(?:permission|consent|approval"
    r"|authori[sz]ation|payment|fees?|royalt\w*|registration|subscription|separate|written"
    r"|prior|purchase)\b"
    r"|\b(?:requir\w*|need|needs|needed|needing|after\s+(?:obtaining|paying)"
    r"|must\s+(?:first\s+)?(?:obtain|get|acquire|purchase|buy|request|seek|secure|sign|enter"
    r"|execute|pay|apply|negotiate|ask|register|hold|have)"
    r"|have\s+to\s+(?:obtain|get|purchase|buy|request|pay|sign|hold|have))\b"
    rf"(?:\s+\w+){{0,8}}?\s+{_PERMISSION}\b"
    r"|\bwithout\s+(?:\w+\s+){0,4}?(?:permission|consent|approval|authori[sz]ation|agreement"
    r"|licen[cs]e(?!\s+fees?))\b"
    r"|\bseparate\s+(?:\w+\s+){0,2}?(?:licen[cs]e|agreement|terms|contract|permission)\b"
    r"|\bcommercial\s+(?:licen[cs]\w*|terms|agreement|contract|version|edition|offering|plan"
    r"|tier|use\s+licen[cs]e)\b"
    r"|\b(?:paid|enterprise|business|pro)\s+(?:licen[cs]e|plan|tier|subscription|version"
    r"|edition)\b"
    r"|\bfor\s+a\s+fee\b"
    rf"|\b{_PERMISSION}\b(?:\s+\w+){{0,6}}?\s+(?:is|are|will\s+be|shall\s+be|be)\s+(?:(?!not\b)\w+\s+)?"
    r"(?:required|needed|necessary|mandatory)\b"
)
_CONTACT = lazy_pattern(
    r"\b(?:contact\w*|e\s?mail|write\s+to|reach\s+out|get\s+in\s+touch|inquir\w*|enquir\w*"
    r"|ask\s+(?:us|for|the)|talk\s+to|speak\s+(?:to|with)|request\s+(?:a|an|our|the))\b"
)
_COMMERCE = lazy_pattern(
    r"\b(?:commercial\w*|business\w*|compan(?:y|ies)|enterprises?|corporat\w*|for\s+profit"
    r"|profit\w*|production|revenue|turnover|income|monetis\w*|monetiz\w*|sell\w*|sales?"
    r"|resell\w*|customers?|clients?|paid|pricing|prices?|fees?|charg\w*|saas|apis?|hosted"
    r"|organi[sz]ations?|licensing|industry|industrial|firms?|vendors?)\b"
)
_CONDITION = lazy_pattern(
    r"\bunless\b|\bprovided\s+that\b|\bon\s+(?:the\s+)?condition\b|\b(?:as|so)\s+long\s+as\b"
    r"|\bonly\s+if\b|\bif\s+and\s+only\s+if\b"
)
_AMOUNT = lazy_pattern(r"\d|\b(?:hundred|thousand|million|billion|trillion)\b")
_MEASURE = lazy_pattern(
    r"\b(?:users?|mau|dau|visitors?|visits|customers?|subscribers?|devices|installations"
    r"|installs|seats|employees|staff|headcount|revenue|turnover|income|sales|funding|raised"
    r"|valuation|arr|requests|queries|calls|tokens|downloads)\b"
)
_COMPARISON = lazy_pattern(
    r"\b(?:more|greater|higher|larger|fewer|less|lower)\s+than\b|\b(?:over|above|exceed\w*"
    r"|beyond|under|below|up\s+to|at\s+most|at\s+least|maximum|max|cap|caps|capped|threshold"
    r"|limit|limits|limited|ceiling|surpass\w*|reach\w*|top\w*)\b"
)
_REVOCATION = lazy_pattern(
    r"\b(?:revoc\w*|revok\w*|terminat\w*|withdraw\w*|suspend\w*|rescind\w*)\b"
    r"(?:\s+\w+){0,6}?\s+(?:licen[cs]\w*|rights?|permissions?|grants?|access|terms|use)\b"
    r"|\b(?:licen[cs]\w*|rights?|permissions?|grants?|access|terms)\b(?:\s+\w+){0,6}?\s+"
    r"(?:revoc\w*|revok\w*|terminat\w*|withdraw\w*|suspend\w*|rescind\w*)\b"
    r"|\b(?:change|modify|amend|update|replace)\s+(?:these|this|the|its|our)\s+(?:\w+\s+)?"
    r"(?:terms|licen[cs]e|conditions)\b"
)
_SUBJECT = lazy_pattern(
    r"\b(?:use|used|uses|using|usage|deploy\w*|distribut\w*|redistribut\w*|sublicens\w*"
    r"|sell\w*|sale|sales|sold|resell\w*|rent\w*|lease\w*|offer\w*|host\w*|serv(?:e|es|ed"
    r"|ice|ices|ing)|provid\w*|commercial\w*|licen[cs]\w*|permi\w*|allow\w*|grant\w*|rights?"
    r"|authori[sz]\w*|profit\w*|revenue|turnover|income|monetis\w*|monetiz\w*|paid|pay\w*"
    r"|fees?|charg\w*|apis?|saas|products?|production|business\w*|compan(?:y|ies)"
    r"|organi[sz]ations?|entit(?:y|ies)|enterprises?|corporat\w*|institution\w*|bod(?:y|ies)"
    r"|charit\w*|universit\w*|users?|customers?|clients?|purposes?|research|academic|personal"
    r"|internal|in\s+house|evaluation|educational|government\w*|military|copy|copies|modif\w*"
    r"|run|runs|running|access\w*|deal|dealing|exploit\w*|operat\w*)\b"
)
_DISCLAIMER = lazy_pattern(
    r"\bas\s+is\b|\bwarrant(?:y|ies)\b|\bliab(?:le|ility)\b|\bindemnif\w*|\bdisclaim\w*"
    r"|\bmerchantability\b"
)
_NAMING = lazy_pattern(
    r"\bendorse\w*|\btrade\s?marks?\b|\btrade\s+names?\b|\bservice\s+marks?\b|\blogos?\b"
    r"|\bpromot\w*\s+(?:\w+\s+){0,2}?products?\b"
    r"|\bnames?\s+of\b(?:\s+\w+){0,8}?\s+(?:nor|may\s+not|shall\s+not|must\s+not)\b"
)
"""A restriction of names, marks and endorsement (BSD's third clause), not of use."""
_ACCEPTANCE = lazy_pattern(
    r"^(?:\w+\s+){0,2}?(?:if\s+you\s+(?:do\s+not|dont)|should\s+you\s+not|unless\s+you)\s+"
    r"(?:agree|accept|consent)\b"
)
_COMMERCIAL_USE = lazy_pattern(
    r"\b(?:commercial\w*|for\s+profit|monetis\w*|monetiz\w*|resell\w*|paid|saas|apis?"
    r"|hosted|revenue)\b"
)
"""Words of commercial use proper, not of a damages list ("loss of profits, business")."""
_SHAPES = (_PROHIBITION, _CONFINEMENT, _REQUIREMENT, _CONDITION, _REVOCATION)


def normalised(text: str) -> str:
    """The passage's words as the shapes read them (see the module's docstring)."""
    return " ".join(re.sub(r"[^\w]+", " ", re.sub(r"['\u2019]", "", text.lower())).split())


def restricts(words: Sequence[str], changed: AbstractSet[int] | None = None) -> bool:
    """Whether a passage restricts by its shape and speaks of using, licensing or trading the
    work. `words` are its normalised words; `changed`, the positions of those that differ
    from the license it was added to (None: all of them): in a sentence of the license with
    words changed, only a shape that takes in a changed word is the change's (BSD's "without
    specific prior written permission" is the license's own, whatever name was put in it). A
    disclaimer of warranty or liability, or a restriction of names and marks, restricts no
    use."""
    passage = _Passage(words, changed)
    if not passage.text or excluded(words, changed):
        return False
    if is_cap(words, changed):
        return True
    if passage.hits(_CONTACT) and _COMMERCE.search(passage.text):
        return True  # "for commercial use, please contact us": terms to be had elsewhere
    return _SUBJECT.search(passage.text) is not None and any(map(passage.hits, _SHAPES))


def excluded(words: Sequence[str], changed: AbstractSet[int] | None = None) -> bool:
    """Whether a passage is a disclaimer of warranty or liability, or a restriction of names,
    marks and endorsement (BSD's third clause), and its changed words do not speak of
    commercial use; or a clause of acceptance ("if you do not agree ..."): it restricts no
    use, whatever its modals."""
    passage = _Passage(words, changed)
    if _ACCEPTANCE.search(passage.text):
        return True  # "if you do not agree to this license, do not use it": no new term
    if passage.hits(_COMMERCIAL_USE):
        return False
    return bool(_DISCLAIMER.search(passage.text) or _NAMING.search(passage.text))


def is_cap(words: Sequence[str], changed: AbstractSet[int] | None = None) -> bool:
    """Whether a passage states a cap: an amount, a measure of users or money and a
    comparison, one of them among the changed words."""
    passage = _Passage(words, changed)
    parts = (_AMOUNT, _MEASURE, _COMPARISON)
    return all(p.search(passage.text) for p in parts) and any(map(passage.hits, parts))


def speaks_of_commerce(text: str) -> bool:
    """Whether a passage names commercial use, trade, money or a business licensee."""
    return _COMMERCE.search(normalised(text)) is not None


class _Passage:
    """Normalised words joined by spaces, with the character spans of the changed ones."""

    __slots__ = ("_starts", "changed", "text")

    def __init__(self, words: Sequence[str], changed: AbstractSet[int] | None) -> None:
        cleaned = [normalised(w) for w in words]
        self.text = " ".join(w for w in cleaned if w)
        kept = [i for i, w in enumerate(cleaned) if w]
        self.changed = (
            frozenset(range(len(kept)))
            if changed is None
            else frozenset(k for k, i in enumerate(kept) if i in changed)
        )
        self._starts: list[int] = []
        position = 0
        for i in kept:
            self._starts.append(position)
            position += len(cleaned[i]) + 1

    def hits(self, pattern: re.Pattern[str]) -> bool:
        """Whether a match of `pattern` takes in a changed word."""
        for match in pattern.finditer(self.text):
            first = bisect_right(self._starts, match.start()) - 1
            last = bisect_right(self._starts, max(match.end() - 1, match.start())) - 1
            if any(k in self.changed for k in range(max(first, 0), last + 1)):
                return True
        return False
