"""Loads the known-models registry: which license governs well-known Hub repos, offline."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from auditor.errors import LicenseDBError
from auditor.fileio.once import loaded_once
from auditor.knowledge.bundle import read_knowledge_yaml
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.model.modality import MODALITIES
from auditor.resources import license_db_dir

REGISTRY_FILE = "known_models.yaml"
_ENTRY_KEYS = frozenset(
    {"pattern", "license", "family", "note", "extra_terms", "generation", "sizes", "modality"}
)


@dataclass(frozen=True, slots=True)
class KnownModel:
    """One registry entry: repos matching `pattern` are governed by `license`."""

    pattern: str  # fnmatch glob over the lowercase repo id "org/name"
    license: str  # a record id in license_db/licenses/
    family: str
    note: str | None = None
    # Terms that bind these models beyond their license record, e.g. an AUP's territorial
    # clause that covers only the multimodal models of a family.
    extra_terms: Mapping[str, ExtraTerm] = field(default_factory=dict)
    # The generation (and sizes) whose license the entry states, where a family's license
    # changed between generations or sizes (e.g. "Qwen2.5", ("72b",)).
    generation: str | None = None
    sizes: tuple[str, ...] = ()
    # What these models take in (text | multimodal), where a license clause depends on it
    # (the Llama 3.2, 3.3 and 4 use policies cover multimodal models only); a derivative whose
    # own evidence is silent takes it in as its base does (lineage/modality.py).
    modality: str | None = None


@dataclass(frozen=True, slots=True)
class ExtraTerm:
    """A term value and the record (usually a use policy) whose clause states it."""

    value: object
    document: str | None = None


@dataclass(frozen=True, slots=True)
class KnownModels:
    """The registry in file order; the first matching pattern wins."""

    entries: tuple[KnownModel, ...]
    as_of: str | None = None
    _prefixes: tuple[str, ...] = ()  # each glob's literal start, before its first wildcard
    _patterns: dict[int, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    # the entries by literal prefix, in file order: a lookup tries only the entries whose
    # prefix starts its id (a few of two hundred), still in file order
    _by_prefix: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, entries: Sequence[KnownModel], as_of: str | None = None) -> KnownModels:
        """A registry over `entries`. A glob is compiled the first time a repo id starts with
        its literal prefix (which any id it matches does): a run that looks up a few ids
        compiles a few of the registry's two hundred globs, not all of them at load."""
        prefixes = tuple(literal_prefix(e.pattern) for e in entries)
        by_prefix: dict[str, list[int]] = {}
        for index, prefix in enumerate(prefixes):
            by_prefix.setdefault(prefix, []).append(index)
        return cls(
            tuple(entries),
            as_of,
            prefixes,
            _by_prefix={prefix: tuple(indexes) for prefix, indexes in by_prefix.items()},
        )

    def lookup(self, repo_id: str) -> KnownModel | None:
        """The first entry whose pattern matches `repo_id` (case-insensitive), or None.

        A revision suffix (`org/name@rev`) and surrounding spaces or slashes are ignored.
        """
        key = normalize_repo_id(repo_id)
        if key is None:
            return None
        by_prefix = self._by_prefix
        candidates = sorted(
            index for end in range(len(key) + 1) for index in by_prefix.get(key[:end], ())
        )
        for index in candidates:
            if self._matches(index, key):
                return self.entries[index]
        return None

    def lookup_name(
        self, name: str, *, skip_org: Callable[[str], bool] = lambda org: False
    ) -> tuple[str, KnownModel] | None:
        """The first entry matching `<org>/<name>` for one of its own orgs (a literal org in its
        pattern, not skipped): the repo id it matched and the entry; None if none does."""
        for index, entry in enumerate(self.entries):
            org = entry.pattern.split("/", 1)[0]
            if not org or any(c in org for c in "*?[") or skip_org(org):
                continue
            candidate = f"{org}/{name.lower()}"
            if self._matches(index, candidate):
                return candidate, entry
        return None

    def _matches(self, index: int, key: str) -> bool:
        if not key.startswith(self._prefixes[index]):
            return False
        pattern = self._patterns.get(index)
        if pattern is None:  # a race compiles it twice, to the same pattern
            pattern = re.compile(fnmatch.translate(self.entries[index].pattern))
            self._patterns[index] = pattern
        return pattern.match(key) is not None


def literal_prefix(glob: str) -> str:
    """The part of an fnmatch glob before its first `*`, `?` or `[`: matched literally."""
    cut = min((glob.index(c) for c in "*?[" if c in glob), default=len(glob))
    return glob[:cut]


