"""Training launch scripts near the top of a repo (`scripts/finetune.sh`, `train.py`,
`run_sft.sh`, `run.sh`) are read, after the files named for what they are, for the model
their command starts from; a model's own code, an evaluation script and a deep or hidden one
are not."""

from __future__ import annotations

from pathlib import Path

from auditor.sources.base import parse_target
from auditor.sources.local import read_local_snapshot
from auditor.sources.parent_files import MAX_PARENT_FILES, parent_config_paths


def test_which_scripts_are_read_and_in_what_order() -> None:
    paths = [
        "README.md",
        "config.json",
        "scripts/finetune.sh",
        "train.py",
        "run.sh",
        "run_sft.sh",
        "modeling_acme.py",
        "configuration_acme.py",
        "eval.sh",
        "scripts/run_eval.sh",
        "a/b/train.sh",
        ".github/train.sh",
        "prepare_data.py",
        "configs/sft.yaml",
    ]
    assert parent_config_paths(paths) == [
        "config.json",
        "configs/sft.yaml",
        "run.sh",
        "run_sft.sh",
        "train.py",
        "scripts/finetune.sh",
    ]


def test_scripts_never_crowd_out_the_files_named_for_what_they_are() -> None:
    scripts = [f"train_{n}.sh" for n in range(MAX_PARENT_FILES)]
    chosen = parent_config_paths(["config.json", "adapter_config.json", *scripts])
    assert chosen[:2] == ["adapter_config.json", "config.json"]
    assert len(chosen) == MAX_PARENT_FILES


def test_a_folders_launch_script_is_read_into_the_snapshot(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    (folder / "scripts").mkdir(parents=True)
    (folder / "README.md").write_text("---\nlicense: apache-2.0\n---\n# Shearwater\n")
    script = "torchrun train.py --model_name_or_path acme/base-8b --learning_rate 2e-5\n"
    (folder / "scripts" / "finetune.sh").write_text(script)
    snapshot = read_local_snapshot(parse_target(str(folder)))
    assert ("scripts/finetune.sh", script) in snapshot.parent_configs
