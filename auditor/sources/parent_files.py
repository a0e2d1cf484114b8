"""Picks and reads the repo files that name the models a repo was made from, bounded.

A PEFT `adapter_config.json` (its base model), a mergekit configuration (the ingredients), the
model's own `config.json` (`_name_or_path`: the checkpoint its weights were initialised from),
its `tokenizer_config.json` (`name_or_path`), an Ollama `Modelfile` (`FROM`), and a diffusers
pipeline's `model_index.json` with its components' `<component>/config.json` (each saved with
the `_name_or_path` it was loaded from), and a fine-tuning configuration (axolotl, LLaMA-Factory,
TRL, unsloth: `train_config.yaml`, `training_args.yaml`, `qlora.yml`; `base_model:`): read
whatever the card says, for lineage to parse (auditor/lineage/repo_files.py, train_configs.py).
Any other YAML file near the top (`merge_config.yaml`, `recipe.yml`, `configs/slerp.yaml`;
a recipe up to three folders down, last of all) is read too, after those, since mergekit and
training tools accept any file name: lineage reads it only when its shape says what it is
(auditor/lineage/shaped_configs.py). A training launch script near the top
(`scripts/finetune.sh`, `train.py`, `run_sft.sh`) is read last, for the model its command
starts from (auditor/lineage/script_parents.py). A plain text file near
the top (`gguf_metadata.txt`, `docs/header.log`; not a license-like file, read already, nor
Markdown, read as documents) comes after them: a GGUF header dump kept as text is read by its
keys (auditor/lineage/gguf_dump.py), whatever the file is called. A notebook near the top
(`notebooks/finetune.ipynb`) is read with the scripts, its code cells as one; LLaMA-Factory's
`dataset_info.json` (at the top or in `data/`) for the Hub datasets its names stand for.
Only small files, and only a few of them: a repo holding a hundred training checkpoints does
not cost a hundred downloads. The Hub, its cache and a
folder all choose with `parent_config_paths`, so an online audit downloads the same files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import PurePosixPath

from auditor.model.config_names import ANY_DEPTH as ANY_DEPTH
from auditor.model.config_names import is_training_config as is_training_config
from auditor.model.config_names import is_training_script as is_training_script
from auditor.sources.base import decode_text, is_license_like

PARENT_CONFIG_MAX_BYTES = 64 << 10
"""A parent configuration larger than this is not read (a config.json with a huge label map)."""
MAX_PARENT_FILES = 8
"""Parent configurations read per model, top-level first."""

TOP_LEVEL = frozenset({"config.json", "tokenizer_config.json", "model_index.json"})
"""The model's own configuration, its tokenizer's, and a diffusers pipeline's index; a
sub-folder's configuration is a component's, not the model's, unless the repo is a pipeline."""
PIPELINE_INDEX = "model_index.json"
"""A diffusers pipeline: its components (`transformer/`, `unet/`, `text_encoder/`, ...) are each
a folder with a `config.json`, and together they are the model's weights."""
DENOISERS = frozenset({"transformer", "unet", "prior", "decoder"})
"""The components a fine-tune of a pipeline trains: read before the encoders and the VAE."""
YAML_SUFFIXES = (".yaml", ".yml")
"""A configuration of any name, read by its shape (a mergekit or training recipe)."""
TEXT_SUFFIXES = (".txt", ".log")
"""Plain text of any name, read by its shape (a GGUF header dump kept beside the weights)."""
MAX_SHAPED_DEPTH = 4
"""Path parts of a YAML file read by its shape: `recipes/zephyr-7b/sft/config_full.yaml`."""
_NOT_TEXT_DUMP = frozenset({"requirements.txt"})
NOTEBOOK_SUFFIX = ".ipynb"
DATASET_INFO = "dataset_info.json"
"""LLaMA-Factory's dataset list, at the top or in its default `dataset_dir` (`data/`): the
recipe's `dataset:` names its keys (auditor/lineage/dataset_info_s38lineage.py)."""


def is_modelfile(name: str) -> bool:
    """An Ollama Modelfile (`Modelfile`, `Modelfile.q4`), the name lower-cased."""
    return name == "modelfile" or name.startswith("modelfile.")


