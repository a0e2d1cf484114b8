"""Questions and answers of an FAQ licence read together (for `sentences.parse_document`): a
short answer leaves its subject to the question right before it ("Can I build it into
anything commercial? Only once we have said yes in writing.", "Can I sell outputs? Yes."), so
the two are one sentence, from the question's start to the answer's end, and the answer's
condition is read with the use the question names. An answer that states its own subject
("Use by a business counts as commercial use") and a question followed by another question
stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern

if TYPE_CHECKING:
    from auditor.licenses.terms.sentences import Sentence

Classify = Callable[[str], tuple[str, str, bool, bool, bool]]

_ANSWER = lazy_pattern(
    r"^(?:yes|no|nope|sure|only|not|never|absolutely|certainly|of\s+course|go\s+ahead|please\s+do"
    r"|definitely|indeed|always|generally|mostly|usually)\b",
    re.IGNORECASE,
)


def answered_questions(sentences: list[Sentence], classify: Classify) -> list[Sentence]:
    """`sentences` with each question joined to the short answer right after it (`classify`
    classifies the joined wording as any sentence's: `sentences._classified`)."""
    merged: list[Sentence] = []
    index = 0
    while index < len(sentences):
        question = sentences[index]
        answer = sentences[index + 1] if index + 1 < len(sentences) else None
        if (
            answer is None
            or not question.text.endswith("?")
            or answer.text.endswith("?")
            or not _ANSWER.match(answer.text)
        ):
            merged.append(question)
            index += 1
            continue
        text, lower, prohibitive, excluded, _ = classify(f"{question.text} {answer.text}")
        merged.append(
            replace(
                question,
                text=text,
                lower=lower,
                restrictive=answer.restrictive or prohibitive,
                excluded=answer.excluded or excluded,
                definition=False,
                list_item=answer.list_item,
                end=answer.end,
            )
        )
        index += 2
    return merged
