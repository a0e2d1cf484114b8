"""Chinese license clauses beyond commercial scope and caps, for `terms.foreign`: the
licensor's right to change the terms, restrictions passed on to recipients, attribution, a ban
on using outputs to improve other models, free commercial use after registering, a cap on daily
users, the governing law, the courts or arbitration named for disputes, and places where use
is withheld. The clause rules are data (license_db/clause_rules/zh.yaml, with their examples),
written in simplified characters; they read a passage folded to them (`fold`: traditional forms
of the characters the cues use, one character for one, so offsets stay those of the original
text and a quote is taken from it). The folding table and the places stay here.

No word segmenter is used (none is installed here; jieba, the usual one on the package index,
loads a dictionary of several megabytes on first use): every cue is a fixed run of characters,
matched in the character stream, where Chinese needs no word boundaries; sentences are split on
。！？； and line ends by `text.language`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern, clause_rule
from auditor.licenses.terms.foreign_caps import user_cap
from auditor.licenses.terms.foreign_zh_fold_more import PAIRS_MORE
from auditor.licenses.terms.foreign_zh_notes import names_itself, states_nothing
from auditor.licenses.terms.foreign_zh_place_words import OUTSIDE, SERVING

# Traditional -> simplified, for the characters the Chinese cues (here and in foreign_cues) and
# the place names use. Pairs are written simplified first.
_PAIRS = (
    "业業 许許 权權 仅僅 于於 为為 书書 须須 经經 获獲 务務 户戶 数數 过過 营營 额額 华華 "
    "国國 适適 开開 发發 应應 协協 议議 条條 该該 与與 学學 术術 请請 联聯 系係 约約 关關 "
    "则則 万萬 亿億 费費 严嚴 个個 区區 销銷 签簽 订訂 达達 构構 让讓 规規 员員 项項 围圍 "
    "据據 证證 认認 复復 复複 制製 传傳 报報 负負 责責 担擔 终終 违違 辖轄 诉訴 讼訟 评評 "
    "软軟 码碼 础礎 录錄 册冊 买買 卖賣 无無 专專 义義 谓謂 虽雖 赔賠 偿償 险險 载載 将將 "
    "从從 对對 预預 这這 样樣 资資 备備 语語 库庫 仓倉 练練 级級 线線 变變 换換 众眾 鉴鑒 "
    "独獨 类類 产產 网網 络絡 页頁 别別 问問 题題 讯訊 单單 赖賴 监監 审審 领領 导導 台臺 "
    "湾灣 韩韓 鲜鮮 欧歐 罗羅 兰蘭 尔爾 亚亞 门門 纽紐 萨薩 诸諸 乌烏 叙敘 会會 际際 争爭 "
    "决決 释釋 输輸 竞競 训訓 馏餾 优優 进進 标標 注註 声聲 显顯 处處 谢謝 随隨 时時 调調 "
    "补補 递遞 转轉 带帶 记記 写寫 后後 币幣 跃躍 实實 体體 机機 并並 确確 属屬 归歸 执執 "
    "缔締 纷紛 镇鎮 东東 广廣 庆慶 汉漢 边邊 内內 称稱 维維 护護 删刪 图圖 拟擬 岛島 罚罰 "
    "准準 杂雜 总總 续續 态態 赢贏 满滿 鸟鳥 较較 见見 范範 盖蓋 系繫 电電 邮郵 详詳 细細 "
    "闻聞 读讀 顺順 损損 状狀 况況 绝絕 驳駁 纯純 档檔"
)
# The formal numerals of amounts ("美金壹亿元"), as the number readers know them (not 陆, the
# 陆 of 大陆).
_FORMAL = "一壹 二贰 二貳 三叁 三參 四肆 五伍 七柒 八捌 九玖 十拾 百佰 千仟"
# traditional forms of the words `foreign_zh_grant_words` and `foreign_zh_permission_words` use
_MORE = (
    "给給 说說 办辦 购購 没沒 还還 槛檻 赚賺 钱錢 挣掙 创創 谋謀 运運 场場 动動 当當 继繼 设設 "
    "欢歡 论論 计計 纳納 讲講 缴繳 拨撥 寻尋 并併 够夠"
)
_ALL_PAIRS = " ".join((PAIRS_MORE, _PAIRS, _FORMAL, _MORE))  # later pairs win (`..._fold_more`)
FOLD = str.maketrans({pair[1]: pair[0] for pair in _ALL_PAIRS.split()})


def fold(text: str) -> str:
    """`text` with the traditional forms the cues know as simplified ones (same length)."""
    return text.translate(FOLD)


# --- places -----------------------------------------------------------------------------------

_PLACES: dict[str, tuple[str, ...]] = {
    "中华人民共和国": ("CN",), "中国大陆": ("CN",), "中国内地": ("CN",), "中国": ("CN",),
    "香港特别行政区": ("HK",), "香港": ("HK",), "澳门特别行政区": ("MO",), "澳门": ("MO",),
    "中华民国": ("TW",), "台湾": ("TW",), "新加坡": ("SG",), "美利坚合众国": ("US",),
    "美国": ("US",), "英格兰和威尔士": ("GB",), "英格兰": ("GB",), "英国": ("GB",),
    "日本": ("JP",), "大韩民国": ("KR",), "韩国": ("KR",), "朝鲜": ("KP",), "德国": ("DE",),
    "德意志联邦共和国": ("DE",), "法国": ("FR",), "欧盟": ("EU",), "欧洲联盟": ("EU",),
    "欧洲经济区": ("EU", "IS", "LI", "NO"), "瑞士": ("CH",), "爱尔兰": ("IE",), "荷兰": ("NL",),
    "加拿大": ("CA",), "澳大利亚": ("AU",), "印度": ("IN",), "俄罗斯联邦": ("RU",),
    "俄罗斯": ("RU",), "白俄罗斯": ("BY",), "伊朗": ("IR",), "古巴": ("CU",), "叙利亚": ("SY",),
    "乌克兰": ("UA",), "克里米亚": ("UA",), "以色列": ("IL",), "阿联酋": ("AE",),
    "加利福尼亚州": ("US-CA",), "加州": ("US-CA",), "纽约州": ("US-NY",),
    "特拉华州": ("US-DE",), "华盛顿州": ("US-WA",), "马萨诸塞州": ("US-MA",),
    "得克萨斯州": ("US-TX",), "德克萨斯州": ("US-TX",),
}  # fmt: skip
# Seats of courts and arbitration bodies: a city stands for its jurisdiction, for the law a
# venue implies (never for a territory).
_SEATS: dict[str, str] = {
    "北京": "CN", "上海": "CN", "深圳": "CN", "广州": "CN", "杭州": "CN", "南京": "CN",
    "武汉": "CN", "成都": "CN", "天津": "CN", "重庆": "CN", "苏州": "CN", "西安": "CN",
    "人民法院": "CN", "台北": "TW", "新北": "TW",
}  # fmt: skip
_PLACE = "|".join(sorted(_PLACES, key=len, reverse=True))
_PLACE_RE = lazy_pattern(_PLACE)
_SEAT_RE = lazy_pattern("|".join(sorted(_SEATS, key=len, reverse=True)))


def place_codes(text: str) -> list[str]:
    """Every region a folded text names, as codes in order of appearance, without repeats."""
    codes: list[str] = []
    for match in _PLACE_RE.finditer(text):
        codes.extend(code for code in _PLACES[match.group()] if code not in codes)
    return codes


def jurisdiction(text: str) -> str | None:
    """One code from a fragment naming a jurisdiction: a US state wins over the country."""
    codes = place_codes(text)
    states = [code for code in codes if code.startswith("US-")]
    return states[0] if states else next((c for c in codes if c != "EU"), None)


# --- the clauses ------------------------------------------------------------------------------

# The clause rules are data: license_db/clause_rules/zh.yaml (`clause_rules`), each read at its
# first use. Rules reading a place are written around it: the names are the table above.


def _placed(before: str, after: str, group: str | None = None) -> str:
    """A pattern source: `before`, one of the place names (in `group` when named), `after`."""
    names = f"(?P<{group}>{_PLACE})" if group else f"(?:{_PLACE})"
    return before + names + after


def _part(rule_id: str) -> str:
    return f"(?:{clause_rule(rule_id).source})"


@cache
def _law_place() -> re.Pattern[str]:
    """A place's law ("中华人民共和国法律"), the place in the group `place`."""
    # "中华民国法令", "日本法" (the law, not 法院, 法规, 法人)
    law = _part("governing_law/zh-law-of-place")
    law += "|(?:的|之)?(?:现行)?(?:法令|法(?![律规令院人定典条案官]))"
    return re.compile(_placed("", f"(?:{law})", "place"))


