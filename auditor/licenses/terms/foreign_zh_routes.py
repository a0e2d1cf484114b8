"""Routes to commercial use in Chinese licenses, for `terms.foreign`: how a licence that is
free for non-commercial use lets a business in.

Chinese labs often write the two kinds of use in two articles: "第一条 高校、科研机构及个人出于
学术研究或其他非商业目的，可免费使用本模型" and then "第二条 商业使用：须事先填写申请表……经许可方
审核同意并出具书面授权书后方可使用" (an application the licensor reviews and may refuse: its
written permission), or "第二条 如需商用，应在首次商业使用前向 x@y 发送电子邮件完成登记；登记仅作
备案" (a registration that is only a record). Read alone, the first article names only
non-commercial ends (a ban, as in one passage "仅限非商业用途"); with such a route in the same
text the licence grants commercial use on that route, as one passage holding both is read
(`foreign._Reading._commercial`: a ban beside a permission it needs is the permission). A route
to another licence ("另行签订商业许可协议", "商业授权请联系我们") is no route of this one: the
non-commercial grant stays a ban, as in English.

A registration is the licensee's own act (`is_registered_use`): a duty to register or tell the
licensor before commercial use, with no decision of the licensor in the passage. A sentence that
the licensor may refuse ("许可方有权不予同意，且无需说明理由"), or a step of its permission in a
sentence of its own (the application sent to it, "请将申请发送至 x@y"; the approval given by its
letter, "批准以我们签发的授权函为准"), qualifies the permission such a route asks for: read with
it, and unread where the text asks for no permission. Likewise a sentence saying what a
registration is ("此通知纯粹供本公司存档：本公司不会审批，用户毋须等候回复", "登记不收任何费用")
qualifies a registration route, and stays unread where the text opens none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.foreign_cues import ZH
from auditor.licenses.terms.foreign_zh import Clause, fold, is_registration, own_clauses
from auditor.licenses.terms.foreign_zh_permission_words import (
    approval_named,
    may_refuse,
    needs_permission,
    only_a_record,
    registers_before_use,
)
from auditor.licenses.text.language import Passage

__all__ = ["commercial_routes", "is_registered_use"]

_REGISTER_BEFORE = "commercial_use_conditions/zh-register-before-use"
_DECIDES = "commercial_use_conditions/zh-licensor-decides"
_MAY_REFUSE = "commercial_use_conditions/zh-licensor-may-refuse"
_STEP = "commercial_use_conditions/zh-permission-step"
_NOTICE_ONLY = "commercial_use_conditions/zh-registration-only"
_WRITTEN = "commercial_use_conditions/zh-written-permission"
_SEPARATE = "commercial_use_conditions/zh-separate-license"
_NOT_NEEDED = ("无需", "无须", "毋需", "免于", "不")  # "不需", "不对……进行审核", "不必"
_NEAR = 8  # a negation this close before a decision word says it is not needed


def is_registered_use(folded: str) -> bool:
    """Commercial use after the licensee registers, files or tells the licensor (by e-mail, a
    form): free commercial use after registering (`foreign_zh.is_registration`), or a duty to
    register before commercial use in a passage naming no decision of the licensor that it
    does not say is unneeded."""
    if is_registration(folded):
        return True
    if clause_pattern(_REGISTER_BEFORE).search(folded) is None and not registers_before_use(
        folded
    ):  # the words of `foreign_zh_permission_words` too ("为营利目的使用者，应于使用前填具登记表")
        return False
    return not any(
        not any(n in folded[max(m.start() - _NEAR, 0) : m.start()] for n in _NOT_NEEDED)
        for m in clause_pattern(_DECIDES).finditer(folded)
    )


def _permission_route(folded: str) -> bool:
    """Commercial use on the licensor's permission (written, prior, consent, approval), not on
    another licence."""
    if not _hit(ZH.restricted, folded) and not needs_permission(folded):
        return False
    written = _has(_WRITTEN, folded) or approval_named(folded)  # "经核准后方可使用"
    return written and not _has(_SEPARATE, folded)


def commercial_routes(passages: Sequence[Passage]) -> tuple[bool, dict[Passage, list[Clause]]]:
    """Whether a Chinese passage of one text opens commercial use under this licence (on the
    licensor's permission or a registration), and the passages saying the licensor may refuse
    the permission such a route asks for, each with that condition."""
    registered = permission = False
    refusals: list[Passage] = []
    notices: list[Passage] = []
    question = ""  # the question a passage answers, in a licence written as questions
    for passage in passages:
        if passage.language != "zh":
            continue
        folded = own_clauses(fold(passage.text))
        if _QUESTION.search(folded):
            question = folded
            continue
        if is_registered_use(folded):
            registered = True
        elif question and is_registered_use(f"{question},{folded}"):
            registered = True  # "Q：公司要靠它赚钱，得先办什么手续？" "A：给我们发封邮件"
            notices.append(passage)
            question = ""
        elif _permission_route(folded):
            permission = True
        elif _has(_MAY_REFUSE, folded) or _has(_STEP, folded) or may_refuse(folded):
            refusals.append(passage)
        elif (_has(_NOTICE_ONLY, folded) or only_a_record(folded)) and not _hit(
            ZH.restricted, folded
        ):
            notices.append(passage)  # no permission asked in it either
    found: dict[Passage, list[Clause]] = {}
    if registered:
        found |= {p: [Clause("commercial_use_conditions", ["registration"])] for p in notices}
    if permission:
        found |= {
            p: [Clause("commercial_use_conditions", ["written-permission"])] for p in refusals
        }
    return registered or permission, found


_QUESTION = re.compile(r"[?？]\W*$")


def _has(rule_id: str, folded: str) -> bool:
    return clause_pattern(rule_id).search(folded) is not None


def _hit(pattern: re.Pattern[str] | None, folded: str) -> bool:
    return pattern is not None and pattern.search(folded) is not None
