"""What a derivative takes in when its own evidence does not say: what its base takes in.

An adapter, fine-tune, merge or quantization takes in what its parents do unless its own
card, config or GGUF header says otherwise (`model/modality.py` reads those first). The
parents' modality is read from the known-models registry (`modality`), else from the one
family rule its name matches (`modality` in model_families.yaml: an Ollama library tag such as
`llama3.2:3b`), else from a name that says vision, VL or omni. One ancestor known to be
multimodal makes the model multimodal (the stricter reading of a clause covering multimodal
models); text is concluded only when every direct parent is known to be text, since a parent
of unknown modality may have added a vision tower. Pure: values in, a reading out.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.knowledge.known_models import KnownModels
from auditor.knowledge.model_families import ModelFamilies
from auditor.lineage.ancestors import Ancestor
from auditor.lineage.names import is_mirror_org, resolve_name, split_repo_id
from auditor.model.modality import ModalityReading, name_says_multimodal


def inherited_modality(
    ancestors: Sequence[Ancestor], registry: KnownModels, families: ModelFamilies | None = None
) -> ModalityReading | None:
    """The modality the model's ancestors give it, or None when they leave it unknown."""
    parents = [a for a in ancestors if a.depth >= 1]
    readings = {a.ref: _of(a, registry, families) for a in parents}
    for ancestor in sorted(parents, key=lambda a: a.depth):
        reading = readings[ancestor.ref]
        if reading is not None and reading.value == "multimodal":
            return reading
    direct = [readings[a.ref] for a in parents if a.depth == 1]
    if direct and all(r is not None and r.value == "text" for r in direct):
        return direct[0]
    return None


def _of(
    ancestor: Ancestor, registry: KnownModels, families: ModelFamilies | None
) -> ModalityReading | None:
    entry = registry.lookup(ancestor.ref)
    if entry is not None and entry.modality is not None:
        return ModalityReading(
            entry.modality,
            f"its base model {ancestor.ref} ({entry.modality}: the known-models registry)",
        )
    if name_says_multimodal(ancestor.ref):
        return ModalityReading("multimodal", f"its base model {ancestor.ref} (its name)")
    # a vendor's own model or a mirror's copy of one (`ollama/llama3.2-3b`) takes in what its
    # name's family rule says; a third party's model named after its base may have added a
    # vision tower, so its name alone says nothing of its modality
    hits = resolve_name(ancestor.ref, registry, families) if entry is None else ()
    if len(hits) == 1 and (hits[0].vendor or is_mirror_org(split_repo_id(ancestor.ref)[0])):
        modality = hits[0].known.modality
        if modality is not None:
            why = f"{modality}: {hits[0].why}"
            return ModalityReading(modality, f"its base model {ancestor.ref} ({why})")
    return None
