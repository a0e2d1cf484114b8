"""A model's modality from the strongest evidence that states one."""

from __future__ import annotations

import pytest

from auditor.model.modality import read_modality


@pytest.mark.parametrize(
    ("kwargs", "value"),
    [
        ({"pipeline_tag": "text-generation"}, "text"),
        ({"pipeline_tag": "image-text-to-text"}, "multimodal"),
        ({"pipeline_tag": "automatic-speech-recognition"}, "multimodal"),
        ({"tags": ["llama", "vision"]}, "multimodal"),
        ({"config": {"architectures": ["LlamaForCausalLM"], "model_type": "llama"}}, "text"),
        (
            {"config": {"architectures": ["MllamaForConditionalGeneration"], "model_type": "x"}},
            "multimodal",
        ),
        ({"config": {"architectures": ["Foo"], "vision_config": True}}, "multimodal"),
        ({"gguf_architecture": "llama"}, "text"),
        ({"gguf_architecture": "mllama"}, "multimodal"),
        ({"files": ["model.gguf", "mmproj-model-f16.gguf"]}, "multimodal"),
        ({"name": "acme/Llama-3.2-11B-Vision-Instruct-ft"}, "multimodal"),
        ({"name": "acme/Qwen2-VL-7B-lora"}, "multimodal"),
    ],
)
def test_modality_is_read_from_each_kind_of_evidence(kwargs: dict[str, object], value: str) -> None:
    reading = read_modality(**kwargs)  # type: ignore[arg-type]
    assert reading is not None and reading.value == value


def test_the_manifest_outranks_the_card_and_the_card_outranks_the_name() -> None:
    stated = read_modality(declared="text", pipeline_tag="image-text-to-text")
    assert stated is not None and stated.value == "text" and "manifest" in stated.source
    card = read_modality(pipeline_tag="text-generation", name="acme/vision-thing")
    assert card is not None and card.value == "text" and "pipeline_tag" in card.source


@pytest.mark.parametrize("name", ["acme/llama-3.2-3b-instruct", "acme/summary-model", None])
def test_nothing_said_is_unknown_never_text(name: str | None) -> None:
    assert read_modality(name=name) is None
    assert read_modality(config={"architectures": ["SomethingElse"]}) is None


def test_a_text_task_yields_to_weights_that_take_in_images() -> None:
    # the tag says what it is used for, a vision tower in config.json what it takes in
    nested = {"text_config": {"model_type": "mllama_text_model"}, "vision_config": {"x": 1}}
    reading = read_modality(pipeline_tag="text-generation", config=nested)
    assert reading is not None and reading.value == "multimodal"
    assert "vision_config" in reading.source
    llava = {"architectures": ["LlavaForConditionalGeneration"], "model_type": "llava"}
    assert read_modality(pipeline_tag="text-generation", config=llava).value == "multimodal"  # type: ignore[union-attr]
    projector = read_modality(pipeline_tag="summarization", files=["mmproj-f16.gguf"])
    assert projector is not None and projector.value == "multimodal"


def test_a_text_task_over_text_weights_stays_text() -> None:
    causal = {"architectures": ["LlamaForCausalLM"], "model_type": "llama"}
    reading = read_modality(pipeline_tag="text-generation", config=causal)
    assert reading is not None and reading.value == "text"
    assert "pipeline_tag" in reading.source
    # the name alone never outweighs the card's text task
    named = read_modality(pipeline_tag="text-generation", name="acme/kite-vision-7b")
    assert named is not None and named.value == "text"
