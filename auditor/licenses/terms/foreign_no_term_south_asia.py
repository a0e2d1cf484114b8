"""Passages in Hindi, Indonesian, Malay, Vietnamese, Thai and Filipino that state no term of use,
for `foreign_no_term` (read, adding nothing, as the English rules leave such sentences aside):

- a definition of a party or a thing: a quoted term, a copula (से अभिप्रेत है, का अर्थ है / adalah,
  ialah, ertinya / là, có nghĩa là / หมายความว่า, หมายถึง) or a colon, and a body with no ban,
  no need of consent and no commercial word ('"Penerima Lisensi" adalah orang perseorangan ...',
  '"Bên cấp phép" là Công ty TNHH ...'); a term naming a use or a purpose is no such thing
  (its definition may widen a ban: it stays unread);
- a party named by its role and its legal form ("ผู้อนุญาต บริษัท ตัวอย่าง จำกัด", "Pemberi Lisensi:
  PT Contoh");
- the opening of a list of definitions ("Dalam Perjanjian ini yang dimaksud dengan:", "ในข้อกำหนด
  นี้", "इस लाइसेंस में:") and a clause's number with its caption alone ("Pasal 1", "Chương II.
  QUYỀN VÀ GIỚI HẠN", "หมวด 1 บทนิยาม", "धारा 4 — शासी विधि");
- the courts that hear disputes ("विवादों की सुनवाई बेंगलुरु के न्यायालयों में होगी", "sengketa
  diselesaikan di Pengadilan Negeri Jakarta", "tranh chấp được giải quyết tại Tòa án", "ศาล");
- a table's header row opening with the rows' number column ("No. Bidang Contoh yang dilarang");
- where to write or whom to contact, an e-mail address given ("इसके लिए sales@x पर लिखें",
  "hubungi lisensi@x");
- commercial use defined as a company's use for its business, internal or for customers, and
  reaching no research, teaching, non-profit or public body (the policy counts every company's
  use commercial already);
- a sentence saying only that no fee is charged and no permission is to be asked ("PT Contoh
  tidak memungut bayaran dan tidak perlu dimintai izin");
- a sentence about the licensee's notice alone, naming no use ("Ang abiso ay para lamang
  ipaalam sa amin"): the route asking for it is read where it names the use.

Each stands only without a ban, a need of consent or a limit of its language's cues.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues

__all__ = ["states_no_term_south_asia"]

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"hi", "id", "ms", "vi", "th", "tl"})

_LEAD = r"^\W{0,3}(?:\(?[\w\u0900-\u097f]{1,3}[.)]\s*)?[-–•*]?\s*"
_QUOTED = r"[\"“«]\s*(?P<term>[^\"”»“]{2,60}?)\s*[\"”»]\s*(?:\([^)]{1,20}\)\s*)?"
_COPULA = {
    "hi": r"(?:से\s+अभिप्रेत\s+है|से\s+तात्पर्य\s+है|का\s+(?:अर्थ|मतलब)\s+है|वह\s+\S+\s+है|:)",
    "id": r"(?:adalah|ialah|yaitu|yakni|berarti|ertinya|bermaksud|merujuk\s+kepada|:)",
    "vi": r"(?:là|có\s+nghĩa\s+là|được\s+hiểu\s+là|:)",
    "th": r"(?:หมายความว่า|หมายถึง|คือ|:)",
}
_COPULA["ms"] = _COPULA["id"]
_COPULA["tl"] = r"(?:ay|ang\s+tinutukoy\s+na|tumutukoy\s+sa|nangangahulugang|:)"
# a few words qualifying the term before the copula ('"Bên liên kết" của Bên được cấp phép là')
_QUALIFIED = r"(?:[^\"“”«».;:]{0,40}?\s)?"
_MAX_LEAD = 40  # characters before the first definition: a clause number, a caption
# a term naming a use, a purpose or a kind of use: its definition may widen a ban
_USE_TERM = {
    "hi": r"प्रयोजन|उद्देश्य|उपयोग|प्रयोग|व्यावसायिक|वाणिज्यिक",
    "id": r"penggunaan|pemakaian|tujuan|keperluan|komersial|perniagaan|usaha",
    "vi": r"mục\s+đích|sử\s+dụng|thương\s+mại|kinh\s+doanh",
    "th": r"วัตถุประสงค์|การใช้|เชิงพาณิชย์|การค้า",
}
_USE_TERM["ms"] = _USE_TERM["id"]
_USE_TERM["tl"] = r"paggamit|layunin|gamit|negosyo|komersiy?al"
# a commercial word in a body: the definition may say what commercial use is
_COMMERCIAL = {
    "hi": r"व्यावसायिक|वाणिज्यिक|व्यापारिक|कमाई|मुनाफ",
    "id": r"komersi|perniagaan|keuntungan|laba",
    "vi": r"thương\s+mại|kinh\s+doanh|lợi\s+nhuận",
    "th": r"พาณิชย์|การค้า|กำไร|รายได้",
}
_COMMERCIAL["ms"] = _COMMERCIAL["id"]
_COMMERCIAL["tl"] = r"negosyo|komersiy?al|kita|tubo|pinagkakakitaan"
# a party by its role, then its name with a legal form
_PARTY = {
    "hi": r"लाइसेंसदाता|लाइसेंसधारी|अनुज्ञप्तिदाता|अनुज्ञापक|प्रकाशक",
    "id": r"Pemberi\s+Lisensi|Penerima\s+Lisensi|Pemegang\s+Lisensi|Pemberi\s+Lesen"
    r"|Pemegang\s+Lesen|Penerima\s+Lesen|Penerbit",
    "vi": r"Bên\s+cấp\s+phép|Bên\s+được\s+cấp\s+phép|Bên\s+nhận\s+giấy\s+phép|Nhà\s+phát\s+hành",
    "th": r"ผู้อนุญาต|ผู้ให้อนุญาต|ผู้รับอนุญาต|ผู้ให้สิทธิ|ผู้เผยแพร่",
}
_PARTY["ms"] = _PARTY["id"]
_PARTY["tl"] = r"Tagapaglisensiya|Tagapagbigay\s+ng\s+Lisensiya|Lisensiyado|Tagapaglathala"
_FORM = {
    "hi": r"लिमिटेड|प्राइवेट|एलएलपी|कंपनी",
    "id": r"\bPT\b|\bTbk\b|\bCV\b|\bSdn\.?\s*Bhd\b|\bBerhad\b|\bBhd\b",
    "vi": r"\bCông\s+ty\b|\bTNHH\b|\bCổ\s+phần\b|\bTập\s+đoàn\b",
    "th": r"บริษัท|จำกัด|มหาชน|ห้างหุ้นส่วน",
}
_FORM["ms"] = _FORM["id"]
_FORM["tl"] = r"\bInc\.?|\bCorp\w*|\bKorporasyon\b|\bKumpanya\b"
# the opening of a list of definitions
_DEFINITIONS_OPEN = {
    "hi": r"(?:परिभाषा|अभिप्रेत|अर्थ)[^.;।]{0,40}:\s*$"
    r"|^\W*(?:इस|इन)\s+(?:लाइसेंस|शर्तों|अनुबंध)\s+में\s*[:,]?\s*$",
    "id": r"\byang\s+dimaksud\s+dengan\s*:?\s*$"
    r"|\b(?:pengertian|definisi|tafsiran)\b[^.;]{0,30}:\s*$",
    "vi": r"\b(?:được\s+hiểu\s+như\s+sau|giải\s+thích\s+từ\s+ngữ|định\s+nghĩa)\b[^.;]{0,30}:?\s*$",
    "th": r"(?:ในข้อกำหนดนี้|ในสัญญานี้|ในข้อตกลงนี้|บทนิยาม)\s*:?\s*$",
}
_DEFINITIONS_OPEN["ms"] = _DEFINITIONS_OPEN["id"]
_DEFINITIONS_OPEN["tl"] = r"\b(?:kahulugan|mga\s+termino)\b[^.;]{0,30}:?\s*$"
# a clause's number with a short caption, or none: "Pasal 1", "Chương II. QUYỀN VÀ GIỚI HẠN"
_NUMBERED = (
    r"^\W*(?:(?:pasal|bab|seksyen|bahagian|perkara|điều|chương|mục|khoản|ข้อ|หมวด|ส่วน|धारा|खंड"
    r"|अनुच्छेद|अध्याय|भाग)\s*(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[क-ह])[.)]?"
    r"|(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[क-ह])[.)]|\d{1,3}(?=\s))"  # a bare number or letter
    r"\s*[-–—:.]?\s*(?P<caption>[^\d.;:!?।]{0,48}?)\s*[.:।]?\s*$"
)
_MAX_CAPTION_WORDS = 6
_CAPTION_LETTERS = 30  # Thai: letters of a caption (no spaces)
# the models or works these terms apply to ("Ketentuan ini berlaku bagi dua jenis model ...")
_SCOPE = {
    "hi": r"(?:ये\s+शर्तें|यह\s+लाइसेंस|यह\s+अनुज्ञप्ति)[^.;।]{0,80}?पर\s+लागू\s+(?:होती|होता|होते)",
    "id": r"^\W*(?:\d+[.)]\s*)?(?:\w+\.\s*)?(?:ketentuan|lisensi|lesen|perjanjian|syarat|terma)"
    r"(?:\s+\w+){0,2}\s+ini\s+(?:berlaku|terpakai)\s+(?:bagi|untuk|kepada|terhadap)\b",
    "vi": r"\b(?:giấy\s+phép|điều\s+khoản|các\s+điều\s+khoản)\s+này\s+(?:được\s+)?áp\s+dụng"
    r"\s+(?:cho|đối\s+với)\b",
    "th": r"(?:ข้อกำหนด|สัญญา|ใบอนุญาต|เงื่อนไข|ข้อตกลง)(?:ฉบับ)?นี้ใช้(?:บังคับ)?(?:กับ|แก่)",
}
_SCOPE["ms"] = _SCOPE["id"]
_SCOPE["tl"] = r"\b(?:lisensi?yang|tuntuning|kondisyong)\s+ito\s+ay\s+(?:para|sumasaklaw)\s+sa\b"
# a table's header row opening with the rows' number column ("No. | Bidang | Contoh yang
# dilarang", "STT | Lĩnh vực | Ví dụ bị cấm", "ลำดับ | หัวข้อ", "क्रम | क्षेत्र"): its rows state the terms
_HEADER_ROW = (
    r"^\W*(?:No\.?|Nomor|Bil\.?|STT|TT|ลำดับ|ลำดับที่|ข้อที่|क्रम(?:\s+सं(?:\.|ख्या))?|#)\s+\D{2,80}$"
)
_HEADER_WORDS = 8
# courts hearing disputes
_COURTS = {
    "hi": r"(?:न्यायालय|अदालत|मध्यस्थता|पंचाट)",
    "id": r"\b(?:pengadilan|mahkamah|arbitrase|timbang\s+tara|BANI)\b",
    "vi": r"\b(?:tòa\s+án|toà\s+án|trọng\s+tài)\b",
    "th": r"ศาล|อนุญาโตตุลาการ",
}
_COURTS["ms"] = _COURTS["id"]
_COURTS["tl"] = r"\b(?:hukuman|korte|arbitrasyon)\b"
_DISPUTES = {
    "hi": r"विवाद|सुनवाई|क्षेत्राधिकार",
    "id": r"\b(?:sengketa|perselisihan|pertikaian|yurisdiksi|bidang\s+kuasa)\b",
    "vi": r"\b(?:tranh\s+chấp|thẩm\s+quyền|giải\s+quyết)\b",
    "th": r"ข้อพิพาท|พิจารณา|เขตอำนาจ",
}
_DISPUTES["ms"] = _DISPUTES["id"]
_DISPUTES["tl"] = r"\b(?:alitan|pagtatalo|hurisdiksiyon|usapin)\b"
_EMAIL = lazy_pattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT = {
    "hi": r"लिखें|संपर्क|ईमेल\s+करें|पूछें",
    "id": r"\b(?:hubungi|menghubungi|kirim\w*|tulis\w*|hubungilah)\b",
    "vi": r"\b(?:liên\s+hệ|gửi\s+thư|viết\s+thư|email)\b",
    "th": r"ติดต่อ|ส่งอีเมล|เขียนถึง",
}
_CONTACT["ms"] = _CONTACT["id"]
_CONTACT["tl"] = r"\b(?:makipag-?ugnayan|sumulat|mag-?email|i-?email)\b"
_MAX_CONTACT_WORDS = 14
# the licensee's notice itself, what it is or is not for ("Ang abiso ay para lamang ipaalam sa
# amin", "Pemberitahuan ini hanya untuk catatan kami", "Thông báo chỉ nhằm mục đích ghi nhận"):
# no term beside a ban, a need of consent or a commercial word
_NOTICE = {
    "hi": r"सूचना|अधिसूचना",
    "id": r"\b(?:pemberitahuan|notifikasi|notis)\b",
    "vi": r"\bthông\s+báo\b",
    "th": r"การแจ้ง|หนังสือแจ้ง|แบบแจ้ง",
    "tl": r"\babiso\b",
}
_NOTICE["ms"] = _NOTICE["id"]
# no fee charged, no permission to be asked ("tidak memungut bayaran dan tidak perlu dimintai
# izin", "không thu phí và không cần xin phép", "ไม่คิดค่าใช้จ่าย", "walang bayad at hindi na
# kailangang humingi ng pahintulot"): a sentence of nothing else states no term
_FREE = {
    "hi": r"(?:कोई\s+)?(?:शुल्क|फ़?ीस)\s+नहीं"
    r"|अनुमति\s+(?:लेने\s+)?की\s+(?:कोई\s+)?(?:आवश्यकता|ज़?रूरत)\s+नहीं",
    "id": r"\b(?:tidak|tak|tanpa)\s+(?:\w+\s+){0,2}?(?:memungut|menarik|mengenakan|meminta"
    r"|dipungut|dikenakan)?\s*(?:bayaran|biaya|royalti|sepeser|imbalan)\w*"
    r"|\b(?:tidak|tak)\s+(?:perlu|usah|wajib|harus)\s+(?:\w+\s+){0,2}?(?:izin|kebenaran|persetujuan)"
    r"|\bpercuma\b|\bgratis\b|\bcuma-cuma\b",
    "vi": r"\b(?:không|chẳng)\s+(?:\w+\s+){0,2}?(?:thu\s+phí|trả\s+phí|tính\s+phí|xin\s+phép"
    r"|cần\s+(?:sự\s+)?(?:cho\s+phép|chấp\s+thuận|đồng\s+ý))|\bmiễn\s+phí\b",
    "th": r"ไม่(?:คิด|เก็บ|มี)ค่า(?:ใช้จ่าย|ธรรมเนียม)|ไม่ต้อง(?:ขอ)?(?:อนุญาต|ชำระ|จ่าย)\S{0,10}"
    r"|โดยไม่เสียค่าใช้จ่าย",
    "tl": r"\b(?:nang\s+)?walang\s+(?:anumang\s+)?(?:bayad|singil)\b|\bhindi\s+(?:\w+\s+)?"
    r"(?:naniningil|sumisingil)\b"
    r"|\bhindi\s+(?:na\s+)?(?:kailangan\w*|kinakailangan)\s+(?:\w+\s+){0,3}?(?:pahintulot|permiso)"
    r"|\blibre\b",
}
_FREE["ms"] = _FREE["id"]
# commercial use defined as a company's use for its business, internal or for customers
# ("Penggunaan komersial termasuklah penggunaan oleh syarikat bagi urusan perniagaannya sendiri",
# "Sử dụng thương mại bao gồm việc doanh nghiệp sử dụng nội bộ"): the policy counts every
# company's use commercial already, so it states no term; one reaching research, teaching, a
# non-profit or a public body (a ban widened to them) is no such thing
_COMMERCIAL_DEFINED = {
    "hi": r"(?:व्यावसायिक|वाणिज्यिक)\s+(?:उपयोग|प्रयोग)\S*\s+(?:में|से\s+अभिप्रेत)",
    "id": r"\bpenggunaan\s+komersi[a]?l\s*[\"”]?\s*(?:termasuk(?:lah)?|mencakup|meliputi"
    r"|bermaksud|berarti|ialah|adalah|ertinya)\b",
    "vi": r"\b(?:việc\s+)?sử\s+dụng\s+(?:vào\s+mục\s+đích\s+|vì\s+mục\s+đích\s+)?"
    r"(?:thương\s+mại|kinh\s+doanh)\s*[\"”]?\s*(?:bao\s+gồm|là|được\s+hiểu\s+là)\b",
    "th": r"การใช้(?:งาน)?(?:ใน)?เชิงพาณิชย์\S{0,4}(?:หมายความ(?:ว่า|รวมถึง)|หมายถึง|รวมถึง|ได้แก่)",
    "tl": r"\bpaggamit\s+(?:na\s+)?(?:pang-?negosyo|komersiy?al|pangkomersiy?al)\s*[\"”]?\s*"
    r"(?:ay\s+)?(?:kasama|kabilang|tumutukoy|nangangahulugang)",
}
_COMMERCIAL_DEFINED["ms"] = _COMMERCIAL_DEFINED["id"]
_COMPANY = {
    "hi": r"कंपनी|कम्पनी|व्यवसाय|उद्यम",
    "id": r"\b(?:syarikat|perusahaan|badan\s+usaha|korporasi|perbadanan|perniagaan)\w*",
    "vi": r"\b(?:doanh\s+nghiệp|công\s+ty|tổ\s+chức\s+kinh\s+doanh)\b",
    "th": r"บริษัท|นิติบุคคล|ห้างหุ้นส่วน|ผู้ประกอบการ",
    "tl": r"\b(?:kumpanya|kompanya|korporasyon|negosyo)\w*",
}
_COMPANY["ms"] = _COMPANY["id"]
# research, teaching, a non-profit or a public body: a ban widened to them
_WIDER = {
    "hi": r"शोध|अनुसंधान|शिक्षा|गैर-?लाभकारी|सरकार",
    "id": r"\b(?:penelitian|penyelidikan|riset|pendidikan|pengajaran|akademik|universiti"
    r"|universitas|sekolah|nirlaba|bukan\s+untung|kerajaan|pemerintah|amal|yayasan|hibah|geran)\w*",
    "vi": r"\b(?:nghiên\s+cứu|giáo\s+dục|giảng\s+dạy|học\s+thuật|phi\s+lợi\s+nhuận|nhà\s+nước"
    r"|trường)\b",
    "th": r"วิจัย|การศึกษา|การสอน|ไม่แสวงหากำไร|ภาครัฐ|หน่วยงานรัฐ|มหาวิทยาลัย",
    "tl": r"\b(?:pananaliksik|pag-?aaral|edukasyon|pagtuturo|paaralan|unibersidad|non-?profit"
    r"|pamahalaan|gobyerno|kawanggawa)\w*",
}
_WIDER["ms"] = _WIDER["id"]


def _p(pattern: str) -> re.Pattern[str]:
    key = pattern
    if key not in _CACHE:
        _CACHE[key] = lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)
    return _CACHE[key]


_CACHE: dict[str, re.Pattern[str]] = {}


def _language_of(cues: Cues | None) -> str | None:
    """The language of these whose cues `cues` are."""
    from auditor.licenses.terms.foreign_cues_hi_th import HI, TH
    from auditor.licenses.terms.foreign_cues_nl_id import ID
    from auditor.licenses.terms.foreign_cues_pl_tr_vi import VI
    from auditor.licenses.terms.foreign_cues_south import MS
    from auditor.licenses.terms.foreign_cues_tl import TL

    return next((code for code, own in _own(HI, TH, ID, VI, MS, TL) if own is cues), None)


def _own(*cues: Cues) -> tuple[tuple[str, Cues], ...]:
    return tuple(zip(("hi", "th", "id", "vi", "ms", "tl"), cues, strict=True))


def _binds(text: str, cues: Cues) -> bool:
    """A ban, a need of consent or a commercial word of the language's cues in `text`."""
    return any(p is not None and p.search(text) for p in (cues.prohibited, cues.restricted))


