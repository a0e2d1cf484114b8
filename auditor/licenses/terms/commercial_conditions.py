"""What a license makes commercial use depend on (`commercial_use_conditions`).

A clause naming commercial use may attach a condition to it: registering with or notifying the
licensor, showing a credit, the licensor's permission, or a further license (the words of
COMMERCIAL_USE_CONDITIONS). Each is read in a clause that names commercial use (not
"non-commercial"), and a condition said not to be needed ("no approval is needed") or had by a
formality alone ("you only need to send an email to get permission") is no permission. The
items of a list whose lead-in makes commercial use depend on them ("Commercial use is
permitted only when all of the following hold:") are read as naming commercial use. The
first two leave commercial use `allowed`; the others make it `restricted` (`commercial.py`
decides, since a grant withheld outranks every condition). A text that grants nothing save
under the licensor's separate agreement or permission (`grant_denied.py`) makes every use,
commercial use with it, depend on that agreement or permission.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.cap_residual_s39en import residual_beyond_cap
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.detect import DataRule, Found, data_rule, has_any, matching
from auditor.licenses.terms.grant_denied import denial_condition, denied_grant
from auditor.licenses.terms.seat_caps_s39en import unread_ceilings
from auditor.licenses.terms.sentences import Document, Sentence
from auditor.licenses.text.segment import LIST_MARKER
from auditor.model.terms import COMMERCIAL_USE_CONDITIONS, CONDITIONS_ALLOWING

# The clause rules of license_db/clause_rules/commercial_use.yaml: the rules read through a
# keyword prefilter are DataRules; the patterns read whole are compiled at their first use.
_LICENSE_NEEDED = data_rule("commercial_use/separate-license-needed")
"""A further license or permission to obtain: the exception a ban or a requirement makes."""
_COMMERCIAL_CONDITIONAL = data_rule("commercial_use/commercial-conditional")
"""Commercial use made to depend on a request, an application or a further license."""
_REGISTRATION = data_rule("commercial_use_conditions/registration")
"""Registering with or notifying the licensor before commercial use."""
_PERMISSION = data_rule("commercial_use_conditions/written-permission")
"""The licensor's permission, consent, approval or authorisation required, or applied for."""
_FURTHER_LICENSE = data_rule("commercial_use_conditions/separate-license")
"""A further license or agreement commercial use requires (not one merely available)."""
_DISPLAY = data_rule("commercial_use_conditions/attribution-display")
"""Commercial use on condition of a visible credit to the licensor."""
_CONDITION_RULES: tuple[tuple[str, DataRule], ...] = (
    ("registration", _REGISTRATION),
    ("attribution-display", _DISPLAY),
    ("written-permission", _PERMISSION),
    ("separate-license", _FURTHER_LICENSE),
)
_CONDITION_WORDS = (
    "commercial",
    "paid",
    "profit",
    "revenue",
    "income",
    "money",
    "moneti",
    "business",
    "payment",
    "fee",
    "remuneration",
)
"""Words one of which a clause naming commercial use holds (`commercial-named` decides)."""
_SERVICE_WORDS = ("service", "api", "endpoint", "host", "third part", "others")
"""Words one of which a clause offering the model itself to others holds (`model-service`)."""


def conditions_of(
    sentence: Sentence, *, capped: bool = False, listed: bool = False
) -> frozenset[str]:
    """The conditions of commercial use `sentence` states (see COMMERCIAL_USE_CONDITIONS), each
    read in a clause naming commercial use, or anywhere in an item of a list of conditions of
    commercial use (`listed`, see `listed_items`). In a sentence stating a cap, a further
    license is the cap's consequence: only the conditions the licensee fulfils alone are read
    there."""
    if not listed and not has_any(sentence.lower, _CONDITION_WORDS):
        if has_any(sentence.lower, _SERVICE_WORDS) and not capped:
            return _service_conditions_in(sentence.text)
        return frozenset()
    found = _conditions_in(sentence.text, listed=listed)
    if not found and not capped and has_any(sentence.lower, _SERVICE_WORDS):
        found = _service_conditions_in(sentence.text)  # "this license does not cover: offering"
    return found & CONDITIONS_ALLOWING if capped else found


