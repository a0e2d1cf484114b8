"""JSON lines: the JSON result a model a line, streamed by `scan` as each model is judged."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.api import audit_options
from auditor.cli.main import app
from auditor.model import ModelResult
from auditor.model.decode import read_result
from auditor.pipeline.run import audit

runner = CliRunner()
CARDS = {
    "open": "---\nlicense: apache-2.0\n---\n# Model\n",
    "nc": "---\nlicense: cc-by-nc-4.0\n---\n# Model\n",
    "none": "# A card that names no license\n",
}


def _folders(root: Path, count: int) -> list[str]:
    refs = []
    kinds = list(CARDS)
    for i in range(count):
        folder = root / f"m{i:02d}"
        folder.mkdir()
        (folder / "README.md").write_text(CARDS[kinds[i % 3]], encoding="utf-8")
        refs.append(str(folder))
    return refs


def test_jsonl_holds_the_json_result_a_model_a_line_then_the_run(tmp_path: Path) -> None:
    refs = _folders(tmp_path, 7)
    whole = runner.invoke(app, ["scan", *refs, "--format", "json"])
    lines = runner.invoke(app, ["scan", *refs, "--format", "jsonl"])
    assert whole.exit_code == lines.exit_code == 1
    items = [json.loads(line) for line in lines.stdout.splitlines()]
    document = json.loads(whole.stdout)
    assert [item["model"] for item in items[:-1]] == document["models"]
    run = items[-1]["run"]
    assert run.pop("model_count") == 7
    # a non-commercial card in a deployment that did not state its distribution needs input
    assert run.pop("model_verdicts") == {
        "pass": 3,
        "warn": 0,
        "needs-input": 2,
        "fail": 2,
        "error": 0,
    }
    del document["models"], document["generated_at"], run["generated_at"]
    assert run == document


def test_a_saved_jsonl_result_renders_again_and_an_unfinished_one_is_refused(
    tmp_path: Path,
) -> None:
    refs = _folders(tmp_path, 4)
    saved = tmp_path / "scan.jsonl"
    written = runner.invoke(app, ["scan", *refs, "-f", "jsonl", "-o", str(saved)])
    assert written.exit_code == 1
    assert written.stderr.strip().endswith(f"Report: {saved}")
    assert "1 of 4 models is blocked, 1 of 4 models waits for a deployment fact" in written.stderr
    again = runner.invoke(app, ["report", str(saved), "-f", "json"])
    assert again.exit_code == 1
    assert [m["ref"] for m in json.loads(again.stdout)["models"]] == refs
    cut = tmp_path / "cut.jsonl"
    cut.write_text("".join(saved.read_text().splitlines(keepends=True)[:-1]))
    refused = runner.invoke(app, ["report", str(cut)])
    assert refused.exit_code == 2
    assert "cut.jsonl: no run line at the end: the run did not finish" in refused.stderr
    assert len(read_result(saved).models) == 4


def test_a_streamed_run_hands_each_model_over_before_the_run_ends(tmp_path: Path) -> None:
    """The sink gets model k while later models are still to be audited, in input order, and
    the run's own result keeps none of them."""
    refs = _folders(tmp_path, 6)
    done: list[str] = []
    handed: list[tuple[str, int]] = []

    def sink(model: ModelResult) -> None:
        handed.append((model.ref, len(done)))

    options = audit_options("default", offline=True, cache_dir=tmp_path / "hf")
    result = audit(refs, options, on_done=done.append, sink=sink)
    assert result.models == ()
    assert [ref for ref, _ in handed] == refs
    assert handed[0][1] < len(refs), "the first model was handed over before the last was done"
    kept = audit(refs, options)
    assert result.verdict is kept.verdict
    assert result.license_facts == kept.license_facts


def _without_time(sarif: str) -> str:
    return "\n".join(line for line in sarif.splitlines() if '"endTimeUtc"' not in line)


def test_scan_streams_sarif_that_is_the_saved_results_sarif(tmp_path: Path) -> None:
    """`scan -f sarif` spools each model's results as it is judged; the log is the one the
    JSON result of the same scan renders to (one process, or a pool of two)."""
    refs = _folders(tmp_path, 7)
    saved = tmp_path / "scan.json"
    assert runner.invoke(app, ["scan", *refs, "-f", "json", "-o", str(saved)]).exit_code == 1
    whole = runner.invoke(app, ["report", str(saved), "-f", "sarif"])
    assert whole.exit_code == 1
    for jobs in ("1", "2"):
        out = tmp_path / f"scan-{jobs}.sarif"
        streamed = runner.invoke(app, ["scan", *refs, "-f", "sarif", "-j", jobs, "-o", str(out)])
        assert streamed.exit_code == 1, streamed.output
        assert "2 of 7 models are blocked, 2 of 7 models wait for deployment facts" in (
            streamed.stderr
        )
        assert _without_time(out.read_text(encoding="utf-8")) == _without_time(whole.stdout)
    to_stdout = runner.invoke(app, ["scan", *refs, "-f", "sarif"])
    assert _without_time(to_stdout.stdout) == _without_time(whole.stdout)
