"""Territorial clauses in Icelandic, Luxembourgish and Macedonian, for `terms.foreign`: these
languages are often told as others (Portuguese, German, Serbian), so each passage no other
reader took is tried with every table here.

Three shapes, each read in one sentence of a passage (cut at a full stop or a semicolon):

- use confined to named places: a word of "only" with places right after it ("Leyfið gildir
  eingöngu á Íslandi og í Noregi", "лиценцата важи само на територијата на ... Македонија"): an
  `excluded_use_territories` clause marked `within` (every place but these is excluded);
- use banned outside the places just confined to ("Utan þessara tveggja landa er óheimilt ...",
  "надвор од неа моделот не смее да се користи"): read with that confinement;
- the licence valid worldwide ("лиценцата важи ... во целиот свет"): read, stating no term;
- use banned in named places ("De Modell däerf weder a Russland nach a Wäissrussland benotzt
  ginn"): `excluded_use_territories` over those places (use elsewhere stays licensed).

A sentence naming a law or a court, or who is based where, confines and bans no use; one
choosing a law ("Um leyfið gilda íslensk lög") is the `governing_law`. The words and places of
each language are data (`_WORDS`), a group of states standing for its members (Benelux).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import ENGLISH, Passage

__all__ = ["Words", "territory_world"]

_BENELUX = ("BE", "LU", "NL")


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's words: its places (a group as its members), "only", a ban, "outside",
    a back-reference after "outside" ("these two countries", "it"), a law or a court, someone
    based somewhere, and the laws a licence chooses (a pattern and its code)."""

    places: tuple[tuple[str, tuple[str, ...]], ...]
    only: str
    ban: str
    outside: str
    back: str
    law: str
    based: str
    laws: tuple[tuple[str, str], ...] = ()
    world: str = r"(?!)"  # the licence valid worldwide: no place confined


_WORDS: dict[str, _Words] = {
    "is": _Words(
        places=(
            (r"Ísland\w*", ("IS",)), (r"Noreg\w*|Norðmann\w*", ("NO",)),
            (r"Danmörk\w*|Danmerk\w*", ("DK",)), (r"Svíþjóð\w*", ("SE",)),
            (r"Finnland\w*", ("FI",)), (r"Færeyj\w*", ("FO",)), (r"Grænland\w*", ("GL",)),
            (r"Þýskaland\w*", ("DE",)), (r"Bretland\w*", ("GB",)),
            (r"Bandaríkj\w*", ("US",)), (r"Kína|Kínverska\s+alþýðulýðveld\w*", ("CN",)),
            (r"(?<!Hvíta-)Rússland\w*", ("RU",)), (r"Hvíta-Rússland\w*", ("BY",)),
            (r"Evrópusamband\w*", ("EU",)), (r"Evrópska\s+efnahagssvæð\w*|\bEES\b", ("EEA",)),
        ),
        only=r"\b(?:eingöngu|einungis|aðeins|einvörðungu)\b",
        ban=r"\bóheimil\w*|\bbannað\w*|\bmá\s+ekki\b|\bekki\s+heimil\w*|\bóleyfileg\w*",
        outside=r"\butan\b",
        back=r"\butan\s+(?:þessara|þeirra|þess|þeirrar|landsvæðisins|svæðisins)\b",
        law=r"\blög\b|\blögum\b|\blaga\b|\bdómstól\w*|\bvarnarþing\w*",
        based=r"\blögheimil\w*|\bbúsett\w*|\bskráð\w*|\bhöfuðstöðv\w*",
        laws=((r"\bíslensk\w*\s+lög\w*|lög\w*\s+Íslands", "IS"),),
        world=r"\bum\s+(?:allan|heim\s+allan)\s+heim\w*|\bhvar\s+sem\s+er\s+í\s+heiminum",
    ),
    "lb": _Words(
        places=(
            (r"Lëtzebuerg\w*", ("LU",)), (r"Belsch\w*", ("BE",)), (r"Holland\b|Nidderland\w*",
             ("NL",)), (r"Benelux\w*", _BENELUX), (r"Däitschland", ("DE",)),
            (r"Frankräich", ("FR",)), (r"(?<!Wäiss)(?<!Wäiss-)Russland", ("RU",)),
            (r"Wäiss-?russland|\bBelarus\b", ("BY",)), (r"Europäesch\w*\s+Unioun", ("EU",)),
            (r"Vereenegt\w*\s+Staaten|\bUSA\b", ("US",)), (r"\bChina\b|\bSina\b", ("CN",)),
        ),
        only=r"\b(?:nëmmen|eleng|ausschliisslech|exklusiv)\b",
        ban=r"\bdäerf\s+(?:weder|net|keng?|nëmmen\s+net)\b|\bverbueden\b|\bnet\s+erlaabt\b"
        r"|\bass\s+et\s+net\s+erlaabt\b|\bnet\s+dierfen\b",
        outside=r"\b(?:baussent|ausserhalb|bausse)\b",
        back=r"\b(?:baussent|ausserhalb)\s+(?:vun\s+)?(?:dësen|deenen|dëser|där|him|hinnen)\b",
        law=r"\bRecht\b|\bGesetz\w*|\bGeriicht\w*",
        based=r"\bwunnen\b|\bWunnsëtz\w*|\bSëtz\b|\bregistréiert\w*|\bugemellt\w*",
        laws=((r"\blëtzebuergesch\w*\s+(?:Recht|Gesetz)", "LU"),),
        world=r"\bweltwäit\b|\bop\s+der\s+ganzer\s+Welt\b",
    ),
    "mk": _Words(
        places=(
            (r"(?:Република\s+)?Северна\s+Македонија|Македонија", ("MK",)),
            (r"Србија|Србиј\w*", ("RS",)), (r"Бугарија", ("BG",)), (r"Грција", ("GR",)),
            (r"Албанија", ("AL",)), (r"Косово", ("XK",)), (r"Германија", ("DE",)),
            (r"Русија|Руска\s+Федерација", ("RU",)), (r"Белорусија|Беларус", ("BY",)),
            (r"Европска(?:та)?\s+[Уу]нија", ("EU",)),
            (r"\bСАД\b|Соединет\w*\s+(?:Американски\s+)?Држави", ("US",)), (r"Кина", ("CN",)),
        ),
        only=r"\b(?:само|исклучиво|единствено)\b",
        ban=r"\bне\s+смее\b|\bне\s+смеат\b|\bзабранет\w*|\bне\s+е\s+дозволен\w*|\bне\s+се\s+дозволува\b",
        outside=r"\bнадвор\s+од\b|\bвон\b",
        back=r"\bнадвор\s+од\s+(?:неа|него|нив|оваа|овие|таа|тие|територијата)\b",
        law=r"\bправо(?:то)?\b|\bзакон\w*|\bсуд\w*",
        based=r"\bседиште\w*|\bживеалиште\w*|\bпрестојувалиште\w*|\bрегистриран\w*",
        laws=((r"\bправо(?:то)?\s+на\s+(?:Република\s+)?Северна\s+Македонија", "MK"),),
        world=r"\b(?:во|низ)\s+целиот\s+свет\b|\bширум\s+светот\b",
    ),
}  # fmt: skip
Words = _Words  # for the readers of other languages (`foreign_territory_s38eu`)
_NEAR = 120  # how far after its "only" the places of a confinement stand


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, re.IGNORECASE)


