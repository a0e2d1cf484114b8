"""Builds the flat facts a policy judges one model on (see docs/policy-facts.md)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.knowledge.providers import PROVIDER_LICENSE_PREFIX
from auditor.licenses.osi_index import is_osi_approved
from auditor.licenses.terms.record import record_scope
from auditor.model import LicenseMatch, ModelResult, SourceKind
from auditor.model.deployment import (
    DEFAULT_ORGANIZATION_TYPE,
    REGION_GROUPS,
    Deployment,
    annex_iii_citations,
    is_commercial,
    is_research,
    region_codes,
)
from auditor.model.kinds import LicenseKind, most_restrictive
from auditor.model.outputs import api_outputs, generates_imagery, task_outputs
from auditor.model.terms import CLAUSE_KEYS, LIST_KEYS, clause_regions, confined_regions
from auditor.policy.artefact_facts import artefact_facts
from auditor.policy.cap_facts import cap_facts
from auditor.policy.openness import TASK
from auditor.policy.training_facts import training_facts

_SHA = lazy_pattern(r"@(?:[0-9a-f]{40}|sha256:[0-9a-f]{64})$")
"""A reference pinned to what cannot move: a 40-hex commit (Hub, ModelScope) or an Ollama
manifest digest."""
_REVISION_PIN = lazy_pattern(r"[0-9a-f]{40}|sha256:[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class LineageFacts:
    """What lineage concluded, reduced to what policies test."""

    effective: LicenseMatch | None = None
    terms: Mapping[str, object] = field(default_factory=dict)
    license_ids: Sequence[str] = ()
    depth: int = 0
    mismatch: bool = False
    unresolved: bool = False
    # the families an unresolved parent's name places it in, and the licenses those families
    # have had that are more restrictive than the model's own (lineage/unknown.py)
    unresolved_families: Sequence[str] = ()
    stricter_family_licenses: Sequence[str] = ()
    # the model families of the model and the models it was made from (the registry's, and an
    # unresolved parent's by its name), whatever license each carries
    families: Sequence[str] = ()


def build_facts(
    model: ModelResult,
    *,
    db: LicenseDB,
    deployment: Deployment,
    lineage: LineageFacts,
    provider: Mapping[str, object],
    settings: Mapping[str, object],
    today: date,
) -> dict[str, object]:
    """Every fact of docs/policy-facts.md for one model; None where unknown."""
    facts: dict[str, object] = {}
    facts.update(_model_facts(model, deployment))
    facts.update(_license_facts(model.license, db))
    facts["license.declared"] = _declared_words(model)
    facts.update(_effective_facts(lineage, db))
    facts["terms.acceptable_use_policy_location"] = _policy_location(lineage.license_ids, db)
    facts.update(_term_facts(lineage.terms))
    facts.update(
        {
            "lineage.depth": lineage.depth,
            "lineage.mismatch": lineage.mismatch,
            "lineage.unresolved": lineage.unresolved,
            "lineage.unresolved_families": list(lineage.unresolved_families),
            "lineage.families": sorted({*lineage.families, *lineage.unresolved_families}),
            "lineage.unresolved_family_licenses": list(lineage.stricter_family_licenses),
            "lineage.unresolved_relabelled": bool(lineage.stricter_family_licenses),
            "lineage.ancestor_use_scope": ancestor_scope(model, db),
        }
    )
    facts.update(training_facts(model.training_data))
    facts.update(artefact_facts(model.artefacts))
    facts.update(_deployment_facts(deployment))
    places = _as_codes(facts["deployment.region_codes"])
    domicile = _as_codes(facts["organization.domicile_region"])
    facts.update(territorial_facts(lineage.terms, facts.get("model.modality"), places, domicile))
    facts.update(provider)
    if facts.get("effective.link") is None and provider.get("provider.terms_url"):
        facts["effective.link"] = provider["provider.terms_url"]  # an API model's own terms
    facts.update({f"policy.{key}": value for key, value in settings.items()})
    facts["today"] = today.isoformat()
    return facts


def ancestor_scope(model: ModelResult, db: LicenseDB) -> list[str]:
    """The `use_scope` words the records of the model's resolved ancestors state (depth 1 and
    up: the models it was made from, not its own repo): what bound the work it was adapted
    from, whatever the model's own license says (a fine-tune of a no-derivatives model is an
    adaptation of it). An unresolved parent counts with the license the card states for it."""
    words: set[str] = set()
    for step in model.lineage:
        # an unresolved parent's license as the card states it counts (lineage/stated_license)
        found = step.get("license") or step.get("stated_license")
        if step.get("depth", 0) < 1 or not found or not found.get("id"):
            continue
        for part in str(found["id"]).split(" AND "):  # a choice (OR) binds no one option
            record = db.get(part.strip("() "))
            if record is not None:
                words.update(record_scope(record))
    return sorted(words)


def _pinned(model: ModelResult, kind: str | None) -> bool:
    """Is the reference pinned to what cannot move? A commit, an Ollama manifest digest, or a
    Civitai version id (`civitai:<model>@<version>`: a version is published once)."""
    source = model.source
    if _SHA.search(model.ref):
        return True
    if source is not None and source.revision and _REVISION_PIN.fullmatch(source.revision):
        return source.kind is not SourceKind.OLLAMA or "@sha256:" in model.ref
    return kind == "civitai" and re.search(r"@\d+$", model.ref) is not None


def _model_facts(model: ModelResult, deployment: Deployment) -> dict[str, object]:
    source = model.source
    kind = "api" if model.ref.startswith("api:") else (str(source.kind) if source else None)
    hosting = deployment.hosting or ("api" if kind == "api" else "self-hosted")
    modality = deployment.modality or model.modality
    outputs = _outputs(model, kind)
    return {
        "model.ref": model.ref,
        "model.kind": kind,
        "model.repo_id": source.repo_id if source else None,
        "model.pinned": _pinned(model, kind),
        "model.hosting": hosting,
        "model.region": deployment.region,
        # the configured region expanded (DE adds EU and EEA); null when the manifest states none
        "model.region_codes": region_codes([deployment.region]) if deployment.region else None,
        "model.gated": source.gated if source else None,
        "model.audited": model.verdict != "error",
        # the manifest's word first, else what the evidence says (model/modality.py)
        "model.modality": modality,
        "model.output_modalities": None if outputs is None else list(outputs),
        "model.generates_imagery": generates_imagery(outputs, modality),
    }


def _outputs(model: ModelResult, kind: str | None) -> tuple[str, ...] | None:
    """What the model generates (model/outputs.py): an API model's from its name, any other's
    from the card's pipeline tag; None when neither says."""
    if kind == "api":
        return api_outputs(model.ref.removeprefix("api:"))
    task = model.openness.components.get(TASK) if model.openness is not None else None
    return task_outputs(task)


