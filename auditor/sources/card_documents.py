"""Reads the license evidence a model card carries in its prose, in every shape a person
writes it: License/Terms sections (titled in any of the languages cards are written in, or
"Data and License"), their tables, label lines at any list depth (`License: X`, `License —
X`), license rows of model-facts and component tables (Markdown or HTML), license badges,
the opening paragraphs, sentences saying this model is licensed under something, the lines of
Uses/Out-of-Scope/Limitations sections that speak of commercial or research use, sentences
stating a term in any other section (an FAQ answer read with its question, a "Model weights"
section: `card_terms`), a license text embedded in the README (not example strings in code),
terms hidden in `<details>` blocks, HTML and Markdown comments or hidden HTML elements, and the
gating prompt and fields the Hub shows before download.

Each becomes a `LicenseFile`-like document whose path says where it stands
(`README.md#license`, `#license-text`, `#hidden`, `#gating`) and whose text keeps the card's
line numbers: lines outside the piece are blank, so evidence quoted from a document points at
the card's real line. A table row or a badge is rendered as a label line at its own line
(`- Model weights license: CC BY-NC 4.0`). Precision: the rows of a table comparing models or
datasets, a line about a dataset's license that does not speak of the model, and labels in
sections (or under list items) about other works are left out, and so is a section whose title
is about the data's license. The structure is read by `card_markdown`, tables by `card_tables`,
labels, badges and sentences by `card_labels`, hidden text by `card_hidden`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import LicenseFile, ParsedCard
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN as CARD_DOCUMENT_ORIGIN
from auditor.sources.card_clauses import other_work_blanked
from auditor.sources.card_hidden import TERMS_WORDS, hidden_lines
from auditor.sources.card_labels import (
    badge_lines,
    label_lines,
    speaks_of_model,
    stated_lines,
    under_other_work,
)
from auditor.sources.card_markdown import (
    FENCE,
    OTHER_WORKS_TITLE,
    Heading,
    Section,
    card_title,
    code_blocks,
    fenced_lines,
    heading_lines,
    headings,
    intro_end,
    is_license_title,
    is_use_title,
    sections,
)
from auditor.sources.card_recovery import LINE_BREAK
from auditor.sources.card_table_parse import find_tables
from auditor.sources.card_tables import license_column, license_rows
from auditor.sources.card_terms import (
    COMMERCIAL_WORDS,
    is_history_title,
    pointed_table_rows,
    term_rows,
    term_sentences,
)

GATING_KEYS = (
    "extra_gated_heading",
    "extra_gated_prompt",
    "extra_gated_description",
    "extra_gated_fields",
    "extra_gated_button_content",
)

_GRANT = lazy_pattern(
    r"\b(?:hereby\s+grants?|is\s+hereby\s+granted|grants?\s+(?:to\s+)?you|you\s+are\s+granted"
    r"|licensor\s+grants?)\b",
    re.IGNORECASE,
)
# The lines of a Uses or Limitations section that speak of commercial use or of the model's
# license: not of what it does badly, nor of harms an acceptable-use list names, nor of the
# research uses a model card's template describes as intended ("The model is intended for
# research purposes only" beside a license that allows commercial use describes, not binds).
_USE_TERMS = COMMERCIAL_WORDS  # and 营利 (for profit), which a notice of use names
_LIST_ITEM = lazy_pattern(r"\s*(?:[-*+]|\d{1,3}[.)])\s")
_OTHER_BREAKS = str.maketrans(dict.fromkeys("\v\f\x1c\x1d\x1e\x85\u2028\u2029\r", " "))
_LICENSE_WORD = lazy_pattern(r"licen[cs]e", re.IGNORECASE)


def card_documents(card: ParsedCard, card_path: str = "README.md") -> tuple[LicenseFile, ...]:
    """The license evidence in a card's prose and gating metadata, as documents."""
    lines = LINE_BREAK.split(card.body)
    first = card.body_line
    fenced = fenced_lines(lines)
    found = headings(lines, fenced)
    spans = sections(lines, found)
    tables = find_tables(lines, fenced)
    in_tables = {index for table in tables for index in table.lines}
    marks = heading_lines(lines, found)
    elsewhere = {  # the card's own title (its first heading, level 1) is never another work
        i
        for position, ((index, level, title), _own, end) in enumerate(spans)
        if OTHER_WORKS_TITLE.search(title) and not (position == 0 and level == 1)
        for i in range(index, end)
    }
    elsewhere -= _license_section_lines(spans)  # "Data and License" is the model's too
    title = card_title(lines, found)
    kept = _license_sections(lines, spans, fenced, in_tables | marks)
    kept.update(_use_sections(lines, spans, fenced, in_tables | marks))
    hidden = hidden_lines(lines, fenced)  # read as hidden text, not as labels or opening
    pasted = _embedded_licenses(lines, found, spans, fenced, in_tables | marks)
    apart = fenced | in_tables | elsewhere | set(hidden) | set(pasted)  # pasted: read whole
    nested = under_other_work(lines)  # read by both
    kept.update(label_lines(lines, apart, nested))  # `## License: MIT` too
    # a sentence's part of a line never replaces the whole line a section already keeps ("No
    # commercial licence is granted. The weights are shared with researchers." kept whole)
    opening = intro_end(lines, found)
    stated = stated_lines(lines, apart | marks, opening, title, nested)
    kept.update((i, line) for i, line in stated.items() if i not in kept)
    # term sentences in the other sections (an FAQ, "Model weights", a notice of use)
    others = _read_elsewhere(spans) | apart | marks | elsewhere | set(range(opening))
    terms = term_sentences(lines, spans, others, title)
    kept.update((i, line) for i, line in terms.items() if i not in kept)
    kept.update(badge_lines(lines, fenced | elsewhere))  # rendered: the badge's own words
    terms_lines = _license_section_lines(spans) - elsewhere  # its tables' rows are terms
    kept.update(license_rows(tables, title, elsewhere, terms_lines))  # the header's words
    # the rows of any other table stating a term as a sentence does ("Quick answers", an FAQ)
    rows = term_rows(tables, title, elsewhere | set(kept))
    kept.update((i, line) for i, line in rows.items() if i not in kept)
    # a licence stated as the table after a sentence saying so: every row, and its footnotes
    pointed = pointed_table_rows(lines, tables, [i for i in kept if i not in elsewhere])
    kept.update((i, line) for i, line in pointed.items() if i not in kept)
    documents: list[LicenseFile] = []
    text = _document(other_work_blanked({first + i: line for i, line in kept.items()}))
    if text:
        documents.append(_file(f"{card_path}#license", text))
    taken = set(kept)
    embedded = {i: line for i, line in pasted.items() if i not in taken}
    taken |= set(embedded)
    text = _document({first + i: line for i, line in embedded.items()})
    if text:
        documents.append(_file(f"{card_path}#license-text", text))
    # a hidden table with a License column is read as any table is (license_rows): each row
    # is the model's license, another part's, or the header, none a text left unread
    read = {i for t in tables if t.header and license_column(t.header) for i in t.lines}
    hidden = {i: line for i, line in hidden.items() if i not in taken and i not in read}
    text = _document({first + i: line for i, line in hidden.items()})
    if text:
        documents.append(_file(f"{card_path}#hidden", text))
    text = _document(gating_lines(card.metadata, card.key_lines))
    if text:
        documents.append(_file(f"{card_path}#gating", text))
    return tuple(documents)


