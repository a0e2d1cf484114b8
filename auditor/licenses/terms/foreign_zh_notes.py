"""Chinese sentences that state no term of use, beyond the clause rules' notes (`foreign_zh.
is_note`), read by vocabulary:

- the document handed on with the model under whatever name it gives itself ("转发时请附上本须知",
  "散布時請附上本聲明", "发布时把这份问答一起附上就行"): handing on a copy binds no one to it;
- a plain grant to anyone or to a named licensee, naming no limit ("授權任何人無償使用、重製及散布
  本模型", "谁都能用", "个人、公司、学校都行"): the terms that limit stand in their own sentences;
- a question (a heading of a question-and-answer licence, "Q2：能改完再发布吗？"): its answer
  states the term.

The document's names for itself are a table (`SELF_NAMED`: 本协议, 本须知, 本声明, 本规则, 这份问答
...), also used where a choice of law names what it governs (`foreign_zh._law_and_venue`).
Company names ("有限公司") are no limit ("限") and are blanked before a grant is read for one.
Hand-rolled beside zh.yaml's rules: tables of words, read in a folded text (`foreign_zh.fold`).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["SELF_NAMED", "is_question", "names_itself", "states_nothing"]

_SELF_PREFIX = "本|这份|此份|该份|这一份|这个|此"
_SELF_NOUNS = (
    "协议", "许可证", "许可", "条款", "须知", "声明", "规则", "说明", "合约", "合同", "守则",
    "问答", "细则", "办法", "规定", "文件", "章程", "约定", "条件", "授权书", "授权", "文本",
)  # fmt: skip
SELF_NAMED = (
    r"(?:" + _SELF_PREFIX + r")(?:授权|许可|使用|开源|社区)?(?:"
    + "|".join(sorted(_SELF_NOUNS, key=len, reverse=True)) + r")"
)  # fmt: skip
_SELF = lazy_pattern(SELF_NAMED)
_ATTACH = r"(?:附上|附带|随附|附在|附于|一并提供|一起提供|一并附上|一起附上|带上|附)"
_COPY_HANDED_ON = lazy_pattern(
    _ATTACH + r"[^。;]{0,8}?" + SELF_NAMED
    + r"|(?:把|将)" + SELF_NAMED + r"(?:的?(?:全文|副本|文本))?[^。;]{0,6}?" + _ATTACH
)  # fmt: skip

# a grant to anyone, or to a licensee named, to use, copy, modify or distribute
_GRANTEES = (
    "您", "你", "被许可方", "被许可人", "被授权人", "被授权方", "使用者", "用户", "任何人",
    "所有人", "公众", "大家", "各位", "任何个人或组织", "任何个人和组织", "任何主体",
)  # fmt: skip
_ACTS = "使用|复制|重制|修改|改作|改编|分发|散布|传播|再分发|发布|部署"
_GRANT_TO = lazy_pattern(
    r"(?:许可|授权|准许|同意|允许|授予)(?:给)?(?:"
    + "|".join(sorted(_GRANTEES, key=len, reverse=True))
    + r")[^。;]{0,14}?(?:" + _ACTS + r")"
    # anyone may use it: "谁都能用", "任何人均可使用"
    + r"|^\W*(?:[A-Z答][:：]\s*)?(?:谁|任何人|所有人|人人)(?:都|均|皆)?(?:能|可以|可)"
    r"(?:用|使用)\W*$"
    # kinds of licensee listed, then "all may": "个人、公司、学校、政府部门都行"
    + r"|^\W*(?:个人|公司|企业|学校|高校|机构|政府(?:部门)?|组织|团体|开发者|研究者)"
    r"(?:[、和与及或]{1,2}(?:个人|公司|企业|学校|高校|机构|政府(?:部门)?|组织|团体|开发者|研究者))+"
    r"(?:都|均|皆)(?:行|可以|可|能用|可使用)\W*$"
)  # fmt: skip
_COMPANY = lazy_pattern(r"(?:股份)?有限(?:责任)?公司")
_LIMIT = lazy_pattern(
    r"禁止|不得|严禁|不可|不能|不允许|请勿|勿|仅|只|限|非|商业|商用|营利|须|需|必须|应当|未经|同意后"
    r"|除外|但|收费|付费|终止|违反|责任|不"
)
# what else a sentence handing on a copy may say that is a term
_COPY_LIMIT = lazy_pattern(
    r"禁止|不得|严禁|不可|不能|不允许|请勿|勿|仅|只|商业|商用|营利|未经|收费|付费|署名|注明|标明|同意"
)
# Other sentences stating no term:
_NO_TERM = lazy_pattern(
    # what the document applies to: "本协议适用于某公司发布的下列模型"
    SELF_NAMED
    + r"[^。;]{0,4}?适用于[^。;]{0,30}?(?:下列|以下|如下|下述)[^。;]{0,4}?(?:模型|产品|版本)"
    # or to the model's parts, its publisher named: "本许可由某公司发布，适用于某模型的权重及文档"
    r"|" + SELF_NAMED + r"[^。;]{0,40}?适用于[^。;]{0,40}?(?:模型|权重|参数|代码|配置|文件|文档)"
    # a term defined, a comma before "means": "本协议所称“月活跃用户数”，是指……", "营利性使用，是指"
    r"|^\W*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*)?\s*(?:本\w{1,4}?所称)?"
    r"[“\"「『]?[^。;,，:：不须应禁仅只限]{1,14}?[”\"」』]?\s*[,，]\s*(?:是指|系指|意指|即指)"
    # a party named: "（一）许可方：样例扬琴智能科技有限公司。"
    r"|^\W*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*)?\s*(?:许可方|授权方|许可人|授权人"
    r"|被许可方|被授权人|权利人|发布方|本公司|我们)[:：][^。;]{2,40}?(?:公司|研究院|研究所|实验室|大学"
    r"|学院|团队|中心|机构)\W*$"
    # the outputs are the user's: "输出内容归您所有，如何使用由您决定"
    r"|(?:输出|生成)[^。;]{0,8}?(?:归|属于)(?:您|你|用户|使用者|被许可方|被授权人)(?:所有)?"
    # a document pointed to for a procedure: "请按同一目录下 COMMERCIAL.md 所列流程办理"
    r"|(?:按|按照|依|依照|参见|参照|详见|见)[^。;]{0,20}?(?:[\w-]+\.(?:md|txt|pdf|html)|《[^》]{1,30}》"
    r"|附件|附录)[^。;]{0,8}?(?:流程|程序|步骤|手续|办法)"
    # a contract's entry into force: "合同自双方盖章之日起生效"
    r"|^[\W\d]*(?:\w{1,4}\s+)?(?:合同|合约|协议|授权|" + SELF_NAMED + r")(?:自|于)[^。;]{0,16}?"
    r"(?:起|后)生效\W*$"
    # the document's term: "本许可的有效期为一年"
    r"|" + SELF_NAMED + r"的?(?:有效期|期限)"
    # rights in the model kept: "许可方保留对本模型的全部知识产权"
    r"|保留[^。;]{0,12}?(?:知识产权|著作权|所有权|版权|一切权利|全部权利|所有权利)\W*$"
    # a term defined by a colon: '1.1 "本模型"：……'
    r"|^\W*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*)?\s*[“\"「『][^”\"」』]{1,12}[”\"」』]\s*[:：]"
    # a use counted as commercial: "企业在经营管理中使用本模型的，也属于营利性使用"
    r"|(?:也|亦|均|都|同样)?(?:属于|视为|算作|算是|构成)(?:营利性?|商业|商用|经营性)(?:使用|用途|目的|行为)\W*$"
)
# a term among them: a ban, a duty, a limit
_TERM_WORDS = lazy_pattern(r"不得|禁止|严禁|不可|不能|不允许|须|必须|应当|仅|只|限于|非商业")
# Boilerplate of a licence stating no term of use, read with no ban, duty or limit beside it:
_BOILERPLATE = lazy_pattern(
    # thanks, encouragement, citation welcome: "感谢您使用本模型", "鼓励开发者基于本模型进行创新"
    r"^\W*(?:感谢|谢谢)|(?<!不)(?:鼓励|欢迎)[^。;]{0,20}?(?:创新|引用|使用|贡献|反馈|交流|研究|开发|探索)"
    # liability disclaimed, risk borne by the user: "许可方均不对……损失承担责任"
    r"|(?:不|概不|均不|不会)[^。;]{0,30}?(?:承担|负)(?:任何)?(?:法律)?责任"
    r"|(?:后果|风险|责任)[^。;]{0,6}?由[^。;]{0,10}?(?:自行)?(?:承担|负责)"
    r"|可能(?:会)?(?:生成|产生|输出|出现)[^。;]{0,12}?(?:不准确|错误|偏见|虚假|不当|有害)"
    # entire agreement, severability
    r"|(?:完整|全部|整个)(?:的)?(?:协议|合意|约定)|(?:无效|不可执行)[^。;]{0,20}?其余[^。;]{0,10}?有效"
    r"|不影响[^。;]{0,10}?(?:其余|其他)[^。;]{0,6}?(?:效力|有效)"
    r"|^\W*(?:其余|其他)(?:条款|部分|规定)[^。;]{0,6}?有效\W*$"
    # what the model was trained on: "本模型的训练数据来自公开网络"
    r"|训练数据(?:来自|来源于|取自|包括)"
    # a freedom given with no limit: "您可以修改本模型并发布衍生模型", "任何人均可免费下载本模型"
    r"|^\W*(?:您|你|用户|使用者|任何人|所有人|大家)(?:均|都|也)?(?:可以|可|能够|能)(?:免费|自由)?"
    r"[^。;]{0,12}?(?:修改|再分发|分发|复制|部署|下载|发布|微调|运行|使用|转载|传播)"
)
# Duties of no use term (breach ends the licence, copies deleted after it ends, laws obeyed),
# read with no ban or commercial word beside them
_NO_USE_DUTY = lazy_pattern(
    r"(?:违反|违背)[^。;]{0,20}?(?:自动)?终止|终止(?:后|之后|时)[^。;]{0,12}?(?:删除|销毁|停止使用)"
    r"|遵守[^。;]{0,12}?(?:适用的?|相关的?|当地的?|所在地的?)?(?:法律法规|法律和法规|法律、法规|法规)"
)
_BAN_OR_COMMERCIAL = lazy_pattern(r"不得|禁止|严禁|不允许|仅|只|限于|商业|商用|营利|盈利|收费")
# a question: it ends in a question mark, and names no answer after it
_QUESTION = lazy_pattern(r"^[^。;]*[?？]\W*$")


# a notice said to inform only ("备案仅具告知性质", "登记只起知会作用", "报备仅为备查之用"): what
# it asks is read where it is asked; the sentence adds no term
_NOTICE_ONLY = lazy_pattern(
    r"(?:备案|登记|报备|通知|告知|申报)[^。;]{0,6}?(?:仅|只|仅仅|纯粹|纯属|单纯)"
    r"(?:具|具有|有|是|为|起|作|作为|属)?[^。;]{0,4}?(?:告知|通知|知会|备查|信息|登记|统计)"
    r"(?:性质|作用|目的|用途|之用)"
)


def states_nothing(folded: str) -> bool:
    """A copy of the document handed on, a plain grant, a notice said to inform only, or a
    question: no term of use."""
    if _QUESTION.match(folded):
        return True
    if _NOTICE_ONLY.search(folded) and not _TERM_WORDS.search(_NOTICE_ONLY.sub(_blank, folded)):
        return True
    named = _SELF.sub(_blank, _COMPANY.sub(_blank, folded))  # "本须知" is no duty (须)
    if (_NO_TERM.search(folded) or _BOILERPLATE.search(folded)) and not _TERM_WORDS.search(named):
        return True
    if _NO_USE_DUTY.search(folded) and not _BAN_OR_COMMERCIAL.search(named):
        return True
    if _COPY_HANDED_ON.search(folded):
        return _COPY_LIMIT.search(_COPY_HANDED_ON.sub(_blank, folded)) is None
    if _GRANT_TO.search(folded) is None:
        return False
    plain = _GRANT_TO.sub(_blank, _COMPANY.sub(_blank, folded))
    return _LIMIT.search(plain) is None


def _blank(match: re.Match[str]) -> str:
    return "_" * len(match.group())


def is_question(folded: str) -> bool:
    """A question ("能不能商用？"): in a licence written as questions, its answer states the
    term."""
    return _QUESTION.match(folded) is not None


def names_itself(folded: str) -> bool:
    """Whether a passage names the document itself (本须知, 本声明, 这份问答 ...)."""
    return _SELF.search(folded) is not None