@cache
def _domicile() -> re.Pattern[str]:
    """The licensee's domicile in a place, or the place's residents or companies."""
    return re.compile(
        _placed(_part("excluded_licensee_domiciles/zh-domicile-word"), "")
        + "|"
        + _placed("", _part("excluded_licensee_domiciles/zh-domiciled-people"))
    )


@cache
def _used_in() -> re.Pattern[str]:
    """Use in a place ("在伊朗境内"), or someone located there ("位于朝鲜的用户")."""
    return re.compile(
        _placed("(?:在|于|向)", _part("excluded_use_territories/zh-used-in-place"))
        + "|"
        + _placed(_part("excluded_use_territories/zh-located-in"), "")
    )


@dataclass(frozen=True, slots=True)
class Clause:
    """One value a Chinese clause states: its term key, value, and (for a venue) the span of
    the passage to quote as the value."""

    key: str
    value: object


def read_clauses(folded: str, original: str) -> list[Clause]:
    """The terms of one Chinese passage beyond commercial scope and caps. `folded` is the
    passage folded to simplified characters, `original` as written (same length)."""
    found: list[Clause] = []
    if _search("licensor_may_update_terms/zh-may-update", folded) and not _search(
        "licensor_may_update_terms/zh-mutual", folded
    ):
        found.append(Clause("licensor_may_update_terms", True))
    if _AUP_BY_REFERENCE.search(folded) or _search(_AUP_PART, folded):
        found.append(Clause("acceptable_use_policy_incorporated", True))
    if _search("downstream_propagation/zh-flow-down", folded):
        found.append(Clause("downstream_propagation", True))
    if _search("attribution_required/zh-attribution", folded):
        found.append(Clause("attribution_required", True))
    if _search("output_use_restriction/zh-output-ban", folded):
        found.append(Clause("output_use_restriction", True))
    daily = clause_pattern("caps/zh-unit-dau")
    if daily.search(folded) is None:
        daily = _DAILY_MORE  # "DAU", "每日活跃使用者"
    if daily.search(folded) is not None:
        count = user_cap(folded, daily)
        if count is not None:
            found.append(Clause("user_threshold", {"count": count, "unit": "dau"}))
    tags = [tag for tag, rule_id in _TAG_RULES if _search(rule_id, folded)]
    if tags:
        found.append(Clause("use_restrictions", tags))
    found.extend(_law_and_venue(folded, original))
    found.extend(_territory(folded))
    return found


