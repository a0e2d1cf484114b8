"""German sentences of formal licence prose the cue table leaves unread (session 38), for
`foreign_passages_s38eu`:

- commercial use "not prohibited" ("Eine Nutzung zu gewerblichen Zwecken ist nicht
  untersagt"), a double negation that grants it: `allowed`; on the condition of a credit only
  ("sofern der Lizenznehmer die Herkunftsangabe nach § 4 nicht unterlässt", "vorausgesetzt, die
  Quelle wird genannt"), with `attribution-display` among its conditions. Any other condition
  (a consent, a licence, "only", a cap) or a plain "untersagt" with no negation is not this
  shape and is left to the cues;
- the origin of the model to be stated ("Bei jeder Weitergabe ist die Herkunft des Modells
  anzugeben"): `attribution_required`, as `foreign_duties` reads the other credit words;
- the subject of the terms ("Gegenstand dieser Bedingungen ist die Überlassung der
  Modellgewichte ...") and a grant of acts "unless provided otherwise below" ("Der
  Lizenznehmer ist berechtigt, das Modell zu vervielfältigen ..., soweit nachstehend nichts
  anderes bestimmt ist"): read, stating no term (the clauses that follow state them; with none
  granting commercial use, that use stays unknown, never allowed).

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_german_s38eu"]

_FLAGS = re.IGNORECASE
_S = r"[^.;!?]"  # a character of the same sentence

_COMMERCIAL = r"(?:gewerblich\w*|kommerziell\w*|Erwerbszweck\w*|geschäftlich\w*)"
_NOT_BANNED = lazy_pattern(
    rf"{_COMMERCIAL}{_S}{{0,80}}?\b(?:ist|sind|wird|werden)\s+(?:\w+\s+)?nicht\s+"
    r"(?:untersagt|verboten|ausgeschlossen|unzulässig)\b",
    _FLAGS,
)
# the condition that follows, and what it may ask: a credit only
_CONDITION = lazy_pattern(r"\b(?:sofern|soweit|vorausgesetzt|wenn|falls|solange)\b", _FLAGS)
_CREDIT = lazy_pattern(
    r"\bHerkunft\w*|\bQuell(?:e|enangabe)\w*|\bNamensnennung|\bUrheber\w*(?:vermerk|hinweis|nennung)"
    r"|\bLizenzhinweis\w*",
    _FLAGS,
)
_CREDIT_GIVEN = lazy_pattern(
    r"\bnicht\s+unterl(?:ä|ae)ss\w*|\bnicht\s+weglässt|\bangibt|\bnennt|\banbringt|\bbeibehält"
    r"|\berhält|\b(?:angegeben|genannt|angeführt|erwähnt)\s+wird|\bwird\s+(?:\w+\s+)?(?:angegeben"
    r"|genannt|angeführt|erwähnt)\b",
    _FLAGS,
)
_OTHER_ASKED = lazy_pattern(
    r"\b(?:Zustimmung|Genehmigung|Erlaubnis|Einwilligung|Freigabe|gesondert\w*|separat\w*"
    r"|Lizenzvertrag\w*|Vertrag\w*|nur|ausschließlich|lediglich|Nutzer\w*|Umsatz\w*|Gebühr\w*"
    r"|Entgelt\w*|Registrierung|registrier\w*|Forschung\w*|privat\w*|außer|ausgenommen"
    r"|nicht-?kommerziell\w*|nicht-?gewerblich\w*)\b",
    _FLAGS,
)
_ORIGIN_STATED = lazy_pattern(
    rf"\b(?:Herkunft|Quelle)\w*{_S}{{0,40}}?\b(?:anzugeben|anzuführen|zu\s+nennen|kenntlich\s+zu"
    rf"\s+machen)\b|\b(?:muss|müssen|hat|haben){_S}{{0,40}}?\b(?:Herkunft|Quelle)\w*{_S}{{0,40}}?"
    r"\b(?:angeben|nennen|anführen)\b",
    _FLAGS,
)
_SUBJECT = lazy_pattern(
    r"^\W*(?:§\s*\d+\s+\w+\W+)?Gegenstand\s+(?:dieser|der|des|dieses)\s+(?:\w+\s+)?"
    r"(?:Bedingungen|Lizenz|Vertrag\w*|Vereinbarung|Nutzungsbedingungen)\s+ist\b",
    _FLAGS,
)
_GRANT_DEFERRED = lazy_pattern(
    r"\b(?:ist|sind)\s+berechtigt\b.*\bsoweit\s+(?:nachstehend|nachfolgend|im\s+Folgenden"
    r"|in\s+diesen\s+Bedingungen|unten)\s+nichts\s+anderes\s+(?:bestimmt|geregelt|vereinbart)"
    r"\s+ist\W*$",
    _FLAGS,
)
# a word that narrows, bans or names commercial use: no subject nor deferred grant
_NARROWED = lazy_pattern(
    rf"{_COMMERCIAL}|\b(?:nur|ausschließlich|lediglich|untersagt|verboten|nicht-?kommerziell\w*"
    r"|Forschung\w*|privat\w*|außer|ausgenommen|Zustimmung|Genehmigung)\b",
    _FLAGS,
)


def read_german_s38eu(text: str) -> list[Clause] | None:
    """The clauses a German passage states in one of the shapes above (empty: read, no term),
    or None."""
    granted = _NOT_BANNED.search(text)
    if granted is not None:
        rest = text[granted.end() :]
        if _OTHER_ASKED.search(text):
            return None
        if not _CONDITION.search(rest):
            return [Clause("commercial_use", "allowed")]
        if _CREDIT.search(rest) and _CREDIT_GIVEN.search(rest):
            return [
                Clause("commercial_use", "allowed"),
                Clause("commercial_use_conditions", ["attribution-display"]),
            ]
        return None
    if _ORIGIN_STATED.search(text) and not _NARROWED.search(text):
        return [Clause("attribution_required", True)]
    if (_SUBJECT.search(text) or _GRANT_DEFERRED.search(text)) and not _NARROWED.search(text):
        return []
    return None
