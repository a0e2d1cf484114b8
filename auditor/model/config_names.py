"""The names of a repository's configuration files that may name its parents, shared by the
source stage (which files to read) and lineage (what a file read says): kept here, below both,
since lineage may not import the source stage (tests/test_layering.py)."""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

ANY_DEPTH = frozenset({"adapter_config.json", "mergekit_config.yml", "mergekit_config.yaml"})
"""Named for what they are, wherever they stand (an adapter in a sub-folder is still one)."""

_CONFIG_SUFFIXES = (".yaml", ".yml", ".json", ".toml")  # TOML: kohya sd-scripts
_TRAINING_WORDS = lazy_pattern(
    r"(?:^|[-_.])(?:train|training|finetune|fine[-_]tune|finetuning|fine[-_]tuning|sft|dpo|orpo"
    r"|kto|lora|qlora|axolotl|llama[-_]?factory|unsloth|peft)(?:[-_.]|$)"
)
_NOT_TRAINING = lazy_pattern(r"data|result|metric|state|eval|log|loss|history|split|sample")


def is_training_config(name: str) -> bool:
    """A fine-tuning configuration by its name, lower-cased: `train_config.yaml`, `axolotl.yml`,
    `qlora.yml`, `sft_config.json`, LLaMA-Factory's `training_args.yaml`, a kohya sd-scripts
    `flux_lora.toml`; not a dataset
    (`train.jsonl`, `train_data.json`), a run's metrics (`train_results.json`,
    `trainer_state.json`) nor an adapter configuration (ANY_DEPTH)."""
    if not name.endswith(_CONFIG_SUFFIXES) or name in ANY_DEPTH:
        return False
    stem = name.rsplit(".", 1)[0]
    return _TRAINING_WORDS.search(stem) is not None and _NOT_TRAINING.search(stem) is None


_SCRIPT_SUFFIXES = (".sh", ".bash", ".py")
_LAUNCH_WORDS = lazy_pattern(r"(?:^|[-_.])(?:run|launch|start)(?:[-_.]|$)")


def is_training_script(name: str) -> bool:
    """A launch script a fine-tune may keep beside its weights, by its name, lower-cased: a
    shell or Python script named for training (`finetune.sh`, `train.py`, `run_sft.sh`,
    `train_lora.py`), or a shell script named for launching (`run.sh`, `launch.sh`); not a
    model's code (`modeling_x.py`, `configuration_x.py`) nor an evaluation (`eval.sh`)."""
    if not name.endswith(_SCRIPT_SUFFIXES):
        return False
    stem = name.rsplit(".", 1)[0]
    if _NOT_TRAINING.search(stem) is not None:
        return False
    if _TRAINING_WORDS.search(stem) is not None:
        return True
    return not name.endswith(".py") and _LAUNCH_WORDS.search(stem) is not None
