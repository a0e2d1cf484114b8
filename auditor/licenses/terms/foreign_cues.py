"""The words of license terms in other languages than English: the cues `terms.foreign` reads.

Each language has the shapes of the most common restrictions, written from how such clauses
are phrased rather than from any document: a ban on commercial use or a grant confined to
non-commercial ends (`prohibited`), commercial use that needs the licensor's permission or a
separate license (`restricted`), commercial use stated as allowed or a restriction on it
denied ("keine Einschränkungen für die kommerzielle Nutzung": `allowed`), a grant
confined to research or to personal use, a cap on monthly active users or on revenue, and the
law that governs. `vocabulary` tells a sentence that speaks of terms from one that describes
the model (a card's prose); `restrictive` tells a sentence that only names a license from one
that adds a condition to it. Chinese patterns are written in simplified characters and read
traditional ones too (`_zh`).

Languages with cues: zh, ja, ko, de, fr, es, pt, it, ru, ar (`foreign_cues_ar`), pl, tr, vi
(`foreign_cues_pl_tr_vi`), nl, id (`foreign_cues_nl_id`). A language with only `vocabulary` and
`restrictive` would be recognised but not read: its terms reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_ja_ko_forms import (
    JA_ALLOWED_MORE,
    JA_BOTH_MORE,
    JA_LIMIT,
    JA_PROHIBITED_MORE,
    JA_RESEARCH_MORE,
    JA_RESTRICTED_MORE,
    KO_ALLOWED_MORE,
    KO_BOTH_MORE,
    KO_MAU_MORE,
    KO_PERSONAL_MORE,
    KO_PROHIBITED_MORE,
    KO_RESEARCH_MORE,
    KO_RESTRICTED_MORE,
)
from auditor.licenses.terms.foreign_law_ko import LAWS_KO

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Cues:
    """One language's patterns; None where the language has no cue of that kind."""

    vocabulary: re.Pattern[str]
    restrictive: re.Pattern[str]
    license_noun: re.Pattern[str]
    prohibited: re.Pattern[str] | None = None
    restricted: re.Pattern[str] | None = None
    allowed: re.Pattern[str] | None = None
    # "commercial and non-commercial use", "whether commercial or not", "regardless of
    # commercial use": both kinds of use granted, no limit (a ban in the passage is not read)
    both: re.Pattern[str] | None = None
    # a restriction on commercial use denied ("no restrictions on commercial use"): allowed,
    # and the span is blanked before the bans are tried (its negation bans nothing)
    unrestricted: re.Pattern[str] | None = None
    research: re.Pattern[str] | None = None
    personal: re.Pattern[str] | None = None
    mau: re.Pattern[str] | None = None
    revenue: re.Pattern[str] | None = None
    annual: re.Pattern[str] | None = None
    # the licensee's affiliates named in a cap's sentence: they are counted with it
    affiliates: re.Pattern[str] | None = None
    laws: tuple[tuple[re.Pattern[str], str], ...] = ()
    other_work: re.Pattern[str] | None = None  # a dataset, a base model, the code
    this_model: re.Pattern[str] | None = None


_PAIRS = (
    "业業 许許 权權 仅僅 于於 为為 书書 须須 经經 获獲 务務 户戶 数數 "
    "过過 营營 额額 华華 国國 适適 开開 发發 应應 协協 议議 条條 该該 与與 "
    "学學 术術 请請 联聯 系係 约約 关關 则則 万萬 亿億 费費 严嚴 个個 区區 "
    "销銷 签簽 订訂 达達 构構 让讓 规規 员員 项項 围圍 据據 证證 认認 复復 "
    "制製 传傳 报報 负負 责責 担擔 终終 违違 辖轄 诉訴 讼訟 评評 软軟 码碼 "
    "础礎 录錄 册冊 买買 卖賣 无無 专專 义義 谓謂 虽雖 赔賠 偿償 险險 载載 "
    "将將 从從 对對 预預 这這 样樣 资資 备備 语語 库庫 仓倉 练練 级級 线線 "
    "变變 换換 众眾 鉴鑒 独獨 类類 产產 网網 络絡 页頁 别別 问問 题題 讯訊 "
    "单單 赖賴 监監 审審 领領 导導 "
)
_TRADITIONAL = {pair[0]: pair[1] for pair in _PAIRS.split()}


