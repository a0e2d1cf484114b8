"""A declared license name with an abbreviated word the license names write out (`nc` for
non-commercial, `nd` for no-derivatives): read with the words written out when the name as
written matches no license, so the record's license binds beside a file that holds another
(the strictest reading, and the disagreement a finding). Names written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import identify_declared
from auditor.model import Declared, ModelResult, Verdict
from auditor.model.deployment import Deployment
from auditor.model.kinds import LicenseKind
from auditor.pipeline.run import AuditOptions, audit

DB = load_license_db()
_NC = "LicenseRef-stability-noncommercial-research"


def _named(name: str) -> str | None:
    match = identify_declared(Declared(license="other", license_name=name), DB)
    return match.id if match is not None else None


@pytest.mark.parametrize(
    "name",
    [
        "stabilityai-nc-research-community",
        "Stability AI NC Research Community Licence",
        "stability_ai_nc_research_community_license_agreement",
    ],
)
def test_an_abbreviated_non_commercial_name_is_the_non_commercial_license(name: str) -> None:
    assert _named(name) == _NC


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("stability-ai-community", "LicenseRef-stability-community"),  # no abbreviation
        ("heron-nc-research", None),  # no license of that name: still unidentified
        ("cc-by-nc-nd-4.0", "CC-BY-NC-ND-4.0"),  # as written, before any writing out
    ],
)
def test_names_as_written_are_read_as_before(name: str, expected: str | None) -> None:
    assert _named(name) == expected


_SHOP = Deployment(
    organization={"name": "Heron Prints Ltd", "domicile": "GB"},
    fields={
        "annual_revenue_usd": 250000,
        "distribution": "saas",
        "use_cases": ["content-generation"],
        "data": ["public"],
    },
)
_COMMUNITY_FILE = (
    "STABILITY AI COMMUNITY LICENSE AGREEMENT\n\n"
    "Stability AI grants you a license to use the models for research, non-commercial and "
    "commercial purposes, provided your annual revenue is under USD 1,000,000.\n"
)


def _audit(tmp_path: Path, name: str) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    front = f"license: other\nlicense_name: {name}\nlicense_link: LICENSE.md\n"
    (folder / "README.md").write_text(f"---\n{front}---\n# heron-diffusion\n", encoding="utf-8")
    (folder / "LICENSE.md").write_text(_COMMUNITY_FILE, encoding="utf-8")
    options = AuditOptions(use_cache=False, suggest_alternatives=False, deployment=_SHOP)
    (model,) = audit([str(folder)], options).models
    return model


def test_a_stale_non_commercial_name_over_another_file_binds_and_is_said(tmp_path: Path) -> None:
    model = _audit(tmp_path, "stability-ai-nc-research-community-license")
    assert model.license is not None and model.license.kind is LicenseKind.NON_COMMERCIAL
    rules = {f.rule for f in model.findings}
    assert "non-commercial-license-in-commercial-use" in rules
    assert "license-declared-vs-file" in rules  # the disagreement is said
    assert model.verdict is Verdict.FAIL


def test_the_name_of_the_file_it_ships_is_no_disagreement(tmp_path: Path) -> None:
    # the lawful twin: the card names the licence its file holds; nothing non-commercial binds
    model = _audit(tmp_path, "stability-ai-community")
    rules = {f.rule for f in model.findings}
    assert "non-commercial-license-in-commercial-use" not in rules
    assert "license-declared-vs-file" not in rules
