"""Use banned in named places, in Finnish, Romanian and Hungarian (session 37), for
`foreign_ro_hu_fi.read_ro_hu_fi`, as `foreign_more.read_use_places` reads Danish or Ukrainian:
"Mallia ei saa käyttää Venäjällä eikä Valko-Venäjällä", "Modelul nu poate fi utilizat în
Rusia", "A modell Oroszországban nem használható". A ban word of the language and a place
(`foreign_places_ro_hu_fi`) in one clause give `excluded_use_territories` over those places:
use elsewhere stays licensed.

Not such a clause: one withholding the grant or naming who is based where (a licensee left
out: `foreign_places_ro_hu_fi.read_withheld`), one allowing use only in places or banning it
outside them ("muualla kuin", "în afara", "kívül": a confinement, never read as a ban on those
places), one banning a harm there (a ban on military use in a place is no ban on all use in
it), or one naming a law, sanctions or a court of the place.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_use_places_ro_hu_fi"]

_FLAGS = re.IGNORECASE
# a ban on using, running or offering the model (not a ban of a harm: the harms are tried apart)
_BANNED = {
    "fi": r"\b(?:ei|eikä)\s+(?:saa|voi|ole\s+sallittu|sallita)\b|\bkielle\w*|\bkäyttökielto\w*",
    "ro": r"\bnu\s+(?:poate|pot|se\s+poate|este\s+permis\w*|sunt\s+permis\w*|ave[țţt]i\s+dreptul"
    r"|are\s+dreptul)\b|\binterzis\w*|\bse\s+interzice\b",
    "hu": r"\bnem\s+(?:szabad|lehet|használható|használhat\w*|alkalmazható|engedélyezett"
    r"|megengedett|üzemeltethető|kínálható)\b|\btilos\w*|\btiltott\w*",
}
# the grant withheld, someone based somewhere, or use allowed only in (or banned outside) places
_OTHER = {
    "fi": r"\bmuualla\s+kuin\b|\bulkopuol\w*|\bvain\b|\bainoastaan\b|\byksinomaan\b|\bmyönnetä"
    r"\b|\basuva\w*|\basuinpaik\w*|\bkotipaik\w*|\btoimipaik\w*|\brekisteröi\w*|\bkansalai\w*"
    r"|\bsijoittautu\w*|\bpakot\w*|\blai(?:n|ssa|ki|kia)\b|\blakia?\b|\btuomioistuim\w*",
    "ro": r"\b[îi]n\s+afara\b|\bexcept[âa]nd\b|\bdoar\b|\bnumai\b|\bexclusiv\b|\bnu\s+se\s+acord"
    r"|\brezident\w*|\bdomicili\w*|\bsediu\w*|\b[îi]nregistrat\w*|\bceta[țţt]en\w*"
    r"|\bcetă[țţ]en\w*|\bsanc[țţt]iun\w*|\blege\w*|\blegisla\w*|\binstan[țţ]\w*",
    "hu": r"\bkívül\b|\bkivéve\b|\bcsak\b|\bkizárólag\b|\bkizár\w*|\bnem\s+illeti\b|\bszékhel\w*"
    r"|\blakóhel\w*|\bbejegyzett\w*|\bállampolgár\w*|\btelephel\w*|\bszankci\w*|\btörvény\w*"
    r"|\bjog\s+szerint|\bbíróság\w*",
}
_CLAUSE_END = {
    "fi": r"[.;!?]|\b(?:mutta|kuitenkin|vaan)\b",
    "ro": r"[.;!?]|\b(?:dar|însă|totuși)\b",
    "hu": r"[.;!?]|\b(?:de|azonban|viszont|ám)\b",
}
_PATTERNS = {
    language: tuple(
        lazy_pattern(table[language], _FLAGS) for table in (_BANNED, _OTHER, _CLAUSE_END)
    )
    for language in _BANNED
}


def read_use_places_ro_hu_fi(language: str, text: str) -> list[Clause]:
    """`excluded_use_territories` over the places a Finnish, Romanian or Hungarian passage bans
    use in (module docstring); nothing when it bans none."""
    from auditor.licenses.terms.foreign_places_ro_hu_fi import named_places_ro_hu_fi
    from auditor.licenses.terms.foreign_ro_hu_fi import harm_patterns

    if language not in _PATTERNS:
        return []
    banned, other, end = _PATTERNS[language]
    used: dict[str, None] = {}
    for clause in end.split(text):
        if banned.search(clause) is None or other.search(clause) is not None:
            continue
        if any(harm.search(clause) for _, harm in harm_patterns(language)):
            continue
        used.update(dict.fromkeys(named_places_ro_hu_fi(clause)))
    return excluded_clauses("excluded_use_territories", used)
