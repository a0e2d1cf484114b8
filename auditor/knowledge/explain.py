"""Says a license's terms and obligations in plain words, each with its clause."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.knowledge.license_db import LicenseRecord
from auditor.model.kinds import LicenseKind

KIND_WORDS: dict[str, str] = {kind.value: kind.words for kind in LicenseKind}
"""Each license kind in plain words (the words live with the enum)."""


@dataclass(frozen=True, slots=True)
class Statement:
    """One plain-words sentence about a license, with the clause it comes from."""

    topic: str
    text: str
    clause: str | None


def describe_term(key: str, value: object) -> str | None:
    """A sentence saying what a term's value means for the adopter; None when it says nothing."""
    if value is None or value is False or value == []:
        return None
    if key == "commercial_use":
        return {
            "allowed": "Commercial use is allowed.",
            "restricted": "Commercial use is allowed only under the conditions below.",
            "prohibited": "Commercial use is not allowed.",
        }.get(str(value), f"Commercial use: {value}.")
    if key == "mau_threshold" and isinstance(value, int):
        return (
            f"Products with more than {value:,} monthly active users need a separate license "
            "from the licensor."
        )
    if key == "revenue_threshold_usd" and isinstance(value, int):
        return f"Above USD {value:,} of annual revenue a separate license is needed."
    sentences = {
        "acceptable_use_policy_incorporated": "An acceptable-use policy is part of the license: "
        "breaking the policy breaks the license.",
        "licensor_may_update_terms": "The licensor may change the terms or the incorporated "
        "policy later; changes bind you.",
        "downstream_propagation": "The use restrictions must be passed on to everyone who "
        "receives the model or a derivative.",
        "output_use_restriction": "Outputs may not be used to train or improve other models.",
        "attribution_required": "Attribution is required when you distribute or display it.",
        "patent_termination": "The license ends for anyone who sues over patents or other "
        "rights in the model.",
    }
    if key in sentences:
        return sentences[key]
    if key == "naming_requirement":
        return f'Names of derivative models must begin with "{value}".'
    if key == "territorial_exclusions" and isinstance(value, list):
        return f"Rights are withheld for licensees in: {', '.join(map(str, value))}."
    if key == "governing_law":
        if value == "licensee-local":
            return "The governing law depends on where the licensee is."
        return f"Disputes are governed by the law of {value}."
    if key == "venue":
        return f"Disputes go to {value}."
    if key == "use_restrictions" and isinstance(value, list):
        return f"Prohibited uses: {', '.join(map(str, value))}."
    if key == "kind":
        return f"Kind: {KIND_WORDS.get(str(value), str(value))}."
    return f"{key.replace('_', ' ')}: {value}"


def explain_record(record: LicenseRecord) -> list[Statement]:
    """Every term with a value and every obligation, in plain words with clause numbers."""
    statements = []
    for key, term in record.terms.items():
        text = describe_term(key, term.value)
        if text is not None:
            statements.append(Statement(topic=key, text=text, clause=term.clause))
    statements.extend(
        Statement(topic=f"obligation: {o.tag}", text=o.text, clause=o.clause)
        for o in record.obligations
    )
    return statements
