"""A parsed document read with words replaced in place: a defined term by its definition, a bound
by its amount, a pointer to a schedule by the figure there. The sentence keeps its place (it is
quoted as written) and is classified again (a substitution may make it restrictive). Shared by
`definitions`, `defined_measures` and `annex_refs`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from auditor.licenses.terms.sentences import Document, Sentence, _classified

__all__ = ["substituted"]


def substituted(
    doc: Document,
    pattern: re.Pattern[str],
    replace_with: Callable[[re.Match[str]], str],
    skip: Callable[[Sentence], bool] | None = None,
) -> Document:
    """`doc` with `pattern` replaced in every sentence and clause not excluded (nor `skip`ped);
    `doc` itself when nothing changed."""

    def resolved(sentence: Sentence) -> Sentence:
        if sentence.excluded or (skip is not None and skip(sentence)):
            return sentence
        text = pattern.sub(replace_with, sentence.text)
        if text == sentence.text:
            return sentence
        text, lower, prohibitive, excluded, _ = _classified(text)
        restrictive = sentence.restrictive or prohibitive
        return replace(sentence, text=text, lower=lower, restrictive=restrictive, excluded=excluded)

    sentences = tuple(map(resolved, doc.sentences))
    if sentences == doc.sentences:
        return doc
    return Document(
        title=doc.title,
        sentences=sentences,
        clauses=tuple(map(resolved, doc.clauses)),
        lower="\n".join(s.lower for s in sentences),
    )
