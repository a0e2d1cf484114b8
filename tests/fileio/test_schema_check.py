"""Schema errors as sentences on the right line: the translation of jsonschema's errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.fileio import schema_check
from auditor.fileio.located_yaml import parse_located_yaml
from auditor.fileio.schema_check import check_schema, did_you_mean, located

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["colour", "version"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": 1, "title": "file version"},
        "colour": {"enum": ["red", "green", "blue"]},
        "size": {"type": "integer", "minimum": 1},
        "code": {"type": "string", "pattern": "^[A-Z]{2}$", "x-expected": "two capitals"},
        "shapes": {"type": "array", "items": {"$ref": "#/$defs/shape"}},
    },
    "$defs": {
        "shape": {
            "title": "shape",
            "x-expected": "a name or a mapping with `sides`",
            "oneOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "title": "shape",
                    "required": ["sides"],
                    "additionalProperties": False,
                    "properties": {"sides": {"type": "integer"}, "name": {"type": "string"}},
                },
            ],
        }
    },
}


def explain(tmp_path: Path, text: str) -> list[tuple[int | None, str]]:
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(SCHEMA))
    doc = parse_located_yaml(text, "f.yaml")
    return sorted(located(doc, check_schema(doc, schema)), key=lambda p: p[0] or 0)


def test_a_valid_document_has_no_problems(tmp_path: Path) -> None:
    assert explain(tmp_path, "version: 1\ncolour: red\nshapes: [dot, {sides: 3}]\n") == []


def test_each_error_is_a_sentence_on_its_line(tmp_path: Path) -> None:
    text = (
        "version: 2\n"  # 1
        "colour: gren\n"  # 2
        "size: 0\n"  # 3
        "code: d e\n"  # 4
        "shapes:\n"  # 5
        "  - 7\n"  # 6
        "  - {sides: 3, colour: red}\n"  # 7
        "  - name: x\n"  # 8
        "sizes:\n"  # 9
        "  - 1\n"  # 10
    )
    assert explain(tmp_path, text) == [
        (1, "unsupported file version 2; expected 1"),
        (2, "unknown colour 'gren' (did you mean 'green'?) (one of: red, green, blue)"),
        (3, "`size` must be a whole number >= 1, not 0"),
        (4, "`code` must be two capitals, not 'd e'"),
        (6, "shape must be a name or a mapping with `sides`, not 7"),
        (7, "unknown key 'colour' in shape (expected one of: sides, name)"),
        (8, "shape without `sides`"),
        (
            9,
            "unknown key 'sizes' (did you mean 'size'?) (expected one of: version, colour, size, "
            "code, shapes)",
        ),
    ]


def test_missing_keys_and_wrong_types(tmp_path: Path) -> None:
    assert explain(tmp_path, "size: big\nshapes: {}\n") == [
        (1, "missing `colour` (one of: red, green, blue)"),
        (1, "missing `version: 1`"),
        (1, "`size` must be a whole number, not 'big'"),
        (2, "`shapes` must be a list, not an empty mapping"),
    ]


def test_a_word_yaml_reads_as_a_boolean_where_text_was_meant_is_explained(tmp_path: Path) -> None:
    # YAML 1.1 reads an unquoted NO (Norway's code) as false and ON as true
    problems = explain(tmp_path, "version: 1\ncolour: red\ncode: NO\nshapes: [on]\n")
    assert problems == [
        (
            3,
            "`code` must be two capitals, not False (YAML reads an unquoted no, off or n, in any "
            "case, as false: quote it, 'NO' for Norway)",
        ),
        (
            4,
            "shape must be a name or a mapping with `sides`, not True",
        ),
    ]
    # a boolean where a number is expected is a plain type error, with no hint about quoting
    assert explain(tmp_path, "version: 1\ncolour: red\nsize: no\n") == [
        (3, "`size` must be a whole number, not False"),
    ]


def test_a_key_whose_value_starts_below_is_reported_on_the_key(tmp_path: Path) -> None:
    text = "version: 1\ncolour: red\nshape:\n  sides: 3\n"
    assert explain(tmp_path, text) == [
        (
            3,
            "unknown key 'shape' (did you mean 'shapes'?) (expected one of: version, colour, "
            "size, code, shapes)",
        )
    ]


@pytest.mark.parametrize(
    ("word", "hint"),
    [("modles", " (did you mean 'models'?)"), ("xyz", ""), ("models", " (did you mean 'models'?)")],
)
def test_did_you_mean(word: str, hint: str) -> None:
    assert did_you_mean(word, ["models", "version"]) == hint


@pytest.mark.parametrize("name", ["policies/schema.json", "reports/schema/manifest.schema.json"])
def test_the_schemas_checked_at_load_time_are_valid_schemas(name: str) -> None:
    import jsonschema

    from tests.conftest import ROOT

    schema = json.loads((ROOT / name).read_text())
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_a_document_found_valid_is_not_checked_again_until_it_or_the_schema_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(SCHEMA))
    valid = parse_located_yaml("version: 1\ncolour: red\n", "f.yaml")
    invalid = parse_located_yaml("version: 1\ncolour: mauve\n", "f.yaml")
    calls: list[str] = []
    real = schema_check._check

    def counted(doc: object, path: Path) -> list[tuple[tuple[str | int, ...], str]]:
        calls.append(str(doc.data))  # type: ignore[attr-defined]
        return real(doc, path)  # type: ignore[arg-type]

    monkeypatch.setattr(schema_check, "_check", counted)
    assert check_schema(valid, schema) == []
    assert check_schema(valid, schema) == []  # remembered: not checked again
    assert len(calls) == 1
    assert check_schema(invalid, schema) != []
    assert check_schema(invalid, schema) != []  # a problem is never remembered
    assert len(calls) == 3
    stricter = tmp_path / "stricter.json"
    stricter.write_text(json.dumps({**SCHEMA, "required": ["colour", "version", "size"]}))
    assert check_schema(valid, stricter) != []  # another schema: checked again, and invalid
    assert len(calls) == 4
