"""The court a Japanese or Korean licence names for its disputes (session 25), for
`foreign_ja_ko_he.read_ja_ko_he`: "本ライセンスに関する紛争は、東京地方裁判所を第一審の専属的
合意管轄裁判所とします", "이 계약에 관한 분쟁은 서울중앙지방법원을 제1심 관할법원으로 한다" is the
`venue`, the court as written. A court named without a dispute, a suit or jurisdiction beside
it, or a court not named by its place ("管轄裁判所", "관할 법원"), is none.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_venue"]

_COURT = {
    # a place and its court, no particle inside: 東京地方裁判所, 大阪高等裁判所, 最高裁判所
    "ja": lazy_pattern(
        r"(?P<venue>[^\s、。,「」()はをがにでとのも]{1,10}?(?:地方|簡易|高等|家庭)?裁判所)"
    ),
    "ko": lazy_pattern(r"(?P<venue>[가-힣]{2,10}?(?:지방|고등|가정)?법원)"),
}
_DISPUTE = {
    "ja": lazy_pattern(r"紛争|訴訟|管轄|裁判"),
    "ko": lazy_pattern(r"분쟁|소송|관할|재판"),
}
_UNNAMED = lazy_pattern(r"^(?:管轄|合意管轄|専属的?合意?管轄|所轄|関係|관할|해당|소재지|관련|전속)")


def read_venue(language: str, text: str) -> list[Clause]:
    """The court one passage names for its disputes (none: [])."""
    court, dispute = _COURT.get(language), _DISPUTE.get(language)
    if court is None or dispute is None or dispute.search(text) is None:
        return []
    for match in court.finditer(text):
        name = match.group("venue")
        if _UNNAMED.search(name) is None and name not in ("裁判所", "법원"):
            return [Clause("venue", name)]
    return []
