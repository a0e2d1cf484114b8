"""Chinese licences that are free for non-commercial use and let a business in on a route of
their own (`foreign_zh_routes`): an application the licensor reviews and may refuse is its
written permission, a registration that is only a record leaves commercial use allowed with the
duty; a route to another licence leaves the non-commercial grant a ban. Also the outputs barred
from training other models, and the sentences that state no term (a copy of the terms handed
on, a disclaimer, the language the agreement is written in). Every text is written here, in
both scripts; the code before this work read each first group as a ban on commercial use.
"""

from __future__ import annotations

from itertools import cycle

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_cues_eu import ES
from auditor.licenses.terms.foreign_unread import is_mention
from auditor.licenses.text.language import Passage as TextPassage
from tests.licenses.terms.test_foreign_zh import (
    BANNED,
    PERMISSION,
    RESEARCH,
    Passage,
    _registration,
    wrong_terms,
)

ROUTES: dict[str, Passage] = {
    # non-commercial ends free, commercial use on the licensor's written permission
    "application-reviewed": Passage(
        "第一条 高校及个人出于学术研究或其他非商业目的，可免费使用本模型，无需申请。\n"
        "第二条 商业使用：须事先填写商用申请表并发送至 biz@example.com，经许可方审核同意并出具"
        "书面授权书后方可使用。\n",
        PERMISSION,
    ),
    "permission-prior-written": Passage(
        "第一条 学术研究及其他非商业用途可免费使用本模型。\n"
        "第二条 将本模型用于任何商业目的，须事先取得许可方的书面授权。\n",
        PERMISSION,
    ),
    "trad-approval-after-review": Passage(
        "一、非商業用途可免費使用本模型。\n二、任何商業用途，須經許可方審批同意後方可使用。\n",
        PERMISSION,
    ),
    "apply-then-approved": Passage(
        "1. 个人及科研机构出于非营利目的可以免费使用本模型。\n"
        "2. 如需将本模型用于商业目的，须向许可方提交申请，经许可方批准后方可商用。\n",
        PERMISSION,
    ),
    # non-commercial ends free, commercial use after a registration that is only a record
    "register-by-email-first": Passage(
        "第1条 您可以免费将本模型用于非商业用途。\n"
        "第2条 如需商用，应在首次商业使用前向 register@example.com 发送电子邮件，写明单位名称、"
        "联系人和用途，完成登记。\n",
        _registration(),
    ),
    "register-on-site": Passage(
        "非商业用途免费使用。\n商业使用须先在官方网站登记。\n", _registration()
    ),
    "trad-tell-by-mail": Passage(
        "非商業用途可免費使用本模型。\n將本模型用於商業用途的，應當通過郵件告知許可方。\n",
        _registration(),
    ),
}

TWINS: dict[str, Passage] = {
    # twins: a route to another licence, a scope confined to research, a registration whose
    # passage names the licensor's approval, a registration that only opens the download
    "twin-another-licence": Passage(
        "本模型仅限非商业用途。\n如需商业使用，请另行与我们签订商业许可协议。\n", BANNED
    ),
    "twin-research-scope": Passage(
        "本模型仅供学术研究之用。\n商业使用须事先取得许可方的书面授权。\n", RESEARCH
    ),
    "twin-registration-approved": Passage(
        "非商业用途免费。\n商业使用前须向我们发送邮件申请，经批准后方可使用。\n", PERMISSION
    ),
    "twin-register-to-download": Passage(
        "本模型可免费用于非商业用途。\n注册后方可下载模型权重。\n", BANNED
    ),
    "twin-contact-for-licence": Passage(
        "本模型可免费用于非商业用途。\n商業授權請聯繫我們。\n", BANNED
    ),
}


# each route beside a twin that must keep its own reading
PAIRS = list(zip(sorted(ROUTES), cycle(sorted(TWINS)), strict=False))


@pytest.mark.parametrize(("route", "twin"), PAIRS)
def test_a_route_to_commercial_use_beside_a_non_commercial_grant(route: str, twin: str) -> None:
    assert wrong_terms(ROUTES[route]) == []
    assert wrong_terms(TWINS[twin]) == []


_REFUSAL = "许可方有权不予同意，且无需说明理由。"


@pytest.mark.parametrize(
    "refusal",
    [_REFUSAL, "申请请发送至 license@example.com，许可方可以拒绝。", "授權方自行決定是否批准。"],
)
def test_the_licensor_may_refuse_is_read_with_the_permission_it_qualifies(refusal: str) -> None:
    text = (
        f"青鸟模型许可协议\n\n非商业用途免费。\n商业使用须事先取得许可方的书面同意。\n{refusal}\n"
    )
    reading = read_foreign(text)
    assert reading.unread == ()
    assert reading.values["commercial_use_conditions"] == ["written-permission"]
    lines = [p.line for p in reading.quotes["commercial_use_conditions"]]
    assert 5 in lines  # the refusal is quoted with the condition
    # no permission to qualify: unread; the licensor barred from refusing: no condition
    text = f"青鸟模型许可协议\n\n本模型可免费商用。\n{_REFUSAL}\n"
    reading = read_foreign(text)
    assert [p.line for p in reading.unread] == [4]
    free = "青鸟模型许可协议\n\n本模型可免费商用。\n许可方无正当理由不得拒绝。\n"
    assert "commercial_use_conditions" not in read_foreign(free).values


OUTPUT_BANS = (
    "您不得将本模型生成的任何内容（包括文本、对话记录以及据此整理的数据集）用于开发、训练或改进任何"
    "其他人工智能模型。",
    "嚴禁將本模型產生的任何內容用於訓練或改進其他模型。",
    "禁止将模型生成的所有文本（含对话记录）用于微调其他语言模型。",
)


@pytest.mark.parametrize("text", OUTPUT_BANS)
def test_outputs_any_or_all_of_them_barred_from_training_other_models(text: str) -> None:
    assert wrong_terms(Passage(text, {"output_use_restriction": True})) == []
    # outputs free to train other models, or barred from something else: no such ban
    free = "您可以将本模型生成的任何内容（包括数据集）用于训练其他模型，但不得用于违法活动。"
    other = "不得将本模型生成的全部内容用于欺诈或诽谤他人。"
    assert (
        read_foreign(f"青鸟模型许可协议\n\n{free}\n").values.get("output_use_restriction") is None
    )
    assert (
        read_foreign(f"青鸟模型许可协议\n\n{other}\n").values.get("output_use_restriction") is None
    )


NO_TERM = (
    "散布本模型時，應附上本授權條款全文。",
    "散布時應隨附本使用條款全文。",
    "授權人不負任何擔保責任。",
    "许可方对使用后果不负任何责任。",
    "本协议以中文书就。",
    "本協議以中英文兩種文字訂立。",
)


@pytest.mark.parametrize("text", NO_TERM)
def test_a_copy_of_the_terms_a_disclaimer_or_the_language_written_in_states_no_term(
    text: str,
) -> None:
    assert wrong_terms(Passage(text, quiet=True)) == []
    # a duty the licensee owes is no disclaimer: unread (no cue reads it)
    reading = read_foreign(
        "青鸟模型许可协议\n\n被许可方应对其使用本模型的行为自负其责并承担全部后果。\n"
    )
    assert reading.unread != ()


def test_an_e_mail_address_is_no_license_file() -> None:
    sentence = "Las solicitudes se envían a license@example.com y el titular puede rechazarlas."
    assert not is_mention(TextPassage(sentence, 1, "es"), ES)
    assert is_mention(TextPassage("Véase el archivo LICENSE adjunto.", 1, "es"), ES)
