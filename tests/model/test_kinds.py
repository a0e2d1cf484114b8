"""The one list of license kinds: its order, its words, and every place that names kinds."""

from __future__ import annotations

import json

import pytest
import yaml

from auditor.knowledge.license_db import load_license_db
from auditor.model.kinds import (
    LicenseKind,
    kind_rank,
    least_restrictive,
    most_restrictive,
    parse_kind,
)
from tests.conftest import ROOT


def test_order_runs_from_least_to_most_restrictive() -> None:
    ranks = [kind.rank for kind in LicenseKind]
    assert ranks == sorted(ranks) == list(range(len(LicenseKind)))
    assert LicenseKind.PERMISSIVE_OSS.rank < LicenseKind.RAIL.rank < LicenseKind.RESEARCH_ONLY.rank


def test_and_binds_to_the_most_restrictive_or_to_the_least() -> None:
    kinds = ["permissive-oss", "non-commercial", "rail"]
    assert most_restrictive(kinds) is LicenseKind.NON_COMMERCIAL
    assert least_restrictive(kinds) is LicenseKind.PERMISSIVE_OSS
    assert most_restrictive(["no-such-kind", None]) is None


@pytest.mark.parametrize("value", [None, "", "other", 3])
def test_words_that_are_no_kind_parse_to_none_and_rank_last(value: object) -> None:
    assert parse_kind(value) is None
    assert kind_rank(value) == len(LicenseKind)


def test_every_kind_has_plain_words() -> None:
    assert all(kind.words and kind.words != kind.value for kind in LicenseKind)


def test_vocabulary_and_schemas_name_exactly_the_enum() -> None:
    words = {kind.value for kind in LicenseKind}
    vocabulary = yaml.safe_load((ROOT / "license_db" / "vocabulary.yaml").read_text())
    assert set(vocabulary["kinds"]) == words
    policy_schema = json.loads((ROOT / "policies" / "schema.json").read_text())
    listed = policy_schema["$defs"]["licenseList"]["properties"]["kinds"]["items"]["enum"]
    assert set(listed) == words
    result_schema = (ROOT / "reports" / "schema" / "result.schema.json").read_text()
    for word in words:
        assert f'"{word}"' in result_schema


def test_records_carry_the_enum() -> None:
    db = load_license_db()
    assert all(isinstance(record.kind, LicenseKind) for record in db.records.values())
