"""Reads the license evidence a model card carries in its prose: License/Terms sections, a
license text embedded in the README, terms hidden in `<details>` blocks and HTML comments,
and the gating prompt and fields the Hub shows before download.

Each becomes a `LicenseFile`-like document whose path says where it stands
(`README.md#license`, `#license-text`, `#hidden`, `#gating`) and whose text keeps the card's
line numbers: lines outside the piece are blank, so evidence quoted from a document points at
the card's real line. Precision: a table row (a comparison of models or datasets) and a line
about a dataset's license that does not speak of the model are left out, and so is a section
whose title is about data.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from auditor.model import LicenseFile, ParsedCard
from auditor.sources.card_recovery import LINE_BREAK

CARD_DOCUMENT_ORIGIN = "card-section"
"""The `origin` of every card document, so reports can say the evidence is card prose."""

GATING_KEYS = (
    "extra_gated_heading",
    "extra_gated_prompt",
    "extra_gated_description",
    "extra_gated_fields",
    "extra_gated_button_content",
)

_ATX = re.compile(r" {0,3}(?P<marks>#{1,6})(?:[ \t]+(?P<title>.*?))?[ \t#]*$")
_SETEXT = re.compile(r" {0,3}(?P<rule>=+|-+)[ \t]*$")
_BOLD_HEADING = re.compile(r"\s*(?:\*\*|__)(?P<title>[^*_]{1,80}?)[ \t:]*(?:\*\*|__)[ \t:]*$")
_FENCE = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})")
_LICENSE_TITLE = re.compile(
    r"\b(?:licen[cs](?:e|es|ed|ing)|terms|(?:use|usage)\s+(?:restrictions?|polic(?:y|ies))"
    r"|restrictions?\s+on\s+use|permitted\s+uses?|prohibited\s+uses?)\b",
    re.IGNORECASE,
)
# A label line in a list of model facts: `- **License:** cc-by-nc-4.0`, `License: MIT`.
_LICENSE_LABEL = re.compile(r"[\s>*+-]*(?:\*\*|__)?\s*licen[cs]e\s*(?:\*\*|__)?\s*:", re.I)
# Sections about other works, whose `License:` lines describe those works.
_OTHER_WORKS = re.compile(
    r"acknowledg|attribution|third[- ]party|dependenc|credits|related|citation|references"
    r"|data(?:sets?)?\b|used\s+(?:open[- ]source|projects|software)",
    re.IGNORECASE,
)
_ABOUT_DATA = re.compile(r"\b(?:data(?:sets?)?|corpus|corpora)\b", re.IGNORECASE)
_ABOUT_MODEL = re.compile(r"\b(?:models?|weights?|checkpoints?|this\s+repo(?:sitory)?)\b", re.I)
_TABLE_ROW = re.compile(r"\s*\|")
_GRANT = re.compile(
    r"\b(?:hereby\s+grants?|is\s+hereby\s+granted|grants?\s+(?:to\s+)?you|you\s+are\s+granted"
    r"|licensor\s+grants?)\b",
    re.IGNORECASE,
)
_TERMS_WORDS = re.compile(
    r"licen[cs]|commercial|terms|permitted|prohibit|restrict|may\s+not|must\s+not|shall\s+not"
    r"|not\s+allowed|research|personal\s+use|revenue|monthly\s+active|agree|only",
    re.IGNORECASE,
)
_OTHER_BREAKS = str.maketrans(dict.fromkeys("\v\f\x1c\x1d\x1e\x85\u2028\u2029\r", " "))
_LICENSE_WORD = re.compile(r"licen[cs]e", re.IGNORECASE)
_DETAILS_OPEN = re.compile(r"<details\b[^>]*>", re.IGNORECASE)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
_SUMMARY = re.compile(r"</?summary\b[^>]*>", re.IGNORECASE)


def card_documents(card: ParsedCard, card_path: str = "README.md") -> tuple[LicenseFile, ...]:
    """The license evidence in a card's prose and gating metadata, as documents."""
    lines = LINE_BREAK.split(card.body)
    first = card.body_line
    fenced = _fenced(lines)
    headings = _headings(lines, fenced)
    documents: list[LicenseFile] = []
    section = _license_sections(lines, fenced, headings)
    taken = set(section)
    text = _document({first + i: line for i, line in section.items()})
    if text:
        documents.append(_file(f"{card_path}#license", text))
    embedded = {
        i: line for i, line in _embedded_licenses(lines, fenced, headings).items() if i not in taken
    }
    taken |= set(embedded)
    text = _document({first + i: line for i, line in embedded.items()})
    if text:
        documents.append(_file(f"{card_path}#license-text", text))
    hidden = {i: line for i, line in _hidden(lines).items() if i not in taken}
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


# --- the Markdown structure ------------------------------------------------------------------


def _fenced(lines: list[str]) -> set[int]:
    """Indexes of lines inside fenced code blocks (the fences included)."""
    inside: set[int] = set()
    fence: str | None = None
    for index, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is None and opened:
            fence = opened.group("fence")
            inside.add(index)
            continue
        if fence is not None:
            inside.add(index)
            mark = opened.group("fence") if opened else ""
            closes = mark and mark[0] == fence[0] and len(mark) >= len(fence)
            if closes and not line.strip().strip(mark[0]):
                fence = None
    return inside


Heading = tuple[int, int, str]  # index of the heading line, level (a bold line is 7), title


