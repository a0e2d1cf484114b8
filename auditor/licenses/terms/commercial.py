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
- A text that grants nothing of its own, every use left to a separate agreement or the
  licensor's permission ("no licence to use it is granted except under a signed written
  agreement", "all use requires a written licence from us"), is `restricted` to that
  agreement or permission (`grant_denied.py`); a bare "All rights reserved" is no such text.
- A condition the licensee fulfils alone (registering or notifying the licensor, showing a
  credit) leaves commercial use `allowed`, with the condition typed and quoted: "free for
  commercial use after registration" grants commercial use to everyone who registers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.commercial_conditions import (
    conditioned,
    conditions_of,
    excepted,
    excepts,
    listed_items,
    said_unneeded,
)
from auditor.licenses.terms.detect import _GRANT, DataRule, Found, data_rule, has_any, matching
from auditor.licenses.terms.elliptical import withheld_by_ellipsis
from auditor.licenses.terms.grant_denied import COMMERCIAL_GRANTS, denied_grant
from auditor.licenses.terms.notwithstanding_s38en import overriding_grant
from auditor.licenses.terms.seat_caps_s39en import unread_ceilings
from auditor.licenses.terms.sentences import Document, Sentence

# --- commercial use and research (license_db/clause_rules/commercial_use.yaml) ---------------

_NONCOMMERCIAL_ONLY = data_rule("commercial_use/non-commercial-only")
_NONCOMMERCIAL_GRANT = data_rule("commercial_use/non-commercial-grant")
_RESEARCH_ONLY = data_rule("commercial_use/research-only")
_COMMERCIAL_BANNED = data_rule("commercial_use/commercial-banned")
_COMMERCIAL_PARAPHRASE = data_rule("commercial_use/commercial-paraphrase")
_COMMERCIAL_ITEM = data_rule("commercial_use/commercial-item")
_COMMERCIAL_OK = data_rule("commercial_use/commercial-allowed")
_ITEM_GRANT = lazy_pattern(
    r"\b(?:may|can|(?:are|is)\s+(?:free|permitted|allowed|entitled)\s+to)\s+(?!not\b)"
    r"(?:(?!\b(?:not|never|no|except|unless|only|solely)\b)[^.;:]){0,80}?\bfor\s+commercial\s+",
    re.IGNORECASE,
)
"""A list item granting commercial purposes itself ("4. Use. You may use the Model for commercial
purposes, ..."): no item of a list of banned uses, whatever narrows it later (read there)."""


def allowed_sentences(doc: Document) -> list[Sentence]:
    """The sentences stating commercial use allowed, by commercial-allowed or one of the broad
    grants, in document order."""
    found = set(matching(doc, _COMMERCIAL_OK))
    for rule in COMMERCIAL_GRANTS:
        found.update(matching(doc, rule))
    return sorted(found, key=lambda s: (s.start, s.end))


# --- the grant withheld, and the conditions of commercial use ---------------------------------

_GRANT_WITHHELD = data_rule("commercial_use/grant-withheld")
"""A statement that the grant does not reach commercial use (prohibited, whatever else the
text offers)."""
_MARKS = ("trademark", "trade mark", "trade name", "service mark", "logo")
"""A sentence withholding the licensor's marks withholds no use of the model."""


def _banned(sentence: Sentence, ban: DataRule) -> bool:
    """A ban stands unless its own clause excepts a further license or permission: "you may
    not use it commercially without our permission" is a condition; "commercial use is
    prohibited; for a license, contact us" a ban with a route beside it. A negation that
    is a need's ("you do not need our permission to use it commercially") bans nothing."""
    if said_unneeded(sentence.text, ban.pattern):
        return False
    if not excepted(sentence):
        return True
    return ";" in sentence.text and any(
        ban.pattern.search(piece) and not excepts(piece) for piece in sentence.text.split(";")
    )


def _withheld(doc: Document) -> list[Sentence]:
    """Sentences saying the grant does not reach commercial use (each holds a negation or an
    exception: only those go through the pattern)."""
    return [
        s
        for s in doc.sentences_with(_GRANT_WITHHELD.keywords)
        if not s.excluded
        and not s.definition
        and has_any(s.lower, _NEGATIONS)
        and not has_any(s.lower, _MARKS)
        and _GRANT_WITHHELD.hits(s)
    ]


_NEGATIONS = (
    "no ",
    "not",
    "nothing",
    "exclud",
    "except",
    "other than",
    "apart from",
    " but ",
    " save ",
)