def _license_facts(match: LicenseMatch | None, db: LicenseDB) -> dict[str, object]:
    record = db.get(match.id) if match is not None and match.id is not None else None
    return {
        "license.id": match.id if match else None,
        "license.name": (record.name if record else match.name or match.id) if match else None,
        "license.kind": match.kind if match else None,
        "license.identified": bool(match and match.id),
        "license.confidence": match.confidence if match else 0.0,
        "license.osi_approved": record.osi_approved if record else None,
        "license.osaid_fit": record.osaid_fit if record else None,
    }


def _effective_facts(lineage: LineageFacts, db: LicenseDB) -> dict[str, object]:
    effective = lineage.effective
    ids = [i for i in lineage.license_ids if i]
    # A provider's terms (an `api:` model) are known facts, though not a license record.
    own = [i for i in ids if not i.startswith(PROVIDER_LICENSE_PREFIX)]
    records = [db.get(i) for i in own]
    kinds = sorted({r.kind for r in records if r is not None})
    if any(i.startswith(PROVIDER_LICENSE_PREFIX) for i in ids):
        kinds = sorted({*kinds, LicenseKind.PROPRIETARY_TERMS})
    if effective is not None and effective.kind and effective.kind not in kinds:
        kinds.append(effective.kind)
    proprietary = any(i.startswith(PROVIDER_LICENSE_PREFIX) for i in ids)
    # an unresolved parent leaves the effective license unknown: its known part is not all of it
    unknown = effective is not None and effective.id is None and bool(ids)
    complete = bool(records) and all(r is not None for r in records) and not unknown
    # A license no record describes (an SPDX id ScanCode knows: Zlib, BSL-1.0) is OSI approved
    # when the table derived from ScanCode lists it, else unknown; OSAID fit follows OSI
    # approval for those, as it does for every record (an OSI license has no field-of-use
    # restriction), never the other way round.
    unlisted = [
        i for i, r in zip(own, records, strict=True) if r is None and not is_osi_approved(i)
    ]
    known = bool(records) and not unknown and not unlisted
    osi = _all_true([r.osi_approved for r in records if r is not None]) if known else None
    osaid = _all_true([r.osaid_fit for r in records if r is not None]) if known else None
    named = [r for r in records if r is not None]
    return {
        "effective.id": effective.id if effective else None,
        # for people: the records' names (ids stay in `effective.id(s)` and the details)
        "effective.name": _binding_names(named, effective)
        if named and complete
        else (effective.name or effective.id if effective else None),
        "effective.link": _link(named, effective.kind if effective else None),
        "effective.ids": ids,
        "effective.kinds": sorted(kinds),
        "effective.kind": most_restrictive(kinds),
        "effective.families": sorted({r.family for r in records if r is not None}),
        "effective.identified": not unknown and bool(ids) and all(r is not None for r in records),
        # proprietary terms are known facts: never open source, not "unknown"
        "effective.osi_approved": False if proprietary else osi,
        "effective.osaid_fit": False if proprietary else osaid,
    }


