"""Splits a license text into located sentences with their context, for clause extraction.

Lines are cleaned by `markup` and cut into paragraphs and sentence spans by `segment`; this
module classifies each sentence (prohibitive, excluded, definition) and locates it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace

from auditor.licenses.terms.keywords import KeywordIndex
from auditor.licenses.terms.lowered import search_lowered
from auditor.licenses.terms.markup import clean_lines, split_lines
from auditor.licenses.terms.segment import LIST_MARKER, sentence_spans, split_units
from auditor.licenses.text.unicode_fold import join_line_end_hyphens

QUOTE_LIMIT = 400
"""Longest quoted sentence kept as evidence, in characters."""

_PROHIBITIVE = re.compile(
    r"\b(?:will|shall|must|may|can)\s+not\b|\bcannot\b|\bcan't\b|\bnor\b|\bcomply\s+with\b"
    r"|\bdo\s+not\s+(?:use|access|distribute|deploy|allow)\b"
    r"|\bagrees?\s+(?:that\s+)?(?:you\s+)?(?:will\s+)?not\b|\bprohibit|\brestrict"
    r"|\b(?:must|shall|will)\s+(?:comply|adhere|respect|be\s+in\s+compliance|be\s+consistent)"
    r"|\bin\s+compliance\s+with\b|\bnot\s+(?:being\s+)?(?:granted|permitted|allowed|authori[sz]ed)"
    r"|\b(?:solely|only|exclusively)\s+(?:use\s+)?for\b|\bnever\b|\brefrain\b"
    r"|\bno\s+(?:[\w-]+\s+){1,3}(?:may|shall|will|can)\s+be\s+(?:used|distributed|deployed)\b"
    r"|\bif\s+you\b[^.]{0,500}\b(?:rights|licen[cs]es?)\b[^.]{0,120}\bterminat"
    # a ban without a verb, as labels and list items state it (_VERBLESS_BAN)
    r"|\bnot\s+for\s+(?:[\w-]+\s+){0,2}(?:use|uses|purposes?|deployment|distribution"
    r"|redistribution)\b",
    re.IGNORECASE,
)
_VERBLESS_BAN = re.compile(
    r"(?:^[-*+\u2022]?\s*|[,:;(]\s*)no\s+(?:[\w-]+\s+){0,2}(?:use|uses|purposes?|deployment"
    r"|distribution|redistribution)\b",
    re.IGNORECASE,
)
"""A ban without a verb at the head of a sentence, label or list item: "No commercial use.",
"License: research use only, no commercial use". Kept apart from _PROHIBITIVE: "no " is in
too many sentences to send them all through the larger pattern."""
_ZONE_HEADING = re.compile(
    r"prohibited\s+uses?|use\s+restrictions?|restricted\s+uses?|use-based\s+restrictions"
    r"|^restrictions?$|acceptable\s+use|prohibited\s+use",
    re.IGNORECASE,
)
_EXCLUDED_HEADING = re.compile(
    r"disclaim|warrant|liabilit|indemn|endorsement|survival|severab", re.IGNORECASE
)
_EXCLUDED_SENTENCE = re.compile(
    r"\bas\s+is\b|\bwarrant(?:y|ies)\b|\bliable\b|\bindemnif|\bdisclaims?\b|\bdisclaimer"
    r"|\bnot\s+to\s+assert\b"
    r"|\bwaives?\b|\brepresent\s+and\s+warrant|\bhigh-risk\s+use",
    re.IGNORECASE,
)
_DEFINITION = re.compile(
    r"^[^a-z]{0,12}\"[^\"]{1,80}\"(?:\s*\([^)]*\))?(?:\s+or\s+\"[^\"]{1,60}\")*\s*:?\s*"
    r"(?:means|shall\s+mean|refers?\s+to|is\s+defined)\b"
    r"|^(?:[A-Z][\w'-]*\s+){1,6}(?:means|shall\s+mean|refers?\s+to)\b",
)


_PROHIBITIVE_WORDS = (
    "not", "nor", "prohibit", "restrict", "comply", "compliance", "only", "never", "terminat",
    "can't", "refrain", "be used", "be distributed", "be deployed",
)  # fmt: skip
_EXCLUDED_WORDS = (
    "as is", "warrant", "liable", "indemn", "disclaim", "assert", "waive", "represent", "high-risk",
)  # fmt: skip


def reads_as_restriction(text: str) -> bool:
    """Whether a passage restricts by its own wording (a ban, a confinement, `may not`, ...)
    and is no disclaimer of warranty or liability."""
    lower = text.lower()
    if _has_any(lower, _EXCLUDED_WORDS) and _search(_EXCLUDED_SENTENCE, lower, text):
        return False
    return _prohibits(lower, text)


def _prohibits(lower: str, text: str) -> bool:
    """Whether a sentence restricts by its own wording; `lower` is `text.lower()`."""
    if _has_any(lower, _PROHIBITIVE_WORDS) and _search(_PROHIBITIVE, lower, text):
        return True
    return "no " in lower and _search(_VERBLESS_BAN, lower, text)


def _search(pattern: re.Pattern[str], lower: str, text: str) -> bool:
    """`pattern.search(text)` as a yes or no, through its lowercase twin where it has one."""
    return search_lowered(pattern, lower, text)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, words))


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or list item) of a license, located in the original text."""

    text: str  # cleaned, whitespace collapsed: what the detectors match
    lower: str  # text.lower(), for cheap keyword checks before a regex runs
    heading: str  # the section heading it sits under ("" before the first one)
    restrictive: bool  # a prohibition by its own wording or an item of a list introduced by one
    excluded: bool  # disclaimer, liability, indemnity or waiver language: no use restrictions
    definition: bool  # a '"X" means ...' definition
    list_item: bool
    start: int  # offsets in the document's cleaned flat text
    end: int
    locator: _Locator = field(compare=False, repr=False)

    @property
    def line(self) -> int:
        """1-based line of the original text where it starts."""
        return self.locator.line_of(self.start)

    @property
    def quote(self) -> str:
        """The original wording, whitespace collapsed, at most QUOTE_LIMIT characters.

        Worked out on demand: only the few sentences quoted as evidence need it."""
        return self.locator.quote(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Document:
    """A license text as located sentences, plus its title."""

    title: str
    sentences: tuple[Sentence, ...]
    clauses: tuple[Sentence, ...]  # the sentences cut at ';' (list items run together)
    lower: str  # the sentences' lowercase texts, one a line
    # keywords -> the sentences holding one of them; filled by sentences_with
    _candidates: dict[tuple[str, ...], tuple[Sentence, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _index: list[KeywordIndex] = field(default_factory=list, compare=False, repr=False)
    # (rule, context filters) -> the sentences it matches; filled by `remembered`
    _matched: dict[Hashable, tuple[Sentence, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def remembered(
        self, key: Hashable, compute: Callable[[], tuple[Sentence, ...]]
    ) -> tuple[Sentence, ...]:
        """`compute()`, worked out once per document and `key`: several detectors ask for the
        same rule's matches (the grant, the confinement patterns shared by scopes)."""
        found = self._matched.get(key)
        if found is None:
            found = self._matched[key] = compute()
        return found

    def sentences_with(self, keywords: tuple[str, ...]) -> tuple[Sentence, ...]:
        """The sentences whose lowercase text holds one of `keywords`, in order (cached).

        The occurrences of every registered keyword are found in one pass over the document
        (`keywords.KeywordIndex`, made on first use)."""
        found = self._candidates.get(keywords)
        if found is None:
            if not self._index:
                self._index.append(KeywordIndex([s.lower for s in self.sentences], self.lower))
            sentences = self.sentences
            found = tuple(sentences[i] for i in self._index[0].holding(keywords))
            self._candidates[keywords] = found
        return found


def parse_document(text: str) -> Document:
    """Split `text` into located sentences with their section and prohibition context."""
    raw_lines = split_lines(text)
    cleaned = clean_lines(text)  # the same lines, each character knowing its column
    flat = "\n".join(line for line, _ in cleaned)
    line_starts: list[int] = []
    offset = 0
    for line, _ in cleaned:
        line_starts.append(offset)
        offset += len(line) + 1
    units = split_units(cleaned, line_starts)
    locator = _Locator(raw_lines, cleaned, line_starts)
    sentences: list[Sentence] = []
    clauses: list[Sentence] = []
    heading = ""
    headings_excluded: dict[str, bool] = {}
    in_zone = False
    previous_end = ""
    for unit in units:
        body = flat[unit.start : unit.end]
        stripped = " ".join(body.split())
        if unit.heading:
            heading = LIST_MARKER.sub("", stripped).strip(" .:")
            if _ZONE_HEADING.search(heading):
                in_zone = True
        elif not unit.list_item and previous_end not in (":", ";") and stripped[:1].isupper():
            in_zone = False
        excluded_section = headings_excluded.get(heading)
        if excluded_section is None:
            excluded_section = headings_excluded[heading] = bool(_EXCLUDED_HEADING.search(heading))
        for start, end in sentence_spans(flat, unit.start, unit.end):
            sentence_text = _matched_text(flat[start:end])
            if not sentence_text:
                continue
            lower = sentence_text.lower()
            prohibitive = _prohibits(lower, sentence_text)
            excluded = _has_any(lower, _EXCLUDED_WORDS) and _search(
                _EXCLUDED_SENTENCE, lower, sentence_text
            )
            definition = _has_any(lower, ("mean", "refer", "defined")) and bool(
                _DEFINITION.match(LIST_MARKER.sub("", sentence_text))
            )
            sentence = Sentence(
                text=sentence_text,
                lower=lower,
                heading=heading,
                restrictive=in_zone or prohibitive,
                excluded=excluded_section or excluded,
                definition=definition,
                list_item=unit.list_item,
                start=start,
                end=end,
                locator=locator,
            )
            sentences.append(sentence)
            clauses.extend(_clauses(sentence, flat, start, end))
        last = stripped.rstrip("\"') ]")[-1:] if stripped else ""
        previous_end = last
        if last == ":" and _PROHIBITIVE.search(stripped):
            in_zone = True
    return Document(
        title=_title(cleaned),
        sentences=tuple(sentences),
        clauses=tuple(clauses),
        lower="\n".join(s.lower for s in sentences),
    )


def _clauses(sentence: Sentence, flat: str, start: int, end: int) -> list[Sentence]:
    """The sentence cut at semicolons, each piece located on its own line."""
    if ";" not in sentence.text:
        return [sentence]
    cuts: list[int] = []
    found = flat.find(";", start, end)
    while found != -1:
        cuts.append(found + 1)
        found = flat.find(";", found + 1, end)
    pieces: list[Sentence] = []
    cursor = start
    for index in [*cuts, end]:
        text = _matched_text(flat[cursor:index])
        if text.strip(" ;"):
            pieces.append(replace(sentence, text=text, lower=text.lower(), start=cursor, end=index))
        cursor = index
    return pieces


def _matched_text(span: str) -> str:
    """A span of the flat text as the detectors read it: words hyphenated across a line end
    joined (`com-` / `mercial`), whitespace collapsed."""
    return " ".join(join_line_end_hyphens(span).split())


def _title(cleaned: list[tuple[str, list[int] | None]]) -> str:
    for line, _ in cleaned:
        text = " ".join(line.split())
        if not text or text.startswith("["):
            continue
        if re.match(r"(?i)copyright\b|\(c\)|all rights", text) and "licen" not in text.lower():
            continue
        return text
    return ""


class _Locator:
    """Maps offsets in the flat cleaned text back to lines and wording of the original."""

    def __init__(
        self, raw: list[str], cleaned: list[tuple[str, list[int] | None]], line_starts: list[int]
    ) -> None:
        self._raw = raw
        self._cleaned = cleaned
        self._starts = line_starts
        # (start, end) -> quote: a sentence is quoted by several terms (the title by `kind`
        # and others), and a quote walks its lines again each time
        self._quotes: dict[tuple[int, int], str] = {}

    def _position(self, offset: int) -> tuple[int, int]:
        index = max(bisect_right(self._starts, offset) - 1, 0)
        line, cols = self._cleaned[index]
        column = offset - self._starts[index]
        if column < len(line):
            return index, column if cols is None else cols[column]
        return index, len(self._raw[index])

    def line_of(self, offset: int) -> int:
        index, _ = self._first_visible(offset)
        return index + 1

    def _first_visible(self, offset: int) -> tuple[int, int]:
        index, column = self._position(offset)
        # A sentence starting at a line break starts on the next line with text.
        while index < len(self._raw) - 1 and not self._raw[index][column:].strip():
            index, column = index + 1, 0
        return index, column

    def quote(self, start: int, end: int) -> str:
        found = self._quotes.get((start, end))
        if found is None:
            found = self._quotes[start, end] = self._quote(start, end)
        return found

    def _quote(self, start: int, end: int) -> str:
        first, first_col = self._first_visible(start)
        last, last_col = self._position(max(end - 1, start))
        if last < first:
            last, last_col = first, len(self._raw[first])
        if first == last:
            pieces = [self._raw[first][first_col : last_col + 1]]
        else:
            pieces = [self._raw[first][first_col:]]
            pieces.extend(self._raw[first + 1 : last])
            pieces.append(self._raw[last][: last_col + 1])
        return trim_quote(" ".join(" ".join(pieces).split()))


def trim_quote(text: str) -> str:
    """Shorten a quote to QUOTE_LIMIT characters at a word boundary, marking the cut."""
    if len(text) <= QUOTE_LIMIT:
        return text
    cut = text[: QUOTE_LIMIT - 1]
    space = cut.rfind(" ")
    if space > QUOTE_LIMIT // 2:
        cut = cut[:space]
    return cut + "\u2026"