def _headings(lines: list[str], fenced: set[int]) -> list[Heading]:
    """Each heading outside code: ATX, setext (its underline is not body) and bold lines."""
    found: list[Heading] = []
    for index, line in enumerate(lines):
        if index in fenced or not line.strip():
            continue
        atx = _ATX.match(line)
        if atx:
            found.append((index, len(atx.group("marks")), (atx.group("title") or "").strip()))
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        setext = _SETEXT.match(nxt) if index + 1 not in fenced else None
        if setext and not line.startswith((" " * 4, "\t", "|", "-", "*")):
            found.append((index, 1 if setext.group("rule")[0] == "=" else 2, line.strip()))
            continue
        bold = _BOLD_HEADING.fullmatch(line)
        if bold:
            found.append((index, 7, bold.group("title").strip()))
    return found


def _heading_lines(lines: list[str], headings: list[Heading]) -> set[int]:
    """Indexes of heading lines and setext underlines."""
    marks = {index for index, _, _ in headings}
    return marks | {i + 1 for i in marks if i + 1 < len(lines) and _SETEXT.match(lines[i + 1])}


def _sections(lines: list[str], headings: list[Heading]) -> list[tuple[Heading, int, int]]:
    """Each heading with the end of its own text (its first subheading) and of its section
    (the next heading of its level or above)."""
    spans: list[tuple[Heading, int, int]] = []
    for position, heading in enumerate(headings):
        _, level, _ = heading
        following = headings[position + 1 :]
        own_end = following[0][0] if following else len(lines)
        end = len(lines)
        for later, later_level, _ in following:
            if later_level <= level or (level == 7 and later_level == 7):
                end = later
                break
        spans.append((heading, own_end, end))
    return spans


def _is_license_title(title: str) -> bool:
    if not _LICENSE_TITLE.search(title):
        return False
    return not (_ABOUT_DATA.search(title) and not _ABOUT_MODEL.search(title))


def _license_sections(
    lines: list[str], fenced: set[int], headings: list[Heading]
) -> dict[int, str]:
    """Lines of License/Terms sections, and label lines such as `- **License:** mit`. A
    subsection counts when its title or its own text speaks of terms (not `## Citation`)."""
    kept: dict[int, str] = {}
    spans = _sections(lines, headings)
    skip = _heading_lines(lines, headings)
    for (index, _, title), _own_end, end in spans:
        if not _is_license_title(title):
            continue
        for (sub, _, sub_title), sub_end, _ in spans:
            if index <= sub < end:
                text = "\n".join(lines[sub:sub_end])
                if sub == index or _TERMS_WORDS.search(sub_title) or _TERMS_WORDS.search(text):
                    kept.update(_model_lines(lines, range(sub, sub_end), fenced, skip))
    elsewhere = {
        i
        for (index, _, title), _own, end in spans
        if _OTHER_WORKS.search(title)
        for i in range(index, end)
    }
    for index, line in enumerate(lines):
        if index in fenced or index in elsewhere or not _LICENSE_LABEL.match(line):
            continue
        if _speaks_of_model(line) and not line.startswith(("  ", "\t")):
            kept[index] = line  # a top-level fact, not a nested item about a component
    return kept


def _model_lines(lines: list[str], span: range, fenced: set[int], skip: set[int]) -> dict[int, str]:
    """The section's lines that can state the model's terms: not headings, not table rows,
    not a line about a dataset alone (code blocks are kept: a license is often pasted in one)."""
    kept: dict[int, str] = {}
    for index in span:
        line = lines[index]
        if not line.strip() or index in skip or (index in fenced and _FENCE.match(line)):
            continue
        if _TABLE_ROW.match(line) or not _speaks_of_model(line):
            continue
        kept[index] = line
    return kept


def _speaks_of_model(line: str) -> bool:
    return not (_ABOUT_DATA.search(line) and not _ABOUT_MODEL.search(line))


def _embedded_licenses(
    lines: list[str], fenced: set[int], headings: list[Heading]
) -> dict[int, str]:
    """Text under a heading (or before the first) that reads as a license: a grant clause and
    the word license; its heading too when it names a license or an agreement (the title)."""
    kept: dict[int, str] = {}
    skip = _heading_lines(lines, headings)
    spans = [(-1, "", 0, headings[0][0] if headings else len(lines))]
    spans += [
        (index, title, index, own_end)
        for (index, _, title), own_end, _ in _sections(lines, headings)
    ]
    for index, title, start, end in spans:
        block = "\n".join(lines[start:end])
        if not (_LICENSE_WORD.search(block) and _GRANT.search(block)):
            continue
        kept.update(_model_lines(lines, range(start, end), fenced, skip))
        if index >= 0 and (_LICENSE_TITLE.search(title) or re.search(r"agreement", title, re.I)):
            kept[index] = title
    return kept


def _hidden(lines: list[str]) -> dict[int, str]:
    """The contents of `<details>` blocks and HTML comments that state terms."""
    kept: dict[int, str] = {}
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def keep(begin: int, end: int) -> None:
        inner = _SUMMARY.sub(" ", text[begin:end])
        if not _TERMS_WORDS.search(inner):
            return
        first = _line_of(starts, begin)
        for offset, line in enumerate(inner.split("\n")):
            if line.strip():
                kept[first + offset] = line

    for comment in re.finditer(r"<!--(.*?)(?:-->|\Z)", text, re.DOTALL):
        keep(comment.start(1), comment.end(1))
    depth, opened = 0, 0
    for tag in re.finditer(f"{_DETAILS_OPEN.pattern}|{_DETAILS_CLOSE.pattern}", text, re.I):
        if tag.group().lower().startswith("</"):
            if depth == 1:
                keep(opened, tag.start())
            depth = max(depth - 1, 0)
        else:
            if depth == 0:
                opened = tag.end()
            depth += 1
    if depth > 0:  # never closed: the rest of the card is inside it
        keep(opened, len(text))
    return kept


def _line_of(starts: list[int], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


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
