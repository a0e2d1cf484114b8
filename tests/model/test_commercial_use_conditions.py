"""The closed vocabulary of `commercial_use_conditions`, the same wherever it is written."""

from __future__ import annotations

import json

from auditor.model.term_words import describe_term
from auditor.model.terms import (
    COMMERCIAL_USE_CONDITIONS,
    CONDITIONS_ALLOWING,
    LIST_KEYS,
    TERM_KEYS,
)
from tests.conftest import ROOT


def test_the_term_is_a_list_next_to_commercial_use() -> None:
    assert "commercial_use_conditions" in LIST_KEYS
    assert TERM_KEYS.index("commercial_use_conditions") == TERM_KEYS.index("commercial_use") + 1
    assert {"registration", "attribution-display"} == CONDITIONS_ALLOWING
    assert set(COMMERCIAL_USE_CONDITIONS) > CONDITIONS_ALLOWING


def test_the_result_schema_and_the_fact_table_list_every_word() -> None:
    schema = json.loads((ROOT / "reports/schema/result.schema.json").read_text(encoding="utf-8"))
    terms = schema["$defs"]["model"]["properties"]["terms"]
    items = terms["properties"]["commercial_use_conditions"]["items"]["enum"]
    assert items == list(COMMERCIAL_USE_CONDITIONS)
    facts = (ROOT / "docs" / "policy-facts.md").read_text(encoding="utf-8")
    row = next(line for line in facts.splitlines() if "`terms.commercial_use_conditions`" in line)
    assert all(word in row for word in COMMERCIAL_USE_CONDITIONS)


def test_each_condition_is_said_in_words() -> None:
    sentence = describe_term("commercial_use_conditions", ["registration", "written-permission"])
    assert sentence == (
        "Commercial use is subject to: registering with the licensor first; the licensor's "
        "prior permission."
    )
    assert describe_term("commercial_use_conditions", []) is None
