"""The long fuzz run: 10,000 generated cases per parser. Run it with `pytest -m fuzz`.

The default suite runs smaller property tests beside each parser; this module is excluded from
it (pyproject's addopts deselect the `fuzz` marker) because it takes minutes.
"""

from __future__ import annotations

import contextlib
import io
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.errors import AuditorError
from auditor.fileio.located_yaml import parse_located_yaml
from auditor.gate.manifest import parse_manifest
from auditor.licenses.text.normalize import normalize_text
from auditor.policy.load import parse_policy
from auditor.sources.card import parse_card
from auditor.sources.gguf_header import parse_gguf_header

pytestmark = pytest.mark.fuzz

FUZZ = settings(
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# YAML-ish text: structure characters mixed with words, so the parsers get past the tokenizer.
TOKENS = [
    *list("abcdefgxyz019 :-[]{}&*!|>'\"#\n\t,.@%"),
    *["models", "version", "rules", "id", "when", "fact", "ref", "\u202e", "\x00", "  - "],
]
YAMLISH = st.lists(st.sampled_from(TOKENS), max_size=200).map("".join)


@FUZZ
@given(st.one_of(st.text(max_size=2_000), YAMLISH.map(lambda t: "---\n" + t + "\n---\n# body")))
def test_card_parser_never_raises(text: str) -> None:
    card = parse_card(text)
    assert parse_card(text) == card


@FUZZ
@given(st.binary(max_size=512))
def test_gguf_reader_raises_only_our_errors_on_bytes(data: bytes) -> None:
    for prefix in (b"", b"GGUF\x03\x00\x00\x00"):
        with contextlib.suppress(AuditorError):
            parse_gguf_header(io.BytesIO(prefix + data), name="fuzz.gguf")


@FUZZ
@given(st.integers(0, 2**64 - 1), st.integers(0, 2**64 - 1), st.binary(max_size=256))
def test_gguf_reader_on_absurd_counts(tensors: int, keys: int, rest: bytes) -> None:
    header = b"GGUF" + struct.pack("<IQQ", 3, tensors, keys) + rest
    with contextlib.suppress(AuditorError):
        parse_gguf_header(io.BytesIO(header), name="fuzz.gguf")


@FUZZ
@given(YAMLISH)
def test_manifest_loader_raises_only_our_errors(text: str) -> None:
    with contextlib.suppress(AuditorError):
        parse_manifest(parse_located_yaml(text, "fuzz.yaml"), base_dir=Path())


@FUZZ
@given(YAMLISH)
def test_policy_loader_raises_only_our_errors(text: str) -> None:
    with contextlib.suppress(AuditorError):
        parse_policy(text, path="fuzz.yaml")


@FUZZ
@given(st.text(max_size=3_000))
def test_normaliser_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
