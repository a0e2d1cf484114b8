"""What a model generates (model/outputs.py) and the facts built from it: the EU AI Act's
Art. 5(1)(ba)/(bb) bans concern generated imagery, so a text generator that reads images is
not concerned, and an image generator that reads text only is."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.model import Declared, ModelResult, Openness, Verdict
from auditor.model.deployment import Deployment
from auditor.model.outputs import api_outputs, generates_imagery, task_outputs
from auditor.policy.facts import LineageFacts, build_facts


@pytest.mark.parametrize(
    ("tag", "outputs"),
    [
        ("text-to-image", ("image",)),
        ("Image-To-Image", ("image",)),
        ("image-to-video", ("video",)),
        ("text-to-video", ("video",)),
        ("text-to-speech", ("audio",)),
        ("image-to-3d", ("3d",)),
        # takes images in, puts text out: not an image generator
        ("image-text-to-text", ("text",)),
        ("image-to-text", ("text",)),
        ("visual-question-answering", ("text",)),
        ("automatic-speech-recognition", ("text",)),
        ("text-generation", ("text",)),
        # labels, vectors, boxes and masks over the input: no content generated
        ("image-classification", ()),
        ("image-segmentation", ()),
        ("feature-extraction", ()),
        ("zero-shot-image-classification", ()),
        # which media an any-to-any model puts out is the model's to say
        ("any-to-any", None),
        ("some-new-task", None),
        (None, None),
    ],
)
def test_task_outputs(tag: str | None, outputs: tuple[str, ...] | None) -> None:
    assert task_outputs(tag) == outputs


@pytest.mark.parametrize(
    ("location", "outputs"),
    [
        ("anthropic_api/claude-opus-4.6", ("text",)),
        ("anthropic_api/a-model-named-later", ("text",)),  # the Claude API offers no media model
        ("openai_api/gpt-5.4", ("text",)),
        ("openai_api/o4-mini", ("text",)),
        ("openai_api/gpt-image-1", ("image",)),
        ("azure_openai/dall-e-3", ("image",)),
        ("openai_api/sora-2", ("video",)),
        ("openai_api/gpt-4o-mini-tts", ("audio",)),
        ("openai_api/gpt-4o-transcribe", ("text",)),
        ("openai_api/text-embedding-3-large", ()),
        ("openai_api/omni-moderation-latest", ()),
        ("google_gemini_api/gemini-2.5-flash", ("text",)),
        ("google_gemini_api/gemini-2.5-flash-image", ("text", "image")),
        ("google_vertex_ai/imagen-4.0-generate-001", ("image",)),
        ("google_vertex_ai/veo-3.0-generate-001", ("video",)),
        ("google_vertex_ai/claude-sonnet-4-5", ("text",)),
        ("aws_bedrock/us.anthropic.claude-3-7-sonnet-20250219-v1:0", ("text",)),
        ("aws_bedrock/amazon.nova-canvas-v1:0", ("image",)),
        ("aws_bedrock/amazon.nova-reel-v1:0", ("video",)),
        ("aws_bedrock/amazon.nova-pro-v1:0", ("text",)),
        ("aws_bedrock/stability.sd3-5-large-v1:0", ("image",)),
        ("cohere/command-a-03-2025", ("text",)),
        ("cohere/embed-v4.0", ()),
        ("mistral/mistral-large-latest", ("text",)),
        # a provider that offers media models, a name it is not known to offer: unknown
        ("openai_api/acme-unknown-1", None),
        ("aws_bedrock/vendor.something-v1:0", None),
    ],
)
def test_api_outputs(location: str, outputs: tuple[str, ...] | None) -> None:
    assert api_outputs(location) == outputs


def test_generates_imagery_from_outputs_else_from_inputs() -> None:
    assert generates_imagery(["image"], "text") is True  # text in, images out
    assert generates_imagery(["text"], "multimodal") is False  # images in, text out
    assert generates_imagery([], "multimodal") is False
    assert generates_imagery(["text", "video"], None) is True
    # nothing says what it generates: what it takes in stands in
    assert generates_imagery(None, "text") is False
    assert generates_imagery(None, "multimodal") is True
    assert generates_imagery(None, None) is None


_BASE = ModelResult("acme/model", None, Declared(), None, None, (), (), Verdict.PASS)


def _facts(model: ModelResult, modality: str | None = None) -> dict[str, object]:
    return build_facts(
        model,
        db=load_license_db(),
        deployment=Deployment(modality=modality),
        lineage=LineageFacts(),
        provider={},
        settings={},
        today=date(2026, 12, 10),
    )


def _tagged(tag: str, modality: str | None = None) -> ModelResult:
    openness = Openness(None, None, None, components={"task": tag})
    return replace(_BASE, openness=openness, modality=modality)


def test_facts_of_a_card_tag() -> None:
    image = _facts(_tagged("text-to-image", "multimodal"))
    assert image["model.output_modalities"] == ["image"]
    assert image["model.generates_imagery"] is True
    # the manifest saying it takes text only does not make an image generator a text model
    assert _facts(_tagged("text-to-image"), modality="text")["model.generates_imagery"] is True
    vlm = _facts(_tagged("image-text-to-text", "multimodal"))
    assert vlm["model.output_modalities"] == ["text"]
    assert vlm["model.generates_imagery"] is False


def test_facts_of_an_api_model() -> None:
    claude = replace(_BASE, ref="api:anthropic_api/claude-sonnet-4.5")
    facts = _facts(claude)
    assert facts["model.output_modalities"] == ["text"]
    assert facts["model.generates_imagery"] is False
    canvas = replace(_BASE, ref="api:aws_bedrock/amazon.nova-canvas-v1:0")
    assert _facts(canvas)["model.generates_imagery"] is True


def test_facts_when_nothing_says() -> None:
    facts = _facts(_BASE)
    assert facts["model.output_modalities"] is None
    assert facts["model.generates_imagery"] is None
    assert _facts(_BASE, modality="multimodal")["model.generates_imagery"] is True
