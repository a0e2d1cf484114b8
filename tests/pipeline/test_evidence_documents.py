"""Issue 14 classes 1, 2, 7 and 8 end to end: every license-like document is evidence, the
policy judges the terms read (not the declared label), and unreadable evidence never passes
under `strict`. `auditor check` runs a commercial SaaS manifest under three presets."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from tests.fakehub import FakeHub

runner = CliRunner()
PRESETS = ("default", "strict", "permissive-only")

# Fictional texts written for these tests.
QUILL_NC = (
    "Quill Model License\n"
    "1. Grant. You may use, copy and modify the Model for non-commercial research purposes "
    "only.\n"
    "2. You may not use the Model or its outputs for any commercial purpose.\n"
)
NOTICE_NC = "Quill weights notice. The weights are offered for non-commercial use only.\n"
POLICY_NC = "# Quill use policy\nYou must not use the model for any commercial purpose.\n"
MANIFEST = """\
version: 1
organization: {name: Acme, domicile: DE}
deployment:
  mau: 1000
  annual_revenue_usd: 5000000
  regions: [EU]
  use_cases: [chatbot]
  distribution: saas
models:
  - ref: ./model
    hosting: self-hosted
"""


def _card(license_id: str, extra: str = "") -> str:
    return f"---\nlicense: {license_id}\n{extra}---\n# Quill model\n"


def _check(tmp_path: Path, files: dict[str, str | bytes], preset: str) -> tuple[int, str]:
    folder = tmp_path / "model"
    for rel, content in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    manifest = tmp_path / "models.yaml"
    manifest.write_text(MANIFEST)
    result = runner.invoke(
        app, ["check", str(manifest), "-p", preset, "--offline", "--cache-dir", str(tmp_path)]
    )
    return result.exit_code, result.output


def _apache(corpus: Path) -> str:
    return (corpus / "licenses" / "apache-2.0.txt").read_text()


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("LICENSE-MODEL", QUILL_NC),  # class 1: weights licensed apart from the code
        ("LICENSE_WEIGHTS.txt", QUILL_NC),
        ("licenses/weights.md", QUILL_NC),
        ("NOTICE", NOTICE_NC),
        ("USE_POLICY.md", POLICY_NC),
        ("MODEL_LICENSE", QUILL_NC),  # class 7: real file names
        ("TERMS_OF_USE.md", QUILL_NC),
    ],
)
def test_a_stricter_document_beside_an_apache_license_blocks(
    tmp_path: Path, corpus: Path, preset: str, name: str, content: str
) -> None:
    files: dict[str, str | bytes] = {
        "README.md": _card("apache-2.0"),
        "LICENSE": _apache(corpus),
        name: content,
    }
    code, output = _check(tmp_path, files, preset)
    assert code == 1, output
    assert "non-commercial-license-in-commercial-use" in output
    assert name in output  # the stricter document is quoted as the evidence


@pytest.mark.parametrize("preset", PRESETS)
def test_declared_apache_over_a_non_commercial_file_blocks(tmp_path: Path, preset: str) -> None:
    """Class 2: the terms read from the file reach the verdict, whatever the card declares."""
    files: dict[str, str | bytes] = {"README.md": _card("apache-2.0"), "LICENSE": QUILL_NC}
    code, output = _check(tmp_path, files, preset)
    assert code == 1, output
    assert "non-commercial-license-in-commercial-use" in output


@pytest.mark.parametrize(
    ("content", "rule"),
    [
        (b"\x00\x01\x02 not text" * 20, "license-file-unreadable"),
        (b"%PDF-1.7\n%binary", "license-file-unreadable"),
        (QUILL_NC + "x" * (3 * 1024 * 1024), "license-file-too-large"),
    ],
)
def test_unreadable_evidence_warns_in_default_and_blocks_in_strict(
    tmp_path: Path, corpus: Path, content: str | bytes, rule: str
) -> None:
    """Class 8: a license-like document that could not be read leaves the terms unknown."""
    files: dict[str, str | bytes] = {
        "README.md": _card("apache-2.0"),
        "LICENSE": _apache(corpus),
        "LICENSE-MODEL": content,
    }
    code, output = _check(tmp_path, files, "default")
    assert rule in output and "unknown" in output
    assert "Pass: no blocking" not in output
    code, output = _check(tmp_path, files, "strict")
    assert code == 1, output
    assert rule in output


def test_an_unresolved_parent_blocks_in_strict(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "README.md": _card("apache-2.0", "base_model: nobody-here/quill-base-xyz\n")
    }
    code, output = _check(tmp_path, files, "default")
    assert "lineage-unresolved" in output
    code, output = _check(tmp_path, files, "strict")
    assert code == 1, output


@pytest.mark.parametrize("preset", PRESETS)
def test_code_and_weights_under_the_same_open_license_still_pass(
    tmp_path: Path, corpus: Path, preset: str
) -> None:
    """No false alarm: two copies of one permissive license and a plain notice agree."""
    files: dict[str, str | bytes] = {
        "README.md": _card("apache-2.0"),
        "LICENSE": _apache(corpus),
        "LICENSE-MODEL": _apache(corpus),
        "NOTICE": "Quill model\nCopyright 2025 Quill Labs.\n",
    }
    code, output = _check(tmp_path, files, preset)
    assert "license-files-disagree" not in output
    assert "non-commercial" not in output
    if preset != "strict":  # strict also wants a pinned Hub ref; a folder has none to pin
        assert code == 0, output


@pytest.mark.parametrize("name", ["MODEL_LICENSE", "licenses/weights.txt", "TERMS_OF_USE.md"])
def test_hub_repos_read_every_license_document(
    fake_hub: FakeHub, tmp_path: Path, corpus: Path, name: str
) -> None:
    """The Hub source uses the same names: a non-commercial weights document blocks a scan
    for a product, and asks a scan that states no distribution for it."""
    fake_hub.add_repo(
        "acme/quill", {"README.md": _card("apache-2.0"), "LICENSE": _apache(corpus), name: QUILL_NC}
    )
    scan = ["scan", "acme/quill", "--endpoint", fake_hub.url, "--cache-dir", str(tmp_path)]
    unstated = runner.invoke(app, scan)
    assert unstated.exit_code == 4, unstated.output
    assert "--distribution" in unstated.output
    result = runner.invoke(app, [*scan, "--distribution", "saas"])
    assert result.exit_code == 1, result.output
    assert "non-commercial-license-in-commercial-use" in result.output or (
        "license-files-disagree" in result.output
    )
