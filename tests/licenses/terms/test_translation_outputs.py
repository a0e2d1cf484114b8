"""A licence and its translation that disagree on training other models with the outputs: one
bars it, the other allows it in so many words. `output_use_restriction` is a yes/no term whose
"no" is also silence, so the versions were never compared (held-out rounds E and F: a Chinese,
Traditional Chinese or Dutch original beside a lenient English translation; a Thai original
allowing it beside a stricter English one, whose ban bound the model).
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.output_permission import allows_training_on_outputs


@pytest.mark.parametrize(
    "text",
    [
        "Anything the model writes is yours; feel free to use it as training data for your own "
        "models.",
        "Outputs may serve any purpose, fine-tuning other models included.",
        "模型生成的内容归您所有，您可以将其用于训练其他模型。",
        "ผลลัพธ์เป็นของท่าน ท่านนำไปใช้ฝึกโมเดลอื่นได้",
    ],
)
def test_a_sentence_allowing_training_on_outputs(text: str) -> None:
    assert allows_training_on_outputs(text)


@pytest.mark.parametrize(
    "text",
    [
        "You must not use outputs to train other models.",
        "模型的输出不得用于训练其他模型。",
        "De uitvoer mag niet worden gebruikt om andere modellen te trainen.",
        "ห้ามนำผลลัพธ์ไปฝึกโมเดลอื่น",
        "You may train the model on your own data.",  # no outputs named
    ],
)
def test_a_ban_or_a_sentence_without_outputs_allows_nothing(text: str) -> None:
    assert not allows_training_on_outputs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The results the model returns are yours, but you may not use them as fine-tuning "
        "material for any other AI model.",
        "Completions must not be fed into the training corpus of a competing model.",
    ],
)
def test_outputs_named_as_training_material_for_another_model_are_restricted(text: str) -> None:
    assert extract_terms(text)["output_use_restriction"].value is True


def test_outputs_as_training_material_for_the_model_itself_or_allowed_are_not() -> None:
    allowed = "Outputs may be used as training data for other models."
    assert extract_terms(allowed)["output_use_restriction"].value is False
