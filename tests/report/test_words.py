"""The report's plain words agree with the knowledge base's explanations they mirror."""

from __future__ import annotations

from auditor.knowledge import explain
from auditor.knowledge.license_db import load_license_db
from auditor.report import words


def test_kind_words_are_the_knowledge_base_kinds() -> None:
    assert words.KIND_WORDS == explain.KIND_WORDS
    assert set(words.KIND_WORDS) == set(load_license_db().vocabulary.kinds)


def test_describe_term_says_what_explain_says() -> None:
    for record in load_license_db().records.values():
        for key, term in record.terms.items():
            said = words.describe_term(key, term.value)
            assert said == explain.describe_term(key, term.value), (record.id, key)
