"""Clauses of a card's license prose that speak of other works, left out of its reading.

A License section often speaks of several things at once: "The training code is released for
research only; the model weights are Apache 2.0 and may be used commercially." The first
clause binds the code, not the model, and read as the model's terms it would block a
commercial deployment the weights' license allows. A clause is about another work when the
head of its subject (the words before its first verb, up to a preposition or a relative
clause) names a work that is not the model: code, scripts, data, a demo or Space, the paper
or report, a benchmark, the documentation; or the card's own app, images or examples picked
out by a determiner ("our Gradio app", "the sample images") but never a class of the model's
uses or outputs ("commercial applications", "generated images"). A subject that names the
model too ("the model and its code", "the scripts and weights", "this model's training code")
keeps the clause, and so does every clause whose subject cannot be found (a fragment): the
reading that never drops what may bind the model. A label whose key names another work
("- Training scripts: non-commercial use only") is that work's.

A clause opening with a comparison ("Unlike many open models, which are non-commercial, X may
be used commercially") speaks, up to its comma, of the works it compares with; the same frame
is read in the languages cards are written in (Chinese, Japanese and Korean put the marker at
the comparison's end: "与……不同，", "……とは異なり、", "……와 달리,"). "Like other models, ..." is
no contrast and is kept.

"Software", "tools", "library" and the tokenizer are not other works here: a card may call
the release itself software, and the tokenizer ships with the weights.

Clauses are blanked with spaces (line breaks kept), so line and column numbers of what is
kept do not move. Consecutive lines are read as one text, since a clause runs over the card's
line breaks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.sources.card_markdown import ABOUT_MODEL

# A clause ends at a sentence end or a semicolon, or before a contrast joining two clauses
# (", while", ", whereas", ", but", ", and the ...").
_CLAUSE_BREAK = lazy_pattern(
    r"(?<=[.!?;])\s+|(?<=[。！？；])|,\s+(?=(?:while|whereas|but)\s)"
    # a list item, a table row or a blank line starts a clause of its own
    r"|\n(?=[ \t]*(?:[-*+|]|\d{1,3}[.)])\s|[ \t]*\n)"
    r"|\s+(?=(?:while|whereas)\s)"
    # a new subject and its verb after a clause that has one: "the code is MIT, the weights
    # are ...", "the code is MIT and the weights are ..." (not "the model and its code are")
    r"|(?P<joint>,?\s+(?=(?:and\s+)?(?:the|our|its|all|this|these)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:is|are|may|can|must|remains?|stays?)\b))",
    re.IGNORECASE,
)
# A clause opening with a subordinate one ("While the code is MIT, the weights are ...") ends
# that one at its first comma.
_SUBORDINATE = lazy_pattern(r"\W*(?:while|whereas|although|though)\s[^,]*,", re.IGNORECASE)
# Words before the subject that are not part of it.
_OPENING = lazy_pattern(
    r"^\W*(?:(?:please\s+)?note\s+that|however,?|also,?|but|and|while|whereas|in\s+addition,?"
    r"|additionally,?|separately,?)\s+",
    re.IGNORECASE,
)
# The first verb of the clause ends its subject.
_VERB = lazy_pattern(
    r"\b(?:is|are|was|were|may|might|can|cannot|can't|must|shall|should|will|would|remains?"
    r"|stays?|falls?|comes?|has|have|had|belongs?|carries|carry)\b",
    re.IGNORECASE,
)
# The head of a subject ends at a preposition or a relative clause ("the code in this repo",
# "the data we used").
_HEAD_END = lazy_pattern(
    r"\s(?:in|of|for|from|with|at|on|under|by|inside|within|that|which|who|we|you|they|used)\s",
    re.IGNORECASE,
)
_OTHER_WORK = lazy_pattern(
    r"\b(?:code(?:base)?|source\s+code|scripts?|data(?:sets?)?|corpus|corpora|demos?|spaces?"
    r"|paper|report|preprint|article|blog|benchmarks?|website|documentation|docs|notebooks?"
    r"|dashboard|leaderboard)\b",
    re.IGNORECASE,
)
# Works named by a class of things a model makes or is used in (images, applications): another
# work only when a determiner picks out this card's own ("our Gradio app", "the sample images
# above"), never as a class ("generated images", "commercial applications": the model's uses).
_SPECIFIC_WORK = lazy_pattern(
    r"^\W*(?:our|the|this|these|those|sample|example|demo|illustrative)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:apps?|applications?|ui"
    r"|interface|images?|figures?|samples?|examples?|screenshots?)\b",
    re.IGNORECASE,
)
# What the model makes is no other work: "the images it generates", "generated samples".
_OUTPUT = lazy_pattern(r"\b(?:generat\w*|outputs?|produced|created)\b", re.IGNORECASE)
# A label line or clause: its key names what the value is about ("- Training scripts: ...").
_LABEL = lazy_pattern(r"^[-*+\s]*\**(?P<key>[^:：*\n]{1,40}?)\**\s*[:：]\s*\S")
_SUBJECT_LIMIT = 80
"""A subject longer than this is no subject found: the clause is kept."""
_CONTRAST = lazy_pattern(
    r"\W*(?:unlike|in\s+contrast\s+to|contrary\s+to|as\s+opposed\s+to|anders\s+als"
    r"|im\s+gegensatz\s+zu|contrairement\s+(?:à|aux?)|à\s+la\s+différence\s+d"
    r"|a\s+diferencia\s+de|al\s+contrario\s+de|ao\s+contrário\s+d|diferentemente\s+d"
    r"|a\s+differenza\s+d|в\s+отличие\s+от)\b[^,，、]{1,200}[,，、]"
    # a relative clause on the works compared runs to its own comma
    r"(?:\s*(?:die|der|das|welche[rs]?|which|that|who|qui|que|lesquel\w*|cuy[oa]s?|которы\w*)"
    r"\b[^,，、]{1,200}[,，、])?"
    r"|\W*与[^，,。；]{1,80}?(?:不同|相比|相反)[，,]"
    r"|[^、，,。]{1,80}?(?:とは異なり|と異なり|とは違い|と違って)[、，,]"
    r"|[^,，.]{1,80}?(?:와|과)\s*(?:달리|다르게)[,，]?",
    re.IGNORECASE,
)
# Any of these in a run of lines: only then are its clauses read.
_CUE = lazy_pattern(
    _OTHER_WORK.pattern + r"|apps?\b|applications?|ui\b|interface|images?|figures?|samples?"
    r"|examples?|screenshots?|unlike|contrast|contrary|opposed|anders|gegensatz|contrairement"
    r"|différence|diferencia|contrario|contrário|diferentemente|differenza|отличие|不同|相比"
    r"|相反|異なり|違い|違って|달리|다르게",
    re.IGNORECASE,
)


def other_work_blanked(lines: Mapping[int, str]) -> dict[int, str]:
    """`lines` (by line number) with every clause about another work, and every comparison
    with other works, replaced by spaces (see the module's docstring)."""
    out = dict(lines)
    for run in _runs(sorted(lines)):
        text = "\n".join(lines[number] for number in run)
        if _CUE.search(text):
            out.update(zip(run, _blanked(text).split("\n"), strict=True))
    return out


def _runs(numbers: list[int]) -> list[list[int]]:
    """Line numbers grouped into runs of consecutive ones."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _blanked(text: str) -> str:
    out = list(text)
    start = 0
    for end in _breaks(text):
        contrast = _CONTRAST.match(text, start, end)
        if contrast:
            _blank(out, start, contrast.end())
            start = contrast.end()
        opening = _SUBORDINATE.match(text, start, end)
        parts = ((start, opening.end()), (opening.end(), end)) if opening else ((start, end),)
        for begin, stop in parts:
            if _about_other_work(text[begin:stop]):
                _blank(out, begin, stop)
        start = end
    return "".join(out)


def _breaks(text: str) -> list[int]:
    """Where the clauses of `text` end: a joint counts only after a clause with a verb."""
    ends: list[int] = []
    for match in _CLAUSE_BREAK.finditer(text):
        start = ends[-1] if ends else 0
        if match.group("joint") is None or _VERB.search(text, start, match.start()):
            ends.append(match.start())
    return [*ends, len(text)]


def _blank(chars: list[str], start: int, end: int) -> None:
    """Spaces over chars[start:end], line breaks kept."""
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _about_other_work(clause: str) -> bool:
    text = _OPENING.sub("", clause.strip())
    label = _LABEL.match(text)
    if label is not None and _names_other_work(label.group("key")):
        return True
    verb = _VERB.search(text)
    if verb is None or verb.start() == 0 or verb.start() > _SUBJECT_LIMIT:
        return False
    subject = " ".join(text[: verb.start()].split())
    head = _HEAD_END.split(f" {subject} ", maxsplit=1)[0]
    return _names_other_work(head)


def _names_other_work(head: str) -> bool:
    other = _OTHER_WORK.search(head) or _SPECIFIC_WORK.search(head)
    return bool(other) and not ABOUT_MODEL.search(head) and not _OUTPUT.search(head)
