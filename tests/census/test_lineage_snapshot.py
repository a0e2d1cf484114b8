"""`auditor census lineage-snapshot`: from a tiny models.parquet and from a card folder."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.knowledge.lineage_snapshot import load_lineage_snapshot
from tests.census.conftest import card, hub_parents, write_snapshot


def test_from_parquet_keeps_the_top_models_and_their_ancestors(tmp_path: Path) -> None:
    rows = [
        {
            "id": "quill-labs/Quill-8B",
            "cardData": card(license="apache-2.0"),
            "downloads": 5,
            "baseModels": hub_parents("finetune", "quill-labs/Quill-Base"),
        },
        {"id": "quill-labs/Quill-Base", "cardData": card(license="mit"), "downloads": 1},
        {"id": "other/Unpopular", "cardData": card(license="mit"), "downloads": 0},
    ]
    dump = write_snapshot(tmp_path / "models.parquet", rows)
    out = tmp_path / "snap.json.gz"
    result = CliRunner().invoke(
        app,
        ["census", "lineage-snapshot", dump, "--top", "1", "-o", str(out), "--as-of", "2026-11-01"],
    )
    assert result.exit_code == 0, result.output
    snapshot = load_lineage_snapshot(out)
    assert set(snapshot.entries) == {"quill-labs/quill-8b", "quill-labs/quill-base"}
    entry = snapshot.get("quill-labs/Quill-8B")
    assert entry is not None and entry.license == "apache-2.0"
    assert entry.parents == (("quill-labs/Quill-Base", "finetune"),)
    assert snapshot.as_of == "2026-11-01" and "models.parquet" in (snapshot.source or "")


def test_from_a_card_folder(tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "quill.md").write_text(
        "---\nlicense: mit\nbase_model: quill-labs/Quill-Base\n---\nhi\n"
    )
    (folder / "SOURCES.tsv").write_text("slug\thf_repo_id_if_known\nquill\tquill-labs/Quill-8B\n")
    out = tmp_path / "snap.json.gz"
    result = CliRunner().invoke(app, ["census", "lineage-snapshot", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    entry = load_lineage_snapshot(out).get("quill-labs/quill-8b")
    assert entry is not None and entry.license == "mit"
    assert entry.parents == (("quill-labs/Quill-Base", None),)


def test_a_card_with_a_lone_surrogate_is_written_escaped(tmp_path: Path) -> None:
    """YAML's `"\\ud800"` is a lone surrogate, which the UTF-8 snapshot file cannot hold."""
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "quill.md").write_text(
        '---\nlicense: "mit\\ud800"\nbase_model: "quill-labs/\\udc80"\n---\nhi\n'
    )
    (folder / "SOURCES.tsv").write_text("slug\thf_repo_id_if_known\nquill\tquill-labs/Quill-8B\n")
    for name in ("snap.json", "snap.json.gz"):
        out = tmp_path / name
        result = CliRunner().invoke(
            app, ["census", "lineage-snapshot", str(folder), "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        entry = load_lineage_snapshot(out).get("quill-labs/quill-8b")
        assert entry is not None and entry.license == "mit\\ud800"
        assert entry.parents == (("quill-labs/\\udc80", None),)
