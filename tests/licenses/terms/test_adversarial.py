"""Paraphrases of our own (tests/data/adversarial/terms): caps in any unit, use scopes,
output bans and flow-down in any voice, governing law beside a statute's name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from auditor.licenses.terms.extract import extract_terms

HERE = Path(__file__).resolve().parents[2] / "data" / "adversarial" / "terms"
CASES: list[dict[str, Any]] = yaml.safe_load((HERE / "expected.yaml").read_text("utf-8"))


def test_every_text_has_expected_terms() -> None:
    assert {case["file"] for case in CASES} == {p.name for p in HERE.glob("*.txt")}


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_paraphrase(case: dict[str, Any]) -> None:
    terms = extract_terms((HERE / case["file"]).read_text("utf-8"), path=case["file"])
    got = {key: terms[key].value for key in case["terms"]}
    assert got == case["terms"]
    for key, value in case["terms"].items():
        if value not in (None, False, []):
            assert terms[key].evidence, key  # every stated value is quoted
