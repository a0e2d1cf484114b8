"""Family-table candidates: names of a known family that no generation rule matches, grouped by
family and version word, with repo counts and the licenses declared; a review list only."""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.knowledge.model_families import ModelFamilies, parse_model_families
from auditor.lineage.family_candidates import (
    NO_LICENSE,
    Seen,
    candidates_document,
    family_candidates,
)

# A made-up family with one known generation: the test does not depend on the bundled table.
TABLE = {
    "as_of": "2026-11",
    "families": [
        {
            "id": "quill-2",
            "family": "quill",
            "generation": "Quill 2",
            "license": "Apache-2.0",
            "vendors": ["quill-labs"],
            "names": ["quill-?2"],
        }
    ],
    "family_names": [{"family": "quill", "names": ["quill"]}],
}


def _families() -> ModelFamilies:
    return parse_model_families(TABLE, load_license_db(), name="table.yaml")


SEEN: list[Seen] = [
    ("quill-labs/quill-2-7b", "apache-2.0", 900),  # the known generation: no candidate
    ("quill-labs/Quill-3-7B", "cc-by-nc-4.0", 5000),
    ("fan/quill-3-7b-instruct", "mit", 40),
    ("bartowski/quill-3-7b-GGUF", None, 300),  # a quantized copy: its base name is read
    ("fan/quill3.5-1b", ["apache-2.0", "mit"], None),
    ("merger/hermes-quill-9-8b", "apache-2.0", 1),  # the family word inside a merge's name
    ("other/quillish-7b", "mit", 10),  # not the family word: a letter follows it
    ("other/unrelated-7b", "mit", 10),
]


def test_unknown_generations_are_grouped_with_counts_and_declared_licenses() -> None:
    found = family_candidates(SEEN, _families())
    by_name = {c.name: c for c in found}
    assert set(by_name) == {"quill-3", "quill3.5", "quill-9"}
    three = by_name["quill-3"]
    assert three.family == "quill" and three.repos == 3
    assert dict(three.licenses) == {"cc-by-nc-4.0": 1, "mit": 1, NO_LICENSE: 1}
    # examples: the most downloaded first
    assert three.examples == (
        "quill-labs/Quill-3-7B",
        "bartowski/quill-3-7b-GGUF",
        "fan/quill-3-7b-instruct",
    )
    assert dict(by_name["quill3.5"].licenses) == {"apache-2.0": 1, "mit": 1}
    assert found[0] is three  # the most repos first


def test_the_document_is_a_review_list_with_its_date() -> None:
    found = family_candidates(SEEN, _families())
    document = candidates_document(found, as_of="2026-11-25", source="a test")
    assert document["format"] == "auditor-family-candidates" and document["version"] == 1
    assert document["as_of"] == "2026-11-25" and document["count"] == 3
    assert "none of it is applied" in document["note"]
    first = document["candidates"][0]
    assert first == {
        "family": "quill",
        "name": "quill-3",
        "repos": 3,
        "licenses": {"cc-by-nc-4.0": 1, "mit": 1, NO_LICENSE: 1},
        "examples": [
            "quill-labs/Quill-3-7B",
            "bartowski/quill-3-7b-GGUF",
            "fan/quill-3-7b-instruct",
        ],
    }


def test_nothing_when_every_name_has_a_rule_or_no_family() -> None:
    seen: list[Seen] = [("quill-labs/quill-2-7b", "apache-2.0", 1), ("x/other-1b", None, 2)]
    assert family_candidates(seen, _families()) == []
    assert family_candidates(SEEN, ModelFamilies.of([])) == []
