"""The `method` words of stated parents and stated datasets: the JSON result's schema lists
exactly the words the readers write, and a result carrying them validates against it."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import jsonschema
import pytest

from auditor.api import AuditOptions, audit
from auditor.model.codec import result_to_dict
from auditor.model.stated_methods import PARENT_METHODS
from auditor.model.training import METHODS as DATASET_METHODS
from auditor.sources.hub import HubOptions

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "reports" / "schema" / "result.schema.json").read_text("utf-8"))
ITEMS = SCHEMA["$defs"]["model"]["properties"]

# constructor -> position of its `method` argument
PARENT_MAKERS = {"stated": 2, "StatedParent": 2}
DATASET_MAKERS = {"Statement": 3}


def _methods_written(makers: dict[str, int]) -> dict[str, set[str]]:
    """Each literal (or module-constant) method the package passes to `makers`, by file."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "auditor").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        constants = {
            target.id: node.value.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            position = makers.get(str(name))
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, set()).add(path.name)
            elif isinstance(arg, ast.Name) and arg.id in constants:
                found.setdefault(constants[arg.id], set()).add(path.name)
    return found


def test_the_schema_lists_exactly_the_model_vocabularies() -> None:
    parents = ITEMS["stated_parents"]["items"]["properties"]["method"]["enum"]
    datasets = ITEMS["training_data"]["items"]["properties"]["method"]["enum"]
    assert parents == list(PARENT_METHODS)
    assert datasets == list(DATASET_METHODS)


@pytest.mark.parametrize(
    ("makers", "vocabulary"),
    [(PARENT_MAKERS, PARENT_METHODS), (DATASET_MAKERS, DATASET_METHODS)],
    ids=["stated-parents", "stated-datasets"],
)
def test_every_method_a_reader_writes_is_in_the_vocabulary(
    makers: dict[str, int], vocabulary: tuple[str, ...]
) -> None:
    written = _methods_written(makers)
    assert len(written) >= 4, written  # the scan itself finds the readers
    unknown = {method: files for method, files in written.items() if method not in vocabulary}
    assert not unknown, f"methods written but not in the vocabulary: {unknown}"


def test_a_training_configuration_beside_the_weights_gives_a_valid_result(tmp_path: Path) -> None:
    folder = tmp_path / "tiny-tuned"
    folder.mkdir()
    (folder / "README.md").write_text("---\nlicense: apache-2.0\n---\n# Tiny tuned\n")
    (folder / "train.yaml").write_text(
        "base_model: acme/base-0.5b\nlearning_rate: 0.0002\nnum_epochs: 3\n"
        "datasets:\n  - path: acme/instructions\n    type: alpaca\n"
    )
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        cache_dir=tmp_path / "analysis",
        suggest_alternatives=False,
    )
    document = result_to_dict(audit([str(folder)], options))
    (model,) = document["models"]
    assert [e["method"] for e in model["training_data"]] == ["training-config"]
    assert [p["method"] for p in model["stated_parents"]] == ["training-config"]
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
