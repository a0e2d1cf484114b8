"""What a license makes commercial use depend on (`commercial_use_conditions`).

A clause naming commercial use may attach a condition to it: registering with or notifying the
licensor, showing a credit, the licensor's permission, or a further license (the words of
COMMERCIAL_USE_CONDITIONS). Each is read in a clause that names commercial use (not
"non-commercial"), and a condition said not to be needed ("no approval is needed") or had by a
formality alone ("you only need to send an email to get permission") is no permission. The
first two leave commercial use `allowed`; the others make it `restricted` (`commercial.py`
decides, since a grant withheld outranks every condition).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from auditor.licenses.terms.detect import _LICENSE_NEEDED, Found, Rule, has_any, matching, rule
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.model.terms import COMMERCIAL_USE_CONDITIONS, CONDITIONS_ALLOWING

_I = re.IGNORECASE

_COMMERCIAL_CONDITIONAL = rule(
    r"\bcommercial\w*\b[^.]{0,250}\b(?:request|obtain|apply\s+for)\b"
    r"|\bcommercial\w*\b[^.]{0,120}\brequires?\s+(?:a|an)\s+(?:separate|commercial|paid|written)\s+licen"
    r"|\b(?:request|obtain|apply\s+for)\b[^.]{0,60}\blicen[cs]e\b[^.]{0,200}\bcommercial",
    "commercial",
)
"""Commercial use made to depend on a request, an application or a further license."""
_REGISTRATION = rule(
    r"\bregist(?:er|ers|ered|ering|ration)\b(?!\s+(?:trade\s*marks?|office|address|number))"
    r"|\bsign(?:s|ed|ing)?\s+up\b|\b(?:fill\w*|complet\w+|submit\w*)\s+(?:in\s+|out\s+)?(?:our\s+"
    r"|the\s+|an?\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:form|questionnaire|survey)\b"
    r"|\bnotif(?:y|ies|ied|ying|ication)\b|\binform\s+(?:us|the\s+licen[cs]or)\b"
    r"|\bsend(?:ing)?\s+(?:us\s+)?an?\s+e-?mail\b|\be-?mail(?:ing)?\s+us\b",
    "regist", "sign", "form", "questionnaire", "survey", "notif", "inform", "mail",
)  # fmt: skip
"""Registering with or notifying the licensor before commercial use."""
_COMMERCIAL_REGISTER = re.compile(r"\bcommercial\s+regist", _I)  # a company register
_PERMISSION = rule(
    r"\b(?:prior|written|express|explicit|requir\w*|need\w*|must|subject\s+to|without|unless"
    r"|obtain\w*|seek\w*|request\w*|ask\w*|apply\w*|get|send|receiv\w*|with)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:permission|consent|approval|authori[sz]ation)\b(?!\s+notice)"
    r"|\b(?:permission|consent|approval|authori[sz]ation)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|will\s+be)"
    r"\s+(?:required|needed|necessary)\b"
    r"|\b(?:approved|authori[sz]ed|permitted)\s+(?:by\s+\w+\s+)?in\s+writing\b"
    r"|\bto\s+apply\b|\bapply(?:ing)?\s+(?:to\s+us\s+)?for\b|\bapplication\s+(?:form|for|to)\b",
    "permission", "consent", "approval", "authori", "writing", "apply", "application",
)  # fmt: skip
"""The licensor's permission, consent, approval or authorisation required, or applied for."""
_NO_PERMISSION_NEEDED = re.compile(
    r"\bno\s+(?:further\s+|additional\s+|prior\s+|separate\s+|other\s+)?(?:permission|approval"
    r"|consent|authori[sz]ation|licen[cs]e)\s+(?:is\s+|will\s+be\s+)?(?:needed|required|necessary)"
    r"|\b(?:need|needs|require|requires)\s+no\s+(?:further\s+)?(?:permission|approval|consent)"
    r"|\bwithout\s+(?:the\s+need\s+(?:for|to\s+\w+)\s+|having\s+to\s+\w+\s+(?:for\s+)?"
    r"|(?:asking|seeking|requesting)\s+(?:for\s+)?)(?:any\s+|further\s+|our\s+|prior\s+)*"
    r"(?:permission|approval|consent)"
    r"|\b(?:do|does|need)\s+not\s+(?:need\s+to\s+)?(?:obtain|ask\s+for|seek|request|require|need"
    r"|purchase|buy)\s+(?:any\s+|further\s+|our\s+|prior\s+|their\s+own\s+|a\s+)*(?:[\w-]+\s+)?"
    r"(?:permission|approval|consent|licen[cs]e)",
    _I,
)
"""Permission said not to be needed ("no approval is needed")."""
_LICENSE_WORD = r"(?:licen[cs]es?|licen[cs]ing|agreements?|contracts?|subscriptions?)\b"
_FURTHER = r"(?:separate|additional|commercial|enterprise|paid|different|written|specific|valid)"
_WORDS = r"(?:(?!this\b|these\b|such\b|under\b|of\b|by\b|in\b)[\w-]+\s+)"
"""A word before the license noun, not one pointing to this license ("under the License")."""
_FURTHER_LICENSE = rule(
    # "requires a separate license", "must obtain a commercial license", "need a paid license"
    r"\b(?:requir|need|obtain|purchas|buy|acquir|procur|request|negotiat|sign)\w*\s+(?:from\s+\w+\s+)?"
    r"(?:a|an|our|its|their|the)?\s*" + _WORDS + r"{0,3}?" + _LICENSE_WORD
    + r"|\b(?:apply|enter)\w*\s+(?:for|into)\s+(?:a|an|our|its|the)\s+" + _WORDS + r"{0,3}?"
    + _LICENSE_WORD
    # "only under a separate license", "without an enterprise agreement", "contact us for a
    # commercial license", "a separate license is required"
    + r"|\b(?:under|with|subject\s+to|pursuant\s+to|without)\s+(?:a|an|the|our)\s+(?:" + _FURTHER
    + r"\s+){1,3}" + _LICENSE_WORD
    + r"|\bcontact\w*\s+(?:[\w@.-]+\s+){0,4}?(?:for|about|regarding|to\s+(?:obtain|request|discuss"
    r"|purchase))\s+(?:a|an|the)?\s*" + _WORDS + r"{0,2}?" + _LICENSE_WORD
    + r"|\b" + _FURTHER + r"\s+(?:[\w-]+\s+)?" + _LICENSE_WORD + r"\s+(?:is|are|will\s+be)\s+"
    r"(?:required|needed|necessary)",
    "licen", "agreement", "contract", "subscription",
)  # fmt: skip
"""A further license or agreement commercial use requires (not one merely available)."""
_GRANTED_HERE = re.compile(r"\bgrants?\s+(?:to\s+)?you\b|\bhereby\s+grant", _I)
_DISPLAY = rule(
    r"\b(?:provided|on\s+(?:the\s+)?condition|as\s+long\s+as|so\s+long\s+as|subject\s+to|must"
    r"|shall|requires?|with)\b[^.;]{0,60}?\b(?:display\w*|show\w*|credit\w*|attribut\w+"
    r"|acknowledg\w+|powered\s+by|built\s+with)",
    "display", "show", "credit", "attribut", "acknowledg", "powered by", "built with",
)  # fmt: skip
"""Commercial use on condition of a visible credit to the licensor."""
_CONDITION_RULES: tuple[tuple[str, Rule], ...] = (
    ("registration", _REGISTRATION),
    ("attribution-display", _DISPLAY),
    ("written-permission", _PERMISSION),
    ("separate-license", _FURTHER_LICENSE),
)
_CONDITION_WORDS = ("commercial",)


