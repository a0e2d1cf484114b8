"""Grants in Thai and Tamil the other readers miss (session 37), for `foreign_grants_minor` and
`foreign_grants_world`:

- Thai: a grant naming commercial use, free of charge ("โดยไม่เสียค่าธรรมเนียม": without paying a
  fee, a negation that denies no use) and subject to the conditions of the table or annex that
  follows ("ภายใต้เงื่อนไขในตารางต่อไปนี้"): the table's rows are passages read on their own (a
  cap there is read as a cap, and a row no reader reads is reported), so the grant is read with
  those two phrases taken off, by the lexical reader (`foreign_lexical_grants`), which refuses
  any other negation, condition, fee or "only";
- Tamil: use granted for teaching, learning or education only ("கற்பித்தல் மற்றும் கற்றல்
  நோக்கங்களுக்காக மட்டுமே ... பயன்படுத்தலாம்": Tamil writes "only" after its purpose): a
  non-commercial grant. A passage naming commerce, or with a negation, is left to the cues.

Pure.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_lexical_grants import grants_commercial_use

__all__ = ["grants_commercial_s37w2", "grants_noncommercial_s37w2"]

_TH_FREE = lazy_pattern(
    r"(?:โดย)?ไม่(?:ต้อง)?(?:เสีย|มี|คิด|ชำระ|จ่าย)\s*ค่า(?:ธรรมเนียม|ใช้จ่าย|ตอบแทน|สิทธิ|ลิขสิทธิ์)"
    r"(?:\s*(?:ใดๆ|ใด\s*ๆ))?|(?:โดย|อย่าง)?ฟรี|โดยไม่คิดมูลค่า"
)
_TH_TABLE = lazy_pattern(
    r"\s*(?:ทั้งนี้\s*)?(?:ภายใต้|ตาม)เงื่อนไข(?:ที่กำหนด)?(?:ใน|ตาม)\s*(?:ตาราง|ภาคผนวก|เอกสารแนบ)"
    r"\s*(?:ต่อไปนี้|ด้านล่าง|ข้างล่าง|ข้างท้าย|ท้าย(?:นี้|ใบอนุญาต(?:นี้)?))?\W*$"
)
_TH_COMMERCE = lazy_pattern(r"เชิงพาณิชย์|เพื่อการค้า|ทางการค้า")
# the clause's number, after the licence's title where a layout glued it on ("ใบอนุญาต... ข้อ 1")
_TH_CLAUSE_NUMBER = lazy_pattern(
    r"^(?:\S{0,30}ใบอนุญาต\S{0,30}\s+)?\W*(?:ข้อ|มาตรา)\s*[\d๐-๙]{1,3}(?:\.[\d๐-๙]{1,3})*\s*[.:)]?\s*"
)


def grants_commercial_s37w2(text: str) -> bool:
    """Whether a Thai passage grants commercial use, free of charge and subject to the table
    that follows (module docstring)."""
    if _TH_COMMERCE.search(text) is None or _TH_TABLE.search(text) is None:
        return False
    rest = _TH_FREE.sub(" ", _TH_TABLE.sub("", _TH_CLAUSE_NUMBER.sub("", text)))
    return grants_commercial_use(rest)


_TA_ONLY_EDUCATION = lazy_pattern(
    r"(?:கற்பித்தல்|கற்றல்|கல்வி|பயிற்றுவி)[^.;]{0,60}?(?:மட்டுமே|மட்டும்)"
    r"[^.;]{0,40}?பயன்படுத்த(?:லாம்|\s+அனுமதி|\s+உரிமை)"
)
_TA_NOT_PLAIN = lazy_pattern(r"வணிக|வியாபார|கூடாது|முடியாது|இல்லை|தவிர|அனுமதியுடன்|ஒப்புதல்|வேண்டும்")


def grants_noncommercial_s37w2(text: str) -> bool:
    """Whether a Tamil passage grants use for teaching, learning or education only."""
    return _TA_ONLY_EDUCATION.search(text) is not None and _TA_NOT_PLAIN.search(text) is None
