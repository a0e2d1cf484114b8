"""Which Hugging Face base model a Civitai base model family stands for, and how a model of
each Civitai type relates to it.

Part of the Civitai source (`civitai`). The families are data
(`license_db/civitai_base_models.yaml`, loaded once); lineage resolves each base repo through
the known-models registry, so the family's license binds the checkpoint or LoRA made on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from auditor.errors import LicenseDBError
from auditor.knowledge.bundle import read_knowledge_yaml
from auditor.resources import license_db_dir

FAMILIES_FILE = "civitai_base_models.yaml"

ADAPTER_TYPES = frozenset(
    {"lora", "locon", "dora", "lycoris", "textualinversion", "hypernetwork", "controlnet"}
)
"""Types trained against a base and used with it: the base is an `adapter` parent."""
CHECKPOINT_TYPES = frozenset({"checkpoint", "vae", "upscaler", "motionmodule"})
"""Types holding whole weights: a checkpoint is a `finetune` of its base, or a `merge`."""


@dataclass(frozen=True, slots=True)
class BaseFamily:
    """A Civitai base model family: the Hub repo of its base model, and why that repo."""

    names: tuple[str, ...]
    base_model: str
    note: str | None = None


def fold_name(name: str) -> str:
    """A family name as compared: case and runs of spaces folded."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class BaseFamilies:
    """The families of `civitai_base_models.yaml`, by folded name."""

    by_name: dict[str, BaseFamily]

    def lookup(self, base_model: str | None) -> BaseFamily | None:
        """The family a version's `baseModel` names; None for a family not listed."""
        return self.by_name.get(fold_name(base_model)) if base_model else None


@cache
def load_base_families(path: Path | None = None) -> BaseFamilies:
    """The bundled families (or those of `path`); raises LicenseDBError for a bad entry."""
    file = path or license_db_dir() / FAMILIES_FILE
    try:
        data = read_knowledge_yaml(file)
    except (OSError, ValueError, yaml.YAMLError) as err:
        raise LicenseDBError(f"{file}: cannot be read ({err})") from err
    entries = data.get("families") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise LicenseDBError(f"{file}: no `families:` list")
    by_name: dict[str, BaseFamily] = {}
    problems = []
    for index, entry in enumerate(entries):
        family = _family(entry)
        if family is None:
            problems.append(f"entry {index + 1}: needs `names` (a list) and `base_model`")
            continue
        for name in family.names:
            if fold_name(name) in by_name:
                problems.append(f"entry {index + 1}: {name!r} is listed twice")
            by_name[fold_name(name)] = family
    if problems:
        raise LicenseDBError(f"{file}: " + "; ".join(problems))
    return BaseFamilies(by_name)


def _family(entry: object) -> BaseFamily | None:
    if not isinstance(entry, dict):
        return None
    names, base, note = entry.get("names"), entry.get("base_model"), entry.get("note")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        return None
    if not isinstance(base, str) or "/" not in base:
        return None
    return BaseFamily(tuple(names), base, " ".join(note.split()) if isinstance(note, str) else None)


def relation_of(model_type: str, checkpoint_type: str | None) -> str | None:
    """How a model of this Civitai type relates to its base: `adapter` (a LoRA, LoCon,
    embedding, ControlNet ...), `merge` (a checkpoint its page calls a merge), `finetune`
    (another checkpoint); None for a type that says nothing (a workflow, wildcards, other)."""
    kind = model_type.replace(" ", "").casefold()
    if kind in ADAPTER_TYPES:
        return "adapter"
    if kind in CHECKPOINT_TYPES:
        return "merge" if (checkpoint_type or "").casefold() == "merge" else "finetune"
    return None
