"""A grant stated without a verb, for `extract`: "Free for small businesses." followed by
"Everyone else: please get a commercial licence ...". The short sentence names a class of
businesses (firms, companies, start-ups) the model is free for; the sentence after it sends
everyone else to a commercial licence, so what the class is given free is commercial use. The
pair is read as "Small businesses may use the model commercially for free.", and the class is
then read as any class grant is (its definition, a cap bounding it).

Only a class whose head word is a business (never "non-commercial users", "researchers",
"students": a class not in business says nothing of commercial use), only a sentence holding
nothing but the class (no condition, negation or "only" is dropped), and only when the next
sentence names a commercial (paid, enterprise) licence for the others. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence, _classified

__all__ = ["with_verbless_grants"]

_BUSINESS = (
    r"(?:businesses|companies|firms|start-?ups|enterprises|organi[sz]ations|teams|ventures"
    r"|sole\s+traders|freelancers)"
)
_FREE_FOR = lazy_pattern(
    r"^\W*(?:(?:it|this\s+model|the\s+model|[A-Z][\w.-]*)\s+is\s+)?free(?:\s+to\s+use"
    r"|\s+of\s+charge)?\s+for\s+(?P<cls>(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}?"
    + _BUSINESS
    + r")\s*[.!]?\s*$",
    re.IGNORECASE,
)
# words in the class that would narrow or turn the grant: left unread
_NARROWING = lazy_pattern(
    r"\bnon\b|\bnon-|\bnot\b|\bno\b|\bonly\b|\bsolely\b|\bpersonal\b|\bacademic\b|\bresearch"
    r"|\bcharit|\bexcept\b|\bunless\b",
    re.IGNORECASE,
)
_OTHERS_PAY = lazy_pattern(
    r"\b(?:everyone|everybody|anyone|all|any\s+one|others?|other\s+(?:users?|licensees?"
    r"|businesses|companies|organi[sz]ations))(?:\s+else)?\b[^.;]{0,80}?\b(?:commercial|paid"
    r"|enterprise|business)\s+licen[cs]e\b",
    re.IGNORECASE,
)


def with_verbless_grants(doc: Document) -> Document:
    """`doc` with each verbless grant to a business class, followed by a sentence sending the
    others to a commercial licence, read as a commercial grant to the class (module
    docstring); `doc` itself when there is none."""
    changed: dict[tuple[int, int], Sentence] = {}
    sentences = doc.sentences
    for index, sentence in enumerate(sentences[:-1]):
        found = _FREE_FOR.match(sentence.text)
        if found is None or sentence.excluded or sentence.definition:
            continue
        cls = found.group("cls").strip()
        if _NARROWING.search(cls) or _OTHERS_PAY.search(sentences[index + 1].text) is None:
            continue
        said = f"{cls[:1].upper()}{cls[1:]} may use the model commercially for free."
        text, lower, prohibitive, excluded, _ = _classified(said)
        changed[(sentence.start, sentence.end)] = replace(
            sentence,
            text=text,
            lower=lower,
            restrictive=sentence.restrictive or prohibitive,
            excluded=excluded,
        )
    if not changed:
        return doc

    def read(sentence: Sentence) -> Sentence:
        return changed.get((sentence.start, sentence.end), sentence)

    new = tuple(map(read, sentences))
    return Document(
        title=doc.title,
        sentences=new,
        clauses=tuple(map(read, doc.clauses)),
        lower="\n".join(s.lower for s in new),
    )
