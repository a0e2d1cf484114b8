"""Reads a Civitai model version's evidence from the REST API: the creator's permissions, the
base model family and the description, never the weights.

A source (sources/registry.py): `civitai:<model id>[@<version id>]`, or a model page's address.
The version id is the pinned revision (`resolved_sha`); unpinned, the latest published version
is read (civitai_api.py). The snapshot carries:

- the model page as a card (`civitai-model-page.md`): front matter declaring the base model of
  the version's family (`license_db/civitai_base_models.yaml`) with the relation its type
  implies (`adapter` for a LoRA or embedding, `finetune` or `merge` for a checkpoint), and the
  license Civitai lists models of that family under (the base's, per the known-models
  registry); the body is the description as text, so a license it names or links is read as
  card prose. The declaration's origin names the page. A family the data does not list is
  declared by its name, which lineage cannot resolve: the effective license stays unknown;
- the permissions as a structured license document (civitai_permissions.py);
- in `provenance`, for each file of the version, Civitai's scans of it, keyed
  `civitai-scan:<file name>`, as a JSON object: `pickleScanResult`, `pickleScanMessage`,
  `virusScanResult`, `virusScanMessage` (Pending, Success, Danger or Error, and the message),
  `scannedAt`, `sha256`, `sizeKB`, `type`, `primary`; beside `civitai-model`,
  `civitai-version` and `civitai-base-model`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.license_db import LicenseRecord, load_license_db
from auditor.model import Finding, LicenseFile, SourceSnapshot, Target
from auditor.model.evidence import EvidenceKind
from auditor.sources.artefact_evidence import artefact_items
from auditor.sources.base import is_safe_repo_path, unsafe_path_finding
from auditor.sources.card import parse_card
from auditor.sources.civitai_api import CivitaiAccess, Fetched, fetch_version
from auditor.sources.civitai_bases import BaseFamily, load_base_families, relation_of
from auditor.sources.civitai_model import CivitaiFile, CivitaiModel, CivitaiVersion
from auditor.sources.civitai_permissions import (
    PERMISSIONS_FILE,
    PERMISSIONS_PATH,
    permissions_document,
)
from auditor.sources.civitai_ref import ref_of_target
from auditor.sources.civitai_scan import scan_summary
from auditor.sources.civitai_text import description_text
from auditor.sources.evidence import gather_evidence

if TYPE_CHECKING:
    from auditor.sources.hub import HubOptions

CARD_PATH = "civitai-model-page.md"
SITE = "https://civitai.com"
SCAN_PREFIX = "civitai-scan:"


def fetch_civitai_snapshot(target: Target, hub: HubOptions) -> SourceSnapshot:
    """The evidence of a Civitai model version; raises TargetError or SourceError when it
    cannot be read (civitai_api.py says which)."""
    access = CivitaiAccess.from_environment(
        offline=hub.offline, timeout=hub.timeout, budget=hub.budget()
    )
    return civitai_snapshot(target, fetch_version(ref_of_target(target), access), access.shown)


def civitai_snapshot(target: Target, got: Fetched, endpoint: str) -> SourceSnapshot:
    """The snapshot of a fetched model version (pure, but for the bundled knowledge)."""
    model, version = got.model, got.version
    page = f"{SITE}/models/{model.id}?modelVersionId={version.id}"
    family = load_base_families().lookup(version.base_model)
    record = _family_record(family)
    known = (record.id, record.name) if record is not None else None
    permissions = permissions_document(model, version.id, page, known)
    names, findings = _file_names(version.files)
    provenance = {
        "civitai-model": f"{endpoint}/api/v1/models/{model.id}",
        "civitai-version": f"{version.id} ({version.name})" if version.name else str(version.id),
        "civitai-base-model": _family_words(version, family),
        **{SCAN_PREFIX + file.name: _scans(file) for file in version.files if file.name in names},
    }
    snapshot = SourceSnapshot(
        target=target,
        revision=target.revision,
        resolved_sha=str(version.id),
        endpoint=endpoint,
        card=parse_card(_card(model, version, family, record)),
        card_path=CARD_PATH,
        license_files=(
            LicenseFile(PERMISSIONS_PATH, None, len(permissions.encode()), permissions, page),
        ),
        files=(PERMISSIONS_FILE, *names),
        provenance=provenance,
        findings=(*got.findings, *findings),
    )
    items = gather_evidence(snapshot)
    origin = f"Civitai model page ({page})"
    items = tuple(
        replace(item, origin=origin, declared=replace(item.declared, origin=origin))
        if item.kind is EvidenceKind.DECLARATION and item.declared is not None
        else item
        for item in items
    )
    listed = [file for file in version.files if file.name in names]
    scans = artefact_items(None, scan_summary(listed), f"{endpoint}/api/v1/models/{model.id}")
    return replace(snapshot, evidence=(*items, *scans))


def _family_record(family: BaseFamily | None) -> LicenseRecord | None:
    """The license of the family's base model, per the known-models registry."""
    known = load_known_models().lookup(family.base_model) if family is not None else None
    return load_license_db().get(known.license) if known is not None else None


