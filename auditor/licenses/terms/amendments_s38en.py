"""More shapes of an amending instruction, for `amendments`: a whole clause replaced by words
set out as a quoted block rather than between quotation marks ('clause 4 is deleted and
replaced by the following:' then '> 4. Size limit. ...' lines), and words added to the end of a
clause ('Clause 7 is amended by adding at its end: "except that you may ..."').

Each is found with the clause it names and the new words; whether it is in force, and whether
the licence holds that clause, `amendments` decides as for its other instructions. An addition
is set after the clause's last sentence, as a sentence of its own ('except that you may ...'
becomes 'Except that you may ...'): the clause's own words are read as they stand, and what the
addition allows is read by its own words, never by taking the clause's ban apart. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["Found", "appended", "found_instructions"]

_UNIT = r"(?:clause|section|article|paragraph|§)\s*(?P<num>\d{1,3}(?:\.\d{1,3})*[a-z]?)"
_OF = r"(?:\s+of\s+[^:;\"“\n]{0,80}?)?"
_SHALL = r"\s+(?:is|shall\s+be|will\s+be)\s+(?:hereby\s+)?"
# the new words as a quoted block: lines opening with '>' after the instruction's colon
_BLOCK = r"[ \t]*\n(?:[ \t]*\n)*(?P<block>(?:[ \t]*>[^\n]*(?:\n|$))+)"
_QUOTED = r"\s*[\"“](?P<new>[^\"“”]{2,2000}?)[\"”]"
_REPLACED = lazy_pattern(
    rf"\b{_UNIT}{_OF}{_SHALL}(?:deleted\s+and\s+)?(?:replaced|substituted)\s+(?:by|with)\s+"
    rf"(?:the\s+following|this)(?:\s+(?:text|words|clause))?\s*:{_BLOCK}",
    re.IGNORECASE,
)
_AT_END = (
    r"(?:at\s+(?:its|the)\s+end(?:\s+of\s+(?:it|that\s+(?:clause|section)))?"
    r"|to\s+(?:its|the)\s+end(?:\s+of\s+(?:it|that\s+(?:clause|section)))?)"
)
_ADDED = lazy_pattern(
    rf"\b{_UNIT}{_OF}{_SHALL}amended\s+by\s+(?:adding|inserting|appending)\s+"
    rf"(?:{_AT_END}(?:\s+the\s+following(?:\s+words)?)?|the\s+following(?:\s+words)?\s+{_AT_END})"
    rf"\s*:?(?:{_QUOTED}|{_BLOCK})",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    num: str
    new: str
    append: bool


def found_instructions(text: str) -> Iterator[Found]:
    """The clause replacements set out as a quoted block, and the additions, in `text`."""
    for pattern, append in ((_REPLACED, False), (_ADDED, True)):
        for match in pattern.finditer(text):
            words = match.groupdict().get("new") or _unquoted(match.group("block") or "")
            new = " ".join(words.split())
            if not append:  # the block restates the clause's number: '> 4. Size limit. ...'
                head = (
                    rf"^(?:(?:clause|section|article)\s*)?{re.escape(match.group('num'))}[.)]?\s+"
                )
                new = re.sub(head, "", new, flags=re.IGNORECASE)
            if new:
                yield Found(match.start(), match.end(), match.group("num"), new, append)


def appended(clause: str, words: str) -> str:
    """`clause` (its text with its number) with `words` added at its end."""
    body = clause.rstrip()
    if body.endswith(".") and words[:1].islower():  # the clause's own words stay as they stand
        words = words[:1].upper() + words[1:]
    return f"{body} {words}\n"


def _unquoted(block: str) -> str:
    return "\n".join(re.sub(r"^[ \t]*>[ \t]?", "", line) for line in block.splitlines())
