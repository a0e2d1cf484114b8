"""Text a model card holds but its rendered page does not show, when it states terms:
`<details>` blocks (shown folded), HTML comments, Markdown comments (`[//]: # (...)`, a link
reference definition no link uses) and HTML elements hidden by an attribute or a style
(`hidden`, `display:none`, `visibility:hidden`, `font-size:0`, `opacity:0`).

Each kept line is the hidden text alone, at its index in the card's body lines, so evidence
quoted from it points at the card's real line.
"""

from __future__ import annotations

import html
import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.sources.card_markdown import line_of, line_starts

TERMS_WORDS = lazy_pattern(
    r"licen[cs]|commercial|terms|permitted|prohibit|restrict|may\s+not|must\s+not|shall\s+not"
    r"|not\s+allowed|research|personal\s+use|revenue|monthly\s+active|agree|only",
    re.IGNORECASE,
)
_DETAILS_OPEN = lazy_pattern(r"<details\b[^>]*>", re.IGNORECASE)
_DETAILS_CLOSE = lazy_pattern(r"</details\s*>", re.IGNORECASE)
_SUMMARY = lazy_pattern(r"</?summary\b[^>]*>", re.IGNORECASE)
_COMMENT = lazy_pattern(r"<!--(.*?)(?:-->|\Z)", re.DOTALL)
# `[//]: # (text)`, `[comment]: <> "text"`, `[x]: # 'text'`: a link reference definition to
# `#` or `<>`, which renders as nothing.
_MARKDOWN_COMMENT = lazy_pattern(
    r"(?m)^ {0,3}\[[^\]\n]*\]:[ \t]*(?:#|<>)[ \t]*"
    r"(?:\((?P<paren>[^\n]*)\)|\"(?P<double>[^\n]*)\"|'(?P<single>[^\n]*)')[ \t]*$"
)
_HIDING = lazy_pattern(
    r"""\bhidden\b|display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0+(?:\.0+)?"""
    r"""(?:px|pt|em|rem|%)?\s*(?:[;"']|$)|opacity\s*:\s*0+(?:\.0+)?\s*(?:[;"']|$)""",
    re.IGNORECASE,
)
_OPEN_TAG = lazy_pattern(r"<(?P<tag>[a-z][a-z0-9]*)\b(?P<attrs>[^<>]*)>", re.IGNORECASE)
_TAG = lazy_pattern(r"<[^>]*>")
_VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"})


def hidden_lines(lines: list[str], fenced: set[int]) -> dict[int, str]:
    """Index -> text of the hidden lines that state terms (code blocks are not hidden)."""
    kept: dict[int, str] = {}
    text = "\n".join(lines)
    starts = line_starts(lines)

    def keep(begin: int, end: int, strip_tags: bool = False) -> None:
        inner = _SUMMARY.sub(_blank, text[begin:end])
        if strip_tags:
            inner = _TAG.sub(_blank, inner)
        if not TERMS_WORDS.search(inner):
            return
        first = line_of(starts, begin)
        if first in fenced:
            return
        for offset, line in enumerate(inner.split("\n")):
            if line.strip():
                kept[first + offset] = " ".join(html.unescape(line).split()) if strip_tags else line

    for comment in _COMMENT.finditer(text):
        keep(comment.start(1), comment.end(1))
    for comment in _MARKDOWN_COMMENT.finditer(text):
        group = next(g for g in ("paren", "double", "single") if comment.group(g) is not None)
        keep(comment.start(group), comment.end(group))
    for begin, end in _details(text):
        keep(begin, end)
    for begin, end in _hidden_elements(text):
        keep(begin, end, strip_tags=True)
    return kept


def _blank(tag: re.Match[str]) -> str:
    """A tag as spaces, its line breaks kept (a tag may span lines)."""
    return re.sub(r"[^\n]", " ", tag.group())


def _details(text: str) -> list[tuple[int, int]]:
    """The inside of each outermost `<details>` block (to the end when never closed)."""
    spans: list[tuple[int, int]] = []
    depth, opened = 0, 0
    for tag in re.finditer(f"{_DETAILS_OPEN.pattern}|{_DETAILS_CLOSE.pattern}", text, re.I):
        if tag.group().lower().startswith("</"):
            if depth == 1:
                spans.append((opened, tag.start()))
            depth = max(depth - 1, 0)
        else:
            if depth == 0:
                opened = tag.end()
            depth += 1
    if depth > 0:  # never closed: the rest of the card is inside it
        spans.append((opened, len(text)))
    return spans


def _hidden_elements(text: str) -> list[tuple[int, int]]:
    """The inside of each element hidden by an attribute or a style, up to its own closing
    tag (nested elements of the same name counted), or the end when never closed."""
    spans: list[tuple[int, int]] = []
    reached = 0
    for opening in _OPEN_TAG.finditer(text):
        if opening.start() < reached or not _HIDING.search(opening.group("attrs")):
            continue
        if opening.group("tag").lower() in _VOID or opening.group().endswith("/>"):
            continue
        name = re.escape(opening.group("tag"))
        tags = re.compile(rf"<(/?){name}\b[^<>]*>", re.IGNORECASE)
        depth, end = 1, len(text)
        for tag in tags.finditer(text, opening.end()):
            depth += -1 if tag.group(1) else (0 if tag.group().endswith("/>") else 1)
            if depth == 0:
                end = tag.start()
                break
        spans.append((opening.end(), end))
        reached = end
    return spans