def states_no_term_south_asia(language: str | None, text: str, cues: Cues | None) -> bool:
    """Whether a passage of these languages states no term (see the module's list). The
    passage's language is its cues' (a short passage's language the text alone cannot tell)."""
    language = _language_of(cues) or language
    if language not in LANGUAGES or cues is None or cues.prohibited is None:
        return False
    text = text.strip()
    if _binds(text, cues):
        return False
    return (
        _is_definition(language, text)
        or _is_party(language, text)
        or _p(_DEFINITIONS_OPEN[language]).search(text) is not None
        or _is_caption(language, text, cues)
        or _is_courts(language, text, cues)
        or _p(_SCOPE[language]).search(text) is not None
        or (_p(_HEADER_ROW).match(text) is not None and len(text.split()) <= _HEADER_WORDS)
        or _is_contact(language, text, cues)
        or _is_notice_note(language, text)
        or _is_free_unasked(language, text, cues)
        or _is_company_use_defined(language, text)
    )


def _is_definition(language: str, text: str) -> bool:
    """One definition, or a run of them after a caption ('หมวด 1 บทนิยาม ข้อ 1 ในข้อกำหนดนี้
    "บริษัท" หมายความว่า ... "ผู้รับอนุญาต" หมายความว่า ...'), each of a party or a thing."""
    defined = _p(_QUOTED + _QUALIFIED + _COPULA[language])
    found = list(defined.finditer(text))
    if not found or len(text[: found[0].start()]) > _MAX_LEAD:
        return False
    if any(_p(_USE_TERM[language]).search(match.group("term")) for match in found):
        return False
    return _p(_COMMERCIAL[language]).search(text[found[0].end() :]) is None


