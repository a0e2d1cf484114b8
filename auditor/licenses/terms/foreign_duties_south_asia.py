"""A duty to pass this licence on with every copy, in Indonesian, Malay, Vietnamese, Thai and
Hindi, for `foreign_ja.clause_reader`: "Sertakan ketentuan ini pada setiap salinan model yang
Anda sebarkan", "Setiap salinan wajib disertai lisensi ini", "Khi phân phối, bạn phải kèm theo
bản giấy phép này", "ต้องแนบสัญญาอนุญาตนี้ไปกับทุกสำเนา", "हर प्रति के साथ इस लाइसेंस का पाठ देना होगा".
It is `attribution_required`, as the English rules read "include a copy of this licence" and
the other languages' readers read it (`foreign_duties`): a verb of attaching or including, this
licence or these terms, and a copy or a distribution, in one clause; the imperative binds as
an obligation word does. A negation ("tidak perlu menyertakan", "không cần kèm theo") binds
no one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_copies"]

_FLAGS = re.IGNORECASE
# (attaching or including, this licence, a copy or distributing, a negation)
_WORDS: dict[str, tuple[str, str, str, str]] = {
    "id": (
        r"\b(?:sertakan|sertakanlah|lampirkan|menyertakan|melampirkan|disertakan|disertai"
        r"|dilampirkan|sertai|mencantumkan|cantumkan)\b",
        r"\b(?:ketentuan|lisensi|lesen|syarat|perjanjian|terma)(?:\s+\w+){0,2}\s+ini\b",
        r"\b(?:salinan|distribusi|mendistribusikan|sebarkan|menyebarkan|edarkan|mengedarkan"
        r"|naskah)\b",
        r"\b(?:tidak|tak|bukan)\s+(?:perlu|wajib|harus|usah)\b",
    ),
    "vi": (
        r"\b(?:kèm\s+theo|đính\s+kèm|bao\s+gồm|gửi\s+kèm|giữ\s+nguyên)\b",
        r"\b(?:giấy\s+phép|điều\s+khoản|bản\s+giấy\s+phép)(?:\s+\w+){0,2}\s+này\b",
        r"\b(?:bản\s+sao|phân\s+phối|chia\s+sẻ|phát\s+hành)\b",
        r"\bkhông\s+(?:cần|phải|bắt\s+buộc)\b",
    ),
    "th": (
        r"แนบ|รวม(?:ไว้)?|ใส่",
        r"(?:สัญญาอนุญาต|ข้อกำหนด|ใบอนุญาต|เงื่อนไข|ข้อตกลง)(?:ฉบับ)?นี้",
        r"สำเนา|แจกจ่าย|เผยแพร่",
        r"ไม่(?:ต้อง|จำเป็น)",
    ),
    "hi": (
        r"साथ\s+(?:दे|दें|देना|रख|भेज|संलग्न)|संलग्न|शामिल\s+कर",
        r"(?:इस|इन)\s+(?:लाइसेंस|शर्तों|अनुज्ञप्ति)",
        r"प्रति|प्रतिलिपि|वितरण|बाँट|बांट",
        r"(?:आवश्यक|ज़?रूरी)\s+नहीं",
    ),
}
_WORDS["ms"] = _WORDS["id"]
_CLAUSE_END = lazy_pattern(r"[.;!?।]")


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)


def read_copies(language: str | None, text: str) -> list[Clause]:
    """`attribution_required` when a clause binds the licensee to pass this licence on with
    copies (module docstring); else nothing."""
    words = _WORDS.get(language or "")
    if words is None:
        return []
    attach, licence, copies, negation = (_p(w) for w in words)
    for clause in _CLAUSE_END.split(text):
        found = attach.search(clause) and licence.search(clause) and copies.search(clause)
        if found and not negation.search(clause):
            return [Clause("attribution_required", True)]
    return []
