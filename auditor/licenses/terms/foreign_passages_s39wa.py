"""Whole passages read apart from the cues (session 39), for `terms.foreign`: clauses in Korean,
Vietnamese, Thai, Khmer, Georgian, Filipino and Arabic the cues miss, the Punjabi and Kyrgyz
clauses `foreign_clauses_s39wa` reads, and the sentences of Japanese questions and answers
`foreign_ja_faq_s39wa` reads.

- A grant naming commercial use among the things allowed, nothing narrowing it: Korean "영리
  목적의 서비스에 포함하여 제공할 수 있다", Filipino "nagbibigay ng karapatang gamitin ...,
  kasama na ang paggamit nito sa negosyo": `commercial_use` allowed. A word of denying, "only",
  "unless", a condition or a permission in the sentence leaves it to the other readers.
- Use for profit said to be outside the licence (Vietnamese "Mọi việc sử dụng nhằm thu lợi ...
  đều không thuộc phạm vi giấy phép này"): `commercial_use` prohibited; not where the sentence
  opens a route ("trừ khi", "nếu được ... chấp thuận").
- A ban on scoring a person's credit or deciding on loans (Thai "ต้องไม่นำโมเดลไปใช้ประเมิน
  ... ความน่าเชื่อถือทางเครดิต ... สินเชื่อ"): `automated-decision-making`, and
  `decisions-even-if-reviewed` where it holds whether or not staff review the output first.
- A ban on campaigning in elections (Filipino "Hindi mo maaaring gamitin ang modelo ... sa
  pangangampanya ... halalan"): `election-interference`.
- Research alone (Khmer "សម្រាប់តែការស្រាវជ្រាវ ... ប៉ុណ្ណោះ"): `commercial_use` prohibited,
  `use_scope` research; a modification allowed for research with the licence attached
  likewise; Cambodia's law.
- A copy of the licence passed on with the model (Georgian "გავრცელებისას თან დაურთეთ ეს
  პირობები"): `attribution_required`.
- A row or sentence past a cap asking a separate licence (Arabic "ما فوق الحد | يلزم الحصول
  على ترخيص منفصل"), after a passage stating the cap: commercial use restricted past it.
- No term: a Filipino warranty disclaimer ("Walang anumang garantiya"), the licensor free to
  release new versions; a Korean sentence extending the clause before it to one more case
  ("정보주체가 동의한 경우에도 또한 같다"); a Khmer title line.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_clauses_s39wa import read_clause_s39wa, sequel_of_cap
from auditor.licenses.terms.foreign_ja_faq_s39wa import read_ja_faq
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_s39wa"]

_FLAGS = re.IGNORECASE
_ABOVE = "separate-license-above-threshold"
_ALLOWED = [Clause("commercial_use", "allowed")]

# ko: a commercial end (not 비영리) in a sentence that says "may"
_KO_GRANT = lazy_pattern(
    r"(?<!비)(?:영리|상업|상용)(?:적)?\s*(?:목적|용도|이용)[^.。]{0,50}?"
    r"(?:할\s*수\s*있다|할\s*수\s*있습니다|할\s*수\s*있으며|가능하다|가능합니다)"
)
_KO_NARROWING = lazy_pattern(
    r"없|않|아니|금지|제외|다만|단,|한하여|한한다|경우에\s*한|만\s|승인|서면|사전|동의|별도|조건"
    r"|허락을|허가를|신청|등록|초과|이상인|이내"
)
# ko: "the same applies even when ..." after a clause
_KO_LIKEWISE = lazy_pattern(
    r"^[^.。]{0,40}?경우에도\s*(?:또한\s*)?(?:같다|마찬가지(?:이다|입니다))\s*[.。]?$"
)
_KO_ENDS = lazy_pattern(r"영리|상업|상용|비영리|허락|허용|승인|동의를\s*받")

# vi: use for profit outside the licence
_VI_PROFIT = lazy_pattern(
    r"(?<!phi\s)(?:thu\s+lợi|lợi\s+nhuận|(?<!phi\s)thương\s+mại|kinh\s+doanh)[^.;]{0,160}?"
    r"(?:không\s+thuộc\s+phạm\s+vi|nằm\s+ngoài\s+phạm\s+vi|bị\s+cấm|không\s+được\s+phép)",
    _FLAGS,
)
_VI_ROUTE = lazy_pattern(
    r"trừ\s+(?:khi|trường\s+hợp)|ngoại\s+trừ|\bnếu\b|với\s+điều\s+kiện|đồng\s+ý|chấp\s+thuận"
    r"|bằng\s+văn\s+bản|giấy\s+phép\s+(?:riêng|thương\s+mại)|liên\s+hệ|đăng\s+ký",
    _FLAGS,
)

# th: a ban on credit scoring or loan decisions
_TH_BAN = lazy_pattern(r"ต้องไม่|ห้าม|ไม่อนุญาต|ไม่ได้รับอนุญาตให้")
# (a credit scored or rated, not a credit line shown: "ห้ามลบเครดิตผู้พัฒนา")
_TH_CREDIT = lazy_pattern(
    r"(?:คะแนน|ความน่าเชื่อถือ|ประเมิน|วงเงิน|ความเสี่ยง)\S{0,12}?เครดิต|สินเชื่อ"
    r"|ความน่าเชื่อถือทางการเงิน|กู้ยืม"
)
_TH_EXCEPT = lazy_pattern(r"เว้นแต่|ยกเว้น|นอกจาก|เมื่อได้รับ|หากได้รับ|โดยได้รับ")
_TH_REVIEWED = lazy_pattern(
    r"ไม่ว่า[^.]{0,80}?(?:ตรวจทาน|ทบทวน|ตรวจสอบ|พิจารณา)[^.]{0,60}?"
    r"(?:เจ้าหน้าที่|บุคคล|มนุษย์|พนักงาน)[^.]{0,40}?หรือไม่"
    r"|(?:แม้|แม้ว่า)[^.]{0,60}?(?:เจ้าหน้าที่|บุคคล|มนุษย์|พนักงาน)[^.]{0,40}?"
    r"(?:ตรวจทาน|ทบทวน|ตรวจสอบ|อนุมัติ)"
)

# tl: a grant naming business use; a ban on campaigning; clauses naming no term
_TL_GRANT = lazy_pattern(
    r"\bnagbibigay\b[^.]{0,40}?\bkarapatan\w*[^.]{0,120}?\b(?:kasama\s+(?:na\s+)?|kabilang\s+)"
    r"(?:ang\s+)?(?:paggamit\s+(?:nito\s+)?)?(?:sa\s+)?(?:negosyo|komersyal\w*|pangkomersyo)",
    _FLAGS,
)
_TL_NARROWING = lazy_pattern(
    r"\bhindi\b|\bhuwag\b|\bbawal\b|ipinagbabawal|\bmaliban\b|\blamang\b|\bkung\b|\bbasta\b"
    r"|pahintulot|nakasulat|\bkondisyon\b|hangga['’]?t",
    _FLAGS,
)
_TL_BAN = lazy_pattern(r"\bhindi\s+(?:mo\s+)?maaaring\b|ipinagbabawal|\bbawal\b", _FLAGS)
_TL_ELECTION = lazy_pattern(
    r"pangangampanya|\bkampanya(?:ng)?\s+pampulitika|\bhalalan\b|\bbotante\b|\beleksyon\b",
    _FLAGS,
)
_TL_NO_TERM = lazy_pattern(
    r"^\W*walang\s+(?:anumang\s+)?garantiya\b[^.]*\.?\s*$"
    r"|^\W*ang\s+tagapaglisensya\s+ay\s+maaaring\s+(?:maglabas|maglathala)\s+ng\s+(?:mga\s+)?"
    r"bagong\s+bersyon\b[^.]*\.?\s*$",
    _FLAGS,
)
_TL_DUTY = lazy_pattern(r"\bdapat\b|\bkailangan\b|\bhindi\b|\bobligado\b", _FLAGS)

# km: research alone; a modification for research with the licence attached; the law; a title
_KM_ONLY = lazy_pattern(r"តែ[^។]{0,20}?ការស្រាវជ្រាវ[^។]{0,80}?ប៉ុណ្ណោះ")
_KM_COMMERCIAL_ALLOWED = lazy_pattern(r"អាចប្រើ[^។]{0,30}?ពាណិជ្ជកម្ម")
_KM_RESEARCH_ATTACH = lazy_pattern(r"គោលបំណងស្រាវជ្រាវ[^។]{0,40}?ត្រូវភ្ជាប់អាជ្ញាប័ណ្ណ")
_KM_LAW = lazy_pattern(r"(?:ស្ថិតនៅក្រោម|គ្រប់គ្រងដោយ)ច្បាប់[^។]{0,10}?(?:ព្រះរាជាណាចក្រ)?កម្ពុជា")
_KM_NARROWING = lazy_pattern(r"មិន|ហាម|លើកលែង|ពាណិជ្ជកម្ម")
_KM_TITLE = lazy_pattern(r"^អាជ្ញាប័ណ្ណ\S*(?:\s+\S+){0,3}$")

# ka: the terms passed on with the model
_KA_ATTACH = lazy_pattern(
    r"(?:გავრცელებისას|გავრცელების\s+დროს|გადაცემისას)[^.]{0,40}?"
    r"(?:დაურთეთ|დაურთოთ|ახლდეს|მიაყოლეთ)[^.]{0,30}?(?:პირობები|ლიცენზია)"
)
_KA_NARROWING = lazy_pattern(r"\bარ\b|აკრძალ|მხოლოდ|გარდა|\bთუ\b|ნებართვ")

# ar: a row or sentence past the cap: a separate licence needed
_AR_PAST = lazy_pattern(
    r"(?:ما\s+)?(?:فوق|يتجاوز|تجاوز|بعد)\s+(?:هذا\s+)?الحد[^.]{0,40}?"
    r"ترخيص\s+(?:منفصل|مستقل|آخر)"
)
_AR_NOT_NEEDED = lazy_pattern(r"لا\s+يلزم|لا\s+يشترط|دون\s+الحاجة|بدون|لا\s+حاجة")
_AR_CAP = lazy_pattern(r"حدّ?\s*المستخدمين|مستخدم\s+نشط|الإيرادات|الإيراد")


def read_s39wa(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages stating a clause the module reads, each with its clauses (none for a
    passage stating no term)."""
    found: dict[Passage, list[Clause]] = {}
    before: Passage | None = None
    for passage in passages:
        clauses = read_ja_faq(passage.text, before) if passage.language == "ja" else None
        clauses = _read(passage.text, before) if clauses is None else clauses
        if clauses is None:
            clauses = read_clause_s39wa(passage.text)
        if clauses is None and before is not None and before in found:
            clauses = sequel_of_cap(passage.text, found[before])
        if clauses is not None:
            found[passage] = clauses
        before = passage
    return found


