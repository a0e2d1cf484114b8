"""Loads license_db/ into LicenseRecord objects once, checked against its closed vocabulary."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from auditor.errors import LicenseDBError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.once import loaded_once
from auditor.knowledge.bundle import read_knowledge_yaml
from auditor.model.kinds import LicenseKind
from auditor.model.terms import (
    CLAUSE_KEYS,
    LICENSEE_TYPES,
    TERRITORIAL_EXEMPTIONS,
    TERRITORIAL_MODELS,
)
from auditor.resources import license_db_dir

_RECORD_KEYS = {
    "id": True,
    "name": True,
    "family": True,
    "version": False,
    "date": False,
    "kind": True,
    "spdx": False,
    "scancode": False,
    "hf": False,
    "aliases": False,
    "links": False,
    "osi_approved": False,
    "osaid_fit": False,
    "related": False,
    "corpus_texts": False,
    "summary": True,
    "terms": True,
    "obligations": False,
    "revenue_threshold_note": False,
    "notes": False,
}
_ID = lazy_pattern(r"^(LicenseRef-[A-Za-z0-9.\-]+|[A-Za-z0-9.\-+]+)$")


@dataclass(frozen=True, slots=True)
class Term:
    """One term of a license as the database states it, with the clause it comes from."""

    value: object
    clause: str | None


@dataclass(frozen=True, slots=True)
class Obligation:
    """A duty the adopting team takes on, traced to its clause."""

    tag: str
    clause: str | None
    text: str


@dataclass(frozen=True, slots=True)
class LicenseRecord:
    """Facts about one license or use policy."""

    id: str
    name: str
    family: str
    kind: LicenseKind
    summary: str
    version: str | None = None
    date: str | None = None
    spdx: str | None = None
    scancode: str | None = None
    hf: str | None = None
    aliases: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    osi_approved: bool | None = None
    osaid_fit: bool | None = None
    related: tuple[str, ...] = ()
    corpus_texts: tuple[str, ...] = ()
    terms: Mapping[str, Term] = field(default_factory=dict)
    obligations: tuple[Obligation, ...] = ()
    source_file: str = ""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The closed sets every record is checked against."""

    kinds: frozenset[str]
    commercial_use: frozenset[str]
    term_keys: tuple[str, ...]
    use_restrictions: frozenset[str]
    obligations: frozenset[str]
    optional_term_keys: tuple[str, ...] = ()  # stated only by the records they apply to


@dataclass(frozen=True, slots=True)
class LicenseDB:
    """All records, with lookup tables built once."""

    records: Mapping[str, LicenseRecord]
    vocabulary: Vocabulary
    by_alias: Mapping[str, str]  # normalised alias -> record id
    by_link: Mapping[str, str]  # normalised URL -> record id

    def get(self, license_id: str) -> LicenseRecord | None:
        """The record with this id, or None."""
        return self.records.get(license_id)

    def lookup(self, name: str) -> LicenseRecord | None:
        """A record by id, SPDX id, ScanCode key, Hub tag, title or alias (case-insensitive)."""
        key = self.by_alias.get(normalize_alias(name))
        return None if key is None else self.records[key]

    def lookup_link(self, url: str) -> LicenseRecord | None:
        """A record by one of its canonical URLs."""
        key = self.by_link.get(normalize_link(url))
        return None if key is None else self.records[key]


def normalize_alias(text: str) -> str:
    """Lowercase, unify separators (look-alike dashes too: `cc‐by‐nc` with U+2010), drop
    invisible characters, collapse spaces: `Llama 3.1_X` -> `llama 3.1 x`."""
    text = _INVISIBLE.sub("", text.strip().lower())
    return " ".join(_SEPARATORS.sub(" ", text).split())


_INVISIBLE = lazy_pattern("[\u00ad\u200b-\u200d\u2060\ufeff]")
_SEPARATORS = lazy_pattern(r"[\s_\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+")