def conditions_of(sentence: Sentence, *, capped: bool = False) -> frozenset[str]:
    """The conditions of commercial use `sentence` states (see COMMERCIAL_USE_CONDITIONS), each
    read in a clause naming commercial use. In a sentence stating a cap, a further license is
    the cap's consequence: only the conditions the licensee fulfils alone are read there."""
    if "commercial" not in sentence.lower:
        return frozenset()
    found = _conditions_in(sentence.text)
    return found & CONDITIONS_ALLOWING if capped else found


_COMMERCE = re.compile(
    r"(?<![\w-])(?<!non )(?<!non - )commercial(?!ly\s+reasonabl|\s+(?:efforts?|license\s+rights"
    r"|computer\s+software|items?)\b)",
    _I,
)
"""Commercial use named (not "non-commercial", "commercially reasonable efforts", nor the
"commercial license rights" of U.S. Government clauses)."""
_CLAUSE_END = re.compile(r"[;.]\s+")
_NEAR = 150
"""A condition counts when it stands this close to the words of commercial use."""
_MARKS = re.compile(
    r"\btrade\s*marks?\b|\bservice\s+marks?\b|\btrade\s+names?\b|\blogos?\b|\bnames?\s+of\b"
    r"|\bthe\s+name\b|\bendorse|\bpromot\w+|\badvertis\w+|\bpublicity\b",
    _I,
)
"""A permission to use the licensor's names or marks is no condition of using the work."""
_WITHOUT = re.compile(
    r"\bwithout\s+(?:[\w'’-]+\s+){0,5}?(?:permission|consent|approval|authori[sz]ation"
    r"|licen[cs]es?|agreements?)\b",
    _I,
)
_NEGATED = re.compile(
    r"\b(?:not|never|no|nor|cannot|unless|except|only|prohibit\w*|forbid\w*)\b|n't\b", _I
)
"""A clause saying what may not be done: there "without permission" is a requirement; in a
grant ("you may use it commercially without permission") it is none."""


