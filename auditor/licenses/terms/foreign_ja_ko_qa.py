"""A question and its answer about commercial use in Japanese and Korean (session 25), for
`foreign_ja_ko_routes`: "Q. 商用利用はできますか？" then "A. はい、できます。", "Q: 회사 업무에 써도
되나요?" then "A: 네, …쓰실 수 있습니다." The question states nothing (its "できます" is asked,
not granted) and the answer's first word says what the licence allows: yes (はい, 可能です, 네,
예, 가능합니다) allows commercial use, no (いいえ, できません, 不可, 아니요, 불가) bans it. A
question about something else, or an answer that says neither, is left to the cues (and
reported when unread). An answer saying more than yes or no (a limit, a condition, a
commercial word) is read by the cues as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import JA, KO
from auditor.licenses.terms.foreign_qa_s37w import armenian_questions
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["questions_answered"]

# a question about commercial or business use
_ASKED = {
    "ja": lazy_pattern(
        r"(?:商用|商業|営利|業務|事業|会社|企業|法人|ビジネス|収益|販売)[^。]*?(?:か|ですか|ますか)\s*[?？]?\s*$"
    ),
    "ko": lazy_pattern(
        r"(?:상업|영리|업무|사업|회사|기업|법인|비즈니스|수익|판매)[^.。]*?"
        r"(?:나요|까요|습니까|ㄹ까요|되나요|있나요|가요)\s*\??\s*$"
    ),
}
_QUESTION_MARK = lazy_pattern(r"^\W{0,3}(?:Q|問|질문)\s*\d*\s*[.:：)]?\s*")
_ANSWER_MARK = lazy_pattern(r"^\W{0,3}(?:A|答|답변?)\s*\d*\s*[.:：)]?\s*")
_YES = {
    "ja": lazy_pattern(r"^(?:はい|ええ|可能です|可能|できます|OK|問題(?:ありません|ございません))"),
    "ko": lazy_pattern(r"^(?:네|예|가능합니다|가능|됩니다|그렇습니다|물론)"),
}
_NO = {
    "ja": lazy_pattern(r"^(?:いいえ|できません|不可|禁止|お断り|ご遠慮)"),
    "ko": lazy_pattern(r"^(?:아니요|아니오|아닙니다|불가|안\s*됩니다|금지)"),
}

_RESTRICTIVE = {"ja": JA.restrictive, "ko": KO.restrictive}
_ECHO = lazy_pattern(
    r"はい|いいえ|ええ|可能です|できます|できません|不可です|不可|네|예|아니요|아니오|가능합니다"
    r"|됩니다|안\s*됩니다|불가합니다|불가능합니다|불가"
)


def questions_answered(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """Each question about commercial use answered yes or no right after it, and its answer,
    with the commercial use the answer gives."""
    found: dict[Passage, list[Clause]] = {}
    for question, answer in pairwise(passages):
        language = question.language
        asked = _ASKED.get(language or "")
        if asked is None or answer.language != language:
            continue
        text = _QUESTION_MARK.sub("", question.text)
        if asked.search(text) is None or not (_QUESTION_MARK.match(question.text) or "?" in text):
            continue
        reply = _ANSWER_MARK.sub("", answer.text)
        value = (
            "allowed"
            if _YES[str(language)].search(reply)
            else "prohibited"
            if _NO[str(language)].search(reply)
            else None
        )
        if value is None:
            continue
        found[question] = [Clause("commercial_use", value)]
        rest = _ECHO.sub(" ", reply)  # the yes or no and its verb echoed ("いいえ、できません")
        if _RESTRICTIVE[str(language)].search(rest) is None:  # a bare yes or no: read here
            found[answer] = [Clause("commercial_use", value)]
    return found | armenian_questions(passages)  # Armenian (`foreign_qa_s37w`)
