"""The text of a license document saved as RTF, Word (.docx) or OpenDocument (.odt) (issue 31).

Such a file is not plain text, but its words can be read without an office suite: RTF is
ASCII with control words, and DOCX/ODT are ZIP archives holding one XML body
(`word/document.xml`, `content.xml`). The text is read within bounds (the archive's member
at most `OFFICE_MAX_TEXT_BYTES` uncompressed, read no further, so a ZIP bomb is refused);
anything else, or a broken file, gives None and the file stays unreadable (a finding says so).
"""

from __future__ import annotations

import html
import io
import re
import zipfile

from auditor.fileio.lazy_pattern import lazy_pattern

OFFICE_MAX_TEXT_BYTES = 4 * 1024 * 1024
"""Uncompressed bytes of a DOCX/ODT body read; a larger body is not read."""

_BODIES = ("word/document.xml", "content.xml")
_PARAGRAPH_END = lazy_pattern(r"</(?:w|text):(?:p|h)>|<(?:w:br|w:cr|text:line-break)\b[^<>]*>")
_TAG = lazy_pattern(r"<[^<>]*>")
_RTF_SKIPPED_GROUPS = lazy_pattern(
    r"\{\\(?:\*|(?:fonttbl|colortbl|stylesheet|info|listtable|listoverridetable|pict|header"
    r"|footer|generator)\b)"
)
_RTF_TOKEN = lazy_pattern(
    r"\\'([0-9a-fA-F]{2})|\\u(-?\d+) ?\??|\\([a-zA-Z]+)(-?\d+)? ?|\\(.)|([{}])"
)
_RTF_BREAKS = frozenset({"par", "line", "sect", "page", "row", "cell"})


def office_text(data: bytes) -> str | None:
    """The words of an RTF, DOCX or ODT document, or None when it is none of them or broken."""
    if data.startswith(b"{\\rtf"):
        return rtf_text(data)
    if data.startswith(b"PK\x03\x04"):
        return _zipped_xml_text(data)
    return None


def rtf_text(data: bytes) -> str | None:
    """The text of an RTF document: control words dropped, paragraphs kept, `\\'hh` and
    `\\uN` escapes decoded, font tables and other destinations skipped."""
    source = data.decode("latin-1")
    out: list[str] = []
    depth = 0
    skip_below: int | None = None  # inside a skipped group opened at this depth
    position = 0
    while position < len(source):
        match = _RTF_TOKEN.search(source, position)
        end = match.start() if match else len(source)
        if skip_below is None:
            out.append(source[position:end].replace("\r", "").replace("\n", ""))
        if match is None:
            break
        position = match.end()
        hexa, uni, word, _arg, symbol, brace = match.groups()
        if brace == "{":
            if skip_below is None and _RTF_SKIPPED_GROUPS.match(source, match.start()):
                skip_below = depth
            depth += 1
        elif brace == "}":
            depth -= 1
            if skip_below is not None and depth <= skip_below:
                skip_below = None
        elif skip_below is not None:
            continue
        elif hexa is not None:
            out.append(bytes([int(hexa, 16)]).decode("cp1252", errors="replace"))
        elif uni is not None:
            out.append(chr(int(uni) % 65536))
        elif word in _RTF_BREAKS:
            out.append("\n")
        elif word == "tab":
            out.append("\t")
        elif symbol is not None and symbol in "\\{}":
            out.append(symbol)
    text = re.sub(r"[ \t]+\n", "\n", "".join(out)).strip()
    return text or None


def _zipped_xml_text(data: bytes) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        body = next((name for name in _BODIES if name in names), None)
        if body is None:
            return None
        info = archive.getinfo(body)
        if info.file_size > OFFICE_MAX_TEXT_BYTES:
            return None
        with archive.open(info) as member:
            xml = member.read(OFFICE_MAX_TEXT_BYTES + 1)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError, NotImplementedError):
        return None  # RuntimeError: an encrypted member; NotImplementedError: a compression
    if len(xml) > OFFICE_MAX_TEXT_BYTES:
        return None
    text = _PARAGRAPH_END.sub("\n", xml.decode("utf-8", errors="replace"))
    text = html.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    joined = "\n".join(line for line in lines if line)
    return joined or None
