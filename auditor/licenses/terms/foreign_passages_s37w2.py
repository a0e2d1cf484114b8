"""Whole passages read apart from the cues (session 37), for `terms.foreign`: the governing law
in Georgian, Azerbaijani and Armenian, and internal use said not to be commercial use in
Filipino, Malay and Indonesian.

- The law chosen: a country's law (its name in the genitive, then the word for legislation
  or law) and a verb of governing or being subject to it in one passage ("ეს ლიცენზია
  რეგულირდება საქართველოს კანონმდებლობით", "Lisenziya Azərbaycan Respublikasının
  qanunvericiliyi ilə tənzimlənir", "Լիցենզիան կարգավորվում է Հայաստանի Հանրապետության
  օրենսդրությամբ"): `governing_law`. A law to obey ("must comply with"), a court or a passage
  with anything else in it (a ban, "only") is none of these and stays with the other readers.
- Internal use said not to be commercial use ("Ang paggamit sa loob ng sarili ninyong
  organisasyon ay hindi komersyal na paggamit", "Penggunaan dalaman bukan penggunaan
  komersial"): `use_scope` `internal-use-by-anyone`, as `foreign_internal_use` reads the
  European languages. The negation there denies the definition, not the use: the cues would
  read "hindi komersyal" (non-commercial) as a ban, so the passage is taken before them. A
  sentence that allows, bans or asks for anything ("maaari", "bawal", "kailangan", "boleh",
  "dilarang", "perlu") is no such definition.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s37w2"]

_FLAGS = re.IGNORECASE

# (language, the country's law, a verb of governing, the code)
_LAWS: tuple[tuple[str, str, str, str], ...] = (
    ("ka", r"საქართველოს\s+(?:\w+\s+){0,2}?(?:კანონმდებლობ|კანონ|სამართ)\w*",
     r"რეგულირდება|ექვემდებარება|ვრცელდება|იმართება|განიმარტება", "GE"),
    ("az", r"Az[əe]rbaycan\s+(?:Respublikas[ıi]n[ıi]n\s+)?(?:qanunvericiliy|qanun|h[üu]quq)\w*",
     r"t[əe]nziml[əe]n\w*|tabedir|[əe]sas[ıi]nda|uy[ğg]un\w*\s+t[əe]fsir", "AZ"),
    ("hy", r"Հայաստանի\s+(?:Հանրապետության\s+)?(?:օրենսդրությ|օրենք|իրավունք)\w*",
     r"կարգավորվում|ենթակա|կիրառվում|համաձայն", "AM"),
)  # fmt: skip
# anything beyond the choice: a ban, "only", a condition, a court, a duty to obey
_MORE_THAN_LAW = {
    "ka": lazy_pattern(r"\bარ\b|\bვერ\b|\bნუ\b|მხოლოდ|აკრძალ|სასამართლ|დაიცავ|გარდა|\bთუ\b"),
    "az": lazy_pattern(
        r"\bqada[ğg]an|yaln[ıi]z|\bm[əe]hkm[əe]|\briay[əe]t|\b[əe]g[əe]r\b|istisna|\bdeyil\b"
        r"|\w+m[əa]z\b",
        _FLAGS,
    ),
    "hy": lazy_pattern(r"\bչ\w+|\bոչ\b|միայն|արգել|դատարան|պահպան|բացառ|\bեթե\b"),
}

_INTERNAL_SCOPE = [Clause("use_scope", ["internal-use-by-anyone"])]
# (language, internal use, "is not" commercial use, a word of allowing, banning or asking)
_INTERNAL: tuple[tuple[str, str, str, str], ...] = (
    ("tl",
     r"\bpanloob\w*|\bsa\s+loob\s+(?:lamang\s+|lang\s+)?ng\s+(?:\w+\s+){0,3}?"
     r"(?:organisasyon|kumpanya|kompanya|samahan|opisina|institusyon)\b",
     r"\b(?:ay\s+)?hindi\s+(?:\w+\s+){0,2}?(?:itinuturing\s+na\s+|maituturing\s+na\s+)?"
     r"(?:pang)?komersi?y?al\s+na\s+(?:paggamit|gamit)\b",
     r"\b(?:maaari\w*|puwede|pwede|pinapayagan|pinahihintulutan|bawal|ipinagbabawal|huwag"
     r"|kailangan\w*|kinakailangan|nangangailangan|dapat|maliban)\b"),
    ("ms",
     r"\b(?:penggunaan|kegunaan)\s+dalaman\b|\bdalam\s+(?:\w+\s+){0,2}?(?:organisasi|syarikat)"
     r"\s+(?:anda|sendiri|anda\s+sendiri)\b",
     r"\b(?:bukan(?:lah)?|tidak\s+(?:dianggap|dikira)(?:\s+sebagai)?)\s+(?:merupakan\s+)?"
     r"(?:penggunaan|kegunaan)\s+komersial\b",
     r"\b(?:boleh|dibenarkan|dilarang|tidak\s+boleh|perlu|mesti|hendaklah|kecuali)\b"),
    ("id",
     r"\bpenggunaan\s+internal\b|\bdi\s+dalam\s+(?:\w+\s+){0,2}?(?:organisasi|perusahaan)"
     r"\s+(?:Anda|sendiri|Anda\s+sendiri)\b",
     r"\b(?:bukan(?:lah)?|tidak\s+(?:dianggap|termasuk)(?:\s+sebagai)?)\s+(?:merupakan\s+)?"
     r"penggunaan\s+komersial\b",
     r"\b(?:boleh|diizinkan|diperbolehkan|dilarang|tidak\s+boleh|perlu|wajib|harus|kecuali)\b"),
)  # fmt: skip


def read_s37w2(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages choosing a law or saying internal use is not commercial use (module
    docstring), each with its clause."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        clauses = _law(passage) or _internal(passage)
        if clauses:
            found[passage] = clauses
    return found


def _law(passage: Passage) -> list[Clause]:
    for language, law, verb, code in _LAWS:
        if passage.language != language and passage.language not in ("tr", "und", None):
            continue
        text = passage.text
        if lazy_pattern(law, _FLAGS).search(text) is None:
            continue
        if lazy_pattern(verb, _FLAGS).search(text) is None:
            continue
        if _MORE_THAN_LAW[language].search(text) is not None:
            continue
        return [Clause("governing_law", code)]
    return []


def _internal(passage: Passage) -> list[Clause]:
    for language, internal, not_commercial, acts in _INTERNAL:
        if passage.language not in (language, "id", "ms", "tl"):
            continue
        text = passage.text
        if lazy_pattern(acts, _FLAGS).search(text) is not None:
            continue
        if lazy_pattern(internal, _FLAGS).search(text) and lazy_pattern(
            not_commercial, _FLAGS
        ).search(text):
            return _INTERNAL_SCOPE
    return []