def _is_party(language: str, text: str) -> bool:
    opened = _p(_LEAD + r"[\"“«]?(?:" + _PARTY[language] + r")[\"”»]?\s*[-–—:|]?\s*").match(text)
    if opened is None:
        return False
    rest = _p(r"^\s*" + _COPULA[language] + r"\s*").sub("", text[opened.end() :], count=1)
    return _p(_FORM[language]).search(rest) is not None and len(rest.split()) <= _MAX_CONTACT_WORDS


def _is_caption(language: str, text: str, cues: Cues) -> bool:
    found = _p(_NUMBERED).match(text)
    if found is None and not text.isupper():  # a heading in capitals: "QUYỀN VÀ GIỚI HẠN"
        return False
    caption = text if found is None else found.group("caption")
    if language == "th":
        short = sum(char.isalpha() for char in caption) <= _CAPTION_LETTERS
    else:
        short = len(caption.split()) <= _MAX_CAPTION_WORDS
    return short and cues.restrictive.search(caption) is None


def _is_courts(language: str, text: str, cues: Cues) -> bool:
    # the clause on the courts alone: no other sentence's term in it (a law read is fine)
    return (
        _p(_COURTS[language]).search(text) is not None
        and _p(_DISPUTES[language]).search(text) is not None
        and _p(_COMMERCIAL[language]).search(text) is None
        and not (cues.research and cues.research.search(text))
    )


