"""Reads a provider file's `data_residency` entries: where it processes and stores data, and for
which models (an entry may hold only from a model version on, such as Anthropic's
`inference_geo=us` for Claude 4.6 and later)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from auditor.fileio.lazy_pattern import lazy_pattern

REGION_KEYS = frozenset(
    {"code", "via", "processing", "storage", "scope", "endpoint", "note", "models"}
)
_MODEL_KEYS = frozenset({"family", "min_version"})
_REGION_CODE = lazy_pattern(r"[A-Z][A-Z0-9]{1,3}(-[A-Z0-9]{1,8})?")
_FAMILY = lazy_pattern(r"[a-z][a-z0-9]{1,31}")
_VERSION = lazy_pattern(r"[0-9]{1,2}(\.[0-9]{1,2})?")


@dataclass(frozen=True, slots=True)
class ModelLimit:
    """The models a region entry holds for: a family's models from a version on."""

    family: str  # the word naming the family in a model name: claude
    min_version: tuple[int, ...]  # (4, 6): 4.6 and later

    def covers(self, model: str | None) -> bool:
        """The model is of the family and its name shows a version at least min_version.

        A name whose version cannot be read (`claude`, `claude-latest`, no model at all) is not
        covered: the entry's promise cannot be checked for it, so it is not counted.
        """
        version = None if model is None else model_version(model, self.family)
        return version is not None and version >= self.min_version

    def describe(self) -> str:
        """`claude 4.6 and later`, for notes and messages."""
        return f"{self.family} {'.'.join(map(str, self.min_version))} and later"


@dataclass(frozen=True, slots=True)
class RegionOffer:
    """One documented region: in-region processing and storage, and the models it holds for."""

    code: str
    processing: bool
    storage: bool
    models: ModelLimit | None  # None: every model of the provider


def model_version(model: str, family: str) -> tuple[int, ...] | None:
    """The version a model name shows for `family`, or None when it shows none; pure.

    The version is the first number after the family word, past tier words
    (`claude-sonnet-4-5-20250929`, `claude-3-5-haiku`, `anthropic.claude-opus-4@20250514`),
    with a second number of one or two digits as its minor part; a date is not a version.
    """
    found = _version_pattern(family).search(model.lower())
    if found is None:
        return None
    major, minor = found.group("major"), found.group("minor")
    return (int(major),) if minor is None else (int(major), int(minor))


@cache
def _version_pattern(family: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![a-z0-9]){re.escape(family)}(?:-[a-z]+)*-(?P<major>[0-9]{{1,2}})"
        r"(?:[.-](?P<minor>[0-9]{1,2}))?(?![0-9])"
    )


def region_codes(offers: Iterable[RegionOffer], model: str | None) -> tuple[list[str], list[str]]:
    """The region codes where processing, and where storage, is documented for `model`
    (file order, each once); entries limited to other models, or to models whose version
    the name does not show, are left out."""
    processing: dict[str, None] = {}
    storage: dict[str, None] = {}
    for offer in offers:
        if offer.models is not None and not offer.models.covers(model):
            continue
        if offer.processing:
            processing[offer.code] = None
        if offer.storage:
            storage[offer.code] = None
    return list(processing), list(storage)


def parse_regions(raw: Any, problems: list[str]) -> tuple[RegionOffer, ...]:
    """The entries of `data_residency.value` with a code and processing or storage documented
    true (file order); what is wrong with any entry goes to `problems`."""
    if not isinstance(raw, list):
        return ()
    offers: list[RegionOffer] = []
    for index, entry in enumerate(raw):
        where = f"data_residency[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where} must be a mapping")
            continue
        problems.extend(f"{where}: unknown key {key!r}" for key in entry if key not in REGION_KEYS)
        code = entry.get("code")
        if code is None and not isinstance(entry.get("via"), str):
            problems.append(f"{where} needs a code or a via")
        if code is not None and not (isinstance(code, str) and _REGION_CODE.fullmatch(code)):
            problems.append(f"{where}: region code {code!r} must be upper-case (US, EU, GB, ...)")
            code = None
        for flag in ("processing", "storage"):
            if entry.get(flag) not in (None, True, False):
                problems.append(f"{where}: {flag} must be true, false or null")
        for text in ("via", "scope", "endpoint", "note"):
            if text in entry and not isinstance(entry[text], str):
                problems.append(f"{where}: {text} must be a string")
        models = _model_limit(entry.get("models"), where, problems)
        processing, storage = entry.get("processing") is True, entry.get("storage") is True
        if code is not None and (processing or storage):
            offers.append(RegionOffer(code, processing, storage, models))
    return tuple(offers)


def _model_limit(raw: object, where: str, problems: list[str]) -> ModelLimit | None:
    """`models: {family: claude, min_version: "4.6"}`: the entry holds for those models only."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.append(f"{where}: models must be a mapping with family and min_version")
        return None
    problems.extend(f"{where}.models: unknown key {key!r}" for key in raw if key not in _MODEL_KEYS)
    family, version = raw.get("family"), raw.get("min_version")
    if not (isinstance(family, str) and _FAMILY.fullmatch(family)):
        problems.append(
            f"{where}.models: family must be a lower-case word (claude), not {family!r}"
        )
        family = None
    if not (isinstance(version, str) and _VERSION.fullmatch(version)):
        problems.append(
            f'{where}.models: min_version must be a quoted version such as "4.6", not {version!r}'
        )
        version = None
    if isinstance(family, str) and isinstance(version, str):
        return ModelLimit(family, tuple(int(part) for part in version.split(".")))
    return None
