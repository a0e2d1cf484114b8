"""A card deferring its license to its base model in Japanese, Chinese, Korean, German, French
or Spanish ("ライセンスは元モデルに従います", "许可证与原模型相同"): read as the English
statement is, with its line; a sentence comparing the licenses or setting the base's aside
("与原模型不同的许可证", "anders als das Basismodell") defers nothing. Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.licenses.deferral import read_base_deferral
from tests.pipeline.test_deferred_license import _audit, _rules

DEFERS = [
    # Japanese
    "ライセンスは元モデルに従います（Gemma Terms of Use）。",
    "元のモデルのライセンスに準拠します。",
    "ベースモデルと同じライセンスで公開しています。",
    "ライセンス：オリジナルモデルと同じ",
    "ライセンスについては元モデルをご確認ください。",
    "本モデルはベースモデルのライセンスを継承します。",
    # Chinese
    "许可证与原模型相同。",
    "本模型遵循原模型的许可证。",
    "请遵循原模型的协议使用。",
    "请参考原始模型的许可。",
    "本仓库采用与原模型相同的许可证。",
    "許可證與原始模型相同。",
    # Korean
    "원본 모델의 라이선스를 따릅니다.",
    "라이선스는 원본 모델과 동일합니다.",
    "베이스 모델과 동일한 라이선스가 적용됩니다.",
    # German
    "Lizenz wie das Originalmodell.",
    "Es gilt die Lizenz des Basismodells.",
    "Die Gewichte stehen unter derselben Lizenz wie das Basismodell.",
    "Lizenz: siehe Originalmodell",
    "Diese Quantisierung unterliegt der Lizenz des ursprünglichen Modells.",
    # French
    "Même licence que le modèle d'origine.",
    "Ce modèle suit la licence du modèle de base.",
    "Licence : identique au modèle original.",
    # Spanish
    "Misma licencia que el modelo original.",
    "Este modelo hereda la licencia del modelo base.",
    "Licencia: la misma que el modelo original.",
]
DEFERS_NOT = [
    # Japanese
    "ライセンスは元モデルとは異なり、MIT です。",
    "元モデルのライセンスには従いません。本モデルは Apache-2.0 です。",
    "元データセットのライセンスに従います。",
    # Chinese
    "本模型采用与原模型不同的许可证。",
    "许可证与原模型不一致，请注意。",
    "本模型不遵循原模型的许可证，改为 MIT。",
    "请遵守数据集的许可协议。",
    # Korean
    "원본 모델과 다른 라이선스를 사용합니다.",
    "원본 모델의 라이선스를 따르지 않습니다.",
    # German
    "Lizenz: MIT, anders als das Basismodell.",
    "Es gilt nicht die Lizenz des Basismodells, sondern MIT.",
    "Im Gegensatz zum Originalmodell steht dieses Modell unter Apache 2.0; Lizenz: Apache 2.0.",
    # French
    "Une licence différente du modèle d'origine : MIT.",
    "Ce n'est pas la même licence que le modèle d'origine.",
    # Spanish
    "No es la misma licencia que el modelo original.",
    "Una licencia distinta: a diferencia del modelo original, MIT.",
    "Licencia: MIT.",
]


@pytest.mark.parametrize("sentence", DEFERS)
def test_a_deferral_in_another_language_is_read_with_its_line(sentence: str) -> None:
    body = f"# Quill 7B GGUF\n\nllama.cpp で量子化しました。\n\n{sentence}\n"
    found = read_base_deferral(body, path="README.md", first_line=4)
    assert found is not None
    assert (found.file, found.line) == ("README.md", 8)
    assert found.text.strip("-* ") in sentence


@pytest.mark.parametrize("sentence", DEFERS_NOT)
def test_a_comparison_or_another_license_in_another_language_is_no_deferral(
    sentence: str,
) -> None:
    assert read_base_deferral(f"# Quill\n\n{sentence}\n", path="README.md") is None


@pytest.mark.parametrize(
    "body",
    [
        "# Quill\n\n## ライセンス\n\n元モデルに従います。\n",
        "# Quill\n\n## 许可证\n\n与原模型相同。\n",
        "# Quill\n\n## 라이선스\n\n원본 모델과 동일합니다.\n",
        "# Quill\n\n## Lizenz\n\nSiehe Basismodell.\n",
        "# Quill\n\n## Licence\n\nIdentique au modèle d'origine.\n",
        "# Quill\n\n## Licencia\n\nIgual que el modelo original.\n",
    ],
)
def test_under_a_license_heading_in_another_language_the_license_need_not_be_named(
    body: str,
) -> None:
    found = read_base_deferral(body, path="README.md")
    assert found is not None and found.line == 5


_SENTENCE = "ライセンスは元モデルに従います（Gemma Terms of Use）。"


def test_a_japanese_sentence_is_quoted_up_to_its_full_stop() -> None:
    body = f"# Q\n\n{_SENTENCE}利用規約を遵守してください。\n"
    found = read_base_deferral(body, path="README.md")
    assert found is not None and found.text == _SENTENCE


def test_a_chinese_deferral_makes_the_resolved_base_license_the_models_own(
    tmp_path: Path,
) -> None:
    body = (
        "# Quill-7B 4bit\n\n本仓库为 Qwen2.5-7B-Instruct 的 4bit 量化版本。\n许可证与原模型相同。\n"
    )
    model = _audit(tmp_path, "base_model: Qwen/Qwen2.5-7B-Instruct\n", body)
    assert model.license is not None and model.license.id == "Apache-2.0"
    assert model.license.method == "card-defers-to-base"
    assert "license-deferred-to-base" in _rules(model)
