"""Compares extracted terms with a hand label of the shared corpus (LABELS.yaml conventions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from auditor.licenses.terms.extract import ExtractedTerm

LABEL_FIELDS: dict[str, str] = {
    "kind": "kind",
    "commercial_use": "commercial_use",
    "mau_threshold": "mau_threshold",
    "acceptable_use_policy_incorporated": "acceptable_use_policy_incorporated",
    "licensor_may_update_terms": "licensor_may_update_terms",
    "downstream_propagation": "downstream_propagation",
    "output_use_restriction": "output_use_restriction",
    "attribution_required": "attribution_required",
    "naming_requirement": "naming_requirement",
    "patent_termination": "patent_termination",
    "territorial_exclusion_codes": "territorial_exclusions",
    "governing_law_code": "governing_law",
    "use_restrictions": "use_restrictions",
}
"""Label field -> term key it is compared with."""


@dataclass(frozen=True, slots=True)
class FieldCheck:
    """One labelled field against the extracted value."""

    field: str
    expected: object
    extracted: object
    ok: bool


def check_against_label(
    terms: Mapping[str, ExtractedTerm], label: Mapping[str, object]
) -> list[FieldCheck]:
    """Every LABEL_FIELDS field of `label` compared with `terms`, in LABEL_FIELDS order."""
    checks = []
    for field, key in LABEL_FIELDS.items():
        expected = label.get(field)
        extracted = terms[key].value if key in terms else None
        checks.append(FieldCheck(field, expected, extracted, _agrees(field, expected, extracted)))
    return checks


def _agrees(field: str, expected: object, extracted: object) -> bool:
    if field in ("use_restrictions", "territorial_exclusion_codes"):
        return _as_set(expected) == _as_set(extracted)
    if field == "naming_requirement":
        # The label is a sentence quoting the prefix: 'Llama 3' at the beginning ...
        if expected is None or extracted is None:
            return expected is None and extracted is None
        return any(f"{q}{extracted}{q}" in str(expected) for q in ("'", '"', "\u201c"))
    return expected == extracted


def _as_set(value: object) -> set[str]:
    return {str(item) for item in value} if isinstance(value, list | tuple | set) else set()
