"""The built wheel works on its own: data folders inside, console script, example audit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from auditor import __version__
from auditor.resources import DATA_FOLDERS
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: the build backend (hatchling) is already installed with the test extras,
    # so building needs no network.
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)]
    built = subprocess.run([*command, str(ROOT)], capture_output=True, text=True)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (wheel_file,) = out.glob("*.whl")
    return wheel_file


def test_wheel_carries_the_data_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for folder in DATA_FOLDERS:
        assert any(n.startswith(f"auditor/_data/{folder}/") for n in names), folder
    assert "auditor/_data/license_db/vocabulary.yaml" in names
    assert any(n.startswith("auditor/_data/license_db/licenses/") for n in names)
    assert "auditor/_data/reports/schema/result.schema.json" in names
    assert "auditor/py.typed" in names
    assert not any(n.startswith(("tests/", "examples/", "bench/")) for n in names)


def test_installed_wheel_runs_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The dependencies come from this environment (no network); the package itself only
    # from the wheel. A .pth line adds a folder without running that folder's own .pth
    # files, so this checkout's editable install stays invisible.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    work = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "examples", work / "examples")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "auditor"), *args], cwd=work, env=env, capture_output=True, text=True
        )

    located = subprocess.run(
        [
            str(python),
            "-c",
            "import auditor, auditor.resources as r; "
            "print(auditor.__file__); print(r.license_db_dir())",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(str(site) in line for line in located), located
    assert str(ROOT) not in " ".join(located)

    version = run("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"auditor {__version__}"

    audit = run("check", "examples/manifest.yaml", "--format", "json", "--output", "out.json")
    assert audit.returncode in (0, 1), audit.stderr
    document = json.loads((work / "out.json").read_text())
    assert [m["license"]["hf"] for m in document["models"]] == [
        "llama3.1",
        "apache-2.0",
        "cc-by-nc-4.0",
    ]

    html = run("check", "examples/manifest.yaml", "--format", "html", "--output", "report.html")
    assert html.returncode in (0, 1), html.stderr
    assert "acme-chat-llama" in (work / "report.html").read_text()
