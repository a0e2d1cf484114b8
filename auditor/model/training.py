"""The JSON-shaped record a model result carries for each dataset its evidence names (issue 36).

Analysis fills what the model's own evidence states (`ref`, `role`, `method`, `confidence`,
`stated`), with `resolved_by: "stated"`; resolution (pipeline/datasets.py) then reads each
dataset that trained the model (its Hub dataset repo, or the known-datasets registry) and fills
the license and what the data card says. A dataset that is only evaluated on, compared with or
mentioned is kept for the report and never judged.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

from auditor.model.lineage import AncestorLicense, StatedEvidence

TRAINING_ROLES = ("training", "fine-tuning", "source")
"""Roles whose data went into the weights (or, for a dataset, into the dataset): judged."""
OTHER_ROLES = ("evaluation", "mentioned")
"""Roles that never bind the weights: listed in reports, never judged."""
ROLES = TRAINING_ROLES + OTHER_ROLES

METHODS = (
    "card-metadata",
    "gguf-header",
    "card-prose",
    "card-table",
    "data-card",
    "training-config",
)
"""Where a dataset is stated: the card's `datasets:` key, the GGUF header's dataset keys, a
sentence of the card, a table row, (for a dataset) its card's `source_datasets:`, or a
training configuration or launch script kept beside the weights."""

RESOLVED_BY = ("stated", "hub", "registry", "card", "unresolved", "not-fetched", "described")
"""`stated`: named, not yet looked up (the analysis's answer); `hub`: the dataset repo was
read; `registry`: the known-datasets registry answered; `card`: neither did, and the license
is the one the model card's own table states for it; `unresolved`: it could not be read
(`reason` says why); `not-fetched`: over the per-model bound, offline, or not a Hub id;
`described`: no dataset is named, the model card describes the data by the models that
generated it ("pairs generated with Claude"): nothing to look up, its generators are known."""

TRAINING_RULES = frozenset(
    {
        "training-data-non-commercial",
        "training-data-research-only",
        "training-data-unknown-license",
        "training-data-share-alike",
        "training-data-model-generated",
    }
)
"""The presets' rules over the `training_data.*` facts (policies/default.yaml): their messages
say what a dataset means for the deployment, which the reports show beside each dataset."""

PERSONAL_DATA = ("stated", "consent-stated", "anonymised", "none-stated")
"""What a data card says about personal data: it contains some; it contains some collected
with consent; it was anonymised or removed; it says there is none."""


class TrainingDataEntry(TypedDict):
    """One dataset a model's evidence names, and (once resolved) what binds its use."""

    ref: str  # as stated: a Hub dataset id (`org/name`) or a name
    hub_id: str | None  # the Hub dataset repo it names, when it names one
    role: str  # a ROLES word
    method: str  # a METHODS word
    confidence: float  # 1.0 for metadata; below for prose and tables
    stated: list[StatedEvidence]  # where the model's evidence names it
    resolved_by: str  # a RESOLVED_BY word
    reason: NotRequired[str | None]  # why it is unresolved or not fetched
    revision: NotRequired[str | None]  # the dataset commit read
    license: NotRequired[AncestorLicense | None]  # the dataset's license as read
    license_evidence: NotRequired[list[StatedEvidence]]  # file, line, quote of that license
    commercial_use: NotRequired[str | None]  # allowed | restricted | prohibited; None unknown
    research_only: NotRequired[bool]
    share_alike: NotRequired[bool]
    attribution_required: NotRequired[bool]
    generated_with: NotRequired[list[str]]  # models whose outputs make up the data, as named
    generated_terms: NotRequired[list[str]]  # provider catalog keys whose output terms apply
    personal_data: NotRequired[str | None]  # a PERSONAL_DATA word; None when not said
    source_datasets: NotRequired[list[str]]  # the datasets this one is built from
    unknown_sources: NotRequired[list[str]]  # of those, the ones whose terms no record states
    terms_evidence: NotRequired[dict[str, list[StatedEvidence]]]  # per field above: where


class DataCard(TypedDict):
    """What a dataset's own card says beyond its license (a dataset target's `data_card`): read
    by analysis from the data card's metadata and prose; resolution copies it into the
    TrainingDataEntry of every model trained on the dataset."""

    research_only: bool  # the card or its license confines use to research
    share_alike: bool  # adaptations must carry the same license
    generated_with: list[str]  # models whose outputs make up the data, as the card names them
    generated_terms: list[str]  # provider catalog keys whose output-use terms apply
    personal_data: str | None  # a PERSONAL_DATA word; None when the card does not say
    source_datasets: list[str]  # `source_datasets:` and datasets the card says it is built from
    terms_evidence: dict[str, list[StatedEvidence]]  # per field above: file, line, quote


def is_training(entry: TrainingDataEntry) -> bool:
    """Did this dataset go into the weights (so its terms are judged)?"""
    return entry["role"] in TRAINING_ROLES
