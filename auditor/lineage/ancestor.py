"""One step of a model's lineage (`Ancestor`), and how repo ids are compared."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from auditor.knowledge.known_models import normalize_repo_id
from auditor.model import Evidence, LicenseMatch

_HF_PREFIXES = ("https://huggingface.co/", "http://huggingface.co/", "huggingface.co/")


@dataclass(frozen=True, slots=True)
class Ancestor:
    """One model in the lineage and the license it brings."""

    ref: str  # repo id as declared
    relation: str | None  # finetune | adapter | merge | quantized | None
    depth: int  # 1 = direct parent; 0 = the model's own repo as the registry knows it
    parent: str | None  # the child that declared it (None at depth 0 and 1: the model itself)
    license: LicenseMatch | None
    resolved_by: str  # hub|registry|declared|snapshot|name|unresolved|cycle|depth-limit
    terms: Mapping[str, object] = field(default_factory=dict)
    term_evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    # How sure the step is: 1.0 for a parent the metadata declares and a license the repo
    # itself or the curated registry gives; lower for a parent stated in prose or inferred
    # from a name, and for a license read from a snapshot or a name rule.
    confidence: float = 1.0
    # Where the parent was stated when not in the front matter (line and quote).
    stated: tuple[Evidence, ...] = ()
    # The families an unresolved step belongs to when its ref is no repo id (the model's own
    # name read as a family of an unknown generation); else read from the ref's name.
    families: tuple[str, ...] = ()
    # An unresolved step: the license the card states for it, and where (stated_license.py).
    stated_license: LicenseMatch | None = None
    stated_license_evidence: tuple[Evidence, ...] = ()


STATED_BY = "card-stated"
"""How a stand-in for an unresolved step is resolved: by the license the card states for it
(only ever passed to the effective license and terms, never listed as an ancestor)."""


# --- repo ids ----------------------------------------------------------------------------------


def strip_hub_url(ref: str) -> str:
    text = ref.strip()
    lowered = text.lower()
    for prefix in _HF_PREFIXES:
        if lowered.startswith(prefix):
            return text[len(prefix) :].strip("/")
    return text


def repo_key(ref: str) -> str:
    """A repo id compared case-insensitively, without revision or URL."""
    text = strip_hub_url(ref)
    return normalize_repo_id(text) or text.lower()
