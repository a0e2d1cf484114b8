"""Japanese and Korean bans confining the copies or the service (session 25), for
`foreign_ja_ko_he.read_ja_ko_he`: one sentence with a ban word and

- the weights (重み, パラメータ, 가중치, 파라미터, the model's files) and a verb of passing them on
  (再配布, 配布, 公開, 共有, 譲渡, 販売; 재배포, 배포, 공개, 공유, 양도, 판매):
  `no-weight-redistribution` ("本モデルの重みを第三者に再配布することはできません", "모델 가중치를
  제3자에게 재배포할 수 없습니다"); the *modified* weights only (改変した, 派生, 수정한, 파생):
  `no-adaptation-sharing`;
- the model offered to others as an API or hosted service ("本モデルをAPIとして第三者に提供する
  ことは禁止します", "API 형태로 제3자에게 제공하는 것은 금지됩니다"): `no-hosting-use`;
- a product or service competing with the licensor's ("当社と競合するサービスの開発",
  "당사와 경쟁하는 서비스"): `no-competing-use`.

A ban denied ("禁止されていません", "금지되지 않습니다") bans nothing; so does a list item
with no ban word (it is read under its lead-in by `foreign_lists`).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["weights_ja_ko"]

_BAN = {
    "ja": lazy_pattern(
        r"禁止(?!されていません|されていない|されません|しません)|禁じ(?:ます|る|られ)|ては(?:な(?:らない|りません)"
        r"|いけ(?:ない|ません))|しないこと|しないでください|できません|認められません|不可"
    ),
    "ko": lazy_pattern(
        r"금지(?!되지\s*않|하지\s*않)|금한다|서는\s*(?:안|아니)\s*[되된됩됨]|할\s*수\s*없|불가"
        r"|허용되지\s*않"
    ),
}
_WEIGHTS = {
    "ja": lazy_pattern(r"重み|ウェイト|パラメータ|パラメーター|モデルファイル|チェックポイント"),
    "ko": lazy_pattern(r"가중치|웨이트|파라미터|매개\s*변수|모델\s*파일|체크포인트"),
}
_PASS_ON = {
    "ja": lazy_pattern(r"再配布|再頒布|配布|頒布|公開|共有|譲渡|販売|貸与|アップロード"),
    "ko": lazy_pattern(r"재배포|배포|공개|공유|양도|판매|대여|업로드"),
}
_MODIFIED = {
    "ja": lazy_pattern(
        r"改変(?:した|後|版|された)|派生|ファインチューニング(?:した|後)|微調整(?:した|後)"
    ),
    "ko": lazy_pattern(r"(?:수정|변경|개작|미세\s*조정)(?:한|된)|파생|파인\s*튜닝(?:한|된)"),
}
_EITHER_WAY = {
    "ja": lazy_pattern(
        r"改変の有無を問わず|改変(?:した|された)もの(?:を含め|も含む)|改変前後を問わず"
    ),
    "ko": lazy_pattern(
        r"수정\s*여부와?\s*관계없이|수정\s*여부를\s*불문|수정(?:한|된)\s*것을\s*포함"
    ),
}
_HOSTED = {
    "ja": lazy_pattern(
        r"(?:API|エーピーアイ|ホスティング|推論サービス|クラウドサービス)[^。]{0,20}?(?:第三者|他者|外部)"
        r"|(?:第三者|他者|外部)[^。]{0,20}?(?:API|ホスティング|推論サービス)"
    ),
    "ko": lazy_pattern(
        r"(?:API|호스팅|추론\s*서비스|클라우드\s*서비스)[^.。]{0,20}?(?:제3자|타인|외부)"
        r"|(?:제3자|타인|외부)[^.。]{0,20}?(?:API|호스팅|추론\s*서비스)"
    ),
}
_COMPETING = {
    "ja": lazy_pattern(r"(?:当社|弊社|ライセンサー|本モデル)(?:の[^。、]{0,8}?)?と競合(?:する|し)"),
    "ko": lazy_pattern(
        r"(?:당사|회사|라이선서|본\s*모델)(?:의\s*[^.。,]{0,8}?)?(?:와|과)\s*경쟁(?:하는|관계)"
    ),
}


def weights_ja_ko(language: str | None, text: str) -> list[str]:
    """The use scopes one Japanese or Korean sentence bans its way (module docstring)."""
    ban = _BAN.get(language or "")
    if ban is None or ban.search(text) is None:
        return []
    code = str(language)
    scopes: list[str] = []
    if _WEIGHTS[code].search(text) and _PASS_ON[code].search(text):
        modified = _MODIFIED[code].search(text) and not _EITHER_WAY[code].search(text)
        scopes.append("no-adaptation-sharing" if modified else "no-weight-redistribution")
    if _HOSTED[code].search(text):
        scopes.append("no-hosting-use")
    if _COMPETING[code].search(text):
        scopes.append("no-competing-use")
    return scopes
