"""Decisions about people taken by the model, in Japanese and Korean (session 25), for
`foreign_uses_more`: the decision ("可否", "合否", "決定", "判定", "여부", "결정", "판정") on a
matter of a person's life the English rule use_restrictions/automated-decision-making names -
credit or a loan, hiring or dismissal, insurance, admission, housing, benefits ("融資や与信の
可否、採用の合否などを決めること", "대출 승인 여부나 채용 합격 여부를 결정하는 행위") - or a
decision said automated ("自動的な意思決定", "자동화된 의사결정"). Read with a ban word in one
clause, or as an item of a list a ban introduces (`foreign_lists`); whether a person reviews
the decision is the deployment's attestation (the -overseen rule), not read here.
"""

from __future__ import annotations

# the matters: credit, lending, hiring, dismissal, insurance, admission, housing, benefits
_JA_MATTER = (
    r"(?:融資|与信|貸付|貸出|ローン|信用(?:度|力|スコア)?|採用|雇用|解雇|人事評価|保険|入学|入居"
    r"|賃貸|給付|福祉)"
)
_JA_DECIDE = r"(?:可否|合否|是非|決定|決め|判定|判断|審査)"
_KO_MATTER = r"(?:대출|여신|신용|채용|고용|해고|인사\s*평가|보험|입학|입주|임대|급여|복지)"
_KO_DECIDE = r"(?:여부|합격|불합격|결정|판정|판단|심사)"

DECISIONS_JA_KO: dict[str, str] = {
    "ja": rf"{_JA_MATTER}[^。]{{0,20}}?{_JA_DECIDE}|自動(?:化された|的な|的に|で)?[^。]{{0,6}}?"
    r"(?:意思決定|決定|判定)",
    "ko": rf"{_KO_MATTER}[^.。]{{0,20}}?{_KO_DECIDE}|자동(?:화된|적인|적으로|으로)?\s*"
    r"(?:의사\s*)?(?:결정|판정)",
}
"""language -> the words of decisions about people (tag automated-decision-making)."""