@lru_cache(maxsize=4096)
def _conditions_in(text: str) -> frozenset[str]:
    found: set[str] = set()
    for clause in _CLAUSE_END.split(text):
        places = [m.start() for m in _COMMERCE.finditer(clause)]
        if not places or _COMMERCIAL_REGISTER.search(clause):
            continue
        lower = clause.lower()
        words = {
            word
            for word, rule_ in _CONDITION_RULES
            if has_any(lower, rule_.keywords) and _near(rule_, clause, places)
        }
        if words & _NEEDING:
            words -= _not_needed(clause, words)
        found |= words
    return frozenset(found)


def _near(condition: Rule, clause: str, places: list[int]) -> bool:
    """Does the condition's pattern match near a word of commercial use?"""
    return any(
        min(abs(match.start() - place) for place in places) <= _NEAR
        for match in condition.pattern.finditer(clause)
    )


def _not_needed(clause: str, words: set[str]) -> frozenset[str]:
    """Of the permission and the further license read in `clause`, those it does not require:
    said not needed, had by registering alone, granted here, about the licensor's marks, or
    "without" one in a grant."""
    if (
        _NO_PERMISSION_NEEDED.search(clause)
        or ("registration" in words and _FORMALITY.search(clause))
        or _MARKS.search(clause)
    ):
        return _NEEDING
    dropped = set()
    if "separate-license" in words and _GRANTED_HERE.search(clause):
        dropped.add("separate-license")  # "grants you a commercial license": this one
    if _WITHOUT.search(clause) and not _NEGATED.search(clause):
        rest = _WITHOUT.sub(" ", clause)
        dropped |= {
            w for w, rule_ in _CONDITION_RULES if w in _NEEDING and not rule_.pattern.search(rest)
        }
    return frozenset(dropped)


_NEEDING = frozenset({"written-permission", "separate-license"})
_FORMALITY = re.compile(
    r"\b(?:only|just|simply|merely)\s+(?:need|needs|have|has|required)\s+to\b"
    r"|\b(?:simply|just|merely)\s+(?:register|fill|send|e-?mail|notify|sign)",
    _I,
)
"""A registration said to be all it takes ("you only need to send an email to get ...")."""


def excepts(text: str) -> bool:
    """Does `text` (a clause) name a further license or permission, as an exception to a ban
    or a requirement ("without our written permission", "unless you obtain a license")?"""
    return any(
        pattern.pattern.search(text)
        for pattern in (_LICENSE_NEEDED, _COMMERCIAL_CONDITIONAL, _PERMISSION, _FURTHER_LICENSE)
    )


def excepted(sentence: Sentence) -> bool:
    """Does the sentence make commercial use depend on a further license or permission?"""
    return (
        _LICENSE_NEEDED.holds(sentence)
        or _COMMERCIAL_CONDITIONAL.holds(sentence)
        or bool(conditions_of(sentence) - CONDITIONS_ALLOWING)
    )


def _candidates(doc: Document) -> list[Sentence]:
    """Sentences that may condition commercial use, in order."""
    found = set(matching(doc, _COMMERCIAL_CONDITIONAL))
    found.update(
        s
        for s in doc.sentences_with(_CONDITION_WORDS)
        if not s.excluded and not s.definition and conditions_of(s)
    )
    return sorted(found, key=lambda s: (s.start, s.end))


def conditioned(
    doc: Document, capped: tuple[Sentence, ...]
) -> tuple[list[Sentence], list[Sentence]]:
    """(sentences restricting commercial use by a condition, sentences allowing it on one the
    licensee fulfils alone)."""
    restricting: list[Sentence] = []
    allowing: list[Sentence] = []
    capped_set = set(capped)
    for sentence in _candidates(doc):
        found = conditions_of(sentence, capped=sentence in capped_set)
        if found and found <= CONDITIONS_ALLOWING:
            allowing.append(sentence)
        elif sentence not in capped_set and (found or _COMMERCIAL_CONDITIONAL.holds(sentence)):
            restricting.append(sentence)
    return restricting, allowing


def detect_commercial_conditions(
    doc: Document,
    commercial: Found,
    thresholds: Iterable[Found],
    capped: tuple[Sentence, ...] = (),
) -> Found:
    """What commercial use is subject to (COMMERCIAL_USE_CONDITIONS words, in that order), each
    quoted; none when commercial use is prohibited or unstated."""
    if commercial.value not in ("allowed", "restricted"):
        return Found([])
    quotes: dict[str, list[Sentence]] = {}
    capped_set = set(capped)
    for sentence in _candidates(doc):
        for word in conditions_of(sentence, capped=sentence in capped_set):
            quotes.setdefault(word, []).append(sentence)
    caps = [s for found in thresholds if found.value is not None for s in found.sentences]
    if caps:
        quotes["separate-license-above-threshold"] = caps
    words = [word for word in COMMERCIAL_USE_CONDITIONS if word in quotes]
    evidence = dict.fromkeys(quotes[word][0] for word in words)
    return Found(words, tuple(evidence))
