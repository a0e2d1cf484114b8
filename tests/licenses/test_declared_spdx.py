"""Hub tags and SPDX ids the curated records do not describe: ScanCode's identity, the terms a
standard open-source kind settles, and the Hub's family tags read under every member."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import binding_records, identify_declared, match_for_id
from auditor.licenses.declared_spdx import name_reference, spdx_reference
from auditor.licenses.family_tags import load_families, unknown_members
from auditor.licenses.kind_record import kind_record, shared_terms
from auditor.licenses.text.identify import identify_text
from auditor.model import Declared
from auditor.model.kinds import LicenseKind
from auditor.resources import license_db_dir

DB = load_license_db()


@pytest.mark.parametrize(
    ("tag", "key"),
    [
        ("zlib", "zlib"),
        ("ZLIB", "zlib"),
        ("bsl-1.0", "boost-1.0"),  # the SPDX id is Boost's; ScanCode's key bsl-1.0 is not
        ("eupl-1.2", "eupl-1.2"),
        ("LicenseRef-scancode-bsl-1.0", "bsl-1.0"),  # a ScanCode key asked for by name
    ],
)
def test_an_spdx_id_names_its_scancode_license(tag: str, key: str) -> None:
    reference = spdx_reference(tag)
    assert reference is not None and reference.key == key


@pytest.mark.parametrize("tag", ["Classpath-exception-2.0", "zlib license", "zli", "", "mit-ish"])
def test_only_a_license_id_itself_names_one(tag: str) -> None:
    assert spdx_reference(tag) is None


def test_a_tag_only_scancode_knows_gets_its_identity_kind_and_kind_terms() -> None:
    match = identify_declared(Declared(license="zlib"), DB)
    assert match is not None
    assert (match.id, match.method) == ("Zlib", "declared-tag")
    assert match.kind == LicenseKind.PERMISSIVE_OSS
    (record,) = binding_records(match, DB) or []
    assert record.terms["commercial_use"].value == "allowed"
    assert record.terms["use_restrictions"].value == []
    assert "attribution_required" not in record.terms  # permissive records differ on it


def test_a_restricted_kind_gets_no_terms_from_its_kind() -> None:
    match = identify_declared(Declared(license="polyform-noncommercial-1.0.0"), DB)
    assert match is not None and match.kind == LicenseKind.NON_COMMERCIAL
    assert kind_record(match, DB) is None
    assert binding_records(match, DB) is None  # its terms stay unknown: judged fail closed


def test_a_term_the_kinds_records_disagree_on_stays_unknown(tmp_path: Path) -> None:
    (tmp_path / "licenses").mkdir()
    shutil.copy(license_db_dir() / "vocabulary.yaml", tmp_path / "vocabulary.yaml")
    for stem in ("mit", "isc"):
        shutil.copy(license_db_dir() / "licenses" / f"{stem}.yaml", tmp_path / "licenses")
    text = (license_db_dir() / "licenses" / "isc.yaml").read_text(encoding="utf-8")
    odd = text.replace("id: ISC", "id: LicenseRef-odd").replace("isc", "odd")
    odd = odd.replace("commercial_use: {value: allowed", "commercial_use: {value: restricted")
    (tmp_path / "licenses" / "odd.yaml").write_text(odd, encoding="utf-8")
    small = load_license_db(tmp_path)
    assert "commercial_use" not in shared_terms(LicenseKind.PERMISSIVE_OSS, small)
    assert shared_terms(LicenseKind.PERMISSIVE_OSS, DB)["commercial_use"].value == "allowed"


@pytest.mark.parametrize(
    ("tag", "kind", "members"),
    [
        ("gpl", LicenseKind.COPYLEFT_OSS, 3),
        ("lgpl", LicenseKind.COPYLEFT_OSS, 3),
        ("bsd", LicenseKind.PERMISSIVE_OSS, 3),
        ("cc", LicenseKind.NON_COMMERCIAL, 7),  # BY-NC members: the strictest reading
    ],
)
def test_a_family_tag_reads_as_every_member(tag: str, kind: LicenseKind, members: int) -> None:
    match = identify_declared(Declared(license=tag), DB)
    assert match is not None and match.kind == kind and match.method == "declared-tag-family"
    assert len(binding_records(match, DB) or []) == members


def test_a_family_of_one_license_is_that_license() -> None:
    match = identify_declared(Declared(license="lgpl-lr"), DB)
    assert match is not None and match.id == "LGPLLR" and match.method == "declared-tag"


def test_every_shipped_family_member_is_a_known_license() -> None:
    assert unknown_members(DB, list(load_families().values())) == []


def test_a_malformed_family_file_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "hub_family_tags.yaml"
    bad.write_text("gpl: {name: GPL}\n", encoding="utf-8")
    with pytest.raises(LicenseDBError, match=r"hub_family_tags\.yaml: gpl"):
        load_families(bad)


def test_an_option_of_an_expression_is_identified_like_a_tag() -> None:
    assert match_for_id("Zlib", DB, method="m", confidence=0.8).kind == LicenseKind.PERMISSIVE_OSS
    family = match_for_id("LicenseRef-hub-family-gpl", DB, method="m", confidence=0.8)
    assert family.kind == LicenseKind.COPYLEFT_OSS and family.confidence == 0.6
    assert match_for_id("nothing-1.0", DB, method="m", confidence=0.8).id is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("zlib License", "zlib"),
        ("The PostgreSQL Licence", "postgresql"),
        ("Boost Software License 1.0", "boost-1.0"),
        ("Universal Permissive License (UPL) v1.0", "upl-1.0"),
    ],
)
def test_a_license_name_scancode_knows_names_its_license(name: str, key: str) -> None:
    match = identify_declared(Declared(license="other", license_name=name), DB)
    assert match is not None and match.scancode == key, match
    assert match.method == "declared-license-name"


@pytest.mark.parametrize("name", ["ZLIB", "Boost Software", "Our Model License 1.0"])
def test_only_a_whole_name_names_a_license(name: str) -> None:
    assert name_reference(name) is None


def test_an_spdx_identifier_line_names_a_license_scancode_knows() -> None:
    match = identify_text("SPDX-License-Identifier: BSL-1.0\n", db=DB).match
    assert match is not None and match.scancode == "boost-1.0"
    choice = identify_text("SPDX-License-Identifier: Zlib OR MIT\n", db=DB).match
    assert choice is not None and choice.id == "Zlib OR MIT"
