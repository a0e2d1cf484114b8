"""Parents named by a YAML file of the repo whatever its name, read by its shape. Pure.

mergekit and the fine-tuning tools take a configuration of any file name (`merge_config.yaml`,
`recipe.yml`, `configs/slerp.yaml`), so a file is not known by its name but by its keys:

- a mergekit configuration: a `merge_method` with the models merged (`models:` entries'
  `model`, `slices:` entries' `sources`, a `base_model`), or a mergekit-moe one (a
  `base_model` with `experts:` naming each `source_model`). Every model it names is a parent of
  relation `merge` (`org/model+org/lora` names both; a revision `@rev` is dropped); a local
  path is kept as written, for lineage to read by its last part's name or say unresolved;
- a fine-tuning configuration: a starting-model key (`base_model`, `model_name_or_path`, ...,
  read by train_configs.py) beside keys only a training run has (`learning_rate`,
  `num_epochs`, `datasets`, `lora_r`, ...).

Anything else (a dataset card, an evaluation or serving configuration that loads a model to
run it) names no parent. Files named for what they are (`mergekit_config.yml`,
`train_config.yaml`) are read by their names elsewhere (repo_parents.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.fileio.card_yaml import YamlProblem, load_yaml
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.names import is_local_path
from auditor.lineage.prose_refs import clean_ref, stated
from auditor.lineage.repo_files import is_hub_id
from auditor.lineage.train_configs import training_config_parents
from auditor.model import StatedParent

MERGE_CONFIDENCE = 0.8
"""As a mergekit configuration named for what it is: the file records what was merged."""
LOCAL_PATH_CONFIDENCE = 0.6
MAX_CONFIG_CHARS = 64 << 10
MAX_PARENTS = 8
MAX_DEPTH = 6

_MERGE_MODEL_KEYS = frozenset({"model", "base_model", "source_model"})
_MERGE_LISTS = ("models", "slices")
_START_KEYS = ("base_model", "model_name_or_path", "pretrained_model_name_or_path", "model_name")
_TRAINING_KEYS = frozenset(
    {"learning_rate", "lr", "num_epochs", "num_train_epochs", "max_steps", "warmup_steps"}
    | {"micro_batch_size", "per_device_train_batch_size", "gradient_accumulation_steps"}
    | {"datasets", "dataset", "train_dataset", "lora_r", "lora_rank", "lora_alpha"}
    | {"finetuning_type", "adapter", "lr_scheduler_type", "lr_scheduler", "sequence_len"}
)


def shaped_config_parents(path: str, text: str) -> tuple[StatedParent, ...]:
    """The parents a YAML file names when its shape is a merge or a training configuration."""
    data = _load(text)
    if not isinstance(data, dict):
        return ()
    if is_merge_config(data):
        return _merge_parents(path, text, data)
    if is_training_shape(data):
        return training_config_parents(path, text)
    return ()


def is_merge_config(data: dict[object, object]) -> bool:
    """A mergekit configuration: `merge_method` with `models`, `slices` or `base_model`; or a
    mergekit-moe one: `base_model` with a list of `experts`."""
    method = data.get("merge_method")
    if isinstance(method, str) and method.strip():
        return any(isinstance(data.get(k), list) for k in _MERGE_LISTS) or isinstance(
            data.get("base_model"), str
        )
    experts = data.get("experts")
    return (
        isinstance(data.get("base_model"), str)
        and isinstance(experts, list)
        and any(isinstance(e, dict) and "source_model" in e for e in experts)
    )


def is_training_shape(data: dict[object, object]) -> bool:
    """A fine-tuning configuration: a starting-model key beside a key only training has."""
    sections = [data, *(v for k, v in data.items() if k in ("model", "model_args"))]
    starts = any(
        isinstance(section, dict) and isinstance(section.get(k), str)
        for section in sections
        for k in _START_KEYS
    )
    return starts and any(k in _TRAINING_KEYS for k in data)


def _load(text: str) -> object:
    if len(text) > MAX_CONFIG_CHARS:
        return None
    try:
        return load_yaml(text).value
    except (YamlProblem, ValueError, RecursionError):
        return None


def _merge_parents(path: str, text: str, data: dict[object, object]) -> tuple[StatedParent, ...]:
    found: dict[str, StatedParent] = {}
    for key, value in _model_values(data, 0):
        for piece in value.split("+"):  # `org/model+org/lora`: the model with a LoRA applied
            raw = piece.strip().split("@", 1)[0]
            if is_hub_id(raw):
                ref, confidence = clean_ref(raw), MERGE_CONFIDENCE
            elif is_local_path(raw):
                ref, confidence = raw, LOCAL_PATH_CONFIDENCE
            else:
                continue
            if ref.lower() in found:
                continue
            line, quote = _line_of(text, key, piece.strip())
            found[ref.lower()] = stated(ref, "merge", "merge-config", confidence, path, line, quote)
    return tuple(found.values())[:MAX_PARENTS]


def _model_values(node: object, depth: int) -> Iterator[tuple[str, str]]:
    """(key, value) of each model a merge configuration names, in the file's order."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _MERGE_MODEL_KEYS and isinstance(value, str):
                yield str(key), value
            elif isinstance(value, dict | list):
                yield from _model_values(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            yield from _model_values(item, depth + 1)


def _line_of(text: str, key: str, value: str) -> tuple[int, str]:
    """The first line holding the key and the value, and its words as the quote."""
    for number, line in enumerate(text.splitlines(), 1):
        if key in line and value in line:
            return number, trim_quote(" ".join(line.split()))
    return 1, trim_quote(f"{key}: {value}")
