"""Passages stating no term of use in Chinese, Persian, Arabic and Korean (session 38), for
`foreign_no_term` (read, adding nothing):

- zh: the user answers for what the model generates ("您对使用本模型生成的内容自行负责",
  "用户应对其利用本模型输出的结果承担全部责任"): a duty of no use term, as the English rules
  leave "you are responsible for the outputs" aside;
- zh: the licensor may refuse a request or attach conditions to it, the whole sentence
  ("本公司得拒绝或附加条件", "许可方可以拒绝或另行附加条件"): it qualifies a permission route read
  in its own passage and grants nothing;
- fa: a registration or notice said to need no reply, approval or consent of the licensor
  ("ثبت‌نام خودکار تأیید می‌شود و به پاسخ یا موافقت ما نیازی ندارد"): it qualifies the
  registration read in its own passage;
- ar: this text is the licence itself, not an explanation of it ("هذه الأسئلة والأجوبة هي نص
  الترخيص نفسه، وليست شرحاً له"): it says which text binds, no term of use;
- ko: a cap's counting basis on the licensee's own (not consolidated) financial statements
  ("연결재무제표가 아닌 이용자 단독 재무제표 기준"): the count stays the licensee's own; a basis on
  consolidated statements or adding affiliates (it reaches further) stays unread.

Each shape stands only without a word of banning, "only", "except" or trade (or, for the
counting basis, consolidation) in its language. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["states_no_term_by", "states_no_term_s38w"]

_FLAGS = re.IGNORECASE
_ZH_NARROWING = (
    r"不得|禁止|严禁|不允许|不可|不能|仅|只|限于|商业|商用|营利|盈利|收费|除|非经|未经|须经|批准后"
)
_FA_NARROWING = (
    r"ممنوع|مجاز\s+نیست|مجاز\s+نمی|فقط|تنها|صرفا|صرفاً|جز|مگر|بدون|غیر\s*تجاری|منوط|مشروط"
)

# (the shape, what must not stand beside it)
_SHAPES: tuple[tuple[str, str], ...] = (
    # zh: the user answers for the outputs
    (
        r"(?:您|你|用户|使用者|被许可方|被许可人|被授权方|被授权人)[^。;]{0,6}?对[^。;]{0,20}?"
        r"(?:生成|产生|输出)[^。;]{0,6}?(?:内容|结果|文本|输出|作品)[^。;]{0,6}?"
        r"(?:负责|承担[^。;]{0,6}?责任)",
        _ZH_NARROWING,
    ),
    # zh: the licensor may refuse or attach conditions (the whole sentence)
    (
        r"^\W*(?:我们|我方|本公司|本院|许可方|授权方|许可人|权利人|发布方|公司)[^。;，,]{0,4}?"
        r"(?:得|可|可以|有权|保留)[^。;，,]{0,4}?(?:拒绝|不予同意|不同意)[^。;，,]{0,3}?"
        r"(?:或|或者|及|并|、|和)(?:另行|另外)?(?:附加|附带|附|设定|设置|提出)[^。;，,]{0,4}?条件\W*$",
        _ZH_NARROWING,
    ),
    # fa: no reply, approval or consent needed for the registration or notice
    (
        r"(?:پاسخ|موافقت|اجازه|تأیید|تایید|رضایت)[^.؛]{0,20}?(?:نیازی\s+(?:ندارد|نیست)"
        r"|لازم\s+نیست|نیاز\s+نیست|ضرورتی\s+(?:ندارد|نیست))",
        _FA_NARROWING + r"|تجاری",
    ),
    # ar: this text (these questions and answers) is the licence itself, not a summary
    (
        r"^\W*(?:هذه|هذا)\s+[^.؟?]{0,40}?(?:هي|هو)\s+(?:نص\s+)?(?:الترخيص|الرخصة|الاتفاقية)\s+"
        r"(?:نفسه|نفسها|ذاته|ذاتها|بعينه)",
        r"يجوز|يسمح|مسموح|يحظر|محظور|ممنوع|يجب|فقط|إلا|باستثناء|تجار|ترخيص\s+منفصل|إذن|موافق",
    ),
    # ko: counted on the licensee's own financial statements, not consolidated ones
    (
        r"(?:단독|별도|개별)\s*재무\s*제표\s*(?:를\s*)?(?:기준|에\s*따라|로\s*산정|에\s*의)",
        r"연결\s*재무\s*제표\s*(?:를|로|에|기준)|합산|포함|계열\s*회사\w*\s*(?:의\s*)?(?:매출|이용자)",
    ),
)


def states_no_term_s38w(text: str) -> bool:
    """Whether a passage states no term in one of the shapes above (module docstring)."""
    return states_no_term_by(_SHAPES, text)


def states_no_term_by(shapes: Iterable[tuple[str, str]], text: str) -> bool:
    """Whether `text` holds one of `shapes` (a pattern and the narrowing words that undo it,
    case-insensitive) with none of that shape's narrowing words: it states no term."""
    for shape, narrowing in shapes:
        if lazy_pattern(shape, _FLAGS).search(text) is None:
            continue
        if lazy_pattern(narrowing, _FLAGS).search(text) is None:
            return True
    return False
