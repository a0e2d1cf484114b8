"""`auditor identify` and `auditor licenses`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.knowledge.license_db import load_license_db

runner = CliRunner()


def test_identify_json_for_a_corpus_text(corpus: Path) -> None:
    path = corpus / "licenses" / "llama-3.1-community.txt"
    result = runner.invoke(app, ["identify", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["schema_version"] == "1.1"
    (entry,) = document["files"]
    assert entry["path"] == str(path)
    assert entry["license"]["id"] == "LicenseRef-llama-3.1-community"
    assert entry["license"]["method"] == "text-exact"
    assert entry["terms"]["mau_threshold"] == 700_000_000
    lines = path.read_text().splitlines()
    for item in entry["evidence"]["mau_threshold"]:
        assert item["line"] >= 1
        assert item["text"][:20] in " ".join(lines[item["line"] - 1 : item["line"] + 5])


def test_identify_text_names_terms_with_lines(corpus: Path) -> None:
    path = corpus / "licenses" / "stability-community.txt"
    result = runner.invoke(app, ["identify", str(path)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Stability AI Community License" in result.stdout
    assert "1,000,000" in result.stdout
    assert "[line " in result.stdout


def test_identify_a_folder_and_a_card(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: mit\n---\n# Model\n")
    (tmp_path / "LICENSE").write_text("Permission is hereby granted, for this fixture only.\n")
    result = runner.invoke(app, ["identify", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    paths = [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]
    assert paths == ["LICENSE", "README.md"]
    card = json.loads(result.stdout)["files"][1]
    assert card["license"]["id"] == "MIT"


def test_identify_errors_are_usage_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["identify", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.stderr
    binary = tmp_path / "LICENSE"
    binary.write_bytes(b"\x00\x01\x02")
    result = runner.invoke(app, ["identify", str(binary)])
    assert result.exit_code == 2
    assert "binary content" in result.stderr
    assert runner.invoke(app, ["identify", str(binary), "--threshold", "2"]).exit_code == 2


def test_licenses_list_has_every_record() -> None:
    result = runner.invoke(app, ["licenses", "list"])
    assert result.exit_code == 0
    ids = {line.split()[0] for line in result.stdout.splitlines()[1:]}
    assert ids == set(load_license_db().records)


def test_licenses_show_explains_with_clauses() -> None:
    result = runner.invoke(app, ["licenses", "show", "llama3.1"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Llama 3.1 Community License Agreement\n")
    assert "700,000,000 monthly active users need a separate license" in out
    assert 'must begin with "Llama". [1.b.i]' in out
    assert "Llama 3.1 Acceptable Use Policy" in out


def test_licenses_show_unknown() -> None:
    result = runner.invoke(app, ["licenses", "show", "no-such-license"])
    assert result.exit_code == 2
    assert "auditor licenses list" in result.stderr