def _is_contact(language: str, text: str, cues: Cues) -> bool:
    return (
        _EMAIL.search(text) is not None
        and _p(_CONTACT[language]).search(text) is not None
        and len(text.split()) <= _MAX_CONTACT_WORDS
        and _p(_COMMERCIAL[language]).search(_EMAIL.sub(" ", text)) is None
    )


def _is_notice_note(language: str, text: str) -> bool:
    """A sentence about the licensee's notice alone, with no commercial word (the route that
    asks for it names the use; `_binds` has set aside a ban or a need of consent)."""
    return (
        _p(_NOTICE[language]).search(text) is not None
        and _p(_COMMERCIAL[language]).search(text) is None
        and len(text.split()) <= _MAX_CONTACT_WORDS
    )


def _is_free_unasked(language: str, text: str, cues: Cues) -> bool:
    """A sentence saying only that no fee is charged or no permission is to be asked: with
    those words blanked, nothing restrictive, no use and no commercial word remains."""
    free = _p(_FREE[language])
    if free.search(text) is None:
        return False
    rest = free.sub(" ", text)
    return (
        cues.restrictive.search(rest) is None
        and _p(_USE_TERM[language]).search(rest) is None
        and _p(_COMMERCIAL[language]).search(rest) is None
        and len(text.split()) <= _MAX_CONTACT_WORDS
    )


def _is_company_use_defined(language: str, text: str) -> bool:
    """Commercial use defined as a company's use of the model, reaching no research, teaching,
    non-profit or public body (see `_COMMERCIAL_DEFINED`)."""
    defined = _p(_COMMERCIAL_DEFINED[language]).search(text)
    if defined is None:
        return False
    body = text[defined.end() :]
    return (
        _p(_COMPANY[language]).search(body) is not None
        and _p(_WIDER[language]).search(text) is None
    )
