"""What a blocked model is, for choosing alternatives: families, modality, size, own entries."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.known_models import KnownModel, KnownModels, normalize_repo_id
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.expression import expression_keys
from auditor.lineage.ancestor_terms import ancestor_terms
from auditor.model import ModelResult
from auditor.policy.openness import TASK

# What a model does, guessed from words in repo ids; the first matching hint wins, anything
# else generates text. Alternatives are only suggested within the same modality.
MODALITY_HINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("safety classifier", lazy_pattern(r"guard|shieldgemma")),
    ("interpretability tooling", lazy_pattern(r"gemma-scope")),
    ("video generation", lazy_pattern(r"video|img2vid|cosmos")),
    ("3D generation", lazy_pattern(r"sv3d|fast-3d")),
    ("image generation", lazy_pattern(r"flux|stable-diffusion|sdxl|sd-turbo|deepfloyd|hunyuandit")),
    ("speech recognition", lazy_pattern(r"whisper")),
    ("image encoder", lazy_pattern(r"clip|/vit-")),
    ("vision-language", lazy_pattern(r"vision|-vl\b|-vl-|pixtral|paligemma|fastvlm|janus|qvq")),
    ("text encoder", lazy_pattern(r"bert|(?:^|[/-])m?t5(?:[-_]|$)")),
    ("code generation", lazy_pattern(r"(?<!en)code|starcoder|codestral|devstral")),
    ("math", lazy_pattern(r"math")),
)
TEXT = "text generation"
GLOB_CHARS = frozenset("*?[]")
"""What makes a registry pattern a glob over repo ids rather than one repo."""
_NOTE_SIZE = lazy_pattern(r"(?<![\w.])(\d+(?:\.\d+)?)B\b")
_SIZE = lazy_pattern(r"(?<![a-z0-9.])(\d+(?:\.\d+)?)b(?![a-z0-9])")


@dataclass(frozen=True, slots=True)
class Profile:
    """What the blocked model is, for choosing candidates."""

    families: frozenset[str]
    modality: str | None
    size: float | None  # billions of parameters, from its repo id
    own: frozenset[str]  # registry patterns that describe the model itself
    repo_ids: frozenset[str]


def _own_names(model: ModelResult) -> list[str]:
    return [model.ref, *([model.source.repo_id] if model.source and model.source.repo_id else [])]


def _ancestor_names(model: ModelResult) -> list[str]:
    return [str(a.get("ref")) for a in model.lineage if a.get("ref")]


def _repo_ids(names: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (normalize_repo_id(n) for n in names) if k is not None)


def lineage_families(model: ModelResult, registry: KnownModels) -> list[str]:
    """The model families (llama, qwen, mistral, ...) the known-models registry gives the
    model's own repo and every model it was made from, whatever license each carries: a
    fine-tune of an Apache-2.0 Qwen model descends from the qwen family, though its licenses'
    family (`effective.families`) is apache. The fact `lineage.families`."""
    names = [*_repo_ids(_own_names(model)), *_ancestor_names(model)]
    found = (registry.lookup(name) for name in names)
    return sorted({entry.family for entry in found if entry is not None and entry.family})


def profile_of(model: ModelResult, db: LicenseDB, registry: KnownModels) -> Profile:
    own_names = _own_names(model)
    ancestor_names = _ancestor_names(model)
    repo_ids = _repo_ids(own_names)
    own = frozenset(e.pattern for e in (registry.lookup(n) for n in repo_ids) if e is not None)
    families = set(lineage_families(model, registry))
    match = model.effective_license
    for license_id in expression_keys(match.id if match is not None and match.id else ""):
        record = db.get(license_id)
        if record is not None:
            families.add(record.family)
    modality = _modality_of_names([*own_names, *ancestor_names])
    if modality is None:
        modality = _family_modality(families, registry)
    if modality is None and repo_ids:
        modality = TEXT
    return Profile(
        frozenset(families), modality, _size([*own_names, *ancestor_names]), own, repo_ids
    )


def modality_of(name: str) -> str | None:
    """The modality a repo id or path hints at, or None when it names none."""
    text = name.lower()
    for modality, pattern in MODALITY_HINTS:
        if pattern.search(text):
            return modality
    return None


def _modality_of_names(names: Iterable[str]) -> str | None:
    for name in names:
        found = modality_of(name)
        if found is not None:
            return found
    return None


def _family_modality(families: frozenset[str] | set[str], registry: KnownModels) -> str | None:
    """What most registry models of these families do (ties: the hint listed first)."""
    counts = Counter(
        modality_of(e.pattern) or TEXT for e in registry.entries if e.family in families
    )
    if not counts:
        return None
    order = [m for m, _ in MODALITY_HINTS] + [TEXT]
    return min(counts, key=lambda m: (-counts[m], order.index(m)))


def _size(names: Iterable[str]) -> float | None:
    for name in names:
        found = _SIZE.search(name.lower())
        if found:
            return float(found.group(1))
    return None


SIZE_CLASSES: tuple[tuple[float, str], ...] = (
    (3.0, "under 3B parameters"),
    (15.0, "3B to 15B parameters"),
    (40.0, "15B to 40B parameters"),
    (float("inf"), "over 40B parameters"),
)
"""Size classes alternatives are matched on (upper bounds, in billions of parameters)."""

PIPELINE_TASKS: dict[str, str] = {
    "text-generation": TEXT,
    "text2text-generation": TEXT,
    "conversational": TEXT,
    "image-text-to-text": "vision-language",
    "visual-question-answering": "vision-language",
    "image-to-text": "vision-language",
    "video-text-to-text": "vision-language",
    "text-to-image": "image generation",
    "image-to-image": "image generation",
    "text-to-video": "video generation",
    "image-to-video": "video generation",
    "text-to-3d": "3D generation",
    "image-to-3d": "3D generation",
    "automatic-speech-recognition": "speech recognition",
    "feature-extraction": "text encoder",
    "sentence-similarity": "text encoder",
    "fill-mask": "text encoder",
    "text-classification": "text encoder",
    "token-classification": "text encoder",
    "zero-shot-image-classification": "image encoder",
    "image-classification": "image encoder",
    "image-feature-extraction": "image encoder",
}
"""The Hub's pipeline tags, as the tasks MODALITY_HINTS names; a tag not listed is a task no
registry model is known to do, so nothing is suggested."""

_REFINES_TEXT = frozenset({"code generation", "math", "safety classifier"})
"""Text tasks a repo name can narrow a `text-generation` tag to."""


def size_class(size: float | None) -> str | None:
    """The size class of a parameter count in billions; None when not known."""
    if size is None:
        return None
    return next(words for bound, words in SIZE_CLASSES if size < bound)


def entry_sizes(entry: KnownModel) -> tuple[float, ...]:
    """The sizes (billions of parameters) a registry entry's pattern or note states."""
    found = _NOTE_SIZE.findall(entry.note or "") + _SIZE.findall(entry.pattern)
    found += [s.rstrip("bB") for s in entry.sizes]
    return tuple(sorted({float(s) for s in found if _is_number(s)}))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def with_task(profile: Profile, model: ModelResult) -> Profile | None:
    """The profile with the task the card's pipeline tag states, when it states one; None
    when the tag names a task no registry model does."""
    tag = task_of(model)
    if tag is None:
        return profile
    task = PIPELINE_TASKS.get(tag)
    if task is None:
        return None
    if task == TEXT and profile.modality in _REFINES_TEXT:
        return profile
    return replace(profile, modality=task)


