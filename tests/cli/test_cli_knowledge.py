"""`auditor knowledge update|show` end to end from a snapshot file: the refresh resolves a parent
the bundled snapshot does not know in a `scan` of a local folder, every report states the
knowledge's date, the stale-knowledge warning fires only when it should, and bad input is
named with its line and leaves the knowledge in use as it was. (From a census: tests/census.)"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.knowledge.lineage_snapshot import bundled_lineage_snapshot
from auditor.resources import reports_dir

runner = CliRunner()
SCHEMA = json.loads((reports_dir() / "schema" / "result.schema.json").read_text())
PARENT = "quill-labs/quill-9b"  # released after the bundled snapshot: it does not know it
STALE = "lineage-knowledge-stale"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("AUDITOR_DATA_DIR", str(folder))
    return folder


def _days_ago(days: int) -> str:
    return (datetime.now(UTC).date() - timedelta(days=days)).isoformat()


def _snapshot_file(folder: Path, as_of: str | None) -> Path:
    """A user's own snapshot: the new parent under a non-commercial license, and a community
    model of a Llama generation the family table does not know."""
    models: dict[str, dict[str, Any]] = {
        PARENT: {"license": "cc-by-nc-4.0", "license_name": None, "parents": []},
        "fans/llama-9-8b-chat": {"license": "mit", "license_name": None, "parents": []},
    }
    path = folder / "my-snapshot.json"
    document: dict[str, Any] = {"source": "our crawl", "models": models}
    if as_of is not None:
        document["as_of"] = as_of
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def _fine_tune(folder: Path, parent: str = PARENT) -> Path:
    """A LoRA tagged `mit` on the new base."""
    model = folder / "model"
    model.mkdir(parents=True)
    (model / "README.md").write_text(
        f"---\nlicense: mit\nbase_model: {parent}\n---\n# A fine-tune\n", encoding="utf-8"
    )
    return model


def _scan(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["scan", *args, "--format", "json"])
    assert result.exit_code in (0, 1, 4), result.output
    document: dict[str, Any] = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA, cls=jsonschema.Draft202012Validator)
    return document


def _rules(document: dict[str, Any]) -> set[str]:
    return {f["rule"] for f in document["models"][0]["findings"]}


def test_a_refresh_resolves_a_parent_the_bundled_snapshot_does_not_know(
    tmp_path: Path, data_dir: Path
) -> None:
    assert bundled_lineage_snapshot().get(PARENT) is None
    model = _fine_tune(tmp_path)
    before = _scan(str(model))
    assert before["lineage_knowledge"]["origin"] == "bundled"
    assert before["models"][0]["effective_license"]["id"] is None  # unknown, never the tag
    assert "lineage-unresolved" in _rules(before)

    as_of = _days_ago(2)
    update = runner.invoke(
        app, ["knowledge", "update", "--from-snapshot", str(_snapshot_file(tmp_path, as_of))]
    )
    assert update.exit_code == 0, update.output
    assert f"2 models as of {as_of}" in update.stdout
    assert (data_dir / "knowledge" / "lineage_snapshot.json").is_file()

    after = _scan(str(model))
    assert after["lineage_knowledge"] == {"as_of": as_of, "origin": "user"}
    resolved = after["models"][0]
    assert "CC-BY-NC-4.0" in resolved["effective_license"]["id"]
    assert [(s["ref"], s["resolved_by"]) for s in resolved["lineage"]] == [(PARENT, "snapshot")]
    assert "lineage-unresolved" not in _rules(after) and STALE not in _rules(after)
    # the other reports state the date and the origin too
    text = runner.invoke(app, ["scan", str(model)])
    assert f"Lineage knowledge: as of {as_of} (refreshed by the user)" in text.stdout
    for fmt, words in (
        ("markdown", f"Lineage knowledge as of {as_of} (refreshed by the user)"),
        ("html", f"<dt>Lineage knowledge</dt><dd><bdi>as of {as_of} (refreshed by the user)"),
    ):
        shown = runner.invoke(app, ["scan", str(model), "--format", fmt])
        assert words in shown.stdout, fmt


def test_the_candidates_and_show(tmp_path: Path, data_dir: Path) -> None:
    shown = runner.invoke(app, ["knowledge", "show"])
    assert shown.exit_code == 0, shown.output
    bundled = bundled_lineage_snapshot()
    assert f"lineage snapshot in use: bundled, as of {bundled.as_of}" in shown.stdout
    assert f"{len(bundled):,} models" in shown.stdout
    assert "family-table candidates: none" in shown.stdout

    as_of = _days_ago(1)
    file = _snapshot_file(tmp_path, as_of)
    assert runner.invoke(app, ["knowledge", "update", "--from-snapshot", str(file)]).exit_code == 0
    review = json.loads((data_dir / "knowledge" / "family_candidates.json").read_text())
    assert review["as_of"] == as_of and review["repos_seen"] == 2
    llama = [c for c in review["candidates"] if c["family"] == "llama"]
    assert llama == [
        {
            "family": "llama",
            "name": "llama-9",
            "repos": 1,
            "licenses": {"mit": 1},
            "examples": ["fans/llama-9-8b-chat"],
        }
    ]
    shown = runner.invoke(app, ["knowledge", "show"])
    assert shown.exit_code == 0, shown.output
    assert f"lineage snapshot in use: refreshed by the user, as of {as_of}" in shown.stdout
    assert "2 models" in shown.stdout and "our crawl" in shown.stdout
    assert f"bundled lineage snapshot (not used): as of {bundled.as_of}" in shown.stdout
    assert "llama: llama-9, 1 repo(s) (mit 1)" in shown.stdout
    assert str(data_dir / "knowledge") in shown.stdout


def test_the_stale_warning_fires_only_for_old_knowledge_and_an_unresolved_parent(
    tmp_path: Path, data_dir: Path
) -> None:
    unknown = _fine_tune(tmp_path / "a", parent="newer-lab/never-seen-7b")
    known = _fine_tune(tmp_path / "b")
    old = _snapshot_file(tmp_path, _days_ago(400))  # the default allows 180 days
    assert runner.invoke(app, ["knowledge", "update", "--from-snapshot", str(old)]).exit_code == 0
    stale = _scan(str(unknown))
    findings = [f for f in stale["models"][0]["findings"] if f["rule"] == STALE]
    assert len(findings) == 1 and findings[0]["severity"] == "warn"
    assert f"as of {_days_ago(400)}, 400 days before this audit" in findings[0]["message"]
    assert "auditor knowledge update" in findings[0]["remediation"]
    assert STALE not in _rules(_scan(str(known)))  # old, but this parent resolved

    fresh = _snapshot_file(tmp_path, _days_ago(5))
    assert runner.invoke(app, ["knowledge", "update", "--from-snapshot", str(fresh)]).exit_code == 0
    assert STALE not in _rules(_scan(str(unknown)))
    # the policy's setting decides what "old" is
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\nname: weekly\nextends: default\nsettings: {knowledge_max_age_days: 3}\n"
    )
    assert STALE in _rules(_scan(str(unknown), "--policy", str(policy)))


def test_bad_input_is_named_with_its_line_and_nothing_is_written(
    tmp_path: Path, data_dir: Path
) -> None:
    good = _snapshot_file(tmp_path, _days_ago(3))
    assert runner.invoke(app, ["knowledge", "update", "--from-snapshot", str(good)]).exit_code == 0
    folder = data_dir / "knowledge"
    kept = {p.name: p.read_bytes() for p in folder.iterdir()}

    bad = tmp_path / "bad.json"
    bad.write_text('{"as_of": "2026-11-01",\n "models": {\n  "a/b": {"license": 3}}}\n')
    (tmp_path / "undated").mkdir()
    undated = _snapshot_file(tmp_path / "undated", None)
    future = tmp_path / "future.json"
    future.write_text(json.dumps({"as_of": "2999-01-01", "models": {}}))
    cases = [
        (["--from-snapshot", str(bad)], f"{bad}:3: models['a/b']: license must be a tag"),
        (["--from-snapshot", str(undated)], "states no date (`as_of`): pass --as-of"),
        (["--from-snapshot", str(good), "--as-of", "soon"], "--as-of 'soon' is not a date"),
        (["--from-snapshot", str(future)], "`as_of` 2999-01-01 is after today"),
        (["--from-snapshot", str(tmp_path / "none.json")], "none.json: cannot be read"),
        (["--from-census", str(tmp_path)], "no models.parquet: not a census folder"),
        ([], "give one of --from-census DIR or --from-snapshot FILE"),
        (["--from-snapshot", str(good), "--from-census", str(tmp_path)], "give one of"),
    ]
    for args, words in cases:
        result = runner.invoke(app, ["knowledge", "update", *args])
        assert result.exit_code == 2, (args, result.output)
        assert words in result.stderr, (args, result.stderr)
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == kept, args  # no temp files


def test_knowledge_help() -> None:
    for args in (["knowledge", "--help"], ["knowledge", "update", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Usage: auditor knowledge" in result.stdout
