"""A release split by file name (`LICENSE-CODE` beside `LICENSE-MODEL`) says which document
covers what (licenses/terms/disagree.py): the code's licence and the weights' cover different
things, so a stricter weights licence is no disagreement with the code's. A LICENSE whose name
says nothing of its part still disagrees with a stricter LICENSE-MODEL. Documents written for
these tests."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.disagree import TermDocument, disagreements, part_named
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.model.terms import TERM_KEYS


def _doc(path: str, kind: str, name: str | None, commercial: str | None) -> TermDocument:
    terms = {key: ExtractedTerm(None) for key in TERM_KEYS}
    terms["commercial_use"] = ExtractedTerm(commercial)
    return TermDocument(path=path, role="license", terms=terms, kind=kind, name=name)


@pytest.mark.parametrize(
    ("code", "model"),
    [
        ("LICENSE-CODE", "LICENSE-MODEL"),
        ("code_license.txt", "WEIGHTS_LICENSE.md"),
        ("LICENSE.code", "Model-Weights-License.txt"),
        ("LICENSE_SOFTWARE", "LICENSE_CHECKPOINTS"),
    ],
)
def test_the_codes_licence_beside_a_stricter_weights_licence_is_no_disagreement(
    code: str, model: str
) -> None:
    docs = [
        _doc(code, "permissive-oss", "Apache-2.0", "allowed"),
        _doc(model, "open-weight-restricted", None, "restricted"),
    ]
    assert disagreements(docs, None) == []


def test_an_unscoped_license_beside_a_stricter_weights_licence_still_disagrees() -> None:
    docs = [
        _doc("LICENSE", "permissive-oss", "Apache-2.0", "allowed"),
        _doc("LICENSE-MODEL", "non-commercial", None, "prohibited"),
    ]
    (finding,) = disagreements(docs, None)
    assert finding.rule == "license-files-disagree"


def test_two_documents_for_the_weights_still_disagree() -> None:
    docs = [
        _doc("LICENSE-CODE", "permissive-oss", "Apache-2.0", "allowed"),
        _doc("LICENSE-MODEL", "permissive-oss", "MIT", "allowed"),
        _doc("MODEL_TERMS.md", "non-commercial", None, "prohibited"),
    ]
    (finding,) = disagreements(docs, None)
    assert "LICENSE-MODEL reads as MIT" in finding.message


@pytest.mark.parametrize(
    ("path", "part"),
    [
        ("LICENSE-MODEL", "model"),
        ("weights/LICENSE_WEIGHTS.txt", "model"),
        ("LICENSE-CODE", "other"),
        ("DATA_LICENSE.md", "other"),
        ("LICENSE", None),
        ("LICENSE-APACHE", None),
        ("NOTICE", None),
        ("model.safetensors", None),
        ("CODE_OF_CONDUCT.md", None),
    ],
)
def test_the_part_a_license_files_name_gives_it(path: str, part: str | None) -> None:
    assert part_named(path) == part
