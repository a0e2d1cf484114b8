"""Grants naming commercial use as included in Wolof, Samoan, Malagasy, Aymara and Maori
(session 38), for `foreign_grants_minor`: languages no cue table reads, and the language guess
tells them as French, Danish, Portuguese, Spanish or Latvian.

Each grant names a word of allowing ("mën nga", "e mafai ona", "azonao", "-sma" / "inas",
"e whakaaetia ana", "ka taea e koe"), a word of trade or business ("njaay", "pisinisi",
"varotra", "alakipaña", "arumoni") and a word of inclusion next to it ("ba ci", "e aofia ai",
"anisan'izany", "uka kikipa", "tae atu ki"). "Free of charge" is a negation that denies no use
("te doo fay dara", "e aunoa ma se totogi", "jan qullqi payllasa", "kāore he utu"): it is taken
off first. Any other word of denying, banning, "only", "except", consent or a condition in the
language ("-ul", "bul", "tere", "lē", "fa'asa", "na'o", "tsy", "voarara", "janiw", "-kiti",
"kaua", "anake", "whakaaetanga") or a number (a cap, a date) leaves the passage to the other
readers (unread, a warn).
Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["grants_commercial_s38w2"]

_FLAGS = re.IGNORECASE
_AP = r"['ʼ’`]?"

# (word of allowing, commercial word, inclusion word, free of charge, narrowing words)
_LANGUAGES: tuple[tuple[str, str, str, str, str], ...] = (
    # wo
    (r"\bm[ëe]n\s+(?:nga|ngeen|na|nañu)\b|\bsañ\s+nga\b",
     r"\bnjaay\b|\bjaay\w*|\bkoom(?:-koom)?\b|\bcomercial\w*|\bcommercia\w*",
     r"\bba\s+ci\b|\bak\s+it\b|\bboole\s+ci\b|\bmu\s+ci\s+bokk",
     r"\bte\s+(?:doo|dunu|dungeen)\s+fay\s+dara\b|\bte\s+(?:amul|amu)\s+fay\b|\bamul\s+njëg\b",
     r"\w+(?:ul|uloo|uñu|wul|ulo)\b|\bbul\b|\bbuleen\b|\bdoo\b|\bdu\b|\bduñu\b|\btere\w*"
     r"|\baaye\w*|\brekk\b|\bsoo\s+dee(?:we)?\b|\bbu\s+dee(?:we)?\b|\bndigal\w*|\bnangu\w*"),
    # sm
    (rf"\be\s+mafai\s+ona\b|\bua\s+fa{_AP}atagaina\b|\be\s+fa{_AP}atagaina\b",
     rf"\b(?:fa{_AP}a)?pisinisi\b|\bfa{_AP}atau(?:\s+atu)?\b|\bfefa{_AP}atauaiga\b|\bkomesi\w*",
     r"\be\s+aofia\s+ai\b|\bfa{_AP}apea\s+fo{_AP}i\b|\bae\s+le\s+gata\s+i\b".replace("{_AP}", _AP),
     r"\be\s+aunoa\s+ma\s+se\s+totogi\b|\bfua\s+fua\b|\bsaoloto\s+mai\s+totogi\b",
     rf"\bl[eē]\s+(?:mafai|tatau|fa{_AP}atagaina)\b|\blē\b|\bfa{_AP}asa\w*|\baua\s+(?:e|lou)\b"
     rf"|\bna{_AP}o\b|\bvagana\b|\bpe\s+a\b|\bafai\b|\bmaliega\b|\bnofo\s+aia\b|\btusitusia\b"),
    # mg
    (r"\bazonao\b|\bazonareo\b|\bazo\s+atao\b|\bomena\s+alalana\b",
     r"\bvarotra\b|\bara-barotra\b|\bandoavam-bola\b|\bmahazo\s+vola\b|\bcommercia\w*",
     rf"\banisan{_AP}izany\b|\bao\s+anatin{_AP}izany\b|\bihany\s+koa\b",
     r"\bmaimaim-poana\b|\btsy\s+andoavam-bola\b|\btsy\s+misy\s+sarany\b",
     r"\btsy\b|\baza\b|\bvoarara\w*|\brarana\b|\bihany\b(?!\s+koa)|\bafa-tsy\b|\braha\s+tsy\b"
     r"|\braha\b|\bankoatra\b|\ban-tsoratra\b|\balohan{_AP}ny\b|\bfankatoavana\b".replace(
         "{_AP}", _AP
     )),
    # ay
    (r"\b\w+sma\b|\binas\s+\w+|\b\w+ñam\s+wakisi\b|\bapnaqañamawa\b",
     r"\balakip\w*|\bcomercial\w*|\bnegocio\w*",
     r"\buka\s+kikipa\b|\bukhamaraki\b|\buksa[rx]u\b|\bqhipa\b|\bkikipa\b",
     r"\bjan\s+qullqi\s+payll\w*|\bjan\s+qullqi\s+churasa\b|\bjan\s+payllasa\b",
     r"\bjani\w*|\bjan\b|\w+kiti\b|\w+takiki\b|\bjark{_AP}\w*|\bhark{_AP}\w*|\bmayiw\w*"
     r"|\biyaw\s+sa\w*|\bjisk{_AP}\w*".replace("{_AP}", _AP)),
    # mi
    (r"\be\s+whakaaetia\s+ana\b|\bka\s+taea\s+e\s+koe\b|\bka\s+āhei\b|\bka\s+ahei\b",
     r"\barumoni\b|\bhokohoko\b|\bpakihi\b|\bwhai\s+hua\s+moni\b",
     r"\btae\s+atu\s+ki\b|\bhaere\s+tonu\s+ki\b|\bahakoa\s+hoki\b",
     r"\bk[āa]ore\s+he\s+utu\b|\bkore\s+utu\b|\bh[āa]ore\s+he\s+utu\b",
     r"\bk[āa]ore\b|\bkaua\b|\bkore\b|\behara\b|\bh[āa]ore\b|\banake\b|\baukati\w*|\br[āa]hui\b"
     r"|\bwhakaaetanga\b|\bm[ēe]n[āa]\b|\bhaunga\b|\binaki\b|\bme\s+whai\b"),
)  # fmt: skip
_REACH = 60  # characters between the inclusion word and the commercial word, either order
# a number (a cap on users or revenue, a date): never in a plain grant; a name ("7B") is none
_NUMBER = lazy_pattern(r"(?<![\w-])\d{1,3}(?:[ .,]\d{3})+(?!\w)|(?<![\w-])\d{3,}(?!\w)")


def grants_commercial_s38w2(text: str) -> bool:
    """Whether a passage grants commercial use as included in one of the languages above, with
    nothing denying, narrowing or conditioning it (module docstring)."""
    if _NUMBER.search(text) is not None:
        return False
    for allowing, commercial, inclusion, free, narrowing in _LANGUAGES:
        if lazy_pattern(allowing, _FLAGS).search(text) is None:
            continue
        plain = lazy_pattern(free, _FLAGS).sub(" ", text)
        near = (
            rf"(?:{inclusion})(?:(?!\.\s)[^;]){{0,{_REACH}}}?(?:{commercial})"
            rf"|(?:{commercial})(?:(?!\.\s)[^;]){{0,{_REACH}}}?(?:{inclusion})"
        )
        if lazy_pattern(near, _FLAGS).search(plain) is None:
            continue
        if lazy_pattern(narrowing, _FLAGS).search(plain) is None:
            return True
    return False
