"""An Uzbek notice route to commercial use (session 38), for `foreign_routes_world`: before
commercial use the licensee sends the licensor a message or a letter, to an address ("Modelni
tijorat mahsulotida birinchi marta ishlatishdan oldin info@example manziliga qisqa xabar
yuboring", "tijorat maqsadida foydalanishdan oldin bizga xat yuboring"): telling, read as
`registration` like "xabar bering" (`foreign_routes_world`), when the passage names commercial
use and no decision of the licensor (permission, consent, agreement), nor waiting for one,
nor "only" or a ban. Pure.
"""

from __future__ import annotations

import re
from typing import Literal

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["uz_notice_route"]

_FLAGS = re.IGNORECASE
_AP = "['ʻ’`]"
_COMMERCIAL = lazy_pattern(r"\btijorat\w*|\btijoriy\w*", _FLAGS)
# sending a message, a letter or a notice (to an address)
_SEND = lazy_pattern(
    r"\b(?:xabar\w*|xat\w*|bildirishnoma\w*|maktub\w*)\s+(?:\w+\s+)?yubor\w*"
    r"|\S+@\S+\s+manzil\w*\s+(?:\w+\s+){0,3}yubor\w*",
    _FLAGS,
)
_NARROWING = lazy_pattern(
    r"\bruxsat\w*|\brozilik\w*|\bkelishuv\w*|\bshartnoma\w*|\blitsenziya\s+ol\w*|\bkut\w*"
    r"|\bfaqat\b|\btaqiqla\w*|\bmumkin\s+emas\b|\bman\s+etil\w*|\bbundan\s+mustasno\b",
    _FLAGS,
)


def uz_notice_route(text: str) -> Literal["registration"] | None:
    """`registration` where an Uzbek passage asks only for a message before commercial use."""
    if _COMMERCIAL.search(text) is None or _SEND.search(text) is None:
        return None
    return None if _NARROWING.search(text) else "registration"
