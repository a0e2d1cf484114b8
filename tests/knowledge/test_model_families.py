"""Model-family name rules: the bundled file loads, and bad rules are named with their file."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import LicenseDBError
from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.license_db import load_license_db
from auditor.knowledge.lineage_snapshot import (
    LineageSnapshot,
    SnapshotEntry,
    load_lineage_snapshot,
    write_lineage_snapshot,
)
from auditor.knowledge.model_families import load_model_families, parse_model_families


def test_bundled_rules_load_and_cite_known_licenses() -> None:
    families = load_model_families()
    db = load_license_db()
    assert len(families.rules) > 40
    assert all(db.get(rule.license) is not None for rule in families.rules)


def test_every_rule_license_is_one_the_registry_states_for_its_family() -> None:
    """No invented facts: each rule's license is used by some registry entry or is a record."""
    registry_licenses = {e.license for e in load_known_models().entries}
    for rule in load_model_families().rules:
        assert rule.license in registry_licenses, rule.id


def test_validation_names_the_file_and_every_bad_rule() -> None:
    data = {
        "families": [
            {
                "id": "ok",
                "family": "quill",
                "generation": "Quill 1",
                "license": "MIT",
                "names": ["quill-?1"],
            },
            {
                "id": "bad-license",
                "family": "quill",
                "generation": "Quill 2",
                "license": "LicenseRef-nope",
                "names": ["quill-?2"],
            },
            {
                "id": "bad-regex",
                "family": "quill",
                "generation": "Quill 3",
                "license": "MIT",
                "names": ["quill-(3"],
            },
            {
                "id": "ok",
                "family": "quill",
                "generation": "dup",
                "license": "MIT",
                "names": ["x"],
                "colour": "red",
            },
        ]
    }
    with pytest.raises(LicenseDBError) as caught:
        parse_model_families(data, load_license_db(), name="families.yaml")
    message = str(caught.value)
    assert message.startswith("families.yaml invalid")
    for part in (
        "families[1] (bad-license)",
        "families[2] (bad-regex)",
        "duplicate id",
        "unknown key(s) ['colour']",
    ):
        assert part in message


def test_snapshot_round_trip_and_leave_one_out(tmp_path: Path) -> None:
    entry = SnapshotEntry("quill-labs/quill-8b", "apache-2.0", None, (("org/base", "finetune"),))
    path = tmp_path / "snap.json.gz"
    write_lineage_snapshot(LineageSnapshot({entry.repo_id: entry}, "2026-11-01", "test"), path)
    loaded = load_lineage_snapshot(path)
    assert loaded.get("Quill-Labs/Quill-8B") == entry and loaded.as_of == "2026-11-01"
    assert len(loaded.without(["quill-labs/Quill-8B"])) == 0


def test_bad_snapshot_is_named(tmp_path: Path) -> None:
    path = tmp_path / "snap.json"
    path.write_text('{"models": {"not-a-repo": {}, "a/b": {"parents": [["x"]]}}}')
    with pytest.raises(LicenseDBError, match=r"snap.json invalid: .*not-a-repo.*a/b"):
        load_lineage_snapshot(path)


def test_bundled_snapshot_records_date_and_source() -> None:
    snapshot = load_lineage_snapshot()
    assert snapshot.as_of and snapshot.source and len(snapshot) > 0
