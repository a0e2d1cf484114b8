"""A card table's key cell qualifying the license key by the part of the release it covers
(`| Licence (weights) | CC-BY-NC-4.0 |`, `| Lizenz (Gewichte) | ... |`): the model's part binds
as the Component | License shape's row does, a part that is code, data, the docs or a parent
is left out, and a qualifier naming the value's form (`License (SPDX)`) is the key itself.
Cards written here."""

from __future__ import annotations

import pytest

from tests.sources.test_card_shapes import FRONT, claimed, line_of, lines_of

MODEL_PARTS = [
    ("Licence (weights)", "weights license"),
    ("License (model)", "model license"),
    ("License [checkpoint]", "checkpoint license"),
    ("Lizenz (Gewichte)", "Gewichte license"),
    ("Licence (poids du modèle)", "poids du modèle license"),
    ("Licencia (pesos)", "pesos license"),
    ("许可证（权重）", "权重 license"),
    ("ライセンス（モデル）", "モデル license"),
    ("License - model weights", "model weights license"),
    ("License for the checkpoint", "checkpoint license"),
    ("Licence du modèle", "modèle license"),
    ("Lizenz der Gewichte", "Gewichte license"),
    ("Model weights licence", "Model weights license"),
    ("Modell-Lizenz", "Modell license"),
    ("模型许可证", "模型 license"),
    ("Lizenz / License (weights)", "weights license"),
    ("**Licence (weights):**", "weights license"),
]


@pytest.mark.parametrize(("key", "shown"), MODEL_PARTS)
def test_a_key_qualified_by_the_models_part_is_the_models_license(key: str, shown: str) -> None:
    card = FRONT + (
        "# Tern-13B\n\n| Property | Value |\n|:--|:--|\n| Parameters | 13B |\n"
        f"| {key} | CC-BY-NC-4.0 |\n| Context length | 16k |\n"
    )
    assert lines_of(card) == {line_of(card, f"| {key} |"): f"- {shown}: CC-BY-NC-4.0"}
    assert claimed(card) == {"CC-BY-NC-4.0"}


OTHER_PARTS = [
    "Licence (code)",
    "License (training data)",
    "Lizenz (Quellcode)",
    "Licence (documentation)",
    "许可证（代码）",
    "ライセンス（データ）",
    "License (base model)",
    "Licence (modèle de base)",
    "License (original weights)",
    "License (model card)",
    "Code license",
    "Code-Lizenz",
    "Dataset licence",
    "数据集许可证",
    "License for the inference code",
    "License (research)",  # not a part known to be the model: a dual license's option
    "License (commercial)",
]


@pytest.mark.parametrize("key", OTHER_PARTS)
def test_a_key_qualified_by_another_part_is_left_out(key: str) -> None:
    card = FRONT + (
        "# Tern-13B\n\n| Property | Value |\n|:--|:--|\n| Parameters | 13B |\n"
        f"| {key} | CC-BY-NC-4.0 |\n"
    )
    assert lines_of(card) == {}
    assert claimed(card) == set()


def test_the_weights_row_binds_and_the_code_row_beside_it_is_left_out() -> None:
    card = FRONT + (
        "# Tern-13B\n\n| Property | Value |\n|:--|:--|\n| Parameters | 13B |\n"
        "| Licence (weights) | CC-BY-NC-4.0 |\n| Licence (code) | Apache-2.0 |\n"
    )
    assert lines_of(card) == {line_of(card, "(weights)"): "- weights license: CC-BY-NC-4.0"}
    assert claimed(card) == {"CC-BY-NC-4.0"}


@pytest.mark.parametrize("key", ["License (SPDX)", "Licence (SPDX identifier)", "License (id)"])
def test_a_qualifier_naming_the_values_form_is_the_key_itself(key: str) -> None:
    card = FRONT + f"# M\n\n| Field | Value |\n|---|---|\n| {key} | cc-by-nc-4.0 |\n"
    shown = key.split(" (")[0]
    assert lines_of(card) == {line_of(card, key): f"- {shown}: cc-by-nc-4.0"}
    assert claimed(card) == {"CC-BY-NC-4.0"}


def test_a_commercial_use_key_qualified_by_the_weights_is_read() -> None:
    card = "# M\n\n| Field | Value |\n|---|---|\n| Commercial use (weights) | No |\n"
    assert lines_of(card) == {5: "- Commercial use: No"}


def test_a_commercial_use_key_qualified_by_the_code_is_left_out() -> None:
    card = "# M\n\n| Field | Value |\n|---|---|\n| Commercial use (code) | Yes |\n"
    assert lines_of(card) == {}


def test_a_qualified_row_of_a_comparison_table_is_still_left_out() -> None:
    card = FRONT + (
        "# Tern-13B\n\n| Model | Licence (weights) |\n|---|---|\n| Other-A | CC-BY-NC-4.0 |\n"
    )
    assert lines_of(card) == {}
