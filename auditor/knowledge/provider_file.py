"""Reads one provider file of license_db/providers/ into ProviderTerms, checking every field."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from auditor.errors import LicenseDBError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.located_yaml import load_trusted_yaml
from auditor.knowledge.provider_contract import (
    CONTRACT_FACTS,
    CONTRACT_LABELS,
    ContractTerms,
    parse_contract,
)
from auditor.knowledge.provider_regions import RegionOffer, parse_regions, region_codes

# Closed set of certification tags a provider file may name, with the label used in notes.
CERTIFICATIONS: Mapping[str, str] = MappingProxyType(
    {
        "soc2": "SOC 2",
        "iso27001": "ISO/IEC 27001",
        "iso27017": "ISO/IEC 27017",
        "iso27018": "ISO/IEC 27018",
        "iso27701": "ISO/IEC 27701",
        "iso42001": "ISO/IEC 42001",
    }
)

# Closed set of ways a provider's HIPAA BAA comes into force (`baa_available.mode.value`).
BAA_MODES: Mapping[str, str] = MappingProxyType(
    {
        "incorporated": "part of the provider's standard terms by default: nothing to sign",
        "click-through": "accepted online by the customer (a console or portal)",
        "signed": "signed with the provider (through its sales team)",
        "on-request": "requested from the provider, which reviews each request",
    }
)

# Top-level keys of a provider file: True when required.
_FILE_KEYS = {
    "key": True,
    "display_name": True,
    "as_of": True,
    "source_dates": False,
    "baa_available": True,
    "data_residency": True,
    "trains_on_api_data_by_default": True,
    "default_retention_days": True,
    "zero_data_retention_available": True,
    "certifications": True,
    "gdpr_dpa": False,
    "gpai_code_of_practice_signatory": False,
    "hosted_model_licenses": False,
    **dict.fromkeys(CONTRACT_FACTS, True),
    "notes": False,
    "sources": True,
}
_FACT_KEYS = {
    "value": True,
    "evidence": True,
    "as_of": True,
    "conditions": False,
    "notes": False,
    "sources": False,
    "by_tier": False,
}
_BAA_MODE_KEYS = {"value": True, "sources": True, "note": False}
_EVIDENCE = frozenset({"P", "S"})
# Labels for the facts whose notes and conditions are carried into ProviderTerms.notes.
_FACT_LABELS = {
    "baa_available": "BAA",
    "data_residency": "Residency",
    "trains_on_api_data_by_default": "Training",
    "default_retention_days": "Retention",
    "zero_data_retention_available": "ZDR",
    "gdpr_dpa": "GDPR DPA",
    "gpai_code_of_practice_signatory": "GPAI code of practice signatory",
    "hosted_model_licenses": "Hosted models' own licences",
}

PROVIDER_KEY = lazy_pattern(r"[a-z][a-z0-9_]{0,63}")
_DATE = lazy_pattern(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class ProviderTerms:
    """What a proprietary API provider's terms say about data, as of a date; None is unknown."""

    key: str
    display_name: str
    as_of: str
    baa_available: bool | None
    baa_mode: str | None  # a BAA_MODES key when a BAA is available; None: unknown or no BAA
    baa_conditions: tuple[str, ...]
    processing_regions: tuple[str, ...]  # codes where in-region processing is documented true
    storage_regions: tuple[str, ...]  # ... and storage, both for every model of the provider
    regions: tuple[RegionOffer, ...]  # every documented region, some for some models only
    trains_on_api_data_by_default: bool | None
    default_retention_days: int | None
    zero_data_retention_available: bool | None
    certifications: tuple[str, ...]  # tags of CERTIFICATIONS whose value is true
    notes: tuple[str, ...]
    sources: tuple[str, ...]
    contract: ContractTerms  # what the business terms say that license rules read
    # whether other vendors' models the provider hosts stay under their own licences, with the
    # provider's words saying so and the fact's line in the file (evidence); None: unknown
    hosted_model_licenses: bool | None = None
    hosted_model_note: str = ""
    hosted_model_line: int | None = None

    def regions_for(self, model: str | None) -> tuple[list[str], list[str]]:
        """The codes where processing, and where storage, is documented for `model` (a model
        name of this provider; None: any model, so only regions documented for every one)."""
        return region_codes(self.regions, model)


