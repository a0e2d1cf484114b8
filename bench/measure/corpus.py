"""The shared corpus as the measurements see it: texts, labels, owning records, outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.labels import LABEL_FIELDS, check_against_label
from auditor.model import LicenseMatch

RIGHT = "right"
OTHER = "another license"  # a false identity: the worst outcome
UNNAMED = "unnamed"
OWN = "own name"  # an id of its own, no known license's: not right, not a false identity
OUTCOMES = (RIGHT, OTHER, UNNAMED, OWN)


@dataclass(frozen=True, slots=True)
class Corpus:
    """Corpus texts with their labels and the record that lists each in `corpus_texts`."""

    folder: Path
    texts: Mapping[str, str]
    labels: Mapping[str, Mapping[str, Any]]
    owners: Mapping[str, str]  # text stem -> record id
    db: LicenseDB


def load_corpus(folder: Path) -> Corpus | None:
    """The corpus in `folder` (LABELS.yaml and <id>.txt), or None when it is absent."""
    labels_path = folder / "LABELS.yaml"
    if not labels_path.is_file():
        return None
    labels = {item["id"]: item for item in yaml.safe_load(labels_path.read_text("utf-8"))}
    texts = {
        name: (folder / f"{name}.txt").read_text("utf-8")
        for name in sorted(labels)
        if (folder / f"{name}.txt").is_file()
    }
    db = load_license_db()
    owners = {stem: r.id for r in db.records.values() for stem in r.corpus_texts}
    return Corpus(folder=folder, texts=texts, labels=labels, owners=owners, db=db)


def classify(
    match: LicenseMatch | None, expected: str | None, known: frozenset[str] | None = None
) -> str:
    """RIGHT when the match names the expected record, OTHER when it names any other record
    (its id, SPDX id or Hub tag would be reported for this text), else UNNAMED. With `known`
    (every known id, `adversarial.known_ids`), a match under an id no known license has (a
    license of its own, `LicenseRef-<its title>`) is OWN, not OTHER."""
    found = None if match is None else match.id
    if found is None:
        return UNNAMED
    if found == expected:
        return RIGHT
    if known is not None and match is not None:
        reported = {v for v in (match.id, match.spdx, match.hf) if v}
        if not reported & known:
            return OWN
    return OTHER


def describe(match: LicenseMatch | None) -> dict[str, Any]:
    """A match as plain values for the results file."""
    if match is None:
        return {"id": None}
    return {
        "id": match.id,
        "name": match.name,
        "method": match.method,
        "confidence": round(match.confidence, 3),
    }


@dataclass
class FieldTally:
    """Labelled fields compared with extracted terms, per field, with the mismatches."""

    per_field: dict[str, list[int]]
    mismatches: dict[str, list[dict[str, Any]]]

    @classmethod
    def empty(cls) -> FieldTally:
        return cls({field: [0, 0] for field in LABEL_FIELDS}, {})

    def add(self, name: str, terms: Mapping[str, ExtractedTerm], label: Mapping[str, Any]) -> None:
        for check in check_against_label(terms, label):
            self.per_field[check.field][1] += 1
            if check.ok:
                self.per_field[check.field][0] += 1
            else:
                self.mismatches.setdefault(name, []).append(
                    {"field": check.field, "expected": check.expected, "got": check.extracted}
                )

    def summary(self) -> dict[str, Any]:
        right = sum(ok for ok, _ in self.per_field.values())
        total = sum(n for _, n in self.per_field.values())
        return {
            "fields_right": right,
            "fields": total,
            "overall": right / total if total else 0.0,
            "per_field": {f: ok / n if n else 0.0 for f, (ok, n) in self.per_field.items()},
            "mismatches": self.mismatches,
        }
