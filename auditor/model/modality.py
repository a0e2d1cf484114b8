"""What a model takes in: text only, or other media too. Territorial clauses of some licenses
cover only a family's multimodal models (the Llama 3.2, 3.3 and 4 use policies), so the
policy judges them against this.

Read, strongest first, from the manifest's `models[].modality`, the card's `pipeline_tag`,
its tags, `config.json` (architectures, a vision or audio sub-configuration), a GGUF header's
architecture, a multimodal projector file beside the weights, and last the model's name.
Nothing read: None, and a clause scoped to multimodal models stays undecided for the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern

MODALITIES: tuple[str, ...] = ("text", "multimodal")

# Hub tasks (pipeline_tag) whose models take more than text. A task that takes text only is
# listed in _TEXT_TASKS; any other task (image generation, speech) is not a text model either,
# but whether a licence's "multimodal models" covers it is the licence's to say, so those read
# as multimodal: the stricter reading.
_TEXT_TASKS = frozenset(
    {
        "text-generation",
        "text2text-generation",
        "fill-mask",
        "feature-extraction",
        "sentence-similarity",
        "text-classification",
        "token-classification",
        "question-answering",
        "table-question-answering",
        "summarization",
        "translation",
        "conversational",
        "zero-shot-classification",
        "text-ranking",
    }
)
_MULTIMODAL_TAGS = frozenset(
    {"multimodal", "vision", "vision-language", "vlm", "image-text-to-text", "llava", "mllama"}
)
_MULTIMODAL_ARCHITECTURE = lazy_pattern(
    r"vision|vl(?:m|forconditional|chat|model)|llava|mllama|idefics|pixtral|paligemma|blip|clip"
    r"|qwen\d*(?:_\d+)?vl|omni|speech|audio|whisper|image",
    re.IGNORECASE,
)
_MULTIMODAL_NAME = lazy_pattern(
    r"(?:^|[-_./\s])(?:vision|vl|vlm|omni|llava|multimodal|mm)(?:$|[-_./\s\d])", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ModalityReading:
    """A modality and where it was read (a sentence for the evidence line)."""

    value: str  # a MODALITIES word
    source: str  # "README.md front matter pipeline_tag: image-text-to-text", ...


def read_modality(
    *,
    declared: str | None = None,
    pipeline_tag: object = None,
    tags: object = None,
    config: Mapping[str, object] | None = None,
    gguf_architecture: object = None,
    files: Sequence[str] = (),
    name: str | None = None,
    card_file: str = "README.md",
    tag_origin: str | None = None,
) -> ModalityReading | None:
    """The model's modality from the strongest evidence that states one; None when none does.
    `tag_origin` names where `pipeline_tag` was read when not from the card's front matter."""
    if declared in MODALITIES:
        return ModalityReading(str(declared), f"manifest: modality {declared}")
    if isinstance(pipeline_tag, str) and pipeline_tag.strip():
        task = pipeline_tag.strip().lower()
        origin = tag_origin or f"{card_file} front matter"
        if task not in _TEXT_TASKS:
            return ModalityReading("multimodal", f"{origin} pipeline_tag: {task}")
        # a text task the weights contradict (a vision tower in config.json, a projector file):
        # the task says what it is used for, the weights what it takes in (the stricter)
        other = read_modality(
            tags=tags,
            config=config,
            gguf_architecture=gguf_architecture,
            files=files,
            card_file=card_file,
        )
        if other is not None and other.value == "multimodal":
            return other
        return ModalityReading("text", f"{origin} pipeline_tag: {task}")
    tagged = sorted(_MULTIMODAL_TAGS & {t.lower() for t in _strings(tags)})
    if tagged:
        return ModalityReading("multimodal", f"{card_file} front matter tags: {tagged[0]}")
    if config:
        return _from_config(config)
    if isinstance(gguf_architecture, str) and gguf_architecture:
        multimodal = bool(_MULTIMODAL_ARCHITECTURE.search(gguf_architecture))
        return ModalityReading(
            "multimodal" if multimodal else "text",
            f"GGUF header general.architecture: {gguf_architecture}",
        )
    projector = next((f for f in files if re.search(r"mmproj", f, re.IGNORECASE)), None)
    if projector is not None:
        return ModalityReading("multimodal", f"multimodal projector file {projector}")
    if name and name_says_multimodal(name):
        return ModalityReading("multimodal", f"the model's name {name}")
    return None


def name_says_multimodal(name: str) -> bool:
    """Whether a repo id or path names a vision, VL, omni or other multimodal model."""
    return bool(_MULTIMODAL_NAME.search(name))


def _from_config(config: Mapping[str, object]) -> ModalityReading | None:
    if not any(k in config for k in ("architectures", "model_type", *_SUBCONFIGS)):
        return None
    architectures = _strings(config.get("architectures"))
    subconfigs = [k for k in _SUBCONFIGS if config.get(k)]
    if subconfigs:
        return ModalityReading("multimodal", f"config.json has {subconfigs[0]}")
    model_type = config.get("model_type")
    named = [*architectures, *([model_type] if isinstance(model_type, str) else [])]
    hit = next((a for a in named if _MULTIMODAL_ARCHITECTURE.search(a)), None)
    if hit is not None:
        return ModalityReading("multimodal", f"config.json architecture {hit}")
    causal = next((a for a in architectures if a.endswith(("ForCausalLM", "ForMaskedLM"))), None)
    if causal is not None:
        return ModalityReading("text", f"config.json architecture {causal}")
    return None


_SUBCONFIGS = ("vision_config", "audio_config", "image_config")


def _strings(value: object) -> list[str]:
    items: Iterable[object] = value if isinstance(value, list | tuple) else ()
    return [str(item) for item in items if isinstance(item, str)]
