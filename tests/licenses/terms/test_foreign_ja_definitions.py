"""Japanese definitions of a thing or a measure state no term; definitions of a purpose, a use
or a licensee, or with a restrictive word, are not plain (held-out s20hb-para-ja-...)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_ja_definitions import is_ja_plain_definition


@pytest.mark.parametrize(
    "text",
    [
        "第1条(定義)本規約において「売上高」とは、利用者の直前事業年度における年間売上高をいう。",
        "「本モデル」とは、当社が公開する重み及び設定ファイルを意味する。",
        "「成果物」とは、本モデルの出力を指します。",
    ],
)
def test_plain_japanese_definitions_state_no_term(text: str) -> None:
    assert is_ja_plain_definition(text)


@pytest.mark.parametrize(
    "text",
    [
        # a purpose, a use or a licensee: what it defines may change the grant
        "「商用利用」とは、対価を得て本モデルを第三者に提供することをいう。",
        "「許諾目的」とは、学術研究をいう。",
        "「利用者」とは、本規約に同意した個人をいう。",
        # a restrictive word in the body
        "「成果物」とは、非商用に限り公開される本モデルの出力をいう。",
        # no definition at all
        "当社は、本モデルを利用する権利を許諾します。",
    ],
)
def test_other_japanese_passages_are_not_plain_definitions(text: str) -> None:
    assert not is_ja_plain_definition(text)


def test_revenue_cap_in_oku_yen_is_read_beside_its_definition() -> None:
    text = (
        "ミサゴ-3B 利用規約\n\n"
        "第1条(定義)本規約において「売上高」とは、利用者の前年度の年間売上高をいう。\n"
        "第2条 売上高が5億円を超える利用者は、本モデルを商用利用する前に当社と別途契約を"
        "締結しなければならない。\n"
    )
    reading = read_foreign(text)
    cap = reading.values["revenue_threshold"]
    assert isinstance(cap, dict)
    assert cap["amount"] == 500_000_000
    assert cap["currency"] == "JPY"
    assert reading.unread == ()
