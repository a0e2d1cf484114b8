"""The terms a training dataset inherits from the datasets it is built from. Pure.

A dataset made from another (a cleaned, filtered, translated or reformatted copy: alpaca-cleaned
from Stanford Alpaca) still holds that dataset's content: its maker's license covers what the
maker added (CC BY 4.0 §2(a)(1): Adapted Material), not the source's terms, which stay with the
content. So each source the dataset's card or its registry record names is looked up in the
known-datasets registry, and so are its own sources, to MAX_SOURCE_DEPTH generations: the
stricter commercial-use word, research-only and share-alike terms of any of them are carried
into the entry, each with a quote naming the source it comes from (`terms_evidence`). A source
the registry does not know adds nothing (its terms are not read, never guessed); the entry's own
license stays the one its maker states.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, cast

from auditor.model.lineage import StatedEvidence
from auditor.model.training import TrainingDataEntry

MAX_SOURCE_DEPTH = 3
"""Generations of sources read: a copy of a copy of a copy; cycles are cut."""
MAX_SOURCES = 32
"""Sources read for one dataset, over every generation."""
REGISTRY_FILE = "license_db/known_datasets.yaml"

COMMERCIAL_ORDER = {"allowed": 0, "restricted": 1, "prohibited": 2}


class SourceRecord(Protocol):
    """What the registry holds about a source (knowledge/known_datasets.py KnownDataset)."""

    @property
    def id(self) -> str: ...
    @property
    def license(self) -> str | None: ...
    @property
    def commercial_use(self) -> str | None: ...
    @property
    def research_only(self) -> bool | None: ...
    @property
    def share_alike(self) -> bool | None: ...
    @property
    def source_datasets(self) -> tuple[str, ...]: ...
    @property
    def source(self) -> str: ...
    @property
    def note(self) -> str | None: ...


SourceLookup = Callable[[str], SourceRecord | None]


def with_source_terms(entry: TrainingDataEntry, lookup: SourceLookup) -> TrainingDataEntry:
    """The entry with the strictest terms of the datasets it is built from carried in (the
    module's docstring); the entry itself when no source is known or none is stricter."""
    records = _sources(entry, lookup)
    out = cast(TrainingDataEntry, dict(entry))
    evidence = {k: list(v) for k, v in (entry.get("terms_evidence") or {}).items()}
    changed = False
    for record, via in records:
        said = _quote(record, via)
        word = record.commercial_use
        if word is not None and _stricter(word, out.get("commercial_use")):
            out["commercial_use"] = word
            evidence.setdefault("commercial_use", []).append(said)
            changed = True
        if record.research_only and not out.get("research_only"):
            out["research_only"] = True
            evidence.setdefault("research_only", []).append(said)
            changed = True
        if record.share_alike and not out.get("share_alike"):
            out["share_alike"] = True
            evidence.setdefault("share_alike", []).append(said)
            changed = True
        # (only where the entry's own terms are known: one of unknown terms is said already)
        if _terms_unknown(record) and (out.get("license") or out.get("commercial_use")):
            out["unknown_sources"] = [*out.get("unknown_sources", []), via]
            evidence.setdefault("unknown_sources", []).append(said)
            changed = True
    if not changed:
        return entry
    out["terms_evidence"] = evidence
    return out


def _sources(entry: TrainingDataEntry, lookup: SourceLookup) -> list[tuple[SourceRecord, str]]:
    """The registry records of the entry's sources and theirs, nearest first, each with the
    chain it was reached through (`tatsu-lab/alpaca`, `a/b via c/d`)."""
    seen = {(entry.get("hub_id") or entry["ref"]).lower()}
    found: list[tuple[SourceRecord, str]] = []
    frontier: list[tuple[str, str]] = [(s, s) for s in _named(entry.get("source_datasets"))]
    for _ in range(MAX_SOURCE_DEPTH):
        later: list[tuple[str, str]] = []
        for name, via in frontier:
            record = lookup(name)
            key = (record.id if record is not None else name).lower()
            if key in seen or len(found) >= MAX_SOURCES:
                continue
            seen.add(key)
            if record is None:
                continue
            found.append((record, via))
            later.extend((s, f"{s} via {via}") for s in record.source_datasets)
        frontier = later
    return found


def _terms_unknown(record: SourceRecord) -> bool:
    """The registry knows the source and records nothing that says what its content allows."""
    return not (record.license or record.commercial_use or record.research_only)


def _named(values: Iterable[str] | None) -> list[str]:
    return [v.strip() for v in values or () if isinstance(v, str) and v.strip()]


def _stricter(word: str, current: str | None) -> bool:
    return COMMERCIAL_ORDER.get(word, 0) > COMMERCIAL_ORDER.get(current or "", -1)


def _quote(record: SourceRecord, via: str) -> StatedEvidence:
    terms = [record.license or "license not recorded"]
    if record.commercial_use:
        terms.append(f"commercial use {record.commercial_use}")
    if record.research_only:
        terms.append("research only")
    if _terms_unknown(record) and record.note:
        terms.append(record.note)
    text = f"built from {via}: {', '.join(terms)} (source: {record.source})"
    return {"file": REGISTRY_FILE, "line": None, "text": text}
