"""Loads the known-datasets registry: the license facts of widely used training datasets, and
which API provider's output terms bind data a named model generated, offline."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import InputFileError, LicenseDBError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.located_yaml import LocatedYaml, Pointer, parse_located_yaml
from auditor.fileio.once import loaded_once
from auditor.fileio.schema_check import check_schema, located
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.knowledge.providers import load_providers
from auditor.resources import license_db_dir

REGISTRY_FILE = "known_datasets.yaml"
SCHEMA_FILE = "known_datasets.schema.json"
_HUB_PREFIXES = ("https://huggingface.co/datasets/", "http://huggingface.co/datasets/", "datasets/")
_SPACES = lazy_pattern(r"[\s_]+")
_VENDOR = lazy_pattern(r"^(?:openai|anthropic|google|microsoft|azure|meta)(?:'s|’s)?[\s-]+", re.I)


@dataclass(frozen=True, slots=True)
class KnownDataset:
    """One registry entry: a dataset's license facts as its authors publish them; None (or
    empty) where the registry does not know."""

    id: str
    source: str
    as_of: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()  # globs over `dataset_key`s
    license: str | None = None  # a license DB record id, or an SPDX id (`license_in_records`)
    license_in_records: bool = False  # whether license_db/licenses/ has a record for it
    commercial_use: str | None = None  # allowed | restricted | prohibited
    research_only: bool | None = None
    share_alike: bool | None = None
    generated_with: tuple[str, ...] = ()
    generated_terms: tuple[str, ...] = ()  # provider keys of `generated_with`'s models
    personal_data: str | None = None  # a model/training.py PERSONAL_DATA word
    source_datasets: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Generator:
    """Model names (a full-match pattern) whose outputs fall under a provider's terms."""

    provider: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class KnownDatasets:
    """The registry: entries by id, alias and glob, and the generator table."""

    entries: tuple[KnownDataset, ...]
    generators: tuple[Generator, ...]
    as_of: str
    by_name: Mapping[str, KnownDataset]

    def lookup(self, ref: str) -> KnownDataset | None:
        """The entry a dataset reference names: a Hub id (any case, an `@rev` suffix, a
        `datasets/` or huggingface.co prefix ignored), an alias or a matching glob; else None."""
        key = dataset_key(ref)
        if not key:
            return None
        found = self.by_name.get(key)
        if found is not None:
            return found
        for entry in self.entries:
            if any(fnmatch.fnmatchcase(key, glob) for glob in entry.patterns):
                return entry
        return None

    def provider_for_model(self, name: str) -> str | None:
        """The provider key whose output-use terms bind what model `name` generated, or None
        (an open-weight model, or a name the table does not know)."""
        return provider_for(self.generators, name)


def dataset_key(ref: str) -> str:
    """`https://huggingface.co/datasets/Org/Name@rev` -> `org/name`; `The  Pile` -> `the-pile`."""
    key = ref.strip().strip("`'\"").split("@", 1)[0].strip()
    for prefix in _HUB_PREFIXES:
        if key.lower().startswith(prefix):
            key = key[len(prefix) :]
    key = key.strip("/").lower()
    return _SPACES.sub("-", key).replace("-/-", "/")


def model_key(name: str) -> str:
    """`OpenAI's GPT-4 Turbo` -> `gpt-4-turbo`: how the generator patterns read a model name."""
    return _SPACES.sub("-", _VENDOR.sub("", name.strip())).lower()


def provider_for(generators: Sequence[Generator], name: str) -> str | None:
    """The provider of the first generator pattern the model name matches in full, or None."""
    key = model_key(name)
    return next((g.provider for g in generators if g.pattern.fullmatch(key)), None)


def lookup(ref: str) -> KnownDataset | None:
    """The bundled registry's entry for a dataset reference, or None."""
    return load_known_datasets().lookup(ref)


@loaded_once
def load_known_datasets(path: Path | None = None) -> KnownDatasets:
    """Load and check the registry (default: the bundled license_db/known_datasets.yaml).

    Raises LicenseDBError naming every problem with its line: the schema's, license ids the
    license database lacks, provider keys the catalog lacks, and colliding names.
    """
    file = path or license_db_dir() / REGISTRY_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise LicenseDBError(f"{file.name}: cannot be read ({err})") from err
    return parse_known_datasets(text, load_license_db(), name=file.name)


