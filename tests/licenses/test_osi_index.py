"""OSI approval of licenses with no curated record, from the fact table derived from ScanCode's
LicenseDB (license_db/osi_approved.json, scripts/build_osi_index.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.osi_index import OSI_FILE, is_osi_approved, load_osi_index, parse_osi_index
from auditor.licenses.text.reference_build import SourceText, read_license_folder
from auditor.resources import license_db_dir
from scripts.build_osi_index import OSI_SUPPLEMENT, osi_rows, render, spdx_list_rows
from scripts.build_reference_index import find_license_folder, scancode_version


@pytest.mark.parametrize("license_id", ["Zlib", "bsl-1.0", "UPL-1.0", "Python-2.0"])
def test_a_license_scancode_records_an_osi_page_for_is_approved(license_id: str) -> None:
    assert is_osi_approved(license_id) is True


@pytest.mark.parametrize("license_id", ["CC0-1.0", "WTFPL", "BSD-4-Clause", "nothing-1.0", ""])
def test_a_license_without_an_osi_page_is_not_known_never_false(license_id: str) -> None:
    assert is_osi_approved(license_id) is None


@pytest.mark.parametrize("license_id", ["EUPL-1.2", "eupl-1.2", "MIT-0", "0BSD", "BlueOak-1.0.0"])
def test_an_osi_approved_license_scancode_misses_is_approved_by_the_supplement(
    license_id: str,
) -> None:
    assert is_osi_approved(license_id) is True


def test_the_supplement_names_its_osi_page_and_never_overrides_scancode() -> None:
    rows = osi_rows([])
    assert set(rows) == set(OSI_SUPPLEMENT)
    assert all(r["osi_page"].startswith("https://opensource.org/license/") for r in rows.values())
    own = osi_rows([_text("mit-0", spdx_license_key="MIT-0", osi_license_key="MIT-0")])
    assert own["MIT-0"] == {"scancode": "mit-0", "basis": "osi_license_key"}


def test_the_table_never_contradicts_a_curated_record() -> None:
    db = load_license_db()
    contradicted = [
        r.id
        for r in db.records.values()
        if r.spdx and r.osi_approved is False and is_osi_approved(r.spdx)
    ]
    assert contradicted == []


def _text(key: str, **meta: object) -> SourceText:
    return SourceText(key=key, meta={"key": key, **meta}, text="")


def test_rows_keep_current_licenses_with_an_osi_page_of_their_own() -> None:
    rows = osi_rows(
        [
            _text("alpha", spdx_license_key="Alpha-1.0", osi_url="http://opensource.org/alpha"),
            _text("beta", spdx_license_key="Beta-2.0", osi_license_key="Beta-2.0"),
            _text("gone", spdx_license_key="Gone-1.0", osi_url="x", is_deprecated=True),
            _text("exc", spdx_license_key="Exc-1.0", osi_url="y", is_exception="yes"),
            _text("ref", spdx_license_key="LicenseRef-scancode-ref", osi_url="z"),
            _text("none", spdx_license_key="None-1.0"),
            # one page two licenses point to, naming neither: whose approval is it?
            _text("bsd-a", spdx_license_key="BSD-A", osi_url="http://opensource.org/bsd.php"),
            _text("bsd-b", spdx_license_key="BSD-B", osi_url="https://opensource.org/bsd.php"),
            # `-or-later` with no page of its own: the same text as its approved `-only` id
            _text("gpl-9", spdx_license_key="GPL-9.0-only", osi_license_key="GPL-9.0"),
            _text("gpl-9-plus", spdx_license_key="GPL-9.0-or-later"),
            _text("xpl-9-plus", spdx_license_key="XPL-9.0-or-later"),
        ]
    )
    assert {k: v for k, v in rows.items() if k not in OSI_SUPPLEMENT} == {
        "Alpha-1.0": {"scancode": "alpha", "basis": "osi_url"},
        "Beta-2.0": {"scancode": "beta", "basis": "osi_license_key"},
        "GPL-9.0-only": {"scancode": "gpl-9", "basis": "osi_license_key"},
        "GPL-9.0-or-later": {"scancode": "gpl-9-plus", "basis": "same text as GPL-9.0-only"},
    }
    table = parse_osi_index(render(rows, "test"))
    assert is_osi_approved("beta-2.0", table) is True
    assert is_osi_approved("None-1.0", table) is None


def test_the_spdx_list_adds_its_osi_flags(tmp_path: Path) -> None:
    path = tmp_path / "licenses.json"
    entries = [
        {"licenseId": "EUPL-1.2", "isOsiApproved": True},
        {"licenseId": "Old-1.0", "isOsiApproved": True, "isDeprecatedLicenseId": True},
        {"licenseId": "No-1.0", "isOsiApproved": False},
    ]
    path.write_text(json.dumps({"licenseListVersion": "9.9", "licenses": entries}))
    assert list(spdx_list_rows(path)) == ["EUPL-1.2"]
    path.write_text("{}")
    with pytest.raises(LicenseDBError, match=r"licenses\.json: not an SPDX license list"):
        spdx_list_rows(path)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{", r"osi_approved\.json: not JSON"),
        ('{"osi_approved": {}}', "expected a non-empty"),
        ('{"osi_approved": {"X": {}}}', "entries without a basis: X"),
    ],
)
def test_a_malformed_table_is_an_error_naming_it(text: str, problem: str) -> None:
    with pytest.raises(LicenseDBError, match=problem):
        parse_osi_index(text)


def test_the_committed_table_loads_and_matches_a_rebuild() -> None:
    assert "zlib" in load_osi_index()
    folder = find_license_folder()
    if folder is None:
        pytest.skip("ScanCode's LicenseDB is not installed: the committed table is not rebuilt")
    shipped = (license_db_dir() / OSI_FILE).read_text(encoding="utf-8")
    rebuilt = render(osi_rows(read_license_folder(folder)), scancode_version(folder))
    assert rebuilt == shipped, "run: python scripts/build_osi_index.py"
