"""Normalises license text (markup, quotes, copyright notices) into words; reads its title."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.text import unicode_fold
from auditor.licenses.text.copyright_notices import (
    copyright_marks,
    drop_copyright_notices,
    is_copyright_line,
)
from auditor.licenses.text.layout import read_layout
from auditor.licenses.text.windows import whitespace_windows


class Step(NamedTuple):
    """One named normalisation step: text in, text out."""

    name: str
    apply: Callable[[str], str]


_RARE_LINE_BREAKS = compile_pattern(r"[\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")
_HTML_BLOCK_TAG = compile_pattern(r"</?(?:br|p|div|h[1-6]|li|ul|ol|tr|table|hr)\b[^<>]*>", re.I)
_HTML_TAG = compile_pattern(r"</?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>", re.I)
_HTML_COMMENT = compile_pattern(r"<!--.*?-->", re.S)
_CODE_FENCE = compile_pattern(r"^[ \t]*(?:```|~~~)[^\n]*$", re.M)
_MD_IMAGE_OR_LINK = compile_pattern(r"!?\[([^\[\]]*)\]\(\s*[^()\s]*(?:\s+\"[^\"\n]*\")?\s*\)")
_MD_REF_LINK = compile_pattern(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_MD_AUTOLINK = compile_pattern(r"<((?:https?|ftp|mailto):[^<>\s]+)>", re.I)
_MD_HEADING = compile_pattern(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)", re.M)
_PUNCTUATION_VARIANTS = {
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−﹘﹣", "-"),
    **dict.fromkeys("•◦▪▫‣∙·●○■□►▶➢✓©®™§¶†‡", " "),  # bullets and symbols: word breaks
}
_PUNCTUATION_VARIANT = compile_pattern("[" + "".join(_PUNCTUATION_VARIANTS) + "]")
# Led by a literal so the regex engine can skip ahead; the lookbehind keeps "shall" out.
_ALL_RIGHTS_RESERVED = compile_pattern(r"all(?<![^\W_]all)[\W_]+rights[\W_]+reserved\b")
# A list marker: "1.", "1.2.", "2)", "(a)", "a.", "iv.", "(iv)", checked on whitespace-separated
# pieces wherever they stand (not only at a line start), so rewrapping cannot change the result.
_ROMAN = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"  # i to xxxix
_LIST_MARKER = compile_pattern(
    rf"\(?(?:\d{{1,3}}(?:\.\d{{1,3}})*|[a-z]|{_ROMAN})[.)]|\((?:\d{{1,3}}|[a-z]|{_ROMAN})\)"
)
_YEAR = compile_pattern(r"(?:19|20)\d\d")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = compile_pattern(f"[{_CJK}]|[^\\W_{_CJK}]+")  # a CJK character is a word of its own
_ASCII_WORDS = bytes(b if chr(b).isalnum() else 32 for b in range(256))


def _nfkc(text: str) -> str:
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


def _lowercase(text: str) -> str:
    return text.lower()


def _unify_line_breaks(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and _RARE_LINE_BREAKS.search(text):
        text = _RARE_LINE_BREAKS.sub("\n", text)
    return text


def _strip_html(text: str) -> str:
    if "<" in text:
        text = _HTML_COMMENT.sub(" ", text)
        text = _HTML_BLOCK_TAG.sub("\n\n", text)
        text = _HTML_TAG.sub(" ", text)
    return html.unescape(text) if "&" in text else text


def _strip_code_fences(text: str) -> str:
    return _CODE_FENCE.sub("", text) if "```" in text or "~~~" in text else text


def _strip_links(text: str) -> str:
    if "](" in text:
        text = _MD_IMAGE_OR_LINK.sub(r"\1", text)
    if "][" in text:
        text = _MD_REF_LINK.sub(r"\1", text)
    return _MD_AUTOLINK.sub(r"\1", text) if "<" in text else text


def _strip_headings(text: str) -> str:
    return _MD_HEADING.sub("", text) if "#" in text else text


def _strip_emphasis_and_tables(text: str) -> str:
    return text.replace("*", "").replace("_", " ").replace("|", " ")


def _unify_punctuation(text: str) -> str:
    if text.isascii() or not _PUNCTUATION_VARIANT.search(text):
        return text
    return _PUNCTUATION_VARIANT.sub(lambda found: _PUNCTUATION_VARIANTS[found.group()], text)


def _drop_all_rights_reserved(text: str) -> str:
    return _ALL_RIGHTS_RESERVED.sub(" ", text) if "reserved" in text else text


def _drop_list_markers_and_collapse_whitespace(text: str) -> str:
    is_marker = _LIST_MARKER.fullmatch
    kept = (
        " ".join([p for p in window.split() if p[-1] not in ".)" or not is_marker(p)])
        for window in whitespace_windows(text)
    )
    return " ".join(filter(None, kept))


STEPS: tuple[Step, ...] = (
    Step("drop-invisible-characters", unicode_fold.drop_invisible),
    Step("unicode-nfkc", _nfkc),
    Step("fold-confusable-letters", unicode_fold.fold_confusables),
    Step("join-line-end-hyphens", unicode_fold.join_line_end_hyphens),
    Step("lowercase", _lowercase),
    Step("unify-line-breaks", _unify_line_breaks),
    Step("strip-html", _strip_html),
    Step("strip-code-fences", _strip_code_fences),
    Step("strip-markdown-links", _strip_links),
    Step("strip-markdown-headings", _strip_headings),
    Step("strip-emphasis-and-table-pipes", _strip_emphasis_and_tables),
    Step("drop-copyright-notices", drop_copyright_notices),
    Step("drop-all-rights-reserved", _drop_all_rights_reserved),
    Step("unify-quotes-dashes-bullets", _unify_punctuation),
    # Last: works on whitespace-separated pieces and joins them with single spaces.
    Step("drop-list-markers-collapse-whitespace", _drop_list_markers_and_collapse_whitespace),
)
"""The normalisation, in order; each step is small and testable alone."""

NORMALIZER_VERSION = 2
"""Bump when a step changes what it produces: stored fingerprints must then be rebuilt."""

_MAX_PASSES = 8


def clean_text(text: str) -> str:
    """Apply every step of STEPS: one line of lower-case words and punctuation, no markup."""
    for step in STEPS:
        text = step.apply(text)
    return text


def split_words(cleaned: str, seen: dict[str, str] | None = None) -> list[str]:
    """Split into words: letters and digits; apostrophes join (`licensor's` -> `licensors`).
    A window of the text at a time, each word the one object `seen` holds for it (a word
    repeated a million times is one string, not a million)."""
    seen = {} if seen is None else seen
    ascii_only = cleaned.isascii()
    words: list[str] = []
    for window in whitespace_windows(cleaned):
        text = window.replace("'", "")
        if ascii_only:  # fast path: a byte table maps every non-alphanumeric to a space
            found = text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
        else:
            found = _WORD.findall(text)
        words.extend([seen.setdefault(word, word) for word in found])
    return words


def tokens(text: str) -> list[str]:
    """The normalised words of `text`; normalising their join again gives the same words."""
    words = split_words(clean_text(unicode_fold.drop_separator(text)))
    # Dropping punctuation can bring words together that a step would now drop
    # ("copy'right 2024"), so run again until nothing changes (rarely needed).
    for _ in range(_MAX_PASSES):
        if is_settled(words):
            return words
        again = split_words(clean_text(" ".join(words)))
        if again == words:
            return words
        words = again
    return words


def is_settled(words: list[str]) -> bool:
    """True when another pass provably changes nothing: the words hold no copyright notice and
    no `all rights reserved`, Unicode normalisation and case leave them be, and no look-alike
    letter is left to fold (every other step acts on punctuation or markup, which words no
    longer contain)."""
    if not words:
        return True
    joined = " ".join(words)
    if "all rights reserved" in joined or next(copyright_marks(joined), None) is not None:
        return False
    return joined.isascii() or (
        unicodedata.is_normalized("NFKC", joined)
        and joined == joined.lower()
        # a look-alike letter that lower-casing made (`Γ` -> `γ`) is folded by another pass
        and not unicode_fold.has_confusable(joined)
    )


def document_tokens(text: str) -> list[str]:
    """The normalised words of a whole document: the words of its shared layout's cleaned
    text (`layout`: markup stripped line by line, the text term extraction reads), so a
    document is cleaned once for both; the word steps here finish what a line cannot see
    (entities, comments and fences over several lines)."""
    return tokens(read_layout(text).flat)


def normalize_text(text: str) -> str:
    """The normalised words of `text` joined by single spaces (idempotent)."""
    return " ".join(tokens(text))


_HEADING_MARKUP = compile_pattern(r"^\s{0,3}#{1,6}\s+|^\s*<h[1-6][^>]*>|</h[1-6]>\s*$", re.I)
_BOLD_LINE = compile_pattern(r"^\s*(?:\*\*|__)(.+)(?:\*\*|__)\s*$")
_TITLE_KEYWORD = compile_pattern(
    r"\b(?:licen[cs]es?|agreement|policy|terms|conditions|eula)\b|许可|协议|条款", re.I
)
_GENERIC_TITLE_WORD = compile_pattern(
    r"licen[cs]es?|agreement|policy|terms?|conditions|of|use|the|and|for|acceptable|usage|eula"
    r"|end|user"
)
_SPDX_TAG = compile_pattern(r"spdx-license-identifier", re.I)  # a tag line, not a title
_SMALL_WORDS = frozenset({"a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to"})
_HEADING_MAX_CHARS = 120
_TITLE_CASE_SHARE = 0.75
_TITLE_SCAN_LINES = 12
_TITLE_SCAN_CHARS = 4000
_TITLE_MAX_WORDS = 16


def is_marked_heading_line(block: str) -> bool:
    """A one-line block marked as a heading: `# x`, `<h2>` or `**x**`."""
    line = block.strip()
    if not line or "\n" in line or len(line) > _HEADING_MAX_CHARS:
        return False
    return bool(_HEADING_MARKUP.search(line) or _BOLD_LINE.match(line))


def is_heading_line(block: str) -> bool:
    """A one-line block that reads as a heading: `# x`, `<h2>`, `**x**` or upper case."""
    line = block.strip()
    if not line or "\n" in line or len(line) > _HEADING_MAX_CHARS:
        return False
    if is_marked_heading_line(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def extract_title(text: str) -> str | None:
    """The document's own title: the first early heading or title-case line that names a
    license, agreement, policy or terms and has at least one word of its own."""
    for line in _leading_lines(text):
        if is_title_line(line):
            return _display_line(line)
    return None


def is_title_line(line: str) -> bool:
    """A heading or title-case line that names a license, agreement, policy or terms and has
    at least one word of its own."""
    return title_of_line(line) is not None


def title_of_line(line: str) -> str | None:
    """The line as displayed when it is a title line (`is_title_line`), else None."""
    title = _display_line(line)
    if _is_title_like(title) and (is_heading_line(line) or _is_title_case(title)):
        return title
    return None


def display_line(line: str) -> str:
    """A line as shown to a reader: without heading marks, tags and emphasis."""
    return _display_line(line)


def is_title_like(title: str) -> bool:
    """Whether a displayed line could be a title: it names a license, agreement, policy or
    terms with a word of its own, and is no sentence, link, copyright line or SPDX tag."""
    return _is_title_like(title)


def _is_title_case(line: str) -> bool:
    """Starts with a capital or digit, and most words do too (`Gemma Terms of Use`)."""
    if not (line[:1].isupper() or line[:1].isdigit()):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", line) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _leading_lines(text: str) -> list[str]:
    head = _unify_line_breaks(text[:_TITLE_SCAN_CHARS])
    return [line for line in head.split("\n") if line.strip()][:_TITLE_SCAN_LINES]


def _display_line(line: str) -> str:
    """A line as shown to a reader: without heading marks, tags and emphasis."""
    text = _nfkc(_HTML_TAG.sub(" ", line))
    text = _MD_HEADING.sub("", text.strip())
    text = text.replace("*", " ").replace("_", " ").strip(" \t|")
    return " ".join(text.split())


def _is_title_like(title: str) -> bool:
    if not title or title[0] in "[(" or "://" in title or title.endswith((".", ",", ";", ":")):
        return False
    if re.search(r"[.;!?]\s+\S", title):  # holds a sentence end: a prose line, not a title
        return False
    if is_copyright_line(title) or not _TITLE_KEYWORD.search(title) or _SPDX_TAG.search(title):
        return False
    words = split_words(title.lower())
    if len(words) > _TITLE_MAX_WORDS or (words and words[-1] in _DANGLING_WORDS):
        return False
    return any(not _GENERIC_TITLE_WORD.fullmatch(word) for word in words)


_DANGLING_WORDS = frozenset({"and", "or", "of", "for", "the", "to", "a", "an", "in", "with", "by"})
"""A line ending with one of these is a heading cut by a line break (`TERMS AND CONDITIONS
FOR USE, REPRODUCTION, AND` / `DISTRIBUTION`), not a title on its own."""


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    (compile_pattern(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), ("y", "m", "d")),
    (compile_pattern(_MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.I), ("m", "d", "y")),
    (
        compile_pattern(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.I),
        ("d", "m", "y"),
    ),
    (compile_pattern(_MONTH + r",?\s+((?:19|20)\d\d)\b", re.I), ("m", "y")),
)
_DATE_SCAN_LINES = 6


def extract_date(text: str) -> str | None:
    """The document's own date from its first lines: `YYYY-MM-DD`, or `YYYY-MM` if no day."""
    for line in _leading_lines(text)[:_DATE_SCAN_LINES]:
        if line.lstrip().startswith("[") or is_copyright_line(line):
            continue
        for pattern, order in _DATE_PATTERNS:
            found = pattern.search(line)
            if found is None:
                continue
            parts = dict(zip(order, found.groups(), strict=True))
            month = parts["m"]
            month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
            date = f"{parts['y']}-{month_number:02d}"
            return f"{date}-{int(parts['d']):02d}" if "d" in parts else date
    return None
