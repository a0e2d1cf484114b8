"""The license a card's sentence states for a dataset it names, right after the name: "X, which
its authors release under CC BY-NC 4.0", "X (licensed under ODC-By)", "X (CC BY-SA 4.0)",
"X, whose license is Apache-2.0". Pure.

Only words that make the dataset their subject count: a relative word or pronoun (`which`,
`that`, `whose`, `it`, `they`) before the licensing verb, or a bracket right after the name
holding a license's name (`CC BY-SA 4.0`, `Apache-2.0`) or "licensed under ..." (`(English
subset)` is no license).
"Trained on X and released under Apache-2.0" speaks of the model, not of X, and is not read;
nor is a negated statement ("X, which is not released under ..."). The name is returned as
written (`CC BY-NC 4.0`); resolution (resolve.py) looks it up in the license database, and an
unknown name leaves the dataset's license unread.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_TOKEN = r"(?:[\w+-]|\.(?=\w))+"  # a dot only inside it: `4.0`, not a sentence's end
_NAME = (
    rf"(?P<name>[A-Za-z]{_TOKEN}?(?:[ \t]+{_TOKEN}){{0,7}}?)"
    r"(?=\s*(?:[,;:)\]]|\.(?:\s|$)|$|\s+licen[cs]e\b|\s+\(|\s+(?-i:and|for|with|by|terms)\b))"
)
_DOT = r"(?:[^.;!?\n]|\.(?=\w))"  # within the clause: a dot only inside a token (`v1.0`)
_SUBJECT = r"\b(?:which|that|whose|it|they|both|all\s+of\s+which)\b"
_VERB = (
    r"\b(?:releas\w*|licen[cs]\w*|distribut\w*|publish\w*|shar\w*|offer\w*|provid\w*"
    r"|(?:made\s+)?available|comes?|came|ships?)\b"
)
_UNDER = r"\s+(?:(?:is|are)\s+)?(?:under|as)\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
_RELATIVE = lazy_pattern(
    rf"^{_DOT}{{0,200}}?{_SUBJECT}{_DOT}{{0,60}}?{_VERB}{_DOT}{{0,20}}?{_UNDER}{_NAME}", re.I
)
_WHOSE = lazy_pattern(
    rf"^{_DOT}{{0,200}}?\b(?:whose|its|their)\s+licen[cs]e\s+(?:is|being|:)\s+(?:the\s+)?{_NAME}",
    re.I,
)
_BRACKET = lazy_pattern(
    rf"^\s*[(\[]\s*(?P<said>(?:licen[cs]ed\s+)?under\s+(?:the\s+)?|licen[cs]e\s*[:：]?\s*)?"
    rf"{_NAME}\s*[)\]]",
    re.I,
)
_REFERRED = (  # a sentence whose subject already refers back to the dataset
    lazy_pattern(rf"^{_DOT}{{0,80}}?{_VERB}{_DOT}{{0,20}}?{_UNDER}{_NAME}", re.I),
    lazy_pattern(rf"^{_DOT}{{0,80}}?\blicen[cs]e\s+(?:is|:)\s+(?:the\s+)?{_NAME}", re.I),
)
_LICENSE_LIKE = lazy_pattern(
    r"\b(?:CC|CC0|Creative\s+Commons|Apache|MIT|BSD|L?GPL|AGPL|ODC|ODbL|PDDL|CDLA|MPL|Unlicense"
    r"|OpenRAIL|RAIL|public\s+domain)\b|licen[cs]e",
    re.I,
)
_MODEL = lazy_pattern(r"\b(?:model|weights|checkpoints?|adapters?)\b", re.I)
_NEGATED = lazy_pattern(r"\b(?:not|never|no\s+longer)\b", re.I)
_NOT_NAME = lazy_pattern(r"^(?:the|a|an|this|that|its|their|our|same|which|it)$", re.I)


def license_after(after: str) -> str | None:
    """The license name the words right after a dataset's name state for it, or None."""
    for pattern in (_BRACKET, _RELATIVE, _WHOSE):
        found = pattern.match(after)
        if found is None:
            continue
        if pattern is not _BRACKET and (
            _NEGATED.search(after, 0, found.start("name"))
            or _MODEL.search(after, 0, found.start("name"))
        ):
            return None
        said = pattern is not _BRACKET or found.group("said")
        if not said and not _LICENSE_LIKE.search(found.group("name")):
            continue
        name = found.group("name").strip()
        if not name or _NOT_NAME.match(name) or not any(c.isupper() or c.isdigit() for c in name):
            continue
        return name
    return None


def license_in_sentence(sentence: str) -> str | None:
    """The license a following sentence whose subject refers back to the dataset states for it
    ("That dataset is published under CC BY-NC 4.0", "Its license is ODC-By"), or None."""
    for pattern in _REFERRED:
        found = pattern.match(sentence)
        if found is None or _NEGATED.search(sentence, 0, found.start("name")):
            continue
        name = found.group("name").strip()
        if not _NOT_NAME.match(name) and any(c.isupper() or c.isdigit() for c in name):
            return name
    return None


_PLAIN_LINE = lazy_pattern(r"^\s*(?![#|>`*+-]|\d+[.)]\s)\S")
_SENTENCE_END = lazy_pattern(r"[.!?。！？](?:\s|$)")
TAIL_LIMIT = 400


def continuation(lines: list[str], offset: int) -> str:
    """The words that carry on the sentence ending line `offset` when the paragraph is wrapped
    (a markdown paragraph over several lines): the following plain lines up to the first
    sentence end, at most TAIL_LIMIT characters; empty when the line ends its sentence."""
    if _SENTENCE_END.search(lines[offset].rstrip()[-2:] + " "):
        return ""
    tail: list[str] = []
    size = 0
    for line in lines[offset + 1 : offset + 6]:
        if not _PLAIN_LINE.match(line):
            break
        end = _SENTENCE_END.search(line)
        piece = line.strip() if end is None else line[: end.start() + 1].strip()
        tail.append(piece)
        size += len(piece) + 1
        if end is not None or size >= TAIL_LIMIT:
            break
    return " ".join(tail)[:TAIL_LIMIT]


def stated_license(after: str, tail: tuple[list[str], int] | None = None) -> str | None:
    """license_after of the words after a dataset's name in its sentence and, given the card's
    lines and the index of the line the sentence ends (`tail`), of the words carrying it on
    over the next lines (a wrapped paragraph)."""
    return license_after(f"{after} {continuation(*tail)}" if tail else after)
