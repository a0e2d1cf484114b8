"""Sentences stating no term in the languages of Asia (`foreign_no_term_asia`): acceptance by
downloading or using the model, and an answer naming anyone as who may use it. Twins: the same
sentences with a ban, "only" or a need added state a term and are not read so. Texts written
for these tests."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign_no_term_asia import states_no_term_asia

NO_TERM = [
    "下载即视为接受本协议。",
    "一旦安装本模型，即表示您同意本许可的全部内容。",
    "本モデルをダウンロードした時点で、本規約に同意したものとみなします。",
    "모델을 내려받으면 이 약관에 동의한 것으로 봅니다.",
    "मॉडल डाउनलोड करने पर आप इन शर्तों को स्वीकार करते हैं।",
    "মডেল ডাউনলোড করলে আপনি এই শর্তাবলি মেনে নিয়েছেন বলে গণ্য হবে।",
    "Việc tải xuống mô hình được coi là chấp nhận giấy phép này.",
    "การดาวน์โหลดแบบจำลองถือว่าท่านยอมรับสัญญานี้",
    "答：任何单位或个人均可。",
    "A: どなたでも。",
    "누구나 가능합니다.",
    "Trả lời: Bất kỳ cá nhân hoặc tổ chức nào.",
]


@pytest.mark.parametrize("text", NO_TERM)
def test_acceptance_or_anyone_states_no_term(text: str) -> None:
    assert states_no_term_asia(text)


TERMS = [
    "下载即视为接受本协议，但不得用于商业目的。",
    "答：仅限个人。",
    "本モデルを利用した時点で、営利目的の利用をしないことに同意したものとみなします。",
    "답: 개인만 가능합니다.",
    "मॉडल डाउनलोड करने पर आप केवल शोध के लिए उपयोग करने को स्वीकार करते हैं।",
    "Bất kỳ cá nhân nào cũng không được dùng cho mục đích thương mại.",
    "ดาวน์โหลดแล้วถือว่ายอมรับว่าจะใช้เพื่อการวิจัยเท่านั้น",
]


@pytest.mark.parametrize("text", TERMS)
def test_acceptance_with_a_term_in_it_is_left_to_the_cues(text: str) -> None:
    assert not states_no_term_asia(text)