def gating_lines(metadata: Mapping[str, object], key_lines: Mapping[str, int]) -> dict[int, str]:
    """The gating prompt and fields as text, each at its key's line in the card (a field or a
    continuation on the lines after it; keys whose line is unknown after the others)."""
    placed: dict[int, str] = {}
    after = max(key_lines.values(), default=0) + 1
    for key in GATING_KEYS:
        if key not in metadata:
            continue
        texts = _gating_texts(metadata[key])
        if not texts:
            continue
        line = key_lines.get(key)
        if line is None:
            line, after = after, after + len(texts) + 1
        elif key == "extra_gated_fields":
            line += 1  # each field on a line of its own after the key, in order
        for text in texts:
            while line in placed:
                line += 1
            placed[line] = text
            line += 1
    return placed


def _gating_texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [part for part in (p.strip() for p in value.splitlines()) if part]
    if isinstance(value, Mapping):  # label -> type (checkbox, text, {type: select, options})
        texts: list[str] = []
        for label, kind in value.items():
            detail = _gating_texts(kind) if isinstance(kind, Mapping | list) else []
            texts.append(f"{label}: {kind}" if isinstance(kind, str) else str(label))
            texts.extend(detail)
        return texts
    if isinstance(value, list):
        return [text for item in value for text in _gating_texts(item)]
    return [str(value)] if value is not None and not isinstance(value, bool) else []


# --- sections -----------------------------------------------------------------------------


def _license_section_lines(spans: list[Section]) -> set[int]:
    return {
        i
        for (index, _, title), _own, end in spans
        if is_license_title(title)
        for i in range(index, end)
    }


