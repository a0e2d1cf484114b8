"""A file a licence makes part of itself gives that licence the meanings it defines.

"You may use the Model for Research only, as defined in DEFINITIONS.md" beside a DEFINITIONS.md
saying "Research means research by any person or organisation, a company's own evaluation team
included": the licence's own confinement is research by anyone. The widening use-scope words
(`research-by-anyone`, `internal-use-by-anyone`) bind a combination only when every source
confining use states them, and a carve-out from a redistribution ban (`on-device-shipping`)
only when every source banning redistribution states it (`combine`); a definitions file, a
schedule, an annex or a rider the licence incorporates (`disagree.incorporates`) states them
for the licence that takes it in, so the licence's own source carries them too. Nothing else
moves: every other term of each document binds on its own, the strictest reading winning as
before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.combine import TermSource
from auditor.licenses.terms.disagree import TermDocument, card_taken_in, incorporates
from auditor.licenses.terms.foreign_parts_s38w import card_taken_in_foreign
from auditor.licenses.terms.schedule_files import schedule_parts
from auditor.model import Evidence
from auditor.model.terms import ON_DEVICE_SHIPPING, WIDENING_SCOPES

_CARRIED = WIDENING_SCOPES | {ON_DEVICE_SHIPPING}


def with_incorporated_meanings(
    docs: Sequence[TermDocument], sources: Sequence[TermSource], texts: Mapping[str, str]
) -> list[TermSource]:
    """`sources` (one per document of `docs`, in order) with each licence's use scope widened
    by the widening words of the documents it incorporates."""
    out = list(sources)
    for at, doc in enumerate(docs):
        own = texts.get(doc.path)
        if doc.role != "license" or not own:
            continue
        carried: set[str] = set()
        quotes: list[Evidence] = []
        for other, source in zip(docs, sources, strict=False):
            if other is doc:
                continue
            words = _scope(source) & _CARRIED
            if words and incorporates(own, other.path, texts.get(other.path)):
                carried |= words
                quotes.extend(source.evidence.get("use_scope", ()))
        if not carried or carried <= _scope(out[at]):
            continue
        values = dict(out[at].values)
        values["use_scope"] = sorted(_scope(out[at]) | carried)
        evidence = dict(out[at].evidence)
        evidence["use_scope"] = tuple(dict.fromkeys((*evidence.get("use_scope", ()), *quotes)))
        out[at] = TermSource(values, evidence, out[at].depth)
    return out


def _scope(source: TermSource) -> set[str]:
    value = source.values.get("use_scope")
    return {str(word) for word in value} if isinstance(value, list) else set()


_POINTER_WORDS = 60
"""Words at most in a document that only points to another: a note, not a licence."""
_TERM_WORD = lazy_pattern(
    r"\b(?:not|no|never|nor|must|shall|may|only|solely|except|unless|prohibit\w*|forbid\w*"
    r"|restrict\w*|non-?commercial|research|limit\w*|require\w*|cap|above|exceed\w*)\b"
    r"|n't\b",
    re.IGNORECASE,
)


# what a pointer says that is no term: a licence's title ("the Peltigera Non-Commercial Terms",
# "the Apache License 2.0") and how the documents stand to each other ("our terms add to it and
# do not replace it", "does not supersede the base model's licence")
_NO_TERM_WORDS = lazy_pattern(
    r"\b(?:[A-Z][\w-]*\s+){1,6}(?:Terms|Licen[cs]e|Agreement)(?:\s+(?:v(?:ersion\s*)?)?\d[\d.]*)?"
    r"|\b(?:do|does|shall|will)\s+not\s+(?:replace|supersede|override|displace|change|alter)"
    r"\s+(?:it|them|that|those|(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+)?)\b"
)


def pointing(docs: Sequence[TermDocument], texts: Mapping[str, str]) -> set[str]:
    """The paths of short documents that name another license document of the model and use
    no word of a term ("Licensing: the weights carry their own terms in weights/LICENSE.txt"):
    a note pointing to the licence states no term of its own, so its being unread is no
    finding; the licence it points to binds (and is said if unread). A short note with a
    modal, a negation or a limit ("... and you may not sell it") stays unread and said."""
    out: set[str] = set()
    for doc in docs:
        text = texts.get(doc.path) or ""
        if doc.role not in ("unread", "license") or len(text.split()) > _POINTER_WORDS:
            continue
        if _TERM_WORD.search(_NO_TERM_WORDS.sub(" ", text)):
            continue
        for other in docs:
            if other is doc:
                continue
            path = other.path.split("#")[0]  # the card's licence section is in README.md
            name = PurePosixPath(path).name
            if path in text or (len(name) >= 4 and name in text):
                out.add(doc.path)
    return out | schedule_parts(texts)  # a schedule read through the licence pointing to it


def takes_in_card(texts: Mapping[str, str], card_paths: set[str]) -> bool:
    """Whether a license document other than the card makes the model card part of itself
    ("Clarifications published by the licensor in the model card form part of this
    licence"; in other languages `foreign_parts_s38w.card_taken_in_foreign`: "Taulukko
    alaviitteineen on osa tätä lisenssiä", "kui järgitakse mudelikaardi ... toodud piirangut"):
    the card's prose is then read as licence text, its grants and bans binding."""
    return any(
        card_taken_in(text) or card_taken_in_foreign(text)
        for path, text in texts.items()
        if path not in card_paths
    )
