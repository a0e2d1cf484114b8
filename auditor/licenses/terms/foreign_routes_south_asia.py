"""Routes to commercial use in Indonesian, Malay, Vietnamese and Filipino: the tables
`foreign_routes` reads for these languages (a module of its own, as `foreign_routes_west`; see
`foreign_routes` for what each table is; Hindi's stand in `foreign_routes` itself).

- the licensor's decision (izin, persetujuan, kebenaran / xin phép, cho phép, chấp thuận), and a
  negation before it saying it is not needed ("tidak memerlukan izin", "tanpa perlu meminta
  izin", "không cần xin phép", "không cần sự chấp thuận"); "without" the permission ("tanpa
  izin", "không có sự chấp thuận") makes it the condition instead (`foreign_routes._WITHOUT`);
- telling the licensor (an e-mail, a notice, a registration), before or to start commercial use
  ("sebelum menggunakan secara komersial, kirimkan e-mel", "trước khi sử dụng thương mại, hãy
  gửi email thông báo");
- the licensor may refuse, or decides at its discretion ("dapat menolak", "atas kebijakannya
  sendiri", "có quyền từ chối", "theo quyết định riêng").
"""

from __future__ import annotations

DECISION = {
    "id": r"\b(?:izin|ijin|persetujuan|perizinan|kebenaran|kelulusan)\b",
    "vi": r"\b(?:xin\s+phép|sự\s+cho\s+phép|cho\s+phép|chấp\s+thuận|đồng\s+ý|phê\s+duyệt)\b",
}
NOT = {
    "id": r"\b(?:tidak|tak|bukan)\b|\btanpa\s+(?:perlu|harus)\b",
    "vi": r"\b(?:không|chẳng)\b",
}
NOT_AFTER = {
    "id": r"^\W*(?:\w+\s+)?(?:tidak|tak)\s+(?:diperlukan|dibutuhkan|wajib|perlu)\b",
    "vi": r"^\W*(?:\w+\s+){0,2}?(?:là\s+)?không\s+(?:cần\s+thiết|bắt\s+buộc|cần)\b",
}
TELL = {
    "id": r"\b(?:beritahu\w*|memberitahu\w*|memberitahukan|kirim\w*|mengirim\w*|daftar\w*"
    r"|mendaftar\w*|laporkan|melaporkan|e-?ma?i?l)\b",
    "vi": r"\b(?:thông\s+báo|gửi\s+(?:email|thư)|đăng\s+ký|báo\s+cho)\b",
}
BEFORE = {
    "id": r"\b(?:sebelum|terlebih\s+dahulu|sebelumnya|untuk\s+memulai)\b",
    "vi": r"\b(?:trước\s+khi|trước|để\s+bắt\s+đầu)\b",
}
COMMERCIAL = {
    "id": r"\b(?:komersi[a]?l\w*|bisnis|perniagaan|usaha)\b",
    "vi": r"\b(?:thương\s+mại|kinh\s+doanh)\b",
}
REFUSE = {
    "id": r"\b(?:dapat|berhak|boleh)\s+(?:\w+\s+){0,3}?menolak\b|\b(?:atas|mengikut|menurut)\s+"
    r"(?:kebijakan|budi\s+bicara|pertimbangan)(?:nya)?\s+(?:sendiri|mutlak)",
    "vi": r"\b(?:có\s+thể|có\s+quyền)\s+(?:\w+\s+){0,3}?từ\s+chối\b|\btheo\s+(?:quyết\s+định"
    r"|toàn\s+quyền)\s+(?:riêng\s+)?(?:của\s+(?:mình|chúng\s+tôi))?",
}
for _table in (DECISION, NOT, NOT_AFTER, TELL, BEFORE, COMMERCIAL, REFUSE):
    _table["ms"] = _table["id"]
# tl: a decision (pahintulot, pag-apruba, sinusuri), two joined by "o"/"at" read as one ("hindi
# namin ito sinusuri o inaaprubahan"); telling (abiso, ipaalam, magparehistro) before business use
_TL_DECISION = (
    r"(?:pahintulot|permiso|pag-?apruba|aprobasyon|inaaprubahan|aaprubahan|aprubahan|pagsang-?ayon"
    r"|sinusuri|susuriin|pagsusuri|pinahihintulutan)"
)
DECISION["tl"] = rf"\b{_TL_DECISION}(?:\s+(?:o|at|ni)\s+{_TL_DECISION})?\b"
NOT["tl"] = r"\b(?:hindi|di|walang|huwag)\b"
NOT_AFTER["tl"] = r"^\W*(?:\w+\s+){0,2}?(?:ay\s+)?(?:hindi|di)\s+(?:kailangan|kinakailangan)\w*\b"
TELL["tl"] = (
    r"\b(?:abiso|abisuhan|ipaalam|ipagbigay-?alam|magparehistro|magrehistro|i-?rehistro"
    r"|pagpaparehistro|rehistro|ipadala|magpadala|i-?email|mag-?email|sabihan|punan)\b"
)
BEFORE["tl"] = r"\b(?:bago|muna|upang\s+simulan|sa\s+simula)\b"
COMMERCIAL["tl"] = (
    r"\b(?:pang-?negosyo|negosyo|pangkomersiy?al|komersiy?al|pinagkakakitaan|pagkakakitaan"
    r"|kita)\b"
)
REFUSE["tl"] = (
    r"\b(?:maaari|puwede|may\s+karapatan)\s+(?:\w+\s+){0,3}?(?:tumanggi|tanggihan)\b"
    r"|\bayon\s+sa\s+(?:sariling\s+)?(?:pagpapasya|pasya|desisyon)"
)
TABLES = (DECISION, NOT, NOT_AFTER, TELL, BEFORE, COMMERCIAL, REFUSE)
"""The tables in `foreign_routes`' order."""