def task_of(model: ModelResult) -> str | None:
    """The card's pipeline tag, kept with the openness components at analysis."""
    openness = model.openness
    return openness.components.get(TASK) if openness is not None else None


def example_repo_id(
    entry: KnownModel, registry: KnownModels, *, size: float | None = None
) -> str | None:
    """A repo id the entry governs, derived from its glob; the glob itself for a family prefix
    (`qwen/qwen2.5-*`) unless `size` picks one of the sizes its note lists; None when the glob
    has wildcards inside or the id would be governed by an earlier entry."""
    pattern = entry.pattern
    stem = pattern.rstrip("*")
    if any(c in GLOB_CHARS for c in stem) or "/" not in stem:
        return None
    if stem[-1].isalnum():
        return stem if registry.lookup(stem) is entry else None
    if size is not None and entry.note:
        sizes = sorted({float(s) for s in _NOTE_SIZE.findall(entry.note)})
        if sizes:
            nearest = min(sizes, key=lambda s: (abs(s - size), s))
            example = f"{stem}{nearest:g}b"
            if registry.lookup(example) is entry:
                return example
    return pattern


def entry_terms(entry: KnownModel, record: LicenseRecord, db: LicenseDB) -> dict[str, object]:
    """The terms a model of this registry entry is under: its license record's, with the
    policies the record incorporates, and the entry's extra terms (an AUP's territorial
    clause, say)."""
    values, _evidence = ancestor_terms(record, db, "known-models registry", entry)
    return values
