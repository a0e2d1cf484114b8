"""A cap's consequence in its own Japanese or Korean sentence (session 25), for
`foreign_ja_ko_routes`: the cap is stated in one passage ("「売上基準額」とは、1億5,000万円を
いう", "기준: 일일 활성 사용자 30만 명") and another, naming no number, says what happens past it:
the grant of commercial use does not apply ("売上高が売上基準額を超えるライセンシーについては、
…商用目的での利用に係る部分は適用しない", "기준 매출액 이상인 법인에 대하여는 … 상업적 이용 허락이
적용되지 아니한다"), or a further licence or the licensor's approval is needed ("위 기준을 넘는
제품은 당사의 서면 승인을 받은 뒤에만 … 계속 사용할 수 있습니다").

Such a sentence names the threshold or the measure (基準, 上限, 売上, 利用者数; 기준, 한도, 매출,
이용자 수), a word of passing it (超える, 以上, 上回る; 넘는, 초과, 이상) and the consequence; it is
read as the cap's condition, a further licence above the threshold
(`separate-license-above-threshold`), only where another passage of the text states a cap by
its number; so is a passage naming the class of licensee a cap defines ("「大規模事業者」とは、
…売上高が50億円以上の事業者をいう" then "大規模事業者は、第1条の許諾を受けることができない")
with the grant withheld or a further licence needed. An amount defined by name with no measure
('"기준 금액"이란 300억 원을 말한다') and a passage saying revenue past it loses the grant ("연
매출이 기준 금액을 넘는 회사는 상업적 이용 허락을 받을 수 없다") state a revenue cap of that
amount together. Without a cap it stays unread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import revenue_cap, user_cap
from auditor.licenses.terms.foreign_cues import JA, KO, Cues
from auditor.licenses.terms.foreign_daily_caps import read_daily_caps
from auditor.licenses.terms.foreign_ja_ko_forms import plain_ko
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["cap_consequences"]

_CUES: dict[str, Cues] = {"ja": JA, "ko": KO}
_CONSEQUENCE = {
    "ja": lazy_pattern(
        # the threshold or the measure
        r"(?:基準|上限|閾値|しきい値|限度|売上|収益|ユーザー数|利用者数|ユーザー)[^。]{0,20}?"
        # passed
        r"(?:超え|超過|上回|以上)[^。]{0,60}?"
        # the grant withdrawn, or a further licence or approval needed
        r"(?:適用(?:し|され)(?:ない|ません)|(?:許諾|ライセンス)[^。]{0,10}?(?:失|終了|及ば)"
        r"|(?:承認|承諾|許諾|許可|契約|ライセンス)[^。]{0,20}?(?:必要|得|受け|締結|要し))"
    ),
    "ko": lazy_pattern(
        r"(?:기준|상한|한도|매출|수익|이용자\s*수|사용자\s*수)[^.。]{0,20}?"
        r"(?:넘는|넘은|넘으면|넘을|초과|이상)[^.。]{0,60}?"
        r"(?:적용(?:되|하)지\s*않|효력을\s*잃|(?:허락|라이선스)[^.。]{0,10}?(?:소멸|종료)"
        r"|(?:허락|라이선스|권리)[^.。]{0,12}?(?:받을\s*수\s*없|갖지\s*않)"
        r"|(?:승인|허락|허가|동의|계약|라이선스|라이센스)[^.。]{0,20}?"
        r"(?:필요|받아야|받은|받으|체결|얻어|맺어))"
    ),
}
_ABOVE = "separate-license-above-threshold"
# a class a cap defines: 「大規模事業者」とは…, "대규모 사업자"란…
_DEFINED = lazy_pattern(r"[「『\"“]([^」』\"”]{2,20})[」』\"”]\s*(?:とは|(?:이)?란)")
# what follows for that class: the grant withheld, or a further licence or approval needed
_FOLLOWS = {
    "ja": lazy_pattern(
        r"適用(?:し|され)(?:ない|ません)|(?:許諾|ライセンス|権利)[^。]{0,12}?(?:受け|得|有し|及ば|失)"
        r"[^。]{0,10}?(?:ない|ません|できない|できません)|(?:承認|承諾|許諾|許可|契約|ライセンス)"
        r"[^。]{0,20}?(?:必要|得|受け|締結|要し)"
    ),
    "ko": lazy_pattern(
        r"적용(?:되|하)지\s*않|(?:허락|라이선스|권리)[^.。]{0,12}?(?:받을\s*수\s*없|갖지\s*않|없)"
        r"|(?:승인|허락|허가|동의|계약|라이선스|라이센스)[^.。]{0,20}?(?:필요|받아야|받은|받으|체결|얻어|맺어)"
    ),
}


def _states_cap(language: str, text: str) -> bool:
    cues = _CUES[language]
    if cues.mau is not None and user_cap(text, cues.mau) is not None:
        return True
    if cues.revenue is not None and revenue_cap(text, cues.revenue, cues.annual) is not None:
        return True
    return bool(read_daily_caps(language, text))


def cap_consequences(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Japanese and Korean passages saying what happens past a cap another passage
    states, each with the cap's condition (none without such a cap)."""
    capped: set[str] = set()
    names: set[str] = set()  # the classes the caps define ("大規模事業者", "대규모 사업자")
    amounts: dict[str, dict[str, object]] = {}  # amounts defined by name ("기준 금액")
    candidates: list[tuple[Passage, str]] = []
    for passage in passages:
        language = passage.language
        if language not in _CONSEQUENCE:
            continue
        text = plain_ko(passage.text) if language == "ko" else passage.text
        if _states_cap(language, text):
            capped.add(language)
            names.update(m.group(1) for m in _DEFINED.finditer(text))
        else:
            amounts |= _defined_amounts(text)
            candidates.append((passage, text))
    found: dict[Passage, list[Clause]] = {}
    for passage, text in candidates:
        language = str(passage.language)
        if language in capped and _consequence(language, text, names):
            found[passage] = [Clause("commercial_use_conditions", [_ABOVE])]
        elif (amount := _amount_passed(language, text, amounts)) is not None:
            found[passage] = [
                Clause("revenue_threshold", amount),
                Clause("commercial_use", "restricted"),
                Clause("commercial_use_conditions", [_ABOVE]),
            ]
    return found


def _defined_amounts(text: str) -> dict[str, dict[str, object]]:
    """The amounts of money a passage defines by name ('"기준 금액"이란 300억 원을 말한다')."""
    found: dict[str, dict[str, object]] = {}
    for match in _DEFINED.finditer(text):
        name = match.group(1)
        amount = revenue_cap(text[match.start() :], lazy_pattern(re.escape(name)), None)
        if amount is not None:
            found[name] = amount
    return found


def _amount_passed(
    language: str, text: str, amounts: dict[str, dict[str, object]]
) -> dict[str, object] | None:
    """The amount a passage's revenue must not pass, named by its definition elsewhere
    ("연 매출이 기준 금액을 넘는 회사는 … 허락을 받을 수 없다"), with what follows past it."""
    revenue = _CUES[language].revenue
    named = [name for name in amounts if name in text]
    if not named or revenue is None or revenue.search(text) is None:
        return None
    return dict(amounts[named[0]]) if _CONSEQUENCE[language].search(text) else None


def _consequence(language: str, text: str, names: set[str]) -> bool:
    """The threshold passed and what follows, or a class a cap defines and what follows."""
    if _CONSEQUENCE[language].search(text):
        return True
    named = any(name in text for name in names)
    return named and _FOLLOWS[language].search(text) is not None
