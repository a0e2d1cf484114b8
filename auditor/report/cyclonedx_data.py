"""The datasets of the ML-BOM: a `data` component for each dataset a model was trained on.

CycloneDX 1.6 lets `modelCard.modelParameters.datasets` hold an inline data entry or a `ref`
to a component; a component carries the dataset's licenses (as its card declares them: SPDX
ids, names, or one expression) and a bom-ref, so each model card refers to its datasets and two
models trained on the same dataset at the same commit share one component. Datasets only
evaluated on or mentioned bind nothing: they are not components, only named in the model
card's properties.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cyclonedx.model import ExternalReference, ExternalReferenceType, Property
from cyclonedx.model.component import Component, ComponentType
from cyclonedx.model.license import DisjunctiveLicense, License, LicenseAcknowledgement

from auditor.model import ModelResult
from auditor.model.training import TRAINING_ROLES
from auditor.report.bom import hub_base
from auditor.report.cyclonedx_parts import (
    PROPERTY_PREFIX,
    BomRefs,
    Facts,
    match_licenses,
    recorded_match,
    uri,
)

FLAGS = ("research_only", "share_alike", "attribution_required")
"""Data-card terms written as `true` properties when the card states them."""
LISTS = {
    "generated_with": "generated-with",
    "generated_terms": "generated-terms",
    "source_datasets": "source-dataset",
}
"""Data-card lists written one property a value."""
PER_MODEL = frozenset({"ref", "role", "method", "confidence", "stated"})
"""Entry fields about how a model states a dataset, not about the dataset."""


@dataclass(slots=True)
class ModelDatasets:
    """What one model card says of its datasets."""

    refs: list[str] = field(default_factory=list)  # bom-refs of the datasets it was trained on
    named: list[tuple[str, str]] = field(default_factory=list)  # (role, ref): not trained on


def dataset_components(
    models: Sequence[ModelResult], refs: BomRefs, facts: Facts
) -> tuple[list[Component], list[ModelDatasets]]:
    """The data components of every model's training datasets, and each model's share."""
    components: list[Component] = []
    taken: dict[str, str] = {}
    per_model = []
    for model in models:
        mine = ModelDatasets()
        for raw in model.training_data:
            entry: Mapping[str, object] = raw
            role = _text(entry.get("role"))
            if role not in TRAINING_ROLES:
                mine.named.append((role or "mentioned", _name(entry)))
                continue
            key = _key(entry)
            if key not in taken:
                component = _component(entry, model, refs, facts)
                components.append(component)
                taken[key] = component.bom_ref.value or ""
            if taken[key] not in mine.refs:
                mine.refs.append(taken[key])
        per_model.append(mine)
    return components, per_model


def _component(
    entry: Mapping[str, object], model: ModelResult, refs: BomRefs, facts: Facts
) -> Component:
    name = _name(entry)
    revision = _text(entry.get("revision"))
    hub_id = _text(entry.get("hub_id"))
    page = uri(f"{hub_base(model)}/datasets/{hub_id}") if hub_id else None
    return Component(
        type=ComponentType.DATA,
        name=name,
        version=revision or None,
        bom_ref=refs.take(f"dataset:{name}" + (f"@{revision}" if revision else "")),
        licenses=_licenses(entry.get("license"), facts),
        external_references=[
            ExternalReference(
                type=ExternalReferenceType.DISTRIBUTION, url=page, comment="Hugging Face Hub"
            )
        ]
        if page is not None
        else [],
        properties=_properties(entry),
    )


def _licenses(license_info: object, facts: Facts) -> list[License]:
    """The license the dataset's card declares: by id, name or expression; a name alone when it
    was not identified; none when not known."""
    match = recorded_match(license_info, "dataset")
    if match is not None:
        return match_licenses(match, LicenseAcknowledgement.DECLARED, facts)
    name = license_info.get("name") if isinstance(license_info, Mapping) else None
    if not name:
        return []
    return [DisjunctiveLicense(name=str(name), acknowledgement=LicenseAcknowledgement.DECLARED)]


def _properties(entry: Mapping[str, object]) -> list[Property]:
    def prop(key: str, value: str) -> Property:
        return Property(name=f"{PROPERTY_PREFIX}{key}", value=value)

    resolved_by = _text(entry.get("resolved_by")) or "unknown"
    props = [prop("resolved-by", resolved_by)]
    if entry.get("reason"):
        props.append(prop("unresolved-reason", _text(entry.get("reason"))))
    if entry.get("hub_id") and entry.get("ref") and entry.get("ref") != entry.get("hub_id"):
        props.append(prop("stated-as", _text(entry.get("ref"))))
    if entry.get("commercial_use"):
        props.append(prop("commercial-use", _text(entry.get("commercial_use"))))
    props.extend(prop(flag.replace("_", "-"), "true") for flag in FLAGS if entry.get(flag) is True)
    for key, word in LISTS.items():
        values = entry.get(key)
        if isinstance(values, list):
            props.extend(prop(word, str(value)) for value in values if value)
    if entry.get("personal_data"):
        props.append(prop("personal-data", _text(entry.get("personal_data"))))
    return props


def _key(entry: Mapping[str, object]) -> str:
    """What makes two models' entries one dataset component: the dataset and all that was read
    of it, not how each model states it."""
    read = {k: v for k, v in entry.items() if k not in PER_MODEL}
    read["name"] = _name(entry)
    return json.dumps(read, sort_keys=True, default=str)


def _name(entry: Mapping[str, object]) -> str:
    return _text(entry.get("hub_id")) or _text(entry.get("ref")) or "unnamed dataset"


def _text(value: object) -> str:
    return "" if value is None else str(value)
