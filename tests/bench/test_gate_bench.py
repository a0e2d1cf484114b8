"""The gate benchmark's first-run rounds start from nothing kept beside the bytecode."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.gate import forget_compiled


def test_forget_compiled_removes_the_stores_beside_the_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path / "pycache"))
    probe = "from auditor.fileio.beside_bytecode import bytecode_folder as f; print(f())"
    folder = Path(
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    assert tmp_path in folder.parents
    (folder / "patterns" / "cpython-x").mkdir(parents=True)
    (folder / "patterns" / "cpython-x" / "0a1b").write_bytes(b"program")
    (folder / "dataclass-code.cpython-311.bin").write_bytes(b"code")
    (folder / "__init__.cpython-311.pyc").write_bytes(b"bytecode")
    forget_compiled()
    assert not (folder / "patterns").exists()
    assert not list(folder.glob("dataclass-code.*"))
    assert (folder / "__init__.cpython-311.pyc").exists()  # the bytecode itself stays