def _zh(pattern: str) -> re.Pattern[str]:
    """A Chinese pattern written in simplified characters that matches traditional ones too:
    each simplified character with a traditional form becomes a class of both."""
    out: list[str] = []
    in_class = False
    for char in pattern:
        other = _TRADITIONAL.get(char)
        if char == "[" and (not out or out[-1] != "\\"):
            in_class = True
        elif char == "]" and (not out or out[-1] != "\\"):
            in_class = False
        if other is None:
            out.append(char)
        elif in_class:
            out.append(char + other)
        else:
            out.append(f"[{char}{other}]")
    return lazy_pattern("".join(out), _FLAGS)


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


_ZH_COMMERCIAL_WORDS = "商业|商用|营利|盈利|牟利|营业(?!地|所|执照|场所|时间)"  # not "主要营业地"
_ZH_COMMERCIAL = f"(?:{_ZH_COMMERCIAL_WORDS})"
_ZH_BAN = (
    r"(?:禁止|不得|严禁|不可|不能|不允许|不准|请勿|切勿|不应|不予|不授予|未授予|并未授予|不包括"
    r"|不包含|不含)"
)
_ZH_PERMISSION = r"(?:授权|许可|同意|批准|协议|合同|联系|申请|登记|注册|购买)"
_ZH_ACQUIRE = r"(?:获得|取得|获取|得到|征得|经过|经|申请|联系|签订|签署|购买|登记|注册|另行)"
_ZH_ONLY = r"(?:仅|只|限|专|僅)"
# a limit said, not denied ("不限于研究", "不仅限于", "并不局限于", "非只"): no confinement
_ZH_ONLY_SAID = r"(?<![不非])(?<!不仅)(?<!不只)(?<!不局)(?<!不僅)" + _ZH_ONLY
# commercial use after the licensor's review or approval ("经许可方审核同意……后方可使用")
_ZH_AFTER_APPROVAL = (
    r"|" + _ZH_COMMERCIAL + r"[^。；;]{0,100}?(?<!无需)(?<!无须)(?<!不需)(?<!不必)"
    r"(?:经|获得|取得)[^。；;]{0,15}?(?:审核|审批|审查|批准|同意|授权|许可)[^。；;]{0,25}?"
    r"(?:后|之后)[^。；;]{0,3}?(?:方可|才能|才可|方能)"
)

_ZH_NC_END = (
    r"(?:个人学习|个人研究|学术研究|科学研究|科研|教学|教育|公益(?:活动|项目|用途)?"
    r"|非营利(?:活动|项目)?|慈善)"
)
_ZH_NC_ACTIVITIES = (
    r"|^[\s\d.、()（）一二三四五六七八九十第条]*"
    r"(?![^。；;]*(?:商业|商用|企业|公司|产品|营利|盈利|经营))"
    + _ZH_NC_END
    + r"(?:[、,，和及与或]{1,2}"
    + _ZH_NC_END
    + r"){0,5}(?:中|时|目的|用途|场景|等)?[^。；;]{0,8}?(?:使用|用于|运行)[^。；;]{0,12}?"
    r"(?:免费|无需付费|可以|均可)"
)

