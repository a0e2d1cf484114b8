"""Hausa licensees left out of the grant by where they are based, and such a clause kept for the
multimodal models, for `terms.foreign`. Hausa is often told as another language (Portuguese,
Swahili, Czech), so a passage is known as Hausa by its own words (lasisi, haƙƙi, samfuri), not
by its detected language.

Three shapes, each in one sentence (cut at a full stop or a semicolon):

- the grant withheld ("ba ya ba da wani haƙƙi", "ba a ba da", "bai bayar") from someone named
  by where they are based ("babban wurin kasuwancinsu", "zaune", "rajista", "hedkwata") in a
  named place ("Tarayyar Turai", EU): an `excluded_licensee_domiciles` clause;
- the clause's passage names models taking pictures, video or sound in ("yana karɓar hotuna ko
  bidiyo", "nau'o'i da yawa"): it covers the multimodal models only;
- end users of a product built on the model spared ("Masu amfani na ƙarshe a EU na iya amfani
  da samfur ..."), after such a clause: `hausa_end_users`, for `foreign_provisos`;
- a passage leaving the text-only models out ("Samfurin da ke karɓar rubutu kawai ba ya
  ƙarƙashin sashe na 2"): states nothing more, and the clause before it covers the multimodal
  models only.

A sentence naming no "based" word (a place where the model is only used, or a law) is no
domicile clause and is left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import ENGLISH, Passage

__all__ = ["hausa_domiciles", "hausa_end_users", "hausa_multimodal"]

_FLAGS = re.IGNORECASE
_K = "[kƙ]"  # the hooked letters, however typed
_HAUSA = lazy_pattern(rf"\blasisi\w*|\bha{_K}{_K}i\b|\bsamfur\w*|\bkasuwanci\w*", _FLAGS)
_WITHHELD = lazy_pattern(
    r"\bba\s+(?:ya|ta|a|za\s+a|zai|za\s+ta)\s+(?:ba\s+da|bayar|bada)\b|\bbai\s+(?:ba\s+da|bayar)\b"
    r"|\bba\s+(?:shi\s+)?da\s+wani\s+ha[kƙ][kƙ]i\b",
    _FLAGS,
)
_BASED = lazy_pattern(
    r"\bwurin\s+kasuwanci\w*|\bzaune\b|\bmazaun\w*|\brajista\w*|\bhedkwata\w*|\bhedikwata\w*",
    _FLAGS,
)
_PLACES: tuple[tuple[str, str], ...] = (
    (r"\bTarayyar\s+Turai\b|\(EU\)|\bEU\b", "EU"),
    (r"\b(?:ƙasar\s+|kasar\s+)?Sin\b|\bChina\b", "CN"),
    (r"\bRasha\b", "RU"),
)
_MEDIA = lazy_pattern(
    r"\b(?:kar[ɓb]ar|karanta|sarrafa)\w*\s+(?:\w+\s+){0,2}?(?:hotuna|hoto|bidiyo|sauti|murya)\b"
    r"|\bnau['’]o['’]i\s+da\s+yawa\b|\bmulti-?modal\w*",
    _FLAGS,
)
_TEXT_ONLY = lazy_pattern(r"\brubutu\s+kawai\b|\bkawai\s+rubutu\b", _FLAGS)
_LIFTED = lazy_pattern(
    rf"\bba\s+(?:ya|ta|su)\s+(?:{_K}ar{_K}ashin|shafi|shafar)\b|\bbai\s+shafi\b"
    rf"|\bba\s+(?:ya|ta)\s+cikin\b",
    _FLAGS,
)
# end users spared: "Masu amfani na ƙarshe a EU na iya amfani da samfur ... da aka gina"
_END_USERS = lazy_pattern(rf"\bmasu\s+amfani\s+na\s+{_K}arshe\b", _FLAGS)
_MAY = lazy_pattern(r"\bna\s+iya\s+amfani\b|\bba\s+(?:ya|ta)\s+(?:shafe?|hana)\w*\b", _FLAGS)
_REACH = 2  # a passage leaving text-only models out may follow its clause by this many


def _hausa(passage: Passage) -> bool:
    return passage.language != ENGLISH and _HAUSA.search(passage.text) is not None


def _sentences(text: str) -> list[str]:
    return re.split(r"[.;!?]\s", text)


def _withheld_from(text: str) -> list[str]:
    regions: dict[str, None] = {}
    for sentence in _sentences(text):
        if _WITHHELD.search(sentence) and _BASED.search(sentence):
            places = [code for names, code in _PLACES if re.search(names, sentence, _FLAGS)]
            regions.update(dict.fromkeys(places))
    return list(regions)


def hausa_domiciles(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Hausa passages withholding the grant from those based in named places, each with
    its `excluded_licensee_domiciles` clause."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        if not _hausa(passage):
            continue
        clauses = excluded_clauses("excluded_licensee_domiciles", _withheld_from(passage.text))
        if clauses:
            found[passage] = clauses
    return found


def _leaves_text_out(sentence: str) -> bool:
    return _TEXT_ONLY.search(sentence) is not None and _LIFTED.search(sentence) is not None


def _only_lifts(text: str) -> bool:
    sentences = [s for s in _sentences(text) if len(s.split()) > 3]
    return bool(sentences) and all(_leaves_text_out(s) for s in sentences)


def hausa_multimodal(passages: Sequence[Passage]) -> tuple[set[Passage], set[Passage]]:
    """(Hausa passages whose clauses cover multimodal models only, passages that only leave
    the text-only models out of a clause before them)."""
    covered: set[Passage] = set()
    lifting: set[Passage] = set()
    for index, passage in enumerate(passages):
        if not _hausa(passage):
            continue
        if _MEDIA.search(passage.text):
            covered.add(passage)
        if index > 0 and _only_lifts(passage.text):
            lifting.add(passage)
            covered.update(p for p in passages[max(index - _REACH, 0) : index] if _hausa(p))
    return covered, lifting


def hausa_end_users(text: str) -> bool:
    """Whether a Hausa passage spares the end users of a product built on the model (for
    `foreign_provisos`, which reads it with the clause just before it)."""
    return _END_USERS.search(text) is not None and _MAY.search(text) is not None