_NO_SCOPE = Found([])


def _confined(doc: Document, capped: set[Sentence]) -> list[Sentence]:
    """Permissions given for non-commercial purposes without "only" (non-commercial-grant); not
    one whose own clause opens commercial use through a further agreement or permission ("...
    unless you have commercial use rights under a separate agreement": a condition, read by
    `conditioned`), nor a third party's patent licence a notice passes on ("licensed under the
    AVC patent portfolio license for the personal and non-commercial use of a consumer")."""
    return [
        s
        for s in matching(doc, _NONCOMMERCIAL_GRANT, skip_definitions=True)
        if s not in capped and "patent" not in s.lower and not excepted(s)
    ]


def _permission_route(doc: Document, restricting: list[Sentence]) -> bool:
    """Does a condition open commercial use through the licensor's permission (not through a
    separate licence, which is another grant)?"""
    listed = listed_items(doc)
    return any("written-permission" in conditions_of(s, listed=s in listed) for s in restricting)


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
    lifted: tuple[Sentence, ...] = (),
) -> Found:
    """prohibited > restricted (cap, scope, separate license, permission) > allowed (perhaps
    on a registration or a credit): see the module's docstring.

    A grant confined to personal use, evaluation, non-production use or research rules out
    production commercial use (`scope_barred` quotes it): prohibited. `capped` are the
    sentences stating a cap (`thresholds.detect_caps`): what they forbid is no total ban;
    `lifted` the carve-outs of commercial use a grant to a class bounded from above lifts for
    it, no ban even when they name non-commercial use."""
    capped_set = set(capped)
    thresholds = tuple(thresholds)
    non_commercial = clause_pattern("commercial_use/non-commercial-named")
    banned = [
        s
        for s in matching(doc, _NONCOMMERCIAL_ONLY)
        # a ban on a capped class, unless a grant to the class under the bound lifts it
        if s not in capped_set or (non_commercial.search(s.text) and s not in lifted)
    ]
    banned += matching(doc, _RESEARCH_ONLY)
    scopes = scope.value if isinstance(scope.value, list) else []
    banned += scope_barred
    banned += [s for s in _withheld(doc) if s not in capped_set]
    banned += [s for s in withheld_by_ellipsis(doc) if s not in capped_set]
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
    allowed_here = set(allowed_sentences(doc))  # "no restrictions on commercial use"
    banned += [
        s
        for s in matching(doc, _COMMERCIAL_ITEM, restrictive=True, skip_definitions=True)
        if s.list_item
        and s not in capped_set
        and not excepted(s)
        and s not in allowed_here
        and not _ITEM_GRANT.search(s.text)
    ]
    if banned and (over := overriding_grant(doc, lambda s: bool(conditions_of(s)))) is not None:
        banned = [s for s in banned if s.start > over.start]  # 'Notwithstanding clause 3, ...'
    if banned:
        return Found("prohibited", tuple(sorted(set(banned), key=lambda s: (s.start, s.end))[:2]))
    restricting, allowing = conditioned(doc, capped)
    confined = _confined(doc, capped_set)
    if confined and (over := overriding_grant(doc, lambda s: bool(conditions_of(s)))) is not None:
        confined = [s for s in confined if s.start > over.start]
    if (
        confined
        and not allowing
        and not allowed_sentences(doc)
        and not any(found.sentences for found in thresholds)
        and not _permission_route(doc, restricting)
    ):  # a grant for non-commercial purposes, commercial use neither granted nor opened
        return Found("prohibited", tuple(confined[:2]))
    conditional = list(denied_grant(doc))  # a text granting nothing without an agreement
    conditional += [s for found in thresholds for s in found.sentences]
    conditional += list(scope.sentences) if scopes else []
    conditional += restricting
    conditional += unread_ceilings(doc)  # a ceiling in seats or instances, no cap rule's unit
    if conditional:
        return Found("restricted", tuple(conditional[:2]))
    if policy:
        return Found(None)
    allowed = allowed_sentences(doc) or matching(doc, _GRANT, skip_definitions=True)
    if allowing:  # the condition's sentence first, then the grant
        return Found("allowed", tuple(dict.fromkeys([*allowing[:1], *allowed[:1]])))
    if allowed:
        return Found("allowed", tuple(allowed[:1]))
    if license_cues.value and license_cues.sentences:
        return Found("allowed", license_cues.sentences[:1])
    return Found(None)
