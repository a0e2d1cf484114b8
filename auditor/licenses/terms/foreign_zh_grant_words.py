"""Commercial use granted in Chinese, read by vocabulary, for `terms.foreign`: a noun for
commercial, profit-making or paid use and a word of permission, in either order and in any
register ("营利性项目也可以使用", "商业使用亦在许可之列", "並得將其用於商業目的", "做收费产品，
一律免费", "以营利为目的使用本模型的，同样免费").

The shapes (each read in one clause, between commas; the topic clause form across two):
  noun ... permission   the use named, then what it may do: 商业用途也可以 / 亦被允许 / 在内 /
                        在许可之列 / 亦属之 / 均可 / 免费 / 不受限制
  permission ... noun   the grant, then the purpose: 可以用于商业 / 并得将其用于营利目的 /
                        允许您为商业目的使用
  topic, permission     a clause naming the use ("以营利为目的使用X的", "做收费产品"), then one
                        opening with the permission ("同样免费", "一律免费", "也都可以")
A negation or a condition in the clause ("非商业", "不以营利为目的", "不得", "以外", "须") makes
it no grant; the ban and permission cues of `foreign_cues` read those.

Also: a purpose that is only non-profit named without a limit word ("不以营利为目的使用的，免费",
"非牟利用途：免费使用") names no ban when another passage grants commercial use
(`names_only_noncommercial`); a grant not limited to non-profit ends ("不以非营利目的为限") grants
both kinds.

Hand-rolled (no clause rule of zh.yaml): the vocabulary is a table of words joined per shape,
read in a text already folded to simplified characters (`foreign_zh.fold`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import ZH
from auditor.licenses.terms.foreign_likewise import with_likewise
from auditor.licenses.terms.foreign_zh import Clause, fold, own_clauses
from auditor.licenses.terms.foreign_zh_notes import is_question as notes_is_question
from auditor.licenses.text.language import Passage

__all__ = [
    "commercial_named",
    "grants_commercial",
    "names_only_noncommercial",
    "not_limited_to_noncommercial",
]

# --- vocabulary ---------------------------------------------------------------------------------

# commercial, profit-making or money-making use (not 商业秘密, 商业标识, 商业伙伴 ...)
_ROOTS = ("商业", "商用", "营利", "盈利", "牟利", "谋利", "获利", "经营", "营业")
_NOT_USE = "秘密|标识|标志|名称|信誉|伙伴|模式|合作|银行|保险|机密|地|所|执照|场所|时间|额|收入"
_HEADS = (
    "用途", "使用", "目的", "项目", "活动", "场景", "产品", "服务", "应用", "需要", "需求",
    "利用", "运营", "部署", "行为", "性质", "环境", "领域", "业务", "场合",
)  # fmt: skip
_PAID = ("收费", "付费", "有偿", "盈利性", "商业化")
_PAID_HEADS = ("产品", "服务", "项目", "应用", "软件", "业务")
_NOUN = (
    r"(?:(?:" + "|".join(_ROOTS) + r")(?!" + _NOT_USE + r")性?的?(?:"
    + "|".join(_HEADS) + r")?"
    + r"|(?:" + "|".join(_PAID) + r")(?:的)?(?:" + "|".join(_PAID_HEADS) + r")"
    + r"|赚钱|挣钱|创收|做生意|生意)"
)  # fmt: skip

# the use named with its head noun ("商业用途", not "商业用户": a clause that applies to
# commercial users grants nothing by applying)
_NOUN_HEADED = (
    r"(?:(?:" + "|".join(_ROOTS) + r")性?的?(?:" + "|".join(_HEADS) + r"))"
)  # fmt: skip

# words of permission after the use named (optionally after an adverb: 也, 亦, 同样, 一律)
_ADVERBS = "也|亦|均|皆|都|同样|一样|照样|一律|全部|完全|当然|同等|一并|并|还|则|也都|亦均"
_PERMITS_AFTER = (
    "可以", "可(?!能|否)", "得为之", "得以", "(?<![可功性智])能(?!否|不|力)", "被允许", "允许",
    "准许", "获准",
    "在许可之列", "在授权之列", "在许可范围内", "在授权范围内", "在许可范围之内", "在授权范围之内",
    "之列", "在内", "包括在内", "包含在内", "属之", "适用", "免费", "无偿", "不收费",
    "不受(?:任何)?(?:限制|约束)", "不受限", "不设限", "没有(?:任何)?限制", "没问题", "都行", "也行",
    "行", "开放",
)  # fmt: skip
# words of permission before the purpose ("得将其用于", "可以用于", "允许您为")
_PERMITS_BEFORE = (
    r"(?<![不未禁非无取获应需须必认])(?:可以|可|得|能够|(?<![可功性智])能)",
    r"(?<![不未])(?:允许|准许|许可|授权|同意|欢迎|支持|授予)",
)
_POSSESSIVE = r"(?:其|自己的?|自身的?|您的|你的|贵司的?|贵方的?|公司的?|自家的?|各类|各种)"
_PURPOSE_VERB = (
    r"(?:用于|用作|用在|用到|用来做|用来|拿来做|拿去做|拿来|作为|作|做|为了|为|於|于|进行|从事|开展"
    r"|投入|应用于|应用到|集成到|集成于|集成进|整合到|整合进|嵌入|接入|内置于|放到|放进|部署到|部署于"
    r"|部署在)" + _POSSESSIVE + "?"
)
# used in a product or setting: "可在自家收费应用中部署本模型" (the use verb after it, not
# "在商业和研究场景中反馈使用体验")
_IN_USE = (
    r"在" + _POSSESSIVE + r"?(?:任何)?" + _NOUN
    + r"(?:中|里|内|上)?(?:使用|部署|运行|集成|接入|应用|调用|上线)"
)  # fmt: skip
# the grant's reach covering the use: "本许可覆盖商业用途", "同样适用于商业环境"
_COVER = r"(?<![不未])(?:覆盖|涵盖|延及|及于|适用于|欢迎)(?:任何|一切|各类|各种)?"  # "欢迎商业使用"

# a negation, a limit or a condition: the clause grants nothing by vocabulary
_NEGATION = (
    r"非|不(?!论|管|限于非|以非|收费|收钱|仅|需|必|用)|无(?!偿|论|需|须)|未|禁|勿|别|严|除|以外|之外|"
    r"仅|只|限|须|需(?!求)|应(?!用)|必|前提|方可|才"
    # a permission to come, not given: "商业用途将来可能开放"
    r"|将来|未来|日后|今后|可能|或将|拟|计划|暂"
)
_CLAUSE = lazy_pattern(r"[^,，:：;；。!！?？]+")

_AFTER = lazy_pattern(
    _NOUN + r"(?P<gap>[^,，。；;]{0,10}?)(?:" + _ADVERBS + r")?(?:"
    + "|".join(_PERMITS_AFTER) + r")"
)  # fmt: skip
_BEFORE = lazy_pattern(
    r"(?:(?:" + "|".join(_PERMITS_BEFORE) + r")(?P<gap>[^,，。；;]{0,14}?)"
    + r"(?:" + _PURPOSE_VERB + r"(?:任何|一切)?" + _NOUN + r"|" + _IN_USE + r")"
    + r"|" + _COVER + _NOUN_HEADED + r")"
)  # fmt: skip
_OPENS_WITH_PERMIT = lazy_pattern(r"\s*(?:" + _ADVERBS + r")*(?:" + "|".join(_PERMITS_AFTER) + r")")
_NEGATED = lazy_pattern(_NEGATION)
_NOUN_RE = lazy_pattern(_NOUN)
# the use named is left out, or names the version or licence to ask for ("可用于商业用途的版本
# 请联系我们": a route, no grant)
_EXCEPT_AFTER = lazy_pattern(
    r"\s*(?:以外|之外|除外|以外的|之外的|的(?:版本|许可|授权|协议|方案|合同|条款|套餐))"
)


def grants_commercial(folded: str) -> bool:
    """Whether a folded Chinese passage grants commercial use by its words (see the module)."""
    clauses = [m.group() for m in _CLAUSE.finditer(folded)]
    for index, clause in enumerate(clauses):
        for match in _AFTER.finditer(clause):
            before = clause[: match.start()]
            if not _NEGATED.search(before + match.group("gap")) and not _excepted(clause, match):
                return True
        for match in _BEFORE.finditer(clause):
            negated = _NEGATED.search(clause[: match.start()] + (match.group("gap") or ""))
            if not negated and not _excepted(clause, match):
                return True
        following = clauses[index + 1] if index + 1 < len(clauses) else ""
        if _is_topic(clause) and _OPENS_WITH_PERMIT.match(following):
            return True
    return False


def _excepted(clause: str, match: re.Match[str]) -> bool:
    """'商业使用以外的目的': the use named is the one left out."""
    noun = _NOUN_RE.search(clause, match.start())
    return noun is not None and _EXCEPT_AFTER.match(clause, noun.end()) is not None


def _is_topic(clause: str) -> bool:
    """A clause naming commercial use with no negation, limit or condition of its own."""
    noun = _NOUN_RE.search(clause)
    return noun is not None and not _NEGATED.search(clause) and not _excepted_noun(clause, noun)


def _excepted_noun(clause: str, noun: re.Match[str]) -> bool:
    return _EXCEPT_AFTER.match(clause, noun.end()) is not None


def commercial_named(folded: str) -> bool:
    """Whether a folded passage names commercial use itself (not 非商业, 不以营利为目的, or
    商业使用以外的目的)."""
    for noun in _NOUN_RE.finditer(folded):
        before = folded[max(noun.start() - 2, 0) : noun.start()]
        if not before.endswith(("非", "不以")) and not _excepted_noun(folded, noun):
            return True
    return False


# --- non-commercial ends named without a limit --------------------------------------------------

# a ban word or a limit word: the passage restricts use to non-commercial ends
_EXPLICIT = lazy_pattern(
    r"禁止|不得|严禁|不可|不能|不允许|不准|请勿|切勿|别|不应|不予|不授予|未授予|不包括|不包含|不含"
    r"|仅|只|限|专|除|以外|之外|保留"
)


def names_only_noncommercial(folded: str) -> bool:
    """A passage naming non-commercial ends without a ban or a limit ("非牟利用途：免费使用",
    "不以营利为目的使用本模型的，免费"): it grants those ends, and bans nothing another
    passage grants."""
    return _EXPLICIT.search(folded) is None


# a grant not limited to non-commercial ends: "不以非营利目的为限", "并不限于非商业用途"
NOT_LIMITED = (
    r"不(?:以|限于|仅限于|局限于|只限于)[^。；;，,]{0,4}?非(?:商业|商用|营利|盈利|牟利)"
    # both kinds named, joined by any word for "or", "and": "用于商业或者非商业目的"
    r"|(?<!非)(?:商业|商用|营利|盈利|牟利)(?:性)?(?:用途|目的|使用)?"
    r"(?:或者|或是|或|和|与|及|以及|、|还是|抑或|乃至|抑或是)非(?:商业|商用|营利|盈利|牟利)"
)
_NOT_LIMITED = lazy_pattern(NOT_LIMITED)


def not_limited_to_noncommercial(folded: str) -> bool:
    """Whether a folded passage says its grant is not limited to non-commercial ends."""
    return _NOT_LIMITED.search(folded) is not None


# non-commercial ends the ZH cues do not name: 非牟利, 非盈利, 不以营利为目的
_NC_ENDS = (
    "教学", "教育", "学术研究", "科学研究", "科研", "研究", "个人学习", "学习", "个人使用",
    "个人用途", "公益", "慈善", "评测", "测试", "非营利", "自用",
)  # fmt: skip
_NC_END = "(?:" + "|".join(_NC_ENDS) + ")"
_NONCOMMERCIAL = lazy_pattern(
    r"非(?:牟利|盈利)|不以(?:营利|盈利|牟利|商业|赚钱)(?:为|作为)?目的"
    # non-commercial ends named as the purpose: "以教学、学术研究或者个人学习为目的使用本模型的"
    + r"|以" + _NC_END + r"(?:(?:、|和|与|及|或|或者|以及)" + _NC_END + r")*为目的"
    # the rights not granted reserved, commercial use among them: "本许可没有明确给予的权利，
    # 包括把本模型用于任何商业目的的权利，全部由某公司保留"
    + r"|(?:未|没有|并未|未经)(?:明确|明示)?(?:给予|授予|许可|授权)的?(?:一切|任何|全部|所有|其他)?"
    r"权利[^。;]{0,40}?(?:商业|商用|营利)[^。;]{0,40}?保留"
    # commercial use left out or not (yet) open: "但商业使用不在此列", "商业使用除外",
    # "商业用途：暂不开放", "本模型暂不支持商用"
    + r"|" + _NOUN + r"[^。;]{0,6}?(?:不在此列|不在其列|除外|不包括在内|不在此限内)"
    + r"|" + _NOUN + r"[:：\s]{0,2}[^。;,，]{0,4}?(?:暂不|暂未|尚未|尚不|不予|均不)"
    r"(?:开放|支持|提供|允许|授权|接受|放开)"
    + r"|(?:暂不|暂未|尚未|尚不|不)(?:开放|支持|提供|允许|放开)[^。;,，]{0,4}?" + _NOUN
)  # fmt: skip


def names_noncommercial(folded: str) -> bool:
    """Whether a folded passage names non-commercial ends in words the cues do not know."""
    return _NONCOMMERCIAL.search(folded) is not None


# --- double negatives -----------------------------------------------------------------------------

# "no objection" said with two negations ("商业用途亦无不可", "未尝不可"): the ban cues read 不可 in
# them, so they are rewritten to a plain permission of the same length (offsets stay)
_DOUBLE_NEGATIVES = {
    "未尝不可": "也都可以",
    "并无不可": "也都可以",
    "无不可": "均可以",
    "无妨": "可以",
    # a grant's own qualities said with 不可, which bans no use: irrevocable, non-transferable,
    # non-sublicensable ("非独占、不可撤销的许可")
    "不可撤销": "永久有效",
    "不可撤回": "永久有效",
    "不可转让": "本人持有",
    "不可再许可": "本人持有之",
    "不可分许可": "本人持有之",
}
_DOUBLE_NEGATIVE = lazy_pattern("|".join(_DOUBLE_NEGATIVES))


def plain(folded: str) -> str:
    """A folded passage with its double negatives said plainly (same length)."""
    return _DOUBLE_NEGATIVE.sub(lambda m: _DOUBLE_NEGATIVES[m.group()], folded)


# a condition of exceeding a size, its figure stated here or elsewhere
# ("营业收入超过规定金额[^1]的，须…另行签订商业许可协议；未签订的，不得进行商业使用"): what the
# passage then forbids reaches only the licensees past it, the cap's consequence
_PAST_SIZE = lazy_pattern(
    r"(?:超过|超出|高于|多于|大于|逾)[^，。；,;]{1,40}?(?:的|者|时)[，,]"
    r"|(?:达到|达)[^，。；,;]{1,40}?(?:以上|及以上)(?:的|者|时)[，,]"
)


def past_a_size(folded: str) -> bool:
    """Whether a (folded) Chinese passage opens with a condition of exceeding a size."""
    return _PAST_SIZE.search(folded) is not None


# --- for `foreign._Reading` ---------------------------------------------------------------------

grants = grants_commercial


_ANSWER = re.compile(r"^\W*(?:答|回答|A|Ａ)\s*[:：]\s*")


def with_questions(passages: Sequence[Passage]) -> list[Passage]:
    """Passages with each answer in a question-and-answer licence read with its question
    about commercial use ("问：能不能商用？" "答：可以，免费。" -> the answer "能商用？，可以，
    免费。"): the answer alone names nothing it permits."""
    out = list(passages)
    for index in range(1, len(out)):
        question, answer = out[index - 1], out[index]
        if question.language != "zh" or answer.language not in ("zh", None):
            continue
        folded = fold(question.text)
        if not notes_is_question(folded) or answer.line - question.line > 1:
            continue
        if not commercial_named(folded):
            continue  # only a question about commercial use is needed to read its answer
        asked = _A_NOT_A.sub(r"\1", _ASKED.sub("", folded))  # "能不能商用" asks, bans nothing
        body = _ANSWER.sub("", answer.text)
        out[index] = replace(answer, text=f"{asked}，{body}", language="zh")
    return _with_size_carried(with_likewise(out))  # "亦同", "同様とする": read with the one before


# a clause going on from a condition of exceeding after a semicolon: "未签订的，不得进行商业使用"
# (not signed, no commercial use), "否则，…" (otherwise)
_GOES_ON = lazy_pattern(
    r"^\W*(?:未(?:签订|签署|订立|取得|获得|获取|达成)[^，。；,;]{0,16}?(?:的|者|前)|否则)[，,]?"
)


def _with_size_carried(passages: list[Passage]) -> list[Passage]:
    """Each Chinese passage going on from a condition of exceeding a size in the passage just
    before it, read with that condition in front: what it forbids is forbidden past the size."""
    out = list(passages)
    for index in range(1, len(out)):
        before, passage = out[index - 1], out[index]
        if passage.language != "zh" or before.language != "zh" or passage.line != before.line:
            continue
        if _GOES_ON.search(fold(passage.text)) is None:
            continue
        condition = _PAST_SIZE.search(fold(before.text))
        if condition is not None:
            out[index] = replace(passage, text=condition.group(0) + passage.text)
    return out


_A_NOT_A = re.compile(r"(\w)不\1")  # 能不能, 可不可以, 是不是
_ASKED = re.compile(r"^\W*(?:问|问题|Q|Ｑ)\s*\d*\s*[:：]\s*")


is_question = notes_is_question  # a question: its answer states the term (`foreign_zh_notes`)


def cap_consequences(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """`foreign_zh_caps_across.cap_consequences` (imported late: it imports this)."""
    from auditor.licenses.terms.foreign_zh_caps_across import cap_consequences as consequences

    return consequences(passages)


def needs_permission(folded: str) -> bool:
    """`foreign_zh_permission_words.needs_permission` (imported late: it imports this)."""
    from auditor.licenses.terms.foreign_zh_permission_words import needs_permission as needs

    return needs(folded)


def both(folded: str, chinese: bool) -> bool:
    """Both kinds granted in a Chinese passage: a grant not limited to non-profit ends."""
    return chinese and not_limited_to_noncommercial(folded)


def granted_in(passages: Sequence[Passage]) -> bool:
    """Whether a Chinese passage of a text grants commercial use in words, asking no
    permission (then non-profit ends another passage names free ban nothing)."""
    for passage in passages:
        if passage.language != "zh":
            continue
        text = own_clauses(fold(passage.text))
        restricted = ZH.restricted is not None and ZH.restricted.search(text) is not None
        if grants_commercial(text) and not restricted:
            return True
    return False
