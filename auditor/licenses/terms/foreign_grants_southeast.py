"""A grant that takes business use in, in Indonesian, Malay, Vietnamese, Thai, Filipino and
Swahili, for `foreign_grants.any_purpose_grant` (read as `foreign_grants_west` reads its
languages).

Word tables of each language (`_Words`), in any order within one clause (a clause ends at a full
stop, a semicolon or a question mark):

- business use (`business`): trade, a business, earning a living, profit ("berjualan", "cari
  nafkah", "berniaga", "kinh doanh", "เชิงพาณิชย์", "pang-negosyo", "biashara");
- a use for any purpose, whatever it is (`any`: "buat apa saja", "bagi apa-apa jua maksud",
  "vào bất kỳ mục đích nào", "เพื่อวัตถุประสงค์ใดก็ได้", "sa kahit anong layunin", "kwa madhumuni
  yoyote"), or business use taken in by an "also" or "including" (`also`: "termasuk", "kể cả",
  "รวมทั้ง", "kasama ang", "ikiwemo"), in a clause that grants, permits or invites (`permits`:
  "membenarkan", "silakan", "đồng ý để bạn", "ยินยอมให้", "puwede", "inakuruhusu"), or beside
  business use named.

A clause with a negation, an exception (`negation`: "kecuali", "trừ", "ยกเว้น", "maliban",
"isipokuwa"), an "only" or a condition (`condition`) takes nothing in; the cues of its language
read it. Words saying no fee is charged or no permission is needed ("tanpa bayaran", "tidak
perlu dimintai izin", "không phải trả phí") are set aside first.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.grant_words import GrantShape, GrantWords, takes_in_business

__all__ = ["takes_in_business_southeast"]

_Words = GrantWords

_ID_BUSINESS = (
    r"\b(?:komersi[a]?l\w*|bisnis|berbisnis|usaha|berusaha|perniagaan|berniaga|niaga|berdagang"
    r"|perdagangan|dagang|berjualan|jualan|menjual|(?:men)?cari\s+(?:nafkah|untung|rezeki|wang"
    r"|uang)|mencari\s+keuntungan|keuntungan|laba|perusahaan|syarikat|kantor|pejabat)\b"
)
_WORDS: dict[str, _Words] = {
    "id": _Words(
        business=_ID_BUSINESS,
        also=r"\b(?:termasuk(?:lah)?|juga|pun|serta)\b",
        permits=r"\b(?:silakan|silahkan|dipersilakan|boleh|dibolehkan|diperbolehkan|diizinkan"
        r"|dibenarkan|membenarkan|mengizinkan|memberi(?:kan)?\s+(?:\w+\s+){0,3}?(?:hak|izin|lisensi"
        r"|lesen)|bebas|berhak|dapat)\b",
        any=r"\b(?:apa\s+(?:saja|pun|sahaja|jua)|apa-apa(?:\s+jua)?|apapun)(?:\s+(?:tujuan|maksud"
        r"|keperluan|kebutuhan|matlamat|kegunaan|urusan))?\b|\b(?:sebarang|mana-mana|segala"
        r"|semua)\s+(?:tujuan|maksud|keperluan|kebutuhan|matlamat|kegunaan|urusan)\b"
        r"|\b(?:tujuan|maksud|keperluan|kegunaan)\s+(?:apa\s+(?:saja|pun|jua|sahaja)|apapun)\b",
        negation=r"\b(?:kecuali|selain|tidak|bukan|dilarang|jangan|tanpa\s+hak)\b",
        condition=r"\b(?:hanya|sahaja|semata-mata|dengan\s+syarat|asalkan|asal|jika|apabila"
        r"|bila|sekiranya|wajib|harus|mesti|hendaklah|setelah|selepas)\b",
        unneeded=r"\b(?:tidak|tanpa)\s+(?:\w+\s+){0,2}?(?:bayaran|biaya|membayar|memungut|dipungut"
        r"|royalti|perlu\s+(?:\w+\s+){0,2}?(?:izin|kebenaran|persetujuan))\w*"
        r"|\btidak\s+perlu\s+(?:\w+\s+){0,2}?(?:izin|kebenaran|persetujuan)"
        # anyone ("sesiapa sahaja", "siapa pun"): no "only"
        r"|\b(?:se)?siapa\s+(?:sahaja|saja|pun|jua)\b",
    ),
    "vi": _Words(
        business=r"\b(?:thương\s+mại|kinh\s+doanh|buôn\s+bán|kiếm\s+lời|lợi\s+nhuận|mưu\s+sinh"
        r"|doanh\s+nghiệp|công\s+ty)\b",
        also=r"\b(?:kể\s+cả|bao\s+gồm\s+cả|bao\s+gồm|cũng|cả)\b",
        permits=r"\b(?:đồng\s+ý\s+(?:để|cho)|cho\s+phép|được\s+phép|được\s+quyền|có\s+quyền"
        r"|có\s+thể|cấp\s+(?:cho\s+\w+\s+)?quyền|tự\s+do)\b",
        any=r"\b(?:bất\s+kỳ|bất\s+cứ|mọi)\s+mục\s+đích\b|\bmục\s+đích\s+(?:gì|nào)\s+cũng\b",
        negation=r"\b(?:trừ|ngoại\s+trừ|không\s+(?:được|bao\s+gồm|áp\s+dụng|cho\s+phép)|cấm"
        r"|ngoài)\b",
        condition=r"\b(?:chỉ|với\s+điều\s+kiện|miễn\s+là|nếu|khi|phải|sau\s+khi)\b",
        unneeded=r"\b(?:mà\s+)?không\s+(?:phải\s+|cần\s+)?(?:trả\s+phí|trả\s+tiền|xin\s+phép"
        r"|thu\s+phí)\b|\bmiễn\s+phí\b",
    ),
    "th": _Words(
        business=r"(?:เชิง)?พาณิชย์|การค้า|ธุรกิจ|หากำไร|แสวงหากำไร|หารายได้",
        also=r"รวมทั้ง|รวมถึง|ทั้งนี้รวม|ด้วย",
        permits=r"ยินยอมให้|อนุญาตให้|ให้สิทธิ|สามารถ|ใช้ได้",
        any=r"(?:ทุก|ไม่ว่าจะเป็น)วัตถุประสงค์|วัตถุประสงค์ใด(?:ๆ)?(?:ก็ได้)?",
        negation=r"ยกเว้น|เว้นแต่|ห้าม|ไม่อนุญาต|ไม่รวม|ต้องไม่",
        condition=r"เฉพาะ|เท่านั้น|โดยมีเงื่อนไข|หาก|ต้อง",
        unneeded=r"โดยไม่(?:เสีย|มี)ค่าใช้จ่าย|โดยไม่ต้อง(?:ขอ|ชำระ|จ่าย)\S{0,12}",
    ),
    "tl": _Words(
        business=r"\b(?:pang-?negosyo|negosyo|pagnenegosyo|pangkomersiy?al|komersiy?al"
        r"|pinagkakakitaan|pagkakakitaan|kabuhayan|pangkabuhayan|may\s+kita|kumita|tubo)\b",
        also=r"\b(?:kasama(?:\s+na)?|pati(?:\s+na)?|kabilang|rin|din)\b",
        permits=r"\b(?:puwede|pwede|maaari\w*|pinahihintulutan|pinapayagan|nagbibigay\s+(?:\w+\s+)"
        r"{0,4}?(?:pahintulot|karapatan|lisensi?ya)|malaya)\b",
        any=r"\b(?:kahit\s+(?:anong|ano\s*mang|anumang)|anumang|alinmang|lahat\s+ng)\s+"
        r"(?:layunin|layon|gamit|paggamit|pakay)\b",
        negation=r"\b(?:maliban|liban|hindi|bawal|ipinagbabawal|huwag)\b",
        condition=r"\b(?:lamang|lang|tanging|basta't|kung|kapag|dapat|kailangan\w*)\b",
        unneeded=r"\b(?:nang\s+)?(?:libre|walang\s+bayad|walang\s+singil)\b"
        r"|\bhindi\s+(?:na\s+)?kailangan\w*\s+(?:\w+\s+){0,2}?(?:pahintulot|permiso)",
    ),
    "sw": _Words(
        business=r"\b(?:kibiashara|biashara|kupata\s+faida|faida|kujipatia\s+kipato|kampuni)\b",
        also=r"\b(?:ikiwemo|ikiwa\s+ni\s+pamoja\s+na|pamoja\s+na|hata|pia)\b",
        permits=r"\b(?:\w*ruhusu\w*|unaweza|mnaweza|anaweza|inaruhusiwa|karibu|ni\s+halali)\b",
        any=r"\b(?:kwa|katika)\s+(?:madhumuni|lengo|kusudi|matumizi|shughuli)\s+(?:yoyote|lolote"
        r"|lo\s+lote|yo\s+yote)\b",
        negation=r"\b(?:isipokuwa|ila|si|hai\w+|hau\w+|hayaruhusiwi|marufuku|usitumie)\b",
        condition=r"\b(?:tu|pekee|mradi|ikiwa|iwapo|lazima|baada\s+ya)\b",
        unneeded=r"\bbila\s+(?:malipo|ada|gharama|kulipa)\b|\bbure\b",
    ),
}
_WORDS["ms"] = _WORDS["id"]
# a purpose of one kind right after "any purpose" ("untuk tujuan apa pun penelitian"): research,
# teaching or private ends only, no business taken in
_ONE_KIND = lazy_pattern(
    unicodedata.normalize(
        "NFKC",
        r"^\W{0,3}(?:\w+\s+)?(?:penelitian|penyelidikan|riset|akademik|pendidikan|pribadi|peribadi"
        r"|nghiên\s+cứu|học\s+tập|giáo\s+dục|cá\s+nhân|phi\s+thương\s+mại|วิจัย|การศึกษา|ส่วนตัว"
        r"|pananaliksik|pag-?aaral|pansarili|utafiti|elimu|binafsi)",
    ),
    re.IGNORECASE,
)
_SHAPE = GrantShape(_WORDS, business_beside_any=True, listed_trade=True, one_kind=_ONE_KIND)


def takes_in_business_southeast(text: str) -> bool:
    """Whether one clause of the passage, in one of the six languages, grants business use: a
    use for any purpose, or business use taken in, with a grant word or business named, and no
    negation, exception, "only" or condition in that clause (module docstring)."""
    return takes_in_business(text, _SHAPE)
