"""A sentence that only says "the same applies" to a case it names ("以营利为目的者，亦同",
"営利目的で利用する場合も、同様とします", "영리 목적으로 이용하는 경우에도 같다", "ve ticari
amaçlı kullanımda da aynı hüküm uygulanır", "והוא הדין בשימוש מסחרי"): it extends the sentence
before it to that case, and states nothing alone. When the sentence before grants use (for any
purpose, or commercial use in words: `foreign_grants.any_purpose_grant`, the language's
`allowed` cue), it is read joined to that grant, which then reaches the case too. Beside any
other sentence (a ban extended to commercial use, a condition) it is left as it is, and
reported unread unless a reader reads it.

For `foreign.read_foreign`, beside `foreign_zh_grant_words.with_questions`. Pure: passages in,
passages out (a sentence so joined keeps its own line).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage

__all__ = ["with_likewise"]

# "likewise": the words that extend the sentence before to the case named, ending the sentence
_LIKEWISE = lazy_pattern(
    r"(?:亦同|亦然|亦復如是|亦复如是|亦復如此|亦复如此|同樣適用|同样适用|亦適用之?|亦适用之?|也一樣|也一样"
    r"|同様(?:と|で)?(?:します|する|す|とする|です|である)?|同じ(?:とします|とする|です)?|準用(?:します|する)"
    r"|(?:와|과)?\s*(?:같다|같습니다|같음|마찬가지(?:이다|입니다|다)?|동일(?:하다|합니다|함)|준용(?:한다|합니다))"
    r"|\baynı\s+(?:hüküm|kural)\w*\s+(?:uygulanır|geçerlidir)|\b(?:da|de)\s+aynıdır"
    r"|והוא\s+הדין|והיא\s+הדין|כך\s+גם|וכן\s+הדבר"
    r"|وكذلك\s+الحال|ويسري\s+ذلك\s+(?:أيضا|أيضاً)|والحكم\s+نفسه|همین\s+حکم\s+(?:جاری|برقرار)\s+است"
    r"|यही\s+(?:नियम\s+)?लागू\s+(?:होगा|होता\s+है)|একই\s+নিয়ম\s+প্রযোজ্য|இதுவே\s+பொருந்தும்)"
    r"\s*[。.．!！]?\s*$"
)
# "as follows" ends a sentence the same way ("다음과 같다", "以下のとおり同じ"): no case named
_AS_FOLLOWS = lazy_pattern(r"다음과|아래와|以下|下記|次の|如下|下列|aşağıdaki")
_MAX_CHARS = 80  # a case and "likewise": a short sentence


def with_likewise(passages: Sequence[Passage]) -> list[Passage]:
    """Passages with each "the same applies" sentence read joined to the sentence before it
    (module docstring)."""
    out = list(passages)
    for index in range(1, len(out)):
        before, this = out[index - 1], out[index]
        if len(this.text) > _MAX_CHARS or _LIKEWISE.search(this.text) is None:
            continue
        if _AS_FOLLOWS.search(this.text) is not None:
            continue
        if before.heading or this.line - before.line > 2 or before.language != this.language:
            continue
        if not _grants(before):
            continue
        joiner = "" if this.language in ("zh", "ja") else " "
        out[index] = replace(this, text=f"{before.text}{joiner}{this.text}")
    return out


def _grants(passage: Passage) -> bool:
    # imported late: the grant readers import the Chinese words, which import this
    from auditor.licenses.terms.foreign import CUES
    from auditor.licenses.terms.foreign_grants import any_purpose_grant
    from auditor.licenses.terms.foreign_zh import fold

    text = fold(passage.text) if passage.language == "zh" else passage.text
    cues = CUES.get(passage.language or "")
    allowed = cues is not None and cues.allowed is not None and cues.allowed.search(text)
    return any_purpose_grant(text) is not None or bool(allowed)
