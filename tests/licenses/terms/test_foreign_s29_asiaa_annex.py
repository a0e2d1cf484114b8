"""Bans listed in an annex the licence names, in the languages of Asia read by
`foreign_annex_bans_asia`: each item is read after its language's ban word, so what it bans is
read (here: the outputs used to train another model) and the annex's heading states no term.
Lawful twins: an annex of permitted uses, or of bans on something else, bans no output use.
Texts written for these tests."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_outputs_more import bans_output_training

BANNED = [
    (  # Vietnamese: the annex heading says it lists what is not allowed
        "Điều 1. Công ty cho phép bạn dùng mô hình Sen-3B miễn phí cho mọi mục đích, kể cả "
        "thương mại, nếu bạn tuân thủ Phụ lục B.\n\n"
        "Điều 2. Pháp luật Việt Nam điều chỉnh giấy phép này.\n\n"
        "Phụ lục B. Những hành vi không được thực hiện\n"
        "1) Dùng nội dung mà Sen-3B tạo ra để đào tạo một mô hình ngôn ngữ lớn khác.\n"
    ),
    (  # Vietnamese: the clause bans what the annex lists, whose heading says nothing of it
        "Điều 1. Bạn được dùng mô hình cho mọi mục đích, kể cả kinh doanh.\n\n"
        "Điều 2. Bạn không được làm các việc liệt kê tại Phụ lục 1.\n\n"
        "Phụ lục 1\n"
        "- Chưng cất kết quả của mô hình sang một mô hình nhỏ hơn.\n"
    ),
    (  # Japanese: 別表 named by the ban
        "第1条（許諾）当社は、営利目的を含むあらゆる目的で本モデルの無償利用を許諾します。\n\n"
        "第2条（禁止）利用者は、別表に掲げる行為をしてはならない。\n\n"
        "別表\n\n- 本モデルの出力を用いて他のAIモデルを学習させること。\n"
    ),
    (  # Korean: 별표 1
        "제1조 회사는 모든 목적으로 본 모델의 무상 이용을 허락합니다.\n\n"
        "제2조 이용자는 별표 1의 행위를 하여서는 안 됩니다.\n\n"
        "별표 1\n\n- 본 모델의 출력물로 다른 AI 모델을 학습시키는 행위\n"
    ),
    (  # Simplified Chinese: 附件一
        "第一条 许可方允许您为任何目的（包括商业目的）免费使用本模型。\n\n"
        "第二条 您不得从事附件一所列的行为。\n\n"
        "附件一\n\n1. 利用本模型生成的内容训练其他人工智能模型。\n"
    ),
    (  # Simplified Chinese: the ban on the annex's acts in the grant's own sentence
        "第一条 许可方允许您为任何目的（包括商业目的）免费使用本模型，"
        "但您不得从事附件一所列的行为。\n\n"
        "附件一\n\n1. 利用本模型生成的内容训练其他人工智能模型。\n"
    ),
]


@pytest.mark.parametrize("text", BANNED)
def test_an_annexed_ban_on_training_with_outputs_is_read(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("output_use_restriction") is True
    assert reading.values.get("commercial_use") == "allowed"
    assert reading.unread == ()


def test_an_annexed_ban_no_reader_knows_is_said_unread() -> None:
    text = (
        "Điều 1. Bạn được dùng mô hình cho mọi mục đích, kể cả kinh doanh.\n\n"
        "Phụ lục C. Những việc không được làm\n"
        "a) Bán lại mô hình dưới tên khác.\n"
    )
    assert {p.line for p in read_foreign(text).unread} == {4}


ALLOWED = [
    # an annex of permitted uses: its items are no bans
    "Điều 1. Bạn được dùng mô hình cho các mục đích nêu tại Phụ lục A.\n\n"
    "Phụ lục A. Các mục đích được phép\n"
    "a) Dùng văn bản do mô hình sinh ra để huấn luyện một mô hình khác của bạn.\n",
]


def test_a_grant_banning_an_annex_and_commercial_use_keeps_its_commercial_ban() -> None:
    text = (
        "第一条 许可方允许您免费使用本模型，但您不得从事附件一所列的行为及商业用途。\n\n"
        "附件一\n\n1. 利用本模型生成的内容训练其他人工智能模型。\n"
    )
    assert read_foreign(text).values.get("commercial_use") == "prohibited"


@pytest.mark.parametrize("text", ALLOWED)
def test_an_annex_of_permitted_uses_bans_nothing(text: str) -> None:
    assert read_foreign(text).values.get("output_use_restriction") is None


@pytest.mark.parametrize(
    ("text", "bans"),
    [
        ("Không được dùng văn bản do mô hình sinh ra để huấn luyện mô hình ngôn ngữ khác.", True),
        (
            "Cấm dùng hình ảnh được tạo ra bởi mô hình để tinh chỉnh một mô hình thị giác khác.",
            True,
        ),
        ("Bạn được tự do dùng văn bản do mô hình sinh ra cho mọi mục đích.", False),
        ("Không được dùng mô hình để huấn luyện một mô hình trí tuệ nhân tạo khác.", False),
    ],
)
def test_vietnamese_outputs_named_by_what_the_model_makes(text: str, bans: bool) -> None:
    assert bans_output_training("vi", text) is bans
