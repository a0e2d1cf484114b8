"""Commercial use left out of a grant by an ellipsis: "Research and hobby use is covered by
the LICENSE file. Commercial deployment is not." / "Personal use is licensed, but commercial
use is not." The elided predicate is the one just stated: a grant (covered, licensed,
permitted) withholds commercial use; a restriction ("Research use is restricted. Commercial
use is not.") says the opposite and bans nothing. Pure functions on a parsed document.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence

_ELLIPSIS = lazy_pattern(
    r"(?:^|\bbut\s+|\bwhile\s+|\bwhereas\s+|[,;]\s*)(?:any\s+|all\s+)?(?<![\w-])commercial\s+"
    r"(?:use|uses|usage|deployments?|purposes?|exploitation|activit(?:y|ies))"
    r"(?:\s+of\s+[^.;,]{1,60}?)?\s+(?:is|are)\s+not(?:\s*,?\s*however)?\s*[.;!]?\s*$",
    re.IGNORECASE,
)
"""A clause saying commercial use "is not", the predicate left to the clause before."""
_GRANTED = lazy_pattern(
    r"\b(?:is|are)\s+(?:also\s+)?(?:covered|licensed|granted|permitted|allowed|included|free)\b"
    r"|\b(?:covers?|permits?|allows?|licenses?)\b",
    re.IGNORECASE,
)
"""The predicate elided: the use before it is granted."""
_NOT_GRANTED = lazy_pattern(
    r"\b(?:not|never|no)\b|\b(?:restrict|limit|prohibit|forbid|bann|condition|capp|exclu)\w*",
    re.IGNORECASE,
)
"""A predicate restricting or denying: the ellipsis then says commercial use is free of it."""


def withheld_by_ellipsis(doc: Document) -> list[Sentence]:
    """Sentences (or clauses) leaving commercial use out of the grant the clause before
    them states, by an ellipsis."""
    found: list[Sentence] = []
    previous: Sentence | None = None
    for sentence in doc.sentences:
        if "commercial" in sentence.lower and " not" in sentence.lower:
            ellipsis = _ELLIPSIS.search(sentence.text)
            if ellipsis is not None:
                before = sentence.text[: ellipsis.start()].strip()
                stated = before if len(before.split()) >= 3 else (previous.text if previous else "")
                if _GRANTED.search(stated) and not _NOT_GRANTED.search(stated):
                    found.append(sentence)
        previous = sentence
    return found