# A usage policy bound into the license: the licensee must comply with a use policy, norms or
# code of conduct ("应当遵守许可方在官方网站上公布的《某模型使用规范》", "须遵循可接受使用政策");
# complying with laws or with this agreement ("遵守适用法律法规", "遵守本协议") is none.
_AUP_BY_REFERENCE = lazy_pattern(
    r"(?:遵守|遵循|符合|服从)[^。；]{0,40}?(?:使用|用途|可接受使用|应用)(?:规范|政策|准则|守则|规则|限制政策)"
    r"|(?:遵守|遵循|符合)[^。；]{0,40}?(?:行为准则|使用须知)"
)

# ... or declared part of the agreement ("该规范是本协议不可分割的组成部分")
_AUP_PART = "acceptable_use_policy_incorporated/zh-part-of-agreement"

# Daily active users in other words than the clause rule's: the Latin abbreviation, users
# ("使用者") active in a day
_DAILY_MORE = lazy_pattern(
    r"(?<![A-Za-z])DAU(?![A-Za-z])|(?:每日|单日|一日|日)(?:之内)?(?:不重复之?)?活跃(?:使用者|用户)"
)

# Use-restriction tags read in Chinese (clause rules of zh.yaml named use_restrictions/zh-<tag>)
_TAG_RULES = (("national-security", "use_restrictions/zh-national-security"),)


