"""Passages in Thai, Vietnamese, Indonesian, Malay, Filipino, Swahili, Amharic and Yoruba that
state no term of use, for `foreign_no_term` (read, adding nothing):

- a document's title: the name of a licence, terms or agreement (`doc`), the model's name (a
  word with a digit, "Name-7B") or the licensor in brackets with its legal form (`company`), in
  a line of a few words with no sentence in it;
- a notice the licensor says it will not review, answer or refuse on (`notice` and
  `unanswered`: "we will not answer it", "we cannot refuse your use for it"); the route asking
  for the notice is read where it names the use;
- copies that carry the licence's text or its notice (`spread` or a copy, `carry`, `text`):
  "when you pass the model on, keep this text with it";
- the licensor's discretion over a request for its consent (`refuse` and `request`): the need
  of consent is read in its own sentence;
- a plain grant to use, copy, modify or pass the model on (`grant` and two `acts`), free of
  charge or not, maybe subject to another article (`elsewhere`, read on its own), with no
  purpose named;
- a ban of gambling alone (`gambling`: betting, lotteries, casinos), a use no rule tracks (the
  English rules leave "you must not use it for gambling" aside too): every item of what the ban
  lists names it, and no commercial word, "only" or condition stands beside it.

Each stands only without a ban, an "only" or a commercial word of any of these languages (a
title, nor a condition either), and the notice without the licensor's power to refuse.
Yoruba is matched with its tone marks and dots taken off (`_plain`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["states_no_term_southeast"]


@dataclass(frozen=True, slots=True)
class _Words:
    ban: str
    only: str
    commercial: str
    condition: str  # a condition or consent: binds in a title
    doc: str  # a licence, terms, an agreement
    company: str  # a legal form
    notice: str
    unanswered: str  # will not review, answer or refuse
    may_refuse: str  # the licensor may refuse: the notice decides
    spread: str  # pass on, copies
    carry: str  # keep, attach, include
    text: str  # this licence, its text, the copyright notice
    refuse: str
    request: str
    gambling: str = r"(?!)"
    grant: str = r"(?!)"  # may, is allowed to
    acts: str = r"(?!)"  # use, copy, modify, pass on
    elsewhere: str = r"(?!)"  # subject to another article ("dengan memperhatikan Pasal 2")
    free: str = r"(?!)"  # free of charge


_WORDS: dict[str, _Words] = {
    "th": _Words(
        ban=r"ห้าม|ไม่อนุญาต|ไม่ได้รับอนุญาต|ต้องไม่|มิให้|ไม่สามารถ",
        only=r"เท่านั้น|เฉพาะ",
        commercial=r"พาณิชย์|การค้า|หากำไร|หารายได้|ธุรกิจ",
        condition=r"ต้องได้รับ|ต้องขอ|หาก|เว้นแต่|ยกเว้น|เงื่อนไข",
        doc=r"ข้อตกลง|สัญญา|ใบอนุญาต|ข้อกำหนด",
        company=r"บริษัท|จำกัด|ห้างหุ้นส่วน",
        notice=r"การแจ้ง|แจ้งให้ทราบ|หนังสือแจ้ง|อีเมล",
        unanswered=r"จะไม่(?:ตอบ|พิจารณา|ตรวจ|ปฏิเสธ)",
        may_refuse=r"(?:อาจ|มีสิทธิ์?|สามารถ)(?:จะ)?ปฏิเสธ",
        spread=r"แจกจ่าย|เผยแพร่|ส่งต่อ|สำเนา",
        carry=r"แนบ|คงไว้|รวมไว้|ใส่",
        text=r"ข้อตกลงนี้|สัญญานี้|ใบอนุญาตนี้|ประกาศ|ลิขสิทธิ์",
        refuse=r"ปฏิเสธ",
        request=r"คำขอ|คำร้อง",
        gambling=r"พนัน|หวย|สลากกินแบ่ง|คาสิโน|เสี่ยงโชค|แทงบอล",
        grant=r"สามารถ|อนุญาตให้|ได้รับอนุญาต|มีสิทธิ|ใช้ได้",
        acts=r"ใช้|ทำซ้ำ|คัดลอก|ดัดแปลง|แก้ไข|แจกจ่าย|เผยแพร่",
        elsewhere=r"(?:ภายใต้|ตาม|ทั้งนี้ตาม|โดยเป็นไปตาม)\s*(?:ข้อ|หมวด|มาตรา)\s*\S{1,4}",
        free=r"(?:ได้)?(?:โดย)?(?:ไม่เสียค่าใช้จ่าย|ฟรี|ไม่มีค่าใช้จ่าย)",
    ),
    "vi": _Words(
        ban=r"\b(?:cấm|không\s+được|không\s+cho\s+phép)\b",
        only=r"\b(?:chỉ|duy\s+nhất)\b",
        commercial=r"\b(?:thương\s+mại|kinh\s+doanh|lợi\s+nhuận|kiếm\s+lời)\b",
        condition=r"\b(?:phải|nếu|với\s+điều\s+kiện|trừ|ngoại\s+trừ|xin\s+phép|chấp\s+thuận)\b",
        doc=r"\b(?:giấy\s+phép|điều\s+khoản|điều\s+kiện\s+sử\s+dụng|thỏa\s+thuận|hợp\s+đồng)\b",
        company=r"\b(?:công\s+ty|tnhh|cổ\s+phần|tập\s+đoàn)\b",
        notice=r"\b(?:thông\s+báo|email|thư)\b",
        unanswered=r"\b(?:không|chẳng)\s+(?:\w+\s+){0,2}?(?:xem\s+xét|trả\s+lời|phản\s+hồi|từ\s+chối"
        r"|phê\s+duyệt)\b",
        may_refuse=r"\b(?:có\s+quyền|có\s+thể)\s+từ\s+chối\b",
        spread=r"\b(?:phân\s+phối|chia\s+sẻ|phát\s+hành|bản\s+sao)\b",
        carry=r"\b(?:kèm\s+theo|giữ\s+nguyên|giữ\s+lại|đính\s+kèm)\b",
        text=r"\b(?:văn\s+bản|giấy\s+phép|bản\s+quyền|điều\s+khoản)\b",
        refuse=r"\btừ\s+chối\b",
        request=r"\b(?:đề\s+nghị|yêu\s+cầu|đơn)\b",
        gambling=r"\b(?:cờ\s+bạc|cá\s+cược|đánh\s+bạc|sòng\s+bạc|xổ\s+số|cá\s+độ|casino)\b",
        grant=r"\b(?:được\s+(?:phép|quyền)|có\s+thể|cho\s+phép|có\s+quyền)\b",
        acts=r"\b(?:sử\s+dụng|dùng|sao\s+chép|sửa\s+đổi|chỉnh\s+sửa|phân\s+phối)\b",
        elsewhere=r"\b(?:theo\s+quy\s+định\s+tại|tuân\s+theo|theo|căn\s+cứ)\s+(?:Điều|Khoản|Mục|Chương)\s+\w+",
        free=r"\b(?:miễn\s+phí|không\s+(?:phải\s+)?trả\s+phí)\b",
    ),
    "id": _Words(  # and Malay
        ban=r"\b(?:dilarang|melarang|larangan|tidak\s+(?:boleh|dibenarkan|diizinkan"
        r"|diperbolehkan)|jangan)\b",
        only=r"\b(?:hanya|sahaja|semata-mata)\b",
        commercial=r"\b(?:komersi[a]?l\w*|bisnis|perniagaan|berniaga|berdagang|keuntungan"
        r"|laba)\b",
        condition=r"\b(?:wajib|harus|mesti|hendaklah|jika|apabila|kecuali|setelah|izin"
        r"|persetujuan|kebenaran)\b",
        doc=r"\b(?:lisensi|lesen|perjanjian|syarat(?:-syarat)?|ketentuan)\b",
        company=r"\b(?:PT|CV|Tbk|Sdn\.?\s*Bhd|Bhd|Berhad|perseroan)\b",
        notice=r"\b(?:pemberitahuan|notifikasi|notis|e-?mel|surel|email)\b",
        unanswered=r"\b(?:tidak|tak)\s+(?:akan\s+)?(?:\w+\s+)?(?:menanggapi|membalas|menjawab"
        r"|meninjau|memeriksa|menolak|menyetujui)\w*",
        may_refuse=r"\b(?:dapat|boleh|berhak|bisa)\s+menolak\w*",
        spread=r"\b(?:menyebarluaskan|disebarluaskan|mendistribusikan|didistribusikan"
        r"|mengedarkan|diedarkan|membagikan|dibagikan|salinan)\b",
        carry=r"\b(?:disertai|sertakan|menyertakan|disertakan|lampirkan|dilampirkan|melampirkan"
        r"|pertahankan|mempertahankan|kekalkan|mengekalkan)\b",
        text=r"\b(?:lisensi|lesen|hak\s+cipta|notis)\b",
        refuse=r"\bmenolak\w*",
        request=r"\b(?:permohonan|permintaan)\b",
        gambling=r"\b(?:judi|perjudian|berjudi|taruhan|bertaruh|kasino|lotere|loteri)\b",
        grant=r"\b(?:boleh|dapat|diizinkan|dibenarkan|membenarkan|mengizinkan|berhak|bebas)\b",
        acts=r"\b(?:memakai|menggunakan|menyalin|mengubah(?:\s+suai)?|memodifikasi|mengedarkan|menyebarluaskan|mendistribusikan)\b",
        elsewhere=r"\b(?:dengan\s+memperhatikan|tunduk\s+(?:pada|kepada)|sesuai\s+dengan|tertakluk\s+kepada|berdasarkan)\s+(?:ketentuan\s+)?(?:Pasal|Bab|ayat|Seksyen|Fasal|Perkara|Bagian)\s+\w+",
        free=r"\b(?:tanpa\s+(?:biaya|bayaran|dipungut\s+biaya)|secara\s+cuma-cuma|percuma|gratis)\b",
    ),
    "tl": _Words(
        ban=r"\b(?:bawal|ipinagbabawal|hindi\s+(?:maaari|puwede|pwede|pinapayagan"
        r"|pinahihintulutan)|huwag)\b",
        only=r"\b(?:lamang|lang|tanging)\b",
        commercial=r"\b(?:pangkomersiy?o|komersiy?al|pangkomersiy?al|negosyo|pang-?negosyo"
        r"|tubo)\b",
        condition=r"\b(?:kung|kapag|dapat|kailangan\w*|maliban|pahintulot)\b",
        doc=r"\b(?:lisensi?ya|kasunduan|tuntunin|kondisyon)\b",
        company=r"\b(?:inc|corp|korporasyon|kompanya|kumpanya)\b",
        notice=r"\b(?:abiso|paunawa|email|sulat)\b",
        unanswered=r"\bhindi\s+(?:\w+\s+){0,3}?(?:sasagutin|sagutin|susuriin|tatanggihan"
        r"|rerepasuhin|aaprubahan)\b",
        may_refuse=r"\b(?:maaaring|puwedeng|pwedeng|may\s+karapatang)\s+(?:\w+\s+)?"
        r"(?:tanggihan|tumanggi)\b",
        spread=r"\b(?:ipamahagi|ipapamahagi|ipinamamahagi|pamamahagi|ibahagi|kopya|kopyang)\b",
        carry=r"\b(?:isama|isasama|ilakip|panatilihin)\b",
        text=r"\b(?:lisensi?yang?|paunawa|karapatang-?ari)\b",
        refuse=r"\b(?:tanggihan|tumanggi|tatanggihan)\b",
        request=r"\b(?:kahilingan|aplikasyon)\b",
        gambling=r"\b(?:sugal|pagsusugal|magsugal|pustahan|pusta|kasino|loterya|huweteng)\b",
        grant=r"\b(?:malaya|puwede|pwede|maaari\w*|pinahihintulutan)\b",
        acts=r"\b(?:gamitin|kopyahin|baguhin|ipamahagi|gumamit|kumopya)\b",
        elsewhere=r"\b(?:alinsunod\s+sa|napapailalim\s+sa|ayon\s+sa)\s+(?:\w+\s+){0,2}?(?:Bahagi|Seksiyon|Seksyon|Artikulo)\b",
        free=r"\b(?:nang\s+)?(?:libre|walang\s+bayad)\b",
    ),
    "sw": _Words(
        ban=r"\b(?:marufuku|hairuhusiwi|haruhusiwi|hauruhusiwi|hayaruhusiwi|usi\w+|huwezi"
        r"|hawezi)\b",
        only=r"\b(?:tu|pekee)\b",
        commercial=r"\b(?:kibiashara|biashara|faida)\b",
        condition=r"\b(?:lazima|ikiwa|iwapo|isipokuwa|ila|idhini|ruhusa|kibali|baada\s+ya"
        r"|kabla\s+ya)\b",
        doc=r"\b(?:leseni|masharti|mkataba|makubaliano)\b",
        company=r"\b(?:kampuni|limited|ltd)\b",
        notice=r"\b(?:taarifa|arifa|kujulisha|kutujulisha|barua(?:\s+pepe)?)\b",
        unanswered=r"\bhatu(?:ta|ti)?i?(?:pitia|jibu|kagua|kataa|idhinisha)\b"
        r"|\bhatuwezi\s+(?:ku)?(?:kataa|zuia)\b|\bwala\s+(?:ku)?i?(?:jibu|pitia|kagua)\b",
        may_refuse=r"\b(?:tunaweza|inaweza|anaweza)\s+(?:ku)?kataa\b|\bkwa\s+hiari\s+yetu\b",
        spread=r"\b(?:\w*sambaza\w*|nakala)\b",
        carry=r"\b(?:ku)?(?:ambatisha|ambatanisha|hifadhi|weka|jumuisha|bakiza)\b",
        text=r"\b(?:leseni\s+hii|masharti\s+haya|hakimiliki)\b",
        refuse=r"\b\w*kataa\b",
        request=r"\b(?:ombi|maombi)\b",
        gambling=r"\b(?:kamari|kubahatisha|bahati\s+nasibu|kasino|kubeti|ubashiri)\b",
        grant=r"\b(?:unaweza|mnaweza|anaweza|\w*ruhusu\w*)\b",
        acts=r"\b(?:kutumia|kunakili|kurekebisha|kusambaza|kubadilisha)\b",
        elsewhere=r"\b(?:kwa\s+kuzingatia|kulingana\s+na|chini\s+ya)\s+(?:Kifungu|Sehemu)\s+\w+",
        free=r"\b(?:bila\s+(?:malipo|gharama|ada)|bure)\b",
    ),
    "am": _Words(
        ban=r"አይፈቀድም|የተከለከለ|ክልክል|አይቻልም|አይችሉም",
        only=r"ብቻ",
        commercial=r"ንግድ|ትርፍ|ገቢ",
        condition=r"ካልሆነ|በቀር|ሳያገኙ|ካገኙ",
        doc=r"ፈቃድ|ውል|ስምምነት|ደንብ",
        company=r"ኃ\.የተ\.የግ\.ማ|ኩባንያ|ድርጅት|ማኅበር",
        notice=r"ማሳወቂያ|ማስታወቂያ",
        unanswered=r"አንመልስም|አንመረምርም|ውድቅ\s+አናደርግም",
        may_refuse=r"ውድቅ\s+(?:ልናደርግ|ሊያደርግ)",
        spread=r"ሲያሰራጩ|ማሰራጨት|ያሰራጩ|ቅጂ",
        carry=r"ያያይዙ|ይጨምሩ|ያካትቱ",
        text=r"ፈቃድ|የቅጂ\s+መብት",
        refuse=r"ውድቅ",
        request=r"ጥያቄ|ማመልከቻ",
        gambling=r"ቁማር|ውርርድ",
        grant=r"ይችላሉ|ተፈቅዷል",
        acts=r"መጠቀም|መቅዳት|ማሻሻል|ማሰራጨት",
        elsewhere=r"በአንቀጽ\s*\S{1,4}\s*መሠረት",
        free=r"በነጻ|ያለ\s+ክፍያ",
    ),
    "yo": _Words(  # without tone marks or dots (`_plain`)
        ban=r"\b(?:ko\s+gbodo|eewo|a\s+ko\s+gba\s+laaye)\b",
        only=r"\bnikan\b",
        commercial=r"\b(?:owo|ere)\b",
        condition=r"\b(?:afi|ayafi|ti\s+o\s+ba)\b",
        doc=r"\b(?:iwe\s+ase|adehun|ofin\s+ilo)\b",
        company=r"\b(?:ile-?\s*ise|limited|ltd)\b",
        notice=r"\b(?:ifitonileti)\b",
        unanswered=r"\ba\s+ko\s+ni\s+(?:dahun|ko)\b",
        may_refuse=r"\ba\s+le\s+ko\b",
        spread=r"\bpin\b[^.;]{0,30}?\bkiri\b|\bpinpin\b|\bada\b",
        carry=r"\bfi\b[^.;]{0,60}?\bkun\b|\bso\b[^.;]{0,40}?\bmo\b",
        text=r"\b(?:iwe\s+ase|akiyesi|eto-?adako)\b",
        refuse=r"\bko\s+ibeere\b",
        request=r"\bibeere\b",
        gambling=r"\b(?:tete|ayo\s+olowo)\b",
        grant=r"\ble\b",
        acts=r"\blo\b|\bse\s+adako\b|\byi\b[^.;]{0,10}?\bpada\b|\bpin\b[^.;]{0,20}?\bkiri\b",
        elsewhere=r"\bgege\s+bi\s+abala\s+\w+",
        free=r"\blaisanwo\b|\bni\s+ofe\b",
    ),
}
_WORDS["ms"] = _WORDS["id"]
_PLAIN = frozenset({"yo"})
_NAME = lazy_pattern(r"(?=[\w.-]*\d)(?=[\w.-]*[^\W\d_])[\w.-]+")
_BRACKETS = lazy_pattern(r"\([^()]{1,80}\)")
_SENTENCE = lazy_pattern(r"[.!?።。;]\s+\S|[:;]\s*\S[^()]*[:;]")
_MAX_TITLE_WORDS, _MAX_TITLE_CHARS = 12, 110


def _plain(text: str) -> str:
    """The text without combining marks (Yoruba tone marks, dots under letters)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFC", pattern), re.IGNORECASE)


