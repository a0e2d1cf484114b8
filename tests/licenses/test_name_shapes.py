"""License names read by their shape: versions spelled `v3`, `3.0` or `version 3`, `only` and
`or later`, split or joined words, `licence`; what a name leaves open is read strictly and said.
The names here are paraphrases written for these tests, not strings the code knows."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import binding_records, identify_declared
from auditor.licenses.name_shapes import Later, normalize_version, parse_shape
from auditor.licenses.shape_match import (
    GENERIC_CONFIDENCE,
    identify_shape,
    load_shape_rules,
)
from auditor.licenses.text.notices import identify_spdx_line
from auditor.model import Declared, LicenseMatch
from auditor.model.kinds import LicenseKind
from auditor.pipeline.license_findings import LOW_CONFIDENCE

DB = load_license_db()
FILLER = load_shape_rules().filler


def _by_name(name: str) -> LicenseMatch:
    match = identify_declared(Declared(license="other", license_name=name), DB)
    assert match is not None
    return match


def _by_tag(name: str) -> LicenseMatch:
    match = identify_declared(Declared(license=name), DB)
    assert match is not None
    return match


def _by_spdx_line(name: str) -> LicenseMatch:
    match = identify_spdx_line(f"# SPDX-License-Identifier: {name}\n", DB)
    assert match is not None
    return match


@pytest.mark.parametrize(
    ("name", "words", "version", "later"),
    [
        ("GNU GPL, Version 3.0", ("gpl",), "3", Later.UNSTATED),
        ("gplv3", ("gpl",), "3", Later.UNSTATED),
        ("GPL-2.0-or-later", ("gpl",), "2", Later.OR_LATER),
        ("LGPL v2.1+", ("lgpl",), "2.1", Later.OR_LATER),
        ("lgpl 3 only", ("lgpl",), "3", Later.ONLY),
        ("GPL version 2 or any later version", ("gpl",), "2", Later.OR_LATER),
        ("Llama3.2 Community Licence Agreement", ("llama", "community"), "3.2", Later.UNSTATED),
        ("Open RAIL-M", ("open", "rail", "m"), None, Later.UNSTATED),
        ("Some Terms 2023-04-01", ("some", "terms", "dated20230401"), None, Later.UNSTATED),
    ],
)
def test_a_name_reads_as_words_version_and_later(
    name: str, words: tuple[str, ...], version: str | None, later: Later
) -> None:
    shape = parse_shape(name, FILLER)
    assert shape is not None
    assert (shape.words, shape.version, shape.later) == (words, version, later)


@pytest.mark.parametrize(
    "name",
    [
        "MIT or Apache 2.0",
        "GPL v2, v3",
        "GPL-2.0 with Classpath exception",
        "GPL 2 / GPL 3",
        "",
        "v3",
    ],
)
def test_an_expression_a_list_or_no_words_has_no_shape(name: str) -> None:
    assert parse_shape(name, FILLER) is None


def test_versions_compare_without_trailing_zeros() -> None:
    assert normalize_version("3.0") == normalize_version("3") == "3"
    assert normalize_version("2.0.1") == "2.0.1"
    assert normalize_version("1.02") == "1.2"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gnu gpl ver. 3", "GPL-3.0-only"),
        ("GPL-3 Licence", "GPL-3.0-only"),
        ("The GNU General Public License v2.0 or later", "GPL-2.0-or-later"),
        ("lgpl_v2.1_only", "LGPL-2.1-only"),
        ("Affero GPL 3", None),  # a mixed short form: not the name of any license as written
        ("european union public licence, version 1.2", "EUPL-1.2"),
        ("UPL version 1", "UPL-1.0"),
        ("LLAMA-3.1 COMMUNITY LICENCE", "LicenseRef-llama-3.1-community"),
        ("Meta Llama 3 Community License", "LicenseRef-llama-3-community"),
        ("llama2 community licence agreement", "LicenseRef-llama-2-community"),
        ("Gemma Terms-Of-Use", "LicenseRef-gemma-terms"),
        ("Qwen licence agreement", "LicenseRef-qwen-license"),
        ("Creative ML Open-RAIL-M", "LicenseRef-creativeml-openrail-m"),
        ("public-domain", "LicenseRef-scancode-public-domain"),
    ],
)
def test_a_paraphrased_name_is_identified_on_every_path(name: str, expected: str | None) -> None:
    for match in (_by_name(name), _by_tag(name), _by_spdx_line(name)):
        assert match.id == expected, (name, match)


@pytest.mark.parametrize(
    "name",
    [
        "GPL-compatible",
        "a GPL-like licence",
        "my license v3",
        "non-commercial llama license",
        "Llama 3.1 research-only license",
        "Llama 9 Community License",
        "RAIL-M",  # not "Open": no open grant
        "Acme OpenRAIL-M",  # one licensor's own text, unread
        "OpenRAIL-Q",
        "Qwen licence (non-commercial)",
        "EUPL v7",
        "Public domain except the weights",
        "Commercial License",
        "Other Permissive Licenses",
    ],
)
def test_a_name_of_no_known_license_stays_unidentified(name: str) -> None:
    assert _by_name(name).id is None
    assert identify_shape(name, DB, method="m") is None


def test_only_or_later_unstated_is_read_as_only_and_said() -> None:
    match = _by_name("GPL ver 3")
    assert match.id == "GPL-3.0-only"
    assert "`only` or `or later` not stated" in (match.name or "")
    assert match.method == "declared-license-name-shape"
    assert _by_name("GPL v3 or later").id == "GPL-3.0-or-later"
    assert _by_name("GPLv3 only").id == "GPL-3.0-only"


def test_a_name_without_a_version_is_read_under_every_version() -> None:
    match = _by_name("European Union Public Licence")
    assert match.id is not None and "EUPL-1.1" in match.id and "EUPL-1.2" in match.id
    assert match.kind == LicenseKind.COPYLEFT_OSS
    assert "version not stated" in (match.name or "")
    records = binding_records(match, DB)
    assert records is not None and len(records) == 3
    assert all(r.terms["commercial_use"].value == "allowed" for r in records)


def test_the_only_version_known_is_identified_and_said() -> None:
    match = _by_name("the Universal Permissive Licence")
    assert match.id == "UPL-1.0"
    assert "no version stated" in (match.name or "")


def test_a_generic_open_rail_name_is_the_family_with_its_restrictions_unread() -> None:
    for name in ("Open RAIL-M licence", "openrail-s", "OPEN-RAIL-DAMS"):
        match = _by_name(name)
        assert match.id == "LicenseRef-openrail"
        assert match.kind == LicenseKind.RAIL
        assert match.confidence == GENERIC_CONFIDENCE < LOW_CONFIDENCE  # always reported
        assert "unread" in (match.name or "")


def test_a_vendors_record_needs_the_vendor_named_by_shape_too() -> None:
    assert identify_shape("Modified MIT Licence", DB, method="m") is None


def test_a_name_matched_as_written_keeps_its_path() -> None:
    match = _by_name("Llama 3.1 Community License Agreement")
    assert (match.method, match.confidence) == ("declared-license-name", 0.8)


def test_a_malformed_shapes_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "license_name_shapes.yaml"
    path.write_text("filler: [the]\ngeneric:\n  - {record: LicenseRef-x, names: [Open X]}\n")
    with pytest.raises(LicenseDBError, match=r"license_name_shapes\.yaml: generic entry 1 needs"):
        load_shape_rules(path)


_NAME_PIECES = st.sampled_from(
    ["gpl", "GNU", "v", "3", "2.1", "+", "-", ".", " ", "only", "or later", "licence", "(x)",
     "llama", "²", "٣", "open", "rail", "m", ",", "2024-01-02", "_"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=12).map("".join) | st.text(max_size=40))
def test_any_text_reads_as_a_shape_or_none_never_an_error(name: str) -> None:
    shape = parse_shape(name, FILLER)
    assert shape is None or shape.words
    identify_shape(name, DB, method="m")


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAME_PIECES, min_size=1, max_size=8))
def test_case_and_spacing_do_not_change_a_shape(pieces: list[str]) -> None:
    name = " ".join(pieces)
    assert parse_shape(name, FILLER) == parse_shape(f"  {name.upper()}  ", FILLER)
