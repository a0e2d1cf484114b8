"""Japanese clauses beyond commercial scope (`foreign_ja`, license_db/clause_rules/ja.yaml): a
credit to show or notices to keep, and the licensor's right to change the terms. A passage
stating only such a duty is read (no `license-language-unread`), and a credit said to be
unnecessary or optional is no duty.

Every sentence is written here in the general shape of such clauses; none is a licence's text."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign

CREDITS = [
    "本モデルを組み込んだアプリを公開する場合は、設定画面に「Kawasemi-3B」を利用している旨を記載してください。",
    "派生モデルを配布するときは、原作者の名前を明示しなければなりません。",
    "複製物には、著作権表示と本ライセンスの全文を必ず添付すること。",
    "本モデルを用いた研究を発表する際は、当社の技術報告を引用してください。",
    "サービス提供時には出典をウェブサイト上に掲載する必要があります。",
]
NO_CREDIT = [
    "クレジットの記載は不要です。",
    "出典の表示は任意とします。",
    "開発元の名称を表示しなくても構いません。",
]
UPDATES = [
    "当社は、事前の通知なく本規約を改定できるものとします。",
    "本ライセンスの内容は、随時変更される場合があります。",
]


def _reading(sentence: str) -> dict[str, object]:
    reading = read_foreign(f"Terms\n\n{sentence}\n")
    assert not reading.unread, sentence
    return reading.values


@pytest.mark.parametrize("sentence", CREDITS)
def test_a_japanese_credit_or_notice_duty_is_read(sentence: str) -> None:
    assert _reading(sentence).get("attribution_required") is True


@pytest.mark.parametrize("sentence", NO_CREDIT)
def test_a_credit_said_to_be_unneeded_is_no_duty(sentence: str) -> None:
    values = read_foreign(f"Terms\n\n{sentence}\n").values
    assert values.get("attribution_required") is not True, sentence


@pytest.mark.parametrize("sentence", UPDATES)
def test_the_licensors_right_to_change_the_terms_is_read(sentence: str) -> None:
    assert _reading(sentence).get("licensor_may_update_terms") is True


def test_a_licensee_modifying_the_model_is_no_change_of_terms() -> None:
    text = "Terms\n\n利用者は本モデルを自由に改変し、再配布することができます。\n"
    values = read_foreign(text).values
    assert "licensor_may_update_terms" not in values
