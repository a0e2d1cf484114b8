"""Renders an AuditResult as an SPDX 3.0.1 JSON-LD document with the AI profile.

One `ai_AIPackage` per audited model and per lineage ancestor. Licenses are
`simplelicensing_LicenseExpression` elements reached through `hasDeclaredLicense` (what the
model's metadata declares, as identified) and `hasConcludedLicense` (the effective license the
auditor concluded, including binding ancestors); lineage is `descendantOf` from a model to its
parents, with the Hub relation (finetune, quantized, ...) in the relationship's comment.
License files become `software_File` elements with their SHA-256, linked by `contains`.

spdx-tools cannot write SPDX 3 yet, so the JSON-LD is built here by hand; tests validate it
against the published SPDX 3.0.1 JSON schema. Every spdxId derives from the result (its
`generated_at` and model refs), so the same result always renders the same document.

The small helpers at the top (document_uuid, license_ids, license_expression,
lineage_parents) are shared with the CycloneDX and NOTICE renderers.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from packageurl import PackageURL

from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db
from auditor.model import AuditResult, LicenseMatch, ModelResult, SourceKind

SPDX_VERSION = "3.0.1"
CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
NAMESPACE = "https://spdx.org/spdxdocs/"
"""Where document ids live; the SPDX tools use this prefix for documents without a home."""

DEFAULT_HUB = "https://huggingface.co"
HUB_RESOLVED = frozenset({"hub", "registry"})
"""Lineage entries whose ref is a Hub repo id (not an unresolved or cyclic name)."""

_OPERATORS = frozenset({"AND", "OR", "WITH"})
_CREATION_INFO = "_:creationinfo"
_NO_ASSERTION = "expandedlicensing_NoAssertionLicense"
_NONE = "expandedlicensing_NoneLicense"
_HUB_REPO = re.compile(r"^[A-Za-z0-9][\w.\-]*/[\w.\-]+$")


# --- helpers shared with the other BOM / NOTICE renderers -----------------------------------


def document_uuid(result: AuditResult) -> uuid.UUID:
    """A UUID fixed by the result: its generation time and every model ref and revision."""
    names = [result.tool_name, result.generated_at]
    for model in result.models:
        sha = model.source.resolved_sha if model.source is not None else None
        names.append(f"{model.ref}@{sha or ''}")
    return uuid.uuid5(uuid.NAMESPACE_URL, "\n".join(names))


def license_ids(expression: str | None) -> list[str]:
    """The license ids in `A AND (B OR C)`, in order, without duplicates."""
    if not expression:
        return []
    words = expression.replace("(", " ").replace(")", " ").split()
    return list(dict.fromkeys(w for w in words if w.upper() not in _OPERATORS))


def license_expression(text: str) -> str:
    """`A OR B AND C` as lineage joins it (own license AND each ancestor's): `(A OR B) AND C`.

    The auditor ANDs whole license units, and a unit may itself be an OR; SPDX would read the
    bare string with AND binding tighter, so each OR unit gets parentheses.
    """
    units = text.split(" AND ")
    if len(units) == 1:
        return text.strip()
    return " AND ".join(
        f"({unit.strip()})" if " OR " in unit and not unit.strip().startswith("(") else unit.strip()
        for unit in units
    )


def lineage_parents(lineage: Sequence[Mapping[str, object]]) -> list[int | None]:
    """For each lineage entry, the index of the entry it descends from (None: the model itself).

    An entry names its child by ref (`parent`) one level up; the nearest earlier entry with
    that ref at depth - 1 is taken, else any entry with that ref, else the model.
    """
    parents: list[int | None] = []
    for index, entry in enumerate(lineage):
        parent = entry.get("parent")
        depth = _as_int(entry.get("depth"))
        found: int | None = None
        if parent is not None:
            earlier = [j for j in range(index) if lineage[j].get("ref") == parent]
            same_level = [j for j in earlier if _as_int(lineage[j].get("depth")) == depth - 1]
            candidates = same_level or earlier
            found = candidates[-1] if candidates else None
        parents.append(found)
    return parents


def hub_base(model: ModelResult) -> str:
    """The Hub endpoint the model came from (the public Hub by default)."""
    endpoint = model.source.endpoint if model.source is not None else None
    return (endpoint or DEFAULT_HUB).rstrip("/")


def hub_repo_id(model: ModelResult) -> str | None:
    """The model's Hub repo id, or None for local directories, GGUF files and APIs."""
    source = model.source
    if source is None or source.kind is not SourceKind.HUB:
        return None
    return source.repo_id or model.ref.split("@", 1)[0]


def is_hub_ref(ref: str) -> bool:
    """Whether a lineage ref looks like an `org/name` Hub repo id."""
    return bool(_HUB_REPO.match(ref))


def hub_purl(repo_id: str, sha: str | None) -> PackageURL:
    """The `pkg:huggingface/org/name@sha` package URL (purl's huggingface type)."""
    namespace, _, name = repo_id.rpartition("/")
    return PackageURL(type="huggingface", namespace=namespace or None, name=name, version=sha)


def record_for(db: LicenseDB, license_id: str) -> LicenseRecord | None:
    """The knowledge-base record of a license id (by id, else by alias)."""
    return db.get(license_id) or db.lookup(license_id)


# --- the document ---------------------------------------------------------------------------


def render_spdx3(result: AuditResult, *, db: LicenseDB | None = None) -> str:
    """The SPDX 3.0.1 JSON-LD document (indented, final newline); `db` supplies license URLs."""
    return json.dumps(spdx3_document(result, db=db), indent=2, ensure_ascii=False) + "\n"


def spdx3_document(result: AuditResult, *, db: LicenseDB | None = None) -> dict[str, Any]:
    """The document as plain JSON values."""
    return _Builder(result, db or load_license_db()).build()


class _Builder:
    """Collects graph elements with deterministic ids while walking the result once."""

    def __init__(self, result: AuditResult, db: LicenseDB) -> None:
        self.result = result
        self.db = db
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
            record = record_for(self.db, license_id)
            if record is not None and record.links:
                pairs.append((license_id, record.links[0]))
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
