"""Splits a license text into located sentences with their context, for clause extraction.

The sentences are the text's shared layout (`text.layout`, the split identification reads too);
this module classifies each sentence (prohibitive, excluded, definition) and keeps where it stands.
The module is longer than 400 lines because it is the one pass every reader shares: units,
tables, checklists, lead-in zones and answered questions are placed in it together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms import list_items
from auditor.licenses.terms.answers import answered_questions
from auditor.licenses.terms.checklist import has_glyph, is_checklist_context, read_checklist_item
from auditor.licenses.terms.keywords import KeywordIndex
from auditor.licenses.terms.list_items import ZONE_HEADING, bans_uses, goes_on, marker_kind
from auditor.licenses.terms.lowered import search_lowered
from auditor.licenses.terms.required_literals import Prefilter
from auditor.licenses.terms.table_bands import band_answer, open_bands, open_below
from auditor.licenses.terms.table_markup import tables_as_rows
from auditor.licenses.terms.tables import (
    Table,
    band_row,
    read_tables,
    row_text,
    table_at,
    table_spans,
)
from auditor.licenses.terms.zone_labels_s40en2 import restricting_label
from auditor.licenses.text.layout import QUOTE_LIMIT, Layout, Locator, read_layout, trim_quote
from auditor.licenses.text.segment import LIST_MARKER
from auditor.licenses.text.windows import collapse_whitespace

__all__ = [
    "QUOTE_LIMIT",
    "Document",
    "Sentence",
    "disclaimer_free_pieces",
    "parse_document",
    "trim_quote",
]

_PROHIBITIVE = lazy_pattern(
    r"\b(?:will|shall|must|may|can)\s+not\b|\bcannot\b|\bcan't\b|\bnor\b|\bcomply\s+with\b"
    r"|\b(?:do\s+not|don['\u2019]t)\s+(?:use|access|distribute|deploy|allow)\b"
    # other verbs with the model as their object ("do not put Marram-4B ... to work in", "don't
    # host the weights"), never an instruction in a prompt ("please don't share false ...")
    r"|\b(?:do\s+not|don['\u2019]t)\s+(?:put|apply|employ|run|host|offer|train|build|integrate"
    r"|incorporate|turn|let|sell|share|embed)\s+(?:it|them|the\s+(?:model|weights|checkpoints?)"
    r"|this\s+model|(?-i:[A-Z])[\w.]*(?:-[\w.]+)+)\b"
    r"|\bagrees?\s+(?:that\s+)?(?:you\s+)?(?:will\s+)?not\b|\bprohibit|\bforbid|\brestrict"
    r"|\b(?:must|shall|will)\s+(?:comply|adhere|respect|be\s+in\s+compliance|be\s+consistent)"
    r"|\bin\s+compliance\s+with\b|\bnot\s+(?:being\s+)?(?:granted|permitted|allowed|authori[sz]ed)"
    r"|\b(?:solely|only|exclusively)\s+(?:use\s+)?for\b|\bnever\b|\brefrain\b"
    r"|\bno\s+(?:[\w,-]+\s+){1,8}?(?:may|shall|will|can)\s+be\s+(?:used|distributed|deployed"
    r"|produced|generated|made|created|given|provided|offered|output)\b"
    r"|\bif\s+you\b[^.]{0,500}\b(?:rights|licen[cs]es?)\b[^.]{0,120}\bterminat"
    # a ban without a verb, as labels and list items state it (_VERBLESS_BAN)
    r"|\bnot\s+for\s+(?:[\w-]+\s+){0,2}(?:use|uses|purposes?|deployment|distribution"
    r"|redistribution)\b",
    re.IGNORECASE,
)
_VERBLESS_BAN = lazy_pattern(
    r"(?:^[-*+\u2022]?\s*|[,:;(]\s*(?:but\s+|and\s+)?|\bbut\s+)no\s+(?:[\w-]+\s+){0,2}(?:use|uses|purposes?|deployment"
    r"|distribution|redistribution)\b",
    re.IGNORECASE,
)
"""A ban without a verb at the head of a sentence, label or list item: "No commercial use.",
"License: research use only, no commercial use". Kept apart from _PROHIBITIVE: "no " is in
too many sentences to send them all through the larger pattern."""
_EXCLUDED_HEADING = lazy_pattern(
    r"disclaim|warrant|liabilit|indemn|endorsement|survival|severab", re.IGNORECASE
)
_EXCLUDED_SENTENCE = lazy_pattern(
    r"\bas\s+is\b|\bwarrant(?:y|ies)\b|\bliable\b|\bindemnif|\bdisclaims?\b|\bdisclaimer"
    r"|\bnot\s+to\s+assert\b"
    r"|\bwaives?\b|\brepresent\s+and\s+warrant|\bhigh-risk\s+use",
    re.IGNORECASE,
)
_DEFINITION = lazy_pattern(
    r"^[^a-z]{0,12}\"[^\"]{1,80}\"(?:\s*\([^)]*\))?(?:\s+or\s+\"[^\"]{1,60}\")*\s*:?\s*"
    r"(?:means|shall\s+mean|refers?\s+to|is\s+defined)\b"
    r"|^(?:[A-Z][\w'-]*\s+){1,6}(?:means|shall\s+mean|refers?\s+to)\b"
    r"|^[^a-z]{0,12}[\u201c][^\u201d]{1,80}[\u201d]\s*:?\s*(?:means|shall\s+mean|refers?\s+to)\b",
)
# a lead-in before one or several definitions ('In this Agreement, "Licensor" means X, ...',
# "In this licence - Licensed Territory means ...", "As used herein: ..."): the definitions are
# read as if it were not there
LEAD_IN = lazy_pattern(
    r"^[^a-z]{0,12}(?i:in\s+this\s+\w+|as\s+used\s+(?:in\s+this\s+\w+|herein)"
    r"|for\s+the\s+purposes?\s+of\s+this\s+\w+)\s*(?:,|[-\u2013\u2014:])?\s+(?=[\"\u201c\u2018A-Z])"
)

_LABEL_VALUE = lazy_pattern(r"^\W{0,3}[^:\n]{1,40}:\s+\S")
_PROHIBITIVE_WORDS = (
    "not", "nor", "prohibit", "forbid", "restrict", "comply", "compliance", "only", "never",
    "don't", "don\u2019t",
    "terminat", "can't", "refrain", "be used", "be distributed", "be deployed", "be produced",
    "be generated", "be made", "be created", "be given", "be provided", "be offered", "be output",
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
    if "no " in lower and _search(_VERBLESS_BAN, lower, text):
        return True
    return ":" in text and restricting_label(text)  # "Off limits: tracking people"


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
    locator: Locator = field(compare=False, repr=False)

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
    _candidates: dict[Hashable, tuple[Sentence, ...]] = field(
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

    def sentences_passing(self, prefilter: Prefilter) -> tuple[Sentence, ...]:
        """The sentences that hold, for some alternative of a rule, a literal of each of its
        sets (`required_literals.required_prefilter`), in order (cached); every sentence
        when the prefilter is empty."""
        if not prefilter:
            return self.sentences
        found = self._candidates.get(prefilter)
        if found is None:
            if not self._index:
                self._index.append(KeywordIndex([s.lower for s in self.sentences], self.lower))
            index, sentences = self._index[0], self.sentences
            passing: set[int] = set()
            for sets in prefilter:
                passing |= _holding_all(index, sets)
            found = tuple(sentences[i] for i in sorted(passing))
            self._candidates[prefilter] = found
        return found

    def sentences_with(self, keywords: tuple[str, ...]) -> tuple[Sentence, ...]:
        """The sentences whose lowercase text holds one of `keywords`, in order (cached).

        The occurrences of every registered keyword are found in one pass over the document
        (`keywords.KeywordIndex`, made on first use). No keywords: every sentence (a rule
        whose pattern requires no literal)."""
        if not keywords:
            return self.sentences
        found = self._candidates.get(keywords)
        if found is None:
            if not self._index:
                self._index.append(KeywordIndex([s.lower for s in self.sentences], self.lower))
            sentences = self.sentences
            found = tuple(sentences[i] for i in self._index[0].holding(keywords))
            self._candidates[keywords] = found
        return found


def _holding_all(index: KeywordIndex, sets: tuple[tuple[str, ...], ...]) -> set[int]:
    """Indexes of the sentences holding a literal of every set."""
    found = index.holding_set(sets[0])
    for words in sets[1:]:
        if not found:
            break
        found.intersection_update(index.holding_set(words))
    return found


def parse_document(text: str) -> Document:
    """Split `text` into located sentences with their section and prohibition context."""
    layout = read_layout(tables_as_rows(text))  # HTML and AsciiDoc tables of clauses as pipe rows
    flat, locator = layout.flat, layout.locator
    sentences: list[Sentence] = []
    clauses: list[Sentence] = []
    heading = ""
    headings_excluded: dict[str, bool] = {}
    in_zone = False
    # in_zone set by a lead-in left open at its end ("", "lead" after it, "list" in its list):
    # it holds only for a list whose first item goes on with the lead-in's sentence, up to an
    # item marked as the lead-in itself is (a list item's next sibling)
    lead_zone = ""
    lead_kind = ""
    previous_end = ""
    lead = ""  # the last heading or paragraph: what a checklist's items are about
    spans = iter(layout.spans)  # in unit order: each unit's are read on from the last
    span = next(spans, None)
    # A sentence met again (a card of repeated label lines, a clause restated) shares the
    # first one's strings and classification: one object per distinct wording, not per line.
    read: dict[str, tuple[str, str, bool, bool, bool]] = {}
    headings: dict[str, str] = {}
    tables = read_tables(flat)  # read row by row, in place of the units they cover
    for unit_index, unit in enumerate(layout.units):
        table = table_at(tables, unit.start) if tables else None
        if table is not None:  # a table's rows: read once, where the table starts
            while span is not None and span.unit_index == unit_index:
                span = next(spans, None)
            if not sentences or sentences[-1].end <= table.start:
                for sentence in _table_sentences(table, layout, in_zone):
                    sentences.append(sentence)
                    clauses.extend(_clauses(sentence, layout))
            continue
        body = flat[unit.start : unit.end]
        stripped = collapse_whitespace(body)
        if lead_zone and (
            unit.heading
            or not unit.list_item
            or (lead_zone == "lead" and not goes_on(stripped))
            or (lead_kind and marker_kind(stripped) == lead_kind)
        ):
            in_zone, lead_zone = False, ""
        elif lead_zone:
            lead_zone = "list"
        if unit.heading and unit.list_item and _LABEL_VALUE.match(stripped):
            pass  # "- Warranty: None": a label with its value heads no section after it
        elif unit.heading:
            heading = LIST_MARKER.sub("", stripped).strip(" .:")
            heading = headings.setdefault(heading, heading)
            if ZONE_HEADING.search(heading):
                in_zone = True
        elif not unit.list_item and previous_end not in (":", ";") and stripped[:1].isupper():
            in_zone = False
        # a license checklist's item: "❌ <use>" reads "<use> is not permitted" (checklist.py),
        # under a heading or lead-in about the license or its uses, or opening the document (a
        # card's License section is a document of its own, its heading left out)
        checklist = (
            unit.list_item
            and has_glyph(stripped)
            and (not lead or is_checklist_context(lead) or is_checklist_context(heading))
        )
        if not unit.list_item:
            lead = stripped
        excluded_section = headings_excluded.get(heading)
        if excluded_section is None:
            excluded_section = headings_excluded[heading] = bool(_EXCLUDED_HEADING.search(heading))
        while span is not None and span.unit_index == unit_index:
            start, end = span.start, span.end
            span = next(spans, None)
            if tables and table_at(tables, start) is not None:
                continue  # a paragraph run into a table: the table is read on its own
            sentence_text = layout.matched_text(start, end)
            if not sentence_text:
                continue
            if sentence_text == heading:  # a heading's own sentence: one string for both
                sentence_text = heading
            elif checklist:
                sentence_text = read_checklist_item(sentence_text) or sentence_text
            known = read.get(sentence_text)
            if known is None:
                known = _classified(sentence_text)
                if len(read) < _SHARED_WORDINGS:
                    read[sentence_text] = known
            sentence_text, lower, prohibitive, excluded, definition = known
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
            clauses.extend(_clauses(sentence, layout))
        last = stripped.rstrip("\"') ]")[-1:] if stripped else ""
        previous_end = last
        if last == ":" and (_PROHIBITIVE.search(stripped) or bans_uses(stripped)):
            in_zone = True
        elif not unit.list_item and not unit.heading and list_items.excludes_what_follows(stripped):
            in_zone = True  # "except for decisions in the fields listed below." then its table
        elif _open_lead_in(unit.heading, last, sentences, unit.start):
            lead_zone = "" if in_zone else "lead"
            lead_kind = marker_kind(stripped) if unit.list_item else ""
            in_zone = True
    if any(s.text.endswith("?") for s in sentences):
        answered = answered_questions(sentences, _classified)
        if len(answered) != len(sentences):
            sentences = answered
            clauses = [c for s in answered for c in _clauses(s, layout)]
    return Document(
        title=_title(layout.cleaned),
        sentences=tuple(sentences),
        clauses=tuple(clauses),
        lower="\n".join(s.lower for s in sentences),
    )


def _table_sentences(table: Table, layout: Layout, in_zone: bool) -> tuple[Sentence, ...]:
    """The sentences of a table of clauses, each under its row's label (the first read with it:
    "Grant: Use, ..."), restricted under a label or column naming restricted uses unless the
    cell allows its use (`row_text`), excluded under one naming warranties or liability."""
    sentences: list[Sentence] = []
    unbounded = open_bands(table, layout.flat)  # every band keeps the grant: no cap
    below = open_below(table, layout.flat)  # bands whose next band still grants
    for whole, column, start, end, place in table_spans(table, layout.flat):
        cell = layout.matched_text(start, end)
        row = band_row(whole, layout.flat)  # a bound in a cell of its own heads the row
        if not cell or (row is not whole and start == row.label_start):
            continue
        if (unbounded and band_answer(row, column)) or row.label_start in below:
            continue
        read, allows = row_text(row, column, cell, place)  # quoted with its label if read with it
        text, lower, prohibitive, excluded, definition = _classified(read)
        headers = () if allows else (row.label, column, row.label_header)  # no ban when it allows
        zone = bool(headers) and (in_zone or any(ZONE_HEADING.search(h) for h in headers if h))
        sentence = Sentence(
            text=text,
            lower=lower,
            heading=row.label,
            restrictive=zone or prohibitive,
            excluded=excluded or bool(_EXCLUDED_HEADING.search(row.label)),
            definition=definition,
            list_item=False,
            start=row.label_start if read != cell else start,
            end=end,
            locator=layout.locator,
        )
        sentences.append(sentence)
    return tuple(sentences)


def _open_lead_in(skipped: bool, last: str, sentences: list[Sentence], start: int) -> bool:
    """Is the paragraph just read the lead-in of a list of bans left open at its end ("You
    must not use the Model, or any output of it," then "(a) to diagnose ..."): a prohibition
    in its last sentence, ending with a comma, a dash or a word rather than a colon? Its list's
    items are restricted uses, as after "You must not use the Model:"."""
    if skipped or not last or not (last in ",-" or last.isalnum()) or not sentences:
        return False
    lead = sentences[-1]
    bans = lead.restrictive or bans_uses(lead.text)
    return lead.start >= start and bans and not lead.excluded and not lead.definition


def disclaimer_free_pieces(doc: Document, sentence: Sentence) -> tuple[Sentence, ...]:
    """The pieces of an excluded sentence that hold no disclaimer, liability or waiver language
    of their own, outside a section so headed: those cut at semicolons ("Do what you like with
    the weights; no warranty" grants in its first piece) and what comes before a disclaimer
    listed after a comma ("for anybody to use for anything, no fee, no warranty"). None for a
    sentence with neither: its excluded language is the whole sentence's."""
    if _EXCLUDED_HEADING.search(sentence.heading):
        return ()
    listed = _LISTED_DISCLAIMER.search(sentence.text)
    if ";" not in sentence.text and listed is None:
        return ()

    def pieces() -> tuple[Sentence, ...]:
        found = [piece for piece in doc.clauses if sentence.start <= piece.start < sentence.end]
        if listed is not None:  # "for anyone to use for anything, no fee, no warranty"
            head = sentence.text[: listed.start()]
            found.append(replace(sentence, text=head, lower=head.lower()))
        return tuple(
            piece
            for piece in found
            if not (
                _has_any(piece.lower, _EXCLUDED_WORDS) and _EXCLUDED_SENTENCE.search(piece.text)
            )
        )

    return doc.remembered(("disclaimer-free", sentence.start, sentence.end), pieces)


# a disclaimer as one item of a list run into the sentence: "..., no fee, no warranty"
_LISTED_DISCLAIMER = lazy_pattern(
    r",\s*(?:and\s+)?(?:with\s+)?(?:no|without\s+(?:any\s+)?)\s+(?:warrant\w*|liability)\b",
    re.IGNORECASE,
)


_SHARED_WORDINGS = 4_096
"""Distinct wordings remembered while a document is split: enough for every repeated line
of a card, without a table as large as the document when nothing repeats."""


def _classified(text: str) -> tuple[str, str, bool, bool, bool]:
    """A sentence's text, lowercase and its own wording's classes: prohibitive, excluded
    (disclaimer or liability language), definition."""
    lower = text.lower()
    excluded = _has_any(lower, _EXCLUDED_WORDS) and _search(_EXCLUDED_SENTENCE, lower, text)
    definition = _has_any(lower, ("mean", "refer", "defined")) and bool(
        _DEFINITION.match(LEAD_IN.sub("", LIST_MARKER.sub("", text), count=1))
    )
    return text, lower, _prohibits(lower, text), excluded, definition


def _clauses(sentence: Sentence, layout: Layout) -> list[Sentence]:
    """The sentence cut at semicolons, each piece located on its own line."""
    if ";" not in sentence.text:
        return [sentence]
    pieces: list[Sentence] = []
    for start, end in layout.clause_spans(sentence.start, sentence.end):
        text = layout.matched_text(start, end)
        if text.strip(" ;"):
            pieces.append(replace(sentence, text=text, lower=text.lower(), start=start, end=end))
    return pieces


def _title(cleaned: tuple[tuple[str, list[int] | None], ...]) -> str:
    for line, _ in cleaned:
        text = collapse_whitespace(line)
        if not text or text.startswith("["):
            continue
        if re.match(r"(?i)copyright\b|\(c\)|all rights", text) and "licen" not in text.lower():
            continue
        return text
    return ""
