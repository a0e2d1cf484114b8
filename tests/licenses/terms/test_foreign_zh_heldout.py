"""A held-out set of Chinese license passages (issue 32, item 3): written after the Chinese
cues were tuned on `test_foreign_zh.PASSAGES`, in other phrasings, and never used to change a
cue. Its hit rate is the out-of-sample figure; a passage read wrong is marked xfail (strict)
with what goes wrong, so the mark goes the day a general change reads it.

Measured when the set was written: 14 of 15 read right (out of sample); the code of commit
e326a13, before the Chinese work, read 7 of 15.
"""

from __future__ import annotations

import pytest

from tests.licenses.terms.test_foreign_zh import (
    ALLOWED,
    BANNED,
    RESEARCH,
    Contains,
    Passage,
    _mau,
    _on,
    _registration,
    _revenue,
    wrong_terms,
)

HELD_OUT: dict[str, Passage] = {
    "grant-trad-gratis-for-profit": Passage("被授權人得將本模型無償使用於營利性產品。", ALLOWED),
    "ban-for-profit-conduct": Passage("任何以营利为目的的使用行为均被禁止。", BANNED),
    "ban-trad-short": Passage("本模型不得作商業用途。", BANNED),
    "research-non-profit-academic": Passage(
        "本模型权重的使用范围限于非营利的学术研究活动。", RESEARCH
    ),
    "permission-commercialisation": Passage(
        "任何商业化应用，均应事先征得许可方的书面许可。",
        {"commercial_use": "restricted", **_on("written-permission")},
    ),
    "separate-negotiate": Passage(
        "企业用户如需将模型部署于商业产品，请与我们洽谈商业授权。",
        {"commercial_use": "restricted", **_on("separate-license")},
    ),
    "registration-report-first": Passage(
        "商用须先向我们报备，报备后即可免费使用。", _registration()
    ),
    "mau-license-ends": Passage(
        "当被许可方的月活跃用户数量超过3亿时，本许可自动终止，被许可方须另行取得授权。",
        _mau(300_000_000),
    ),
    "revenue-trad-exceeding": Passage(
        "年度營收逾五百萬美元之公司，應另購商業授權。", _revenue(5_000_000, "USD")
    ),
    "update-from-time-to-time": Passage(
        "本协议条款可能由许可方不定期修改并于官网公布。", {"licensor_may_update_terms": True}
    ),
    "flow-downstream-aware": Passage(
        "被许可方应确保其下游用户知悉并遵守本协议规定的各项使用限制。",
        {"downstream_propagation": True},
    ),
    "attribution-trad-publications": Passage(
        "使用本模型發表的研究成果，應註明所使用的模型名稱及來源。",
        {"attribution_required": True},
    ),
    "output-as-corpus": Passage(
        "严禁将本模型产生的输出数据用作训练其他人工智能模型的语料。",
        {"output_use_restriction": True},
    ),
    "law-hong-kong-courts": Passage(
        "本协议适用香港特别行政区法律，争议由香港法院专属管辖。",
        {"governing_law": "HK", "venue": Contains("香港法院")},
    ),
    "not-equal-force-note": Passage("本文档的英文版本与中文版本具有同等效力。", quiet=True),
}

MISSED: dict[str, str] = {}
"""Held-out passages read wrong when the set was written, with what went wrong (none since
session 25: "grant-trad-gratis-for-profit" is read by `foreign_zh_grant_words`)."""


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=MISSED[name]))
        if name in MISSED
        else name
        for name in sorted(HELD_OUT)
    ],
)
def test_a_held_out_chinese_passage(name: str) -> None:
    assert wrong_terms(HELD_OUT[name]) == []
