"""Routes to commercial use in Japanese and Korean licenses, for `terms.foreign`: how a licence
lets a business in, on a notice the licensee files or on the licensor's permission (as
`foreign_zh_routes` reads Chinese ones; clause rules in ja.yaml and ko.yaml).

A notice is the licensee's own act: a duty to file a notice with, register with or tell the
licensor before or for commercial use ("商用利用を開始するときは、あらかじめ当社に届け出るもの
とする", "상업적으로 이용하려면 사전에 당사에 신고하여야 합니다"), or commercial use open once it
is filed ("届出を送信した時点から商用利用を開始できます"), with no decision of the licensor in the
passage, or one it says is unneeded ("当社の審査又は承認を要しない", "승인이 필요하지 않습니다");
the licensor named by its role ("許諾者のウェブサイトから登録してください") decides nothing.
Its condition is a registration: commercial use allowed, the duty listed.

A permission route asks for the licensor's consent, permission or approval ("営利目的での利用を
ご希望の場合は、…当社の承諾を得てください"): beside a grant for non-commercial ends in another
passage, the licence grants commercial use on that permission (restricted), as one passage
holding both is read; a route to a separate licence agreement is no route of this licence (the
non-commercial grant stays a ban). A sentence that the licensor may refuse or decides at its
discretion ("申請をお断りすることもございます", "승인 여부는 당사가 재량으로 결정합니다") is read
with the permission it qualifies, and stays unread where the text asks for no permission.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.foreign_cues import JA, KO
from auditor.licenses.terms.foreign_ja_ko_caps import cap_consequences
from auditor.licenses.terms.foreign_ja_ko_forms import plain_ko
from auditor.licenses.terms.foreign_ja_ko_notices import (
    is_notice_more,
    may_decline,
    qualifies_notice,
)
from auditor.licenses.terms.foreign_ja_ko_qa import questions_answered
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["is_notice_route", "ja_ko_routes", "without_unneeded"]

_LANGUAGES = ("ja", "ko")
_SEPARATE = {
    "ja": lazy_pattern(r"(?:ライセンス|利用|使用|許諾|商用)?契約|有償|有料"),
    "ko": lazy_pattern(r"계약|유료|유상"),
}

# a party named by its role ("許諾者": the licensor, "被許諾者": the licensee), no decision of it
_PARTY = lazy_pattern(r"(?:被)?許諾者")


def _rule(language: str, name: str) -> str:
    return f"commercial_use_conditions/{language}-{name}"


def without_unneeded(language: str | None, text: str) -> str:
    """The passage with each decision of the licensor it says is unneeded blanked."""
    if language not in _LANGUAGES:
        return text
    text = plain_ko(text) if language == "ko" else text
    pattern = clause_pattern(_rule(language, "decision-not-needed"))
    return pattern.sub(lambda m: "_" * len(m.group()), text)


def is_notice_route(language: str | None, text: str) -> bool:
    """Commercial use on a notice, a registration or a report the licensee files, the
    passage naming no decision of the licensor it does not say is unneeded."""
    if language not in _LANGUAGES:
        return False
    text = plain_ko(text) if language == "ko" else text
    if not is_notice_more(language, text) and not any(
        clause_pattern(_rule(language, name)).search(text) is not None
        for name in ("register-before-use", "registered")
    ):
        return False
    asked = _PARTY.sub(lambda m: "_" * len(m.group()), without_unneeded(language, text))
    return clause_pattern(_rule(language, "licensor-decides")).search(asked) is None


def _only_unneeded(language: str, text: str) -> bool:
    """A sentence saying only that no decision of the licensor is needed ("회사의 허락을 받을
    필요는 없습니다", "承諾は不要です"): its decisions all blanked as unneeded."""
    decides = clause_pattern(_rule(language, "licensor-decides"))
    return (
        decides.search(text) is not None
        and decides.search(without_unneeded(language, text)) is None
    )


def _permission_route(language: str, text: str) -> bool:
    """Commercial use on the licensor's permission, not on another licence agreement."""
    restricted = (JA if language == "ja" else KO).restricted
    asked = without_unneeded(language, text)
    if restricted is None or restricted.search(asked) is None:
        return False
    return _SEPARATE[language].search(asked) is None


def ja_ko_routes(passages: Sequence[Passage]) -> tuple[bool, dict[Passage, list[Clause]]]:
    """Whether a Japanese or Korean passage of one text opens commercial use under this
    licence (on a notice or the licensor's permission), and the passages saying the licensor
    may refuse the permission such a route asks for, each with that condition."""
    routed = permission = notice = False
    refusals: list[Passage] = []
    qualifying: list[Passage] = []  # a notice said no decision, or never refused
    for passage in passages:
        language = passage.language
        if language not in _LANGUAGES:
            continue
        if is_notice_route(language, passage.text):
            routed = notice = True
        elif _permission_route(language, passage.text):
            routed = permission = True
        elif clause_pattern(_rule(language, "licensor-may-refuse")).search(
            passage.text
        ) or may_decline(language, passage.text):
            refusals.append(passage)
        elif qualifies_notice(language, plain_ko(passage.text)) or _only_unneeded(
            language, passage.text
        ):
            qualifying.append(passage)
    found = cap_consequences(passages)  # a cap's consequence said apart (`foreign_ja_ko_caps`)
    found |= questions_answered(passages)  # Q and A on commercial use (`foreign_ja_ko_qa`)
    if permission:
        condition = [Clause("commercial_use_conditions", ["written-permission"])]
        found |= {p: list(condition) for p in refusals}
    if notice and not permission:
        found |= {p: [Clause("commercial_use_conditions", ["registration"])] for p in qualifying}
    return routed, found
