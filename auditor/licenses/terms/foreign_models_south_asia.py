"""Clauses covering a licence's multimodal models named by their variant, in Indonesian, Malay,
Vietnamese, Thai and Hindi, for `foreign_models.multimodal_only`: a passage names the family's
variants with what each takes in ("Melati-Teks, yang hanya menerima masukan berupa teks, dan
Melati-Visi, yang menerima gambar maupun teks"; "X-Vision, mô hình nhận cả hình ảnh"), and a
territorial clause names the one taking pictures, video or sound ("sejauh menyangkut
Melati-Visi, ... tidak diberikan kepada ..."): the clause covers the multimodal models only. A
clause naming a text-only variant too, or none, is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage

__all__ = ["named_multimodal"]

# a variant's name (Latin letters, a hyphen inside), then "which" and what it takes in
_VARIANT = lazy_pattern(
    r"(?P<name>\b[A-Z][\w]*(?:-[\w]+)+)\s*[,:(]?\s*(?:yang|iaitu|mà|là|ซึ่ง|ที่|जो)\s+"
    r"(?P<what>[^,;.)]{0,80})",
    re.IGNORECASE,
)
_MEDIA = lazy_pattern(
    r"\b(?:gambar|citra|imej|video|audio|suara|bunyi|hình\s+ảnh|ảnh|âm\s+thanh)\b"
    r"|ภาพ|รูป|วิดีโอ|เสียง|छवि|चित्र|तस्वीर|वीडियो|ऑडियो",
    re.IGNORECASE,
)
_LANGUAGES = frozenset({"id", "ms", "vi", "th", "hi", None})


def named_multimodal(passages: Sequence[Passage]) -> set[Passage]:
    """The passages naming a variant that takes pictures, video or sound in, and no variant
    that takes text alone (their clauses cover the multimodal models only)."""
    media: set[str] = set()
    text_only: set[str] = set()
    for passage in passages:
        for match in _VARIANT.finditer(passage.text):
            (media if _MEDIA.search(match.group("what")) else text_only).add(match.group("name"))
    if not media:
        return set()
    return {
        passage
        for passage in passages
        if passage.language in _LANGUAGES
        and any(_names(name, passage.text) for name in media)
        and not any(_names(name, passage.text) for name in text_only)
    }


def _names(name: str, text: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None
