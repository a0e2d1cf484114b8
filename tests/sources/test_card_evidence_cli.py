"""End to end: card prose and conflicting metadata never let a commercial deployment pass
(`auditor check` on local folders, a commercial SaaS manifest, three presets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.fakehub import FakeHub
from tests.sources.test_local import write_gguf

runner = CliRunner()
PRESETS = ("default", "strict", "permissive-only")

# Cards written for these tests (fictional Quill models); each must not pass commercial SaaS.
BLOCKED: dict[str, dict[str, str]] = {
    "section-names-nc": {
        "README.md": "---\nlicense: apache-2.0\n---\n# Quill\n\n## License\n\n"
        "The Quill weights are released under CC BY-NC 4.0.\n",
    },
    "bold-label-names-nc": {
        "README.md": "---\nlicense: mit\n---\n# Quill\n\n- **License:** CC-BY-NC-4.0\n",
    },
    "gating-names-nc": {
        "README.md": "---\nlicense: mit\nextra_gated_prompt: This model is released under the "
        "CC BY-NC-SA 4.0 license.\n---\n# Quill\n",
    },
    "license-name": {"README.md": "---\nlicense: apache-2.0\nlicense_name: cc-by-nc-4.0\n---\n"},
    "license-link": {
        "README.md": "---\nlicense: mit\n"
        "license_link: https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode\n---\n"
    },
    "duplicate-key": {"README.md": "---\nlicense: cc-by-nc-4.0\nlicense: apache-2.0\n---\n"},
    "cased-key": {"README.md": "---\nLicense: cc-by-nc-4.0\nlicense: apache-2.0\n---\n"},
    "unknown-hidden-value": {"README.md": "---\nlicense: quill-own-terms\nlicense: mit\n---\n"},
}
# Terms stated only in prose: these need the terms of every document combined (EVIDENCE's part
# of issue 14); the card documents carry them, see test_card_documents.py.
BLOCKED_BY_TERMS: dict[str, dict[str, str]] = {
    "details": {
        "README.md": "---\nlicense: apache-2.0\n---\n# Quill\n<details>\n"
        "The Quill weights are for non-commercial use only.\n</details>\n"
    },
    "comment": {
        "README.md": "---\nlicense: mit\n---\n# Quill\n"
        "<!-- The Quill weights must not be used commercially. -->\n",
    },
    "gated-checkbox": {
        "README.md": "---\nlicense: apache-2.0\nextra_gated_fields:\n"
        "  I agree to use Quill for non-commercial purposes only: checkbox\n---\n# Quill\n"
    },
}


def manifest(tmp_path: Path, name: str, files: dict[str, str]) -> Path:
    folder = tmp_path / name
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text)
    path = tmp_path / f"{name}.yaml"
    path.write_text(
        "version: 1\norganization: {name: Acme, domicile: DE}\n"
        "deployment: {mau: 1000, annual_revenue_usd: 5000000, regions: [EU],"
        " use_cases: [chatbot], distribution: saas}\n"
        f"models:\n  - ref: ./{name}\n    hosting: self-hosted\n"
    )
    return path


def check(path: Path, preset: str, tmp_path: Path) -> tuple[int, str]:
    result = runner.invoke(
        app,
        ["check", str(path), "-p", preset, "--offline", "--cache-dir", str(tmp_path / "hf")],
    )
    return result.exit_code, result.output


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("case", sorted(BLOCKED))
def test_conflicting_card_evidence_blocks_a_commercial_deployment(
    case: str, preset: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = check(manifest(tmp_path, case, BLOCKED[case]), preset, tmp_path)
    assert code == 1, output


@pytest.mark.parametrize("preset", PRESETS)
def test_a_gguf_header_contradicting_the_card_blocks(
    preset: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = manifest(tmp_path, "gguf", {"README.md": "---\nlicense: apache-2.0\n---\n# Quill\n"})
    write_gguf(tmp_path / "gguf" / "quill.Q4.gguf", general_license="cc-by-nc-4.0")
    code, output = check(path, preset, tmp_path)
    assert code == 1, output
    assert "card-metadata-conflict" in output
    assert "quill.Q4.gguf" in output


def test_the_conflict_finding_quotes_both_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = manifest(tmp_path, "dup", BLOCKED["duplicate-key"])
    code, output = check(path, "strict", tmp_path)
    assert code == 1
    assert "card-duplicate-key" in output
    assert "README.md:2 license: cc-by-nc-4.0" in output
    assert "README.md:3 license: apache-2.0" in output


@pytest.mark.parametrize("case", sorted(BLOCKED_BY_TERMS))
def test_terms_stated_only_in_card_prose_block(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = check(manifest(tmp_path, case, BLOCKED_BY_TERMS[case]), "default", tmp_path)
    assert code == 1, output


@pytest.mark.parametrize(
    "card",
    [
        "---\nlicense: apache-2.0\n---\n# Quill\n\n## License\n\n"
        "This model is licensed under Apache 2.0.\n",
        "---\nlicense: mit\n---\n# Quill\n\n## License\n\n| Model | License |\n|---|---|\n"
        "| Other | cc-by-nc-4.0 |\n\nThe evaluation dataset is CC BY-NC 4.0.\n",
        "---\nlicense: apache-2.0\nbase_model: https://huggingface.co/quill/base\n---\n# Quill\n",
    ],
)
def test_card_prose_that_agrees_with_the_metadata_adds_no_finding(
    card: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    manifest(tmp_path, "ok", {"README.md": card})
    result = runner.invoke(
        app, ["scan", "./ok", "--offline", "--format", "json", "--cache-dir", str(tmp_path)]
    )
    assert "conflict" not in result.output, result.output
    assert "card-duplicate-key" not in result.output


@pytest.mark.parametrize(
    "spelling",
    ["hf.co/quill/base-nc", "https://hf.co/quill/base-nc", "https://huggingface.co/quill/base-nc"],
)
def test_a_parent_given_as_a_hub_link_is_resolved_and_binds(
    spelling: str, fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add_repo("quill/base-nc", {"README.md": "---\nlicense: cc-by-nc-4.0\n---\n# Base\n"})
    sha = fake_hub.add_repo(
        "quill/child",
        {"README.md": f"---\nlicense: apache-2.0\nbase_model: {spelling}\n---\n# Child\n"},
    )
    path = tmp_path / "models.yaml"
    path.write_text(
        "version: 1\norganization: {name: Acme, domicile: DE}\n"
        "deployment: {mau: 1000, regions: [EU], use_cases: [chatbot], distribution: saas}\n"
        f"models:\n  - quill/child@{sha}\n"
    )
    common = ["--endpoint", fake_hub.url, "--cache-dir", str(tmp_path / "hf")]
    result = runner.invoke(app, ["check", str(path), *common])
    assert result.exit_code == 1, result.output
    assert "quill/base-nc" in result.output
    assert "lineage-parent-unresolved" not in result.output
