"""Chinese license clauses beyond commercial scope and caps, for `terms.foreign`: the
licensor's right to change the terms, restrictions passed on to recipients, attribution, a ban
on using outputs to improve other models, free commercial use after registering, a cap on daily
users, the governing law, the courts or arbitration named for disputes, and places where use
is withheld. Patterns are written in simplified characters and read a passage folded to them
(`fold`: traditional forms of the characters the cues use, one character for one, so offsets
stay those of the original text and a quote is taken from it).

No word segmenter is used (none is installed here; jieba, the usual one on the package index,
loads a dictionary of several megabytes on first use): every cue is a fixed run of characters,
matched in the character stream, where Chinese needs no word boundaries; sentences are split on
。！？； and line ends by `text.language`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.licenses.terms.foreign_caps import user_cap

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
    "闻聞 读讀 顺順 损損 状狀 况況"
)
FOLD = str.maketrans({pair[1]: pair[0] for pair in _PAIRS.split()})


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
_PLACE_RE = re.compile(_PLACE)
_SEAT_RE = re.compile("|".join(sorted(_SEATS, key=len, reverse=True)))


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

_G = "[^。;]"  # a gap stays inside one clause
_BAN = r"(?:禁止|不得|严禁|不可|不能|不允许|不准|请勿|切勿|勿|不应|无权)"
_LICENSOR = r"(?<!被)(?:许可方|授权方|许可人|授权人|我们|我方|本公司|开发者|发布方|权利人|版权方)"
_TERMS = r"(?:本协议|本许可|本条款|协议|条款|许可证|许可|政策|规范)"
_CHANGE = r"(?:修订|修改|更新|变更|调整|补充)"
_UPDATE = re.compile(
    _LICENSOR + _G + r"{0,12}?(?:有权|保留|可以|可能|可|将|会|得)" + _G + r"{0,12}?" + _CHANGE
    + _G + r"{0,10}?" + _TERMS
    + r"|(?:本协议|本许可|本条款)" + _G + r"{0,15}?(?:可能|可|将|会|随时|不时)" + _G + r"{0,8}?"
    + r"(?:被|予以|进行)?" + _CHANGE
    + r"|最新版本?" + _G + r"{0,20}?为准"
)  # fmt: skip
_MUTUAL = re.compile(r"双方|书面|一致|协商|经您同意")
_RECIPIENT = r"(?:下游|接收方|接收者|接收人|第三方|用户|使用者|受让方|被再许可方|再许可方|其)"
_FLOW = re.compile(
    r"(?:限制|约束|义务)(?:条款|性条款)?" + _G + r"{0,12}?"
    + r"(?:传递|传达|延伸至|转达|施加于|适用于下游)"
    + _G + r"{0,10}?" + _RECIPIENT
    + r"|(?:要求|确保|保证|责成|促使)" + _G + r"{0,20}?" + _RECIPIENT + _G + r"{0,20}?"
    + r"(?:遵守|受|同意|接受)" + _G + r"{0,20}?(?:本协议|本许可|相同|同样|同等"
    + r"|(?:上述|这些|该等|此类|各项)(?:使用)?(?:限制|条款|约束))"
    + r"|(?:衍生模型|衍生作品|衍生品|派生模型|修改后的模型)" + _G + r"{0,12}?(?:受|遵守|适用)"
    + _G + r"{0,12}?(?:相同|同样|同等)" + _G + r"{0,8}?(?:限制|条款|约束)"
    + r"|以(?:相同|同样)的?(?:许可|协议|条款)" + _G + r"{0,6}?(?:授权|发布|分发|许可)"
)  # fmt: skip
_CREDIT_OBJECT = r"(?:出处|来源|作者|原作者|署名|许可方|模型名称|基于|版权|“|「|\"|《|'|论文)"
_ATTRIBUTION = re.compile(
    r"(?:须|应|必须|应当|需|需要|请|务必)" + _G + r"{0,20}?(?:注明|标明|标注|载明|显示|展示)"
    + _G + r"{0,12}?" + _CREDIT_OBJECT
    + r"|(?:须|应|必须|应当|需|需要|请|务必)" + _G + r"{0,20}?(?:引用|致谢|署名)"
    + r"|(?:保留|包含|附上|附带|保持|不得删除|不得移除|不得去除)" + _G
    + r"{0,12}?(?:版权声明|版权信息|版权标识|许可声明|署名|归属声明|NOTICE)"
    + r"|(?:版权声明|许可声明|署名)" + _G + r"{0,16}?(?:须|应|必须|应当)" + _G
    + r"{0,8}?(?:包含|保留|附在|载于|附于)"
)  # fmt: skip
_OUTPUT_NOUN = r"(?:输出|生成的?内容|生成结果|生成物|产出|合成数据|生成数据|生成的?文本)"
_IMPROVE = r"(?:训练|改进|改善|优化|提升|开发|蒸馏|微调|增强)"
_OUTPUT_USE = (
    r"(?:" + _OUTPUT_NOUN + _G + r"{0,30}?" + _IMPROVE + _G + r"{0,20}?模型"
    + r"|" + _IMPROVE + _G + r"{0,20}?模型" + _G + r"{0,15}?(?:使用|利用|基于|借助)" + _G
    + r"{0,10}?" + _OUTPUT_NOUN + r")"
)  # fmt: skip
# The ban governs the use of outputs: before it in the clause, or said of it right after
# ("您可以使用输出训练其他模型，但不得用于违法用途" bans something else).
_OUTPUT = re.compile(
    _BAN + r"[^。;,]{0,20}?" + _OUTPUT_USE
    + r"|" + _OUTPUT_USE + r"[^。;,]{0,10}?(?:被禁止|是禁止|不被允许|不允许|严禁)"
)  # fmt: skip
_REGISTERED = re.compile(
    r"(?:登记|注册|填写|问卷|申请表|报备|备案|告知)"
    + _G
    + r"{0,12}?(?:后|之后|以后|即可|便可|就可)"
)
_FREE_COMMERCIAL = re.compile(
    r"(?:免费|即可|便可|就可|可以?|允许)" + _G + r"{0,12}?(?:商业|商用)|(?:商业|商用)" + _G
    + r"{0,14}?(?:免费|即可|便可)"
)  # fmt: skip
_DAU = re.compile(r"日活(?:跃)?(?:用户)?|每日活跃用户")
_LAW_PLACE = re.compile(
    r"(?P<place>" + _PLACE + r")(?:大陆地区|大陆|内地)?(?:\([^)]{0,60}\))?(?:的|之)?(?:现行)?法律"
    r"(?!法规)"
)
_LAW_CHOICE = re.compile(r"适用|管辖|解释|约束|准据法|管辖法律|为准")
_LAW_SUBJECT = re.compile(r"协议|许可|条款|合同|争议|纠纷")
_OBEY = re.compile(r"遵守|遵循|遵照|符合")
_VENUE = re.compile(
    r"(?:提交|提请|交由|诉诸|向|由|在|至|于|以)(?P<venue>" + _G
    + r"{0,30}?(?:人民法院|法院|仲裁委员会|国际仲裁中心|仲裁中心|仲裁院))"
)  # fmt: skip
_DISPUTE = re.compile(r"争议|纠纷|诉讼|仲裁|管辖")
_EXPORT = re.compile(r"出口管制|出口限制|制裁|禁运|实体清单|再出口")
_OUTSIDE = re.compile(r"以外|之外")
_DOMICILE = re.compile(
    r"(?:住所|注册地|注册于|居住|总部|主要营业地|主要经营地|设立地|设立于|成立于|居民|公民|国籍)"
    + _G + r"{0,20}?(?:" + _PLACE + r")|(?:" + _PLACE + r")(?:的|之)?(?:居民|公民|国民|企业|公司)"
)  # fmt: skip
# Use of the model withheld as such (the clause ends with it), not a purpose banned
# ("位于中国境内的用户不得将本模型用于违法活动" names no territory of the grant).
_WITHHELD = re.compile(
    _BAN + _G + r"{0,30}?(?:使用|部署|运行|提供|分发|访问|获得)(?:本模型|该模型|模型|本软件)?"
    r"(?=[。;,]|$)|不适用于|不授予|无权"
)
_USED_IN = re.compile(
    r"(?:在|于|向)" + r"(?:" + _PLACE + r")" + _G + r"{0,20}?(?:境内|地区|国内|范围内|使用|部署"
    r"|运行|提供|分发|用户)|位于" + _G + r"{0,30}?(?:" + _PLACE + r")"
)  # fmt: skip


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
    if _UPDATE.search(folded) and not _MUTUAL.search(folded):
        found.append(Clause("licensor_may_update_terms", True))
    if _FLOW.search(folded):
        found.append(Clause("downstream_propagation", True))
    if _ATTRIBUTION.search(folded):
        found.append(Clause("attribution_required", True))
    if _OUTPUT.search(folded):
        found.append(Clause("output_use_restriction", True))
    dau = _DAU.search(folded)
    if dau is not None:
        count = user_cap(folded, _DAU)
        if count is not None:
            found.append(Clause("user_threshold", {"count": count, "unit": "dau"}))
    found.extend(_law_and_venue(folded, original))
    found.extend(_territory(folded))
    return found


_DISPLAY = re.compile(r"注明|标明|标注|载明|显示|展示|署名|致谢")


def is_credit_shown(folded: str) -> bool:
    """A credit shown in or with the product ("注明出处", "标明基于某模型开发"), not notices
    kept in copies ("保留版权声明")."""
    return _DISPLAY.search(folded) is not None and _ATTRIBUTION.search(folded) is not None


# Registering to get the files is no condition of commercial use ("注册后方可下载模型权重").
_TO_DOWNLOAD = re.compile(r"(?:方可|才能|才可|可以?|即可)?(?:下载|获取|访问|获得)")


def is_registration(folded: str) -> bool:
    """Free commercial use once the licensee has registered (filled in a form, told us)."""
    registered = _REGISTERED.search(folded)
    if registered is None or _TO_DOWNLOAD.match(folded, registered.end()):
        return False
    return _FREE_COMMERCIAL.search(folded) is not None


def _law_and_venue(folded: str, original: str) -> list[Clause]:
    found: list[Clause] = []
    law = None
    if _LAW_CHOICE.search(folded) and _LAW_SUBJECT.search(folded):
        for match in _LAW_PLACE.finditer(folded):
            before = folded[max(match.start() - 8, 0) : match.start()]
            if _OBEY.search(before):
                continue  # "遵守中华人民共和国法律": obeying the law chooses none
            law = jurisdiction(match.group())
            if law is not None:
                break
    venue = _VENUE.search(folded) if _DISPUTE.search(folded) else None
    if venue is not None:
        start, end = venue.span("venue")
        found.append(Clause("venue", original[start:end]))
        if law is None:
            seat = _SEAT_RE.search(venue.group("venue"))
            law = jurisdiction(venue.group("venue")) or (_SEATS[seat.group()] if seat else None)
    if law is not None:
        found.append(Clause("governing_law", law))
    return found


def _territory(folded: str) -> list[Clause]:
    """A place where the model may not be used, or whose residents get no rights."""
    if _EXPORT.search(folded) or _OUTSIDE.search(folded) or not _WITHHELD.search(folded):
        return []
    domicile = _DOMICILE.search(folded) is not None
    if not domicile and _USED_IN.search(folded) is None:
        return []
    regions = place_codes(folded)
    if not regions:
        return []
    clause = {"regions": sorted(regions), "models": "all", "exempts": []}
    key = "excluded_licensee_domiciles" if domicile else "excluded_use_territories"
    return [Clause(key, [clause]), Clause("territorial_exclusions", sorted(regions))]


# --- what is not a term of the model ----------------------------------------------------------

# The head noun of a clause's subject that makes the clause about another work: a dataset
# (whatever the clause says of it), other models in a comparison ("其中部分模型仅限非商业用途"),
# or the code or a base model when the clause only names their license ("本项目代码采用 Apache
# 2.0 许可证"). A restriction on a base model binds its derivatives, so it is kept.
_HEAD_END = r"(?:均|也|则|亦|分别|都|本身|仍)?$"
_OTHER_ANY = re.compile(
    r"(?:数据集?|语料库?|训练数据|第三方模型|其他模型|其它模型|部分模型|对比模型|这些模型|上述模型)"
    + _HEAD_END
)
_OTHER_LICENSED = re.compile(
    r"(?:代码|源码|源代码|基础模型|基座模型|底座模型|原始模型|原模型|依赖库|第三方库|第三方组件"
    r"|第三方软件)" + _HEAD_END
)
_LICENSE_VERB = re.compile(r"采用|遵循|适用|使用|受|依据|基于|按照|为|是|属于")
_SUBJECT_END = re.compile(
    r"采用|遵循|遵守|适用|使用|受|依据|基于|按照|仅|只|限|不得|禁止|须|需|可|允许|为|是|属于"
)
_CLAUSE_OPENING = re.compile(r"^(?:其中|其余|另外|此外|但是?|而|注)")
_NOTE = re.compile(
    r"译文|译本|翻译|中文版本?|英文版本?|英文原文|仅供参考|以" + _G + r"{0,8}?版本?为准"
)
_BOILERPLATE = re.compile(
    r"(?:按|以)?[\"“「]?(?:原样|现状)[\"”」]?(?:提供|为基础)|不(?:提供|附带|作|做)?(?:出)?任何"
    + _G + r"{0,24}?(?:担保|保证)|不承担" + _G + r"{0,40}?责任|不对" + _G + r"{0,60}?负责"
    + r"|概不负责|免责"
)  # fmt: skip


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
    if _OTHER_ANY.search(subject):
        return True
    return bool(_OTHER_LICENSED.search(subject) and _LICENSE_VERB.match(clause, verb.start()))


_GRANT = re.compile(r"(?:授予|给予|特此许可)" + _G + r"{0,40}?(?:许可|权利|授权)")
_GRANT_WORDS = re.compile(
    r"不可转让|不可撤销|非独占|非排他|不可再许可|不可分许可|无限制|不受限制"
    r"|(?:但|并)?(?:须|需|应)(?:符合|满足|遵守)(?:下列|以下|如下)(?:条件|条款)"
)
_DEFINITION = re.compile(r"[“\"「][^”\"」]{1,24}[”\"」](?:一词)?(?:是指|系指|意指|指)")
# A copy of the agreement handed on with the model: no term the English rules read either
# (handing on a copy is not binding the recipient to it: see `_FLOW`).
_COPY = re.compile(
    r"(?:附上|附带|随附|一并提供|一并附上|提供|包含|保留)" + _G
    + r"{0,8}?(?:本协议|本许可|本条款)(?:的)?(?:副本|全文|文本)?"
)  # fmt: skip


def is_note(folded: str, restrictive: re.Pattern[str]) -> bool:
    """A translator's note, a disclaimer of warranties and liability, a definition, a duty to
    hand on a copy of the agreement, or a grant that names no limit ("许可方授予您全球范围内、
    免版税、不可转让的许可"): no term of use (the English rules read none from these either).
    `restrictive` tells a limit in the language's words."""
    if any(p.search(folded) for p in (_NOTE, _BOILERPLATE, _DEFINITION, _COPY)):
        return True
    if _GRANT.search(folded) is None:
        return False
    return restrictive.search(_GRANT_WORDS.sub(lambda m: "_" * len(m.group()), folded)) is None


_WRITTEN = re.compile(
    r"书面|事先|同意|批准|未经|许可方(?:的)?(?:授权|许可)|经" + _G + r"{0,6}?授权"
)
_SEPARATE = re.compile(
    r"另行|单独|商业(?:许可|授权)|(?:许可|授权)协议|合同|签订|签署|购买|付费|企业版|商业版"
)


_EXCEEDING = re.compile(r"超过|超出|高于")  # "超过者需另行授权": past a cap stated before


def permission_conditions(folded: str) -> set[str]:
    """What commercial use needs in a passage that makes it depend on the licensor: a further
    license past a cap, a further (commercial, separate) license, or the licensor's permission
    (the reading when the passage names neither)."""
    if _EXCEEDING.search(folded):
        return {"separate-license-above-threshold"}
    found = {"separate-license"} if _SEPARATE.search(folded) else set()
    if _WRITTEN.search(folded) or not found:
        found.add("written-permission")
    return found
