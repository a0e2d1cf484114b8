"""Clauses covering a licence's multimodal models, in Chinese, Japanese, Korean, Arabic, Hebrew,
Persian, Turkish, Hindi, Bengali and Tamil, for `foreign_models.multimodal_only` (as
`foreign_models_south_asia` reads Indonesian, Vietnamese, Thai): a table row, a definition or a
sentence names a variant of the family with what it takes in ("| X-VL-12B | 画像およびテキスト |",
"«مدل چندوجهی»: X-بینا-10B، که تصویر و متن دریافت می‌کند"), and a clause names the variant
taking pictures, video or sound ("X-VL-12B に関する本許諾は与えられません"), or the multimodal
models by that word ("مدل چندوجهی", "多模态模型", "マルチモーダルモデル"): the clause covers the
multimodal models only. A clause naming a text-only variant too is left as it is.

A definition or table row naming a variant and what it takes in states no term. A sentence
saying a clause does not apply to the text model ("این ماده دربارهٔ مدل متنی اعمال
نمی‌شود", "本条はテキストモデルには適用されません") states nothing more: it is read with the clause
before it, which then covers the multimodal models only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_no_other_limits import restricts
from auditor.licenses.text.language import Passage

__all__ = ["multimodal_asia"]

_LANGUAGES = frozenset({"zh", "ja", "ko", "ar", "he", "fa", "tr", "hi", "bn", "ta", None})
# a variant by its name's tail after the family's: hyphenated parts ending in a size ("-VL-12B",
# "-بینا-10B"; Chinese and Japanese glue the name to the words before it)
_NAME = lazy_pattern(r"(?:-[^\W_]+)*-\d+(?:\.\d+)?[BbMm](?![A-Za-z0-9-])")  # "-V-7B는": a particle
# what it takes in: pictures, video or sound
_MEDIA = lazy_pattern(
    r"画像|映像|動画|音声|图像|图片|圖像|圖片|视频|視頻|音频|音頻|이미지|영상|음성|동영상"
    r"|تصویر|ویدیو|ویدئو|صدا|صورة|صور|فيديو|صوت|תמונ|וידאו|קול|\bgörsel\w*|\bgörüntü\w*|\bresim\w*"
    r"|\bvideo\w*|\bses\b|छवि|चित्र|तस्वीर|वीडियो|ছবি|ভিডিও|படம்|படங்க|காணொளி|ஒலி",
    re.IGNORECASE,
)
# text as what a variant takes in
_TEXT = lazy_pattern(
    r"テキスト|文本|文字|텍스트|متن|نص|טקסט|\bmetin\w*|पाठ|टेक्स्ट|টেক্সট|உரை", re.IGNORECASE
)
# the multimodal models named by that word
_MULTIMODAL = lazy_pattern(
    r"多模态|多模態|マルチモーダル|멀티\s*모달|다중\s*모달|چندوجهی|چند\s*وجهی|متعدد(?:ة)?\s+الوسائط"
    r"|מולטימודלי|רב[-\s]?מודלי|\bçok\s*modlu\w*|\bmultimodal\w*|बहुविध|মাল্টিমোডাল|பல்முனை",
    re.IGNORECASE,
)
# the text model, and a clause not applying to it
_TEXT_MODEL = lazy_pattern(
    r"مدل\s+متنی|テキスト(?:専用)?モデル|텍스트\s*(?:전용\s*)?모델|文本模型|纯文本模型|نموذج\s+نصي"
    # the models said to take text only ("テキストのみを扱うモデル", "仅处理文本的模型")
    r"|テキストのみ(?:を(?:扱う|処理する|入力とする)|に対応する)?モデル|(?:仅|只)(?:处理|接受)文本的模型"
    r"|텍스트만\s*(?:처리하는|다루는|입력받는)\s*모델"
    r"|מודל\s+(?:ה)?טקסט|\bmetin\s+model\w*|पाठ\s+मॉडल|টেক্সট\s+মডেল|உரை\s+மாதிரி",
    re.IGNORECASE,
)
_NOT_APPLIED = lazy_pattern(
    r"اعمال\s+نمی|شامل\s+[^.]{0,20}?نمی|適用(?:され|し)(?:ません|ない)|적용되지\s*않|不适用|不適用"
    r"|لا\s+(?:ينطبق|يسري)|אינו\s+חל|אינה\s+חלה|\buygulanmaz|लागू\s+नहीं|প্রযোজ্য\s+নয়|பொருந்தாது",
    re.IGNORECASE,
)
_REACH = 2  # the clause a "not for the text model" sentence lifts stands this close before it


def _variants(passages: Sequence[Passage]) -> tuple[set[str], set[str]]:
    """(names of variants taking pictures, video or sound; names of the others), from each
    passage naming exactly one variant."""
    media: set[str] = set()
    text_only: set[str] = set()
    for passage in passages:
        names = set(_NAME.findall(passage.text))
        if len(names) != 1:
            continue
        (name,) = names
        if _MEDIA.search(passage.text):
            media.add(name)
        elif _TEXT.search(passage.text):  # a clause naming it, no input said: neither
            text_only.add(name)
    return media - text_only, text_only - media


def _names(name: str, text: str) -> bool:
    return name in _NAME.findall(text)


def lifts_text_model(text: str) -> bool:
    """Whether a passage says a clause does not apply to the text model."""
    return _TEXT_MODEL.search(text) is not None and _NOT_APPLIED.search(text) is not None


def multimodal_asia(passages: Sequence[Passage]) -> tuple[set[Passage], set[Passage]]:
    """(passages whose clauses cover multimodal models only, passages that only leave the text
    model out of a clause before them), in the languages above."""
    media, text_only = _variants(passages)
    covered: set[Passage] = set()
    lifting: set[Passage] = set()
    for index, passage in enumerate(passages):
        if passage.language not in _LANGUAGES:
            continue
        text = passage.text
        if lifts_text_model(text) and len(text) < _LIFT_CHARS:
            lifting.add(passage)
            covered.update(passages[max(index - _REACH, 0) : index])
            continue
        if _describes_variant(text, media | text_only):
            lifting.add(passage)  # a variant and what it takes in: no term
            continue
        named = any(_names(name, text) for name in media) or _MULTIMODAL.search(text)
        if named and not any(_names(name, text) for name in text_only):
            covered.add(passage)
    return covered, lifting


_LIFT_CHARS = 120  # a sentence saying only that much


def _describes_variant(text: str, variants: set[str]) -> bool:
    """A short definition or row naming one variant and what it takes in, and no term."""
    names = set(_NAME.findall(text))
    return (
        len(names) == 1
        and names <= variants
        and len(text) < _LIFT_CHARS
        and not restricts(text)
        and _MULTIMODAL.search(text) is None
        and (_MEDIA.search(text) is not None or _TEXT.search(text) is not None)
        and _TAKES.search(text) is not None  # what it takes in: a description, not a clause
    )


_TAKES = lazy_pattern(
    r"دریافت|ورودی|入力|受け付け|입력|받는|받아|接受|输入|輸入|تستقبل|يستقبل|يقبل|تقبل|מקבל|קלט"
    r"|\balır\b|\bgirdi\w*|\bkabul\s+eder|ग्रहण|इनपुट|গ্রহণ|ইনপুট|ஏற்கும்|உள்ளீடு",
    re.IGNORECASE,
)
