"""Pieces of the CycloneDX ML-BOM shared by its model components (cyclonedx.py) and dataset
components (cyclonedx_data.py): licenses, URIs, bom-refs.

A license match becomes SPDX ids, names or one expression: an OR, or an AND of SPDX ids only,
becomes one SPDX `expression`; an AND that includes a LicenseRef is listed license by license,
since CycloneDX 1.6 allows either a list or a single expression and a list keeps the names. A
LicenseRef is named as the result's license facts recorded it, with its URL.
"""

from __future__ import annotations

from collections.abc import Mapping

from cyclonedx.exception.model import InvalidUriException
from cyclonedx.model import XsUri
from cyclonedx.model.license import (
    DisjunctiveLicense,
    License,
    LicenseAcknowledgement,
    LicenseExpression,
)
from cyclonedx.spdx import is_supported_id

from auditor.licenses.expression import is_choice
from auditor.model import LicenseFacts, LicenseMatch, ModelResult
from auditor.model.kinds import parse_kind
from auditor.report.bom import license_expression, license_ids

Facts = Mapping[str, LicenseFacts]
PROPERTY_PREFIX = "model-license-auditor:"


class BomRefs:
    """Hands out bom-refs, unique within the BOM (a ref seen twice gets `#2`, `#3`, ...)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def take(self, wanted: str) -> str:
        ref, count = wanted, 1
        while ref in self.seen:
            count += 1
            ref = f"{wanted}#{count}"
        self.seen.add(ref)
        return ref


def recorded_match(license_info: object, method: str) -> LicenseMatch | None:
    """A JSON-shaped license (`{id, name, kind}`, as lineage and training data record it) as a
    match; None when it names no license id."""
    if not isinstance(license_info, Mapping) or not license_info.get("id"):
        return None
    name = license_info.get("name")
    return LicenseMatch(
        id=str(license_info["id"]),
        name=None if name is None else str(name),
        spdx=None,
        scancode=None,
        hf=None,
        kind=parse_kind(license_info.get("kind")),
        confidence=0.0,
        method=method,
    )


def model_licenses(model: ModelResult, facts: Facts) -> list[License]:
    """The concluded license, plus the declared one when it differs and fits beside it."""
    concluded = match_licenses(model.effective_license, LicenseAcknowledgement.CONCLUDED, facts)
    declared = model.license
    if declared is None or _covers(model.effective_license, declared):
        return concluded
    extra = match_licenses(declared, LicenseAcknowledgement.DECLARED, facts)
    if not concluded:
        return extra
    if any(isinstance(item, LicenseExpression) for item in (*concluded, *extra)):
        return concluded  # 1.6 takes one expression alone; the declared tag stays a property
    return concluded + extra


def _covers(effective: LicenseMatch | None, declared: LicenseMatch) -> bool:
    """Whether every license the declaration names is part of the effective license."""
    if effective is None or not effective.id or not declared.id:
        return False
    return set(license_ids(declared.id)) <= set(license_ids(effective.id))


def match_licenses(
    match: LicenseMatch | None, acknowledgement: LicenseAcknowledgement, facts: Facts
) -> list[License]:
    if match is None:
        return []
    if not match.id:
        if not match.name:
            return []
        return [DisjunctiveLicense(name=match.name, acknowledgement=acknowledgement)]
    ids = license_ids(match.id)
    if len(ids) > 1:
        spdx_only = all(is_supported_id(i) for i in ids)
        if spdx_only or is_choice(match.id):
            text = license_expression(match.spdx or match.id)
            return [LicenseExpression(text, acknowledgement=acknowledgement)]
    names = _split_names(match.name, len(ids))
    return [_license(i, name, acknowledgement, facts) for i, name in zip(ids, names, strict=True)]


def _license(
    license_id: str, name: str | None, acknowledgement: LicenseAcknowledgement, facts: Facts
) -> DisjunctiveLicense:
    if is_supported_id(license_id):
        return DisjunctiveLicense(id=license_id, acknowledgement=acknowledgement)
    record = facts.get(license_id)
    url = uri(record.links[0]) if record is not None and record.links else None
    return DisjunctiveLicense(
        name=(record.name if record is not None else None) or name or license_id,
        url=url,
        acknowledgement=acknowledgement,
    )


def _split_names(name: str | None, count: int) -> list[str | None]:
    """The names of an AND-joined match, one per id, or None each when they do not line up."""
    parts = name.split(" AND ") if name else []
    return list(parts) if len(parts) == count else [None] * count


def uri(text: str) -> XsUri | None:
    """An XsUri, or None when the library rejects it (a stray `%`, two `#`)."""
    try:
        return XsUri(text)
    except InvalidUriException:
        return None
