"""The datasets a training configuration or launch script kept beside the weights trained on.
Pure: (path, text) in, statements out.

The files the source stage reads for a model's parents (sources/parent_files.py) include the
run's own configuration (axolotl, LLaMA-Factory, TRL, the alignment handbook; a YAML or JSON
of any name whose keys say it trains: a starting model beside `learning_rate`, `datasets`, ...)
and its launch script (`scripts/finetune.sh`, `train.py`). They name the data too:

- axolotl: `datasets:` (a list of `path: org/name` entries, or of ids), `pretraining_dataset:`;
  `test_datasets:` is evaluation data;
- TRL and transformers' examples: `dataset_name: org/name`, `train_file`, `data_path`;
  `validation_file`, `eval_dataset` evaluate;
- the alignment handbook: `dataset_mixer: {org/name: 1.0}`, `dataset_mixture: {datasets:
  [{id: org/name}]}`;
- LLaMA-Factory: `dataset: a,b` (a Hub id, or a name the repo's `dataset_info.json` maps to
  one with `hf_hub_url`: lineage/dataset_info_s38lineage.py);
- a shell script's training command: `--dataset_name org/name`, `--train_file`, `--data_path`;
  a Python training script's `dataset_name = "org/name"` (an assignment, a keyword, an
  argparse or dataclass default) and `load_dataset("org/name", split="train")`; a notebook's
  code cells (lineage/notebook_cells_s38lineage.py) are read as such a script.

Only Hub dataset ids (`org/name`, a Hub URL) are stated: a local file (`data/train.jsonl`) or
a name only the tool's registry knows is not a dataset anyone can look up. Each statement is
method `training-config`, role `training` (or `evaluation`), with the file, line and quote.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import PurePosixPath

from auditor.fileio.config_data import parse_json_or_yaml
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.notebook_cells_s38lineage import is_notebook, notebook_code
from auditor.lineage.repo_files import is_hub_id
from auditor.lineage.script_parents import (
    PYTHON_SUFFIXES,
    is_script,
    training_commands,
    trains_in_python,
)
from auditor.lineage.shaped_configs import is_training_shape
from auditor.model.config_names import is_training_config
from auditor.training.stated_prose import Statement
from auditor.training.stated_refs import normalise_ref

CONFIG_CONFIDENCE = 0.8
"""As a training configuration's parent (lineage/train_configs.py): the run's own record."""
MAX_CONFIG_CHARS = 64 << 10
MAX_DATASETS = 32
MAX_DEPTH = 4
METHOD = "training-config"

_TRAINING_KEYS = frozenset(
    {"datasets", "dataset", "dataset_name", "dataset_names", "train_file", "train_files"}
    | {"data_path", "dataset_path", "train_dataset", "pretraining_dataset", "dataset_mixer"}
    | {"dataset_mixture"}
)
_EVALUATION_KEYS = frozenset(
    {"test_datasets", "eval_dataset", "eval_datasets", "validation_file", "eval_file"}
    | {"test_file", "val_dataset", "eval_data_path"}
)
_ENTRY_KEYS = ("path", "id", "name", "dataset", "repo", "data_files")
"""The keys of a list entry naming its dataset (`- path: org/name`, `- id: org/name`)."""
_PY_VALUE = r"(?P<q>[\"'])(?P<ref>[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95})(?P=q)"
_PY_KEYS = "|".join(sorted(_TRAINING_KEYS | _EVALUATION_KEYS))
_PY_KEY = lazy_pattern(
    rf"(?<![\w.])(?:--)?(?P<key>{_PY_KEYS})[\"']?\s*(?::\s*[\w\[\], .|]{{1,40}})?[=,]\s*"
    rf"(?:field\(\s*)?(?:(?:type\s*=\s*\w+|help\s*=\s*[\"'][^\"']{{0,200}}[\"'])\s*,\s*)*"
    rf"(?:default\s*=\s*)?{_PY_VALUE}"
)
_PY_LOAD_TRAIN = lazy_pattern(
    rf"\bload_dataset\(\s*{_PY_VALUE}[^)]{{0,200}}?\bsplit\s*=\s*[\"']train\b"
)
_SECTIONS = ("data", "data_args", "data_arguments", "dataset_args", "script_args")


def config_statements(
    path: str, text: str, aliases: Mapping[str, tuple[str, str]] | None = None
) -> Iterator[Statement]:
    """The datasets a training configuration or launch script names, one statement each
    (`aliases`: the names the repo's LLaMA-Factory `dataset_info.json` defines, name ->
    (Hub id, its file): dataset_info_s38lineage.py)."""
    if len(text) > MAX_CONFIG_CHARS:
        return
    if is_notebook(path):  # its code cells, as a Python training script
        code = notebook_code(text)
        if code:
            yield from _script_statements(path, code, python=True)
        return
    if is_script(path):
        yield from _script_statements(path, text)
        return
    data = parse_json_or_yaml(text, as_json=path.lower().endswith(".json"))
    if not isinstance(data, dict):
        return
    name = PurePosixPath(path).name.lower()
    if not (is_training_config(name) or is_training_shape(data)):
        return
    lines = text.splitlines()
    seen: set[str] = set()
    for role, value in _values(data):
        ref, hub_id = normalise_ref(value)
        defined = (aliases or {}).get(value.strip()) if hub_id is None else None
        if defined is not None:  # a name the repo's dataset_info.json defines
            ref, hub_id = normalise_ref(defined[0])
        if hub_id is None or not is_hub_id(hub_id) or hub_id.lower() in seen:
            continue
        seen.add(hub_id.lower())
        line, quote = _line_of(lines, value)
        if defined is not None:
            quote = trim_quote(f"{quote} ({defined[1]}: {value.strip()} is {hub_id})")
        yield Statement(ref, hub_id, role, METHOD, CONFIG_CONFIDENCE, line, quote, file=path)
        if len(seen) >= MAX_DATASETS:
            return


def _script_statements(path: str, text: str, *, python: bool = False) -> Iterator[Statement]:
    lines = text.splitlines()
    seen: set[str] = set()
    if python or path.lower().endswith(PYTHON_SUFFIXES):
        found = _python_values(text) if trains_in_python(text) else iter(())
    else:
        found = (
            (key, value) for args in training_commands(path, text) for key, value in args.items()
        )
    for key, value in found:
        role = _role(key)
        if role is not None and value:
            ref, hub_id = normalise_ref(value)
            if hub_id is None or not is_hub_id(hub_id) or hub_id.lower() in seen:
                continue
            seen.add(hub_id.lower())
            line, quote = _line_of(lines, value)
            yield Statement(ref, hub_id, role, METHOD, CONFIG_CONFIDENCE, line, quote, file=path)


def _python_values(text: str) -> Iterator[tuple[str, str]]:
    """(key, value) of a training script's dataset keys (an assignment, a keyword, an
    argparse or dataclass default) and of `load_dataset("org/name", split="train")`."""
    spots = [(m.start(), m.group("key"), m.group("ref")) for m in _PY_KEY.finditer(text)]
    spots += [(m.start(), "dataset_name", m.group("ref")) for m in _PY_LOAD_TRAIN.finditer(text)]
    for _start, key, value in sorted(spots):
        yield key, value


def _role(key: str) -> str | None:
    if key in _TRAINING_KEYS:
        return "training"
    return "evaluation" if key in _EVALUATION_KEYS else None


def _values(data: dict[object, object]) -> Iterator[tuple[str, str]]:
    """(role, value) of each dataset the configuration's keys name, in the file's order."""
    sections = [data, *(v for k, v in data.items() if k in _SECTIONS and isinstance(v, dict))]
    for section in sections:
        for key, value in section.items():
            role = _role(str(key))
            if role is not None:
                yield from ((role, v) for v in _named(value, 0))


def _named(value: object, depth: int) -> Iterator[str]:
    """The dataset ids a key's value holds: a string (`a,b` split), a list of strings or of
    entries (`path:`, `id:`), a mixer's keys (`{org/name: 0.5}`)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, str):
        yield from (part.strip() for part in value.split(",") if part.strip())
    elif isinstance(value, list):
        for item in value[:MAX_DATASETS]:
            yield from _named(item, depth + 1)
    elif isinstance(value, dict):
        entry = [value[k] for k in _ENTRY_KEYS if isinstance(value.get(k), str)]
        if entry:
            yield str(entry[0])
            return
        for key, item in list(value.items())[:MAX_DATASETS]:
            if isinstance(item, int | float) and isinstance(key, str):
                yield key  # a mixer: `org/name: 0.5`
            elif isinstance(item, list | dict):
                yield from _named(item, depth + 1)


def _line_of(lines: list[str], value: str) -> tuple[int, str]:
    """The first line holding the value, and its words as the quote."""
    for number, line in enumerate(lines, 1):
        if value in line:
            return number, trim_quote(" ".join(line.split()).rstrip(" ,\\"))
    return 0, trim_quote(value)
