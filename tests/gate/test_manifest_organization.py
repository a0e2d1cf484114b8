"""The organization facts licenses count: the group's MAU, and country and region codes.

ISO 3166-1 alpha-2 names countries (DE, GB, US); the EU and EEA are groups of them, so a
domicile (a principal place of business) is never `EU`, and `UK` is not the code of the
United Kingdom (GB is).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import InputFileError, UsageError
from auditor.gate.manifest import deployment_from_options, load_manifest
from auditor.model.deployment import COUNTRY_CODES, REGION_GROUPS, code_problem


def lines_of(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "manifest.yaml"
    path.write_text(text)
    with pytest.raises(InputFileError) as info:
        load_manifest(path)
    return [line.removeprefix(f"{path}:") for line in info.value.lines()]


def test_group_mau_is_read_beside_mau(tmp_path: Path) -> None:
    path = tmp_path / "manifest.yaml"
    path.write_text(
        "version: 1\norganization: {name: Acme, domicile: de}\n"
        "deployment: {mau: 1000000, group_mau: 800000000, regions: [eu, DE]}\n"
        "models:\n  - ref: a/b\n    group_mau: 900000000\n"
    )
    manifest = load_manifest(path)
    assert manifest.organization["domicile"] == "DE"
    assert manifest.deployment["group_mau"] == 800_000_000
    assert manifest.deployment["regions"] == ["EU", "DE"]
    (model,) = manifest.models
    assert manifest.deployment_for(model)["group_mau"] == 900_000_000


def test_eu_as_a_domicile_and_unknown_region_codes_are_errors_with_lines(tmp_path: Path) -> None:
    lines = lines_of(
        tmp_path,
        "version: 1\norganization: {name: Acme, domicile: EU}\n"
        "deployment:\n  regions: [EU, UK, XX]\nmodels:\n  - ref: a/b\n    region: EL\n",
    )
    assert lines[0].startswith("2: domicile: 'EU' is a region")
    assert "4: region: UK is not an ISO 3166-1 code; the United Kingdom is GB" in lines
    assert any(line.startswith("4: region: 'XX' is not an ISO 3166-1 alpha-2") for line in lines)
    assert any(
        line.startswith("7: region: EL is the EU's abbreviation for Greece") for line in lines
    )


def test_a_group_figure_below_the_product_is_an_error(tmp_path: Path) -> None:
    (line,) = lines_of(
        tmp_path, "version: 1\ndeployment:\n  mau: 5000\n  group_mau: 10\nmodels: [a/b]\n"
    )
    assert line.startswith("4: group_mau 10 is below mau 5000")


def test_options_are_checked_like_a_manifest() -> None:
    deployment = deployment_from_options(mau=10, group_mau=20, domicile="fr")
    assert deployment.fields["group_mau"] == 20
    assert deployment.organization["domicile"] == "FR"
    with pytest.raises(UsageError, match="'EU' is a region"):
        deployment_from_options(domicile="EU")


def test_the_country_table_is_iso_3166_1() -> None:
    assert len(COUNTRY_CODES) == 249  # the officially assigned alpha-2 codes
    assert {"DE", "GB", "US", "CN", "KR", "GR", "IS", "LI", "NO"} <= COUNTRY_CODES
    assert not {"EU", "EEA", "UK", "EL", "XK"} & COUNTRY_CODES
    assert REGION_GROUPS["EEA"] - REGION_GROUPS["EU"] == {"IS", "LI", "NO"}
    assert len(REGION_GROUPS["EU"]) == 27  # the member states since 2020 (Hungary among them)
    assert "HU" in REGION_GROUPS["EU"]
    assert code_problem("eea", regions=True) is None
    assert code_problem("EEA", regions=False) is not None
