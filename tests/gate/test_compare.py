"""Side-by-side comparison of audited models: plain words per term, wrapping, JSON."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.gate.compare import ROWS, compare_json, compare_models
from auditor.model import Declared, ModelResult, Verdict
from auditor.model.deployment import Deployment

# An EU (German) SaaS company: the Llama 3.2 vision models' AUP withholds the grant there.
DEPLOYMENT = Deployment(
    organization={"name": "Test GmbH", "domicile": "DE"},
    fields={"mau": 5_000, "regions": ["EU"], "distribution": "saas", "use_cases": ["chatbot"]},
)

CARDS = {
    "vision": "license: llama3.2\nbase_model: meta-llama/Llama-3.2-11B-Vision-Instruct",
    "flux": "license: other\nlicense_name: flux-1-dev-non-commercial-license",
    "apache": "license: apache-2.0",
    "qwen": "license: other\nlicense_name: qwen\nbase_model: Qwen/Qwen2.5-72B-Instruct",
}


@pytest.fixture(scope="module")
def models() -> Iterator[dict[str, ModelResult]]:
    # The refs are folder paths shown in the table, so their length sets the columns: a folder
    # of fixed length (not pytest's numbered basetemp, which grows past pytest-999 on a
    # long-lived machine) keeps the wrapping this file asserts independent of the machine.
    with tempfile.TemporaryDirectory(prefix="cmp", dir="/tmp") as tmp:
        base = Path(tmp)
        refs = []
        for name, card in CARDS.items():
            folder = base / name
            folder.mkdir()
            (folder / "README.md").write_text(f"---\n{card}\n---\n# {name}\n")
            refs.append(str(folder))
        result = audit(refs, AuditOptions(deployment=DEPLOYMENT))
        yield {Path(m.ref).name: m for m in result.models}


def cells(model: ModelResult) -> dict[str, str]:
    document = compare_json([model])
    found: dict[str, str] = document["models"][0]["cells"]
    return found


def test_terms_in_plain_words(models: dict[str, ModelResult]) -> None:
    vision = cells(models["vision"])
    assert vision["license"] == "Llama 3.2 Community License Agreement"
    assert vision["kind"] == "open-weight license with conditions (not open source)"
    assert vision["commercial_use"] == "allowed, with conditions"
    assert vision["mau_threshold"] == "separate license above 700,000,000 monthly active users"
    assert vision["acceptable_use_policy"].startswith("incorporated")
    assert vision["territorial_exclusions"] == "rights withheld in EU"
    assert vision["governing_law"] == "US-CA"
    assert vision["duties"] == 'derivative names must begin with "Llama"; attribution required'
    assert vision["use_restrictions"].endswith("prohibited uses")
    assert vision["verdict"].startswith("FAIL: ")
    assert "territory-excludes-domicile" in vision["verdict"]
    assert vision["lineage_root"] == (
        "meta-llama/Llama-3.2-11B-Vision-Instruct (Llama 3.2 Community License Agreement)"
    )

    flux = cells(models["flux"])
    assert flux["commercial_use"] == "not allowed"
    assert flux["kind"] == "non-commercial license"
    assert flux["output_use_restriction"] == "may not train or improve other models"
    assert flux["verdict"] == "FAIL: non-commercial-license-in-commercial-use"
    assert flux["lineage_root"] == "no base model declared"

    apache = cells(models["apache"])
    assert apache["commercial_use"] == "allowed"
    assert apache["mau_threshold"] == "none"
    assert apache["revenue_threshold_usd"] == "none"
    assert apache["territorial_exclusions"] == "none"
    assert apache["governing_law"] == "not stated"
    assert apache["use_restrictions"] == "none listed"
    assert apache["verdict"] == "PASS"

    qwen = cells(models["qwen"])
    assert qwen["mau_threshold"] == "separate license above 100,000,000 monthly active users"
    assert qwen["governing_law"] == "CN"


def test_unknown_terms_say_unknown() -> None:
    bare = ModelResult(
        ref="org/mystery",
        source=None,
        declared=Declared(),
        license=None,
        effective_license=None,
        license_files=(),
        findings=(),
        verdict=Verdict.ERROR,
    )
    found = cells(bare)
    assert found["license"] == "none identified"
    for key in ("kind", "commercial_use", "mau_threshold", "territorial_exclusions", "duties"):
        assert found[key] == "unknown", key
    assert found["verdict"] == "ERROR"


def test_table_puts_models_side_by_side(models: dict[str, ModelResult]) -> None:
    chosen = [models["vision"], models["apache"]]
    text = compare_models(chosen, width=100, title="Compared under policy default")
    lines = text.splitlines()
    assert lines[0] == "Compared under policy default"
    header = next(line for line in lines if "vision" in line)
    assert "apache" in header  # both models in one table
    for row in ROWS:
        assert any(row.label in line for line in lines), row.label
    territory = next(line for line in lines if "Territories" in line)
    assert "rights withheld in EU" in territory
    assert territory.rstrip().endswith("none")
    assert all(len(line) <= 100 for line in lines)
    assert all(line == line.rstrip() for line in lines)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_wide_comparisons_wrap_into_stacked_tables(
    models: dict[str, ModelResult], width: int
) -> None:
    chosen = list(models.values())
    text = compare_models(chosen, width=width)
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines)
    tables = sum(1 for line in lines if line.lstrip().startswith("Effective license"))
    assert tables == {60: 4, 80: 2, 120: 2}[width]
    for name in CARDS:  # long refs fold inside their column; the last part stays whole
        assert name in text


def test_deterministic_and_json_serialisable(models: dict[str, ModelResult]) -> None:
    chosen = list(models.values())
    assert compare_models(chosen) == compare_models(chosen)
    document = compare_json(chosen)
    assert document["schema_version"] == "1.0"
    assert [r["key"] for r in document["rows"]] == [r.key for r in ROWS]
    json.dumps(document)
    vision = document["models"][0]
    assert vision["mau_threshold"] == 700_000_000
    assert vision["territorial_exclusions"] == ["EU"]
    assert vision["blocking_rules"][0].startswith("territory-excludes")
    assert vision["lineage_root"]["ref"] == "meta-llama/Llama-3.2-11B-Vision-Instruct"
    assert vision["effective_license"]["id"] == "LicenseRef-llama-3.2-community"


def test_no_models() -> None:
    assert compare_models([]) == "No models to compare.\n"
