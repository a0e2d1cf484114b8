"""Recipe "add a term": the keys live in auditor/model/terms.py and a short list of files."""

from __future__ import annotations

import typing

from auditor.model.terms import BOOLEAN_KEYS, LIST_KEYS, TERM_KEYS, Terms
from tests.conftest import ROOT


def test_the_typed_mapping_has_exactly_the_term_keys_in_order() -> None:
    assert tuple(typing.get_type_hints(Terms)) == TERM_KEYS
    assert set(TERM_KEYS) >= BOOLEAN_KEYS | LIST_KEYS
    hints = typing.get_type_hints(Terms)
    assert all(hints[key] is bool for key in BOOLEAN_KEYS)
    assert all(typing.get_origin(hints[key]) is list for key in LIST_KEYS)


def test_every_term_is_documented_for_policies_and_in_the_result_schema() -> None:
    facts = (ROOT / "docs" / "policy-facts.md").read_text(encoding="utf-8")
    schema = (ROOT / "reports" / "schema" / "result.schema.json").read_text(encoding="utf-8")
    for key in TERM_KEYS:
        # the kind reaches policies as effective.kind (the most restrictive over the lineage)
        if key not in {"kind", "venue"}:  # venue: not a policy fact yet (see the fact table)
            assert f"terms.{key}" in facts, key
        assert "`effective.kind`" in facts
        assert key in schema, key
