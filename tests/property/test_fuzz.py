"""The long fuzz run: 10,000 generated cases per parser. Run it with `pytest -m fuzz`.

The default suite runs smaller property tests beside each parser; this module is excluded from
it (pyproject's addopts deselect the `fuzz` marker) because it takes minutes.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import struct
import tempfile
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.api import audit
from auditor.errors import AuditorError
from auditor.fileio.located_yaml import parse_located_yaml
from auditor.gate.manifest import parse_manifest
from auditor.licenses.text.normalize import normalize_text
from auditor.model import AuditResult, Evidence
from auditor.model.decode import read_result
from auditor.policy.load import parse_policy
from auditor.report.formats import ReportFormat
from auditor.report.render import render
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


# --- text renderers and `auditor report` -----------------------------------------------------

# Strings a hostile card or GGUF file can carry: escape sequences, C1 controls, direction
# overrides, lone surrogates, Markdown and HTML markup, plain words.
HOSTILE = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "\x1b]0;title\x07",
                "\x1b[31m",
                "\x9b2J",
                "\u202e",
                "\u2066",
                "\ud800",
                "\r",
                "<script>",
                "|",
                "`",
                "](javascript:x)",
                "apache-2.0",
                " ",
                "\n",
            ]
        ),
        st.text(max_size=8),
    ),
    max_size=30,
).map("".join)
_OBEYED = re.compile("[\x1b\x80-\x9f\u202a-\u202e\u2066-\u2069]")


@cache
def _base_result() -> AuditResult:
    """One real audit of a small local model, to put generated strings into."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-report-")) / "quill"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-2-7b-hf\n---\n# Quill\n",
        encoding="utf-8",
    )
    return audit([str(folder)])


@FUZZ
@given(HOSTILE, HOSTILE, HOSTILE)
def test_text_renderers_show_untrusted_strings_never_obey_them(
    name: str, message: str, quote: str
) -> None:
    base = _base_result()
    (model,) = base.models
    findings = tuple(
        replace(f, message=message + f.message, evidence=(Evidence("README.md", 3, quote),))
        for f in model.findings
    )
    declared = replace(model.declared, license_name=name, license=name or None)
    result = replace(base, models=(replace(model, declared=declared, findings=findings),))
    for fmt in ReportFormat:
        out = render(result, fmt)
        if fmt in (ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.JUNIT):
            assert not _OBEYED.search(out), fmt
        if fmt in (ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.CYCLONEDX):
            json.loads(out)


JSONISH = st.lists(
    st.sampled_from([*list('{}[]:,"0123456789-.eE '), "true", "null", "\\u0000", "models"]),
    max_size=300,
).map("".join)


@FUZZ
@given(st.one_of(st.binary(max_size=600), JSONISH.map(str.encode)))
def test_report_reader_raises_only_our_errors(data: bytes) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-result-"))
    path = folder / "result.json"
    path.write_bytes(data)
    with contextlib.suppress(AuditorError):
        read_result(path)
    path.unlink()
    folder.rmdir()
