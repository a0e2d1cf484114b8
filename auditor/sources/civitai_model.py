"""A Civitai model as its REST API answers it: permissions, versions, files and their scans.

Part of the Civitai source (`civitai`). Pure: JSON bytes in, typed values out; an answer that is
not the documented shape raises `ShapeError` naming the field.

NOTE: the shapes are those of the public API (github.com/civitai/civitai,
`src/pages/api/v1/models/[id].ts` and `model-versions/[id].ts`; developer.civitai.com): a model
has `id`, `name`, `type` (Checkpoint, LORA, LoCon, TextualInversion, ...), `creator.username`,
`description` (HTML), the creator's permissions `allowNoCredit`, `allowCommercialUse` (a list
of None / Image / RentCivit / Rent / Sell; older answers give one of them as a string),
`allowDerivatives`, `allowDifferentLicense`, and `modelVersions` (published only), each with
`id`, `name`, `baseModel` ("SD 1.5", "SDXL 1.0", "Flux.1 D", ...), `publishedAt` and `files`
(`name`, `sizeKB`, `type`, `hashes` by kind, `pickleScanResult` and `virusScanResult`: Pending,
Success, Danger or Error, with their messages and `scannedAt`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

COMMERCIAL_WORDS = ("None", "Image", "RentCivit", "Rent", "Sell")
"""The values of `allowCommercialUse`, from none to the widest."""
MAX_VERSIONS = 2_000
MAX_FILES = 200
_T = TypeVar("_T")


class ShapeError(Exception):
    """The answer is not the documented shape; the message names the field."""


@dataclass(frozen=True, slots=True)
class Permissions:
    """The creator's permissions (the "Civitai permissions" of the model page)."""

    commercial: tuple[str, ...]  # members of COMMERCIAL_WORDS, as the API lists them
    no_credit: bool  # allowNoCredit: using the model needs no credit to the creator
    derivatives: bool  # allowDerivatives: merges and other derivatives may be shared
    different_license: bool  # allowDifferentLicense: derivatives may carry other permissions


@dataclass(frozen=True, slots=True)
class CivitaiFile:
    """One file of a version, with the scans Civitai ran on it (never its bytes)."""

    name: str
    size_kb: float | None
    type: str | None
    sha256: str | None
    pickle_scan: str | None
    pickle_message: str | None
    virus_scan: str | None
    virus_message: str | None
    scanned_at: str | None
    primary: bool


@dataclass(frozen=True, slots=True)
class CivitaiVersion:
    """One published version of a model."""

    id: int
    name: str
    base_model: str | None
    published_at: str | None
    files: tuple[CivitaiFile, ...]


@dataclass(frozen=True, slots=True)
class CivitaiModel:
    """A model page: what it is, who made it, what they permit, and its versions."""

    id: int
    name: str
    type: str
    checkpoint_type: str | None  # "Trained" or "Merge" for a checkpoint, when stated
    creator: str | None
    description: str
    permissions: Permissions
    versions: tuple[CivitaiVersion, ...]

    def version(self, version_id: int) -> CivitaiVersion | None:
        """The version with this id, if the model lists it."""
        return next((v for v in self.versions if v.id == version_id), None)

    def latest(self) -> CivitaiVersion | None:
        """The latest published version: the newest `publishedAt`, else the first listed (the
        API lists the newest first)."""
        dated = [v for v in self.versions if v.published_at]
        if dated:
            return max(dated, key=lambda v: v.published_at or "")
        return self.versions[0] if self.versions else None


