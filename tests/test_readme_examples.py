"""The README's shell examples run as written: each `auditor ...` command of its fenced
`sh`/`bash` blocks, in order, against the loopback Hub (HF_ENDPOINT) serving the repos the
examples name, the bundled example folder and files made where the examples point."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import gguf
import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.conftest import ROOT
from tests.fakehub import FakeHub

README = ROOT / "README.md"
_FENCE = re.compile(r"^```(sh|bash|shell)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_COMMENT = re.compile(r"\s+#.*$")

# Cards and license texts written for this test (never a real license's prose).
LLAMA_CARD = "---\nlicense: llama3.1\npipeline_tag: text-generation\n---\n# Llama-style model\n"
LLAMA_TERMS = (
    "Quill Community License. You may use the model for any lawful purpose. A product with "
    "more than 700 million monthly active users needs a separate license from the licensor.\n"
)
QWEN_CARD = "---\nlicense: apache-2.0\npipeline_tag: text-generation\n---\n# Qwen-style model\n"
FINETUNE_CARD = (
    "---\nlicense: apache-2.0\nbase_model: Qwen/Qwen2.5-7B-Instruct\n---\n# My fine-tune\n"
)


def readme_commands() -> list[str]:
    """Every `auditor ...` command of the README's shell blocks, in order, comments removed;
    `a && b` chains are split (the set-up line installs, then audits)."""
    commands: list[str] = []
    for match in _FENCE.finditer(README.read_text(encoding="utf-8")):
        for line in match.group(2).splitlines():
            for part in line.split("&&"):
                command = _COMMENT.sub("", part).strip()
                if command.startswith("auditor "):
                    commands.append(command)
    return commands


def _write_gguf(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_string("general.name", "Quill 7B Instruct")
    writer.add_string("general.license", "apache-2.0")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def _pinned(text: str, repo_id: str) -> str | None:
    """The 40-hex commit a README command pins `repo_id` to, if any."""
    found = re.search(re.escape(repo_id) + r"@([0-9a-f]{40})\b", text)
    return found.group(1) if found else None


@pytest.fixture
def workspace(fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with what the examples name, and the Hub repos they name."""
    text = "\n".join(readme_commands())
    pin = _pinned(text, "meta-llama/Llama-3.1-8B-Instruct")  # served as that very commit
    fake_hub.add_repo(
        "meta-llama/Llama-3.1-8B-Instruct",
        {"README.md": LLAMA_CARD, "LICENSE": LLAMA_TERMS},
        sha=pin,
    )
    qwen = fake_hub.add_repo("Qwen/Qwen2.5-7B-Instruct", {"README.md": QWEN_CARD})
    work = tmp_path / "work"
    shutil.copytree(ROOT / "examples", work / "examples")
    (work / "models" / "my-finetune").mkdir(parents=True)
    (work / "models" / "my-finetune" / "README.md").write_text(FINETUNE_CARD)
    _write_gguf(tmp_path / "home" / "models" / "mistral-7b-instruct.Q4_K_M.gguf")
    manifest = (
        "version: 1\n"
        "organization: {name: Quill Labs, domicile: DE}\n"
        "deployment: {regions: [EU], use_cases: [chatbot], distribution: saas,"
        " mau: 1000, annual_revenue_usd: 100000, data: [public]}\n"
        "models:\n"
        f"  - ref: Qwen/Qwen2.5-7B-Instruct@{qwen}\n"
        "  - ref: ./models/my-finetune\n"
    )
    for name in ("manifest.yaml", "models.yaml"):
        (work / name).write_text(manifest)
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("AUDITOR_HISTORY_DB", str(tmp_path / "history.db"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return work


def test_the_readme_has_the_examples_this_test_runs() -> None:
    commands = readme_commands()
    assert len(commands) >= 12, commands
    verbs = {shlex.split(c)[1] for c in commands}
    assert {"scan", "check", "lock", "history", "compare"} <= verbs
    # a pinned example pins the full 40-character commit the tool's own rule asks for
    for command in commands:
        for revision in re.findall(r"@([0-9A-Za-z]+)", command):
            assert re.fullmatch(r"[0-9a-f]{40}", revision), command


def test_every_readme_example_runs_as_written(workspace: Path) -> None:
    runner = CliRunner()
    ran = []
    for command in readme_commands():
        result = runner.invoke(app, shlex.split(command)[1:])
        output = result.output
        assert result.exit_code in (0, 1, 4), f"{command}\n{output}"  # 4: needs input
        assert "Traceback" not in output and "error: unexpected" not in output, command
        ran.append(command)
    assert (workspace / "audit.json").is_file()
    assert (workspace / "report.html").is_file()
    assert (workspace / "auditor.lock").is_file()
    assert len(ran) == len(readme_commands())


_YAML = re.compile(r"^```yaml\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_the_readme_manifest_gives_the_lawful_verdict(workspace: Path) -> None:
    """The README's manifest, as written: a German company's SaaS on a Llama 3.1 model, an
    OpenAI model through the API and an Apache-2.0 model used for research. Nothing in it is
    unlawful (Llama 3.1 section 2: 1.2M users is far below its cap; OpenAI's business terms
    allow commercial use; Apache-2.0 allows any use), so nothing may block; the Llama AUP's ban
    on the unlicensed practice of medicine is a review point for medical triage, a warning."""
    (block,) = [b for b in _YAML.findall(README.read_text(encoding="utf-8")) if "api:" in b]
    manifest = workspace / "examples" / "readme-manifest.yaml"
    manifest.write_text(block, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(manifest), "--format", "json"])
    assert result.exit_code == 0, result.output
    models = {m["ref"]: m for m in json.loads(result.stdout)["models"]}
    api = models["api:openai_api/gpt-5.4"]
    assert api["verdict"] in ("pass", "warn")
    assert not [f for f in api["findings"] if f["severity"] == "block"]
    assert api["terms"]["commercial_use"] == "allowed"
    llama = next(m for ref, m in models.items() if ref.startswith("meta-llama/"))
    assert {f["rule"] for f in llama["findings"] if f["severity"] == "warn"} >= {
        "aup-medical-advice"
    }


def test_a_dual_licensed_card_passes_a_product(tmp_path: Path) -> None:
    """`apache-2.0 OR mit` (the README's expression example) is the licensee's choice: either
    license allows a commercial product."""
    folder = tmp_path / "dual"
    folder.mkdir()
    (folder / "README.md").write_text("---\nlicense: apache-2.0 OR mit\n---\n# m\n")
    result = CliRunner().invoke(
        app, ["scan", str(folder), "--distribution", "saas", "--mau", "1000", "--domicile", "US"]
    )
    assert result.exit_code == 0, result.output
    assert "license-choice" in result.output and "License chosen" in result.output
    assert "apache-2.0 OR mit" in README.read_text(encoding="utf-8")