def _in(language: str, field: str, text: str) -> bool:
    return _p(getattr(_WORDS[language], field)).search(text) is not None


def _forms(text: str) -> dict[str, str]:
    """The text as each language's tables match it."""
    nfc, plain = unicodedata.normalize("NFC", text), _plain(text).lower()
    return {language: plain if language in _PLAIN else nfc for language in _WORDS}


def _any(forms: dict[str, str], *fields: str) -> bool:
    return any(_in(lang, f, forms[lang]) for lang in _WORDS for f in fields)


def states_no_term_southeast(text: str) -> bool:
    """Whether a passage of these languages states no term (see the module's list)."""
    forms = _forms(text.strip())
    if _any(forms, "commercial"):
        return False
    if _any(forms, "ban"):
        return _bans_gambling_alone(forms)
    return (
        _is_title(text.strip())
        or _is_unanswered_notice(forms)
        or _carries_text(forms)
        or _is_refusal_of_request(forms)
        or _is_plain_grant(forms)
    )


def _is_title(text: str) -> bool:
    bracketed = [b for b in _BRACKETS.findall(text) if _any(_forms(b), "company")]
    outside = _BRACKETS.sub(" ", text)
    if len(text) > _MAX_TITLE_CHARS or _SENTENCE.search(outside):
        return False
    if len(outside.split()) > _MAX_TITLE_WORDS:
        return False
    forms = _forms(outside)
    if _any(forms, "only", "condition") or not _any(forms, "doc"):
        return False
    return bool(bracketed) or _NAME.search(outside) is not None