def _read(text: str, before: Passage | None) -> list[Clause] | None:
    for reader in (_korean, _vietnamese, _thai, _filipino, _khmer, _georgian):
        clauses = reader(text)
        if clauses is not None:
            return clauses
    if before is None:
        return None
    likewise = _korean_likewise(text, before)
    return likewise if likewise is not None else _arabic_past_cap(text, before)


def _korean(text: str) -> list[Clause] | None:
    if _KO_GRANT.search(text) is None or _KO_NARROWING.search(text) is not None:
        return None
    return _ALLOWED


def _korean_likewise(text: str, before: Passage) -> list[Clause] | None:
    if _KO_LIKEWISE.search(text.strip()) is None or _KO_ENDS.search(text) is not None:
        return None
    return [] if re.search(r"[\uac00-\ud7af]", before.text) else None


def _vietnamese(text: str) -> list[Clause] | None:
    if _VI_PROFIT.search(text) is None or _VI_ROUTE.search(text) is not None:
        return None
    return [Clause("commercial_use", "prohibited")]


def _thai(text: str) -> list[Clause] | None:
    if _TH_BAN.search(text) is None or _TH_CREDIT.search(text) is None:
        return None
    if _TH_EXCEPT.search(text) is not None:
        return None
    tags = ["automated-decision-making"]
    tags += ["decisions-even-if-reviewed"] if _TH_REVIEWED.search(text) else []
    return [Clause("use_restrictions", tags)]