def listed_items(doc: Document) -> frozenset[Sentence]:
    """The items of each list whose lead-in makes commercial use depend on them
    (commercial_use_conditions/list-lead-in: "Commercial use is permitted only when all of
    the following hold:"), with the sentences that continue an item (worked out once per
    document)."""
    return frozenset(doc.remembered(("commercial-listed-items",), lambda: _listed(doc)))


def _listed(doc: Document) -> tuple[Sentence, ...]:
    sentences = doc.sentences
    found: list[Sentence] = []
    for index, lead in enumerate(sentences):
        if not lead.text.endswith(":") or lead.excluded or not _leads(lead):
            continue
        own = _marker(lead.text)  # the lead-in's own list goes on: its items end here
        for item in sentences[index + 1 :]:
            if not item.list_item or (own and _marker(item.text) == own):
                break
            found.append(item)
    return tuple(found)


def _leads(sentence: Sentence) -> bool:
    """Is the sentence the lead-in of a list of conditions of commercial use: commercial use
    named just before the words making it depend on the list ("Commercial use is permitted
    only when ...:")? A grant for any purpose "including commercial applications, and to
    redistribute it freely, subject to the following restrictions:" lists conditions of
    every use (notices, marks), not of commercial use."""
    lead = _pattern("list-lead-in").search(sentence.text)
    if lead is None:
        return False
    return any(
        0 <= lead.start() - named.end() <= _LEAD_NEAR
        for named in _pattern("commercial-named").finditer(sentence.text, 0, lead.start())
    )


_LEAD_NEAR = 40
"""Characters at most between the words of commercial use and those of a list's lead-in."""


_MARKER_KINDS = (
    ("number", lazy_pattern(r"\(?\d")),
    ("roman", lazy_pattern(r"\(?[ivxl]{1,6}[.)]")),
    ("letter", lazy_pattern(r"\(?[a-z][.)]")),
    ("bullet", lazy_pattern(r"[-*\u2022\u00b7]")),
)


def _marker(text: str) -> str:
    """The kind of the list marker `text` opens with (number, roman, letter, bullet), or ""."""
    match = LIST_MARKER.match(text)
    if match is None:
        return ""
    marker = match.group().strip().lower()
    return next((kind for kind, shape in _MARKER_KINDS if shape.match(marker)), "")


_CLAUSE_END = lazy_pattern(
    r";\s+|\.\s+(?![a-z])|(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bLLC)(?<!\bPLC)(?<!\bplc)"
    r"(?<!\bPte)(?<!\be\.g)(?<!\bi\.e)(?<![A-Z]\.[A-Z])\.\s+"
)
"""A clause ends at a semicolon or a full stop, not at the dot of a company form or an
abbreviation the sentence goes on after ("once Talc Cognition Inc. has given its approval",
"Acme S.A. may grant"); a capital after it starts a new clause ("The price of a commercial
license is $200 U.S. To purchase the license: ...": no condition of commercial use)."""
_APPOSITIVE = lazy_pattern(
    r",\s+(?:meaning|that\s+is|i\.e\.|namely|which\s+means|defined\s+as)\b[^;]{0,200}?,\s+"
    r"(?=(?:is|are|shall|will|may|must|requires?|needs?|remains?)\b)"
)
"""A definition set into the clause between the words of commercial use and its verb
("Commercial use, meaning use in a product or a service, is permitted once ..."): it says
what commercial use is, and its length must not keep the condition from the words."""
_NEAR = 150
"""A condition counts when it stands this close to the words of commercial use."""


