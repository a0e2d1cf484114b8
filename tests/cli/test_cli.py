"""The command line: exit codes, formats, errors, help and the README's copy of it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from auditor import __version__
from auditor.cli.main import app
from auditor.report.render import ReportFormat
from auditor.resources import reports_dir
from tests.conftest import ROOT
from tests.fakehub import FakeHub

runner = CliRunner()
SCHEMA = json.loads((reports_dir() / "schema" / "result.schema.json").read_text())
EXAMPLE = ROOT / "examples" / "manifest.yaml"
APACHE_CARD = "---\nlicense: apache-2.0\n---\n# Model\n"


def validate(document: object) -> None:
    jsonschema.validate(document, SCHEMA, cls=jsonschema.Draft202012Validator)


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"auditor {__version__}"


def test_example_manifest_json_is_valid_against_the_schema() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    document = json.loads(result.stdout)
    validate(document)
    assert document["manifest"] == str(EXAMPLE)
    refs = [m["ref"] for m in document["models"]]
    assert refs == [
        "./models/acme-chat-llama",
        "./models/acme-embedder",
        "./models/acme-vision-research",
    ]
    licenses = [m["license"]["hf"] for m in document["models"]]
    assert licenses == ["llama3.1", "apache-2.0", "cc-by-nc-4.0"]


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_every_format_renders_the_example(fmt: ReportFormat, tmp_path: Path) -> None:
    out = tmp_path / f"report.{fmt.value}"
    result = runner.invoke(
        app, ["check", str(EXAMPLE), "--format", fmt.value, "--output", str(out)]
    )
    assert result.exit_code in (0, 1), result.output
    text = out.read_text()
    assert "acme-embedder" in text
    from auditor.policy.load import load_policy

    assert load_policy("default").sha256[:12] in text  # every format names the policy used
    assert result.stderr.strip().splitlines()[-1].endswith(f". Report: {out}")


def test_html_is_self_contained_and_escapes_card_content(tmp_path: Path) -> None:
    model = tmp_path / "evil"
    model.mkdir()
    (model / "README.md").write_text(
        '---\nlicense: "<script>alert(1)</script>"\n'
        'license_name: "<img src=x onerror=alert(2)>"\n---\n'
    )
    result = runner.invoke(app, ["scan", str(model), "--format", "html"])
    assert result.exit_code == 1
    html = result.stdout
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)


def test_blocking_finding_exits_1_and_text_names_it(tmp_path: Path) -> None:
    model = tmp_path / "m"
    model.mkdir()
    (model / "README.md").write_text("# no license at all\n")
    result = runner.invoke(app, ["scan", str(model)])
    assert result.exit_code == 1
    assert "license-unidentified" in result.stdout


def test_unfetchable_model_exits_3_and_others_are_reported(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add_repo("acme/good", {"README.md": APACHE_CARD})
    result = runner.invoke(
        app,
        [
            "scan",
            "acme/good",
            "acme/missing",
            "--endpoint",
            fake_hub.url,
            "--cache-dir",
            str(tmp_path),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 3, result.output
    document = json.loads(result.stdout)
    validate(document)
    assert [m["verdict"] for m in document["models"]] == ["warn", "error"]  # warn: unpinned
    assert document["verdict"] == "error"


def test_token_never_appears_in_output(fake_hub: FakeHub, tmp_path: Path) -> None:
    sentinel = "hf_SENTINEL_never_print_me_0123456789"
    fake_hub.add_repo("acme/gated", {"README.md": APACHE_CARD, "LICENSE": "x"}, gated="manual")
    for fmt in ReportFormat:
        result = runner.invoke(
            app,
            [
                "scan",
                "acme/gated",
                "acme/missing",
                "--endpoint",
                fake_hub.url,
                "--cache-dir",
                str(tmp_path),
                "--format",
                fmt.value,
            ],
            env={"HF_TOKEN": sentinel},
        )
        assert result.exit_code == 3
        assert sentinel not in result.stdout + result.stderr
    sent = {h.get("authorization") for _, _, h in fake_hub.requests}
    assert f"Bearer {sentinel}" in sent  # the token was read from HF_TOKEN and used


def test_invalid_manifest_exits_2_with_file_and_line_and_keeps_output(tmp_path: Path) -> None:
    manifest = tmp_path / "m.yaml"
    manifest.write_text("models:\n  - ref: a/b\n    extra: 1\n")
    out = tmp_path / "report.json"
    out.write_text("previous report")
    result = runner.invoke(app, ["check", str(manifest), "--output", str(out)])
    assert result.exit_code == 2
    assert f"error: {manifest}:3: unknown key 'extra'" in result.stderr
    assert "Traceback" not in result.output
    assert out.read_text() == "previous report"


def test_manifest_with_a_missing_local_path_names_its_line(tmp_path: Path) -> None:
    manifest = tmp_path / "m.yaml"
    manifest.write_text("models:\n  - ./here\n  - ./not-here\n")
    (tmp_path / "here").mkdir()
    result = runner.invoke(app, ["check", str(manifest)])
    assert result.exit_code == 2
    assert f"{manifest}:3: ./not-here: no such file or directory" in result.stderr


def test_bad_target_is_a_usage_error() -> None:
    result = runner.invoke(app, ["scan", "not a repo id"])
    assert result.exit_code == 2
    assert "not a Hub repo id or an existing path" in result.stderr


def test_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["scan"]).exit_code == 2
    assert runner.invoke(app, ["scan", "a/b", "--format", "pdf"]).exit_code == 2
    assert runner.invoke(app, ["frobnicate"]).exit_code == 2


def test_output_into_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["check", str(EXAMPLE), "--output", str(tmp_path / "no" / "r.html")]
    )
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_offline_uncached_model_is_reported(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", "acme/never", "--offline", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 3
    assert "not in the local Hugging Face cache" in result.stdout


def test_every_command_has_help() -> None:
    for command in ("scan", "check"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Usage: auditor" in result.stdout


def test_readme_help_block_matches_help() -> None:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"<!-- help:begin -->\n```text\n(.*?)```\n<!-- help:end -->", readme, re.S)
    assert block is not None
    result = runner.invoke(app, ["--help"], terminal_width=100)
    assert result.stdout.strip() == block.group(1).strip()


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```sh\n(python3 -m venv .*?)\n```", readme)
    assert len(commands) == 2, commands
    ci = (ROOT / ".ci" / "run").read_text()
    assert commands[1] in ci
    assert "auditor check examples/manifest.yaml --format html --output report.html" in commands[0]


def test_example_folder_can_be_copied_anywhere(tmp_path: Path) -> None:
    copy = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", copy)
    result = runner.invoke(app, ["check", str(copy / "manifest.yaml"), "--format", "json"])
    assert result.exit_code in (0, 1)
    assert len(json.loads(result.stdout)["models"]) == 3


def test_notice_lists_obligations_with_clauses(tmp_path: Path) -> None:
    out = tmp_path / "NOTICE.txt"
    result = runner.invoke(app, ["notice", str(EXAMPLE), "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "Llama 3.1 Community License Agreement" in text
    assert "1.b.i" in text
    assert "Built with Llama" in text


def test_scan_jobs_spreads_local_folders_over_processes_with_the_same_report(
    tmp_path: Path,
) -> None:
    refs = []
    for i in range(30):  # --jobs 2 asked for: workers start from two local targets
        folder = tmp_path / f"m{i:02d}"
        folder.mkdir()
        card = APACHE_CARD if i % 3 else "---\nlicense: cc-by-nc-4.0\n---\n# Model\n"
        (folder / "README.md").write_text(card, encoding="utf-8")
        refs.append(str(folder))
    reports = []
    for jobs in ("1", "2"):
        result = runner.invoke(
            app, ["scan", *refs, "--format", "json", "--jobs", jobs, "--distribution", "saas"]
        )
        assert result.exit_code == 1, result.output  # the non-commercial ones fail in SaaS
        document = json.loads(result.stdout)
        document.pop("generated_at")
        reports.append(document)
    assert reports[0] == reports[1]
    assert [m["ref"] for m in reports[1]["models"]] == refs
    refused = runner.invoke(app, ["scan", *refs[:1], "--jobs", "0"])
    assert refused.exit_code == 2
    assert "--jobs" in refused.output
