"""The JSON-shaped records a model result carries for its lineage and its alternatives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NotRequired, TypedDict

if TYPE_CHECKING:
    from auditor.model.core import Evidence


class AncestorLicense(TypedDict):
    """The license an ancestor brings, as the result names it."""

    id: str | None
    name: str | None
    kind: str | None  # a LicenseKind word


class LineageStep(TypedDict):
    """One ancestor of a model: who it is, how it was found, and its license."""

    ref: str  # repo id as declared
    relation: str | None  # finetune | adapter | merge | quantized | None
    depth: int  # 1 = direct parent; 0 = the model's own repo as the registry knows it
    parent: str | None  # the child that declared it (None: the model itself)
    license: AncestorLicense | None
    resolved_by: str  # hub | registry | declared | snapshot | name | unresolved | cycle | ...
    confidence: NotRequired[float]  # below 1: a parent from prose or a name, a snapshot license
    stated: NotRequired[list[StatedEvidence]]  # where a parent outside the metadata is stated
    # an unresolved parent: the license the card states for it, and where
    stated_license: NotRequired[AncestorLicense]
    stated_license_evidence: NotRequired[list[StatedEvidence]]


class StatedEvidence(TypedDict):
    """Where the card states a parent that its metadata does not declare."""

    file: str | None
    line: int | None
    text: str


class AlternativeSuggestion(TypedDict):
    """A known model that passes the same policy in the same deployment as a blocked one."""

    repo: str  # an example repo id, or the registry pattern when none can be derived
    is_pattern: bool
    pattern: str
    license_id: str
    license_name: str
    family: str
    verdict: str  # pass or warn
    warnings: list[str]  # rule ids of the warnings it would still get
    why: str
    note: str | None


def stated_place(file: object, line: object) -> str | None:
    """Where a parent the metadata does not declare is stated: "the card's text, README.md line
    8", "config.json line 3"; None for a step inferred rather than stated (from a name or the
    lineage snapshot, whose evidence names no file)."""
    if not isinstance(file, str) or not file:
        return None
    where = f"{file} line {line}" if isinstance(line, int) and line else file
    card = file.lower().endswith((".md", ".markdown")) or file.lower() == "the card"
    return f"the card's text, {where}" if card else where


@dataclass(frozen=True, slots=True)
class ParentLicense:
    """The license a card states for one of its parents ("a fine-tune of X (CC BY-ND 4.0)",
    "X, released under the Llama 3.1 license", or its own license said to be the base's):
    lineage takes it as that parent's license when the parent cannot be resolved."""

    ref: str  # the parent as the metadata or the card names it
    license: str  # the license id the knowledge base identifies the stated name as
    evidence: Evidence
