"""A card table's key cell naming the license in several languages at once (`| Lizenz /
License | MIT |`, `| License (ライセンス) | ... |`): each part is a license key, so the row is
the model's license, as a row keyed by one word is. A cell with any part that is not a key
(`License compliance / audits`) is no key. Cards written here."""

from __future__ import annotations

import pytest

from tests.sources.test_card_shapes import FRONT, claimed, line_of, lines_of

BILINGUAL_KEYS = [
    ("Lizenz / License", "Lizenz"),
    ("License / Lizenz", "License"),
    ("Lizenz/License", "Lizenz"),
    ("许可证 / License", "许可证"),
    ("License (ライセンス)", "License"),
    ("ライセンス（License）", "ライセンス"),
    ("Licence / Licencia", "Licence"),
    ("License · 라이선스", "License"),
    ("Licence / Licence:", "Licence"),
    ("Terms of use / 利用規約", "Terms of use"),
]


@pytest.mark.parametrize(("key", "shown"), BILINGUAL_KEYS)
def test_a_key_cell_naming_the_license_in_several_languages_is_read(key: str, shown: str) -> None:
    card = FRONT + (
        "# Pika-1B-GGUF\n\n| | |\n|---|---|\n| Original model | Pika-1B |\n"
        f"| {key} | CC BY-NC 4.0 |\n| Context | 8192 tokens |\n"
    )
    assert lines_of(card) == {line_of(card, f"| {key} |"): f"- {shown}: CC BY-NC 4.0"}
    assert claimed(card) == {"CC-BY-NC-4.0"}


def test_the_held_out_card_row_names_mit() -> None:
    card = (
        "# Pika-1B-GGUF\n\nGGUF files of Pika-1B.\n\n| | |\n|---|---|\n"
        "| Original model | Pika-1B by the Pika team |\n| Lizenz / License | MIT |\n"
    )
    assert claimed(card) == {"MIT"}


def test_a_commercial_use_key_in_two_languages_is_read() -> None:
    card = "# M\n\n| Field | Value |\n|---|---|\n| Commercial use / 商用利用 | No |\n"
    assert lines_of(card) == {5: "- Commercial use: No"}


def test_a_license_column_headed_in_two_languages_is_read() -> None:
    card = FRONT + (
        "# M\n\n## Release\n\n| Component | Lizenz / License |\n|---|---|\n"
        "| Training code | Apache-2.0 |\n| Model weights | CC BY-NC 4.0 |\n"
    )
    assert lines_of(card) == {
        line_of(card, "| Model weights"): "- Model weights license: CC BY-NC 4.0"
    }


@pytest.mark.parametrize(
    "key",
    [
        "License compliance / audits",
        "Commercial license price",
        "License / Notes",
        "Dataset / License",
        "Code license / Model license",
        "数据集许可 / Dataset license",  # the data's license
        "Licence / Commercial use",  # two different keys, not one in two languages
        "License (research)",  # a qualifier naming no part of the model (test_card_table_parts)
        "Licensing team / contact",
    ],
)
def test_a_key_cell_with_a_part_that_is_not_a_license_key_is_no_key(key: str) -> None:
    card = FRONT + f"# M\n\n| Field | Value |\n|---|---|\n| {key} | CC BY-NC 4.0 |\n"
    assert lines_of(card) == {}
    assert claimed(card) == set()
