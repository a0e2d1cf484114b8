"""Japanese terms written as questions and answers (session 39), for `foreign_passages_s39wa`:
the sentences around the answers `foreign_ja_ko_qa` and the cues read.

- A question ("…使ってもよいですか。", "準拠法はどこですか。") states no term: its answer does.
- A bare yes ("A. 可能です。") to a question about modifying, publishing or passing on the model,
  no commercial word in either: allowed, no term to record (a yes to a question about commercial
  use is `foreign_ja_ko_qa`'s).
- The answers' standing ("各回答は規約の一部として拘束力を持ちます"): no term.
- Commercial use once registered, no further permission asked ("登録後は、追加の許諾を得ること
  なく商用利用いただけます"): allowed, on registration.
- The terms attached when the model is passed on ("その際は本規約を添付してください"):
  `attribution_required`.
- The law named in an answer ("A. 日本法です。"): `governing_law`.

A sentence with a negation, "only" or a condition in it is none of these, except where the shape
names them itself.

Pure.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_ja_faq"]

_ANSWER = r"^\W{0,3}(?:A|答|回答)\s*\d*\s*[.:：)]?\s*"
_QUESTION = lazy_pattern(
    r"(?:ですか|ますか|でしょうか|ませんか|のですか|のか|ありますか)\s*[。?？]?\s*$"
)
_BARE_YES = lazy_pattern(_ANSWER + r"(?:はい|可能です|できます|問題ありません)[。、]?\s*$")
_ABOUT_WORKS = lazy_pattern(r"改変|改造|公開|再配布|配布|共有|派生")
_COMMERCIAL = lazy_pattern(r"商用|商業|営利|有料|販売|収益|自社|業務|事業|会社|企業")
_STANDING = lazy_pattern(
    r"^(?:各|すべての|全ての|本)?(?:回答|Q&A|FAQ)[^。]{0,15}?(?:規約|契約|ライセンス)の一部"
    r"[^。]{0,15}?(?:拘束力|効力)を(?:持ち|有し)(?:ます|する)[。]?$"
)
_REGISTERED = lazy_pattern(
    r"(?:登録|届出|届け出|通知)(?:の)?後(?:は|に)?[、,]?[^。]{0,20}?"
    r"(?:追加の|別途の?|個別の|さらなる)?(?:許諾|許可|承諾|同意)(?:を得ることなく|なしで|なしに|は不要で)"
    r"[^。]{0,10}?(?:商用|商業|営利)(?:目的での)?(?:利用|使用|目的)?[^。]{0,6}?"
    r"(?:いただけます|できます|可能です|することができます)"
)
_REGISTERED_NARROWING = lazy_pattern(
    r"ただし|但し|のみ|限り|除き|除く|審査|承認を|ません|ない(?!く)"
)
_ATTACH = lazy_pattern(
    r"(?:本規約|本ライセンス|このライセンス|本契約|この規約)(?:の(?:全文|写し|コピー))?を?"
    r"(?:添付|同梱|付属|付して|同封)(?:して)?(?:ください|下さい|すること|しなければなりません)"
)
_LAWS = {"日本": "JP", "韓国": "KR", "中国": "CN", "米国": "US", "英国": "GB", "シンガポール": "SG"}
_LAW = lazy_pattern(_ANSWER + r"(?P<place>" + "|".join(_LAWS) + r")(?:の)?法(?:律)?です[。]?\s*$")
_NARROWING = lazy_pattern(r"ない|ません|禁止|のみ|限り|限ります|場合|ただし|但し|除き|除く")


def read_ja_faq(text: str, before: Passage | None) -> list[Clause] | None:
    """The clauses of a Japanese Q&A sentence of the shapes above, None if it is none."""
    if _REGISTERED.search(text) is not None and _REGISTERED_NARROWING.search(text) is None:
        conditions = Clause("commercial_use_conditions", ["registration"])
        return [Clause("commercial_use", "allowed"), conditions]
    if _ATTACH.search(text) is not None and _NARROWING.search(text) is None:
        return [Clause("attribution_required", True)]
    law = _LAW.search(text.strip())
    if law is not None:
        return [Clause("governing_law", _LAWS[law.group("place")])]
    if _STANDING.search(text.strip()) is not None:
        return []
    if _QUESTION.search(text) is not None and not text.lstrip().startswith(("A", "答")):
        return []
    if before is not None and _BARE_YES.search(text.strip()) is not None:
        asked = before.text
        if _QUESTION.search(asked) and _ABOUT_WORKS.search(asked) and not _COMMERCIAL.search(asked):
            return []
    return None