def _policy_location(ids: Sequence[str], db: LicenseDB) -> str | None:
    """Where the use policy of the binding licenses lives, as their records state it: a
    policy incorporated by URL (the licensor may change the page) outranks an attached one."""
    found = set()
    for license_id in ids:
        record = db.get(license_id) if license_id else None
        term = record.terms.get("acceptable_use_policy_location") if record else None
        if term is not None and term.value is not None:
            found.add(str(term.value))
    for location in ("incorporated-by-url", "attached"):
        if location in found:
            return location
    return None


def _binding_names(records: Sequence[LicenseRecord], effective: LicenseMatch | None) -> str:
    """The binding licenses by name: the records', then whatever else the effective license
    names (a document no record matches, "the terms in MODEL_LICENSE"), so a restriction read
    from that document is never put in a permissive record's mouth."""
    names = list(dict.fromkeys(r.name for r in records))
    known = {*names, *(r.id for r in records)}
    parts = (effective.name or "").split(" AND ") if effective is not None else []
    names.extend(p for p in dict.fromkeys(parts) if p and p not in known)
    return " and ".join(names)


def _link(records: Sequence[LicenseRecord], kind: object) -> str | None:
    """The published text of the binding license: the most restrictive record's first link."""
    linked = [r for r in records if r.links]
    strictest = [r for r in linked if r.kind == kind] or linked
    return strictest[0].links[0] if strictest else None


def _all_true(values: Sequence[bool | None]) -> bool | None:
    if any(v is False for v in values):
        return False
    if any(v is None for v in values):
        return None
    return True


def territorial_facts(
    terms: Mapping[str, object],
    modality: object,
    places: Sequence[str] = (),
    domicile: Sequence[str] = (),
) -> dict[str, object]:
    """The regions of each kind of territorial clause: those that bind this model (clauses
    for every model, and those for multimodal models when it is one), and those of clauses
    for multimodal models only, which a rule judges with `model.modality` when that is
    unknown. A clause confining use to named places (`within`) excludes each of `places` (the
    deployment's regions, expanded) outside them; one confining licensees to named places, the
    `domicile`'s outside them (a foreign company using the model inside a licence's territory
    is within a territory of use)."""
    facts: dict[str, object] = {}
    multimodal = None if modality is None else modality == "multimodal"
    for key in CLAUSE_KEYS:
        clauses = terms.get(key)
        touched = domicile if key == "excluded_licensee_domiciles" else places
        excluded = clause_regions(clauses, multimodal=bool(multimodal)) or []
        outside = _outside(confined_regions(clauses, multimodal=bool(multimodal)), touched)
        facts[f"terms.{key}"] = sorted({*excluded, *outside})
        scoped = [c for c in _clauses(clauses) if c.get("models") == "multimodal"]
        outside = _outside(confined_regions(scoped), touched)
        facts[f"terms.{key}_multimodal"] = sorted({*(clause_regions(scoped) or []), *outside})
    return facts


def _outside(confined: Sequence[Sequence[str]], places: Sequence[str]) -> list[str]:
    """The countries among `places` outside any of the `confined` region lists (a member
    state is inside a list naming the EU)."""
    countries = [p for p in places if p not in REGION_GROUPS]
    return [p for p in countries for inside in confined if not set(region_codes([p])) & set(inside)]


