"""Chinese clauses that cover a licence's multimodal models only, for `foreign_models` (which
reads the same in Italian, Spanish, Portuguese, French and German).

A licence for a family of models often names its series first ("（一）磬-Text 系列：只接受文本
输入的语言模型；（二）磬-VL 系列：可以同时接受图像和文本输入的多模态模型") and then binds one
series ("磬-VL 系列模型不得在欧盟成员国境内部署") or leaves one out ("本条对磬-Text 系列模型不
适用"). A clause covers the multimodal models only when it names them (a multimodal word:
多模态, 图像, 视觉, 视频, 语音; or a series the text defines by one), or when it, or one of the
two passages after it, leaves the text-only models (a text-only word, or a series defined by
one) out ("不适用", "除外", "不受此限"). The series' definitions and the passage leaving the
text-only models out state nothing more (`lifting`: read, no term).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import fold
from auditor.licenses.text.language import Passage

__all__ = ["zh_multimodal_only"]

_MULTIMODAL = lazy_pattern(
    r"多模态|图像|图片|视觉|视频|音频|语音|影像|看图|识图|(?:接受|处理|理解|读入)[^。;]{0,6}?(?:图|影像)"
)
_TEXT_ONLY = lazy_pattern(
    r"纯文本|(?:只|仅)(?:能|可)?(?:接受|处理|读入|支持|输入|理解)?[^。;]{0,4}?文本(?!和|与|及|、)"
    r"|文本模型|纯语言模型"
)
# a series defined: "磬-VL 系列：……", "（二）磬-VL 系列:" (the name is what it is called by)
_SERIES = lazy_pattern(
    r"^\W*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[.、]?)?\s*"
    r"(?P<name>[\w.-]{2,30}?)\s*(?:系列|模型|系列模型)?\s*[:：]"
)
# not applying, left out
_LIFTED = lazy_pattern(r"不适用|除外|不受[^。;]{0,6}?(?:限|约束)|不在此限|不包括|不涉及|无关")
# a clause on places (a multimodal word alone elsewhere, "不得生成违法图像", scopes nothing)
_PLACE = lazy_pattern(r"境内|境外|地区|国家|成员国|地域|区域|欧盟|部署|提供服务")
_REACH = 2  # a passage leaving text-only models out may follow its clause by this many


def zh_multimodal_only(passages: Sequence[Passage]) -> tuple[set[Passage], set[Passage]]:
    """(Chinese passages whose clauses cover multimodal models only, passages stating nothing
    more: a series defined or text-only models left out of a clause before)."""
    chinese = [(i, p, fold(p.text)) for i, p in enumerate(passages) if p.language == "zh"]
    multimodal: list[str] = []
    text_only: list[str] = []
    defining: set[Passage] = set()
    for _, passage, text in chinese:
        series = _SERIES.match(text)
        if series is None:
            continue
        rest = text[series.end() :]
        if _TEXT_ONLY.search(rest):
            text_only.append(series.group("name"))
        elif _MULTIMODAL.search(rest):
            multimodal.append(series.group("name"))
        else:
            continue
        defining.add(passage)
    covered: set[Passage] = set()
    lifting: set[Passage] = set(defining) if multimodal and text_only else set()
    for index, passage, text in chinese:
        if passage in defining:
            continue
        if _names(text, multimodal) or (_MULTIMODAL.search(text) and _PLACE.search(text)):
            covered.add(passage)
        if _LIFTED.search(text) and (_names(text, text_only) or _TEXT_ONLY.search(text)):
            lifting.add(passage)
            covered.update(passages[max(index - _REACH, 0) : index])
    return covered - lifting, lifting


def _names(text: str, names: list[str]) -> bool:
    return any(re.search(re.escape(name) + r"(?![\w-])", text) for name in names)
