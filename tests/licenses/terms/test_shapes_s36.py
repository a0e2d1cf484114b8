"""Shapes read from the misses of rounds P and Q, each beside a twin in the other direction.
Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile


def _scope(body: str) -> list[str]:
    value = extract_terms(f"Kestrel Model Licence\n\n{body}\n")["use_scope"].value
    return [str(word) for word in value] if isinstance(value, list) else []


def _model_terms(files: dict[str, str]) -> dict[str, object]:
    pairs = []
    for path, text in files.items():
        file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=path)
        pairs.append((file, identify_text(text)))
    terms = terms_for_model(pairs, pairs[0][1].match, load_license_db())
    return dict(terms.values)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Research" means the study, testing and evaluation of the Model by any person or '
        "organisation.",
        "Evaluation by any natural or legal person is covered by this grant.",
        "Research includes a company's own in-house evaluation team assessing the Model.",
    ],
)
def test_research_said_to_be_anyones_is_research_by_anyone(sentence: str) -> None:
    assert "research-by-anyone" in _scope(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Research by any person other than an enrolled student is not licensed.",
        "Non-commercial research by any organisation is welcome.",
        "Research by any non-profit organisation is licensed.",
    ],
)
def test_twin_research_kept_to_a_class_is_not_anyones(sentence: str) -> None:
    assert "research-by-anyone" not in _scope(sentence)


_LICENCE = (
    "Kestrel-R Research Licence\n\n1. You may use and modify the Model for Research only, as "
    "defined in MEANINGS.md. Any other use needs a commercial licence from us.\n"
)
_WIDE = (
    '"Research" means testing and evaluation of the Model by any person or organisation, '
    "including a company's own evaluation team.\n"
)


def test_a_definitions_file_the_licence_takes_in_widens_its_research() -> None:
    terms = _model_terms({"LICENSE.txt": _LICENCE, "MEANINGS.md": _WIDE})
    assert "research-by-anyone" in terms["use_scope"]  # type: ignore[operator]


def test_twin_a_definitions_file_the_licence_does_not_name_widens_nothing() -> None:
    licence = _LICENCE.replace(", as defined in MEANINGS.md", "")
    terms = _model_terms({"LICENSE.txt": licence, "MEANINGS.md": _WIDE})
    assert "research-by-anyone" not in (terms["use_scope"] or [])  # type: ignore[operator]


def _value(body: str, key: str) -> object:
    return extract_terms(f"Kestrel Model Licence\n\n{body}\n")[key].value


def test_a_cap_in_compound_words_is_read_whole() -> None:
    body = (
        "1. You may use the model commercially.\n\n2. The grant in clause 1 is limited to "
        "products with no more than two million two hundred and fifty thousand monthly active "
        "users; beyond that you need a commercial licence."
    )
    assert _value(body, "mau_threshold") == 2_250_000


def test_twin_a_cap_in_simple_words_keeps_its_multiplier() -> None:
    body = (
        "1. You may use the model commercially.\n\n2. The grant in clause 1 is limited to "
        "products with no more than two million monthly active users; beyond that you need a "
        "commercial licence."
    )
    assert _value(body, "mau_threshold") == 2_000_000


def test_use_inside_the_organisations_own_business_said_not_commercial() -> None:
    body = (
        "1. You may use the model for non-commercial purposes only.\n\n2. Despite clause 1, a "
        "firm's use of the Model solely within its own organisation, by its own employees, is "
        "not commercial use."
    )
    assert "internal-use-by-anyone" in _words(_value(body, "use_scope"))


def test_twin_use_inside_the_organisation_said_commercial_widens_nothing() -> None:
    body = (
        "1. You may use the model for non-commercial purposes only.\n\n2. A firm's use of the "
        "Model solely within its own organisation is commercial use."
    )
    assert "internal-use-by-anyone" not in _words(_value(body, "use_scope"))


def _words(value: object) -> list[str]:
    return [str(word) for word in value] if isinstance(value, list) else []