ZH = Cues(
    prohibited=_zh(
        r"非(?:商业|商用|营利)|"
        + _ZH_BAN
        + r"[^。；;]{0,30}?(?:"
        + _ZH_COMMERCIAL_WORDS
        + r"|收费|付费|出售|销售|售卖)|"
        + _ZH_COMMERCIAL
        + r"(?:用途|使用|目的|利用|化|性使用)?[^。；;]{0,12}?"
        r"(?:被禁止|禁止|不被允许|不允许|不可|不得|严禁|不在[^。；;]{0,6}?(?:授权|许可)范围)"
        # free use for non-commercial ends named one by one, and nothing else in the sentence
        # ("个人学习、学术研究和公益活动中使用本模型，免费"): a grant for those ends only
         + _ZH_NC_ACTIVITIES
    ),
    restricted=_zh(
        _ZH_COMMERCIAL
        + r"[^。；;]{0,30}?(?<![无不毋免])(?:须|需|需要|必须|应当|应|请)[^。；;]{0,8}?"
        + _ZH_ACQUIRE
        + r"[^。；;]{0,30}?"
        + _ZH_PERMISSION
        + r"|(?:如需|如要|若需|若要|如果需要|如欲|如果要)[^。；;]{0,20}?"
        + _ZH_COMMERCIAL
        + r"[^。；;]{0,30}?(?:授权|许可|申请|联系(?!人)|填写|邮件|登记|注册|购买)"
        + r"|(?:未经|未获|未取得|没有)[^。；;]{0,20}?(?:授权|许可|同意|批准)[^。；;]{0,30}?"
        + _ZH_COMMERCIAL
        + r"|(?:商业|商用)(?:许可|授权|协议|版本)"
        r"|(?<!无需)(?<!无须)(?<!不需)(?<!毋需)(?<!不必)"  # "无需另行取得授权": no permission
        r"另行(?:取得|获得|获取|申请|签订|签署)[^。；;]{0,15}?(?:许可|授权|协议)"
        r"|(?<![无不毋免])(?:须|需|需要|必须|应)另行(?:授权|许可)" + _ZH_AFTER_APPROVAL
    ),
    allowed=_zh(
        r"(?<![不非禁勿许认])(?:允许|可以|可|准许|免费|自由|支持|开放)[^。；;，,不非]{0,6}?(?:商业|商用)"
        # (not the version or licence to ask for: "可用于商业用途的版本请联系我们")
        r"(?!(?:用途|使用)?的(?:版本|许可|授权|协议|方案))|(?:商业|商用)"
        r"(?:使用|用途)?[^。；;]{0,6}?(?:均可|亦可|也可|(?<!不)(?<!不被)允许|无需(?:额外)?(?:授权|许可))"
        # "许可...,包括用于商业用途", "包括作商业用途", "包括将其用于商业目的"
        r"|(?<![不未])(?:包括|包含|含)(?:(?:将|把)(?:其|它|之|本模型|该模型)?)?(?:用于|在|作|作为|为)?(?:商业|商用)"
        # commercial use counted in ("商业用途包括在内", "为任何合法目的（商业目的在内）")
        r"|(?<!非)(?:商业|商用)(?:用途|目的|使用|场景)?(?:也|亦|均)?(?:包括|包含|涵盖)?在内"
        # "may" as 得 after an adverb ("并得为商业目的使用"; "不得", "取得" are no such 得)
        r"|(?:并|亦|也|均|皆|且|还)得(?:为|以|于|用于|作|作为|供)?(?:商业|商用)"
        # products made with it too, in plain words ("做研究、做产品都行")
        r"|(?:做|开发|用于|用在|拿来做)(?:商业)?产品[^。；;不]{0,6}?"
        r"(?:都行|都可以|均可|也行|也可以|都没问题|没问题)"
    ),
    both=_zh(
        r"(?<!非)(?:商业|商用|营利)(?:用途|目的)?(?:和|与|或|及|以及|、|还是|抑或)非(?:商业|商用|营利)"
        r"|非(?:商业|商用|营利)(?:用途|目的)?(?:和|与|或|及|以及|、|还是|抑或)(?:商业|商用|营利)"
        r"|不限于非商业"
        # a limit to non-profit ends denied, business use then named ("用途并不局限于教学科研，
        # 也涵盖企业的经营性使用", "不仅限于个人学习，商业活动同样可以")
        r"|(?:不|不仅|不只|非仅|不局)限于[^。；;]{0,15}?(?:学习|研究|科研|学术|教学|教育|个人|公益"
        r"|非营利|非商业)[^。；;]{0,20}?(?:经营|营业|商业|商用|营利|盈利|业务|生意|企业)"
        # whether or not commercial: 无论是否商用, 不论是否用于商业目的, 商用与否
        r"|(?:无论|不论|不管|不问)[^。；;，,]{0,8}?是否[^。；;，,]{0,6}?(?:商业|商用|营利|盈利)"
        r"|(?<!非)(?:商业|商用|营利)(?:用途|使用|目的|性质)?与否"
    ),
    research=_zh(_ZH_ONLY_SAID + r"[^。；;，,]{0,24}?(?:学术|科研|研究|教学|教育)"),
    personal=_zh(_ZH_ONLY_SAID + r"[^。；;]{0,8}?个人(?:学习|研究|使用|用途)"),
    mau=_zh(r"月(?:度)?活(?:跃)?(?:用户)?|每月活跃用户"),
    revenue=_zh(r"营业收入|营收|年收入|收入|销售额|营业额"),
    annual=_zh(r"年"),
    affiliates=_zh(r"关联(?:公司|方|企业|实体)|附属公司|子公司|集团(?:公司|内|成员)"),
    laws=(),  # any place named: read by foreign_zh
    vocabulary=_zh(
        r"许可|授权|协议|条款|禁止|不得|严禁|限制|商业|商用|营利|仅限|仅供|同意|必须|不允许|违反|责任"
        r"|保证|担保|终止|法律|管辖|专利|分发|署名|衍生"
    ),
    restrictive=_zh(
        r"禁止|不得|严禁|不可|不能|不允许|请勿|勿|仅|只|限|非商|商业|商用|营利|须|需|必须|应当|未经"
        r"|同意|除外|但|收费|付费|终止|违反|责任"
    ),
    license_noun=_zh(r"许可|授权协议|协议|条款|license|licence"),
    other_work=_zh(r"数据|资料|语料|基础模型|基座模型|底座模型|原始模型|原模型|代码|源码|第三方"),
    this_model=_zh(r"本模型|该模型|此模型|本项目|本仓库|模型权重|权重|本软件"),
)

