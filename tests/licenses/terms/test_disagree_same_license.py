"""Two documents identified as the same licence (a card quoting the Gemma Terms beside its own
licence section) disagree only on a stricter term of use, never on the kind alone: a quoted copy
judged modified reads as another kind, and its differences are said by `license-text-modified`
already. Documents of two different licences still disagree on kind."""

from __future__ import annotations

from auditor.licenses.terms.disagree import TermDocument, disagreements
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.model.terms import TERM_KEYS


def _doc(path: str, kind: str, name: str | None, commercial: str | None) -> TermDocument:
    terms = {key: ExtractedTerm(None) for key in TERM_KEYS}
    terms["commercial_use"] = ExtractedTerm(commercial)
    return TermDocument(path=path, role="license", terms=terms, kind=kind, name=name)


GEMMA = "LicenseRef-gemma-terms"


def test_two_copies_of_one_licence_differing_in_kind_only_do_not_disagree() -> None:
    first = _doc("README.md#license", "open-weight-restricted", GEMMA, "allowed")
    quoted = _doc("README.md#license-text", "proprietary-terms", GEMMA, "allowed")
    assert disagreements([first, quoted], None) == []


def test_a_copy_restricting_commercial_use_further_still_disagrees() -> None:
    first = _doc("README.md#license", "open-weight-restricted", GEMMA, "allowed")
    quoted = _doc("README.md#license-text", "non-commercial", GEMMA, "prohibited")
    (finding,) = disagreements([first, quoted], None)
    assert finding.rule == "license-files-disagree"


def test_two_different_licences_still_disagree_on_kind() -> None:
    first = _doc("LICENSE", "permissive-oss", "MIT", "allowed")
    other = _doc("LICENSE-MODEL", "proprietary-terms", "LicenseRef-acme", "allowed")
    (finding,) = disagreements([first, other], None)
    assert finding.rule == "license-files-disagree"
