"""Indented JSON text is exactly what `json.dumps(..., indent=N)` writes."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.fileio.json_text import indented_json

ROOT = Path(__file__).resolve().parents[2]

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
)
_keys = st.text(max_size=8) | st.integers(-5, 5) | st.floats(allow_nan=False) | st.booleans()
_documents = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.tuples(inner, inner)
        | st.dictionaries(_keys, inner, max_size=5)
    ),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(
    document=_documents,
    indent=st.sampled_from([0, 1, 2, 4]),
    ensure_ascii=st.booleans(),
)
def test_generated_documents_match_json_dumps(
    document: object, indent: int, ensure_ascii: bool
) -> None:
    expected = json.dumps(document, indent=indent, ensure_ascii=ensure_ascii)
    assert indented_json(document, indent=indent, ensure_ascii=ensure_ascii) == expected


_string_keyed = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=40,
)


@settings(max_examples=200, deadline=None)
@given(document=st.dictionaries(st.text(max_size=6), _string_keyed, max_size=6))
def test_sorted_keys_match_json_dumps(document: dict[str, object]) -> None:
    expected = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False)
    assert indented_json(document, indent=1, sort_keys=True, ensure_ascii=False) == expected


@pytest.mark.parametrize(
    "document",
    [
        {},
        [],
        "",
        {"a": [], "b": {}, "c": [{}], "d": [[[]]]},
        {"é": "ü\u2028\x00\ud800", "n": [math.inf, -math.inf, 0.1, -0.0, 1e300]},
        {1: "int key", 2.5: "float key", None: "null key"},
        {False: "bool key", -0.5: "float"},
        (1, "two", (3.0, None)),
        {"deep": [[[[{"x": [True, False, None]}]]]]},
    ],
)
def test_edge_documents_match_json_dumps(document: object) -> None:
    for ensure_ascii in (True, False):
        expected = json.dumps(document, indent=2, ensure_ascii=ensure_ascii)
        assert indented_json(document, indent=2, ensure_ascii=ensure_ascii) == expected


def test_subclasses_are_written_as_json_writes_them() -> None:
    from enum import IntEnum, StrEnum

    class Level(IntEnum):
        HIGH = 3

    class Word(StrEnum):
        YES = "yes"

    document = {"level": Level.HIGH, "word": Word.YES, Word.YES: 1}
    assert indented_json(document, ensure_ascii=False) == json.dumps(
        document, indent=2, ensure_ascii=False
    )


@pytest.mark.parametrize("value", [{1, 2}, object(), b"bytes", {"k": {("tuple", "key"): 1}}])
def test_other_types_are_refused_as_json_refuses_them(value: object) -> None:
    with pytest.raises(TypeError):
        json.dumps(value, indent=2)
    with pytest.raises(TypeError):
        indented_json(value)


def test_the_shipped_reports_round_trip_unchanged() -> None:
    """Every JSON document the repository holds (golden reports, examples, schemas) is
    rewritten byte for byte as `json.dumps` rewrites it."""
    files = [
        path
        for folder in ("tests/golden", "docs", "reports", "license_db")
        for path in sorted((ROOT / folder).rglob("*.json"))
    ]
    assert len(files) > 10
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        for ensure_ascii in (True, False):
            assert indented_json(document, ensure_ascii=ensure_ascii) == json.dumps(
                document, indent=2, ensure_ascii=ensure_ascii
            ), path
