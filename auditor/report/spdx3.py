"""Renders an AuditResult as an SPDX 3.0.1 JSON-LD document with the AI profile.

One `ai_AIPackage` per audited model and per lineage ancestor. Licenses are
`simplelicensing_LicenseExpression` elements reached through `hasDeclaredLicense` (what the
model's metadata declares, as identified) and `hasConcludedLicense` (the effective license the
auditor concluded, including binding ancestors); lineage is `descendantOf` from a model to its
parents, with the Hub relation (finetune, quantized, ...) in the relationship's comment.
License files become `software_File` elements with their SHA-256, linked by `contains`. The
datasets a model was trained or evaluated on are `dataset_DatasetPackage` elements reached by
`trainedOn` and `testedOn` (spdx3_datasets.py).

spdx-tools cannot write SPDX 3 yet, so the JSON-LD is built here by hand; tests validate it
against the published SPDX 3.0.1 JSON schema. Every spdxId derives from the result (its
`generated_at` and model refs), so the same result always renders the same document.

Custom license ids (LicenseRef-...) get the URL the audit recorded for them in the result's
license facts; the helpers shared with CycloneDX and NOTICE live in report/bom.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from auditor.fileio.json_text import indented_json
from auditor.model import AuditResult, LicenseMatch, ModelResult, SourceKind
from auditor.model.inputs import inputs_words
from auditor.report.bom import (
    HUB_RESOLVED,
    document_uuid,
    facts_for,
    hub_base,
    hub_purl,
    hub_repo_id,
    is_hub_ref,
    license_expression,
    license_ids,
    lineage_parents,
)
from auditor.report.bom_artefacts import artefact_annotations
from auditor.report.spdx3_datasets import add_datasets, dataset_package

SPDX_VERSION = "3.0.1"
CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
NAMESPACE = "https://spdx.org/spdxdocs/"
"""Where document ids live; the SPDX tools use this prefix for documents without a home."""

_CREATION_INFO = "_:creationinfo"
_NO_ASSERTION = "expandedlicensing_NoAssertionLicense"
_NONE = "expandedlicensing_NoneLicense"


# --- the document ---------------------------------------------------------------------------


def render_spdx3(result: AuditResult) -> str:
    """The SPDX 3.0.1 JSON-LD document (indented, final newline)."""
    return indented_json(spdx3_document(result), ensure_ascii=False) + "\n"


def spdx3_document(result: AuditResult) -> dict[str, Any]:
    """The document as plain JSON values."""
    return _Builder(result).build()


class _Builder:
    """Collects graph elements with deterministic ids while walking the result once."""

    def __init__(self, result: AuditResult) -> None:
        self.result = result
        self.base = f"{NAMESPACE}{_slug(result.tool_name)}-{document_uuid(result)}"
        self.graph: list[dict[str, Any]] = []
        self.expressions: dict[tuple[str, tuple[tuple[str, str], ...]], str] = {}
        self.relationships = 0

    def id(self, local: str) -> str:
        return f"{self.base}#{local}"

    def build(self) -> dict[str, Any]:
        result = self.result
        agent = self.id("SoftwareAgent-auditor")
        tool = self.id("Tool-auditor")
        creation: dict[str, Any] = {
            "type": "CreationInfo",
            "@id": _CREATION_INFO,
            "specVersion": SPDX_VERSION,
            "created": _spdx_datetime(result.generated_at),
            "createdBy": [agent],
            "createdUsing": [tool],
        }
        self.add({"type": "SoftwareAgent", "spdxId": agent, "name": result.tool_name})
        self.add(
            {
                "type": "Tool",
                "spdxId": tool,
                "name": f"{result.tool_name} {result.tool_version}",
            }
        )
        data_license = self.expression("CC0-1.0", ())
        roots = [self.model(index, model) for index, model in enumerate(result.models, 1)]
        document: dict[str, Any] = {
            "type": "SpdxDocument",
            "spdxId": self.id("SpdxDocument"),
            "creationInfo": _CREATION_INFO,
            "name": _document_name(result),
            "comment": _document_comment(result),
            "dataLicense": data_license,
            "profileConformance": ["core", "software", "simpleLicensing", "ai"],
            "rootElement": roots,
            "element": [element["spdxId"] for element in self.graph],
        }
        return {"@context": CONTEXT, "@graph": [creation, document, *self.graph]}

    def add(self, element: dict[str, Any]) -> str:
        element.setdefault("creationInfo", _CREATION_INFO)
        self.graph.append(element)
        return str(element["spdxId"])

    def relate(
        self, source: str, kind: str, targets: list[str], comment: str | None = None
    ) -> None:
        self.relationships += 1
        element: dict[str, Any] = {
            "type": "Relationship",
            "spdxId": self.id(f"Relationship-{self.relationships}"),
            "from": source,
            "relationshipType": kind,
            "to": targets,
        }
        if comment:
            element["comment"] = comment
        self.add(element)

    def model(self, index: int, model: ModelResult) -> str:
        package = self.id(f"AIPackage-{index}")
        repo_id = hub_repo_id(model)
        sha = model.source.resolved_sha if model.source is not None else None
        element: dict[str, Any] = {
            "type": "ai_AIPackage",
            "spdxId": package,
            "name": repo_id or model.ref,
            "software_primaryPurpose": "model",
            "comment": f"Audited by {self.result.tool_name}: verdict {model.verdict}"
            + _needs_input(model)
            + (f"; requested as {model.ref}" if repo_id and repo_id != model.ref else ""),
        }
        if repo_id is not None:
            base = hub_base(model)
            element["software_downloadLocation"] = (
                f"{base}/{repo_id}/tree/{sha}" if sha else f"{base}/{repo_id}"
            )
            element["software_homePage"] = f"{base}/{repo_id}"
            element["software_packageUrl"] = hub_purl(repo_id, sha).to_string()
        if sha:
            element["software_packageVersion"] = sha
        if model.source is not None and model.source.kind is SourceKind.HUB_DATASET:
            dataset_package(element)  # a dataset audited as a target, not a model
        self.add(element)
        self.relate(package, "hasDeclaredLicense", [self.declared_license(model)])
        self.relate(
            package,
            "hasConcludedLicense",
            [self.match_license(model.effective_license)],
            comment=None
            if model.effective_license is None
            else f"effective license ({model.effective_license.method})",
        )
        self.license_files(index, model, package)
        self.lineage(index, model, package)
        add_datasets(self, index, model, package)
        for note in artefact_annotations(
            model, package, self.id(f"Annotation-{index}"), _CREATION_INFO
        ):
            self.add(note)  # the hub's scan and the chat template digest (issue 37)
        return package

    def license_files(self, index: int, model: ModelResult, package: str) -> None:
        files = []
        for number, item in enumerate(model.license_files, 1):
            element: dict[str, Any] = {
                "type": "software_File",
                "spdxId": self.id(f"File-{index}-{number}"),
                "name": item.path,
                "software_fileKind": "file",
            }
            if item.sha256:
                element["verifiedUsing"] = [
                    {"type": "Hash", "algorithm": "sha256", "hashValue": item.sha256}
                ]
            files.append(self.add(element))
            if item.identified_as:
                self.relate(
                    element["spdxId"],
                    "hasConcludedLicense",
                    [self.expression(item.identified_as, self.custom_uris([item.identified_as]))],
                    comment=f"identified from the text (confidence {item.confidence:.2f})",
                )
        if files:
            self.relate(package, "contains", files, comment="license files read by the audit")

    def lineage(self, index: int, model: ModelResult, package: str) -> None:
        ids: list[str] = []
        for number, entry in enumerate(model.lineage, 1):
            ref = str(entry.get("ref", ""))
            resolved_by = str(entry.get("resolved_by", ""))
            ancestor = self.id(f"AIPackage-{index}-ancestor-{number}")
            element: dict[str, Any] = {
                "type": "ai_AIPackage",
                "spdxId": ancestor,
                "name": ref,
                "software_primaryPurpose": "model",
                "comment": f"lineage depth {_as_int(entry.get('depth'))}, "
                f"resolved by {resolved_by or 'unknown'}",
            }
            if resolved_by in HUB_RESOLVED and is_hub_ref(ref):
                element["software_downloadLocation"] = f"{hub_base(model)}/{ref}"
                element["software_packageUrl"] = hub_purl(ref, None).to_string()
            ids.append(self.add(element))
            license_info = entry.get("license")
            license_id = license_info.get("id") if isinstance(license_info, Mapping) else None
            text = license_expression(str(license_id)) if license_id else None
            target = (
                self.expression(text, self.custom_uris(license_ids(text)))
                if text
                else _NO_ASSERTION
            )
            self.relate(
                ancestor,
                "hasConcludedLicense",
                [target],
                comment=f"license of the ancestor per {resolved_by or 'unknown'}",
            )
        for entry, ancestor, parent in zip(
            model.lineage, ids, lineage_parents(model.lineage), strict=True
        ):
            child = package if parent is None else ids[parent]
            relation = entry.get("relation")
            self.relate(
                child,
                "descendantOf",
                [ancestor],
                comment=f"relation: {relation}" if relation else "relation: not stated",
            )

    def declared_license(self, model: ModelResult) -> str:
        match = model.license
        if match is not None and match.id:
            return self.match_license(match)
        declared = model.declared.license
        if not declared and match is None:
            return _NONE  # nothing declared at all
        name = (match.name if match is not None else None) or model.declared.license_name
        text = name or (", ".join(declared) if isinstance(declared, list) else str(declared))
        custom = f"LicenseRef-{_slug(text) or 'declared'}"
        link = model.declared.license_link
        return self.expression(
            custom,
            ((custom, link),) if link else (),
            comment=f"declared as {text!r}; not identified by the auditor",
        )

    def match_license(self, match: LicenseMatch | None) -> str:
        if match is None or not match.id:
            return _NO_ASSERTION
        text = license_expression(match.spdx or match.id)
        return self.expression(text, self.custom_uris(license_ids(text)))

    def custom_uris(self, ids: Sequence[str]) -> tuple[tuple[str, str], ...]:
        pairs = []
        for license_id in ids:
            if not license_id.startswith("LicenseRef-"):
                continue
            facts = facts_for(self.result, license_id)
            if facts is not None and facts.links:
                pairs.append((license_id, facts.links[0]))
        return tuple(pairs)

    def expression(
        self, text: str, uris: tuple[tuple[str, str], ...], comment: str | None = None
    ) -> str:
        key = (text, uris)
        if key in self.expressions:
            return self.expressions[key]
        element: dict[str, Any] = {
            "type": "simplelicensing_LicenseExpression",
            "spdxId": self.id(f"LicenseExpression-{len(self.expressions) + 1}"),
            "simplelicensing_licenseExpression": text,
        }
        if uris:
            element["simplelicensing_customIdToUri"] = [
                {"type": "DictionaryEntry", "key": key_id, "value": uri} for key_id, uri in uris
            ]
        if comment:
            element["comment"] = comment
        self.expressions[key] = self.add(element)
        return self.expressions[key]


def _document_name(result: AuditResult) -> str:
    what = result.manifest or ", ".join(m.ref for m in result.models) or "no models"
    return f"AI models audited by {result.tool_name}: {what}"


def _needs_input(model: ModelResult) -> str:
    """`; needs input: deployment.mau (manifest ..., or `--mau`)` when a block waits for one."""
    waiting = [i for f in model.findings if not f.waived and f.needs_input for i in f.needs_input]
    return f"; {inputs_words(waiting)}" if waiting else ""


def _document_comment(result: AuditResult) -> str:
    policy = (
        f"{result.policy.name} (sha256 {result.policy.sha256})"
        if result.policy is not None
        else "none"
    )
    return f"Run verdict {result.verdict}; policy {policy}; generated at {result.generated_at}."


def _spdx_datetime(text: str) -> str:
    """`YYYY-MM-DDThh:mm:ssZ`, the only form SPDX 3 accepts; the text as is if unparseable."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.\-]+", "-", text).strip("-.")


def _as_int(value: object) -> int:
    return value if isinstance(value, int) else 0