def normalize_repo_id(text: str) -> str | None:
    """`Org/Name@rev` -> `org/name`; None for anything that is not one `org/name` pair."""
    key = text.strip().split("@", 1)[0].strip("/").lower()
    parts = key.split("/")
    if len(parts) != 2 or not all(parts) or any(p in {".", ".."} for p in parts):
        return None
    return key


@loaded_once
def load_known_models(path: Path | None = None) -> KnownModels:
    """Load and check the registry (default: the bundled license_db/known_models.yaml).

    Raises LicenseDBError naming every bad entry, including license ids the LicenseDB lacks.
    """
    file = path or license_db_dir() / REGISTRY_FILE
    db_root = None if path is None else _db_root_beside(file)
    # load_license_db is cached per argument list: call it as everyone else does.
    db = load_license_db(db_root) if db_root is not None else load_license_db()
    return parse_known_models(_read(file), db, name=file.name)


def _db_root_beside(file: Path) -> Path | None:
    """A custom registry inside a license_db-like folder checks against that folder's records."""
    folder = file.parent
    return folder if (folder / "vocabulary.yaml").is_file() else None


def parse_known_models(data: Any, db: LicenseDB, *, name: str = REGISTRY_FILE) -> KnownModels:
    """Check parsed registry YAML against `db`; every problem is reported at once."""
    if not isinstance(data, dict) or not isinstance(data.get("models"), list):
        raise LicenseDBError(f"{name}: expected a mapping with a `models` list")
    problems: list[str] = []
    entries: list[KnownModel] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(data["models"]):
        where = f"models[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: not a mapping")
            continue
        unknown = sorted(str(k) for k in item if k not in _ENTRY_KEYS)
        if unknown:
            problems.append(f"{where}: unknown key(s) {unknown}")
        pattern, license_id, family = item.get("pattern"), item.get("license"), item.get("family")
        if not isinstance(pattern, str) or not pattern.strip():
            problems.append(f"{where}: missing pattern")
            continue
        where = f"{where} ({pattern})"
        if pattern != pattern.lower():
            problems.append(f"{where}: pattern must be lowercase")
        if pattern in seen:
            problems.append(f"{where}: duplicate of models[{seen[pattern]}]")
        seen.setdefault(pattern, index)
        if not isinstance(license_id, str) or db.get(license_id) is None:
            problems.append(f"{where}: license {license_id!r} has no record in the license DB")
            continue
        if not isinstance(family, str) or not family:
            problems.append(f"{where}: missing family")
            continue
        note = item.get("note")
        extra = extra_terms_of(item.get("extra_terms"), db, where, problems)
        generation, sizes = item.get("generation"), item.get("sizes") or []
        if generation is not None and not isinstance(generation, str):
            problems.append(f"{where}: generation must be text")
        if not isinstance(sizes, list):
            problems.append(f"{where}: sizes must be a list")
            sizes = []
        modality = item.get("modality")
        if modality is not None and modality not in MODALITIES:
            problems.append(f"{where}: modality must be one of {list(MODALITIES)}")
            modality = None
        entries.append(
            KnownModel(
                pattern,
                license_id,
                family,
                None if note is None else str(note),
                extra,
                None if generation is None else str(generation),
                tuple(str(s).lower() for s in sizes),
                None if modality is None else str(modality),
            )
        )
    if problems:
        raise LicenseDBError(f"{name} invalid: " + "; ".join(problems))
    as_of = data.get("as_of")
    return KnownModels.of(entries, None if as_of is None else str(as_of))


def extra_terms_of(
    raw: object, db: LicenseDB, where: str, problems: list[str]
) -> dict[str, ExtraTerm]:
    """`extra_terms: {term: {value: ..., document: <record id>}}`, checked against the DB."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append(f"{where}: extra_terms must be a mapping")
        return {}
    terms: dict[str, ExtraTerm] = {}
    for key, spec in raw.items():
        if key not in db.vocabulary.term_keys:
            problems.append(f"{where}: extra term {key!r} is not a term key")
            continue
        if not isinstance(spec, dict) or set(spec) - {"value", "document"} or "value" not in spec:
            problems.append(f"{where}: extra term {key!r} must be {{value, document}}")
            continue
        document = spec.get("document")
        if document is not None and db.get(str(document)) is None:
            problems.append(f"{where}: extra term {key!r} cites unknown record {document!r}")
            continue
        terms[str(key)] = ExtraTerm(spec["value"], None if document is None else str(document))
    return terms


def _read(path: Path) -> Any:
    try:
        return read_knowledge_yaml(path)
    except (OSError, yaml.YAMLError) as err:
        raise LicenseDBError(f"{path.name}: cannot be read ({err})") from err
