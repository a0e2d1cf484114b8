"""Bans set out in an annex, in German, Dutch, Swedish, Danish, Norwegian, Finnish and
Hungarian, for `foreign_ja.clause_reader`: `acceptable_use_policy_incorporated`, as a use policy
bound into a licence is read (`foreign_policy_ref`).

Two shapes, each in one sentence, read from word tables in any order:

- the uses an annex lists are banned ("Die in Anlage 2 genannten Verwendungen sind verboten",
  "De in bijlage A opgesomde toepassingen zijn niet toegestaan", "Användningar som anges i
  bilaga 1 är förbjudna", "Liitteessä 1 luetellut käyttötavat ovat kiellettyjä");
- an annex made part of the agreement with its breach a breach of it, or its bans binding
  ("Anhang B ist Teil dieses Vertrags; ein Verstoß gegen Anhang B verletzt den Vertrag",
  "Bilag 1 er en del af aftalen, og overtrædelse af bilaget er misligholdelse").

The annex's own rows or items are read where they stand (`foreign_lists`); where no annex is
read, the policy reads as bound in and unread (`acceptable-use-policy-unread`): fail closed. An
annex merely declared part of the agreement (a price list, a model card) binds no use policy.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"de", "nl", "sv", "da", "no", "fi", "hu"})

_ANNEX = (
    r"(?:Anlage\w*|Anhang|Anhängen|Anhangs|Bijlage\w*|Bilaga\w*|Bilag\w*|Vedlegg\w*|Liite\w*"
    r"|Liitte\w*|Mellékle\w*|Függelék\w*)"
)
_LISTED = (
    r"(?:aufgeführt\w*|genannt\w*|aufgelistet\w*|bezeichnet\w*|beschrieben\w*|genoemd\w*"
    r"|vermeld\w*|opgesomd\w*|beschreven\w*|anges|angivna|angivn\w*|uppräkna\w*|listade"
    r"|nævnt\w*|anført\w*|oplist\w*|nevnt\w*|oppført\w*|listet\w*|lueteltu\w*|luetellu\w*"
    r"|mainitu\w*|mainittu\w*|felsorolt\w*|meghatározott\w*|említett\w*)"
)
_BANNED = (
    r"(?:untersagt\w*|verboten\w*|nicht\s+(?:gestattet|erlaubt|zulässig)|unzulässig\w*"
    r"|verboden|niet\s+toegestaan|förbjud\w*|inte\s+tillåt\w*|forbudt\w*|ikke\s+(?:tilladt"
    r"|tillatt)|kielle\w*|ei\s+saa|tilos\w*|tiltott\w*|nem\s+(?:megengedett|engedélyezett))"
)
_PART = (
    r"(?:Bestandteil|Teil\s+(?:dieses|des)|onderdeel|deel\s+uit|del\s+av|del\s+af|en\s+del"
    r"|erottamaton\s+osa|osa\s+(?:tätä|tämän)|része|részét)"
)
_BREACH = (
    r"(?:Verstoß\w*|Verletzung\w*|verletzt|schending\w*|overtreding\w*|brott\w*|överträdelse\w*"
    r"|overtrædelse\w*|brud\w*|mislighold\w*|brudd\w*|rikkomu\w*|rikkoo|rikkominen|megsért\w*"
    r"|megszeg\w*)"
)
_BY_ANNEX = lazy_pattern(rf"(?=[^;]*?\b{_ANNEX})(?=[^;]*?\b{_LISTED})(?=[^;]*?\b{_BANNED})", _FLAGS)
_ANNEX_BINDS = lazy_pattern(rf"\b{_ANNEX}[^.]{{0,40}}?\b{_PART}[^.]*?\b{_BREACH}", _FLAGS)


def read_annex_bans(language: str | None, text: str) -> list[Clause]:
    """`acceptable_use_policy_incorporated` when a passage bans the uses an annex lists or
    binds such an annex in (module docstring); nothing for another language."""
    if language not in LANGUAGES:
        return []
    for sentence in re.split(r"(?<!\d)[.!?](?:\s|$)", text):
        if _BY_ANNEX.match(sentence) or _ANNEX_BINDS.search(sentence):
            return [Clause("acceptable_use_policy_incorporated", True)]
    return []
