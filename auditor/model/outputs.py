"""What a model generates: text, images, video, audio, 3D, or no content at all (a classifier's
labels, an encoder's vectors, a detector's boxes). The EU AI Act's Art. 5(1)(ba)/(bb) bans
(intimate imagery of a person made without consent, child sexual abuse material; from
2026-12-02) concern generated imagery, so the policy judges them against what the model puts
out, not against what it takes in (`model/modality.py`).

Read from the card's `pipeline_tag` (a Hub task names its output) and, for an `api:` model,
from the model's name as its provider catalogues it. None when nothing says: the policy then
lets the input modality stand in (policy/facts.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from auditor.fileio.lazy_pattern import lazy_pattern

OUTPUT_MODALITIES: tuple[str, ...] = ("text", "image", "video", "audio", "3d")
IMAGERY: frozenset[str] = frozenset({"image", "video"})
"""The outputs the Art. 5(1)(ba)/(bb) bans can concern."""

_TEXT: tuple[str, ...] = ("text",)
_NONE: tuple[str, ...] = ()

# Hub tasks and what their models put out. A task that labels, scores, embeds or annotates its
# input generates no content. `any-to-any` is left out: which media such a model puts out is the
# model's to say (an omni model speaks, another draws), so it reads as unknown.
_TASK_OUTPUTS: Mapping[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            "text-generation",
            "text2text-generation",
            "conversational",
            "summarization",
            "translation",
            "question-answering",
            "table-question-answering",
            "fill-mask",
            "image-text-to-text",
            "image-to-text",
            "video-text-to-text",
            "audio-text-to-text",
            "visual-question-answering",
            "document-question-answering",
            "automatic-speech-recognition",
        ),
        _TEXT,
    ),
    **dict.fromkeys(
        (
            "feature-extraction",
            "sentence-similarity",
            "text-classification",
            "token-classification",
            "zero-shot-classification",
            "text-ranking",
            "image-classification",
            "image-feature-extraction",
            "zero-shot-image-classification",
            "object-detection",
            "zero-shot-object-detection",
            "image-segmentation",
            "keypoint-detection",
            "video-classification",
            "audio-classification",
            "voice-activity-detection",
            "tabular-classification",
            "tabular-regression",
            "time-series-forecasting",
        ),
        _NONE,
    ),
    **dict.fromkeys(
        ("text-to-image", "image-to-image", "unconditional-image-generation"), ("image",)
    ),
    **dict.fromkeys(("text-to-video", "image-to-video", "video-to-video"), ("video",)),
    **dict.fromkeys(("text-to-speech", "text-to-audio", "audio-to-audio"), ("audio",)),
    **dict.fromkeys(("text-to-3d", "image-to-3d"), ("3d",)),
}

# API models by name (lowercase, a Bedrock id's vendor prefix kept), first match wins: the
# media models of the catalogued providers first (OpenAI's and Azure's image, video and speech
# models, Google's Imagen, Veo, Lyria and Gemini image and speech models, Bedrock's Nova
# Canvas and Reel, Titan Image, Stability and Luma models), then encoders, then the text
# models of every provider.
_API_NAMES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (lazy_pattern(r"gemini[\w.-]*-image"), ("text", "image")),
    (
        lazy_pattern(
            r"gpt-image|dall-?e|imagen|imagegeneration|nova-canvas|titan-image"
            r"|stability\.|stable-(?:diffusion|image)|\bsd3|sdxl|flux"
        ),
        ("image",),
    ),
    (lazy_pattern(r"sora|\bveo|nova-reel|luma\.|\bray-v"), ("video",)),
    (lazy_pattern(r"tts|lyria|text-to-speech"), ("audio",)),
    (lazy_pattern(r"realtime|native-audio|-audio|nova-sonic|gemini-live"), ("text", "audio")),
    (lazy_pattern(r"embed|rerank|moderation"), _NONE),
    (
        lazy_pattern(
            r"claude|gpt|(?:^|[./-])o\d|codex|davinci|babbage|gemini|gemma|llama|mistral|mixtral"
            r"|ministral|magistral|codestral|devstral|pixtral|voxtral|command|\baya|c4ai"
            r"|nova-(?:micro|lite|pro|premier)|titan-text|jamba|deepseek|qwen|whisper|transcribe"
            r"|ocr|bison|palm"
        ),
        _TEXT,
    ),
)

# Providers whose every model generates text (or no content): the Claude API, Cohere's and
# Mistral's platforms offer no image or video model, so a name not listed above is text too.
_TEXT_ONLY_PROVIDERS = frozenset({"anthropic_api", "cohere", "mistral"})


def task_outputs(pipeline_tag: object) -> tuple[str, ...] | None:
    """What a Hub task's models put out; None for a task that does not say (any-to-any, an
    unknown tag) or no tag."""
    if not isinstance(pipeline_tag, str):
        return None
    return _TASK_OUTPUTS.get(pipeline_tag.strip().lower())


def api_outputs(location: str) -> tuple[str, ...] | None:
    """What an `api:` model (`<provider>/<model>`) generates, from its name; None when the name
    is not one the provider is known to offer."""
    provider, _, name = location.partition("/")
    text = name.strip().lower()
    for pattern, outputs in _API_NAMES:
        if text and pattern.search(text):
            return outputs
    return _TEXT if provider in _TEXT_ONLY_PROVIDERS else None


def generates_imagery(outputs: object, modality: object) -> bool | None:
    """Whether the model can put out images or video: from its outputs when known, else from
    what it takes in (text only: it generates text or labels; other media: it may generate them,
    the stricter reading); None when neither is known."""
    if isinstance(outputs, list | tuple):
        return bool(IMAGERY & {str(o) for o in outputs})
    if modality == "text":
        return False
    return True if modality == "multimodal" else None
