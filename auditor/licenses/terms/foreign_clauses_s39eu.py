"""Basque clauses beyond commercial use, caps, law and bans (`foreign_cues_s39eu`,
`foreign_harms_s39eu`), for `foreign_more.read_more` (a passage told Basque), and the Basque
sentences that state no term, for `foreign_no_term` and the plain grants of `terms.foreign`:

- a credit line to show: a quoted line, a word of a wording or of showing ("esaldia",
  "erakutsi", "agertu") and an obligation ("erakutsiko du", "behar du", "derrigorrez"):
  `attribution_required`, as `foreign_naming` reads it in the other languages;
- the weights not to be passed on: a ban word, the weights ("pisuak", "parametroak") and a
  verb of passing on ("banatu", "argitaratu", "partekatu", "hirugarrenei eman"):
  `use_scope` `no-weight-redistribution`;
- a plain grant (`is_plain_grant_eu`): a grant ("eskubidea ematen dio", "erabil dezakezu") of
  two acts (use, copy, modify, distribute) with no purpose, limit, negation or condition, as
  the English rules read such a grant; "doan", "mundu osoan", "ez-esklusiboa" restrict nothing;
- no term (`states_no_term_eu`): such a grant "under the limits set out" elsewhere ("A
  ERANSKINEAN jasotako mugekin": the limits are read where they stand), a permission to run
  the model or offer its outputs with no restrictive word ("haren emaitzak zure bezeroei eskain
  diezazkiekezu"), and a ban denied ("Ez dago debekatuta eredua ... erabiltzea") asking nothing.

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_s39eu import BAN_EU
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import language_of

__all__ = ["is_plain_grant_eu", "read_clauses_eu", "states_no_term_eu"]

_FLAGS = re.IGNORECASE
_CLAUSE_END = lazy_pattern(r"[.;!?]|\bbaina\b|\bbaizik\b", _FLAGS)
_BAN = lazy_pattern(BAN_EU, _FLAGS)

# a quoted line, a wording or a showing, and an obligation, in one sentence
_QUOTED = r"[\"“”„«‹'‘][^\"“”„«»‹›'‘’\n]{1,60}?[\"“”»›'’]"
_SHOW = r"\b(?:esaldi\w*|testu\w*|oharr?\w*|aipamen\w*|erakuts\w*|erakutsi\w*|agertu\w*|agerr\w*)"
_MUST = (
    r"\b(?:behar\s+(?:du|dute|da|dira)|derrigor\w*|nahitaez)\b"
    r"|\b(?:erakutsi|agertu|jarri|sartu|gehitu|adierazi|aipatu)ko\s+(?:du|dute|da|dira)\b"
)
_CREDIT = lazy_pattern(
    rf"{_QUOTED}[^.;!?]{{0,40}}?{_SHOW}[^.;!?]{{0,60}}?(?:{_MUST})"
    rf"|(?:{_MUST})[^.;!?]{{0,60}}?{_SHOW}[^.;!?]{{0,40}}?{_QUOTED}",
    _FLAGS,
)

# the weights passed on
_WEIGHTS = lazy_pattern(r"\bpisu\w*|\bparametro\w*|\bcheckpoint\w*", _FLAGS)
_PASS_ON = lazy_pattern(
    r"\b(?:banatu|banatzea|banatzeko|berrbanatu\w*|argitaratu|argitaratzea|partekatu"
    r"|partekatzea|zabaldu|zabaltzea|saldu|saltzea)\b|\bhirugarren\w*\s+(?:[\w-]+\s+)?"
    r"(?:eman|utzi|eskuratu)\w*",
    _FLAGS,
)
# modified weights only: a ban on sharing adaptations, not on passing the model on
_MODIFIED = lazy_pattern(r"\baldatu(?:tako|ak)\b|\begokitu(?:tako|ak)\b|\bfine-?tun\w*", _FLAGS)

# a grant: a right, a permission or a licence given, or "you may" with its acts
_GRANT = lazy_pattern(
    r"\b(?:eskubide\w*|baimen\w*|lizentzia)\s+(?:[\w-]+\s+){0,3}?ematen\s+(?:dio|die|du|dizu"
    r"|dizue|dizugu|dizuegu)\b|\bematen\s+(?:dio|die|dizu|dizue)\b[^.;]{0,80}?\b(?:eskubide"
    r"|baimen|lizentzia)\w*|\bd\w{1,12}ke(?:zu|zue|te|gu)?\b",
    _FLAGS,
)
_ACTS = lazy_pattern(
    r"\b(?:erabil\w*|kopia\w*|aldatu\w*|aldatze\w*|alda|banatu\w*|banatze\w*|bana|egokitu\w*"
    r"|egokitze\w*|berrbana\w*|exekuta\w*|exekutatu\w*)\b",
    _FLAGS,
)
_HARMLESS = lazy_pattern(
    r"\bdoan\b|\bdoakoa\b|\bmundu\s+osoan\b|\bez[- ]esklusibo\w*|\bbehin\s+betiko\w*"
    r"|\bordainik\s+gabe\b|\bkosturik\s+gabe\b|\berrebokaezin\w*",
    _FLAGS,
)
# a purpose, a limit, a negation, a condition or a pointer to other terms narrows a grant
_NARROWED = lazy_pattern(
    r"\b(?:ez|ezin|soilik|bakarrik|salbu|ezik|baldin|baldintza\w*|helburu\w*|xede\w*"
    r"|komertzial\w*|merkataritza\w*|negozio\w*|ikerket\w*|pertsonal\w*|pribatu\w*|debeka\w*"
    r"|mug(?:a|ak|ekin|en|ei|arik)\w*|murrizketa\w*|arabera|behar|eranskin\w*|atal\w*|artikulu\w*|gabe)\b",
    _FLAGS,
)
# the limits or conditions set out elsewhere ("A ERANSKINEAN jasotako mugekin")
_POINTER = lazy_pattern(
    r"\b(?:[\w-]+\s+){0,4}?(?:jasotako|ezarritako|adierazitako|zehaztutako|azaldutako)\s+"
    r"(?:mug|baldintz|murrizket)\w*",
    _FLAGS,
)
# a ban denied ("Ez dago debekatuta eredua ... erabiltzea"), and the words that would still
# make such a sentence a term (a condition, "only", commercial use, a need)
_NOT_BANNED = lazy_pattern(
    r"\bez\s+(?:dago|da|dira|daude)\s+debeka\w*|\bdebekatuta\s+ez\s+(?:dago|daude)\b", _FLAGS
)
_NARROWED_USE = lazy_pattern(
    r"\b(?:soilik|bakarrik|salbu|ezik|baldin|baldintza\w*|komertzial\w*|merkataritza\w*"
    r"|behar|baimen\w*)\b",
    _FLAGS,
)
# running the model, or offering its outputs: a permission restricting nothing
_RUN_OR_OFFER = lazy_pattern(
    r"\b(?:exekuta\w*|zerbitzari\w*|emaitza\w*|irteera\w*|eskain\w*|hedatu\w*)\b", _FLAGS
)


def read_clauses_eu(text: str) -> list[Clause]:
    """The credit line and the weights bans one Basque passage states (module docstring)."""
    found: list[Clause] = []
    if _CREDIT.search(text) is not None:
        found.append(Clause("attribution_required", True))
    scopes: list[str] = []
    for clause in _CLAUSE_END.split(text):
        if _BAN.search(clause) is None or _WEIGHTS.search(clause) is None:
            continue
        if _PASS_ON.search(clause) is None:
            continue
        scope = "no-adaptation-sharing" if _MODIFIED.search(clause) else "no-weight-redistribution"
        if scope not in scopes:
            scopes.append(scope)
    if scopes:
        found.append(Clause("use_scope", scopes))
    return found


def _granted(text: str) -> str | None:
    """The grant's text less what restricts nothing, when it grants two acts; else None."""
    if _GRANT.search(text) is None or len(_ACTS.findall(text)) < 2:
        return None
    return _HARMLESS.sub(" ", text)


def is_plain_grant_eu(text: str) -> bool:
    """A Basque grant of two acts with no purpose, limit, negation or condition."""
    rest = _granted(text)
    return rest is not None and _NARROWED.search(rest) is None


def states_no_term_eu(text: str) -> bool:
    """A Basque grant under limits set out elsewhere, or a permission to run the model or offer
    its outputs that restricts nothing (module docstring)."""
    if language_of(text) != "eu":
        return False  # tried on every passage: Basque words in a Basque sentence only
    if _NOT_BANNED.search(text) is not None:  # "ez dago debekatuta": a ban denied, no term
        return _BAN.search(text) is None and _NARROWED_USE.search(text) is None
    rest = _granted(text)
    if rest is not None and _POINTER.search(rest) is not None:
        return _NARROWED.search(_POINTER.sub(" ", rest)) is None
    if _GRANT.search(text) is None or _RUN_OR_OFFER.search(text) is None:
        return False
    return _NARROWED.search(_HARMLESS.sub(" ", text)) is None and _BAN.search(text) is None
