"""The license knowledge base is valid, cross-referenced and agrees with the corpus labels."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import (
    LicenseRecord,
    load_license_db,
    normalize_alias,
    normalize_link,
)
from auditor.licenses.terms.labels import LABEL_FIELDS
from auditor.licenses.text.reference_index import load_reference_index
from auditor.resources import license_db_dir

SCANCODE_INDEX = (
    Path(str(__import__("license_expression").__file__)).parent
    / "data"
    / "scancode-licensedb-index.json"
)


def as_set(value: object) -> set[str]:
    assert value is None or isinstance(value, list), value
    return {str(v) for v in value or []}


def scancode_index() -> dict[str, dict[str, object]]:
    return {e["license_key"]: e for e in json.loads(SCANCODE_INDEX.read_text())}


def records() -> list[LicenseRecord]:
    return sorted(load_license_db().records.values(), key=lambda r: r.id)


def test_database_loads_with_enough_records() -> None:
    db = load_license_db()
    assert len(db.records) >= 60
    kinds = {r.kind for r in db.records.values()}
    assert kinds >= {
        "permissive-oss",
        "copyleft-oss",
        "open-weight-restricted",
        "rail",
        "non-commercial",
        "research-only",
        "acceptable-use-policy",
    }


@pytest.mark.parametrize("record", records(), ids=lambda r: r.id)
def test_record_cross_references(record: LicenseRecord) -> None:
    index = scancode_index()
    if record.scancode is not None:
        # license-expression's key list is older than the ScanCode data our shipped reference
        # index was built from: a key either one knows is a real ScanCode key.
        shipped = load_reference_index().get(record.scancode)
        known = index.get(record.scancode)
        assert known is not None or shipped is not None, f"unknown ScanCode key {record.scancode}"
        spdx_of_key = str(known["spdx_license_key"]) if known else (shipped and shipped.license_id)
        if record.spdx is not None and not str(spdx_of_key).startswith("LicenseRef-"):
            assert record.spdx == spdx_of_key
    if record.spdx is not None:
        assert record.id == record.spdx
        spdx_ids = {str(e["spdx_license_key"]) for e in index.values()}
        spdx_ids |= {str(k) for e in index.values() for k in e["other_spdx_license_keys"]}  # type: ignore[attr-defined]
        assert record.spdx in spdx_ids, f"{record.spdx} is not an SPDX id"
    else:
        assert record.id.startswith("LicenseRef-")
    if record.hf is not None:
        assert re.fullmatch(r"[a-z0-9.+\-]+", record.hf)
    assert record.summary and len(record.summary) > 40
    for link in record.links:
        assert link.startswith("https://"), link
    assert record.source_file == re.sub(r"^licenseref-", "", record.id.lower()) + ".yaml" or (
        record.spdx is not None
    )


def test_names_do_not_collide() -> None:
    seen: dict[str, str] = {}
    for record in records():
        for name in {record.id, record.hf, *record.aliases} - {None}:
            key = normalize_alias(str(name))
            assert seen.setdefault(key, record.id) == record.id, (
                f"{name!r}: {seen[key]} and {record.id}"
            )
    links: dict[str, str] = {}
    for record in records():
        for link in record.links:
            key = normalize_link(link)
            assert links.setdefault(key, record.id) == record.id, (
                f"{link}: {links[key]} and {record.id}"
            )


def test_related_documents_point_both_ways_for_policies() -> None:
    db = load_license_db()
    for record in db.records.values():
        if record.kind == "acceptable-use-policy":
            assert record.related, f"{record.id} names no license it belongs to"


def test_known_models_resolve_to_records() -> None:
    db = load_license_db()
    data = yaml.safe_load((license_db_dir() / "known_models.yaml").read_text())
    assert len(data["models"]) >= 80
    for entry in data["models"]:
        assert entry["license"] in db.records, entry
        assert entry["pattern"] == entry["pattern"].lower()


# Label field -> term key, minus the fields whose label format differs from the record's
# (naming_requirement is a sentence in the labels, a prefix in records).
LABELLED_TERMS = {
    label: term
    for label, term in LABEL_FIELDS.items()
    if label not in {"kind", "naming_requirement", "use_restrictions"}
}


def test_every_corpus_text_has_one_record_agreeing_with_its_labels(corpus: Path) -> None:
    labels = {e["id"]: e for e in yaml.safe_load((corpus / "licenses" / "LABELS.yaml").read_text())}
    owners: dict[str, list[str]] = {}
    for record in records():
        for text in record.corpus_texts:
            owners.setdefault(text, []).append(record.id)
    assert set(owners) == set(labels)
    assert all(len(ids) == 1 for ids in owners.values()), owners
    db = load_license_db()
    for text, (record_id,) in owners.items():
        record = db.records[record_id]
        label = labels[text]
        assert record.kind == label["kind"], text
        for key, term in LABELLED_TERMS.items():
            value = record.terms[term].value
            expected = label[key]
            if isinstance(expected, list):
                assert as_set(value) == set(expected), (text, term)
            else:
                assert value == expected, (text, term, value, expected)
        assert as_set(record.terms["use_restrictions"].value) == set(label["use_restrictions"]), (
            text
        )


def test_invalid_records_are_rejected_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "licenses").mkdir()
    (tmp_path / "vocabulary.yaml").write_text((license_db_dir() / "vocabulary.yaml").read_text())
    good = yaml.safe_load((license_db_dir() / "licenses" / "mit.yaml").read_text())
    bad = dict(good, kind="free-as-in-beer", colour="red")
    (tmp_path / "licenses" / "bad.yaml").write_text(yaml.safe_dump(bad))
    with pytest.raises(LicenseDBError) as info:
        load_license_db(tmp_path)
    assert "bad.yaml" in info.value.message
    assert "unknown key 'colour'" in info.value.message
    assert "kind 'free-as-in-beer'" in info.value.message