def _search(rule_id: str, folded: str) -> bool:
    return clause_pattern(rule_id).search(folded) is not None


def is_credit_shown(folded: str) -> bool:
    """A credit shown in or with the product ("注明出处", "标明基于某模型开发"), not notices
    kept in copies ("保留版权声明")."""
    return _search("commercial_use_conditions/zh-attribution-display", folded) and _search(
        "attribution_required/zh-attribution", folded
    )


def is_registration(folded: str) -> bool:
    """Free commercial use once the licensee has registered (filled in a form, told us);
    registering to get the files is none ("注册后方可下载模型权重")."""
    registered = clause_pattern("commercial_use_conditions/zh-registered").search(folded)
    if registered is None:
        return False
    download = clause_pattern("commercial_use_conditions/zh-register-to-download")
    if download.match(folded, registered.end()):
        return False
    return _search("commercial_use/zh-free-commercial", folded)


def _law_and_venue(folded: str, original: str) -> list[Clause]:
    found: list[Clause] = []
    law = None
    choice = _search("governing_law/zh-choice", folded) or _CHOICE_MORE.search(folded)
    chosen = choice and (
        _search("governing_law/zh-subject", folded) or names_itself(folded)  # "本须知适用"
    )
    labelled = _search("governing_law/zh-law-label", _LETTERED.sub(_spaces, folded))
    if chosen or labelled or _is_bare_law(folded) or _resolves(folded):
        for match in _law_place().finditer(folded):
            before = folded[max(match.start() - 8, 0) : match.start()]
            if _search("governing_law/zh-obeying", before):
                continue  # "遵守中华人民共和国法律": obeying the law chooses none
            law = jurisdiction(match.group())
            if law is not None:
                break
    venue = None
    if _search("venue/zh-dispute", folded):
        venue = clause_pattern("venue/zh-court").search(folded)
    if venue is not None:
        start, end = venue.span("venue")
        found.append(Clause("venue", original[start:end]))
        if law is None:
            seat = _SEAT_RE.search(venue.group("venue"))
            law = jurisdiction(venue.group("venue")) or (_SEATS[seat.group()] if seat else None)
    if law is not None:
        found.append(Clause("governing_law", law))
    return found


# More words choosing a law ("受香港法律规管", "按中华人民共和国法律处理"); an item lettered with
# the heavenly stems or a Q&A answer ("丙、适用法律：", "A：") before a label
_CHOICE_MORE = lazy_pattern(r"规管|规范|规限|处理|解决|执行|为依据|为准据")  # 规限: Hong Kong
_LETTERED = lazy_pattern(r"^\s*(?:[甲乙丙丁戊己庚辛壬癸][、.．]|[A-Z答][:：])")
_RESOLVED = lazy_pattern(r"[^。;]{0,4}?(?:解决|处理)")


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _resolves(folded: str) -> bool:
    """Disputes resolved by a place's law, the disputes unnamed ("依照中国大陆的法律解决", the
    answer to a question about disputes)."""
    return any(_RESOLVED.match(folded, m.end()) for m in _law_place().finditer(folded))


def _is_bare_law(folded: str) -> bool:
    """A passage that is only a place's law ("中华人民共和国法律。", under a heading naming the
    governing law): in a license, nothing but the law chosen for it."""
    match = _law_place().search(folded)
    if match is None:
        return False
    rest = folded[: match.start()] + folded[match.end() :]
    return _BARE_REST.fullmatch(rest) is not None


_BARE_REST = lazy_pattern(r"[\s\W\d一二三四五六七八九十§第条款章、]*")


@cache
def _outside_place() -> re.Pattern[str]:
    """Outside a place ("日本境外", "中国大陆以外"): use confined to it, read by
    `foreign_zh_territory`, no place withheld."""
    return re.compile(_placed("", OUTSIDE))


