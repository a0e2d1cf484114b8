"""The datasets of the SPDX 3 document: a `dataset_DatasetPackage` for each dataset a model
was trained or evaluated on, its license, and how the model relates to it.

A model is `trainedOn` the datasets it was trained or fine-tuned on and `testedOn` those it was
evaluated on; a dataset is a `descendantOf` the datasets its card says it is built from. Each
dataset's license, as its card declares it, is reached through `hasConcludedLicense` like an
ancestor's (report/spdx3.py); a dataset that was not read has `NoAssertion`. Datasets a card
only mentions are left out: the document lists what the model is made from or tested on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from auditor.model import ModelResult
from auditor.report.bom import hub_base, license_expression, license_ids

DATASET = "dataset_DatasetPackage"
NO_ASSERTION = "expandedlicensing_NoAssertionLicense"
RELATIONS = {
    "training": "trainedOn",
    "fine-tuning": "trainedOn",
    "evaluation": "testedOn",
    "source": "descendantOf",
}
"""The relationship from a model (or a dataset) to a dataset of each role; others are left out."""
ROLE_WORDS = {
    "training": "trained on",
    "fine-tuning": "fine-tuned on",
    "evaluation": "evaluated on, not trained on",
    "source": "built from",
}


class Builder(Protocol):
    """What the document builder of report/spdx3.py offers: ids, elements, relationships and
    license expressions (one element per distinct expression)."""

    def id(self, local: str) -> str: ...

    def add(self, element: dict[str, Any]) -> str: ...

    def relate(
        self, source: str, kind: str, targets: list[str], comment: str | None = None
    ) -> None: ...

    def expression(
        self, text: str, uris: tuple[tuple[str, str], ...], comment: str | None = None
    ) -> str: ...

    def custom_uris(self, ids: Sequence[str]) -> tuple[tuple[str, str], ...]: ...


def dataset_package(element: dict[str, Any]) -> dict[str, Any]:
    """An element made a dataset package: its type, purpose and (unknown) data type."""
    element["type"] = DATASET
    element["software_primaryPurpose"] = "data"
    element["dataset_datasetType"] = ["noAssertion"]
    return element


def add_datasets(builder: Builder, index: int, model: ModelResult, package: str) -> None:
    """The model's datasets as packages, with their licenses and relationships to `package`."""
    related: dict[str, list[str]] = {}
    for number, raw in enumerate(model.training_data, 1):
        entry: Mapping[str, object] = raw
        role = _text(entry.get("role"))
        kind = RELATIONS.get(role)
        if kind is None:
            continue
        dataset = builder.add(
            _element(builder.id(f"DatasetPackage-{index}-{number}"), entry, model)
        )
        builder.relate(
            dataset,
            "hasConcludedLicense",
            [_license(builder, entry.get("license"))],
            comment=f"license of the dataset per {_text(entry.get('resolved_by')) or 'unknown'}",
        )
        related.setdefault(kind, []).append(dataset)
    for kind, targets in related.items():
        builder.relate(package, kind, targets, comment=_comment(kind))


def _element(spdx_id: str, entry: Mapping[str, object], model: ModelResult) -> dict[str, Any]:
    name = _text(entry.get("hub_id")) or _text(entry.get("ref")) or "unnamed dataset"
    notes = [ROLE_WORDS.get(_text(entry.get("role")), "named")]
    resolved_by = _text(entry.get("resolved_by")) or "unknown"
    notes.append(f"resolved by {resolved_by}")
    if entry.get("reason"):
        notes.append(f"why: {_text(entry.get('reason'))}")
    if entry.get("research_only") is True:
        notes.append("research only")
    if entry.get("share_alike") is True:
        notes.append("share-alike")
    generated = entry.get("generated_with")
    if isinstance(generated, list) and generated:
        notes.append("made from outputs of " + ", ".join(map(str, generated)))
    if entry.get("personal_data"):
        notes.append(f"personal data: {_text(entry.get('personal_data'))}")
    element = dataset_package({"type": DATASET, "spdxId": spdx_id, "name": name})
    element["comment"] = "; ".join(notes)
    hub_id = _text(entry.get("hub_id"))
    if hub_id:
        element["software_downloadLocation"] = f"{hub_base(model)}/datasets/{hub_id}"
    if entry.get("revision"):
        element["software_packageVersion"] = _text(entry.get("revision"))
    return element


def _license(builder: Builder, license_info: object) -> str:
    if not isinstance(license_info, Mapping):
        return NO_ASSERTION
    ident, name = _text(license_info.get("id")), _text(license_info.get("name"))
    if ident:
        text = license_expression(ident)
        return builder.expression(text, builder.custom_uris(license_ids(text)))
    if not name:
        return NO_ASSERTION
    custom = f"LicenseRef-{_slug(name) or 'dataset'}"
    return builder.expression(
        custom, (), comment=f"declared as {name!r}; not identified by the auditor"
    )


def _comment(kind: str) -> str:
    if kind == "testedOn":
        return "evaluation datasets: named, not trained on; their terms are not judged"
    if kind == "descendantOf":
        return "the datasets this dataset is built from"
    return "training datasets, as the model's card names them"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.\-]+", "-", text).strip("-.")


def _text(value: object) -> str:
    return "" if value is None else str(value)
