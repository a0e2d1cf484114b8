"""Says a license's terms and obligations in plain words, each with its clause."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.knowledge.license_db import LicenseRecord
from auditor.model.term_words import describe_term as describe_term


@dataclass(frozen=True, slots=True)
class Statement:
    """One plain-words sentence about a license, with the clause it comes from."""

    topic: str
    text: str
    clause: str | None


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
