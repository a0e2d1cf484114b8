"""Unicode folding shared by identification (`normalize`) and the shared layout (`markup`):
invisible format characters dropped, homoglyphs of Latin letters folded, words hyphenated
across a line end joined: `com\u00admer\u200bcial`, fullwidth `ｃｏｍｍｅｒｃｉａｌ`, `соmmercial`
(Cyrillic с and о) and `com-` / `mercial` on two lines all read `commercial`.

Quotes keep the original wording: these functions produce the text that is matched, never
the text that is shown.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.compiled_patterns import compile_pattern

# Default-ignorable code points (format characters, Unicode category Cf, and their invisible
# kin): zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls, variation
# selectors, Hangul fillers, tags. Written as ranges: scanning every code point's category
# would cost start-up time. U+2063 is left to the caller (normalize uses it as a separator).
_INVISIBLE_RANGES = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2062\u2064-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_INVISIBLE = compile_pattern(f"[{_INVISIBLE_RANGES}]")
_SOFT_HYPHEN_AT_LINE_END = compile_pattern(r"\u00ad[ \t]*(?:\r\n?|\n)[ \t]*")
INVISIBLE_SEPARATOR = "\u2063"

# Letters of other scripts drawn like Latin ones, after the idea of Unicode's confusables.txt
# (UTS #39). A short table of our own rather than a dependency: no confusables package is
# installed or listed for this project, and only letters that can disguise a license's words
# matter (Cyrillic, Greek, a few Latin look-alikes NFKC leaves alone). Both cases are listed so
# folding works before lower-casing. Each maps one character to one: offsets are kept.
_CONFUSABLE_PAIRS = (
    # Cyrillic lower case
    "аa вb еe ѐe ёe һh іi їi јj кk ӏl мm нh оo рp ԛq ѕs тt уy хx сc ԁd ԝw ъb ьb ѵv"
    # Cyrillic upper case
    " АA ВB ЕE ЅS ІI ЈJ КK МM НH ОO РP СC ТT ХX УY ҮY ԜW ԚQ"
    # Greek lower and upper case
    " αa ϲc εe ηn ιi κk νv οo ρp τt υu χx γy ϳj ωw"
    " ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC"
    # Latin look-alikes and Armenian
    " ıi ȷj ɑa ɡg ɩi ʏy ᴠv օo սu հh"
)
CONFUSABLES: dict[str, str] = {
    pair[0]: pair[-1] for pair in _CONFUSABLE_PAIRS.split() if len(pair) == 2
}
_FOLD = str.maketrans(CONFUSABLES)
_CONFUSABLE = compile_pattern("[" + "".join(CONFUSABLES) + "]")
_NON_LATIN_LETTER = compile_pattern("[\u0370-\u03ff\u0400-\u052f\u0530-\u058f]")
_MIXED_WORD = compile_pattern(r"[^\W\d_]*[A-Za-z][^\W\d_]*|[^\W\d_]+")
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_MOSTLY_LATIN = 1.0
"""A text whose Greek, Cyrillic and Armenian letters are at most this share of its Latin ones
(fewer of them than Latin letters: a disguise swaps a few letters of each word, not most) is
written in Latin letters: every look-alike in it is folded. In another text only words
mixing scripts are (a Russian word stays Russian, `соmmercial` does not)."""


def _is_windows_1252(text: str) -> bool:
    """Whether every character is in Windows-1252 (ASCII, Latin-1 letters, curly quotes,
    dashes): then the only invisible character it can hold is the soft hyphen, and no letter
    of another script. Encoding is done in C, several times faster than a regex scan; the last
    answer is kept, since consecutive steps mostly pass the same string object on."""
    global _last_checked  # one reference swapped at once: safe across threads
    last = _last_checked
    if last[0] is text:
        return last[1]
    try:
        text.encode("cp1252")
        fits = True
    except UnicodeEncodeError:
        fits = False
    _last_checked = (text, fits)
    return fits


_last_checked: tuple[str | None, bool] = (None, False)


def drop_invisible(text: str) -> str:
    """Remove default-ignorable characters; a soft hyphen ending a line joins the two lines'
    words (`com\u00ad` / `mercial` -> `commercial`). U+2063 is kept (see drop_separator)."""
    if text.isascii():
        return text
    if _is_windows_1252(text) and "\u00ad" not in text:
        return text
    if not _INVISIBLE.search(text):
        return text
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_AT_LINE_END.sub("", text)
    return _INVISIBLE.sub("", text)


def drop_separator(text: str) -> str:
    """Remove U+2063, which normalize uses to mark where a sentence ends."""
    return text.replace(INVISIBLE_SEPARATOR, "") if INVISIBLE_SEPARATOR in text else text


def is_invisible(char: str) -> bool:
    """Whether one character is dropped by drop_invisible (or is U+2063)."""
    return char == INVISIBLE_SEPARATOR or _INVISIBLE.fullmatch(char) is not None


def fold_confusables(text: str) -> str:
    """Fold look-alike letters of other scripts into the Latin letters they imitate: everywhere
    in a Latin-script text, only inside words that also hold a Latin letter elsewhere. Maps one
    character to one, so offsets and line numbers are unchanged."""
    if text.isascii() or _is_windows_1252(text) or not _CONFUSABLE.search(text):
        return text
    foreign = len(_NON_LATIN_LETTER.findall(text))
    latin = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if foreign <= _MOSTLY_LATIN * latin:
        return text.translate(_FOLD)
    return _MIXED_WORD.sub(_fold_mixed_word, text)


def has_confusable(text: str) -> bool:
    """Whether `text` holds a letter `fold_confusables` may fold."""
    return _CONFUSABLE.search(text) is not None


def _fold_mixed_word(found: re.Match[str]) -> str:
    word = found.group()
    if word.isascii() or not any("a" <= c.lower() <= "z" for c in word):
        return word
    return word.translate(_FOLD)


# A word broken across a line end by a hyphen: `com-` / `mercial`. Joined unless the first
# piece is a prefix that forms hyphenated compounds (`non-` / `exclusive` stays two words, as it
# is written on one line), an upper-case abbreviation before a lower-case word (`CC-` /
# `licensed`), a single letter, or part of a longer compound or address (`models-and-` /
# `libraries`).
_LINE_END_BREAK = compile_pattern(r"[-\u2010][ \t]*(?:\r\n?|\n)[ \t]*(?=[^\W\d_])")
_HAS_LINE_END_HYPHEN = compile_pattern(r"-[ \t]*[\r\n]")  # led by a literal: a fast scan
_WORD_BEFORE = compile_pattern(r"(?<![\w/.\-\u2010])[^\W\d_]+\Z")
_LOOK_BACK = 40
COMPOUND_PREFIXES = frozenset(
    (
        "non", "no", "re", "sub", "co", "pre", "post", "anti", "multi", "semi", "self", "cross",
        "third", "well", "open", "royalty", "fully", "high", "low", "long", "short", "full",
        "part", "half", "ex", "end", "user", "state", "time", "copy", "machine", "back", "soft",
        "hard", "free", "world", "un", "in", "out", "over", "under", "inter", "intra",
    )
)  # fmt: skip


def join_line_end_hyphens(text: str) -> str:
    """Join the two pieces of a word hyphenated across a line end (`com-` / `mercial`) unless
    the first piece is a prefix that forms hyphenated compounds (`non-` / `exclusive` becomes
    `non-exclusive`, as written on one line), an upper-case abbreviation before a lower-case
    word (`CC-licensed`) or a single letter; part of a longer compound or address
    (`models-and-` / `libraries`) is left as it stands."""
    if "\u2010" not in text and ("-" not in text or not _HAS_LINE_END_HYPHEN.search(text)):
        return text
    pieces: list[str] = []
    last = 0
    for found in _LINE_END_BREAK.finditer(text):
        start = found.start()
        before = _WORD_BEFORE.search(text, max(last, start - _LOOK_BACK), start)
        if before is None:
            continue
        # a compound keeps its hyphen and loses the line break: `non-commercial`, one word
        # for the detectors, the same words for identification (which splits at hyphens)
        joined = "" if _joins(before.group(), text[found.end()]) else "-"
        pieces += [text[last:start], joined]
        last = found.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _joins(first: str, next_letter: str) -> bool:
    if len(first) == 1 or first.lower() in COMPOUND_PREFIXES:
        return False
    return not (first.isupper() and not next_letter.isupper())


def fold_for_matching(text: str) -> str:
    """Every fold of this module, in order, on a whole text (identification's view of it)."""
    return join_line_end_hyphens(fold_confusables(drop_invisible(text)))


def fold_line(line: str) -> tuple[str, list[int] | None]:
    """One line as term extraction matches it: NFKC (fullwidth letters, ligatures), invisible
    characters dropped, look-alikes left to fold_confusables (run on the whole text first);
    with each kept character's column in the line, None when every column is unchanged."""
    if line.isascii():
        return line, None
    trailing_soft_hyphen = line.rstrip(" \t").endswith("\u00ad")
    if unicodedata.is_normalized("NFKC", line) and not _INVISIBLE.search(line):
        return line, None
    pieces: list[str] = []
    cols: list[int] = []
    for column, char in enumerate(line):
        if char.isascii():
            pieces.append(char)
            cols.append(column)
            continue
        if char == "\u00ad" and trailing_soft_hyphen and not line[column + 1 :].strip(" \t"):
            pieces.append("-")  # a soft hyphen ending the line: the word goes on below
            cols.append(column)
            continue
        if is_invisible(char):
            continue
        folded = unicodedata.normalize("NFKC", char)
        pieces.append(folded)
        cols.extend([column] * len(folded))
    return "".join(pieces), cols
