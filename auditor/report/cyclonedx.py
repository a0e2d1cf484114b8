"""Renders an AuditResult as a CycloneDX 1.6 ML-BOM (JSON) with cyclonedx-python-lib.

One `machine-learning-model` component per audited model:

- licenses: the effective license the auditor concluded (`acknowledgement: concluded`), as an
  SPDX id, or by name (with the license's URL, as the result's license facts recorded it) when
  it has no SPDX id; an OR, or an AND of SPDX ids only, becomes one SPDX `expression`. An AND
  that includes a LicenseRef is listed license by license, since CycloneDX 1.6 allows either a
  list or a single expression and a list keeps the names: every listed license applies. The
  declared license is added with `acknowledgement: declared` when it differs and no expression
  is in the way; the raw declared tag is kept as the `model-license-auditor:declared-license`.
- license files: `externalReferences` of type `license` carrying the file's SHA-256. They are
  not component `hashes`, which CycloneDX defines as hashes of the component itself (the
  weights): a LICENSE file's hash there would claim the model's files hash to it.
- lineage: `pedigree.ancestors`, nested as declared (a grandparent sits in its parent's
  pedigree), each ancestor with the license lineage resolved for it.
- `modelCard.properties`: verdict, key terms, obligation rules, `needs-input` facts. The library
  has no model-card model yet, so this block is added to the serialised JSON.
- bom-ref `model:<repo id or ref>@<resolved sha>`, serial number a UUID5 of the result,
  timestamp its `generated_at`: the same result renders the same BOM.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

from cyclonedx.model import (
    ExternalReference,
    ExternalReferenceType,
    HashAlgorithm,
    HashType,
    Property,
)
from cyclonedx.model.bom import Bom, BomMetaData
from cyclonedx.model.component import Component, ComponentType, Pedigree
from cyclonedx.model.license import LicenseAcknowledgement
from cyclonedx.model.tool import ToolRepository
from cyclonedx.output.json import JsonV1Dot6

from auditor.fileio.json_text import indented_json
from auditor.model import AuditResult, LicenseFileResult, ModelResult, SourceKind
from auditor.model.inputs import inputs_list
from auditor.report.bom import (
    HUB_RESOLVED,
    document_uuid,
    hub_base,
    hub_purl,
    hub_repo_id,
    is_hub_ref,
    lineage_parents,
)
from auditor.report.bom_artefacts import artefact_properties
from auditor.report.cyclonedx_data import ModelDatasets, dataset_components
from auditor.report.cyclonedx_parts import (
    PROPERTY_PREFIX,
    BomRefs,
    Facts,
    match_licenses,
    model_licenses,
    recorded_match,
    uri,
)

KEY_TERMS = (
    "kind",
    "commercial_use",
    "mau_threshold",
    "revenue_threshold_usd",
    "acceptable_use_policy_incorporated",
    "licensor_may_update_terms",
    "downstream_propagation",
    "output_use_restriction",
    "attribution_required",
    "naming_requirement",
    "use_restrictions",
    "governing_law",
)
"""Terms copied into each model card, in this order; empty or false values are left out."""


def render_cyclonedx(result: AuditResult) -> str:
    """The ML-BOM as indented CycloneDX 1.6 JSON with a final newline."""
    return indented_json(cyclonedx_document(result), ensure_ascii=False) + "\n"


def cyclonedx_document(result: AuditResult) -> dict[str, Any]:
    """The ML-BOM as plain JSON values (the library's output plus the model cards)."""
    refs = BomRefs()
    facts = result.license_facts or {}
    components = [_model_component(m, refs, facts) for m in result.models]
    data, datasets = dataset_components(result.models, refs, facts)
    for (_, model_card), mine in zip(components, datasets, strict=True):
        _add_datasets(model_card, mine)
    timestamp = _timestamp(result.generated_at)
    bom = Bom(
        components=[component for component, _ in components] + data,
        serial_number=document_uuid(result),
        version=1,
        metadata=BomMetaData(
            timestamp=timestamp,
            tools=ToolRepository(
                components=[
                    Component(
                        type=ComponentType.APPLICATION,
                        name=result.tool_name,
                        version=result.tool_version,
                        bom_ref=f"tool:{result.tool_name}@{result.tool_version}",
                    )
                ]
            ),
            properties=_run_properties(result),
        ),
    )
    document: dict[str, Any] = json.loads(JsonV1Dot6(bom).output_as_string())
    if timestamp is not None and timestamp.tzinfo is not None:
        document["metadata"]["timestamp"] = result.generated_at  # the same instant, as written
    cards = {component.bom_ref.value: card for component, card in components}
    for item in document.get("components", []):
        card = cards.get(item.get("bom-ref"))
        if card:
            item["modelCard"] = card
    return document


def _model_component(
    model: ModelResult, refs: BomRefs, facts: Facts
) -> tuple[Component, dict[str, Any]]:
    source = model.source
    sha = source.resolved_sha if source is not None else None
    repo_id = hub_repo_id(model)
    bom_ref = refs.take(f"model:{repo_id or model.ref}" + (f"@{sha}" if sha else ""))
    external = [_license_file_reference(model, f) for f in model.license_files]
    if model.declared.license_link:
        link = uri(model.declared.license_link)
        if link is not None:
            external.append(
                ExternalReference(
                    type=ExternalReferenceType.LICENSE,
                    url=link,
                    comment="license link declared by the model card",
                )
            )
    if repo_id is not None:
        page = uri(f"{hub_base(model)}/{repo_id}")
        if page is not None:
            external.append(
                ExternalReference(
                    type=ExternalReferenceType.DISTRIBUTION, url=page, comment="Hugging Face Hub"
                )
            )
    dataset = source is not None and source.kind is SourceKind.HUB_DATASET  # a dataset target
    component = Component(
        type=ComponentType.DATA if dataset else ComponentType.MACHINE_LEARNING_MODEL,
        name=repo_id or model.ref,
        version=sha or (source.revision if source is not None else None),
        bom_ref=bom_ref,
        purl=hub_purl(repo_id, sha) if repo_id is not None else None,
        licenses=model_licenses(model, facts),
        external_references=[e for e in external if e is not None],
        properties=_model_properties(model),
        pedigree=_pedigree(model, bom_ref, refs, facts),
    )
    return component, _model_card(model)


def _license_file_reference(
    model: ModelResult, item: LicenseFileResult
) -> ExternalReference | None:
    repo_id = hub_repo_id(model)
    source = model.source
    file_path, _, key = item.path.partition("#")  # `license.json#license`: the key a fragment
    path = quote(file_path, safe="/") + (f"#{quote(key, safe='')}" if key else "")
    if repo_id is not None:
        pinned = (source.resolved_sha or source.revision) if source is not None else None
        revision = pinned or "main"
        location = f"{hub_base(model)}/{repo_id}/blob/{revision}/{path}"
    else:
        location = f"{quote(model.ref.rstrip('/'), safe='/:.@')}/{path}"
    url = uri(location)
    if url is None:
        return None
    identified = (
        f"identified as {item.identified_as} ({item.confidence:.2f})"
        if item.identified_as
        else "not identified"
    )
    return ExternalReference(
        type=ExternalReferenceType.LICENSE,
        url=url,
        comment=f"license file {item.path}: {identified}",
        hashes=[HashType(alg=HashAlgorithm.SHA_256, content=item.sha256)] if item.sha256 else [],
    )


def _pedigree(model: ModelResult, own_ref: str, refs: BomRefs, facts: Facts) -> Pedigree | None:
    lineage = model.lineage
    if not lineage:
        return None
    parents = lineage_parents(lineage)

    def ancestors_of(parent: int | None) -> list[Component]:
        return [
            _ancestor(entry, own_ref, refs, facts, ancestors_of(index), model)
            for index, entry in enumerate(lineage)
            if parents[index] == parent
        ]

    return Pedigree(ancestors=ancestors_of(None))


def _ancestor(
    entry: Mapping[str, object],
    own_ref: str,
    refs: BomRefs,
    facts: Facts,
    ancestors: Sequence[Component],
    model: ModelResult,
) -> Component:
    ref = str(entry.get("ref", ""))
    resolved_by = str(entry.get("resolved_by", ""))
    match = recorded_match(entry.get("license"), "lineage")
    licenses = match_licenses(match, LicenseAcknowledgement.CONCLUDED, facts)
    hub = resolved_by in HUB_RESOLVED and is_hub_ref(ref)
    page = uri(f"{hub_base(model)}/{ref}") if hub else None
    properties = [Property(name=f"{PROPERTY_PREFIX}resolved-by", value=resolved_by or "unknown")]
    if entry.get("relation"):
        properties.append(Property(name=f"{PROPERTY_PREFIX}relation", value=str(entry["relation"])))
    return Component(
        type=ComponentType.MACHINE_LEARNING_MODEL,
        name=ref,
        bom_ref=refs.take(f"{own_ref}|ancestor:{ref}"),
        purl=hub_purl(ref, None) if hub else None,
        licenses=licenses,
        external_references=[ExternalReference(type=ExternalReferenceType.DISTRIBUTION, url=page)]
        if page is not None
        else [],
        properties=properties,
        pedigree=Pedigree(ancestors=ancestors) if ancestors else None,
    )


def _model_properties(model: ModelResult) -> list[Property]:
    declared = model.declared.license
    if not declared:
        return artefact_properties(model)  # the hub's scan, the chat template (issue 37)
    text = ", ".join(declared) if isinstance(declared, list) else str(declared)
    declared_property = Property(name=f"{PROPERTY_PREFIX}declared-license", value=text)
    return [declared_property, *artefact_properties(model)]


def _model_card(model: ModelResult) -> dict[str, Any]:
    """`modelCard.properties`: verdict, key terms and the obligations the policy raised."""
    properties = [{"name": f"{PROPERTY_PREFIX}verdict", "value": str(model.verdict)}]
    for key in KEY_TERMS:
        value = model.terms.get(key)
        if value is None or value is False or value == [] or value == "":
            continue
        properties.append({"name": f"{PROPERTY_PREFIX}term:{key}", "value": _term_text(value)})
    properties.extend(
        {"name": f"{PROPERTY_PREFIX}obligation", "value": f"{f.rule}: {f.message}"}
        for f in model.findings
        if f.obligation
    )
    properties.extend(
        {
            "name": f"{PROPERTY_PREFIX}needs-input",
            "value": f"{f.rule}: {inputs_list(f.needs_input)}",
        }
        for f in model.findings
        if f.needs_input and not f.waived
    )
    return {"properties": properties}


def _add_datasets(card: dict[str, Any], datasets: ModelDatasets) -> None:
    """The datasets a model was trained on, as references to their data components; those only
    evaluated on or mentioned as properties (they bind nothing)."""
    if datasets.refs:
        card["modelParameters"] = {"datasets": [{"ref": ref} for ref in datasets.refs]}
    card["properties"].extend(
        {"name": f"{PROPERTY_PREFIX}{role}-dataset", "value": ref} for role, ref in datasets.named
    )


def _run_properties(result: AuditResult) -> list[Property]:
    properties = [Property(name=f"{PROPERTY_PREFIX}run-verdict", value=str(result.verdict))]
    if result.policy is not None:
        properties.append(Property(name=f"{PROPERTY_PREFIX}policy", value=result.policy.name))
        properties.append(
            Property(name=f"{PROPERTY_PREFIX}policy-sha256", value=result.policy.sha256)
        )
    if result.manifest:
        properties.append(Property(name=f"{PROPERTY_PREFIX}manifest", value=result.manifest))
    return properties


def _term_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _timestamp(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
