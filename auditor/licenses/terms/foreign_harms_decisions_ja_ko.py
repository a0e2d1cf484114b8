"""Decisions about people taken by the model, and people identified by their body, in Japanese
and Korean (session 25), for `foreign_uses_more`.

A decision ("可否", "合否", "決定", "判定", "여부", "결정", "판정") on a matter of a person's life
the English rule use_restrictions/automated-decision-making names - credit or a loan, hiring or
dismissal, insurance, admission, housing, benefits ("融資や与信の可否、採用の合否などを決める
こと", "대출 승인 여부나 채용 합격 여부를 결정하는 행위") - or a decision said automated
("自動的な意思決定", "자동화된 의사결정") is automated-decision-making. Read with a ban word in
one clause, or as an item of a list a ban introduces (`foreign_lists`); whether a person
reviews the decision is the deployment's attestation (the -overseen rule), not read here.

A person identified by face, voice, fingerprint, iris or gait ("顔を照合して本人を特定する",
"얼굴을 인식하여 신원을 확인하는 행위") is biometric-identification; and the harms terms of use
list in their own words (`HARMS_JA_KO`: the law or public order contravened, others' rights
infringed, honour harmed, life or body endangered).
"""

from __future__ import annotations

# the matters: credit, lending, hiring, dismissal, insurance, admission, housing, benefits
_JA_MATTER = (
    r"(?:融資|与信|貸付|貸出|ローン|信用(?:度|力|スコア)?|採用|雇用|解雇|人事評価|保険|入学|入居"
    r"|応募者|求職者|採用候補者|志願者"
    r"|賃貸|給付|福祉)"
)
_JA_DECIDE = r"(?:可否|合否|是非|決定|決め|判定|判断|審査|不?合格に|不採用|落選)"
_KO_MATTER = r"(?:대출|여신|신용|채용|고용|해고|인사\s*평가|보험|입학|입주|임대|급여|복지)"
_KO_DECIDE = r"(?:여부|합격|불합격|결정|판정|판단|심사)"

DECISIONS_JA_KO: dict[str, str] = {
    "ja": rf"{_JA_MATTER}[^。]{{0,20}}?{_JA_DECIDE}|自動(?:化された|的な|的に|で)?[^。]{{0,6}}?"
    r"(?:意思決定|決定|判定)",
    "ko": rf"{_KO_MATTER}[^.。]{{0,20}}?{_KO_DECIDE}|자동(?:화된|적인|적으로|으로)?\s*"
    r"(?:의사\s*)?(?:결정|판정)",
}
"""language -> the words of decisions about people (tag automated-decision-making)."""

# identifying people by their body: the body part, then the act of telling who it is ("顔を照合
# して本人を特定する", "얼굴을 인식하여 신원을 확인하는 행위"), beside `foreign_uses`' own words
BIOMETRIC_JA_KO: dict[str, str] = {
    "ja": r"生体情報|(?:顔|声|指紋|虹彩|歩容)(?:を|で|から|の特徴)?[^。]{0,10}?"
    r"(?:認識|識別|照合|特定)",
    "ko": r"생체\s*정보|(?:얼굴|안면|목소리|음성|지문|홍채|걸음걸이)(?:을|를|로|으로)?[^.。]{0,12}?"
    r"(?:인식|식별|대조|특정|찾아)",
}
"""language -> more words of identifying people by their body (tag biometric-identification)."""


# the harms Japanese and Korean terms of use list in their own words: the law or public order and
# morals contravened ("法令又は公序良俗に反する目的", "법령에 위반되는"), others' rights infringed
# ("他人の権利を侵害する", "타인의 권리를 침해하는"), honour harmed ("名誉を毀損", "명예를
# 훼손"), life or body endangered ("人の生命又は身体に危険を及ぼす", "사람의 생명이나 신체에
# 위험을")
HARMS_JA_KO: dict[str, dict[str, str]] = {
    "illegal-activity": {
        "ja": r"法令(?:又は|や|及び|・|、|もしくは)?[^。]{0,12}?に(?:反する|違反する|抵触)",
        "ko": r"법(?:령|률)\s*(?:에|을)?\s*(?:반하는|위배|위반되는|위반하는)",
    },
    "social-ethics": {"ja": r"公序良俗", "ko": r"공서양속|선량한\s*풍속|사회\s*질서"},
    "ip-infringement": {
        "ja": r"(?:他人|他者|第三者)の(?:知的財産権|著作権|特許権|商標権|権利|権利利益)"
        r"[^。]{0,10}?侵害",
        "ko": r"(?:타인|제3자|다른\s*사람)의\s*(?:지식\s*재산권|저작권|특허권|상표권|권리)"
        r"[^.。]{0,10}?침해",
    },
    "defamation": {
        "ja": r"名誉(?:を)?毀損|名誉を傷つけ|誹謗|中傷",
        "ko": r"명예(?:를)?\s*훼손|비방|모욕",
    },
    "harm-others": {
        "ja": r"(?:人|他人|第三者)の(?:生命|身体)[^。]{0,10}?(?:危険|危害|損なう|害する)",
        "ko": r"(?:사람|타인|제3자)의\s*(?:생명|신체)[^.。]{0,12}?(?:위험|위해|해를)",
    },
}
"""tag -> language -> more harm words of Japanese and Korean terms of use."""
