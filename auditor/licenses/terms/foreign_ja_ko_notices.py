"""Notices before commercial use in Japanese and Korean in more words, for
`foreign_ja_ko_routes` (session 25; the clause rules of ja.yaml and ko.yaml read the first
wordings):

- the duty to tell the licensor, in any register and however far from the commercial word in
  its sentence: Japanese "お知らせください", "お伝えください", "送信してください", Korean "알려
  주십시오", "신고하여야 한다" after a long clause (`is_notice_more`). "Contact us" (ご連絡,
  お問い合わせ, 문의) is a request for permission and stays the restricted cue's;
- a sentence saying the notice is no review or approval ("審査や承認の手続きではありません",
  "승인 절차가 아닙니다"), that use may start once it is sent ("送信いただいた時点でご利用を始めて
  いただけます", "신고를 마친 자는 즉시 이용할 수 있다") or that the licensor never refuses it
  ("弊社からお断りすることもありません", "거절하지 않습니다") (`qualifies_notice`): read with a
  notice route as its registration, unread without one;
- the licensor may decline a wish politely ("ご希望に添えない場合もございます", "요청에 응하지
  못할 수 있습니다"), or says it will not refuse without reason ("合理的な理由なく許可を拒否
  しません", "정당한 이유 없이 거절하지 않습니다": the permission is still its to give)
  (`may_decline`), or that it may refuse its consent ("理由を示すことなく承諾を拒むことが
  できます", "승인을 거절할 수 있습니다"): read with a permission route, as the clause rules'
  refusals are.
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

_NOTICE = {
    "ja": lazy_pattern(
        # (not whether the use is commercial: 商用利用の有無を申告してください)
        r"(?<!非)(?:商用|商業|営利|事業|業務|ビジネス|収益|利益を(?:得|上げ))"
        r"(?![^。]{0,8}?(?:の有無|か否か|かどうか))"
        r"[^。]{0,120}?"
        r"(?:お知らせ|知らせ|お伝え|伝え|ご?一報|届け?出|登録(?!商標)|報告|通知|申告|送信|送付|提出)"
        r"[^。]{0,8}?(?:ください|下さい|なければな|なくてはな|ものとします|ものとする"
        r"|必要があります|が必要です|お願い(?:します|いたします|致します)|願います)"
    ),
    "ko": lazy_pattern(
        r"(?<!비)(?:상업|영리|사업|업무|비즈니스)(?![^.。]{0,10}?(?:여부|인지\s*아닌지))[^.。]{0,120}?"
        r"(?:신고|등록(?!\s*상표)|통지|통보|보고|알려|알리|제출|이메일(?:을|로)?\s*(?:보내|발송))"
        r"[^.。]{0,8}?(?:하여야|해야|하셔야|하십시오|주십시오|주시기\s*바랍니다|주셔야|바랍니다|주세요"
        r"|줘야|해\s*주세요)"
    ),
}
_DECISION = {
    "ja": r"(?:審査|承認|承諾|許諾|許可|同意|認可)",
    "ko": r"(?:허락|허가|승인|동의|심사|수리)",
}
_QUALIFIES = {
    "ja": lazy_pattern(
        # no review or approval: 審査や承認の手続きではありません, 承認を求めるものではない
        _DECISION["ja"]
        + r"(?:(?:や|、|・|又は|または|及び|および)"
        + _DECISION["ja"]
        + r")*(?:の)?(?:手続き?|手続|制度|申請)?(?:を求める|を伴う|を経る)?(?:もの)?"
        r"(?:では|で|じゃ)(?:は)?(?:ありません|ございません|ない)"
        # no review held: 承認手続きはございません, 当社の審査はありません
        r"|" + _DECISION["ja"] + r"(?:の)?(?:手続き?|手続|制度)?(?:は|も|等は)(?:一切)?"
        r"(?:ありません|ございません|ない|行いません|いたしません|不要|要りません|要らない)"
        # use may start once it is sent: 送信いただいた時点でご利用を始めていただけます
        r"|(?:送信|送付|提出|届け?出|登録|お知らせ)[^。]{0,12}?(?:時点|直後|時|後|次第)"
        r"[^。]{0,12}?(?:利用|使用|お使い)[^。]{0,6}?(?:始め|開始)"
        # never refused: お断りすることもありません, 拒否することはありません
        r"|(?:お断り|拒否|拒絶|却下)(?:する|いたす|し)?こと(?:も|は)?(?:ありません|ございません|ない)"
    ),
    "ko": lazy_pattern(
        _DECISION["ko"]
        + r"(?:\s*(?:이나|나|또는|및|과|와|,)\s*"
        + _DECISION["ko"]
        + r")*\s*(?:절차|제도)?\s*(?:이|가)?\s*(?:아닙니다|아니다|아니며|아니고)"
        # no review held: 별도의 승인 절차는 없습니다
        r"|"
        + _DECISION["ko"]
        + r"\s*(?:절차|제도)?\s*(?:는|은|도)\s*(?:없습니다|없다|없으며|거치지\s*않)"
        r"|(?:신고|등록|통지)[^.。]{0,20}?(?:즉시|바로|때부터|후에?)[^.。]{0,20}?"
        r"(?:개시|시작|이용|사용)[^.。]{0,6}?할\s*수\s*있"
        r"|(?:거절|거부|반려)(?:하지|되지)\s*않"
    ),
}


def is_notice_more(language: str, text: str) -> bool:
    """A duty to tell the licensor before or for commercial use, in the wordings above."""
    pattern = _NOTICE.get(language)
    return pattern is not None and pattern.search(text) is not None


def qualifies_notice(language: str, text: str) -> bool:
    """A sentence saying a notice is no decision, use starts once it is sent, or it is never
    refused (read with a notice route)."""
    pattern = _QUALIFIES.get(language)
    return pattern is not None and pattern.search(text) is not None


_DECLINE = {
    "ja": lazy_pattern(
        r"(?:希望|要望|期待|ご依頼|申請|申込み?)に(?:は)?(?:添え|沿え|応じられ|応えられ|お応えでき|お応えいたしかね)"
        r"(?:ない|ません|かねる|かねます)|(?:お断り|ご辞退|辞退)(?:する|いたす|させていただく)(?:場合|こと)(?:が|も)"
        r"(?:あります|ございます|あり得|ありうる)"
        # or will not refuse without reason: the permission is still its to give
        # or decides after its review: 許可は当社の審査の上で決定します
        r"|(?:許諾|許可|承認|承諾)(?:は|の可否は)?[^。]{0,10}?(?:審査|検討)[^。]{0,6}?(?:決定|判断)"
        r"|(?:合理的な|正当な|相当の)理由(?:なく|のない限り|がない限り)[^。]{0,12}?(?:拒否|拒絶|お断り)"
        r"(?:しません|しない|いたしません)"
        # or may refuse it, with or without a reason: 理由を示すことなく承諾を拒むことができます
        r"|(?:許諾|許可|承認|承諾|同意)(?:の申請|の付与)?を?(?:拒む|拒否する|拒絶する|与えない|しない)"
        r"(?:ことができ|ことがあり|場合があり|場合がござい|権利を(?:有|留保))"
    ),
    "ko": lazy_pattern(
        r"(?:요청|신청|희망|요구)\s*(?:에|을|를)?[^.。]{0,10}?(?:응하지|수락하지|받아들이지|들어드리지)\s*"
        r"(?:못|않)"
        r"|(?:정당한|합리적인|상당한)\s*(?:이유|사유)\s*없이[^.。]{0,12}?(?:거절|거부)하지\s*않"
        r"|(?:허락|승인|허가|동의)\s*(?:는|은)?\s*(?:회사|당사)[^.。]{0,10}?(?:검토|심사)[^.。]{0,6}?"
        r"(?:결정|판단)"
        # or may refuse it: 사유를 밝히지 않고 승인을 거절할 수 있습니다
        r"|(?:허락|승인|허가|동의)\s*(?:을|를)?\s*(?:거절|거부)할\s*수\s*있"
    ),
}


def may_decline(language: str, text: str) -> bool:
    """The licensor may decline a wish or an application (module docstring)."""
    pattern = _DECLINE.get(language)
    return pattern is not None and pattern.search(text) is not None
