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

from collections.abc import Mapping, Sequence

from auditor.licenses.terms.combine import TermSource
from auditor.licenses.terms.disagree import TermDocument, incorporates
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
