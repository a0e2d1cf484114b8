"""Escapes untrusted text for GitHub-flavoured Markdown: one line, nothing interpreted.

Shared by the Markdown report (markdown.py, markdown_training.py) and SARIF's Markdown
messages. Escaped text cannot open a table cell, a heading, a code span, HTML, a link, an
@-mention or a bare autolink; control and direction characters are shown (report/sanitize.py).
"""

from __future__ import annotations

import re

from markupsafe import Markup

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.report.sanitize import sanitize_inline

# Caps on single untrusted values, so that one hostile string cannot crowd out the rest.
CELL_CHARS = 160
TEXT_CHARS = 2_000
QUOTE_CHARS = 1_000
QUOTE_LINES = 12

_ESCAPES = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "#": "\\#",
    "|": "\\|",
    "~": "\\~",
    "$": "\\$",  # GitHub renders $...$ as math
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
}
_ESCAPE_RE = lazy_pattern("[" + re.escape("".join(_ESCAPES)) + "]")
_LEADING_BLOCK_MARK = lazy_pattern(r"^(?:[-+=]|\d+[.)])")
# A zero-width space, written as an entity so that it shows in the raw Markdown, breaks the
# patterns of GitHub's bare-URL autolinks, e-mail autolinks and @-mentions.
_ZWSP = "&#8203;"
_AUTOLINK_RE = lazy_pattern(r"://|(?i:www)\.|@")
_SAFE_URL = lazy_pattern(r"https://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]{1,500}")


def escape_markdown(text: str, *, limit: int | None = None) -> str:
    """`text` as inline Markdown that renders literally: one line, nothing interpreted.

    Whitespace runs (newlines included) become one space; control and bidirectional-override
    characters are dropped; text longer than `limit` characters is cut with an ellipsis.
    """
    plain = " ".join(_printable(text).split())
    if limit is not None and len(plain) > limit:
        plain = plain[: max(limit - 1, 0)].rstrip() + "…"
    escaped = _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], plain)
    escaped = _LEADING_BLOCK_MARK.sub(lambda m: _escape_leading(m.group()), escaped, count=1)
    return _AUTOLINK_RE.sub(lambda m: _break_autolink(m.group()), escaped)


def quote_lines(text: str, *, limit: int = QUOTE_CHARS, max_lines: int = QUOTE_LINES) -> list[str]:
    """The non-blank lines of a quoted excerpt, each to be escaped on its own; long quotes are
    cut. The template joins them with hard line breaks."""
    lines = [" ".join(line.split()) for line in _printable(text, keep_newlines=True).splitlines()]
    lines = [line for line in lines if line]
    kept: list[str] = []
    used = 0
    for line in lines[:max_lines]:
        if used + len(line) > limit:
            kept.append(line[: max(limit - used, 0)].rstrip() + "…")
            return kept
        kept.append(line)
        used += len(line)
    if len(lines) > max_lines:
        kept.append("…")
    return kept or [""]


def markdown_link(text: str, url: str | None) -> Markup:
    """`text: <url>` with a visible autolink when the URL is plain https, else escaped text."""
    label = escape_markdown(text, limit=TEXT_CHARS)
    if url is None:
        return Markup(label)
    if _SAFE_URL.fullmatch(url):
        return Markup(f"{label}: <{url}>")
    return Markup(f"{label}: {escape_markdown(url, limit=CELL_CHARS)}")


def cut(text: str, limit: int = TEXT_CHARS) -> str:
    """Untrusted text cut to `limit` characters, before the template escapes it."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _printable(text: str, *, keep_newlines: bool = False) -> str:
    """Controls, direction marks and lone surrogates shown as escapes (report/sanitize.py);
    whitespace kept for the caller to fold, or made spaces."""
    shown = sanitize_inline(text)
    if keep_newlines:
        return shown
    return "".join(" " if ch.isspace() else ch for ch in shown)


def _escape_leading(mark: str) -> str:
    # `-`, `+`, `=` would start a list or a setext underline; `1.` / `1)` an ordered list.
    return mark[:-1] + "\\" + mark[-1]


def _break_autolink(match: str) -> str:
    if match == "://":
        return ":" + _ZWSP + "//"
    if match == "@":
        return "@" + _ZWSP
    return match[:-1] + _ZWSP + "."
