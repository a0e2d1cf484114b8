"""Makes untrusted strings safe for text outputs: terminals, plain files, XML and JSON messages.

Card fields, GGUF strings and file names are written by whoever published the model. In a
terminal, an escape sequence can set the window title, write to the clipboard, hide lines or
fake colours; a bidirectional override can reorder what a reviewer reads. Every such
character is shown instead of obeyed:

- C0 controls (but `\\n` and `\\t` where the format allows them), DEL and C1 controls become
  `\\x1b`-style escapes;
- direction controls (U+061C, U+200E/F, U+202A-202E, U+2066-2069) and the line and paragraph
  separators become `[U+202E]` marks, as in the HTML report;
- lone surrogates (which cannot be written as UTF-8) become `\\udc80`-style escapes.

Text without any of them is returned unchanged (the same object), so normal reports do not
change.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_UNSAFE_ALL = lazy_pattern(f"[\x00-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")
_UNSAFE_KEEP_LINES = lazy_pattern(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")


def _show(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return f"[U+{code:04X}]"


def sanitize_text(text: str, *, multiline: bool = True) -> str:
    """`text` with control, direction and surrogate characters shown as visible escapes.

    `multiline` keeps `\\n` and `\\t` (a text report, a NOTICE file); otherwise they are
    escaped too (one-line fields, error messages).
    """
    pattern = _UNSAFE_KEEP_LINES if multiline else _UNSAFE_ALL
    if pattern.search(text) is None:
        return text
    if multiline:
        text = text.replace("\r\n", "\n")  # Windows line ends are line ends; a lone CR is shown
    return pattern.sub(_show, text)


def sanitize_inline(text: str) -> str:
    """Like `sanitize_text`, but every whitespace character (line ends, U+2028 and the
    separators among C0 and C1 included) is left for the caller to fold into spaces."""
    if _UNSAFE_ALL.search(text) is None:
        return text
    return _UNSAFE_ALL.sub(lambda m: m.group() if m.group().isspace() else _show(m), text)


def sanitize_line(text: str) -> str:
    """One line of text: every control character escaped, `\\n` and `\\t` included."""
    return sanitize_text(text, multiline=False)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def sanitize_json(text: str) -> str:
    """JSON text with the same characters escaped as `\\u009b`: the same data, inert on a
    terminal. Raw newlines and tabs are JSON whitespace, outside strings, and stay."""
    if _UNSAFE_KEEP_LINES.search(text) is None:
        return text
    return _UNSAFE_KEEP_LINES.sub(_json_escape, text)
