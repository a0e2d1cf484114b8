"""Arabic passages saying a company's internal use is no commercial use, and Swahili ones
defining commercial use to take in a company's work or opening a route to it (session 38), for
`terms.foreign`.

Arabic: `use_scope` `internal-use-by-anyone`, as `foreign_internal_use` reads the European
languages (an organisation's own internal use, a company's too, is within the grant):

- internal use denied to be commercial ("الاستخدام الداخلي داخل مؤسستك ليس استخداماً تجارياً",
  "لا يُعد الاستخدام الداخلي استخداماً تجارياً"), with no word allowing, banning, asking or
  excepting beside it ("يجوز", "يحظر", "يجب", "إلا", "فقط");
- a question whether internal use (a company's, its staff's) is commercial use, answered with
  a bare no ("س: هل استخدام شركتي للنموذج داخلياً استخدام تجاري؟ ج: لا."): the answer says what
  the first shape says; an answer saying more is left to the other readers;
- commercial use defined as offering the model, or a product or service on it, to others (a
  question what it means, answered so, or "يقصد بالاستخدام التجاري ..."), and by nothing more
  (no "or any other use", no "including", no internal use named in it).

Swahili:

- commercial use defined or deemed to take in a company's use or its internal work
  ("\"Kibiashara\" maana yake ni ... yakiwemo ... shughuli za ndani za kampuni"): `use_scope`
  `non-commercial-organizations`, as `foreign_companies` reads it in other languages; not where
  the use is said not to be commercial, nor a non-profit's use;
- for commercial use, ask the licensor for a separate licence or its permission ("Kwa
  matumizi ya kibiashara, wasiliana nasi kwa leseni tofauti"): `restricted` on
  `separate-license` (or `written-permission`); beside a non-commercial grant that grant's ban
  prevails. Not where the licence or permission is said unneeded.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s38w"]

_SCOPE = [Clause("use_scope", ["internal-use-by-anyone"])]

_INTERNAL = ar_pattern(r"داخلي|داخل\s+(?:ال)?(?:مؤسس|شرك|منظم|جه)")
_W = r"[\w\u064b-\u065f\u0670\u0640]"  # a letter, or a vowel mark on it ("استخداماً")
_COMMERCIAL_USE = r"(?:ال)?استخدام" + _W + r"*\s+(?:ال)?تجاري"
# "is not" commercial use
_NOT_COMMERCIAL = ar_pattern(
    r"(?:ليس|ليست|لا\s+يعد|لا\s+تعد|لا\s+يعتبر|لا\s+تعتبر|لا\s+يشكل|لا\s+تشكل|غير\s+معتبر)\s+"
    r"(?:" + _W + r"+\s+){0,4}?(?:استخدام" + _W + r"*\s+)?تجاري"
)
# a word allowing, banning, asking or excepting: not a sentence saying what the use is
_ACTS = ar_pattern(
    r"يسمح|مسموح|يجوز|يحق|يحظر|محظور|ممنوع|يمنع|يجب|يلزم|يتعين|إلا|الا\s|باستثناء|فقط|ترخيص|إذن"
    r"|موافق"
)
_QUESTION = ar_pattern(r"^\W*س\s*[:：]\s*(?P<q>[^؟?]+)[؟?]\s*ج\s*[:：]\s*(?P<a>.*)$")
_BARE_NO = ar_pattern(r"^\W*لا\W*$")
_ASKS_COMMERCIAL = ar_pattern(r"\bهل\b|^\W*هل|" + _COMMERCIAL_USE)
# commercial use defined: offering the model or a service on it to others
_OFFERING = ar_pattern(r"(?:تقديم|إتاحة|اتاحة|عرض|توفير|بيع|تأجير)")
_OTHERS = ar_pattern(r"طرف\s+(?:آخر|ثالث)|أطراف\s+(?:أخرى|ثالثة)|الغير|للغير|الآخرين|عملاء")
_DEFINES = ar_pattern(r"ماذا\s+تقصدون|ما\s+(?:هو|المقصود|معنى)|يقصد|نقصد|يعني|يراد")
_FURTHER = ar_pattern(
    r"أو\s+أي\s+استخدام\s+آخر|أي\s+استخدام|بما\s+في\s+ذلك|يشمل|تشمل|داخلي|موظف|ميزة|منفعة"
)


def read_s38w(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Arabic and Swahili passages of the module docstring, each with its clauses."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        if passage.language == "ar" and _internal_not_commercial(passage.text):
            found[passage] = _SCOPE
        elif passage.language == "sw" and (clauses := _swahili(passage.text)):
            found[passage] = clauses
    return found


_SW_DEFINED = lazy_pattern(
    r"\bkibiashara\W{0,3}\s+(?:maana\s+yake\s+ni|ni\s+pamoja\s+na|inamaanisha|yanamaanisha)"
    r"|\b(?:ya|kuwa\s+ya)\s+kibiashara\s+(?:ni|yanajumuisha|yanahusisha|yakiwemo|ikiwemo)\b"
    r"|\b(?:yanahesabiwa|yatahesabiwa|huhesabiwa|inahesabiwa|itahesabiwa)\s+kuwa\s+ya\s+kibiashara",
    re.IGNORECASE,
)
_SW_COMPANY = lazy_pattern(
    r"\b(?:shughuli|matumizi|kazi)\s+(?:\w+\s+){0,3}?(?:za|ya)\s+(?:\w+\s+)?kampuni\b"
    r"|\b(?:na|kwa)\s+kampuni\s+(?:yoyote|ya\s+kibiashara)\b|\bmashirika\s+ya\s+kibiashara\b",
    re.IGNORECASE,
)
# a negation ("si ya kibiashara", "hayahesabiwi"), or a non-profit's use
_SW_NOT = lazy_pattern(
    r"\bsi\s+(?:ya\s+)?kibiashara|\bha(?:ya|i|zi|ku|tu|wa)\w+|\bisiyo\s+ya\s+faida|\byasiyo\s+ya"
    r"\s+faida|\bhisani\b|\bisiyo\s+ya\s+kiserikali",
    re.IGNORECASE,
)
_SW_FOR_COMMERCIAL = lazy_pattern(r"\bkwa\s+matumizi\s+(?:yoyote\s+)?ya\s+kibiashara\b", re.I)
_SW_ASK = lazy_pattern(
    r"\bwasiliana\s+nasi|\btuandikie|\btutumie|\bomba\b|\bpata\s+(?:leseni|ruhusa|idhini)",
    re.IGNORECASE,
)
_SW_LICENCE = lazy_pattern(r"\bleseni\s+(?:tofauti|ya\s+kibiashara|maalum|nyingine)\b", re.I)
_SW_PERMISSION = lazy_pattern(r"\b(?:ruhusa|idhini|kibali)\b", re.IGNORECASE)
_SW_UNNEEDED = lazy_pattern(r"\bhakuna\s+haja|\bhaihitaji\w*|\bhaitaji\w*|\bbila\b", re.I)


def _swahili(text: str) -> list[Clause]:
    if _SW_DEFINED.search(text) and _SW_COMPANY.search(text) and not _SW_NOT.search(text):
        return [Clause("use_scope", ["non-commercial-organizations"])]
    if not _SW_FOR_COMMERCIAL.search(text) or not _SW_ASK.search(text):
        return []
    if _SW_UNNEEDED.search(text):
        return []
    condition = "separate-license" if _SW_LICENCE.search(text) else None
    condition = condition or ("written-permission" if _SW_PERMISSION.search(text) else None)
    if condition is None:
        return []
    return [
        Clause("commercial_use", "restricted"),
        Clause("commercial_use_conditions", [condition]),
    ]


def _internal_not_commercial(text: str) -> bool:
    asked = _QUESTION.search(text)
    if asked is not None:
        question, answer = asked["q"], asked["a"]
        if _BARE_NO.search(answer) and _INTERNAL.search(question):
            return ar_pattern(_COMMERCIAL_USE).search(question) is not None
        return _DEFINES.search(question) is not None and _defines_offering(question, answer)
    if _ACTS.search(text):
        return False
    if _INTERNAL.search(text) and _NOT_COMMERCIAL.search(text):
        return True
    return _DEFINES.search(text) is not None and _defines_offering(text, text)


def _defines_offering(question: str, answer: str) -> bool:
    """Commercial use named, and defined only as offering the model to others."""
    if ar_pattern(_COMMERCIAL_USE).search(question) is None:
        return False
    if _ACTS.search(answer) or _FURTHER.search(answer) or _NOT_COMMERCIAL.search(answer):
        return False
    return _OFFERING.search(answer) is not None and _OTHERS.search(answer) is not None
