"""A proviso pointing to another clause or file, in other languages, set aside before a
passage is read (for `terms.foreign`): "tudi v pridobitne namene, ob upoštevanju prepovedi iz
datoteke PREPOVEDANE-RABE.md" (also for profit, subject to the bans of that file), "και για
εμπορικούς σκοπούς, με την επιφύλαξη του άρθρου 6", "включително за търговски цели, при
условията на чл. 3", "zokrema z komerciynoyu metoyu, z urakhuvannyam punktu 3".

What the proviso points to is read where it stands (the article, the file); read in the grant,
its words ("bans", "conditions") would make the grant a ban or a condition of its own. Only a
proviso that names where it points (an article, a clause, a section, a paragraph, an annex, a
file) is set aside, never one that states its condition in place ("provided that you pay").
Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage

__all__ = ["without_pointer_provisos"]

# "subject to", "with regard to", "without prejudice to" in the languages of Europe
_SUBJECT_TO = (
    r"(?:\bob\s+upoštevanju|\bz\s+upoštevanjem|\bμε\s+την\s+επιφύλαξη|\bυπό\s+την\s+επιφύλαξη"
    r"|\bпри\s+условията\s+на|\bс\s+оглед\s+на|\bз\s+урахуванням|\bс\s+уч[её]том|\bпри\s+соблюдении"
    r"|\bunter\s+(?:dem\s+)?Vorbehalt|\bvorbehaltlich|\bnach\s+Maßgabe|\bsous\s+réserve|\bfatt[oa]\s+salv[oa]"
    r"|\bnei\s+limiti|\bsin\s+perjuicio|\bcon\s+sujeción\s+a|\bsem\s+prejuízo|\bsujei?t[oa]s?\s+a"
    r"|\bz\s+zastrzeżeniem|\bs\s+výhradou|\bs\s+prihliadnutím|\buz\s+poštivanje|\bpodložno"
    r"|\bbehoudens|\bmet\s+inachtneming|\bmed\s+förbehåll|\bmed\s+forbehold|\bmed\s+forbehald"
    r"|\bcu\s+respectarea|\bsub\s+rezerva|\bfigyelemmel|\btiesībām\s+ievērojot|\bievērojot"
    r"|\batsižvelgiant\s+į|\barvestades)"
)
# where it points: an article, a clause, a paragraph, an annex, a file
_POINTS_TO = (
    r"(?:\b(?:art\w*|čl\w*|чл\w*|άρθρ\w*|пункт\w*|punkt\w*|punto|§|sec\w*|secci\w*|clause|cláusula"
    r"|clausola|cl\w{0,5}usul\w*|paragra\w*|odstav\w*|alinea\w*|annex\w*|anex\w*|allegat\w*|Anlage"
    r"|Anhang|příloh\w*|prilog\w*|załącznik\w*|παράρτημ\w*|приложени\w*|додат\w*|datotek\w*|Datei"
    r"|fichier|archivo|ficheiro|file|plik\w*|soubor\w*|súbor\w*|tiedosto\w*|fájl\w*|fișier\w*"
    r"|αρχεί\w*|файл\w*)\b|\b[\w-]+\.(?:md|txt|pdf|html?)\b)"
)
_PROVISO = lazy_pattern(
    r",?\s*" + _SUBJECT_TO + r"[^.;:,]{0,60}?" + _POINTS_TO + r"[^.;:,]{0,40}?(?=[.;:,]|$)",
    re.IGNORECASE,
)


def without_pointer_provisos(passages: list[Passage]) -> list[Passage]:
    """The passages with each proviso pointing elsewhere cut out of their text."""
    return [_cut(passage) for passage in passages]


def _cut(passage: Passage) -> Passage:
    if passage.language in (None, "en"):
        return passage
    text = _PROVISO.sub("", passage.text)
    return passage if text == passage.text else replace(passage, text=text)