def parent_config_paths(paths: list[str]) -> list[str]:
    """The repo's files that may name its parents, top-level first, at most MAX_PARENT_FILES."""
    pipeline = any(path.lower() == PIPELINE_INDEX for path in paths)
    chosen = []
    for path in paths:
        parts = PurePosixPath(path).parts
        name = parts[-1].lower() if parts else ""
        top = len(parts) == 1
        if name in ANY_DEPTH or (top and (name in TOP_LEVEL or is_modelfile(name))):
            chosen.append(path)
        elif len(parts) <= 2 and is_training_config(name):
            chosen.append(path)  # a fine-tuning configuration, at the top or in `configs/`
        elif pipeline and len(parts) == 2 and name == "config.json":
            chosen.append(path)  # a pipeline component's configuration
        elif is_shaped_candidate(parts):
            chosen.append(path)  # any YAML near the top: read by its shape
        elif is_script_candidate(parts):
            chosen.append(path)  # a launch script near the top: read by its shape
        elif is_text_candidate(parts):
            chosen.append(path)  # plain text near the top: a header dump, by its keys
        elif is_notebook_candidate(parts):
            chosen.append(path)  # a notebook near the top: its code cells, as a script
        elif name == DATASET_INFO and (len(parts) == 1 or parts[:-1] == ("data",)):
            chosen.append(path)  # LLaMA-Factory's dataset list: the names a recipe trains on
    chosen.sort(key=_order)
    return chosen[:MAX_PARENT_FILES]


def is_shaped_candidate(parts: tuple[str, ...]) -> bool:
    """A YAML file at the top or up to three folders down (the alignment handbook keeps its
    recipes as `recipes/<model>/sft/config_full.yaml`; the deeper ones are read last), not in a
    hidden folder nor hidden itself (`.github/workflows/ci.yml`, `.pre-commit-config.yaml`
    configure tools, not models)."""
    name = parts[-1].lower() if parts else ""
    return (
        1 <= len(parts) <= MAX_SHAPED_DEPTH
        and name.endswith(YAML_SUFFIXES)
        and not any(part.startswith(".") for part in parts)
    )


def is_script_candidate(parts: tuple[str, ...]) -> bool:
    """A training launch script at the top or one folder down (`finetune.sh`,
    `scripts/train.py`), not in a hidden folder: lineage reads the model it starts from."""
    name = parts[-1].lower() if parts else ""
    return (
        1 <= len(parts) <= 2
        and is_training_script(name)
        and not any(part.startswith(".") for part in parts)
    )


def is_text_candidate(parts: tuple[str, ...]) -> bool:
    """A plain text file at the top or one folder down, not hidden, not the card, not a
    license-like file (those are read as license evidence): a GGUF header dump may be kept as
    one under any name, and lineage reads it only when it holds header keys."""
    name = parts[-1].lower() if parts else ""
    return (
        1 <= len(parts) <= 2
        and name.endswith(TEXT_SUFFIXES)
        and name not in _NOT_TEXT_DUMP
        and not is_license_like("/".join(parts))
        and not any(part.startswith(".") for part in parts)
    )


def is_notebook_candidate(parts: tuple[str, ...]) -> bool:
    """A Jupyter notebook at the top or one folder down, not hidden (`notebooks/finetune.ipynb`,
    `.ipynb_checkpoints/` copies left out): lineage and training read its code cells as a
    training script, by their shape (auditor/lineage/notebook_cells_s38lineage.py)."""
    name = parts[-1].lower() if parts else ""
    return (
        1 <= len(parts) <= 2
        and name.endswith(NOTEBOOK_SUFFIX)
        and not any(part.startswith(".") for part in parts)
    )


def _order(path: str) -> tuple[int, int, int, str]:
    """Files named for what they are first, top level first; among a pipeline's components,
    the denoiser first; YAML files read by their shape next; launch scripts, then plain text,
    last."""
    parts = PurePosixPath(path).parts
    name = parts[-1].lower() if parts else ""
    script = is_script_candidate(parts) or is_notebook_candidate(parts)
    text = name.endswith(TEXT_SUFFIXES)
    named = name in ANY_DEPTH or is_training_config(name) or not name.endswith(YAML_SUFFIXES)
    deep = not named and len(parts) > 2  # a recipe two or more folders down: after all else
    rank = 4 if deep else 3 if text else 2 if script else int(not named)
    component = len(parts) == 2 and parts[1].lower() == "config.json"
    return rank, len(parts), int(component and parts[0].lower() not in DENOISERS), path


def read_parent_configs(
    sizes: Mapping[str, int | None], read: Callable[[str, int], bytes | None]
) -> list[tuple[str, str]]:
    """(path, text) of each small parent configuration `read` can give (a path listed larger
    than PARENT_CONFIG_MAX_BYTES is not asked for)."""
    found = []
    for path in parent_config_paths(sorted(sizes)):
        if (sizes.get(path) or 0) > PARENT_CONFIG_MAX_BYTES:
            continue
        data = read(path, PARENT_CONFIG_MAX_BYTES)
        if data is None or len(data) > PARENT_CONFIG_MAX_BYTES:
            continue
        text = decode_text(data)[0]
        if text is not None:
            found.append((path, text))
    return found
