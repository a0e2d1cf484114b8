"""A deployment fact not stated is asked for (needs-input, exit 4), not judged a license failure.

Expectations come from the Llama 3.1 Community License, clause 2: a licensee whose products had
more than 700 million monthly active users must request a license from Meta. Whether that cap
is passed depends on the deployment's MAU, a fact only the user can state.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.conftest import ROOT

runner = CliRunner()
MAU_CAP_RULES = {"mau-above-threshold", "group-mau-above-threshold"}
MAU_INPUTS = {("deployment.mau", "--mau"), ("deployment.group_mau", "--group-mau")}
CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"
LLAMA_31 = CORPUS / "llama-3.1-community.txt"


@pytest.fixture
def llama(tmp_path: Path) -> Path:
    if not LLAMA_31.is_file():
        pytest.skip(f"{LLAMA_31} is absent")
    folder = tmp_path / "llama"
    folder.mkdir()
    (folder / "LICENSE").write_text(LLAMA_31.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "README.md").write_text("---\nlicense: llama3.1\n---\n# A model\n", "utf-8")
    return folder


def _scan(*args: str) -> tuple[int, dict[str, object]]:
    result = runner.invoke(app, ["scan", *args, "--format", "json"])
    assert result.exit_code in (0, 1, 4), result.output
    document: dict[str, object] = json.loads(result.stdout)
    return result.exit_code, document


def _model(document: dict[str, object]) -> dict[str, object]:
    models = document["models"]
    assert isinstance(models, list)
    model: dict[str, object] = models[0]
    return model


def _blocks(model: dict[str, object]) -> list[dict[str, object]]:
    findings = model["findings"]
    assert isinstance(findings, list)
    return [f for f in findings if f["severity"] == "block" and not f["waived"]]


def test_a_llama_model_without_the_mau_needs_it(llama: Path, tmp_path: Path) -> None:
    code, document = _scan(str(llama))
    assert code == 4
    model = _model(document)
    assert document["verdict"] == model["verdict"] == "needs-input"
    # the cap counts the licensee's affiliates, so the group's figure (or the product's) decides
    (cap,) = [f for f in _blocks(model) if f["rule"] in MAU_CAP_RULES]
    inputs = cap["needs_input"]
    assert isinstance(inputs, list) and inputs
    assert {(i["manifest_key"], i["option"]) for i in inputs} <= MAU_INPUTS
    message = str(cap["message"])
    assert any(f"`{key}`" in message and f"`{option}`" in message for key, option in MAU_INPUTS)
    assert all(block["needs_input"] for block in _blocks(model))  # nothing decided blocks
    text = runner.invoke(app, ["scan", str(llama)])
    assert text.exit_code == 4
    assert any(
        f"needs input: {key} (manifest `{key}`, or `{option}`)" in text.stdout
        for key, option in MAU_INPUTS
    )
    saved = tmp_path / "saved.json"
    saved.write_text(json.dumps(document), encoding="utf-8")
    again = runner.invoke(app, ["report", str(saved), "--format", "markdown"])
    assert again.exit_code == 4  # a re-rendered result keeps its verdict's code
    assert "NEEDS-INPUT" in again.stdout


def test_a_llama_model_under_the_cap_is_not_blocked(llama: Path) -> None:
    code, document = _scan(str(llama), "--mau", "1000")
    assert code == 0
    assert _model(document)["verdict"] in ("pass", "warn")


def test_a_llama_model_over_the_cap_fails(llama: Path) -> None:
    code, document = _scan(str(llama), "--mau", "800000000")
    assert code == 1
    model = _model(document)
    assert model["verdict"] == "fail"
    (cap,) = [f for f in _blocks(model) if f["rule"] in MAU_CAP_RULES]
    assert cap["needs_input"] == []


def test_an_unknown_license_fact_still_fails_closed(tmp_path: Path) -> None:
    folder = tmp_path / "anonymous"
    folder.mkdir()
    (folder / "README.md").write_text("# A model whose card names no license\n", "utf-8")
    code, document = _scan(str(folder), "--mau", "10", "--distribution", "saas")
    assert code == 1
    model = _model(document)
    assert model["verdict"] == "fail"
    assert _blocks(model) and not any(block["needs_input"] for block in _blocks(model))


def test_compare_takes_the_deployment_options_of_scan(llama: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "README.md").write_text("---\nlicense: apache-2.0\n---\n# Model\n", "utf-8")
    unstated = runner.invoke(app, ["compare", str(llama), str(other), "--format", "json"])
    stated = runner.invoke(
        app, ["compare", str(llama), str(other), "--format", "json", "--mau", "1000"]
    )
    assert unstated.exit_code == stated.exit_code == 0, (unstated.output, stated.output)
    before = json.loads(unstated.stdout)
    after = json.loads(stated.stdout)
    assert "needs-input" in json.dumps(before)
    assert "needs-input" not in json.dumps(after)
