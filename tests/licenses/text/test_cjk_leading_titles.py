"""A leading heading in a script without case is the document's title when it ends in its
language's licence noun (モデルライセンス, 许可协议, 라이선스), as upper case cannot mark it; a
first line that is a sentence or names no licence noun is none. Written here, no licence's text."""

from __future__ import annotations

import pytest

from auditor.licenses.text.own_name import extract_titles
from auditor.licenses.text.title_shapes import find_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "# ヒバリ-3B モデルライセンス\n\n第1条 本モデルは無償で利用できます。\n",
            "ヒバリ-3B モデルライセンス",
        ),
        ("白鹭视觉模型许可协议\n\n一、您可以使用本模型。\n", "白鹭视觉模型许可协议"),
        ("## 까치 모델 라이선스\n\n제1조 누구나 사용할 수 있습니다.\n", "까치 모델 라이선스"),
        # the bare licence noun 许可 (a "licence", without 协议 or 证)
        ("黄鹂-7B 模型许可\n\n一、任何人均可免费使用本模型。\n", "黄鹂-7B 模型许可"),
        ("# 喜鹊开放模型許可\n\n一、本模型可自由使用。\n", "喜鹊开放模型許可"),
    ],
)
def test_a_leading_heading_ending_in_a_licence_noun_is_the_title(text: str, title: str) -> None:
    assert find_title(text) == title
    assert extract_titles(text)[0] == title


@pytest.mark.parametrize(
    "text",
    [
        "本モデルは商用・非商用を問わず無償で利用できます。\n\n第1条 ...\n",
        "# ヒバリ-3B の使い方\n\n以下の手順で実行してください。\n",
        "商业使用须事先获得书面许可。\n\n一、...\n",
    ],
)
def test_a_sentence_or_a_heading_without_a_licence_noun_is_no_title(text: str) -> None:
    assert find_title(text) is None