def _card(
    model: CivitaiModel,
    version: CivitaiVersion,
    family: BaseFamily | None,
    record: LicenseRecord | None,
) -> str:
    """The model page as a Markdown card; every front matter value is JSON-quoted."""
    relation = relation_of(model.type, model.checkpoint_type)
    base = family.base_model if family is not None else _unknown_base(version)
    front = []
    if record is not None:
        front.append(f"license: {json.dumps(record.hf or 'other')}")
        if not record.hf:
            front.append(f"license_name: {json.dumps(record.name)}")
        if record.links:
            front.append(f"license_link: {json.dumps(record.links[0])}")
    if base is not None:
        front.append(f"base_model: {json.dumps(base)}")
        if relation is not None:
            front.append(f"base_model_relation: {json.dumps(relation)}")
    front.append(f"tags: {json.dumps(['civitai', model.type.lower()])}")
    by = f" by {' '.join(model.creator.split())}" if model.creator else ""
    named = " ".join(version.name.split()) or version.id
    lines = [
        "---",
        *front,
        "---",
        f"# {model.name}",
        "",
        f"A {model.type} on Civitai{by}: version {named} "
        f"({version.id}), base model {_family_words(version, family)}.",
    ]
    description = description_text(model.description)
    if description:
        lines += ["", "## Description", "", description]
    return "\n".join(lines) + "\n"


def _unknown_base(version: CivitaiVersion) -> str | None:
    """A family the data does not list, named as lineage will report it (no Hub repo id, so
    nothing is looked up for it: it stays unresolved)."""
    name = " ".join((version.base_model or "").split())[:80]
    return f"Civitai base model family {name!r} (not in the auditor's knowledge)" if name else None


def _family_words(version: CivitaiVersion, family: BaseFamily | None) -> str:
    stated = version.base_model or "not stated"
    if family is None:
        return f"{stated} (unknown family)"
    note = f"; {family.note}" if family.note else ""
    return f"{stated} ({family.base_model}{note})"


def _file_names(files: tuple[CivitaiFile, ...]) -> tuple[list[str], list[Finding]]:
    names: list[str] = []
    findings: list[Finding] = []
    for file in files:
        if not is_safe_repo_path(file.name) or "/" in file.name:
            findings.append(unsafe_path_finding(file.name))
        elif file.name not in names:
            names.append(file.name)
    return names, findings


def _scans(file: CivitaiFile) -> str:
    """Civitai's scans of one file, as the JSON object the provenance holds."""
    return json.dumps(
        {
            "pickleScanResult": file.pickle_scan,
            "pickleScanMessage": file.pickle_message,
            "virusScanResult": file.virus_scan,
            "virusScanMessage": file.virus_message,
            "scannedAt": file.scanned_at,
            "sha256": file.sha256,
            "sizeKB": file.size_kb,
            "type": file.type,
            "primary": file.primary,
        },
        sort_keys=True,
    )
