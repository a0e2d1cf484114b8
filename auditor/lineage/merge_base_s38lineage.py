"""A merge recipe's reference model, which a card's metadata may leave out without
contradicting the recipe. Pure.

A mergekit method that merges task vectors (`task_arithmetic`, `ties`, `dare_ties`,
`dare_linear`, `della`, `breadcrumbs`, ...) takes a `base_model`: the model the others'
differences are measured from, whose weights the merge starts from. A card whose `base_model`
metadata lists the merged models (`models:`) and not that reference does not disagree with
the recipe: it names what was merged, the recipe adds what it was merged onto. The reference
is still a parent (walked, its license binds: repo_parents.py); only the
`lineage-parents-disagree` finding is not due.

The reference is such only when the recipe agrees with the metadata otherwise: each model the
recipe merges is one the metadata names, and the reference is of a family one of those is of
(`Qwen/Qwen2.5-14B` under `Qwen2.5-14B-Instruct` and `Qwen2.5-Coder-14B-Instruct`). A recipe
merging a model the metadata leaves out, or onto a model of another family, still disagrees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from auditor.fileio.card_yaml import YamlProblem, load_yaml
from auditor.knowledge.model_families import ModelFamilies
from auditor.lineage.names import base_name
from auditor.lineage.shaped_configs import is_merge_config
from auditor.model import StatedParent

MAX_RECIPE_CHARS = 64 << 10
_MERGED_KEYS = frozenset({"model", "source_model"})
_MAX_DEPTH = 6

Same = Callable[[str, str], bool]


def merge_references(
    configs: Iterable[tuple[str, str]],
    named: Sequence[str],
    families: ModelFamilies,
    same: Same,
) -> dict[str, str]:
    """file -> the reference model (`base_model`) of each merge recipe that merges only
    models the metadata names, onto a model of one of their families."""
    found: dict[str, str] = {}
    for path, text in configs:
        data = _load(text)
        if not isinstance(data, dict) or not is_merge_config(data):
            continue
        base = data.get("base_model")
        if not isinstance(base, str) or not base.strip():
            continue
        base = base.strip().split("@", 1)[0]
        merged = [m for m in _merged(data, 0) if not same(m, base)]
        if not merged or not all(any(same(m, n) for n in named) for m in merged):
            continue
        rules = {r.id for r in families.match(base_name(base))}
        if rules and any(rules & {r.id for r in families.match(base_name(m))} for m in merged):
            found[path] = base
    return found


def is_reference(parent: StatedParent, references: dict[str, str], same: Same) -> bool:
    """Whether a parent a file names is that file's merge reference (merge_references)."""
    base = references.get(parent.evidence.file or "")
    return base is not None and same(parent.ref, base)


def _load(text: str) -> object:
    if len(text) > MAX_RECIPE_CHARS:
        return None
    try:
        return load_yaml(text).value
    except (YamlProblem, ValueError, RecursionError):
        return None


def _merged(node: object, depth: int) -> list[str]:
    """The models a recipe merges (`models:` entries' `model`, `slices:` sources', experts'
    `source_model`; `org/model+org/lora` is the model), not its `base_model`."""
    if depth > _MAX_DEPTH:
        return []
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _MERGED_KEYS and isinstance(value, str):
                found.append(value.split("+", 1)[0].strip().split("@", 1)[0])
            elif isinstance(value, dict | list):
                found.extend(_merged(value, depth + 1))
    elif isinstance(node, list):
        for item in node:
            found.extend(_merged(item, depth + 1))
    return found
