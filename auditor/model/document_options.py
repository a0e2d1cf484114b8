"""One option of a choice between a model's own license documents (`licenses/document_choice.py`):
the document, the kind and terms binding whoever takes it, and the sentence offering the choice."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from auditor.model.terms import Terms

if TYPE_CHECKING:
    from auditor.model.core import Evidence


@dataclass(frozen=True, slots=True)
class DocumentOption:
    """The terms of the option `path` (that document with every document that is no option)."""

    path: str
    kind: str | None
    terms: Terms
    term_evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    offered_by: Evidence | None = None
