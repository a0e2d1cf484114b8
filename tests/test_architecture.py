"""The tree is the pipeline: layers import downwards only, docs/architecture.md tells the truth."""

from __future__ import annotations

import ast
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import identify_declared
from auditor.model import Declared
from auditor.model.kinds import LicenseKind
from tests.conftest import ROOT

PACKAGE = ROOT / "auditor"
DOC = ROOT / "docs" / "architecture.md"
LAYERS = (
    "errors",
    "resources",
    "fileio",
    "model",
    "knowledge",
    "sources",
    "licenses",
    "lineage",
    "training",
    "policy",
    "report",
    "gate",
    "pipeline",
    "discover",
    "census",
    "api",
    "cli",
    "__main__",
)
MAX_LINES = 400


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("auditor"):
            found.append(node.module)
            found += [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("auditor")]
    return found


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        own = _layer(module)
        if own == "__init__":
            continue  # the package root only carries __version__
        for target in _imports(path):
            other = _layer(target)
            if other in LAYERS and LAYERS.index(other) > LAYERS.index(own):
                upward.append(f"{module} imports {target}")
    assert not sorted(set(upward))


def test_every_package_is_a_layer_and_is_described() -> None:
    text = DOC.read_text(encoding="utf-8")
    for folder in sorted(p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()):
        assert folder.name in LAYERS, f"auditor/{folder.name}/ has no place in the layer order"
        assert f"**`auditor/{folder.name}/`**" in text, f"docs/architecture.md: {folder.name}"
    top = sorted(p.stem for p in PACKAGE.glob("*.py"))
    assert top == ["__init__", "__main__", "api", "errors", "resources"]


def test_modules_stay_small_or_say_why() -> None:
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        head = "\n".join(lines[:15]).lower()
        if len(lines) > MAX_LINES and "longer than" not in head:
            long.append(f"{path.relative_to(ROOT)}: {len(lines)} lines")
    assert not long


def test_every_recipe_names_a_test_that_exists() -> None:
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    recipes = re.findall(r"\*\*Add an? [^*]+\*\*", text)
    assert len(recipes) >= 6
    proofs = re.findall(r"Proved by `(tests/[\w/]+\.py)::(test_\w+)`", text)
    assert len(proofs) == len(recipes)
    for file, name in proofs:
        source = (ROOT / file).read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.M), f"{file}::{name}"


# --- recipes proved here ---------------------------------------------------------------------


def test_recipe_add_a_license(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "license_db"
    shutil.copytree(ROOT / "license_db", folder)
    record = folder / "licenses" / "example-model-license-1.0.yaml"
    record.write_text(
        (folder / "licenses" / "agpl-3.0.yaml")
        .read_text(encoding="utf-8")
        .replace("id: AGPL-3.0-only", "id: LicenseRef-example-model-1.0")
        .replace(
            "name: GNU Affero General Public License v3.0 only",
            "name: Example Model License 1.0",
        )
        .replace("family: gpl", "family: example")
        .replace("kind: copyleft-oss", "kind: non-commercial")
        .replace("spdx: AGPL-3.0-only", "spdx: null")
        .replace("scancode: agpl-3.0", "scancode: null")
        .replace("hf: agpl-3.0", "hf: example-model-1.0")
        .replace("osi_approved: true", "osi_approved: false")
        .replace("osaid_fit: true", "osaid_fit: false")
        .replace("- agpl-3.0-only\n", "- example model license\n")
        .replace("- agpl-3.0\n", "")
        .replace("- gnu affero general public license v3.0\n", "")
        .replace("- gnu agpl v3\n", ""),
        encoding="utf-8",
    )
    db = load_license_db(folder)
    added = db.get("LicenseRef-example-model-1.0")
    assert added is not None and added.kind is LicenseKind.NON_COMMERCIAL
    match = identify_declared(Declared(license="example-model-1.0"), db)
    assert match is not None and match.id == "LicenseRef-example-model-1.0"
    assert match.kind is LicenseKind.NON_COMMERCIAL


def test_recipe_add_a_rule(tmp_path: Path) -> None:
    from auditor.api import AuditOptions, audit

    policy = tmp_path / "ours.yaml"
    policy.write_text(
        textwrap.dedent(
            """\
            version: 1
            name: ours
            extends: default
            rules:
              - id: no-copyleft
                severity: block
                category: license
                when: {fact: effective.kinds, contains: copyleft-oss}
                message: "{effective.id} is copyleft; we ship closed source"
            """
        ),
        encoding="utf-8",
    )
    model = tmp_path / "README.md"
    model.write_text("---\nlicense: gpl-3.0\n---\n# A model\n", encoding="utf-8")
    (result,) = audit([str(model)], AuditOptions(policy=str(policy), use_cache=False)).models
    (finding,) = [f for f in result.findings if f.rule == "no-copyleft"]
    assert finding.message.startswith("GPL-3.0")
    assert result.verdict == "fail"
