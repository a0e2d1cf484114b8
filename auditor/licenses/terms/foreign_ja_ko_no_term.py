"""Japanese and Korean passages that state no term (session 25), for
`foreign_no_term.states_no_term`:

- what the model is ("尺八-7B は、…が公開している言語モデルです", "…가 공개한 언어 모델입니다");
- an offer on the terms that follow ("以下の条件で、どなたでも無料でお使いいただけます", "아래
  조건에 따라 누구나 무료로 이용할 수 있습니다"): the terms are the passages below;
- the terms defined below announced ("この規程において使用する用語の意義は、次のとおりとする",
  "이 약관에서 사용하는 용어의 뜻은 다음과 같다");
- a definition of a thing or a measure, in Korean ('"서비스"란 … 말한다', '"기준 매출액"이란
  500억 원을 말한다') or of a count of users in Japanese ("ここでいう1日あたりのアクティブユーザー
  数とは、…実人数をいいます"): a measure counted ("…数", "…수", "…額", "…액") is no class
  of licensee; a count "without duplicates" (중복되지 않은, 重複しない) restricts nothing;
- disputes brought before the competent court, none named ("관할 법원에 제기한다");
- acts granted with no purpose or limit ("自由に改変し、再配布することができます", "자유롭게
  수정하고 재배포할 수 있습니다"); nothing to file ("申請や届出は不要です"); use anywhere
  ("国内外を問わず", "전 세계"); no claim on the outputs, no warranty, no liability; the date
  the terms take effect;
- the licence ending on a breach ("違反した場合、本ライセンスは自動的に終了します", "위반하면 이용
  허락은 즉시 종료된다");
- users of affiliates or of other services not added to a cap's count ("계열회사가 제공하는
  서비스의 이용자 수는 합산하지 아니한다", "関連会社のサービスの利用者数は合算しません"): the cap
  counts the one service, as its own passage reads it.

Each holds no restrictive word of its language (`foreign_cues.JA`/`KO`), so a ban, a limit or
a condition beside it keeps the passage for the readers (or unread).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import JA, KO
from auditor.licenses.terms.foreign_ja_ko_forms import plain_ko

__all__ = ["states_no_term_ja_ko"]

# others' users or revenue not added to a count: 合算しません, 算入しない, 含めません; 합산하지 않
_JA_NOT_ADDED = r"(?:(?:合算|合計|通算|算入|加算)(?:し|され)(?:ない|ません)|含め(?:ない|ません))"
_KO_NOT_ADDED = r"(?:(?:합산|합계|통산|산입|포함)(?:하|되|시키)지\s*않)"
_JA_SHAPES = lazy_pattern(
    # what the model is
    r"^[^。]{0,80}?(?:モデル|LLM|ソフトウェア)(?:です|である|となります|でございます)[。.]?$"
    # an offer on the terms below
    r"|(?:以下|次|下記)の(?:条件|とおり|通り|規定|定め)(?:で|に従って|に従い|に基づき|のもと)[、,]?"
    r"[^。]{0,30}?(?:利用|使用|お使い)"
    # the terms defined below announced
    r"|用語の(?:意義|意味|定義)は[、,]?(?:次|以下)の(?:とおり|通り)"
    # a count of users defined: ここでいう…数とは、…をいいます
    r"|^(?:[^。「]{0,20}?(?:ここで|本条で|この規程で|本規約で)いう)?[「『]?[^。」』]{1,30}?"
    r"(?:数|額|高)[」』]?とは[、,][^。]{1,200}?(?:をいう|をいいます|を言う|を指す|を指します"
    r"|を意味する|を意味します)[。.]?$"
    # disputes before the competent court, none named: 管轄裁判所に提起する
    r"|(?:紛争|訴訟)[^。]{0,40}?(?:管轄(?:権を有する|する)?|所轄)裁判所"
    # acts granted with no purpose or limit: 自由に改変し、再配布することができます
    r"|(?:改変|再配布|頒布|配布|複製|修正)[^。]{0,40}?(?:することが|ことが)?でき(?:ます|る)[。.]?$"
    # nothing to file: 当社への申請や届出は不要です
    r"|(?:申請|届出|届け出|登録|連絡|報告)(?:や|、|・|及び|および|または|又は)?(?:申請|届出|届け出|登録"
    r"|連絡|報告)?(?:は|も)?(?:一切)?(?:不要|必要(?:は|も)?(?:ありません|ない|ございません))"
    # anywhere: 国内外を問わず, 全世界で
    r"|国内外を問わず|全世界|世界中|地域を問わず"
    # no claim, no warranty, no liability: 一切の権利を主張しません, 責任を負いません
    r"|権利(?:を|も|は)?主張(?:しません|しない|いたしません)|責任を負(?:いません|わない|いかねます)"
    r"|保証(?:しません|いたしません|しない|するものではありません)"
    # the date the terms take effect: 2026年4月1日から適用されます
    r"|\d{4}年\d{1,2}月\d{1,2}日(?:から|より)(?:適用|施行|効力)"
    # the licence ending on a breach: 違反した場合、本ライセンスは自動的に終了します
    r"|違反(?:した|する)(?:場合|とき)[^。]{0,30}?(?:終了|失効|解除|効力を失)"
    # others' users not added: 関連会社…の利用者数は合算しません, …は算入しない; or counted per
    # service: 人数はサービスごとに数える
    r"|(?:関連会社|関係会社|子会社|親会社|グループ会社|他の(?:サービス|製品)|別の(?:サービス|製品))"
    r"[^。]{0,40}?"
    + _JA_NOT_ADDED
    + r"|(?:サービス|製品|アプリ)(?:ごと|毎|単位)に(?:数え|算定|計算|カウント)"
    # what the licence applies to: 本ライセンスは、…の各モデルに適用されます
    r"|^[^。]{0,6}?(?:本|この)(?:ライセンス|規約|許諾書|契約|条件)は[、,]?[^。]{0,80}?に(?:適用"
    r"(?:され(?:ます|る)|します|する))[。.]?$"
    # a notice said to inform only: 届出は利用状況の把握のためのものにすぎません
    r"|(?:届出|届け出|登録|報告|通知)[^。]{0,30}?(?:ためのもの|目的のもの)?(?:にすぎ|に過ぎ)"
)
_KO_SHAPES = lazy_pattern(
    # what the licence applies to: 이 라이선스는 … 모델에 적용됩니다
    r"^[^.]{0,6}?(?:이|본)\s*(?:라이선스|라이센스|약관|계약)(?:은|는)\s*[^.]{0,80}?에\s*적용"
    r"(?:됩니다|된다|합니다|한다)\.?$"
    # a notice said to inform only: 신고는 이용 현황을 파악하기 위한 것일 뿐입니다
    r"|(?:신고|등록|통지|보고)[^.]{0,30}?(?:위한|하기\s*위한)\s*것일\s*뿐"
    # counted per service: 서비스별로 산정합니다
    r"|(?:서비스|제품|앱)\s*(?:별로|마다|단위로)\s*(?:산정|계산|셉|센다|집계)"
    r"|^[^.]{0,80}?(?:모델|소프트웨어)(?:입니다|이다)\.?$"
    r"|(?:아래|다음|이하)의?\s*(?:조건|내용|규정)\s*(?:에\s*따라|으로|하에서?)[,\s]"
    r"[^.]{0,30}?(?:이용|사용)"
    r"|용어의\s*(?:뜻|정의|의미)은\s*(?:다음|아래)과\s*같"
    # a thing or a measure defined: "서비스"란 … 말한다
    r"|^[^\"“「『]{0,30}?[\"“「『][^\"”」』]{1,20}[\"”」』]\s*(?:이)?란\s*[^.]{1,200}?"
    r"(?:을|를)?\s*(?:말한다|말합니다|뜻한다|뜻합니다|의미한다|의미합니다)\.?$"
    r"|(?:분쟁|소송)[^.]{0,40}?관할\s*법원"
    r"|위반(?:하면|한\s*경우|할\s*경우|하는\s*경우)[^.]{0,30}?(?:종료|소멸|해지|효력을\s*잃)"
    r"|(?:수정|재배포|배포|복제|변경)[^.]{0,30}?할\s*수\s*있(?:습니다|다)\.?$"
    r"|전\s*세계|국내외|지역에\s*관계\s*없이|어디에서나"
    r"|책임을\s*지지\s*않|보증하지\s*않|권리를\s*주장하지\s*않"
    r"|\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*(?:부터|로부터)\s*(?:시행|적용|효력)"
    r"|(?:계열\s*회?사|관계\s*회사|자회사|모회사|그룹\s*(?:사|회사)|다른\s*(?:서비스|제품))"
    r"[^.]{0,40}?" + _KO_NOT_ADDED
)
# the defined term names a purpose, a use or a class of licensee (not a measure of them)
_KO_WHO = lazy_pattern(
    r"[\"“「『][^\"”」』]*(?:목적|용도|상업|영리|연구|이용자|사용자|라이선시|법인)[\"”」』]"
)
# harmless negations: a count without duplicates; not added together; no review of a notice
_HARMLESS = lazy_pattern(
    r"책임을\s*지지\s*않|보증하지\s*않|권리를\s*주장하지\s*않|중복(?:되|하)지\s*않은|중복\s*없는"
    r"|重複(?:しない|を除いた)|"
    + _KO_NOT_ADDED
    + r"|"
    + _JA_NOT_ADDED
    + r"|심사(?:를|는)?\s*하지\s*않|審査(?:は|を|も)?(?:行い|し|いたし)(?:ません|ない)"
)


def states_no_term_ja_ko(language: str | None, text: str) -> bool:
    """Whether a Japanese or Korean passage states no term (the module's list)."""
    if language == "ja":
        shapes, cues = _JA_SHAPES, JA
    elif language == "ko":
        text = plain_ko(text)
        if _KO_WHO.search(text):
            return False
        shapes, cues = _KO_SHAPES, KO
    else:
        return False
    if shapes.search(text.strip()) is None:
        return False
    rest = _HARMLESS.sub(" ", text)
    prohibited = cues.prohibited
    return cues.restrictive.search(rest) is None and (
        prohibited is None or prohibited.search(rest) is None
    )