def _read_elsewhere(spans: list[Section]) -> set[int]:
    """Lines that term sentences leave to other readers or to other versions: License
    sections, Uses sections' own text, changelogs and news."""
    found: set[int] = set()
    for (index, _, title), own_end, end in spans:
        if is_license_title(title) or is_history_title(title):
            found.update(range(index, end))
        elif is_use_title(title):
            found.update(range(index, own_end))
    return found


def _license_sections(
    lines: list[str], spans: list[Section], fenced: set[int], skip: set[int]
) -> dict[int, str]:
    """Lines of License/Terms sections. A subsection counts when its title or its own text
    speaks of terms (not `### Citation`)."""
    kept: dict[int, str] = {}
    for position, ((index, _, title), _own_end, end) in enumerate(spans):
        if not is_license_title(title):
            continue
        # the section's subsections are the spans after it that start before its end (spans
        # are in card order): a span is read once per enclosing License section, at most seven
        # times (heading levels), however many License titles a card has
        for sub_position in range(position, len(spans)):
            (sub, _, sub_title), sub_end, _ = spans[sub_position]
            if sub >= end:
                break
            text = "\n".join(lines[sub:sub_end])
            if sub == index or TERMS_WORDS.search(sub_title) or TERMS_WORDS.search(text):
                kept.update(_model_lines(lines, range(sub, sub_end), fenced, skip))
    return kept


def _use_sections(
    lines: list[str], spans: list[Section], fenced: set[int], skip: set[int]
) -> dict[int, str]:
    """Paragraphs (or list items) of Uses, Out-of-Scope Use and Limitations sections that
    speak of commercial use or of a license (their own text, not their subsections')."""
    kept: dict[int, str] = {}
    for (index, _, title), own_end, _ in spans:
        if not is_use_title(title) or is_license_title(title):
            continue
        usable = _model_lines(lines, range(index, own_end), fenced, skip | fenced)
        for paragraph in _paragraphs(lines, range(index, own_end)):
            if _USE_TERMS.search(" ".join(lines[i] for i in paragraph)):
                kept.update((i, usable[i]) for i in paragraph if i in usable)
    return kept


def _paragraphs(lines: list[str], span: range) -> list[list[int]]:
    """Runs of non-blank lines, a list item starting a run of its own (a sentence is read
    whole when it wraps over lines)."""
    runs: list[list[int]] = []
    for index in span:
        line = lines[index]
        if not line.strip():
            runs.append([])
            continue
        if not runs or _LIST_ITEM.match(line):
            runs.append([])
        runs[-1].append(index)
    return [run for run in runs if run]


def _model_lines(
    lines: list[str], span: range, fenced: set[int], skip: Collection[int]
) -> dict[int, str]:
    """The section's lines that can state the model's terms: not headings, not table rows,
    not a line about a dataset alone (code blocks are kept: a license is often pasted in one)."""
    kept: dict[int, str] = {}
    for index in span:
        line = lines[index]
        if not line.strip() or index in skip or (index in fenced and FENCE.match(line)):
            continue
        if speaks_of_model(line):
            kept[index] = line
    return kept


def _embedded_licenses(
    lines: list[str], found: list[Heading], spans: list[Section], fenced: set[int], skip: set[int]
) -> dict[int, str]:
    """Text under a heading (or before the first) that reads as a license: a grant clause and
    the word license, outside code (a usage example's strings are not a license pasted);
    its heading too when it names a license or an agreement (the title)."""
    kept: dict[int, str] = {}
    code = code_blocks(lines, fenced)
    not_pasted = skip | code
    parts = [(-1, "", 0, found[0][0] if found else len(lines))]
    parts += [(index, title, index, own_end) for (index, _, title), own_end, _ in spans]
    for index, title, start, end in parts:
        block = "\n".join(lines[i] for i in range(start, end) if i not in code)
        if not (_LICENSE_WORD.search(block) and _GRANT.search(block)):
            continue
        kept.update(_model_lines(lines, range(start, end), fenced, not_pasted))
        if index >= 0 and (is_license_title(title) or re.search(r"agreement", title, re.I)):
            kept[index] = title
    return kept


def _document(lines: Mapping[int, str]) -> str | None:
    """Text holding each line at its 1-based number, blank lines elsewhere; None if empty."""
    if not any(text.strip() for text in lines.values()):
        return None
    last = max(lines)
    text = "\n".join(lines.get(number, "") for number in range(1, last + 1)) + "\n"
    # Characters str.splitlines() breaks at but the card's lines do not: spaces, so any
    # reader numbers the document's lines as the card's.
    return text.translate(_OTHER_BREAKS)


def _file(path: str, text: str) -> LicenseFile:
    data = text.encode("utf-8")
    return LicenseFile(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        text=text,
        origin=CARD_DOCUMENT_ORIGIN,
    )