def normalize_link(url: str) -> str:
    """Compare URLs without scheme, `www.`, query, fragment, trailing slash or `/blob/<ref>`."""
    text = url.strip().lower()
    text = re.sub(r"^[a-z]+://", "", text)
    text = text.removeprefix("www.")
    text = re.split(r"[?#]", text, maxsplit=1)[0]
    return text.rstrip("/")


@loaded_once
def load_license_db(root: Path | None = None) -> LicenseDB:
    """Load and check every record under `root` (default: the bundled license_db/)."""
    folder = root or license_db_dir()
    vocabulary = _load_vocabulary(folder / "vocabulary.yaml")
    records: dict[str, LicenseRecord] = {}
    problems: list[str] = []
    for path in sorted((folder / "licenses").glob("*.yaml")):
        try:
            record = _parse_record(path, _read_yaml(path), vocabulary)
        except LicenseDBError as err:
            problems.append(err.message)
            continue
        if record.id in records:
            problems.append(
                f"{path.name}: duplicate id {record.id} (also {records[record.id].source_file})"
            )
        records[record.id] = record
    for record in records.values():
        problems.extend(
            f"{record.source_file}: related id {rel} has no record"
            for rel in record.related
            if rel not in records
        )
    if problems:
        raise LicenseDBError("license database invalid: " + "; ".join(problems))
    return LicenseDB(
        records=records,
        vocabulary=vocabulary,
        by_alias=_alias_index(records),
        by_link=_link_index(records),
    )


def _alias_index(records: Mapping[str, LicenseRecord]) -> dict[str, str]:
    index: dict[str, str] = {}
    # Strong names first (ids, SPDX, Hub tags) so a loose alias never shadows them.
    for strength in ("strong", "weak"):
        for record in records.values():
            names = (
                [record.id, record.spdx, record.hf, record.scancode]
                if strength == "strong"
                else [record.name, *record.aliases]
            )
            for name in names:
                if name:
                    index.setdefault(normalize_alias(name), record.id)
    return index


def _link_index(records: Mapping[str, LicenseRecord]) -> dict[str, str]:
    index: dict[str, str] = {}
    for record in records.values():
        for link in record.links:
            index.setdefault(normalize_link(link), record.id)
    return index


def _read_yaml(path: Path) -> Any:
    try:
        return read_knowledge_yaml(path)
    except (OSError, yaml.YAMLError) as err:
        raise LicenseDBError(f"{path.name}: cannot be read ({err})") from err


def _load_vocabulary(path: Path) -> Vocabulary:
    data = _read_yaml(path)
    try:
        return Vocabulary(
            kinds=frozenset(data["kinds"]),
            commercial_use=frozenset(data["commercial_use"]),
            term_keys=tuple(data["term_keys"]),
            use_restrictions=frozenset(data["use_restrictions"]),
            obligations=frozenset(data["obligations"]),
            optional_term_keys=tuple(data.get("optional_term_keys") or ()),
        )
    except (KeyError, TypeError) as err:
        raise LicenseDBError(f"{path.name}: missing section {err}") from err