def parse_known_datasets(
    text: str, db: LicenseDB, *, name: str = REGISTRY_FILE, providers: Sequence[str] | None = None
) -> KnownDatasets:
    """Check the registry's YAML text against its schema, `db` and the provider catalog (or
    `providers`); every problem is reported at once."""
    try:
        doc = parse_located_yaml(text, name)
    except InputFileError as err:
        raise LicenseDBError(f"{name} invalid: " + "; ".join(err.lines())) from err
    problems = located(doc, check_schema(doc, license_db_dir() / SCHEMA_FILE))
    if problems:
        raise LicenseDBError(f"{name} invalid: " + _joined(name, problems))
    data = doc.data
    assert isinstance(data, dict)  # the schema said so
    known = set(providers) if providers is not None else set(load_providers())
    generators = _generators(doc, known, problems)
    entries: list[KnownDataset] = []
    by_name: dict[str, KnownDataset] = {}
    named_at: dict[str, int | None] = {}
    for index, raw in enumerate(data["datasets"]):
        where: Pointer = ("datasets", index)
        entry = _entry(raw, db, generators, doc, where, problems)
        entries.append(entry)
        for word in (entry.id, *entry.aliases):
            key = dataset_key(word)
            if key in by_name and by_name[key] is not entry:
                line = doc.key_line(where)
                problems.append(
                    (
                        line,
                        f"name {word!r} of {entry.id} is already the name of "
                        f"{by_name[key].id} (line {named_at[key]})",
                    )
                )
                continue
            by_name[key] = entry
            named_at[key] = doc.key_line(where)
    if problems:
        raise LicenseDBError(f"{name} invalid: " + _joined(name, problems))
    return KnownDatasets(tuple(entries), tuple(generators), str(data["as_of"]), by_name)


def _generators(
    doc: LocatedYaml, known: set[str], problems: list[tuple[int | None, str]]
) -> list[Generator]:
    data = doc.data
    assert isinstance(data, dict)
    found: list[Generator] = []
    for index, raw in enumerate(data["generators"]):
        line = doc.key_line(("generators", index))
        provider = str(raw["provider"])
        if provider not in known:
            problems.append((line, f"unknown provider {provider!r} (catalog: {sorted(known)})"))
            continue
        try:
            pattern = re.compile(str(raw["pattern"]))
        except re.error as err:
            problems.append((line, f"pattern does not compile ({err})"))
            continue
        found.append(Generator(provider, pattern))
    return found


def _entry(
    raw: Mapping[str, object],
    db: LicenseDB,
    generators: Sequence[Generator],
    doc: LocatedYaml,
    where: Pointer,
    problems: list[tuple[int | None, str]],
) -> KnownDataset:
    license_id = raw.get("license")
    in_records = isinstance(license_id, str) and db.get(license_id) is not None
    if isinstance(license_id, str) and not in_records and license_id.startswith("LicenseRef-"):
        # an SPDX id may wait for its record (the ScanCode index names it); ours may not
        problems.append((doc.key_line((*where, "license")), f"no record for {license_id}"))
    generated = tuple(str(model) for model in _list(raw.get("generated_with")))
    terms = {p for model in generated if (p := provider_for(generators, model)) is not None}
    return KnownDataset(
        id=str(raw["id"]),
        source=str(raw["source"]),
        as_of=str(raw["as_of"]),
        aliases=tuple(str(alias) for alias in _list(raw.get("aliases"))),
        patterns=tuple(dataset_key(str(glob)) for glob in _list(raw.get("patterns"))),
        license=license_id if isinstance(license_id, str) else None,
        license_in_records=in_records,
        commercial_use=_text(raw.get("commercial_use")),
        research_only=_flag(raw.get("research_only")),
        share_alike=_flag(raw.get("share_alike")),
        generated_with=generated,
        generated_terms=tuple(sorted(terms)),
        personal_data=_text(raw.get("personal_data")),
        source_datasets=tuple(str(ref) for ref in _list(raw.get("source_datasets"))),
        note=_text(raw.get("note")),
    )


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _joined(name: str, problems: list[tuple[int | None, str]]) -> str:
    return "; ".join(
        f"{name}:{line}: {message}" if line is not None else f"{name}: {message}"
        for line, message in problems
    )