def _filipino(text: str) -> list[Clause] | None:
    if _TL_GRANT.search(text) is not None and _TL_NARROWING.search(text) is None:
        return _ALLOWED
    if _TL_BAN.search(text) is not None and _TL_ELECTION.search(text) is not None:
        if _TL_NARROWING.search(_TL_BAN.sub(" ", text)) is None:
            return [Clause("use_restrictions", ["election-interference"])]
        return None
    if _TL_NO_TERM.search(text) is not None and _TL_DUTY.search(text) is None:
        return []
    return None


def _khmer(text: str) -> list[Clause] | None:
    if _KM_ONLY.search(text) is not None and _KM_COMMERCIAL_ALLOWED.search(text) is None:
        return [Clause("commercial_use", "prohibited"), Clause("use_scope", ["research"])]
    if _KM_RESEARCH_ATTACH.search(text) is not None and _KM_NARROWING.search(text) is None:
        return [Clause("use_scope", ["research"]), Clause("attribution_required", True)]
    if _KM_LAW.search(text) is not None and _KM_NARROWING.search(text) is None:
        return [Clause("governing_law", "KH")]
    if _KM_TITLE.search(text.strip()) is not None:
        return []
    return None


def _georgian(text: str) -> list[Clause] | None:
    if _KA_ATTACH.search(text) is None or _KA_NARROWING.search(text) is not None:
        return None
    return [Clause("attribution_required", True)]


def _arabic_past_cap(text: str, before: Passage) -> list[Clause] | None:
    if _AR_PAST.search(text) is None or _AR_NOT_NEEDED.search(text) is not None:
        return None
    if _AR_CAP.search(before.text) is None:
        return None
    return [Clause("commercial_use", "restricted"), Clause("commercial_use_conditions", [_ABOVE])]
