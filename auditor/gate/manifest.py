"""Loads a model manifest (the CI gate's input) and reports every problem with its line."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from auditor.errors import InputFileError
from auditor.fileio.located_yaml import LocatedYaml, Pointer, read_located_yaml
from auditor.model.deployment import (
    DATA_CLASSES,
    DISTRIBUTIONS,
    HOSTING,
    USE_CASES,
    Deployment,
    Waiver,
)

MANIFEST_VERSION = 1

_REGION = re.compile(r"^(EU|EEA|[A-Z]{2})$")

# Deployment fields: name -> (kind, vocabulary). A model entry may override any of them.
_DEPLOYMENT_FIELDS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "mau": ("int", None),
    "annual_revenue_usd": ("int", None),
    "regions": ("regions", None),
    "data": ("list", DATA_CLASSES),
    "use_cases": ("list", USE_CASES),
    "distribution": ("choice", DISTRIBUTIONS),
    "attestations": ("mapping", None),
    "fine_tune_compute_share": ("fraction", None),
    "interacts_with_people": ("bool", None),
    "generates_content": ("bool", None),
}
_TOP_KEYS = {"version", "organization", "deployment", "models", "waivers"}
_ORG_KEYS = {"name", "domicile"}
_MODEL_KEYS = {"ref", "hosting", "region", *_DEPLOYMENT_FIELDS}
_WAIVER_REQUIRED = ("rule", "model", "reason", "approved_by", "expires")
_WAIVER_KEYS = {*_WAIVER_REQUIRED, "revision", "ticket"}


@dataclass(frozen=True, slots=True)
class ManifestModel:
    """One model entry: the reference, where it runs, and its deployment overrides."""

    ref: str
    line: int | None
    hosting: str | None = None
    region: str | None = None
    overrides: Mapping[str, object] = field(default_factory=dict)


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


def deployment_from_options(
    *,
    domicile: str | None = None,
    regions: list[str] | None = None,
    mau: int | None = None,
    annual_revenue_usd: int | None = None,
    distribution: str | None = None,
    use_cases: list[str] | None = None,
    data: list[str] | None = None,
) -> Deployment:
    """A deployment from command-line options, checked like a manifest's."""
    from auditor.errors import UsageError

    fields: dict[str, object] = {
        "regions": regions,
        "mau": mau,
        "annual_revenue_usd": annual_revenue_usd,
        "distribution": distribution,
        "use_cases": use_cases,
        "data": data,
    }
    document: dict[str, object] = {
        "models": ["option/option"],
        "deployment": {k: v for k, v in fields.items() if v is not None},
    }
    if domicile is not None:
        document["organization"] = {"domicile": domicile}
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
    """Validate a located YAML document as a manifest, collecting every problem."""
    checker = _Checker(doc)
    data = doc.data
    if not isinstance(data, dict):
        raise InputFileError(
            doc.path, [(doc.line(()), "a manifest is a mapping with a `models:` list")]
        )
    checker.keys((), data, _TOP_KEYS)
    version = data.get("version", MANIFEST_VERSION)
    if version != MANIFEST_VERSION:
        checker.problem(
            ("version",), f"unsupported manifest version {version!r}; expected {MANIFEST_VERSION}"
        )
    organization = _organization(checker, data.get("organization"))
    deployment = checker.deployment(("deployment",), data.get("deployment", {}))
    models = _models(checker, data.get("models"))
    waivers = _waivers(checker, data.get("waivers", []))
    if checker.problems:
        raise InputFileError(doc.path, sorted(checker.problems, key=lambda p: p[0] or 0))
    return Manifest(
        path=doc.path,
        base_dir=base_dir,
        models=tuple(models),
        organization=organization,
        deployment=deployment,
        waivers=tuple(waivers),
    )


def _organization(checker: _Checker, raw: object) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        checker.problem(("organization",), "`organization` must be a mapping {name, domicile}")
        return {}
    checker.keys(("organization",), raw, _ORG_KEYS)
    result: dict[str, str] = {}
    name = raw.get("name")
    if name is not None:
        if isinstance(name, str) and name.strip():
            result["name"] = name.strip()
        else:
            checker.problem(("organization", "name"), "`name` must be text")
    domicile = raw.get("domicile")
    if domicile is not None:
        if isinstance(domicile, str) and re.fullmatch(r"[A-Za-z]{2}", domicile):
            result["domicile"] = domicile.upper()
        else:
            checker.problem(
                ("organization", "domicile"),
                f"`domicile` must be an ISO 3166-1 alpha-2 code such as DE or US, not {domicile!r}",
            )
    return result


def _models(checker: _Checker, raw: object) -> list[ManifestModel]:
    if raw is None:
        checker.problem((), "missing `models:` list")
        return []
    if not isinstance(raw, list):
        checker.problem(("models",), "`models` must be a list")
        return []
    if not raw:
        checker.problem(("models",), "`models` is empty")
    models = []
    for i, item in enumerate(raw):
        pointer: Pointer = ("models", i)
        if isinstance(item, str):
            item = {"ref": item}
        elif not isinstance(item, dict):
            checker.problem(pointer, "a model entry is a reference string or a mapping with `ref`")
            continue
        checker.keys(pointer, item, _MODEL_KEYS, what="model entry")
        ref = item.get("ref")
        if ref is None:
            checker.problem(pointer, "model entry without `ref`")
            continue
        if not isinstance(ref, str) or not ref.strip():
            checker.problem((*pointer, "ref"), "`ref` must be a non-empty string")
            continue
        hosting = item.get("hosting")
        if hosting is not None and hosting not in HOSTING:
            checker.problem((*pointer, "hosting"), _choice_message("hosting", hosting, HOSTING))
            hosting = None
        region = item.get("region")
        if region is not None:
            region = checker.region((*pointer, "region"), region)
        overrides_raw = {k: v for k, v in item.items() if k in _DEPLOYMENT_FIELDS}
        overrides = checker.deployment(pointer, overrides_raw)
        models.append(
            ManifestModel(
                ref=ref.strip(),
                line=checker.doc.line(pointer),
                hosting=str(hosting) if hosting is not None else None,
                region=region,
                overrides=overrides,
            )
        )
    return models


