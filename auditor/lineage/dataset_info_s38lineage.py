"""The dataset names a LLaMA-Factory `dataset_info.json` defines, and the Hub datasets they
stand for. Pure.

A LLaMA-Factory recipe names its data by the keys of the `dataset_info.json` of its
`dataset_dir` (`data/` by default): `dataset: my_sft_mix` trains on whatever that file's
`my_sft_mix` entry loads. An entry loads a Hub dataset (`hf_hub_url: org/name`) or a local
file (`file_name: train.json`, nothing anyone can look up); a ModelScope or other hub's id
(`ms_hub_url`, `om_hub_url`) names no Hugging Face dataset and is left out. A name the file
does not define is left as it is (a name only the tool's registry knows is no Hub id).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

DATASET_INFO_NAMES = frozenset({"dataset_info.json"})
"""LLaMA-Factory's dataset list (sources/parent_files.py picks it at the top or in `data/`)."""
MAX_INFO_CHARS = 64 << 10
MAX_ENTRIES = 512
_HUB_KEY = "hf_hub_url"


def is_dataset_info(path: str) -> bool:
    """A LLaMA-Factory dataset list, by its name."""
    return PurePosixPath(path).name.lower() in DATASET_INFO_NAMES


def dataset_aliases(configs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """name -> (Hub dataset id, the file defining it) of every entry of the repo's
    `dataset_info.json` files that loads a Hub dataset; the first file defining a name wins."""
    aliases: dict[str, tuple[str, str]] = {}
    for path, text in configs:
        if is_dataset_info(path) and len(text) <= MAX_INFO_CHARS:
            for name, hub_id in _entries(text):
                aliases.setdefault(name, (hub_id, path))
    return aliases


def _entries(text: str) -> Iterable[tuple[str, str]]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    if not isinstance(data, Mapping):
        return ()
    found = []
    for name, entry in list(data.items())[:MAX_ENTRIES]:
        hub_id = entry.get(_HUB_KEY) if isinstance(entry, Mapping) else None
        if isinstance(name, str) and isinstance(hub_id, str) and hub_id.strip():
            found.append((name.strip(), hub_id.strip()))
    return found
