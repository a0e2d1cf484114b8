"""Parents named by a repo's fine-tuning configuration files, and local paths in configs.

A fine-tune often ships the configuration it was trained with beside its weights: an axolotl
YAML (`base_model: org/name`), a LLaMA-Factory or TRL one, or the `training_args.yaml` a run
saves (`model_name_or_path: org/name`), an unsloth or PEFT script's config (`model_name`,
`base_model_name_or_path`), sometimes under a `model:` / `model_args:` section, or a kohya
sd-scripts TOML (`pretrained_model_name_or_path = "org/name"`, in any table: kohya reads its
tables' keys as one flat list, so a TOML is read flattened one level). Which files are
training configurations is sources/parent_files.py's choice (by name: `train_config.yaml`,
`axolotl.yml`, `sft_config.json`, ...); this reads one, bounded (a small file, parsed safely:
a file that does not parse names nothing), and says:

- a Hub `org/name` under one of those keys: the model the run started from (relation
  `adapter` when the configuration trains an adapter: `adapter: lora`, `finetuning_type:
  lora`, `use_peft: true`, `peft_type`, kohya's `network_module`; else `finetune`);
- a local path under one of them (`/mnt/models/Llama-3.2-11B-Vision-Instruct`): a parent
  named by that path, kept as written; lineage resolves it by its last part's name
  (lineage/ancestors.py) or says it is unresolved, never drops it.

`local_config_parents` reads an adapter configuration's local `base_model_name_or_path` the
same way (prose_configs.py reads its Hub ids).
"""

from __future__ import annotations

import tomllib
from pathlib import PurePosixPath

from auditor.fileio.config_data import parse_json_or_yaml
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.names import is_local_path
from auditor.lineage.prose_refs import clean_ref, stated
from auditor.lineage.repo_files import is_hub_id
from auditor.model import StatedParent

TRAINING_CONFIG_CONFIDENCE = 0.8
"""As an adapter or merge configuration's: the file records what the run loaded."""
LOCAL_PATH_CONFIDENCE = 0.6
"""A parent named by a local path: read from its last part's name, never fetched."""
MAX_CONFIG_CHARS = 64 << 10
MAX_PARENTS = 4

_KEYS = (
    "base_model",
    "base_model_name_or_path",
    "model_name_or_path",
    "pretrained_model_name_or_path",
    "model_name",
    "model_id",
    "model_path",
)
"""The keys axolotl, LLaMA-Factory, TRL, unsloth and PEFT write the starting model under."""
_SECTIONS = ("model", "model_args", "model_arguments", "model_config", "base", "peft")
"""Sections some tools nest those keys in (`model: {model_name_or_path: ...}`)."""
_ADAPTER_KEYS = (
    *("lora_r", "lora_rank", "lora_alpha", "peft_type", "lora_config", "peft_config"),
    *("network_module", "network_dim"),  # kohya: a LoRA / LyCORIS network trained
)


def training_config_parents(path: str, text: str) -> tuple[StatedParent, ...]:
    """The models a training configuration says the run started from."""
    data = _load(path, text)
    if not isinstance(data, dict):
        return ()
    relation = "adapter" if _trains_adapter(data) else "finetune"
    values = [(key, value) for key, value in _values(data)]
    return _parents(path, text, values, relation, hub=True)


def local_config_parents(path: str, text: str) -> tuple[StatedParent, ...]:
    """The parent an adapter configuration names by a local path (`base_model_name_or_path:
    /mnt/models/X`); its Hub ids are prose_configs.py's."""
    data = _load(path, text)
    if not isinstance(data, dict):
        return ()
    value = data.get("base_model_name_or_path")
    if not isinstance(value, str):
        return ()
    return _parents(path, text, [("base_model_name_or_path", value)], "adapter", hub=False)


def _load(path: str, text: str) -> object:
    if len(text) > MAX_CONFIG_CHARS:
        return None
    suffix = PurePosixPath(path).suffix.lower()
    if suffix == ".toml":
        return _load_toml(text)
    return parse_json_or_yaml(text, as_json=suffix == ".json")


def _load_toml(text: str) -> dict[str, object] | None:
    """A TOML configuration, its tables' keys lifted beside the top-level ones as kohya reads
    them (`[model] pretrained_model_name_or_path = ...`); None when it does not parse."""
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    flat: dict[str, object] = {}
    for table in (v for v in data.values() if isinstance(v, dict)):
        flat.update({k: v for k, v in table.items() if not isinstance(v, dict)})
    return flat | data  # a top-level key wins over a table's


def _values(data: dict[object, object]) -> list[tuple[str, str]]:
    found = [(k, v) for k in _KEYS if isinstance(v := data.get(k), str)]
    for section in _SECTIONS:
        sub = data.get(section)
        if isinstance(sub, dict):
            found += [(k, v) for k in _KEYS if isinstance(v := sub.get(k), str)]
    return found


def _trains_adapter(data: dict[object, object]) -> bool:
    adapter = data.get("adapter") or data.get("finetuning_type")
    if isinstance(adapter, str) and "lora" in adapter.lower():
        return True
    return data.get("use_peft") is True or any(key in data for key in _ADAPTER_KEYS)


def _parents(
    path: str, text: str, values: list[tuple[str, str]], relation: str, *, hub: bool
) -> tuple[StatedParent, ...]:
    found: dict[str, StatedParent] = {}
    for key, value in values:
        raw = value.strip()
        if hub and is_hub_id(raw):
            ref, confidence = clean_ref(raw), TRAINING_CONFIG_CONFIDENCE
        elif is_local_path(raw):
            ref, confidence = raw, LOCAL_PATH_CONFIDENCE
        else:
            continue
        if ref.lower() in found:
            continue
        line, quote = _line_of(text, key, raw)
        found[ref.lower()] = stated(ref, relation, "training-config", confidence, path, line, quote)
    return tuple(found.values())[:MAX_PARENTS]


def _line_of(text: str, key: str, value: str) -> tuple[int, str]:
    """The first line holding the key and the value, and its words as the quote."""
    for number, line in enumerate(text.splitlines(), 1):
        if key in line and value in line:
            return number, trim_quote(" ".join(line.split()).rstrip(","))
    return 1, trim_quote(f"{key}: {value}")
