"""Japanese and Korean passages that state no term, for `foreign_no_term.states_no_term`.

Rights in the outputs vesting in the user ("출력물에 관한 권리는 이용자에게 귀속된다",
"出力に関する権利は利用者に帰属します"), with no restrictive word: no term of use (a ban on
training other models with them is read by `foreign_weights`). Likewise the outputs free to use
for any purpose, training other models included ("出力を他のAIモデルの学習に使うことを含め、
いかなる目的にも自由に利用できます", "출력물은 어떠한 목적으로도 자유롭게 이용할 수 있습니다"):
a permission, with no ban, exception, limit or condition beside it.

Japanese definitions: a defined
term of a thing or a measure ("「売上高」とは、...年間売上高をいう", "「本モデル」とは...を意味
する") whose body has no restrictive or prohibiting word of Japanese (`foreign_cues.JA`).

A term naming a purpose, a use or a class of licensee ("「商用利用」とは", "「許諾目的」とは",
"「利用者」とは") is no plain definition: what it defines may widen or narrow a grant, so such a
passage stays for the readers of those terms (or unread).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import JA, KO

__all__ = ["is_ja_plain_definition", "is_output_freedom", "is_output_ownership"]

# optional article heading and scope ("第1条(定義)本規約において"), then 「X」とは、BODYをいう。
_DEFINED = lazy_pattern(
    r"^[^「『。]{0,30}?[「『]([^」』。]{1,20})[」』]\s*(?:と|とは)\s*[、,]?\s*"
    r"([^。]{1,200}?)\s*(?:をいう|を言う|を意味する|を意味します|を指す|を指します|のことをいう)"
    r"(?:ものとする|ものとします|ものです)?\s*[。.]?\s*$"
)
# the term names a purpose, a use or a class of licensee
_PURPOSE_OR_WHO = lazy_pattern(
    r"目的|用途|利用|使用|商用|商業|営利|研究|学術|教育|個人|者|ユーザー|ライセンシー|法人|団体"
    r"|組織|企業|事業|機関|会社"
)


def is_ja_plain_definition(text: str) -> bool:
    """Whether a Japanese passage only defines a thing or a measure, with no restrictive word."""
    match = _DEFINED.match(text.strip())
    if match is None or _PURPOSE_OR_WHO.search(match.group(1)):
        return False
    body = match.group(2)
    prohibited = JA.prohibited
    return JA.restrictive.search(body) is None and (
        prohibited is None or prohibited.search(body) is None
    )


# the outputs' rights (or ownership) vest in the user
_OWNERSHIP = (
    (
        lazy_pattern(
            r"(?:출력물?|생성물|결과물)[^.。]{0,20}?(?:권리|소유권|저작권)[^.。]{0,12}?"
            r"(?:이용자|사용자|귀하|라이선시|licensee)[^.。]{0,6}?(?:귀속|에게\s*있)"
        ),
        KO,
    ),
    (
        lazy_pattern(
            r"(?:出力|生成物)[^。]{0,20}?(?:権利|所有権|著作権)[^。]{0,12}?"
            r"(?:利用者|ユーザー|お客様|ライセンシー)[^。]{0,6}?帰属"
        ),
        JA,
    ),
)


def is_output_ownership(text: str) -> bool:
    """Whether a Korean or Japanese passage only says the outputs' rights vest in the user."""
    return any(
        shape.search(text) is not None and cues.restrictive.search(text) is None
        for shape, cues in _OWNERSHIP
    )


# the outputs usable freely or for any purpose: the outputs, a word of freedom, a verb of use
# permitted, in one sentence
_FREEDOM = (
    (
        lazy_pattern(
            r"(?:出力|生成物|生成結果|生成(?:された|した)(?:コンテンツ|データ|テキスト|内容))[^。]{0,60}?"
            r"(?:自由に|いかなる(?:目的|用途)|あらゆる(?:目的|用途)|(?:目的|用途)を問わず|制限なく)"
            r"[^。]{0,20}?(?:利用|使用|活用)(?:する)?(?:こと)?(?:が|も)?"
            r"(?:でき(?:ます|る)|可能で|可能(?:。|$)|認められ(?:ます|る))"
        ),
        # a ban, an exception, a limit or a condition beside the freedom
        lazy_pattern(
            r"禁止|ては(?:な|いけ)|しないこと|ません|できない|除き|除く|除いて|以外|限り|限ら|限定"
            r"|ただし|但し|許諾|承諾|同意|必要|条件"
        ),
    ),
    (
        lazy_pattern(
            r"(?:출력물?|생성물|결과물)[^.。]{0,60}?"
            r"(?:자유롭게|어떠한\s*(?:목적|용도)|어떤\s*(?:목적|용도)|모든\s*(?:목적|용도)"
            r"|(?:목적|용도)에?\s*(?:관계\s*없이|상관\s*없이)|제한\s*없이)"
            r"[^.。]{0,20}?(?:이용|사용|활용)(?:할|하실|하는\s*것이)\s*(?:수\s*있|가능)"
        ),
        lazy_pattern(
            r"금지|안\s*(?:된|됩)|아니\s*된|없(?:다|습니다|으며)|제외|한하여|한해|한정|다만|단[,\s]"
            r"|허락|허가|승인|동의|필요|조건"
        ),
    ),
)


def is_output_freedom(text: str) -> bool:
    """Whether a Japanese or Korean passage only lets the user use the outputs freely, for any
    purpose (training other models included): a permission, no term of use."""
    return any(
        free.search(text) is not None and kept.search(text) is None for free, kept in _FREEDOM
    )