def read_provider_file(path: Path) -> ProviderTerms:
    """Read and check one `<key>.yaml`; raises LicenseDBError naming the file and its problems."""
    try:
        text = path.read_text(encoding="utf-8")
        data = load_trusted_yaml(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise LicenseDBError(f"{path.name}: cannot be read ({err})") from err
    return _parse_provider(path.name, data, text)


def _parse_provider(name: str, data: Any, text: str) -> ProviderTerms:
    if not isinstance(data, dict):
        raise LicenseDBError(f"{name}: not a mapping")
    problems = [f"unknown key {key!r}" for key in data if key not in _FILE_KEYS]
    problems += [
        f"missing key {key!r}"
        for key, required in _FILE_KEYS.items()
        if required and key not in data
    ]
    if any(problem.startswith("missing key") for problem in problems):
        raise LicenseDBError(f"{name}: " + ", ".join(problems))

    key = data["key"]
    if not isinstance(key, str) or not PROVIDER_KEY.fullmatch(key):
        problems.append(f"bad key {key!r}")
    elif name != f"{key}.yaml":
        problems.append(f"key {key!r} does not match the file name")
    display_name = data["display_name"]
    if not isinstance(display_name, str) or not display_name.strip():
        problems.append("display_name must be a non-empty string")
    as_of = _date(data["as_of"], "as_of", problems)
    source_dates = data.get("source_dates")
    if source_dates is not None and not (
        isinstance(source_dates, dict) and all(isinstance(v, str) for v in source_dates.values())
    ):
        problems.append("source_dates must map names to strings")
    notes = list(_strings(data.get("notes"), "notes", problems))
    sources = _urls(data["sources"], "sources", problems)
    if not sources:
        problems.append("sources must list at least one URL")

    baa = _fact(data["baa_available"], "baa_available", _is_flag, problems, frozenset({"mode"}))
    baa_mode = _baa_mode(baa, problems)
    residency = _fact(data["data_residency"], "data_residency", _is_list, problems)
    trains = _fact(
        data["trains_on_api_data_by_default"], "trains_on_api_data_by_default", _is_flag, problems
    )
    retention = _fact(data["default_retention_days"], "default_retention_days", _is_days, problems)
    zdr = _fact(
        data["zero_data_retention_available"], "zero_data_retention_available", _is_flag, problems
    )
    extra = {
        fact: _fact(data[fact], fact, _is_flag, problems)
        for fact in ("gdpr_dpa", "gpai_code_of_practice_signatory", "hosted_model_licenses")
        if fact in data
    }
    certifications = _certifications(data["certifications"], problems)
    regions = parse_regions(residency.get("value"), problems)
    processing, storage = region_codes(regions, None)
    contract = parse_contract(data, text, _fact, problems)

    if problems:
        raise LicenseDBError(f"{name}: " + ", ".join(problems))
    facts = {
        "baa_available": baa,
        "data_residency": residency,
        "trains_on_api_data_by_default": trains,
        "default_retention_days": retention,
        "zero_data_retention_available": zdr,
        **extra,
    }
    for fact, raw in facts.items():
        notes.extend(
            _fact_notes(
                _FACT_LABELS[fact],
                raw,
                conditions=fact != "baa_available",  # those are ProviderTerms.baa_conditions
                with_value=fact in extra,  # the only facts ProviderTerms has no field for
            )
        )
    for tag, raw in certifications.items():
        notes.extend(_fact_notes(CERTIFICATIONS[tag], raw, conditions=True, with_value=False))
    for fact in CONTRACT_FACTS:
        notes.extend(
            _fact_notes(CONTRACT_LABELS[fact], data[fact], conditions=True, with_value=False)
        )
    return ProviderTerms(
        key=key,
        display_name=display_name.strip(),
        as_of=as_of,
        baa_available=baa.get("value"),
        baa_mode=baa_mode,
        baa_conditions=tuple(_strings(baa.get("conditions"), "", [])),
        processing_regions=tuple(processing),
        storage_regions=tuple(storage),
        regions=regions,
        trains_on_api_data_by_default=trains.get("value"),
        default_retention_days=retention.get("value"),
        zero_data_retention_available=zdr.get("value"),
        certifications=tuple(tag for tag, raw in certifications.items() if raw.get("value")),
        notes=tuple(notes),
        sources=tuple(sources),
        contract=contract,
        hosted_model_licenses=extra.get("hosted_model_licenses", {}).get("value"),
        hosted_model_note="; ".join(extra.get("hosted_model_licenses", {}).get("notes") or ()),
        hosted_model_line=_line_of(text, "hosted_model_licenses"),
    )


def _line_of(text: str, key: str) -> int | None:
    """The 1-based line where the top-level `key:` is written, None when it is not."""
    found = re.search(rf"^{re.escape(key)}:", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _is_flag(value: object) -> bool:
    return value is None or isinstance(value, bool)


def _is_days(value: object) -> bool:
    # bool is an int subclass: `true` must not pass as one day.
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


def _is_list(value: object) -> bool:
    return isinstance(value, list)


def _fact(
    raw: Any,
    fact: str,
    check: Callable[[object], bool],
    problems: list[str],
    extra: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Check one `{value, evidence, as_of, ...}` fact; return it (empty when unusable).

    `extra` names the keys this fact may have beyond the common ones.
    """
    if not isinstance(raw, dict):
        problems.append(f"{fact} must be a mapping with value, evidence and as_of")
        return {}
    problems.extend(
        f"{fact}: unknown key {key!r}" for key in raw if key not in _FACT_KEYS and key not in extra
    )
    problems.extend(
        f"{fact}: missing key {key!r}"
        for key, required in _FACT_KEYS.items()
        if required and key not in raw
    )
    if "value" in raw and not check(raw["value"]):
        problems.append(f"{fact}: wrong type of value {raw['value']!r}")
    if raw.get("evidence") is not None and raw["evidence"] not in _EVIDENCE:
        problems.append(f"{fact}: evidence must be P, S or null, not {raw['evidence']!r}")
    if "as_of" in raw:
        _date(raw["as_of"], f"{fact}.as_of", problems)
    _strings(raw.get("conditions"), f"{fact}.conditions", problems)
    _strings(raw.get("notes"), f"{fact}.notes", problems)
    _urls(raw.get("sources"), f"{fact}.sources", problems)
    by_tier = raw.get("by_tier")
    if by_tier is not None and not (
        isinstance(by_tier, dict)
        and all(isinstance(k, str) and _is_flag(v) for k, v in by_tier.items())
    ):
        problems.append(f"{fact}.by_tier must map tier names to true, false or null")
    return raw


def _certifications(raw: Any, problems: list[str]) -> dict[str, dict[str, Any]]:
    if not isinstance(raw, dict):
        problems.append("certifications must map certification tags to facts")
        return {}
    found: dict[str, dict[str, Any]] = {}
    for tag, fact in raw.items():
        if tag not in CERTIFICATIONS:
            problems.append(f"certifications: unknown tag {tag!r}")
            continue
        found[tag] = _fact(fact, f"certifications.{tag}", _is_flag, problems)
    return found


def _baa_mode(baa: Mapping[str, Any], problems: list[str]) -> str | None:
    """`baa_available.mode`: how an available BAA comes into force, with the text that says so.

    Required when a BAA is available (its value may be null: unknown); absent otherwise.
    """
    raw = baa.get("mode")
    if raw is None:
        if baa.get("value") is True and "mode" not in baa:
            problems.append("baa_available: a BAA is available, so mode is required")
        return None
    if not isinstance(raw, dict):
        problems.append("baa_available.mode must be a mapping with value and sources")
        return None
    problems.extend(
        f"baa_available.mode: unknown key {key!r}" for key in raw if key not in _BAA_MODE_KEYS
    )
    problems.extend(
        f"baa_available.mode: missing key {key!r}"
        for key, required in _BAA_MODE_KEYS.items()
        if required and key not in raw
    )
    _urls(raw.get("sources"), "baa_available.mode.sources", problems)
    if "note" in raw and not (isinstance(raw["note"], str) and raw["note"].strip()):
        problems.append("baa_available.mode.note must be a non-empty string")
    mode = raw.get("value")
    if mode is not None and mode not in BAA_MODES:
        problems.append(
            f"baa_available.mode: {mode!r} is not one of {', '.join(BAA_MODES)} or null"
        )
        return None
    if mode is not None and baa.get("value") is not True:
        problems.append("baa_available.mode: a mode needs a BAA that is available (value true)")
        return None
    return mode if isinstance(mode, str) else None


def _fact_notes(
    label: str, fact: Mapping[str, Any], *, conditions: bool, with_value: bool
) -> list[str]:
    """A fact's notes (and conditions) as `Label: text`, marked [S] when secondary."""
    prefix = f"{label} [S]" if fact.get("evidence") == "S" else label
    lines = [f"{prefix}: {_yes_no(fact.get('value'))}"] if with_value else []
    lines += [f"{prefix}: {note}" for note in fact.get("notes") or ()]
    if conditions:
        lines += [f"{prefix} condition: {cond}" for cond in fact.get("conditions") or ()]
    by_tier = fact.get("by_tier")
    if by_tier:
        tiers = ", ".join(f"{tier}={_flag_text(value)}" for tier, value in by_tier.items())
        lines.append(f"{prefix} by tier: {tiers}")
    return lines


def _yes_no(value: object) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _flag_text(value: object) -> str:
    return "unknown" if value is None else str(value).lower()


def _strings(raw: Any, what: str, problems: list[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(item, str) and item for item in raw):
        problems.append(f"{what} must be a list of non-empty strings")
        return ()
    return tuple(raw)


def _urls(raw: Any, what: str, problems: list[str]) -> tuple[str, ...]:
    urls = _strings(raw, what, problems)
    problems.extend(f"{what}: {url!r} is not an https URL" for url in urls if not _is_url(url))
    return urls


def _is_url(text: str) -> bool:
    return text.startswith("https://") and not any(ch.isspace() for ch in text)


def _date(raw: object, what: str, problems: list[str]) -> str:
    """A YYYY-MM-DD date as a string (YAML may hand over a date object for unquoted dates)."""
    text = raw.isoformat() if isinstance(raw, date) else raw
    if isinstance(text, str) and _DATE.fullmatch(text):
        try:
            date.fromisoformat(text)
        except ValueError:
            pass
        else:
            return text
    problems.append(f"{what} must be a YYYY-MM-DD date, not {raw!r}")
    return ""