_JA_COMMERCIAL = r"(?:商用|商業|営利)"
# a use refused, in the plain and the polite negative forms: 禁止, できません, 認められません,
# 認めていません, 認めておりません, 許可しておりません, いただけません, ご遠慮ください
_JA_NOT = r"(?:ません|ていません|ておりません|ない|ず)"
_JA_REFUSED = (
    r"(?:禁止|禁じ|できません|できかねます|不可|認め(?:られ)?" + _JA_NOT + r"|してはなり|してはいけ"
    r"|許可(?:され|し)" + _JA_NOT + r"|許諾(?:され|し)" + _JA_NOT + r"|行わないで|しないで"
    r"|いただけません|ご遠慮(?:ください|願います)|お断り)"
    r"(?!(?:もの|わけ)では)"  # "認めないものではありません": a refusal denied
)
# a short run of particles and use nouns between a purpose and its limit: 研究目的での利用に限ります
# commercial or not, either way: 商用・非商用, 商用か非商用か, 営利目的か否か, 商用利用の有無
_JA_KIND = r"(?<!非)(?:商用|商業|営利)(?:的|目的|利用|用途)?"
_JA_NON = r"非(?:商用|商業|営利)(?:的|目的|利用|用途)?"
_JA_OR = r"(?:[・、/／]|か|及び|および|と|又は|または|もしくは)"
_JA_EITHER = (
    _JA_KIND + _JA_OR + _JA_NON + r"か?|" + _JA_NON + _JA_OR + _JA_KIND + r"か?"
    r"|" + _JA_KIND + r"(?:であるか|か)(?:否か|どうか)|" + _JA_KIND + r"の?有無"
)
# allowed within these terms, by them: 本規約の範囲内で, 本ライセンスの条件に従い, 本規約に基づき
_JA_WITHIN_TERMS = (
    r"(?:[、,]?(?:本|この|当)(?:利用)?(?:規約|契約|ライセンス|条件|許諾条件|利用条件)"
    r"(?:の(?:範囲内|範囲|定め|条件|規定))?(?:で|において|に従って|に従い|に基づき|に基づいて|の下で)"
    r"[、,]?)?"
)
_JA_RUN = r"(?:[のでにへはをとため]{0,4}(?:利用|使用|活用|用途|ご利用)?[のでにへはをとため]{0,3})"
_JA_CONSENT_ASKED = (
    rf"|(?<!非){_JA_COMMERCIAL}[^。]{{0,60}}?(?:場合|際|とき|には)[^。]{{0,80}}?"
    r"(?:承諾|許諾|許可|承認|同意)(?:を|について)?(?:得|受け|取得|いただ|お受け)"
)
JA = Cues(
    prohibited=_re(
        r"非商用|非商業|非営利|"
        + _JA_COMMERCIAL
        + r"(?:的|目的|利用|での利用|での使用|使用|用途)?[^。]{0,20}?"
        + _JA_REFUSED
        + r"|(?:禁止|禁じ)[^。]{0,10}?"
        + _JA_COMMERCIAL
        + JA_PROHIBITED_MORE  # a label and its refusal (`foreign_ja_ko_forms`)
    ),
    restricted=_re(
        _JA_COMMERCIAL + r"[^。]{0,40}?(?:許諾|許可|承諾|同意|契約|ライセンス)[^。]{0,20}?"
        r"(?:必要|得|取得|締結|求め|要し|受け)|"
        + _JA_COMMERCIAL
        + r"[^。]{0,30}?(?:お問い合わせ|ご連絡|問い合わせ|連絡して)"
        r"|(?:事前の|書面による)[^。]{0,20}?(?:許諾|承諾|同意)[^。]{0,30}?"
        + _JA_COMMERCIAL
        # a wish for commercial use, then the licensor's consent to obtain, however far apart in
        # the sentence: 営利目的での利用（…）をご希望の場合は、…当社の承諾を得てください
        + _JA_CONSENT_ASKED
        + JA_RESTRICTED_MORE  # approval (`foreign_ja_ko_forms`)
    ),
    allowed=_re(
        r"(?:商用|商業)(?:利用|目的(?:での|の)利用|目的|での利用)?"
        r"(?:も|が|は|を)?"
        + _JA_WITHIN_TERMS
        + r"(?:可能|自由|OK|認められ(?:ます|ている)|認め(?:ています|ております|ます)"
        r"|許可され(?:ます|ている)|(?:行う|する)?ことが?でき(?:ます|る)(?!もの)|できます)"
        # a grant that includes commercial ends: 商用目的を含む, 商業利用も含めて, 営利目的を含み,
        # 商用目的での利用もこれに含まれます (never a denial: 含みません, 含まれない)
        r"|(?<!非)(?:商用|商業|営利)(?:的|目的|利用|用途)?(?:(?:での|で|における|の)(?:利用|使用))?[をもが]?"
        r"(?:(?:これ|本許諾|本ライセンス|上記の権利|前項の権利)に)?含(?:む|め|み|まれ)(?!ませ|な|ず)"
        + JA_ALLOWED_MORE  # products and services, the polite potential (`foreign_ja_ko_forms`)
    ),
    both=_re(
        r"(?:" + _JA_EITHER + r")(?:[をにはのでも]{0,3})(?:問わ|問いません|かかわら|関わら|拘わら"
        r"|関係な|いずれ|どちら|別なく|区別なく|両方|とも|共に)"
        + JA_BOTH_MORE  # not only non-profit ends (`foreign_ja_ko_forms`)
    ),
    research=_re(
        r"(?:研究|学術|教育)(?:目的|用途)?"
        + _JA_RUN
        + JA_LIMIT
        # "other than research ... refused": 研究目的以外での利用は認めていません
        + r"|(?:研究|学術|教育)(?:目的|用途)?以外[^。]{0,20}?"
        + _JA_REFUSED
        + JA_RESEARCH_MORE  # evaluation and testing only (`foreign_ja_ko_forms`)
    ),
    personal=_re(r"個人(?:的な)?(?:利用|使用|目的)" + _JA_RUN + JA_LIMIT),
    mau=_re(r"月間アクティブユーザー?|月間利用者|\bMAU\b"),
    revenue=_re(r"売上高?|売り上げ|年間売上|年商|収益|収入"),
    annual=_re(r"年間|年"),
    affiliates=_re(r"関連会社|関係会社|子会社|親会社|グループ(?:会社|企業)|系列会社|関連企業"),
    laws=(
        (
            _re(
                r"(?:日本法|日本国法|日本(?:国)?の(?:法律|法令))[^。]{0,10}?(?:準拠|に従って解釈|に従い解釈"
                r"|が適用|を適用|により解釈)|準拠法は日本"
            ),
            "JP",
        ),
    ),
    vocabulary=_re(
        r"ライセンス|許諾|許可|規約|契約|禁止|商用|商業|営利|制限|限り|のみ|同意|責任|保証|準拠法"
        r"|著作権|再配布|改変|してはなら|できません"
    ),
    restrictive=_re(
        r"禁止|できません|不可|のみ|限り|限定|必要|非商用|非営利|商用|商業|営利|除く|ただし|但し"
        r"|しないで|してはなら|同意"
    ),
    license_noun=_re(r"ライセンス|使用許諾|利用規約|規約|license|licence"),
    other_work=_re(r"データセット|データ|コーパス|ベースモデル|元のモデル|元モデル|コード|第三者"),
    this_model=_re(r"本モデル|このモデル|当モデル|重み|本ソフトウェア"),
)

