"""Weights placed under terms the auditor does not hold: their commercial term is unknown.

A document from which no term and no known license could be read (a `MODEL_TERMS.md` that
takes the weights out of the code's license and points to terms on a website) is more than
unread evidence when it says the weights are licensed under terms it names: whatever the code's
license allows, what the weights' own terms allow is unknown, so the commercial-use term is
left unknown (the policy then counts it against the model until reviewed: fail closed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from auditor.licenses.terms.detect import data_rule
from auditor.model import Evidence

_ELSEWHERE = data_rule("document/terms-elsewhere")

UNKNOWN_KEY = "commercial_use"
"""The term such a document leaves unknown."""


def terms_elsewhere(path: str, text: str) -> Evidence | None:
    """The line of `text` placing the model or its weights under terms it names, or None."""
    lines = text.splitlines()
    for number, joined in enumerate(_joined_lines(text), start=1):
        found = _ELSEWHERE.pattern.search(joined) if joined else None
        # quoted at the line the match starts on (the later lines hold it again)
        if found is not None and found.start() < len(lines[number - 1].strip()):
            return Evidence(file=path, line=number, text=joined[found.start() :][:300])
    return None


def _joined_lines(text: str) -> list[str]:
    """Each line with the lines of its paragraph after it joined on (a sentence wrapped over
    several lines is searched whole, quoted at the line it starts on)."""
    lines = text.splitlines()
    joined = []
    for index, line in enumerate(lines):
        rest = []
        for after in lines[index + 1 :]:
            if not after.strip():
                break
            rest.append(after.strip())
        joined.append(" ".join([line.strip(), *rest]) if line.strip() else "")
    return joined


def with_unknown_terms(
    values: Mapping[str, object],
    evidence: Mapping[str, tuple[Evidence, ...]],
    found: Iterable[Evidence],
) -> tuple[dict[str, object], dict[str, tuple[Evidence, ...]]]:
    """`values` and `evidence` with the commercial-use term unknown when a document placed
    the weights under terms not held (`found`, the quoted sentences)."""
    quoted = tuple(found)
    if not quoted:
        return dict(values), dict(evidence)
    return {**values, UNKNOWN_KEY: None}, {**evidence, UNKNOWN_KEY: quoted}