def _places(words: _Words, text: str) -> list[str]:
    found: dict[str, None] = {}
    for pattern, codes in words.places:
        if _p(pattern).search(text):
            found.update(dict.fromkeys(codes))
    return sorted(found)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<!\d)[.;!?](?!\d)", text) if s.strip()]


def _read(words: _Words, text: str, last: list[str]) -> tuple[list[Clause] | None, list[str]]:
    """The clauses one passage states in one language (None: it states none of these
    shapes; empty: the licence is valid worldwide), and the places it confined use to (or
    `last`, those the passages before it did)."""
    if _p(words.world).search(text) and not _p(words.only).search(text):
        return [], last  # valid worldwide: read, no place confined (`territory_world`)
    within: dict[str, None] = {}
    banned: dict[str, None] = {}
    law: str | None = None
    for sentence in _sentences(text):
        if _p(words.law).search(sentence):
            law = law or next((c for p, c in words.laws if _p(p).search(sentence)), None)
            continue
        if _p(words.based).search(sentence):
            continue  # who is based where: a licensee left out, not a place of use
        confined = [
            code
            for m in _p(words.only).finditer(sentence)
            for code in _places(words, sentence[m.end() : m.end() + _NEAR])
        ]
        if confined:
            within.update(dict.fromkeys(confined))
            last = sorted(within)
            continue
        if not _p(words.ban).search(sentence):
            continue
        if _p(words.back).search(sentence) and last:
            within.update(dict.fromkeys(last))  # outside the places just confined to
        elif (outside := _p(words.outside).search(sentence)) is not None:
            within.update(dict.fromkeys(_places(words, sentence[outside.end() :])))
        else:
            banned.update(dict.fromkeys(_places(words, sentence)))
    clauses: list[Clause] = [Clause("governing_law", law)] if law else []
    if within:
        entry = {"regions": sorted(within), "models": "all", "exempts": [], "within": True}
        clauses.append(Clause("excluded_use_territories", [entry]))
    elif banned:
        clauses.extend(excluded_clauses("excluded_use_territories", banned))
    return clauses or None, last


def territory_world(
    passages: Sequence[Passage], words_of: Mapping[str, Words] | None = None
) -> dict[Passage, list[Clause]]:
    """The passages stating one of the clauses above, each with its clauses (`words_of`: other
    languages' words, as `foreign_territory_s38eu` gives them; those above by default)."""
    found: dict[Passage, list[Clause]] = {}
    last: dict[str, list[str]] = {}  # per language: the places the last confinement named
    for passage in passages:
        if passage.language == ENGLISH:
            continue
        for code, words in (_WORDS if words_of is None else words_of).items():
            clauses, last[code] = _read(words, passage.text, last.get(code, []))
            if clauses is not None:
                found[passage] = clauses
                break
    return found