def _parse_record(path: Path, data: Any, vocab: Vocabulary) -> LicenseRecord:
    name = path.name
    if not isinstance(data, dict):
        raise LicenseDBError(f"{name}: not a mapping")
    problems = [f"unknown key {key!r}" for key in data if key not in _RECORD_KEYS]
    problems += [
        f"missing key {key!r}"
        for key, required in _RECORD_KEYS.items()
        if required and key not in data
    ]
    if any(problem.startswith("missing key") for problem in problems):
        raise LicenseDBError(f"{name}: " + ", ".join(problems))
    if not isinstance(data["id"], str) or not _ID.match(data["id"]):
        problems.append(f"bad id {data['id']!r}")
    if data["kind"] not in vocab.kinds:
        problems.append(f"kind {data['kind']!r} not in the vocabulary")
    terms = _parse_terms(data["terms"], vocab, problems)
    obligations = []
    for item in data.get("obligations") or []:
        if not isinstance(item, dict) or item.get("tag") not in vocab.obligations:
            problems.append(f"obligation {item!r} has no known tag")
            continue
        obligations.append(
            Obligation(
                tag=item["tag"], clause=_opt_str(item.get("clause")), text=str(item.get("text", ""))
            )
        )
    if problems:
        raise LicenseDBError(f"{name}: " + ", ".join(problems))
    return LicenseRecord(
        id=data["id"],
        name=str(data["name"]),
        family=str(data["family"]),
        kind=LicenseKind(data["kind"]),
        summary=str(data["summary"]).strip(),
        version=_opt_str(data.get("version")),
        date=_opt_str(data.get("date")),
        spdx=_opt_str(data.get("spdx")),
        scancode=_opt_str(data.get("scancode")),
        hf=_opt_str(data.get("hf")),
        aliases=tuple(str(a) for a in data.get("aliases") or ()),
        links=tuple(str(a) for a in data.get("links") or ()),
        osi_approved=data.get("osi_approved"),
        osaid_fit=data.get("osaid_fit"),
        related=tuple(str(a) for a in data.get("related") or ()),
        corpus_texts=tuple(str(a) for a in data.get("corpus_texts") or ()),
        terms=terms,
        obligations=tuple(obligations),
        source_file=name,
    )


def _parse_terms(raw: Any, vocab: Vocabulary, problems: list[str]) -> dict[str, Term]:
    if not isinstance(raw, dict):
        problems.append("terms is not a mapping")
        return {}
    terms: dict[str, Term] = {}
    for key, item in raw.items():
        if key not in vocab.term_keys and key not in vocab.optional_term_keys:
            problems.append(f"unknown term {key!r}")
            continue
        if not isinstance(item, dict) or set(item) - {"value", "clause"}:
            problems.append(f"term {key!r} must be {{value, clause}}")
            continue
        value = item.get("value")
        if key == "commercial_use" and value is not None and value not in vocab.commercial_use:
            problems.append(f"commercial_use {value!r} not in the vocabulary")
        if key == "use_restrictions":
            unknown = [tag for tag in value or [] if tag not in vocab.use_restrictions]
            if unknown:
                problems.append(f"unknown use_restrictions {unknown}")
        if key == "excluded_licensee_types":
            unknown = [kind for kind in value or [] if kind not in LICENSEE_TYPES]
            if unknown:
                problems.append(f"unknown excluded_licensee_types {unknown}")
        if key in CLAUSE_KEYS:
            problems.extend(f"{key}: {p}" for p in clause_problems(value))
        terms[key] = Term(value=value, clause=_opt_str(item.get("clause")))
    missing = [key for key in vocab.term_keys if key not in terms]
    if missing:
        problems.append(f"missing terms {missing}")
    return terms


def clause_problems(value: object) -> list[str]:
    """What is wrong with a list of territorial clauses (model/terms.py TerritorialClause)."""
    if not isinstance(value, list):
        return ["must be a list of {regions, models, exempts}"]
    problems: list[str] = []
    for clause in value:
        if not isinstance(clause, dict) or set(clause) != {"regions", "models", "exempts"}:
            problems.append(f"{clause!r} must be {{regions, models, exempts}}")
            continue
        regions, exempts = clause["regions"], clause["exempts"]
        if (
            not isinstance(regions, list)
            or not regions
            or not all(isinstance(r, str) and r.isupper() and len(r) in (2, 3) for r in regions)
        ):
            problems.append(f"regions {regions!r} must be region codes (EU, EEA, DE, ...)")
        if clause["models"] not in TERRITORIAL_MODELS:
            problems.append(f"models {clause['models']!r} not in {list(TERRITORIAL_MODELS)}")
        if not isinstance(exempts, list) or set(exempts) - set(TERRITORIAL_EXEMPTIONS):
            problems.append(f"exempts {exempts!r} not in {list(TERRITORIAL_EXEMPTIONS)}")
    return problems


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
