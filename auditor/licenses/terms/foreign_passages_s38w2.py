"""Whole passages read apart from the cues (session 38), for `terms.foreign`: the governing law
in Igbo, Wolof, Malagasy, Maori, Samoan, Aymara and Telugu, a credit to show in Malagasy, and
the clauses `foreign_clauses_s38w2` reads.

- The law chosen: the word for law, a country named (or its adjective: "malagasy"), and a verb
  of governing ("Iwu Naịjirịa na-achị ikike a", "Yoonu Réewum Senegaal mooy dogal ci laysàns
  bii", "Ny lalàna malagasy no mifehy ity fahazoan-dalana ity", "Ko ngā ture o Aotearoa e
  whakahaere ana i tēnei raihana", "O tulafono a Samoa e pulea ai lenei laisene", "Bolivia
  markan kamachinakapampi apnaqata", "ఈ లైసెన్స్ భారతదేశ చట్టాలకు లోబడి ఉంటుంది"):
  `governing_law`. One country only; a passage with a word
  of denying, "only", "except" or a condition in its language is left to the other readers.
- A credit shown to the users of a product or service built on the model ("asehoy mazava
  amin'ny mpampiasa ny teny hoe ..."): `attribution_required`, an obligation that keeps the use
  allowed. A passage banning, asking consent or naming a condition is none of this.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_clauses_s38w2 import read_clauses_s38w2
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s38w2"]

_FLAGS = re.IGNORECASE
_AP = r"['ʼ’`]?"

_COUNTRIES: tuple[tuple[str, str], ...] = (
    (r"\b(?:Na[ịi]j[ịi]r[ịi]a|Nigeria)\b", "NG"),
    (r"\b(?:Senegaal|S[ée]n[ée]gal|Senegal)\b", "SN"),
    (r"\b(?:Madagasikara|Madagascar|malagasy)\b", "MG"),
    (r"\b(?:Aotearoa|Niu\s+T[īi]reni|New\s+Zealand)\b", "NZ"),
    (r"\b(?:Samoa|S[āa]moa)\b", "WS"),
    (r"\bBolivia\b", "BO"),
    (r"భారత(?:దేశ)?", "IN"),
)

# (word for law, verb of governing, what must not stand beside it)
_LAWS: tuple[tuple[str, str, str], ...] = (
    # ig
    (r"\biwu\b", r"\bna-?ach[ịi]\b|\bga-?ach[ịi]\b|\bna-?edu\b",
     r"\benweghị\b|\bap[ụu]gh[ịi]\b|\bgh[ịi]\b|\bnaanị\b|\bma\s+ọ\s+bụ\s+na\b|\bewezuga\b"),
    # wo
    (r"\byoon\w*", r"\bmooy\s+(?:dogal|jiite|saytu)\b|\bdogal\s+ci\b|\bjiite\s+ci\b",
     r"\w+(?:ul|uloo|uñu|wul)\b|\bbul\b|\bdoo\b|\bdu\b|\brekk\b|\bsoo\s+dee\b"),
    # mg
    (r"\blal[àa]na\b", r"\bmifehy\b|\bmandrindra\b|\bfehezin{_AP}ny\b".replace("{_AP}", _AP),
     r"\btsy\b|\baza\b|\bihany\b(?!\s+koa)|\braha\b|\bvoarara\w*"),
    # mi
    (r"\bture\b", r"\bwhakahaere\b|\bwhakatau\b",
     r"\bk[āa]ore\b|\bkaua\b|\behara\b|\banake\b|\bm[ēe]n[āa]\b|\bhaunga\b"),
    # sm
    (r"\btulafono\b", r"\bpulea\b|\bfa{_AP}atonutonuina\b".replace("{_AP}", _AP),
     r"\bl[eē]\s+(?:mafai|tatau)\b|\blē\b|\bna{_AP}o\b|\bvagana\b|\bafai\b".replace("{_AP}", _AP)),
    # ay
    (r"\bkamachi\w*", r"\bapnaqat\w*|\bapnaqasi\w*",
     r"\bjani\w*|\bjan\b|\w+kiti\b|\w+takiki\b"),
    # te
    (r"చట్ట", r"లోబడి|వర్తిస్త|పాలించ|నియంత్రించ",
     r"కూడదు|రాదు|నిషేధ|మాత్రమే|తప్ప|మినహా|కోర్టు|న్యాయస్థాన|పాటించ"),
)  # fmt: skip

# mg: a credit shown to the users of a product or service
_MG_CREDIT = lazy_pattern(
    r"\b(?:asehoy|ampiseho|aseho|soraty)\b[^.;]{0,60}?\b(?:mpampiasa|mpanjifa)\b[^.;]{0,40}?"
    r"\b(?:teny\s+hoe|fanamarihana|anarana)\b",
    _FLAGS,
)
_MG_NARROWING = lazy_pattern(
    r"\btsy\b|\baza\b|\bvoarara\w*|\bihany\b(?!\s+koa)|\braha\b|\bafa-tsy\b|\bfankatoavana\b"
    r"|\ban-tsoratra\b|\bfahazoan-dalana\s+manokana\b|\bvarotra\b|\bvola\b",
    _FLAGS,
)


def read_s38w2(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages choosing a law or asking for a credit shown (module docstring), or stating a
    clause `foreign_clauses_s38w2` reads, each with its clauses."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        text = passage.text
        clauses = _law(text) or _credit(text) or read_clauses_s38w2(text)
        if clauses:
            found[passage] = clauses
    return found


def _law(text: str) -> list[Clause]:
    codes = {code for place, code in _COUNTRIES if re.search(place, text, _FLAGS)}
    if len(codes) != 1:
        return []
    for law, verb, narrowing in _LAWS:
        if lazy_pattern(law, _FLAGS).search(text) is None:
            continue
        if lazy_pattern(verb, _FLAGS).search(text) is None:
            continue
        if lazy_pattern(narrowing, _FLAGS).search(text) is not None:
            return []
        return [Clause("governing_law", codes.pop())]
    return []


def _credit(text: str) -> list[Clause]:
    if _MG_CREDIT.search(text) is None or _MG_NARROWING.search(text) is not None:
        return []
    return [Clause("attribution_required", True)]