_KO_COMMERCIAL = r"(?:상업|영리)"
_KO_KIND = _KO_COMMERCIAL + r"(?:적|용)?"
_KO_OR = r"\s*(?:[·ㆍ,/]|및|또는|혹은|이든|이나|과|와)\s*"  # either kind: 상업적·비상업적
_KO_PURPOSE_ALLOWED = (
    rf"|(?<!비){_KO_KIND}\s*(?:목적|용도)\s*(?:의|으로의|로의)\s*(?:이용|사용)(?:이|도|은)?\s*"
    r"(?:가능|허용(?:됩니다|되며|된다|합니다)|자유)"
)
KO = Cues(
    prohibited=_re(
        r"비상업|비영리|" + _KO_COMMERCIAL + r"(?:적|용)?\s*(?:이용|사용|목적|용도)?[^.。]{0,20}?"
        r"(?:금지(?!하지\s*(?:않|아니))|불가|할\s*수\s*없|(?:허용|허락|허가)(?:되|하)지\s*(?:않|아니)"
        r"|안\s*됩니다|하지\s*마|해서는\s*안)" + KO_PROHIBITED_MORE  # a label, its refusal
    ),
    restricted=_re(
        _KO_COMMERCIAL + r"[^.。]{0,40}?(?:허가|승인|동의|라이선스|라이센스|계약|허락)[^.。]{0,20}?"
        r"(?:필요|받아야|받은|받으|체결|얻어|맺어야|맺은)|"
        + _KO_COMMERCIAL
        + r"[^.。]{0,30}?(?:문의|연락)"
        + KO_RESTRICTED_MORE  # consult the licensor (`foreign_ja_ko_forms`)
    ),
    allowed=_re(
        _KO_COMMERCIAL
        + r"(?:적|용)?\s*(?:이용|사용)(?:이|도|은)?\s*(?:가능|허용됩니다|허용되며|자유)"
        # the purpose named first: 영리 목적의 이용도 허용됩니다, 상업적 용도로의 사용도 가능합니다
        + _KO_PURPOSE_ALLOWED
        # a grant that includes commercial ends: 상업적 목적을 포함한, 영리 목적으로도 이용할 수
        # 있습니다; or is for any purpose: 모든 목적으로, 목적에 관계없이
        + r"|(?<!비)"
        + _KO_KIND
        + r"\s*(?:목적|용도|이용|사용)?\s*(?:을|를)?\s*포함(?:한|하여|하는|해)"
        r"|(?<!비)" + _KO_KIND + r"\s*(?:목적|용도)\s*으?로도\s*(?:이용|사용)"
        # 상업적 목적의 이용도 포함됩니다 (never a denial: 포함되지 않습니다)
        r"|(?<!비)" + _KO_KIND + r"\s*(?:목적|용도)?\s*(?:의|으로의|에서의)?\s*(?:이용|사용)"
        r"\s*(?:도|이|가|을|를)?\s*포함(?:됩니다|된다|되며|되어|되고|합니다|한다|함)"
        r"|모든\s*(?:목적|용도)\s*(?:으로|에)|(?:목적|용도)\s*(?:에\s*)?(?:관계\s*없이|제한\s*없이)"
        + KO_ALLOWED_MORE  # permitted, likewise (`foreign_ja_ko_forms`)
    ),
    # commercial or not, either way: 상업적·비상업적 용도에 관계없이, 영리 여부를 불문하고
    both=_re(
        f"(?:(?<!비){_KO_KIND}{_KO_OR}비{_KO_COMMERCIAL}|비{_KO_KIND}{_KO_OR}{_KO_COMMERCIAL}"
        f"|(?<!비){_KO_KIND}\\s*(?:이용|사용|목적|용도)?\\s*(?:여부|유무))"
        r"[^.。]{0,12}?(?:관계\s*없이|상관\s*없이|무관하게|무관히|불문|모두|구분\s*없이)"
        + KO_BOTH_MORE  # not only non-profit ends (`foreign_ja_ko_forms`)
    ),
    research=_re(
        r"(?:연구|학술|교육)\s*(?:목적|용도)?\s*(?:으로만|로만|에\s*한하여|에\s*한해|에\s*한정(?!되지|하지|되는\s*것은\s*아))"
        + KO_RESEARCH_MORE  # evaluation and testing only (`foreign_ja_ko_forms`)
    ),
    personal=_re(
        r"개인\s*(?:적\s*)?(?:이용|사용|목적|용도)?\s*(?:으로만|로만|에\s*한하여|에\s*한해)"
        + KO_PERSONAL_MORE  # 개인적인 용도로만 (`foreign_ja_ko_forms`)
    ),
    mau=_re(r"월간?\s*활성\s*(?:사용자|이용자)|\bMAU\b" + KO_MAU_MORE),
    revenue=_re(r"매출|수익|수입"),
    annual=_re(r"연간|연\s|년|(?:사업|회계)\s*연도"),
    affiliates=_re(r"계열\s*회?사|관계\s*회사|자회사|그룹\s*(?:사|회사)"),
    laws=(
        (
            _re(
                r"대한민국\s*(?:의\s*)?법(?:률|령)?[^.]{0,20}?(?:준거|따라\s*해석|적용|따르|따릅|따른"
                r"|의하|의합|의한|규율)|준거법\s*(?:은|:|：)\s*대한민국"
            ),
            "KR",
        ),
        *LAWS_KO,  # another place's law (`foreign_law_ko`)
    ),
    vocabulary=_re(
        r"라이선스|라이센스|허가|허용|약관|계약|금지|상업|영리|제한|동의|책임|보증|준거법|저작권|배포"
    ),
    restrictive=_re(
        r"금지|불가|없습니다|않|으로만|로만|한하여|한해|필요|비상업|비영리|상업|영리|단,|제외|동의"
    ),
    license_noun=_re(r"라이선스|라이센스|이용\s*약관|약관|license|licence"),
    other_work=_re(r"데이터셋|데이터|말뭉치|기본\s*모델|베이스\s*모델|원본\s*모델|코드|제3자"),
    this_model=_re(r"본\s*모델|이\s*모델|해당\s*모델|가중치"),
)
