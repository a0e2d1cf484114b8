"""Cleans license lines for clause extraction: unified characters, Markdown and HTML markup
removed, each kept character still knowing its column in the original line."""

from __future__ import annotations

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.text.unicode_fold import fold_confusables, fold_line

_ONE_TO_ONE = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u00a0": " ",
        "\t": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u3000": " ",
    }
)

# Markup removed before matching; each pattern deletes characters, so every kept character
# still knows its column in the original line.
_NEWLINE = compile_pattern(r"\r\n|\r|\n")
_MARKUP_CHARS = frozenset("<*_\\#[")
_HTML_TAG = compile_pattern(r"<[^<>\n]{1,200}>")
_MD_LINK = compile_pattern(r"\[([^\[\]\n]*)\]\(([^()\s]*)\)")
_MD_EMPHASIS = compile_pattern(r"\*\*+|__+|(?<=\S)\*|\*(?=\S)")
_MD_ESCAPE = compile_pattern(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")
_MD_HEADING = compile_pattern(r"^\s*#{1,6}\s*")
# a footnote's reference right after a word ("Permitted[^1]"), never its definition ("[^1]: ")
_MD_FOOTNOTE_REF = compile_pattern(r"(?<=[^\s\[])\[\^[^\]\s]{1,20}\](?!:)")

_UNIFIED = tuple((chr(code), str(new)) for code, new in _ONE_TO_ONE.items())


def unify_chars(text: str) -> str:
    """`text.translate(_ONE_TO_ONE)`, faster: no replacement is itself replaced again, so one
    str.replace per character present does the same in C instead of a lookup per char."""
    for old, new in _UNIFIED:
        if old in text:
            text = text.replace(old, new)
    return text


def clean_lines(
    text: str, raw_lines: list[str] | None = None
) -> tuple[list[tuple[str, list[int] | None]], frozenset[int]]:
    """Each line of `text` as the detectors read it: characters unified, look-alike letters
    folded, NFKC applied and invisible characters dropped (`unicode_fold`), markup stripped;
    with each kept character's column in the original line (None: every column unchanged).
    Also the indexes of the lines where a tag wrapped over a line break was blanked.
    `raw_lines` (`split_lines(text)`, when the caller has them) are shared where unifying
    and folding changed nothing: a line left as it is stays one string, not two."""
    unified = fold_confusables(unify_chars(text))  # one character to one
    # a list of its own: blanking a wrapped tag rewrites lines
    shared = raw_lines is not None and unified == text
    lines = list(raw_lines) if raw_lines is not None and shared else split_lines(unified)
    blanked = _blank_tags_over_line_breaks(lines) if "<" in text else frozenset()
    # A line met again (a card of repeated label lines) shares the first one's cleaning: the
    # cleaned string and its column list are read, never changed, by the layout.
    cleaned: dict[str, tuple[str, list[int] | None]] = {}
    out: list[tuple[str, list[int] | None]] = []
    for line in lines:
        found = cleaned.get(line)
        if found is None:
            found = _clean_line(line)
            if len(cleaned) < _SHARED_LINES:
                cleaned[line] = found
        out.append(found)
    return out, blanked


_SHARED_LINES = 4_096
"""Distinct lines remembered while a text is cleaned: every repeated line of a card, without
a table as large as the text when nothing repeats."""


_TAG_OPEN_AT_END = compile_pattern(r"<[a-zA-Z/][^<>]{0,200}$")
_TAG_CLOSE_AT_START = compile_pattern(r"^[^<>]{0,200}>")


def _blank_tags_over_line_breaks(lines: list[str]) -> frozenset[int]:
    """An HTML tag wrapped over two lines (`<span` / `style="...">`), which the per-line
    cleaning cannot see, replaced by spaces in place: every column keeps its place, and
    wrapping a text cannot leave a tag's words (or the `;` of its style) in it. Returns the
    indexes of the lines changed."""
    blanked: set[int] = set()
    for index in range(len(lines) - 1):
        line = lines[index]
        if line.rfind("<") <= line.rfind(">"):  # no `<` left open: most lines, no regex
            continue
        opened = _TAG_OPEN_AT_END.search(line)
        if opened is None:
            continue
        closed = _TAG_CLOSE_AT_START.match(lines[index + 1])
        if closed is None:
            continue
        lines[index] = lines[index][: opened.start()] + " " * (len(lines[index]) - opened.start())
        lines[index + 1] = " " * closed.end() + lines[index + 1][closed.end() :]
        blanked.update((index, index + 1))
    return frozenset(blanked)


def _clean_line(line: str) -> tuple[str, list[int] | None]:
    folded, fold_cols = fold_line(line)
    stripped, cols = strip_markup(folded)
    if fold_cols is None:
        return stripped, cols
    return stripped, fold_cols if cols is None else [fold_cols[c] for c in cols]


def strip_markup(text: str) -> tuple[str, list[int] | None]:
    """Strip Markdown/HTML markup from one line (already through unify_chars, which maps one
    character to one); return the text and each kept character's column, None when nothing
    was removed and every character keeps its column."""
    if not _MARKUP_CHARS.intersection(text):
        return text, None
    cols = list(range(len(text)))
    for pattern in (_HTML_TAG, _MD_HEADING, _MD_ESCAPE, _MD_FOOTNOTE_REF, _MD_EMPHASIS):
        text, cols = _delete(text, cols, [m.span() for m in pattern.finditer(text)])
    spans: list[tuple[int, int]] = []
    for match in _MD_LINK.finditer(text):
        spans.append((match.start(), match.start() + 1))
        spans.append((match.end(1), match.end()))
    return _delete(text, cols, spans)


def _delete(text: str, cols: list[int], spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Remove the characters under `spans` (which may touch or overlap) from text and cols."""
    if not spans:
        return text, cols
    pieces: list[str] = []
    kept: list[int] = []
    cursor = 0
    for start, end in sorted(spans):
        if start > cursor:
            pieces.append(text[cursor:start])
            kept.extend(cols[cursor:start])
        cursor = max(cursor, end)
    pieces.append(text[cursor:])
    kept.extend(cols[cursor:])
    return "".join(pieces), kept


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them: LF, CRLF or CR ends a line, nothing else does. A line
    met again is the first one's string (up to _SHARED_LINES distinct lines remembered)."""
    # without a CR, LF alone ends a line: str.split does what the regex would, in C
    lines = text.split("\n") if "\r" not in text else _NEWLINE.split(text)
    if len(lines) < _MANY_LINES:
        return lines
    seen: dict[str, str] = {}
    for index, line in enumerate(lines):
        first = seen.get(line)
        if first is not None:
            lines[index] = first
        elif len(seen) < _SHARED_LINES:
            seen[line] = line
    return lines


_MANY_LINES = 1_024
"""Below this many lines a text's repeated lines are too few to be worth a lookup each."""
