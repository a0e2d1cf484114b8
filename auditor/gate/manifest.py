"""Loads a model manifest (the CI gate's input) and reports every problem with its line."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from auditor.errors import InputFileError
from auditor.fileio.located_yaml import LocatedYaml, Pointer, read_located_yaml
from auditor.fileio.schema_check import SchemaProblem, check_schema, located
from auditor.knowledge.providers import API_PREFIX, provider_key_problem
from auditor.model.deployment import Deployment, Waiver, code_problem
from auditor.resources import reports_dir

MANIFEST_VERSION = 1

# The deployment facts a model entry may override (reports/schema/manifest.schema.json).
DEPLOYMENT_FIELDS = (
    "mau",
    "group_mau",
    "annual_revenue_usd",
    "regions",
    "data",
    "use_cases",
    "distribution",
    "monetized",
    "attestations",
    "fine_tune_compute_share",
    "interacts_with_people",
    "generates_content",
    "serves_model_api",
)


@dataclass(frozen=True, slots=True)
class ManifestModel:
    """One model entry: the reference, where it runs, and its deployment overrides."""

    ref: str
    line: int | None
    hosting: str | None = None
    region: str | None = None
    overrides: Mapping[str, object] = field(default_factory=dict)
    modality: str | None = None  # text | multimodal, when the manifest states it


@dataclass(frozen=True, slots=True)
class Manifest:
    """A parsed manifest; relative local paths in refs are resolved against `base_dir`."""

    path: str
    base_dir: Path
    models: tuple[ManifestModel, ...]
    organization: Mapping[str, str] = field(default_factory=dict)
    deployment: Mapping[str, object] = field(default_factory=dict)
    waivers: tuple[Waiver, ...] = ()

    def deployment_for(self, model: ManifestModel) -> dict[str, object]:
        """The deployment facts of one model: the manifest's, overridden by the entry's."""
        merged = dict(self.deployment)
        merged.update(model.overrides)
        return merged

    def deployment_of(self, model: ManifestModel) -> Deployment:
        """Who uses one model and how: the organization, the merged deployment facts, and the
        entry's own hosting, region and modality."""
        return Deployment(
            organization=self.organization,
            fields=self.deployment_for(model),
            hosting=model.hosting,
            region=model.region,
            modality=model.modality,
        )


def deployment_from_options(
    *,
    domicile: str | None = None,
    regions: list[str] | None = None,
    mau: int | None = None,
    group_mau: int | None = None,
    annual_revenue_usd: int | None = None,
    distribution: str | None = None,
    use_cases: list[str] | None = None,
    data: list[str] | None = None,
    organization_type: str | None = None,
    monetized: bool | None = None,
) -> Deployment:
    """A deployment from command-line options, checked like a manifest's."""
    from auditor.errors import UsageError

    fields: dict[str, object] = {
        "regions": regions,
        "mau": mau,
        "group_mau": group_mau,
        "annual_revenue_usd": annual_revenue_usd,
        "distribution": distribution,
        "use_cases": use_cases,
        "data": data,
        "monetized": monetized,
    }
    given = {k: v for k, v in fields.items() if v is not None}
    organization = {
        k: v for k, v in (("domicile", domicile), ("type", organization_type)) if v is not None
    }
    if not given and not organization:
        return Deployment()  # nothing to check: no schema to load
    document: dict[str, object] = {"models": ["option/option"], "deployment": given}
    if organization:
        document["organization"] = organization
    try:
        manifest = parse_manifest(LocatedYaml(data=document, path="options"), base_dir=Path())
    except InputFileError as err:
        raise UsageError("; ".join(message for _, message in err.problems)) from err
    return Deployment(organization=manifest.organization, fields=manifest.deployment)


def load_manifest(path: Path) -> Manifest:
    """Read and validate a manifest file."""
    located = read_located_yaml(path)
    return parse_manifest(located, base_dir=path.resolve().parent)


def parse_manifest(doc: LocatedYaml, *, base_dir: Path) -> Manifest:
    """Validate a located YAML document as a manifest, collecting every problem.

    The schema says what the manifest may hold; this adds what it cannot: provider keys are in
    the provider catalog and waiver dates exist. Raises InputFileError with every problem.
    """
    data = doc.data
    if not isinstance(data, dict):
        raise InputFileError(
            doc.path, [(doc.line(()), "a manifest is a mapping with a `models:` list")]
        )
    found = check_schema(doc, reports_dir() / "schema" / "manifest.schema.json")
    found += _catalog_problems(data, {pointer for pointer, _ in found})
    if found:
        problems = located(doc, found)
        raise InputFileError(doc.path, sorted(problems, key=lambda p: p[0] or 0))
    return Manifest(
        path=doc.path,
        base_dir=base_dir,
        models=tuple(_model(doc, ("models", i), item) for i, item in enumerate(data["models"])),
        organization=_organization(data.get("organization", {})),
        deployment=_deployment(data.get("deployment", {})),
        waivers=tuple(
            _waiver(doc, ("waivers", i), w) for i, w in enumerate(data.get("waivers", []))
        ),
    )


# --- what the schema cannot say -----------------------------------------------------------------