def parse_model(data: bytes) -> CivitaiModel:
    """A model answer's bytes as a CivitaiModel; raises ShapeError."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError) as err:
        raise ShapeError("the answer is not JSON") from err
    if not isinstance(doc, dict):
        raise ShapeError("the answer is not a JSON object")
    versions = _field(doc, "modelVersions", list)
    if len(versions) > MAX_VERSIONS:
        raise ShapeError(f"modelVersions lists {len(versions):,} versions")
    creator = doc.get("creator")
    return CivitaiModel(
        id=_id(doc, "id"),
        name=_text(doc, "name"),
        type=_text(doc, "type"),
        checkpoint_type=_optional_text(doc, "checkpointType"),
        creator=_optional_text(creator, "username") if isinstance(creator, dict) else None,
        description=_optional_text(doc, "description") or "",
        permissions=_permissions(doc),
        versions=tuple(_version(v, f"modelVersions[{i}]") for i, v in enumerate(versions)),
    )


def model_id_of_version(data: bytes) -> int | None:
    """The `modelId` a model-version answer names (None when it names none)."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return None
    value = doc.get("modelId") if isinstance(doc, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _permissions(doc: Mapping[str, object]) -> Permissions:
    raw = doc.get("allowCommercialUse")
    words = [raw] if isinstance(raw, str) else raw
    if not isinstance(words, list) or not all(w in COMMERCIAL_WORDS for w in words):
        raise ShapeError(
            "allowCommercialUse is not a list of " + ", ".join(COMMERCIAL_WORDS) + f": {raw!r:.80}"
        )
    return Permissions(
        commercial=tuple(str(w) for w in words),
        no_credit=_field(doc, "allowNoCredit", bool),
        derivatives=_field(doc, "allowDerivatives", bool),
        different_license=_field(doc, "allowDifferentLicense", bool),
    )


def _version(raw: object, where: str) -> CivitaiVersion:
    if not isinstance(raw, dict):
        raise ShapeError(f"{where} is not an object")
    files = raw.get("files", [])
    if not isinstance(files, list):
        raise ShapeError(f"{where}.files is not a list")
    return CivitaiVersion(
        id=_id(raw, "id", where),
        name=_optional_text(raw, "name") or "",
        base_model=_optional_text(raw, "baseModel"),
        published_at=_optional_text(raw, "publishedAt"),
        files=tuple(_file(f, f"{where}.files[{i}]") for i, f in enumerate(files[:MAX_FILES])),
    )


def _file(raw: object, where: str) -> CivitaiFile:
    if not isinstance(raw, dict):
        raise ShapeError(f"{where} is not an object")
    hashes = raw.get("hashes")
    sha = _optional_text(hashes, "SHA256") if isinstance(hashes, dict) else None
    size = raw.get("sizeKB")
    size_kb = None
    if isinstance(size, int | float) and not isinstance(size, bool) and math.isfinite(size):
        size_kb = float(size) if size >= 0 else None
    return CivitaiFile(
        name=_text(raw, "name", where),
        size_kb=size_kb,
        type=_optional_text(raw, "type"),
        sha256=sha.lower() if sha else None,
        pickle_scan=_optional_text(raw, "pickleScanResult"),
        pickle_message=_optional_text(raw, "pickleScanMessage"),
        virus_scan=_optional_text(raw, "virusScanResult"),
        virus_message=_optional_text(raw, "virusScanMessage"),
        scanned_at=_optional_text(raw, "scannedAt"),
        primary=raw.get("primary") is True,
    )


def _field(doc: Mapping[str, object], key: str, kind: type[_T], where: str = "") -> _T:
    value = doc.get(key)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        shown = f"{where}.{key}" if where else key
        what = "missing" if value is None else f"a {type(value).__name__}"
        raise ShapeError(f"{shown} is {what}, not a {kind.__name__}")
    return value


def _id(doc: Mapping[str, object], key: str, where: str = "") -> int:
    value = _field(doc, key, int, where)
    if value <= 0:
        raise ShapeError(f"{where + '.' if where else ''}{key} is not a positive id")
    return value


def _text(doc: Mapping[str, object], key: str, where: str = "") -> str:
    return " ".join(_field(doc, key, str, where).split())[:400]


def _optional_text(doc: object, key: str) -> str | None:
    value = doc.get(key) if isinstance(doc, dict) else None
    return value if isinstance(value, str) and value.strip() else None
