"""Clauses of a card's license prose that speak of other works, left out of its reading.

A License section often speaks of several things at once: "The training code is released for
research only; the model weights are Apache 2.0 and may be used commercially." The first
clause binds the code, not the model, and read as the model's terms it would block a
commercial deployment the weights' license allows. A clause is about another work when the
head of its subject (the words before its first verb, up to a preposition or a relative
clause) names a work that is not the model: code, scripts, data, a demo or Space, an app, the
paper, a benchmark, the documentation, examples. A subject that names the model too ("the
model and its code", "the scripts and weights", "this model's training code") keeps the
clause, and so does every clause whose subject cannot be found (a label line, a fragment):
the reading that never drops what may bind the model.

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

from auditor.sources.card_markdown import ABOUT_MODEL

# A clause ends at a sentence end or a semicolon, or before a contrast joining two clauses
# (", while", ", whereas", ", but", ", and the ...").
_CLAUSE_BREAK = re.compile(
    r"(?<=[.!?;])\s+|(?<=[。！？；])|,\s+(?=(?:while|whereas|but|and\s+(?:the|our|its|all))\s)"
    r"|\s+(?=(?:while|whereas)\s)",
    re.IGNORECASE,
)
# A clause opening with a subordinate one ("While the code is MIT, the weights are ...") ends
# that one at its first comma.
_SUBORDINATE = re.compile(r"\W*(?:while|whereas|although|though)\s[^,]*,", re.IGNORECASE)
# Words before the subject that are not part of it.
_OPENING = re.compile(
    r"^\W*(?:(?:please\s+)?note\s+that|however,?|also,?|but|and|while|whereas|in\s+addition,?"
    r"|additionally,?|separately,?)\s+",
    re.IGNORECASE,
)
# The first verb of the clause ends its subject.
_VERB = re.compile(
    r"\b(?:is|are|was|were|may|might|can|cannot|can't|must|shall|should|will|would|remains?"
    r"|stays?|falls?|comes?|has|have|had|belongs?|carries|carry)\b",
    re.IGNORECASE,
)
# The head of a subject ends at a preposition or a relative clause ("the code in this repo",
# "the data we used").
_HEAD_END = re.compile(
    r"\s(?:in|of|for|from|with|at|on|under|by|inside|within|that|which|who|we|you|they|used)\s",
    re.IGNORECASE,
)
_OTHER_WORK = re.compile(
    r"\b(?:code(?:base)?|source|scripts?|data(?:sets?)?|corpus|corpora|demos?|spaces?|apps?"
    r"|applications?|paper|benchmarks?|evaluations?|website|documentation|docs|notebooks?"
    r"|examples?|samples?|images?|figures?|dashboard|leaderboard)\b",
    re.IGNORECASE,
)
_SUBJECT_LIMIT = 80
"""A subject longer than this is no subject found: the clause is kept."""
_CONTRAST = re.compile(
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
_CUE = re.compile(
    _OTHER_WORK.pattern + r"|unlike|contrast|contrary|opposed|anders|gegensatz|contrairement"
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
    for end in [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]:
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


def _blank(chars: list[str], start: int, end: int) -> None:
    """Spaces over chars[start:end], line breaks kept."""
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _about_other_work(clause: str) -> bool:
    text = _OPENING.sub("", clause.strip())
    verb = _VERB.search(text)
    if verb is None or verb.start() == 0 or verb.start() > _SUBJECT_LIMIT:
        return False
    subject = " ".join(text[: verb.start()].split())
    head = _HEAD_END.split(f" {subject} ", maxsplit=1)[0]
    return bool(_OTHER_WORK.search(head)) and not ABOUT_MODEL.search(head)
