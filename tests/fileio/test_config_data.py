"""A configuration's text as JSON or YAML: what does not parse is no data."""

from __future__ import annotations

import pytest

from auditor.fileio.config_data import parse_json_or_yaml


def test_json_and_yaml_give_the_same_value() -> None:
    assert parse_json_or_yaml('{"base_model": "org/name", "lora_r": 8}', as_json=True) == {
        "base_model": "org/name",
        "lora_r": 8,
    }
    assert parse_json_or_yaml("base_model: org/name\nlora_r: 8\n", as_json=False) == {
        "base_model": "org/name",
        "lora_r": 8,
    }


@pytest.mark.parametrize(
    ("text", "as_json"),
    [
        ("base_model: org/name\n", True),  # YAML is not read as JSON
        ('{"a": 1,', True),
        ("[" * 100_000, True),  # too deep for the JSON parser
        ("a: [b\n", False),
        ("a: &x [*x]\n", False),  # an alias inside itself
    ],
)
def test_what_does_not_parse_is_none(text: str, as_json: bool) -> None:
    assert parse_json_or_yaml(text, as_json=as_json) is None