def _catalog_problems(data: dict[str, Any], bad: set[Pointer]) -> list[SchemaProblem]:
    """Provider keys the catalog lacks and impossible waiver dates, where the shape is right."""
    found: list[SchemaProblem] = []

    def clean(pointer: Pointer) -> bool:
        return not any(b[: len(pointer)] == pointer or pointer[: len(b)] == b for b in bad)

    def provider(pointer: Pointer, key: str, what: str) -> None:
        problem = provider_key_problem(key, what)
        if problem is not None:
            found.append((pointer, problem))

    entries: list[tuple[Pointer, object]] = [(("deployment",), data.get("deployment"))]
    for i, item in enumerate(_list(data.get("models"))):
        pointer: Pointer = ("models", i)
        ref = item.get("ref") if isinstance(item, dict) else item
        if isinstance(item, dict):
            entries.append((pointer, item))
            pointer = (*pointer, "ref")
        if not isinstance(ref, str) or not ref.strip().startswith(API_PREFIX) or not clean(pointer):
            continue
        # A malformed reference is the audit's to report, for that model only; an unknown
        # provider is a typo in the manifest.
        key = ref.strip().removeprefix(API_PREFIX).partition("/")[0]
        if key:
            provider(pointer, key, f" in {ref.strip()!r}")
    for where, entry in entries:
        attested = entry.get("attestations") if isinstance(entry, dict) else None
        signed = attested.get("baa_signed") if isinstance(attested, dict) else None
        at: Pointer = (*where, "attestations", "baa_signed")
        if isinstance(signed, list) and clean(at):
            for j, key in enumerate(signed):
                provider((*at, j), key, " in `baa_signed`")
    found += _code_problems(data, entries, clean)
    for i, item in enumerate(_list(data.get("waivers"))):
        at = ("waivers", i, "expires")
        if isinstance(item, dict) and clean(at) and _date(item.get("expires")) is None:
            found.append((at, f"`expires` must be a date like 2027-03-31, not {item['expires']!r}"))
    return found


def _code_problems(
    data: dict[str, Any],
    entries: list[tuple[Pointer, object]],
    clean: Callable[[Pointer], bool],
) -> list[SchemaProblem]:
    """Country and region codes that name no country or region group (`domicile: EU`, `XX`),
    and a group MAU below the MAU of the product it includes."""
    found: list[SchemaProblem] = []
    organization = data.get("organization")
    domicile = organization.get("domicile") if isinstance(organization, dict) else None
    where: Pointer = ("organization", "domicile")
    if domicile is not None and clean(where):
        problem = code_problem(domicile, regions=False)
        if problem:
            found.append((where, f"domicile: {problem}"))
    for pointer, entry in entries:
        if not isinstance(entry, dict):
            continue
        coded: list[tuple[Pointer, object]] = [((*pointer, "region"), entry.get("region"))]
        regions = entry.get("regions")
        if isinstance(regions, list):
            coded += [((*pointer, "regions", j), code) for j, code in enumerate(regions)]
        for at, code in coded:
            problem = code_problem(code, regions=True) if code is not None else None
            if problem and clean(at):
                found.append((at, f"region: {problem}"))
        mau, group = entry.get("mau"), entry.get("group_mau")
        at = (*pointer, "group_mau")
        if isinstance(mau, int) and isinstance(group, int) and group < mau and clean(at):
            found.append(
                (
                    at,
                    f"group_mau {group} is below mau {mau}: the group's figure counts the "
                    "products of the organization and its affiliates, this product included",
                )
            )
    return found


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


# --- building the values (the document is valid here) -----------------------------------------


def _organization(raw: dict[str, str]) -> dict[str, str]:
    result = {"name": raw["name"].strip()} if "name" in raw else {}
    if "domicile" in raw:
        result["domicile"] = raw["domicile"].upper()
    if "type" in raw:
        result["type"] = raw["type"]
    return result


def _deployment(raw: dict[str, Any]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in raw.items():
        if key not in DEPLOYMENT_FIELDS:
            continue
        if key == "regions":
            value = [code.upper() for code in value]
        elif key == "fine_tune_compute_share":
            value = float(value)
        result[key] = value
    return result


def _model(doc: LocatedYaml, pointer: Pointer, item: str | dict[str, Any]) -> ManifestModel:
    entry = {"ref": item} if isinstance(item, str) else item
    region = entry.get("region")
    return ManifestModel(
        ref=entry["ref"].strip(),
        line=doc.line(pointer),
        hosting=entry.get("hosting"),
        region=region.upper() if isinstance(region, str) else None,
        overrides=_deployment(entry),
        modality=entry.get("modality"),
    )


def _waiver(doc: LocatedYaml, pointer: Pointer, item: dict[str, Any]) -> Waiver:
    expires = _date(item["expires"])
    assert expires is not None  # checked by _catalog_problems
    return Waiver(
        rule=item["rule"],
        model=item["model"],
        reason=item["reason"],
        approved_by=item["approved_by"],
        expires=expires,
        revision=str(item["revision"]) if item.get("revision") is not None else None,
        ticket=str(item["ticket"]) if item.get("ticket") is not None else None,
        line=doc.line(pointer),
    )


def _date(value: object) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