def _territory(folded: str) -> list[Clause]:
    """A place where the model may not be used, or whose residents get no rights."""
    if (
        _search("territorial_exclusions/zh-export-control", folded)
        or _search("territorial_exclusions/zh-outside", folded)
        or not (_search("territorial_exclusions/zh-withheld", folded) or SERVING.search(folded))
        or _outside_place().search(folded)  # "不得在日本境外部署": use confined to it
    ):
        return []
    domicile = _domicile().search(folded) is not None
    if not domicile and _used_in().search(folded) is None:
        return []
    regions = place_codes(folded)
    if not regions:
        return []
    clause = {"regions": sorted(regions), "models": "all", "exempts": []}
    key = "excluded_licensee_domiciles" if domicile else "excluded_use_territories"
    return [Clause(key, [clause]), Clause("territorial_exclusions", sorted(regions))]


# --- what is not a term of the model ----------------------------------------------------------

# A clause is about another work when the head noun of its subject is a dataset (whatever the
# clause says of it), other models in a comparison ("其中部分模型仅限非商业用途"), or the code
# or a base model when the clause only names their license ("本项目代码采用 Apache 2.0
# 许可证"): rules document/zh-other-work and document/zh-other-licensed-work. A restriction on
# a base model binds its derivatives, so it is kept. The subject ends at its verb:
_LICENSE_VERB = lazy_pattern(r"采用|遵循|适用|使用|受|依据|基于|按照|为|是|属于")
_SUBJECT_END = lazy_pattern(
    r"采用|遵循|遵守|适用|使用|受|依据|基于|按照|仅|只|限|不得|禁止|须|需|可|允许|为|是|属于"
)
_CLAUSE_OPENING = lazy_pattern(r"^(?:其中|其余|另外|此外|但是?|而|注)")


def own_clauses(folded: str) -> str:
    """A folded passage with its clauses about other works blanked out (same length): what
    remains speaks of the model."""
    kept: list[str] = []
    for part in re.split(r"(?<=[,:])", folded):
        kept.append(" " * len(part) if _is_about_other_work(part) else part)
    return "".join(kept)


def _is_about_other_work(clause: str) -> bool:
    verb = _SUBJECT_END.search(clause, 1)
    if verb is None:
        return False
    subject = _CLAUSE_OPENING.sub("", clause[: verb.start()].strip(" ,:"))
    if not subject:
        return False
    if _search("document/zh-other-work", subject):
        return True
    return _search("document/zh-other-licensed-work", subject) and bool(
        _LICENSE_VERB.match(clause, verb.start())
    )


# A translator's note, a disclaimer, a definition, a copy of the agreement handed on with the
# model (handing on a copy is not binding the recipient to it): no term the English rules read
# either.
_NOTES = (
    "document/zh-translation-note",
    "document/zh-disclaimer",
    "document/zh-definition",
    "document/zh-copy-of-agreement",
    "document/zh-cross-reference",  # "见上方说明": read where it points
    "document/zh-cap-counted-apart",  # a cap counted per product, apart from affiliates
)


def is_note(folded: str, restrictive: re.Pattern[str]) -> bool:
    """A translator's note, a disclaimer of warranties and liability, a definition, a duty to
    hand on a copy of the agreement, or a grant that names no limit ("许可方授予您全球范围内、
    免版税、不可转让的许可"): no term of use (the English rules read none from these either).
    `restrictive` tells a limit in the language's words."""
    if any(_search(rule_id, folded) for rule_id in _NOTES) or states_nothing(folded):
        return True
    if not _search("document/zh-grant", folded):
        return False
    qualifiers = clause_pattern("document/zh-grant-qualifiers")
    return restrictive.search(qualifiers.sub(lambda m: "_" * len(m.group()), folded)) is None


def permission_conditions(folded: str) -> set[str]:
    """What commercial use needs in a passage that makes it depend on the licensor: a further
    license past a cap ("超过者需另行授权": past a cap stated before), a further (commercial,
    separate) license, or the licensor's permission (the reading when the passage names
    neither)."""
    if _search("commercial_use_conditions/zh-separate-license-above-threshold", folded):
        return {"separate-license-above-threshold"}
    found: set[str] = set()
    if _search("commercial_use_conditions/zh-separate-license", folded):
        found.add("separate-license")
    if _search("commercial_use_conditions/zh-written-permission", folded) or not found:
        found.add("written-permission")
    return found
