"""The options of a choice between the model's own license documents, as `A OR B` options
(`effective.LicenseOption`) for `policy/choice.py` to judge one by one: each option named by its
document, of the kind its documents read as, with its terms AND the binding ancestors' (which
are never optional). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import match_for_id
from auditor.lineage.ancestor import Ancestor
from auditor.lineage.effective import LicenseOption, effective_terms
from auditor.model import Finding, LicenseMatch, ModelResult
from auditor.model.kinds import most_restrictive, parse_kind

__all__ = ["DOCUMENT_CHOICE_METHOD", "document_choice", "without_option_disagreements"]

DOCUMENT_CHOICE_METHOD = "document-choice"


def document_choice(
    model: ModelResult,
    ancestors: Sequence[Ancestor],
    db: LicenseDB,
    *,
    effective: LicenseMatch | None = None,
) -> tuple[LicenseOption, ...]:
    """Each document the licensee may choose, as an option; () when the release offers no
    choice between its documents (`licenses/document_choice.py`). `effective` is the lineage's
    effective license: an option's is it, named by the option and of the stricter of its
    kind and the option's (an ancestor's kind binds whatever is chosen)."""
    if len(model.document_options) < 2:
        return ()
    own = model.license
    confidence = own.confidence if own is not None else 0.0
    # a document identified as a known license is that license (LICENSE-APACHE, LICENSE-MIT)
    known = {f.path: f.identified_as for f in model.license_files if f.identified_as}
    options: list[LicenseOption] = []
    for option in model.document_options:
        kind = parse_kind(option.kind)
        key = known.get(option.path)
        if key is not None and db.get(key) is not None:
            found = match_for_id(key, db, method=DOCUMENT_CHOICE_METHOD, confidence=confidence)
            kind = most_restrictive([found.kind, kind])
            match = replace(found, kind=kind)
        else:
            match = LicenseMatch(
                id=None,
                name=option.path,
                spdx=None,
                scancode=None,
                hf=own.hf if own is not None else None,
                kind=kind,
                confidence=confidence,
                method=DOCUMENT_CHOICE_METHOD,
            )
        bound = match
        if effective is not None and ancestors:
            stricter = most_restrictive([kind, *(a.license.kind for a in ancestors if a.license)])
            bound = replace(effective, name=match.name, kind=stricter)
        under = replace(model, terms=option.terms, term_evidence=dict(option.term_evidence))
        terms, evidence = effective_terms(under, [], ancestors, db)
        options.append(LicenseOption(match, bound, terms, evidence))
    return tuple(options)


def without_option_disagreements(model: ModelResult) -> ModelResult:
    """`model` without the findings that its option documents disagree with each other or
    with the document offering the choice: they are alternatives, not documents binding
    together (the `license-choice` finding says which was judged)."""
    paths = {option.path for option in model.document_options}
    offering = {o.offered_by.file for o in model.document_options if o.offered_by is not None}

    def between_options(finding: Finding) -> bool:
        files = {e.file for e in finding.evidence}
        return (
            finding.rule == _DISAGREE
            and len(files) >= 2
            and bool(files & paths)
            and files <= paths | offering
        )

    kept = tuple(f for f in model.findings if not between_options(f))
    return model if len(kept) == len(model.findings) else replace(model, findings=kept)


_DISAGREE = "license-files-disagree"
