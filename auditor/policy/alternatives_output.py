"""Alternatives as words and as plain values: a line per suggestion for a terminal, and the
`AlternativeSuggestion` records a result carries (alternatives.py works them out)."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.model.lineage import AlternativeSuggestion
from auditor.policy.alternatives import Alternative


def render_alternatives(model_ref: str, alternatives: Sequence[Alternative]) -> str:
    """Plain text: one line per suggestion with its license and the reason."""
    if not alternatives:
        return f"No registry model passes the policy in this deployment in place of {model_ref}.\n"
    lines = [f"Alternatives to {model_ref}:"]
    for item in alternatives:
        lines.append(f"  {item.repo} ({item.license_id}): {item.why}")
        if item.note:
            lines.append(f"      note: {item.note}")
    return "\n".join(lines) + "\n"


def alternatives_to_dict(alternatives: Sequence[Alternative]) -> list[AlternativeSuggestion]:
    """The suggestions as plain JSON values."""
    return [
        AlternativeSuggestion(
            repo=a.repo,
            is_pattern=a.is_pattern,
            pattern=a.pattern,
            license_id=a.license_id,
            license_name=a.license_name,
            family=a.family,
            verdict=str(a.verdict),
            warnings=list(a.warnings),
            why=a.why,
            note=a.note,
        )
        for a in alternatives
    ]