def _is_unanswered_notice(forms: dict[str, str]) -> bool:
    return any(
        _in(lang, "notice", form) and _in(lang, "unanswered", form) for lang, form in forms.items()
    ) and not _any(forms, "may_refuse")


def _carries_text(forms: dict[str, str]) -> bool:
    if _any(forms, "only"):
        return False
    return any(
        _in(lang, "spread", form) and _in(lang, "carry", form) and _in(lang, "text", form)
        for lang, form in forms.items()
    )


def _is_refusal_of_request(forms: dict[str, str]) -> bool:
    return any(
        _in(lang, "refuse", form) and _in(lang, "request", form) for lang, form in forms.items()
    )


_ITEMS = lazy_pattern(
    r"\s*(?:[,،、;]|\s(?:or|and|atau|dan|serta|hoặc|và|hay|o|at|ni|au|na|tabi|ati)\s|หรือ|และ"
    r"|ወይም|እና)\s*|\s+(?=\S)",
    re.IGNORECASE,
)


def _bans_gambling_alone(forms: dict[str, str]) -> bool:
    """A ban whose every listed item names gambling, and nothing else that binds."""
    if _any(forms, "only", "condition"):
        return False
    for lang, form in forms.items():
        if not (_in(lang, "ban", form) and _in(lang, "gambling", form)):
            continue
        unspaced = lang in ("th", "am")
        start = _p(_WORDS[lang].gambling).search(form)
        assert start is not None
        # the items: from the first gambling word on, cut at "or", "and", commas (in Thai and
        # Amharic at spaces too)
        head = form[: start.start()]
        rest = form[start.start() :].rstrip(" .。።")
        cut = _ITEMS if unspaced else _ITEMS_SPACED
        items = [i for i in cut.split(rest) if i and i.strip()]
        # the words before the first gambling word: the ban, the model, "for" (no other item)
        if _p(r"[,،、;]|หรือ|และ|ወይም").search(head):
            return False
        return all(_in(lang, "gambling", item) for item in items)
    return False


