"""What the audit knows of the model for clauses scoped to some of a license's models
(licenses/terms/model_scope.py): the names it goes by, its parameter count, its modality."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.terms.model_scope import ModelFacts, scoped_out_text
from auditor.model import Category, Evidence, Finding, SourceSnapshot

if TYPE_CHECKING:
    from auditor.licenses.terms.model_terms import IdentifiedFile

_TITLE = lazy_pattern(r"^#[ \t]+(?P<title>[^\n#]{1,120}?)[ \t]*#*[ \t]*$", re.MULTILINE)
_NAME_SIZE = lazy_pattern(r"(?<![A-Za-z0-9.])(?P<n>\d+(?:\.\d+)?)(?P<unit>[bBmM])(?![A-Za-z0-9])")
_PROSE_SIZE = lazy_pattern(
    r"\b(?P<n>\d+(?:\.\d+)?)[\s-]*(?P<unit>billion|B|million|M)[\s-]+parameters?\b",
    re.IGNORECASE,
)


def model_facts(snapshot: SourceSnapshot, modality: str | None) -> ModelFacts:
    """The model's names (repo id, folder, card title), its parameter count read from a name
    ("Heron-8B") or else the card's prose ("the 8-billion-parameter member"), and `modality`."""
    names: list[str] = []
    if snapshot.repo_id:
        names.append(snapshot.repo_id)
    names.append(PurePath(snapshot.target.location).name)
    body = snapshot.card.body if snapshot.card is not None else ""
    title = _TITLE.search(body)
    if title is not None:
        names.append(title.group("title").strip())
    return ModelFacts(tuple(n for n in names if n), _size(names, body), modality)


def _size(names: Sequence[str], body: str) -> float | None:
    for name in names:
        found = _NAME_SIZE.search(name.rsplit("/", 1)[-1])
        if found is not None:
            return _billions(found.group("n"), found.group("unit"))
    prose = _PROSE_SIZE.search(body)
    return _billions(prose.group("n"), prose.group("unit")) if prose else None


def _billions(number: str, unit: str) -> float:
    return float(number) / (1000 if unit.lower() in ("m", "million") else 1)


def scoped_files(
    files: Sequence[IdentifiedFile], facts: ModelFacts
) -> tuple[list[IdentifiedFile], list[Finding]]:
    """The documents with the clauses scoped to other models than this one set aside, and a
    finding for each document that had some, naming the lines set aside and why."""
    kept: list[IdentifiedFile] = []
    findings: list[Finding] = []
    for file, identity in files:
        text = file.text
        scoped = scoped_out_text(text, facts) if text else text
        if text and scoped is not None and not scoped.strip():  # all of it binds other models
            findings.append(_set_aside(file.path, text, scoped, facts))
            continue
        kept.append((file if scoped == text else replace(file, text=scoped), identity))
        if text and scoped and scoped != text:
            findings.append(_set_aside(file.path, text, scoped, facts))
    return kept, findings


def _set_aside(path: str, text: str, scoped: str, facts: ModelFacts) -> Finding:
    """`license-clause-other-models`: which lines of `path` bind other models, not this one."""
    before = text.splitlines()
    after = scoped.splitlines()  # blanking keeps every line break: the lines pair up
    lines = [n for n, (a, b) in enumerate(zip(before, after, strict=False), 1) if a != b]
    known = [f"{facts.parameters_b:g}B parameters"] if facts.parameters_b is not None else []
    known += [f"{facts.modality} input"] if facts.modality else []
    shown = ", ".join(map(str, lines[:8])) + (", ..." if len(lines) > 8 else "")
    message = (
        f"{path}: line{'s' if len(lines) > 1 else ''} {shown} state terms for other models of "
        f"the family (by name, size class or modality) and were set aside for this one"
        + (f" ({', '.join([facts.names[0], *known])})" if facts.names else "")
    )
    quote = before[lines[0] - 1].strip()[:200] if lines else ""
    return Finding(
        rule="license-clause-other-models",
        category=Category.LICENSE,
        severity=observed_severity("license-clause-other-models"),
        message=message,
        evidence=(Evidence(file=path, line=lines[0] if lines else None, text=quote),),
    )
