"""Each dataset that trained a model, resolved to its license and what its card says.

Analysis leaves every dataset the model's evidence names as `stated` (training/stated.py).
Resolution looks up only those whose role puts their data into the weights (training,
fine-tuning, a dataset's sources); an evaluation or mentioned dataset is listed and never read.

- **The dataset's own words first.** A dataset named by a Hub id is read from its dataset repo
  (`fetch`, pipeline/datasets.py: card, license files, the same license engine as models).
- **The strictest reading of each term across the documents and the record.** When the
  known-datasets registry also knows the dataset, each term is the stricter of the two (research
  only when either says so; the stricter commercial-use word; generators and sources united);
  the license is the repo's when the engine identified one, else the record's.
- **Then the model card's own words.** A dataset neither its repo nor the registry answers
  for, whose card table names its license (`CC BY-NC 4.0`), is `card`-resolved to that license
  when the license database knows the name; an unknown name leaves it unread.
- **Then what it is built from.** A dataset's sources (its card's `source_datasets`, the
  registry's) are looked up in the registry, a few generations deep, and their stricter
  commercial-use, research-only and share-alike terms carried in, quoting the source
  (resolve_sources.py): a cleaned copy of a non-commercial dataset is still its content.
- **Say what could not be read.** No Hub id and no record, a repo that cannot be read (gated,
  deleted, offline and not cached), a model audited without the Hub (a local folder: the
  registry only), or past the per-model bound: the entry says `unresolved` or `not-fetched` with
  the reason, and the `training_data.unknown_license` fact counts it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, cast

from auditor.errors import AuditorError
from auditor.knowledge.license_db import LicenseDB
from auditor.model import Evidence, ModelResult, Verdict
from auditor.model.lineage import AncestorLicense, StatedEvidence
from auditor.model.training import TrainingDataEntry, is_training
from auditor.training.resolve_sources import COMMERCIAL_ORDER, SourceRecord, with_source_terms
from auditor.training.stated_refs import without_subset

MAX_DATASETS_PER_MODEL = 16
"""Training datasets one model may read from the Hub; each is a whole audit with its own
request budget (64 requests), so a card listing hundreds of datasets costs at most about a
thousand requests, a twentieth of the run's. Mixtures list tens of sources; past the bound the
rest are `not-fetched`, with the reason, and count as of unknown license."""

DatasetFetch = Callable[[str], ModelResult]
"""The analysis of the Hub dataset `org/name[@rev]`; raises AuditorError saying why not."""

_SHARE_ALIKE = ("CC-BY-SA", "CC-BY-NC-SA", "ODBL", "CDLA-SHARING")


class KnownDataset(SourceRecord, Protocol):
    """What the known-datasets registry holds about one dataset (knowledge/known_datasets.py)."""

    @property
    def generated_with(self) -> tuple[str, ...]: ...
    @property
    def generated_terms(self) -> tuple[str, ...]: ...
    @property
    def personal_data(self) -> str | None: ...


Lookup = Callable[[str], KnownDataset | None]
LicenseOf = Callable[[str], AncestorLicense | None]
"""A license id as the result names it (id, name, kind), from the license database."""


def license_of_records(db: LicenseDB) -> LicenseOf:
    """`LicenseOf` answered by `db` (an id, SPDX id or alias; None when it holds none)."""

    def license_of(license_id: str) -> AncestorLicense | None:
        record = db.get(license_id) or db.lookup(license_id)
        if record is None:
            return None
        return {"id": record.id, "name": record.name, "kind": str(record.kind)}

    return license_of


def resolve_training_data(
    entries: Iterable[TrainingDataEntry],
    *,
    fetch: DatasetFetch | None,
    lookup: Lookup,
    license_of: LicenseOf,
    offline_reason: str | None = None,
    limit: int = MAX_DATASETS_PER_MODEL,
) -> tuple[TrainingDataEntry, ...]:
    """Every entry, the training ones resolved (see the module's docstring). `fetch` None: the
    Hub is not asked (`offline_reason` says why, for the entries the registry does not know)."""
    stated = list(entries)
    resolved: list[TrainingDataEntry] = []
    for said, entry in zip(
        stated, _resolved(stated, fetch, lookup, license_of, offline_reason, limit), strict=True
    ):
        entry = with_card_terms(entry, said)
        resolved.append(with_source_terms(entry, lookup) if _built_from(entry) else entry)
    return tuple(resolved)


def with_card_terms(entry: TrainingDataEntry, said: TrainingDataEntry) -> TrainingDataEntry:
    """The resolved entry with the terms the model card states for the dataset (stated.py:
    research-only, no commercial use) kept where they are stricter than what was read."""
    research = bool(said.get("research_only")) and not entry.get("research_only")
    words = [w for w in (entry.get("commercial_use"), said.get("commercial_use")) if w]
    word = max(words, key=lambda w: COMMERCIAL_ORDER.get(w, 0)) if words else None
    if not research and word == entry.get("commercial_use"):
        return entry
    evidence = dict(entry.get("terms_evidence") or {})
    for field, quotes in (said.get("terms_evidence") or {}).items():
        evidence[field] = [*evidence.get(field, []), *quotes]
    out = _merged(entry, commercial_use=word, terms_evidence=evidence)
    if research:
        out["research_only"] = True
    return out


def _built_from(entry: TrainingDataEntry) -> bool:
    return is_training(entry) and bool(entry.get("source_datasets"))


def _resolved(
    entries: Iterable[TrainingDataEntry],
    fetch: DatasetFetch | None,
    lookup: Lookup,
    license_of: LicenseOf,
    offline_reason: str | None,
    limit: int,
) -> list[TrainingDataEntry]:
    resolved: list[TrainingDataEntry] = []
    fetched = 0
    for entry in entries:
        if not is_training(entry) or entry["resolved_by"] != "stated":
            resolved.append(entry)
            continue
        known = _known(entry, lookup)
        from_registry = None if known is None else _from_registry(entry, known, license_of)
        hub_id = entry["hub_id"]
        if hub_id is None or fetch is None or fetched >= limit:
            if from_registry is not None:
                resolved.append(from_registry)
                continue
            why = _why_not_fetched(hub_id, fetch, offline_reason, limit)
            resolved.append(_not_read(entry, "not-fetched", why, license_of))
            continue
        fetched += 1
        _, at, revision = entry["ref"].partition("@")  # a pinned dataset is read at its pin
        try:
            dataset = fetch(f"{hub_id}@{revision}" if at and revision else hub_id)
        except AuditorError as err:
            if from_registry is not None:
                resolved.append(_noted(from_registry, f"its repo could not be read: {err}"))
                continue
            resolved.append(_not_read(entry, "unresolved", str(err), license_of))
            continue
        if dataset.verdict is Verdict.ERROR:
            why = _first_message(dataset)
            if from_registry is not None:
                resolved.append(_noted(from_registry, f"its repo could not be read: {why}"))
            else:
                resolved.append(_not_read(entry, "unresolved", why, license_of))
            continue
        read = _from_repo(entry, dataset)
        resolved.append(read if from_registry is None else _stricter(read, from_registry))
    return resolved


def _known(entry: TrainingDataEntry, lookup: Lookup) -> KnownDataset | None:
    """The registry's record of the entry: by its id or name, else (a name ending with a
    language or subset the registry does not list: `C4-en`) by the name less it."""
    known = lookup(entry["hub_id"] or entry["ref"])
    base = without_subset(entry["ref"]) if known is None and entry["hub_id"] is None else None
    return lookup(base) if base is not None else known


def _why_not_fetched(
    hub_id: str | None, fetch: DatasetFetch | None, offline_reason: str | None, limit: int
) -> str:
    if hub_id is None:
        return (
            "named without a Hub id, and the known-datasets registry does not know it: its "
            "license could not be looked up"
        )
    if fetch is None:
        return offline_reason or "the Hub was not asked in this audit"
    return f"not read: this model already read {limit} training datasets, the bound per model"


def _not_read(
    entry: TrainingDataEntry, how: str, reason: str, license_of: LicenseOf
) -> TrainingDataEntry:
    """Unread, unless the card states a license the database knows (then `card`)."""
    said = entry.get("license")
    name = said.get("name") if said else None
    license_ = license_of(name) if name else None
    if license_ is None:
        if name:
            reason += f"; the card states its license as '{name}', which names no known license"
        return _merged(entry, resolved_by=how, reason=reason, license=None)
    return _merged(
        entry,
        resolved_by="card",
        reason=None,
        license=license_,
        research_only=license_["kind"] == "research-only",
        share_alike=(license_["id"] or "").upper().startswith(_SHARE_ALIKE),
        attribution_required=_attribution(license_),
    )


def _noted(entry: TrainingDataEntry, reason: str) -> TrainingDataEntry:
    return _merged(entry, reason=reason)


def _merged(entry: TrainingDataEntry, **fields: object) -> TrainingDataEntry:
    """A copy of the entry with these fields set (TypedDict.update takes no keywords)."""
    return cast(TrainingDataEntry, {**entry, **fields})


def _from_registry(
    entry: TrainingDataEntry, known: KnownDataset, license_of: LicenseOf
) -> TrainingDataEntry:
    license_ = license_of(known.license) if known.license else None
    if license_ is None and known.license:
        license_ = {"id": known.license, "name": known.license, "kind": None}
    quote: StatedEvidence = {
        "file": "license_db/known_datasets.yaml",
        "line": None,
        "text": f"{known.id}: {known.license or 'license not recorded'} (source: {known.source})",
    }
    return _merged(
        entry,
        resolved_by="registry",
        reason=None,
        license=license_,
        license_evidence=[quote],
        commercial_use=known.commercial_use,
        research_only=bool(known.research_only),
        share_alike=bool(known.share_alike),
        attribution_required=_attribution(license_),
        generated_with=list(known.generated_with),
        generated_terms=list(known.generated_terms),
        personal_data=known.personal_data,
        source_datasets=list(known.source_datasets),
        terms_evidence={},
    )


def _attribution(license_: AncestorLicense | None) -> bool:
    """CC BY-style and ODC-By data licenses require credit; others are read from the record by
    the attribution collector (report/attribution.py)."""
    ident = license_["id"] if license_ is not None else None
    return (ident or "").upper().startswith(("CC-BY", "ODC-BY"))


def _from_repo(entry: TrainingDataEntry, dataset: ModelResult) -> TrainingDataEntry:
    match = dataset.effective_license or dataset.license
    license_: AncestorLicense | None = None
    if match is not None and match.id is not None:
        license_ = {"id": match.id, "name": match.name, "kind": match.kind}
    card = dataset.data_card
    terms = dataset.terms
    research = bool(card and card["research_only"]) or (
        match is not None and match.kind == "research-only"
    )
    return _merged(
        entry,
        resolved_by="hub",
        reason=None if license_ is not None else "the dataset states no license the engine knows",
        revision=dataset.source.resolved_sha if dataset.source is not None else None,
        license=license_,
        license_evidence=_license_evidence(dataset),
        commercial_use=terms.get("commercial_use"),
        research_only=research,
        share_alike=bool(card and card["share_alike"]),
        attribution_required=bool(terms.get("attribution_required")),
        generated_with=list(card["generated_with"]) if card else [],
        generated_terms=list(card["generated_terms"]) if card else [],
        personal_data=card["personal_data"] if card else None,
        source_datasets=list(card["source_datasets"]) if card else [],
        terms_evidence={k: list(v) for k, v in card["terms_evidence"].items()} if card else {},
    )


def _license_evidence(dataset: ModelResult) -> list[StatedEvidence]:
    """Where the dataset states its license: the files identified, else its declaration."""
    found: list[StatedEvidence] = []
    for file in dataset.license_files:
        if file.identified_as:
            text = f"{file.path} read as {file.identified_as}"
            found.append({"file": file.path, "line": None, "text": text})
    declared = dataset.declared.license
    if declared:
        value = declared if isinstance(declared, str) else ", ".join(declared)
        origin = dataset.declared.origin or "the dataset card"
        found.append({"file": "README.md", "line": None, "text": f"license: {value} ({origin})"})
    return found[:8]


def _stricter(read: TrainingDataEntry, record: TrainingDataEntry) -> TrainingDataEntry:
    """Each term the stricter of the repo's reading and the registry's record."""
    out = _merged(read)
    if out.get("license") is None:
        out["license"] = record.get("license")
    out["license_evidence"] = [
        *read.get("license_evidence", []),
        *record.get("license_evidence", []),
    ]
    words = [w for w in (read.get("commercial_use"), record.get("commercial_use")) if w]
    if words:
        out["commercial_use"] = max(words, key=lambda w: COMMERCIAL_ORDER.get(w, 0))
    out["research_only"] = bool(read.get("research_only") or record.get("research_only"))
    out["share_alike"] = bool(read.get("share_alike") or record.get("share_alike"))
    out["attribution_required"] = bool(
        read.get("attribution_required") or record.get("attribution_required")
    )
    made = dict.fromkeys([*read.get("generated_with", []), *record.get("generated_with", [])])
    out["generated_with"] = list(made)
    terms = dict.fromkeys([*read.get("generated_terms", []), *record.get("generated_terms", [])])
    out["generated_terms"] = list(terms)
    sources = dict.fromkeys([*read.get("source_datasets", []), *record.get("source_datasets", [])])
    out["source_datasets"] = list(sources)
    if out.get("personal_data") is None:
        out["personal_data"] = record.get("personal_data")
    return out


def _first_message(result: ModelResult) -> str:
    for finding in result.findings:
        return finding.message
    return f"{result.ref}: the audit did not finish"


def evidence_of(entry: TrainingDataEntry) -> tuple[Evidence, ...]:
    """Where a dataset is stated, as finding evidence."""
    return tuple(Evidence(e["file"], e["line"], e["text"]) for e in entry["stated"])