def _waivers(checker: _Checker, raw: object) -> list[Waiver]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        checker.problem(("waivers",), "`waivers` must be a list")
        return []
    waivers = []
    for i, item in enumerate(raw):
        pointer: Pointer = ("waivers", i)
        if not isinstance(item, dict):
            checker.problem(
                pointer, "a waiver is a mapping {rule, model, reason, approved_by, expires}"
            )
            continue
        checker.keys(pointer, item, _WAIVER_KEYS, what="waiver")
        missing = [key for key in _WAIVER_REQUIRED if item.get(key) in (None, "")]
        if missing:
            checker.problem(
                pointer,
                f"waiver without {', '.join(missing)} "
                f"(all of {', '.join(_WAIVER_REQUIRED)} are required)",
            )
            continue
        texts = {key: item[key] for key in ("rule", "model", "reason", "approved_by")}
        bad = [key for key, value in texts.items() if not isinstance(value, str)]
        for key in bad:
            checker.problem((*pointer, key), f"`{key}` must be text")
        expires = _date(item["expires"])
        if expires is None:
            checker.problem(
                (*pointer, "expires"),
                f"`expires` must be a date like 2027-03-31, not {item['expires']!r}",
            )
        if bad or expires is None:
            continue
        waivers.append(
            Waiver(
                rule=item["rule"],
                model=item["model"],
                reason=item["reason"],
                approved_by=item["approved_by"],
                expires=expires,
                revision=str(item["revision"]) if item.get("revision") is not None else None,
                ticket=str(item["ticket"]) if item.get("ticket") is not None else None,
                line=checker.doc.line(pointer),
            )
        )
    return waivers


def _date(value: object) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _choice_message(name: str, value: object, choices: tuple[str, ...]) -> str:
    return f"`{name}` must be one of {', '.join(choices)}, not {value!r}"


class _Checker:
    """Collects problems with their lines while values are validated."""

    def __init__(self, doc: LocatedYaml) -> None:
        self.doc = doc
        self.problems: list[tuple[int | None, str]] = []

    def problem(self, pointer: Pointer, message: str) -> None:
        self.problems.append((self.doc.line(pointer), message))

    def keys(
        self, pointer: Pointer, mapping: Mapping[str, object], allowed: set[str], *, what: str = ""
    ) -> None:
        for key in mapping:
            if key not in allowed:
                where = f" in {what}" if what else ""
                self.problem(
                    (*pointer, key),
                    f"unknown key {key!r}{where} (expected one of: {', '.join(sorted(allowed))})",
                )

    def region(self, pointer: Pointer, value: object) -> str | None:
        if isinstance(value, str) and _REGION.match(value.upper()):
            return value.upper()
        self.problem(pointer, f"region {value!r} is not EU, EEA or an ISO 3166-1 alpha-2 code")
        return None

    def deployment(self, pointer: Pointer, raw: object) -> dict[str, object]:
        """Validate deployment fields (the manifest's, or a model's overrides)."""
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.problem(pointer, "`deployment` must be a mapping")
            return {}
        if pointer == ("deployment",):
            self.keys(pointer, raw, set(_DEPLOYMENT_FIELDS), what="deployment")
        result: dict[str, object] = {}
        for key, value in raw.items():
            if key not in _DEPLOYMENT_FIELDS:
                continue
            checked = self._field((*pointer, key), key, value)
            if checked is not None:
                result[key] = checked
        return result

    def _field(self, pointer: Pointer, key: str, value: object) -> object:
        kind, vocabulary = _DEPLOYMENT_FIELDS[key]
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                self.problem(pointer, f"`{key}` must be a whole number >= 0, not {value!r}")
                return None
            return value
        if kind == "fraction":
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                self.problem(
                    pointer, f"`{key}` must be a number >= 0 (a share such as 0.25), not {value!r}"
                )
                return None
            return float(value)
        if kind == "bool":
            if not isinstance(value, bool):
                self.problem(pointer, f"`{key}` must be true or false, not {value!r}")
                return None
            return value
        if kind == "choice":
            assert vocabulary is not None
            if value not in vocabulary:
                self.problem(pointer, _choice_message(key, value, vocabulary))
                return None
            return value
        if kind == "mapping":
            if not isinstance(value, dict):
                self.problem(pointer, f"`{key}` must be a mapping")
                return None
            return value
        if not isinstance(value, list):
            self.problem(pointer, f"`{key}` must be a list")
            return None
        if kind == "regions":
            codes = [self.region((*pointer, i), item) for i, item in enumerate(value)]
            return [c for c in codes if c is not None]
        assert vocabulary is not None
        words = []
        for i, item in enumerate(value):
            if item not in vocabulary:
                self.problem(
                    (*pointer, i),
                    f"unknown {key.replace('_', ' ')} word {item!r} "
                    f"(known: {', '.join(vocabulary)})",
                )
            else:
                words.append(item)
        return words
