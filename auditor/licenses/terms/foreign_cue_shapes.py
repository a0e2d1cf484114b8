"""The shapes every language's cues share, for the languages of `foreign_more` (Danish,
Norwegian, Ukrainian, Bulgarian, Croatian and Serbian, Lithuanian, Latvian, Estonian, Malay,
Swahili, Bengali, Persian): a language gives its words (`Words`), `shaped` composes them into
the patterns of `foreign_cues.Cues` as the earlier languages write them by hand:

- `prohibited`: a non-commercial word, or a ban word and a commercial word in one clause
  (either order);
- `restricted`: a commercial word and a word of need and of consent in one clause (either
  order), or consent "without" next to the commercial word, or a commercial licence named;
- `research` / `personal`: an "only" word before a research or a personal word;
- the others as the language writes them.

`both_scripts` writes a Serbian pattern written in Latin letters in Cyrillic ones too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues

_FLAGS = re.IGNORECASE
GAP = r"[^.;।]{0,100}?"  # within one clause
_NEAR = r"[^.;।]{0,80}?"
_CLOSE = r"[^.;।]{0,40}?"


def compiled(pattern: str) -> re.Pattern[str]:
    """A pattern as the passages are written, NFKC (Bengali য় is two code points there)."""
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)


@dataclass(frozen=True, slots=True)
class Words:
    """One language's words, as regular expressions (None: the language has none written)."""

    com: str  # commercial use ("kommerciel", "комерційн")
    non: str  # non-commercial ("ikke-kommerciel")
    ban: str  # a ban ("forbudt", "må ikke")
    consent: str  # permission, consent, a licence, an agreement
    without: str  # "without" before the consent ("uden"), as a pattern ending before it
    need: str  # "requires", "must obtain"
    allowed: str  # a grant including commercial ends, or for any purpose
    only: str  # "only", "exclusively"
    research: str  # research, science, education
    personal: str  # personal, private
    mau: str
    revenue: str
    annual: str
    affiliates: str
    laws: tuple[tuple[str, str], ...]
    vocabulary: str
    restrictive: str
    license_noun: str
    other_work: str
    this_model: str
    both: str | None = None  # commercial and non-commercial alike
    unrestricted: str | None = None  # "without restriction ... commercial"
    extra_restricted: str | None = None  # another shape of need ("commercial licence")
    only_after: str | None = None  # an "only" written after its purpose ("utafiti tu")


def shaped(words: Words, script: str = "latin") -> Cues:
    """The cues of one language from its words (`script` "both": Latin and Cyrillic)."""
    w = _grouped(words)

    def pattern(text: str) -> re.Pattern[str]:
        return compiled(both_scripts(text) if script == "both" else text)

    def after(purpose: str) -> str:
        return f"|{purpose}[^.;।]{{0,30}}?(?:{w.only_after})" if w.only_after else ""

    restricted = (
        f"{w.com}{_NEAR}{w.need}{_CLOSE}{w.consent}|{w.com}{_NEAR}{w.consent}{_CLOSE}{w.need}"
        f"|{w.without}{w.consent}{GAP}{w.com}|{w.com}{GAP}{w.without}{w.consent}"
        # commercial use "only with" consent: a condition, never a plain allowance ("tudi v
        # komercialne namene, vendar samo s soglasjem")
        f"|{w.com}{GAP}{w.only}{_CLOSE}{w.consent}"
    )
    if w.extra_restricted:
        restricted += "|" + w.extra_restricted
    return Cues(
        prohibited=pattern(f"{w.non}|{w.ban}{GAP}{w.com}|{w.com}{GAP}{w.ban}"),
        restricted=pattern(restricted),
        allowed=pattern(w.allowed),
        both=pattern(w.both) if w.both else None,
        unrestricted=pattern(w.unrestricted) if w.unrestricted else None,
        research=pattern(f"{w.only}{_CLOSE}{w.research}" + after(w.research)),
        personal=pattern(f"{w.only}[^.;।]{{0,30}}?{w.personal}" + after(w.personal)),
        mau=pattern(w.mau),
        revenue=pattern(w.revenue),
        annual=pattern(w.annual),
        affiliates=pattern(w.affiliates),
        laws=tuple((pattern(law), code) for law, code in w.laws),
        vocabulary=pattern(w.vocabulary),
        restrictive=pattern(w.restrictive),
        license_noun=pattern(w.license_noun),
        other_work=pattern(w.other_work),
        this_model=pattern(w.this_model),
    )


def _grouped(words: Words) -> Words:
    """The words with each alternative-bearing part in a group of its own, so that composing
    them ("ban GAP com") keeps each part whole."""

    def group(part: str) -> str:
        return f"(?:{part})"

    w = words
    return replace(
        w, com=group(w.com), non=group(w.non), ban=group(w.ban), consent=group(w.consent),
        without=group(w.without), need=group(w.need), only=group(w.only),
        research=group(w.research), personal=group(w.personal),
    )  # fmt: skip


# --- Serbian in both scripts --------------------------------------------------------------------

_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ"}
_LETTERS = dict(
    zip(
        "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
        "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
        strict=True,
    )
)


def to_cyrillic(pattern: str) -> str:
    """A pattern's Serbo-Croatian letters in Cyrillic ("zabranjen\\w*" -> "забрањен\\w*"): an
    escape (`\\b`, `\\w`, `\\s`) and the syntax of the pattern are kept as they are."""
    out: list[str] = []
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\" and at + 1 < len(pattern):
            out.append(pattern[at : at + 2])
            at += 2
            continue
        if char == "(" and pattern.startswith("(?", at):  # (?:  (?!  (?<!  (?=
            end = at + 2
            while end < len(pattern) and pattern[end] in "<!=:":
                end += 1
            out.append(pattern[at:end])
            at = end
            continue
        pair = pattern[at : at + 2]
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            at += 2
            continue
        out.append(_LETTERS.get(char, char))
        at += 1
    return "".join(out)


def both_scripts(pattern: str) -> str:
    """A pattern matching its words in Latin letters or in Cyrillic ones."""
    return f"(?:{pattern})|(?:{to_cyrillic(pattern)})"
