"""Lists of the purposes a licence permits, in Indonesian, Malay, Vietnamese, Thai, Filipino and
Swahili, for `terms.foreign`: a lead-in naming the permitted purposes ("Tujuan yang diizinkan
adalah:", "Các mục đích được phép gồm:", "วัตถุประสงค์ที่อนุญาต ได้แก่", "Ang mga
pinahihintulutang layunin ay:", "Madhumuni yanayoruhusiwa ni haya:") and its marked items
("(a) kujisomea binafsi;", "- penelitian akademik;"), and a grant that confines use to the
purposes another clause lists ("kwa madhumuni yaliyotajwa katika Kifungu cha 2 pekee", "hanya
untuk tujuan yang disebutkan dalam Pasal 2", "chỉ cho các mục đích nêu tại Điều 2").

Such a list states what the grant covers, no term of its own: its lead-in, its items and the
grant pointing at it are read, adding nothing (the clause banning every other use, "Matumizi
mengine yoyote ... hayaruhusiwi", states the term and the cues read it; where none stands,
commercial use stays unknown, as the grant names none). An item with a ban or a need of consent,
or naming business use as permitted, is left to the cues.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage
from auditor.licenses.text.markup import split_lines

__all__ = ["permitted_lists"]

_FLAGS = re.IGNORECASE
LANGUAGES = ("id", "ms", "vi", "th", "tl", "sw")

# the permitted purposes (or uses) named as a list's lead-in
_PERMITTED = lazy_pattern(
    unicodedata.normalize(
        "NFKC",
        r"\b(?:tujuan|kegunaan|penggunaan|maksud)(?:-tujuan)?\s+yang\s+(?:di(?:izinkan|benarkan"
        r"|perbolehkan|bolehkan)|boleh)\b"  # id, ms
        r"|\b(?:các\s+)?(?:mục\s+đích|việc\s+sử\s+dụng)\s+(?:được\s+(?:phép|cho\s+phép|chấp\s+nhận))"
        r"|วัตถุประสงค์ที่(?:ได้รับ)?(?:อนุญาต|อนุญาตให้)|การใช้(?:งาน)?ที่(?:ได้รับ)?อนุญาต"  # th
        r"|\b(?:pinahihintulutang|pinapayagang)\s+(?:mga\s+)?(?:layunin|gamit|paggamit)"
        r"|\bmga\s+(?:layunin|gamit)\s+na\s+(?:pinahihintulutan|pinapayagan)"  # tl
        r"|\b(?:madhumuni|matumizi|malengo)\s+(?:ya(?:nayo|liyo)ruhusiwa|yaliyoidhinishwa)\b",  # sw
    ),
    _FLAGS,
)
# a grant confined to purposes listed in another clause, its number named
_ELSEWHERE = lazy_pattern(
    unicodedata.normalize(
        "NFKC",
        r"\b(?:tujuan|keperluan|maksud)\s+(?:\w+\s+){0,2}?yang\s+(?:di)?(?:sebut\w*|nyatakan"
        r"|dinyatakan|tercantum|tersenarai|disenaraikan|diatur|ditetapkan)\s+(?:di\s*)?(?:dalam\s+)?"
        r"(?:Pasal|Perkara|Fasal|Bagian|Bahagian|Seksyen|Lampiran|Jadual)"  # id, ms
        r"|\bmục\s+đích\s+(?:được\s+)?(?:nêu|quy\s+định|liệt\s+kê)\s+(?:tại|trong)\s+(?:Điều|Mục"
        r"|Khoản|Phụ\s+lục)"  # vi
        r"|วัตถุประสงค์ที่(?:ระบุ|กำหนด)(?:ไว้)?ใน(?:ข้อ|หมวด|ภาคผนวก)"  # th
        r"|\b(?:layunin|gamit)\w*\s+na\s+(?:nakalista|nakasaad|binanggit|tinukoy)\s+sa\s+"
        r"(?:Seksiyon|Seksyon|Artikulo|Bahagi|Talaan)"  # tl
        r"|\b(?:madhumuni|matumizi)\s+(?:ya|yaliyo)?(?:liyotajwa|orodheshwa|ainishwa|elezwa)\w*\s+"
        r"(?:katika|kwenye)\s+(?:Kifungu|Sehemu|Jedwali|Kiambatisho)",  # sw
    ),
    _FLAGS,
)
_ITEM = lazy_pattern(r"\s*(?:[-*+•–]|\(?[a-zA-Z0-9ivx]{1,4}[.)])\s")
# business use or ends named as permitted (a company named as a funder, "kampuni ya kibiashara",
# is no such use)
_BUSINESS = lazy_pattern(
    unicodedata.normalize(
        "NFKC",
        r"\b(?:penggunaan|tujuan|keperluan|kegiatan|urusan)\s+(?:\w+\s+)?(?:komersi[a]?l|bisnis"
        r"|perniagaan|niaga)\b"  # id, ms
        r"|\b(?:sử\s+dụng|mục\s+đích|hoạt\s+động)\s+(?:\w+\s+)?(?:thương\s+mại|kinh\s+doanh)\b"
        r"|(?:การใช้|วัตถุประสงค์|ใช้)\S{0,6}(?:เชิงพาณิชย์|ทางการค้า|เพื่อการค้า)"  # th
        r"|\b(?:paggamit|layunin|gamit|gawain)\w*\s+(?:\w+\s+)?(?:pang-?negosyo|komersiy?al"
        r"|pangkomersiy?al|sa\s+negosyo)\b"  # tl
        r"|\b(?:matumizi|madhumuni|shughuli|kazi)\s+(?:\w+\s+)?(?:ya|za|kwa)\s+(?:ki)?biashara\b",
    ),
    _FLAGS,
)


def permitted_lists(
    passages: Sequence[Passage], text: str, cues: Mapping[str, Cues]
) -> dict[Passage, list[Clause]]:
    """The lead-ins and items of lists of permitted purposes, and the grants confining use to
    them, each read with no clause (module docstring); an item with a ban or a need of consent
    or naming business use is left out."""
    lines = split_lines(text)
    listed: set[int] = set()
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        if _PERMITTED.search(passage.text) is None or not passage.text.rstrip().endswith(":"):
            continue
        found[passage] = []
        index = passage.line  # the lines below the lead-in's, until a blank line
        while index < len(lines) and lines[index].strip() and _ITEM.match(lines[index]):
            listed.add(index + 1)
            index += 1
    if not found:
        return {}
    for passage in passages:
        pointed = passage.line in listed or _ELSEWHERE.search(passage.text) is not None
        if pointed and not _binds(passage.text, cues):
            found[passage] = []
    return found


def _binds(text: str, cues: Mapping[str, Cues]) -> bool:
    """A ban or a need of consent in any of the six languages' cues, or business use named."""
    if _BUSINESS.search(text) is not None:
        return True
    own = (cues[language] for language in LANGUAGES if language in cues)
    return any(
        pattern is not None and pattern.search(text) is not None
        for cue in own
        for pattern in (cue.prohibited, cue.restricted)
    )