def _as_codes(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _clauses(value: object) -> list[Mapping[str, object]]:
    return [c for c in value if isinstance(c, Mapping)] if isinstance(value, list) else []


def _term_facts(terms: Mapping[str, object]) -> dict[str, object]:
    facts = {f"terms.{key}": value for key, value in terms.items() if key != "kind"}
    law = terms.get("governing_law")
    facts["terms.governing_law_country"] = (
        str(law).split("-")[0] if isinstance(law, str) and law != "licensee-local" else None
    )
    for key in sorted(LIST_KEYS):  # a list term is a list, empty when unstated
        facts.setdefault(f"terms.{key}", [])
    # a cap is a mapping; policies test its parts (terms.user_threshold.count, ...)
    for key, parts in _THRESHOLD_PARTS.items():
        value = terms.get(key)
        for part in parts:
            facts[f"terms.{key}.{part}"] = value.get(part) if isinstance(value, Mapping) else None
    return facts | cap_facts(terms)


_THRESHOLD_PARTS = {
    "user_threshold": ("count", "unit", "counts", "measured"),
    "revenue_threshold": ("amount", "currency", "period", "measure", "counts", "measured"),
}


def _deployment_facts(deployment: Deployment) -> dict[str, object]:
    fields = deployment.fields
    organization = deployment.organization
    domicile = organization.get("domicile")
    regions = list(fields.get("regions") or [])  # type: ignore[call-overload]
    if deployment.region:
        regions.append(deployment.region)
    distribution = fields.get("distribution")
    organization_type = organization.get("type") or DEFAULT_ORGANIZATION_TYPE
    facts: dict[str, object] = {
        "organization.name": organization.get("name"),
        "organization.domicile": domicile,
        # unknown when the domicile is: an exclusion list then cannot be judged against it
        "organization.domicile_region": region_codes([domicile]) if domicile else None,
        "organization.type": organization_type,
        "deployment.mau": fields.get("mau"),
        "deployment.group_mau": fields.get("group_mau"),
        "deployment.annual_revenue_usd": fields.get("annual_revenue_usd"),
        "deployment.regions": list(fields.get("regions") or []),  # type: ignore[call-overload]
        "deployment.region_codes": region_codes(regions),
        "deployment.data": list(fields.get("data") or []),  # type: ignore[call-overload]
        "deployment.use_cases": list(fields.get("use_cases") or []),  # type: ignore[call-overload]
        "deployment.annex_iii_points": annex_iii_citations(fields.get("use_cases")),
        "deployment.distribution": distribution,
        "deployment.commercial": is_commercial(
            distribution, organization_type, fields.get("monetized")
        ),
        "deployment.research": is_research(distribution, fields.get("use_cases")),
        "deployment.monetized": fields.get("monetized"),
        "deployment.fine_tune_compute_share": fields.get("fine_tune_compute_share"),
        "deployment.interacts_with_people": fields.get("interacts_with_people"),
        "deployment.generates_content": fields.get("generates_content"),
        "deployment.serves_model_api": fields.get("serves_model_api"),
        "deployment.outside_eu_ai_act": _outside_eu_ai_act(domicile, fields),
    }
    attestations = fields.get("attestations")
    if isinstance(attestations, Mapping):
        for key, value in attestations.items():
            facts[f"attestations.{key}"] = value
    return facts


def _outside_eu_ai_act(domicile: object, fields: Mapping[str, object]) -> bool:
    """The deployment states it is outside the EU AI Act's territorial scope (Art. 2(1);
    compliance-facts.md EUAI-SCOPE-01): an organization domiciled outside the EU and the EEA,
    every region it serves stated and outside them, and no weights placed on the market (a
    published model reaches the EU). Anything unstated keeps it in scope."""
    served = [str(r) for r in fields.get("regions") or [] if r]  # type: ignore[attr-defined]
    if not isinstance(domicile, str) or not domicile or not served:
        return False
    europe = {"EU", "EEA"}
    if europe & set(region_codes([domicile])) or europe & set(region_codes(served)):
        return False
    return fields.get("distribution") in ("internal", "saas", "on-device", "research")


def _declared_words(model: ModelResult) -> str:
    """The license tags the metadata declares, as written (`apache-2.0`, `other` (name)), or
    "no license": for messages that must say what the card declares, not what was read."""
    value = model.declared.license
    tags = [str(t) for t in (value if isinstance(value, list) else [value]) if t]
    tags = [t for t in tags if t.strip().lower() != "unknown"]
    if not tags:
        return "no license"
    named = f" ({model.declared.license_name})" if model.declared.license_name else ""
    return ", ".join(f"`{t}`" for t in tags) + named
