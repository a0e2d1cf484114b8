"""A grant for any purpose in Chinese, Japanese and Korean, for `foreign_grants.any_purpose_grant`:
every purpose named as the reach of a permission ("得为任何目的使用", "可用于一切用途", "无论
出于何种目的均可使用", "目的を問わず利用できます", "いかなる目的にも使用できる", "어떤 목적으로든
사용할 수 있습니다", "목적을 불문하고 이용할 수 있다"): commercial use is among them. So is a
permission taking business use in, in Japanese and Korean words for business ("営業目的で利用する
こともできます", "事業に使用して差し支えありません", "영업에 이용하는 것도 가능합니다", "사업 목적
으로 활용할 수 있습니다"; Chinese 经营, 营业 are read by `foreign_zh_grant_words`).

Read in one sentence, the any-purpose words and a word of permission in either order. A ban, a
limit, an exception or a condition in the same sentence ("不得", "仅", "须…同意", "のみ",
"を除き", "必要", "만", "제외", "동의") makes it no such grant: the other readers read those, or
the sentence is reported unread. Chinese is matched folded to simplified (`foreign_zh.fold`).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["any_purpose_asia"]

# every purpose: "任何目的", "一切用途", "何种目的", "目的不限", "不论用途"
_ZH_ANY = (
    r"(?:任何|一切|所有|任意|各种|各类|何种|什么|哪种)的?(?:目的|用途|用途上|场合|场景|领域|事业)"
    r"|(?:目的|用途)(?:均|皆|一概)?不(?:限|拘)(?!于)|不(?:论|拘|限)(?:目的|用途)(?!于)"
)
_ZH_PERMIT = r"(?<![不未])(?:可以|可|得|能够|能|准许|允许|许可|授予|授权|同意|自由|免费)"
_ZH_NOT = lazy_pattern(
    r"不得|不可|不能|不准|不允许|禁止|严禁|请勿|切勿|勿|非(?!专|独)|仅|只|限于|专供|除|以外|之外"
    r"|须|需(?!求)|必须|应当|前提|方可|才|经.{0,12}?(?:同意|许可|授权|批准|核准)"
)
_ZH = lazy_pattern(
    rf"(?:{_ZH_PERMIT})[^。；;!！?？]{{0,16}}?(?:{_ZH_ANY})|(?:{_ZH_ANY})[^。；;!！?？]{{0,24}}?"
    rf"(?:{_ZH_PERMIT})"
)

# ja: "いかなる目的にも", "あらゆる用途で", "目的を問わず", "用途のいかんを問わず", "目的に制限なく"
_JA_ANY = (
    r"(?:いかなる|あらゆる|どのような|どんな|すべての|全ての|任意の)(?:目的|用途)"
    r"|(?:目的|用途)(?:の(?:いかん|如何))?(?:を|は)?問わ(?:ず|ない)|(?:目的|用途)(?:に|の)?(?:制限|制約)(?:なく|なし)"
)
_JA_PERMIT = r"できます|できる|可能|許諾|許可し|認め|自由に"
_JA_NOT = lazy_pattern(
    r"(?<!差し支えあり)(?<!構い)ません|ならない|できない|しない|禁止|禁じ|のみ|限り|限る|限定|除き|除いて|除く|ただし|但し"
    r"|必要|承諾|同意|事前|非営利|非商用"
)
_JA = lazy_pattern(rf"(?:{_JA_ANY})[^。]*?(?:{_JA_PERMIT})|(?:{_JA_PERMIT})[^。]*?(?:{_JA_ANY})")
# business use taken in: "営業目的で利用することもできます", "事業に使用して差し支えありません"
_JA_BUSINESS = lazy_pattern(
    r"(?:営業|事業|ビジネス|業務|商売|収益事業)(?:上|目的|用途|活動)?(?:で|に|の|での|へ|にも|でも)?"
    r"[^。]{0,16}?(?:利用|使用|活用|組み込)[^。]{0,12}?(?:できます|できる|可能|差し支えありません"
    r"|構いません|自由|認め)"
)

# ko: "어떤 목적으로든", "모든 용도에", "목적을 불문하고", "목적을 묻지 않고"
_KO_ANY = (
    r"(?:어떤|어떠한|어느|모든|여하한)\s*(?:목적|용도)"
    r"|(?:목적|용도)(?:을|를|와|과|에)?\s*(?:불문|묻지\s*않고|가리지\s*않고|막론)"
)
_KO_PERMIT = r"수\s*있|허락|허용|허가|가능|자유"
_KO_NOT = lazy_pattern(
    r"금지|안\s*됩|안\s*된|아니\s*된|없습니다|없다|없으며|않습니다|않는다|만\s|만을|에\s*한하|에\s*한해"
    r"|한정|제외|필요|동의|승인|비영리|비상업"
)
_KO = lazy_pattern(rf"(?:{_KO_ANY})[^.。]*?(?:{_KO_PERMIT})|(?:{_KO_PERMIT})[^.。]*?(?:{_KO_ANY})")
# business use taken in: "영업에 이용하는 것도 가능합니다", "사업 목적으로 활용할 수 있습니다"
_KO_BUSINESS = lazy_pattern(
    r"(?<!비)(?:영업|사업(?!\s*(?:연도|년도|자\s*등록))|비즈니스|상용|상거래|수익\s*사업)"
    r"(?:\s*(?:목적|용도|활동))?\s*(?:에|에서|으로|로|상|에도|으로도|로도)?[^.。]{0,20}?"
    r"(?:이용|사용|활용)(?!자)[^.。]{0,12}?(?:가능|수\s*있|하셔도\s*됩|해도\s*됩|허용|자유)"
)

_SENTENCES = lazy_pattern(r"[^。.!！?？;；]+")


def any_purpose_asia(text: str) -> bool:
    """Whether a sentence of `text` grants use for any purpose in Chinese, Japanese or Korean,
    with no ban, limit, exception or condition beside it (module docstring)."""
    for sentence in (m.group() for m in _SENTENCES.finditer(text)):
        readers = (
            (_ZH, _ZH_NOT), (_JA, _JA_NOT), (_KO, _KO_NOT),
            (_JA_BUSINESS, _JA_NOT), (_KO_BUSINESS, _KO_NOT),
        )  # fmt: skip
        for grant, refused in readers:
            if grant.search(sentence) is not None and refused.search(sentence) is None:
                return True
    return False
