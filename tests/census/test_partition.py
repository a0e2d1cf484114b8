"""The per-partition function: pure, no Dask."""

from __future__ import annotations

import json

import pandas as pd

from auditor.census.partition import COLUMNS, empty_partition, parse_partition
from tests.census.conftest import card, hub_parents


def _one(**row: object) -> dict[str, object]:
    frame = parse_partition(pd.DataFrame({k: [v] for k, v in row.items()}))
    assert list(frame.columns) == list(COLUMNS)
    (record,) = frame.to_dict("records")
    return {k: (None if v is pd.NA else v) for k, v in record.items()}


def test_declared_license_is_identified_through_the_license_database() -> None:
    row = _one(id="acme/quill-7b", cardData=card(license="llama3.1"))
    assert row["license_id"] == "LicenseRef-llama-3.1-community"
    assert row["license_kind"] == "open-weight-restricted"
    assert row["license_method"] == "declared-tag"


def test_parents_from_the_hub_and_the_card_are_united_once_each() -> None:
    row = _one(
        id="acme/merge",
        cardData=card(license="mit", base_model=["org/A", "https://huggingface.co/org/c"]),
        baseModels=hub_parents("merge", "org/a", "org/b"),
    )
    assert json.loads(str(row["parents"])) == [
        ["org/a", "merge", "baseModels"],
        ["org/b", "merge", "baseModels"],
        ["org/c", None, "card"],
    ]


def test_a_license_tag_stands_in_for_missing_front_matter() -> None:
    row = _one(id="acme/x", cardData=None, tags=["text-generation", "license:cc-by-nc-4.0"])
    assert row["license_id"] == "CC-BY-NC-4.0"


def test_bad_card_data_is_reported_not_raised() -> None:
    row = _one(id="acme/bad", cardData="{license: mit")
    assert row["license_id"] is None
    assert "cardData is not JSON" in str(row["card_problem"])
    row = _one(id="acme/list", cardData="[1, 2]")
    assert row["card_problem"] == "cardData is not a JSON object"


def test_rows_without_an_id_are_dropped_and_meta_matches() -> None:
    frame = parse_partition(pd.DataFrame({"id": [None, " ", "a/b"], "cardData": [None] * 3}))
    assert frame["id"].tolist() == ["a/b"]
    assert frame.dtypes.equals(empty_partition().dtypes)


def test_a_list_of_licenses_is_read_as_all_applying() -> None:
    row = _one(id="acme/two", cardData=card(license=["apache-2.0", "cc-by-nc-4.0"]))
    assert row["declared_license"] == "apache-2.0 AND cc-by-nc-4.0"
    assert row["license_kind"] == "non-commercial"
    assert json.loads(str(row["declared_tags"])) == ["apache-2.0", "cc-by-nc-4.0"]


def test_the_declaration_cache_answers_as_the_card_reader_does() -> None:
    """Each front matter read twice through the cache (a miss, then a hit) gives what
    `declared_from_card` gives, though values equal as Python keys (1, 1.0, True) differ."""
    from auditor.census.partition import _declared
    from auditor.model import FrontMatterState, ParsedCard
    from auditor.sources.card import declared_from_card

    cases: list[dict[str, object]] = [
        {"license": "mit"},
        {"license": 1},
        {"license": 1.0},
        {"license": True},
        {"license": ["mit", 1, True]},
        {"license": ["mit", 1.0, 1]},
        {"license": {"id": "mit"}},
        {"license": "other", "license_name": "quill", "license_link": "LICENSE"},
        {"license": "mit", "base_model": "org/a", "tags": ["x", "base_model:finetune:org/a"]},
        {"license": "mit", "base_model": "org/a", "tags": ["x", "BASE_MODEL:Adapter:org/a"]},
        {"license": "mit", "base_model": "org/a", "tags": ["x", "y"]},
        {"license": "mit", "base_model": ["org/a", "hf.co/org/b"], "base_model_relation": "Merge"},
        {"license": "mit", "base_model": [["org/a"]], "tags": [{"a": 1}]},
        {"license": "mit", "tags": "base_model:finetune:org/a", "base_model": "org/a"},
    ]
    for metadata in cases:
        card = ParsedCard(metadata=metadata, body="", body_line=1, state=FrontMatterState.OK)
        expected = declared_from_card(card)
        assert _declared(metadata) == expected, metadata
        assert _declared(dict(metadata)) == expected, metadata


def test_a_license_key_spelled_otherwise_is_read_whatever_came_before() -> None:
    """`licence: mit` declares MIT (the card reader folds the key), also after a card without
    a license in the same partition: the declaration cache must not answer for it."""
    frame = pd.DataFrame(
        {
            "id": ["a/none", "a/licence", "a/upper"],
            "cardData": [card(language="en"), card(licence="mit"), card(License="gpl-3.0")],
        }
    )
    found = parse_partition(frame)
    assert found["license_id"].tolist()[1:] == ["MIT", "GPL-3.0-only"]
    assert pd.isna(found["license_id"].tolist()[0])