def _pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of the rule commercial_use_conditions/`name` (cached): where
    commercial use is named (`commercial-named`), a company register, a class of licensees
    (`licensee-class`), permission said not needed, a registration said to be all it takes
    (`formality`), the licensor's marks, a
    grant made here, "without" a permission, a negated clause."""
    return clause_pattern(f"commercial_use_conditions/{name}")


@lru_cache(maxsize=4096)
def _conditions_in(text: str, *, listed: bool = False) -> frozenset[str]:
    """The conditions read in `text`, clause by clause: near the words of commercial use, or
    anywhere in a listed item (its lead-in names commercial use)."""
    found: set[str] = set()
    for piece in _CLAUSE_END.split(text):
        clause = _APPOSITIVE.sub(", ", piece)
        places = [m.start() for m in _pattern("commercial-named").finditer(clause)]
        if not (places or listed) or _pattern("company-register").search(clause):
            continue
        lower = clause.lower()
        words = {
            word
            for word, rule_ in _CONDITION_RULES
            if _tried(lower, rule_.keywords)
            and (rule_.pattern.search(clause) if listed else _near(rule_, clause, places))
        }
        if words & _NEEDING:
            words -= _not_needed(clause, words)
        if "registration" in words and _pattern("notice-not-needed").search(clause):
            words.discard("registration")  # "you need not notify us": no duty
        if words & _NEEDING and _pattern("threshold-scoped").search(clause):
            words = (words - _NEEDING) | {_ABOVE}  # asked only past a size
        elif words & _NEEDING and _pattern("licensee-class").search(clause):
            words = (words - _NEEDING) | {_FOR_SOME}  # asked of some licensees only
        if words & {_FOR_SOME} and _pattern("model-service").search(clause):
            words.add(_FOR_SERVICE)  # the class: those offering the model itself as a service
        found |= words
    return frozenset(found)


@lru_cache(maxsize=4096)
def _service_conditions_in(text: str) -> frozenset[str]:
    """A further license or permission asked of licensees offering the model itself as a
    service, read in a clause naming no commercial use ("If you provide the model to third
    parties via an API, you must first obtain our authorization"): the service clause and
    the requirement in one clause, the requirement not said unneeded, or the service said to
    be outside the licence ("this license does not cover: offering the model ... as a hosted
    inference API")."""
    for clause in _CLAUSE_END.split(text):
        if not _pattern("model-service").search(clause):
            continue
        words = {
            w for w, rule_ in _CONDITION_RULES if w in _NEEDING and rule_.pattern.search(clause)
        }
        if words and not _not_needed(clause, words) >= words:
            return frozenset({_FOR_SOME, _FOR_SERVICE})
        if _NOT_COVERED.search(clause):  # the licence withholds it: another licence is needed
            return frozenset({_FOR_SOME, _FOR_SERVICE})
    return frozenset()


# the licence said not to reach what the clause names: "this license does not cover: offering
# the model itself to third parties as a hosted API", "... is outside this licence"
_NOT_COVERED = lazy_pattern(
    r"\b(?:licen[cs]e|grant|agreement|terms)\b[^.;:]{0,40}?\b(?:does|do|shall|will)\s+not\s+"
    r"(?:cover|extend\s+to|include|apply\s+to|permit|allow)\b"
    r"|\b(?:is|are)\s+(?:not\s+(?:covered|licensed|permitted|granted|included)|excluded)\b"
    r"[^.;]{0,20}?\b(?:by|under|from|in)\s+(?:this|the)\s+(?:licen[cs]e|grant|agreement|terms)\b"
    r"|\boutside\s+(?:the\s+scope\s+of\s+)?(?:this|the)\s+(?:licen[cs]e|grant|agreement)\b",
    re.IGNORECASE,
)


def _tried(lower: str, keywords: tuple[str, ...]) -> bool:
    """Is a rule with these derived keywords tried on the clause (none: always)?"""
    return not keywords or has_any(lower, keywords)


def _near(condition: DataRule, clause: str, places: list[int]) -> bool:
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
        _pattern("permission-not-needed").search(clause)
        or ("registration" in words and _pattern("formality").search(clause))
        or _pattern("marks").search(clause)
    ):
        return _NEEDING
    dropped = set()
    if "separate-license" in words and _pattern("granted-here").search(clause):
        dropped.add("separate-license")  # "grants you a commercial license": this one
    without = _pattern("without")
    if without.search(clause) and not _pattern("negated").search(clause):
        rest = without.sub(" ", clause)
        dropped |= {
            w for w, rule_ in _CONDITION_RULES if w in _NEEDING and not rule_.pattern.search(rest)
        }
    return frozenset(dropped)


def said_unneeded(text: str, ban: re.Pattern[str]) -> bool:
    """Does every match of `ban` in `text` begin where a permission is said not to be needed
    ("you do not need our permission to use it commercially": the negation is the need's, not
    the use's)? A ban found after such a phrase still stands ("you need no permission for
    research, but you may not use it commercially"). False when the ban is not found."""
    spans = [
        m.span()
        for name in ("permission-not-needed", "notice-not-needed")
        for m in _pattern(name).finditer(text)
    ]
    if not spans:
        return False
    found, position = False, 0
    while (match := ban.search(text, position)) is not None:
        inside = next((end for start, end in spans if start <= match.start() < end), None)
        if inside is None:
            return False
        found, position = True, inside
    return found


_NEEDING = frozenset({"written-permission", "separate-license"})
_FOR_SOME = "separate-license-for-some-licensees"
_FOR_SERVICE = "separate-license-for-model-service"
_ABOVE = "separate-license-above-threshold"


def excepts(text: str) -> bool:
    """Does `text` (a clause) name a further license or permission, as an exception to a ban
    or a requirement ("without our written permission", "unless you obtain a license")? One
    said not to be needed ("you do not need permission for research") is none."""
    return any(
        _needed(rule_.pattern, text)
        for rule_ in (_LICENSE_NEEDED, _COMMERCIAL_CONDITIONAL, _PERMISSION, _FURTHER_LICENSE)
    )


def excepted(sentence: Sentence) -> bool:
    """Does the sentence make commercial use depend on a further license or permission?"""
    return (
        (_LICENSE_NEEDED.holds(sentence) and _needed(_LICENSE_NEEDED.pattern, sentence.text))
        or _COMMERCIAL_CONDITIONAL.holds(sentence)
        or bool(conditions_of(sentence) - CONDITIONS_ALLOWING)
    )


def _needed(pattern: re.Pattern[str], text: str) -> bool:
    """Does `pattern` match `text` somewhere a permission is not said to be unneeded?"""
    return pattern.search(text) is not None and not said_unneeded(text, pattern)


def _candidates(doc: Document) -> list[Sentence]:
    """Sentences that may condition commercial use, in order."""
    found = set(matching(doc, _COMMERCIAL_CONDITIONAL))
    found.update(
        s
        for s in doc.sentences_with((*_CONDITION_WORDS, *_SERVICE_WORDS))
        if not s.excluded and not s.definition and conditions_of(s)
    )
    found.update(
        s
        for s in listed_items(doc)
        if not s.excluded and not s.definition and conditions_of(s, listed=True)
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
    listed = listed_items(doc)
    for sentence in _candidates(doc):
        found = conditions_of(sentence, capped=sentence in capped_set, listed=sentence in listed)
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
    listed = listed_items(doc)
    for sentence in _candidates(doc):
        in_list = sentence in listed
        for word in conditions_of(sentence, capped=sentence in capped_set, listed=in_list):
            quotes.setdefault(word, []).append(sentence)
    for sentence in denied_grant(doc):  # every use needs the licensor's agreement
        quotes.setdefault(denial_condition(sentence), []).insert(0, sentence)
    caps = [s for found in thresholds if found.value is not None for s in found.sentences]
    if caps:
        quotes["separate-license-above-threshold"] = caps
    elif ceilings := unread_ceilings(doc):  # "no more than 25 seats": past it, unread
        quotes["separate-license-above-threshold"] = list(ceilings)
    if residual_beyond_cap(quotes.get("separate-license", []), caps):
        del quotes["separate-license"]  # "any other commercial use": past the cap
    words = [word for word in COMMERCIAL_USE_CONDITIONS if word in quotes]
    evidence = dict.fromkeys(quotes[word][0] for word in words)
    return Found(words, tuple(evidence))
