"""Japanese and Korean forms the cues of `foreign_cues` read through (session 25):

- Korean's formal negation, "-지 아니하다" ("적용하지 아니한다", "요하지 아니한다", "갖지
  아니한다"), folded to the plain "-지 않다" every Korean cue is written with (`plain_ko`);
- commercial use allowed in more words: Korean "허락된다", "허가됩니다", "마찬가지이다" (likewise,
  after a grant) beside the commercial word; Japanese use in products, services or a business
  ("商品やサービスにもご利用いただけます", "事業でお使いいただけます") and the polite potential
  ("ご利用いただけます", "お使いになれます") after a commercial word, and selling products with
  the model or a paid service ("製品を販売することができます", "유료 서비스를 제공할 수
  있습니다") (`JA_ALLOWED_MORE`,
  `KO_ALLOWED_MORE`, alternatives of the languages' `allowed` cues);
- Japanese approval or consent (承認, 了解, 認可) among the licensor's decisions a commercial
  use may need, and consulting the licensor first ("個別にご相談ください", "회사와 협의해야
  합니다") a request for its permission (`JA_RESTRICTED_MORE`, `KO_RESTRICTED_MORE`).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

# the formal negation and its endings, each with the plain form's ending
_FORMAL = {
    "한다": "는다", "합니다": "습니다", "하며": "으며", "하고": "고", "하다": "다", "함": "음",
    "하여": "아", "하는": "는", "할": "을", "하면": "으면", "한": "은", "하였": "았",
}  # fmt: skip
_KO_FORMAL = lazy_pattern(r"지\s*아니(" + "|".join(sorted(_FORMAL, key=len, reverse=True)) + ")")


def plain_ko(text: str) -> str:
    """A Korean passage with its formal negations in the plain form ("-지 않는다")."""
    if "아니" not in text:
        return text
    return _KO_FORMAL.sub(lambda m: "지 않" + _FORMAL[m.group(1)], text)


# Japanese: the polite and plain potentials of using (never a negative: いただけません)
_JA_MAY_USE = (
    r"(?:ご|お)?(?:利用|使用|活用|使い|お使い)(?:に)?(?:なれ(?:ます|る)|いただけ(?:ます|る)(?!せん)"
    r"|(?:する)?ことが?でき(?:ます|る)(?!もの)|でき(?:ます|る)|可能)"
)
# what a business sells or does: products, services, business, work, revenue
_JA_BUSINESS = r"(?:商品|製品|事業|業務|ビジネス|営業|収益|有償(?:の)?サービス)"
# selling products with the model in, or offering it in a paid service: 製品を販売することが
# できます, 有償のサービスで提供できます
_JA_SOLD = (
    r"|(?:販売|有償(?:で|にて)?(?:の)?(?:提供|サービス)|有料(?:で|にて)?(?:の)?(?:提供|サービス)|収益化)"
    r"[^。]{0,12}?(?:する)?(?:ことが?|こと[もは])?(?:でき(?:ます|る)(?!もの)|可能|いただけ(?:ます|る))"
)
# a label and its verdict: 商用利用：可, 商用 ○; anyone, individuals or companies alike, may use it:
# 個人・法人を問わずご利用いただけます; no notice or permission needed for commercial use:
# 商用利用に当社の許諾は不要です
_JA_LABEL_AND_WHO = (
    r"|(?<!非)(?:商用|商[業业]|営利)(?:利用|目的|での利用)?\s*[:：]\s*"
    r"(?:可(?!能で)|○|◯|〇|OK|可能|あり|許可|自由)"
    r"|(?:個人|法人|企業|団体)[・、とや]?(?:個人|法人|企業|団体)?(?:を)?(?:問わ|問いません|の別なく|を区別せず)"
    r"[^。]{0,30}?"
    + _JA_MAY_USE
    + r"|(?<!非)(?:商用|商業|営利)[^。]{0,40}?(?:申請|届出|届け出|登録|連絡|報告|許諾|許可|承諾"
    r"|同意)[^。]{0,10}?(?:不要|必要(?:は|も)?(?:ありません|ない|ございません))"
)
JA_ALLOWED_MORE = (
    # profit-making ends counted in, the purpose a verb phrase: 営利を目的とするご利用も含まれます
    r"|(?<!非)(?:商用|商業|営利)(?:を|の)?目的と(?:する|した|して)(?:ご)?(?:利用|使用)(?:も|が)?"
    r"(?:これに|本許諾に)?含(?:む|め|み|まれ)(?!ませ|な|ず)"
    + _JA_SOLD
    + _JA_LABEL_AND_WHO
    + (
        # products and services, a business: 商品やサービスにもご利用いただけます
        r"|"
        + _JA_BUSINESS
        + r"[^。、]{0,12}?(?:にも|でも|に|で|の中で)"
        + _JA_MAY_USE
        # the commercial word, then may use: 商用でもお使いいただけます
        + r"|(?<!非)(?:商用|商業|営利)(?:目的|利用)?(?:で|でも|にも|に)"
        + _JA_MAY_USE
    )
)
# approval: the licensor's decision a commercial use may need (承認を受けなければならない)
JA_RESTRICTED_MORE = (
    r"|(?<!非)(?:商用|商業|営利)[^。]{0,60}?(?:承認|了解|了承|認可)[^。]{0,10}?"
    r"(?:必要|得|受け|要し|求め)"
    # consult the licensor first: 個別にご相談ください, 当社と協議の上
    r"|(?<!非)(?:商用|商業|営利)[^。]{0,60}?(?:(?:ご相談|相談して)(?:ください|下さい|いただ|の上)"
    r"|協議(?:の上|して|が必要|しなければ|を経))"
    # only where the licensor has permitted it: 当社が書面により事前に許諾した場合に限ります
    r"|(?<!非)(?:商用|商業|営利)[^。]{0,60}?(?:許諾|許可|承諾|同意|承認)(?:し|され|を得|が得られ)た"
    r"(?:場合|とき)(?:に)?限(?:り|ります|る|られ)"
)
# Korean: consult or agree with the licensor first (상업적 용도로 쓰려면 회사와 협의해야 합니다)
# a label and a refusal: 商用利用：×, 상업적 이용: X (a short label line may be told Chinese and
# folded: 商业)
JA_PROHIBITED_MORE = (
    r"|(?<!非)(?:商用|商[業业]|営利)(?:利用|目的|での利用)?\s*[:：]\s*(?:×|✕|✖|NG|不可|なし|禁止)"
)
KO_PROHIBITED_MORE = (
    r"|(?<!비)(?:상업|영리)적?\s*(?:목적|용도)?\s*(?:이용|사용)?\s*[:：]\s*(?:X|×|✕|불가|금지|불허)"
    # acts joined by "-거나" (or), the ban ending the list ("영리 목적으로 사용하거나, 유료
    # 서비스에 포함하거나, 판매할 수 없습니다"): the ban reaches each act
    r"|(?<!비)(?:상업|영리)(?:적|용)?\s*(?:목적|용도)?\s*(?:으로|로|에)?\s*(?:이용|사용)하거나"
    r"(?:[,\s]+[^.。,]{1,40}?거나)*[,\s]+[^.。,]{0,30}?(?:할\s*수\s*없|해서는\s*안|하지\s*마"
    r"|하는\s*것(?:을|은)\s*금지)"
)
# either kind of purpose, in the words of each language (the pairs of `foreign_cues`)
_JA_KIND = r"(?:商用|商業|営利)(?:的|目的|利用|用途)?"
_JA_OR = r"(?:[・、/／]|か|及び|および|と|又は|または|もしくは|や)"
_JA_GRANTED = (
    r"(?:許諾(?:す|し(?!ない|ませ))|許可(?:す|し(?!ない|ませ))|認め(?:る|ます)|でき(?:る|ます)"
    r"|利用可能|使用可能|権利を(?:付与|与え)|(?:なれ|いただけ)ます)"
)
_KO_KIND = r"(?:상업|영리)(?:적|용)?"
_KO_OR = r"\s*(?:[·ㆍ,/]|및|또는|혹은|이든|이나|과|와)\s*"
_KO_GRANTED = (
    r"(?:부여(?!하지|되지)|(?:허락|허용|허가)(?!하지|되지)|(?:할|쓸)\s*수\s*있|가능(?!하지))"
)
# both kinds: not only non-profit but for-profit use too (비영리 단체뿐 아니라 영리 기업도,
# 非営利だけでなく営利目的でも): no ban in the passage
JA_BOTH_MORE = (
    r"|非(?:営利|商用|商業)[^。]{0,20}?(?:だけでなく|のみならず|はもちろん|に限らず)[^。]{0,12}?"
    r"(?<!非)(?:営利|商用|商業)"
    # a limit to non-profit ends denied, then business use ("研究用途に限定されず、事業での利用も
    # 含みます", "個人利用にとどまらず業務でも使えます")
    r"|(?:研究|学術|教育|個人|非営利|非商用)[^。]{0,10}?(?:に限らず|に限定され(?:ず|ません)"
    r"|のみならず|だけでなく|にとどまらず)[^。]{0,30}?(?:事業|営業|ビジネス|業務|商用|商業|営利|企業)"
    # both kinds paired as the purpose of a grant, in either order ("商用又は非商用の目的で
    # …許諾する", "非営利・営利いずれの用途でも利用できます"): no refusal follows the verb
    r"|(?:(?<!非)"
    + _JA_KIND
    + _JA_OR
    + r"非"
    + _JA_KIND
    + r"|非"
    + _JA_KIND
    + _JA_OR
    + _JA_KIND
    + r")[^。]{0,50}?"
    + _JA_GRANTED
)
KO_BOTH_MORE = (
    r"|비(?:영리|상업)[^.。]{0,20}?(?:뿐\s*(?:아니라|만\s*아니라)|는\s*물론|에\s*한하지\s*않고)"
    r"[^.。]{0,12}?(?<!비)(?:영리|상업)"
    # a limit to non-profit ends denied, then business use ("연구 목적에 한정되지 않고 사업에도
    # 쓸 수 있습니다", "개인 이용뿐 아니라 업무용으로도")
    r"|(?:연구|학술|교육|개인|비영리|비상업)[^.。]{0,10}?(?:에\s*한정되지\s*않|에\s*한하지\s*않"
    r"|에\s*그치지\s*않|뿐\s*(?:아니라|만\s*아니라)|는\s*물론)[^.。]{0,30}?"
    r"(?:사업|영업|비즈니스|업무|상업|영리|기업)"
    # both kinds paired as the purpose of a grant ("영리 또는 비영리 목적으로 쓸 수 있습니다",
    # "비상업적·상업적 용도의 이용을 허락합니다"): no negation after the verb
    r"|(?:(?<!비)"
    + _KO_KIND
    + _KO_OR
    + r"비"
    + _KO_KIND
    + r"|비"
    + _KO_KIND
    + _KO_OR
    + _KO_KIND
    + r")[^.。]{0,60}?"
    + _KO_GRANTED
)
KO_RESTRICTED_MORE = (
    # the licensor's consent must be there: 회사의 사전 동의가 있어야 합니다
    r"|(?<!비)(?:상업|영리)[^.。]{0,60}?(?:허락|허가|승인|동의)(?:이|가)\s*(?:있어야|요구)"
    r"|(?<!비)(?:상업|영리)[^.。]{0,60}?협의\s*(?:하여야|해야|하셔야|하십시오|하여\s*주|가\s*필요"
    r"|를\s*거쳐|한\s*후|후에?|하시기)"
)
# Korean: allowed, permitted, likewise (after a grant): 상업적 이용도 허락된다
_KO_PERMITTED = (
    r"(?:가능|자유|(?:허용|허락|허가)(?:됩니다|된다|되며|되고|되어|됨)|마찬가지|같(?:습니다|다)"
    r"|동일(?:합니다|하다))"
)
KO_ALLOWED_MORE = (
    # a label and its verdict: 상업적 이용: 가능; for-profit companies too: 영리 기업도 사용할 수
    # 있습니다; individuals and companies alike: 개인과 기업 모두; no notice or permission needed
    r"|(?<!비)(?:상업|영리)적?\s*(?:목적|용도)?\s*(?:이용|사용)?\s*[:：]\s*(?:가능|허용|O|○|자유)"
    r"|(?<!비)(?:상업|영리)적?\s*(?:목적|용도)?\s*(?:으로|로)도\s*(?:자유롭게\s*)?(?:쓰실|쓸)\s*수\s*있"
    r"|(?<!비)영리\s*(?:기업|법인|회사|단체)\s*(?:도|에서도)[^.。]{0,20}?(?:사용|이용)(?:할|하실)\s*수\s*있"
    r"|(?:개인|기업|법인|단체)\s*(?:과|와|이나|및|,|·)\s*(?:개인|기업|법인|단체)\s*(?:모두|누구나|구분\s*없이"
    r"|관계\s*없이)[^.。]{0,20}?(?:사용|이용)(?:할|하실)\s*수\s*있"
    r"|(?<!비)(?:상업|영리)[^.。]{0,40}?(?:신청|신고|등록|알릴|연락|허락|허가|승인|동의)[^.。]{0,10}?"
    r"(?:필요\s*(?:는|가)?\s*없|불필요|필요하지\s*않)"
    # selling products with the model in, a paid service: 유료 서비스를 제공할 수 있습니다
    r"|(?:판매|유료\s*(?:서비스|상품|제품|로)|수익화)[^.。]{0,20}?(?:할\s*수\s*있|가능(?:합니다|하다))"
    r"|(?<!비)(?:상업|영리)(?:적|용)?\s*(?:목적|용도)?\s*(?:의|으로의|에서의)?\s*(?:이용|사용)?"
    r"\s*(?:도|에도|이|가|은|는)\s*"
    + _KO_PERMITTED
    # "can use commercially": 상업적으로 이용할 수 있도록 허락한다, 영리 목적으로 사용할 수 있다
    + r"|(?<!비)(?:상업|영리)(?:적|용)?\s*(?:으로|목적으로|용도로)?\s*(?:이용|사용)"
    r"\s*(?:할|하실)\s*수\s*있"
    # a ban denied: 영리 목적으로 이용하는 것을 금지하지 아니한다 (not prohibited)
    r"|(?<!비)(?:상업|영리)[^.。]{0,30}?(?:금지|제한)하지\s*(?:아니한|아니하|않는|않습|않음|않으)"
)


# a limit said, not denied ("研究に限らず", "研究用途に限定されません", "研究のみならず"): only then
# is use confined to the purpose before it
JA_LIMIT = (
    r"(?:限り|限ら(?!ず|ない)|限定(?!され(?:ず|ない|ませ)|しない|しませ)|限ります"
    r"|のみ(?!ならず))"
)
# evaluation and testing only, read as the research-only grant they narrow commercial use like:
# 評価目的に限り, 評価・検証の目的でのみ, 평가 및 시험 목적으로만
JA_RESEARCH_MORE = (
    r"|(?:評価|検証|試験|テスト|性能評価)(?:[・、及びおよ]{1,3}(?:評価|検証|試験|テスト|研究))*"
    r"(?:目的|用途)?(?:[のでにへはをとため]{0,4}(?:利用|使用)?[のでにへはをとため]{0,3})" + JA_LIMIT
)
KO_RESEARCH_MORE = (
    r"|(?:평가|시험|테스트|검증)(?:\s*(?:및|과|와|,|·)\s*(?:평가|시험|테스트|검증|연구))*\s*"
    r"(?:목적|용도)?\s*(?:으로만|로만|에\s*한하여|에\s*한해|에\s*한정(?!되지|하지|되는\s*것은\s*아))"
)
# personal use only, the adjective's ending written out: 개인적인 용도로만
KO_PERSONAL_MORE = r"|개인\s*적인\s*(?:이용|사용|목적|용도)\s*(?:으로만|로만|에\s*한하여|에\s*한해)"
# monthly users, "active" unsaid: 월간 이용자 수, 월 이용자
KO_MAU_MORE = r"|월간?\s*(?:이용자|사용자)\s*수|월\s*평균\s*(?:이용자|사용자)"