_ITEMS_SPACED = lazy_pattern(
    r"\s*(?:[,،、;]|\s(?:or|and|atau|dan|serta|hoặc|và|hay|o|at|ni|au|na|tabi|ati)\s)\s*",
    re.IGNORECASE,
)


def _is_plain_grant(forms: dict[str, str]) -> bool:
    for lang, form in forms.items():
        words = _WORDS[lang]
        rest = _p(words.free).sub(" ", _p(words.elsewhere).sub(" ", form))
        acts = {m.group(0).lower() for m in _p(words.acts).finditer(rest)}
        if not (_in(lang, "grant", rest) and len(acts) >= 2):
            continue
        # its own language's words ("dapat" is "may" in Indonesian, "must" in Filipino)
        bound = any(_in(lang, field, rest) for field in ("only", "condition", "gambling"))
        return not bound and _PURPOSE.search(rest) is None
    return False


# a purpose named ("for", "untuk", "cho mục đích", "kwa ajili ya"): the grant narrows, or
# widens, and is the cues' to read
_PURPOSE = lazy_pattern(
    r"\b(?:untuk|bagi|buat)\s+(?:tujuan|keperluan|kegiatan|maksud)|\bmục\s+đích\b|วัตถุประสงค์"
    r"|\blayunin\b|\bmadhumuni\b|\bkwa\s+ajili\s+ya\b|ዓላማ|\bfun\s+ise\b",
    re.IGNORECASE,
)
