"""Places excluded in Greek, Thai and Indonesian licence texts, beyond what `foreign_six` reads,
for `foreign_duties_el_he_hi_th.read_el_he_hi_th`:

- a grant withheld from, or use barred to, persons or companies based in named places: in
  Indonesian ("Lisensi ini tidak berlaku bagi orang atau badan usaha yang berkedudukan di
  Rusia"), and in Greek with a ban on the licensee ("Ο Αδειοδόχος δεν επιτρέπεται να
  χρησιμοποιεί το μοντέλο εάν έχει την έδρα του στη Ρωσία"): `excluded_licensee_domiciles`;
- use banned in named places, whoever uses the model there ("ห้ามใช้โมเดลนี้ในประเทศรัสเซีย",
  "Dilarang menggunakan Model di wilayah Krimea"): `excluded_use_territories`.

As elsewhere (`foreign_excluded`), a place whose sanctions or laws the clause invokes is no
excluded place, and a harm banned in a place (military use in Russia) is no ban on all use there.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from auditor.licenses.terms.foreign_excluded import excluded_clauses, named_places, withheld_regions
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "el": (
        (r"\bιράν\b", "IR"), (r"\bβόρει\w*\s+κορέα\w*", "KP"), (r"\bσυρία\w*", "SY"),
        (r"\bκούβα\w*", "CU"), (r"\bρωσία\w*|\bρωσική\s+ομοσπονδία", "RU"),
        (r"\bλευκορωσία\w*", "BY"), (r"\bκριμαία\w*", "UA"), (r"\bκίνα\w*", "CN"),
    ),
    "th": (
        (r"อิหร่าน", "IR"), (r"เกาหลีเหนือ", "KP"), (r"ซีเรีย", "SY"), (r"คิวบา", "CU"),
        (r"รัสเซีย", "RU"), (r"เบลารุส", "BY"), (r"ไครเมีย", "UA"), (r"จีน", "CN"),
        (r"สหภาพยุโรป|อียู", "EU"), (r"สหรัฐ(?:อเมริกา)?", "US"), (r"สหราชอาณาจักร|อังกฤษ", "GB"),
    ),
    "id": (
        (r"\biran\b", "IR"), (r"\bkorea\s+utara\b", "KP"), (r"\b(?:suriah|syria)\b", "SY"),
        (r"\bkuba\b", "CU"), (r"\brusia\b|\bfederasi\s+rusia\b", "RU"), (r"\bbelarus\b", "BY"),
        (r"\bkrimea\b", "UA"), (r"\b(?:tiongkok|cina|china)\b", "CN"),
        (r"\buni\s+eropa\b", "EU"), (r"\bamerika\s+serikat\b", "US"),
    ),
}  # fmt: skip
# the grant withheld, or the licensee barred
_WITHHELD = {
    # th: "สิทธิ ... ไม่ให้แก่", "ไม่ใช้บังคับกับ", "ไม่ครอบคลุมถึง", "ไม่ได้รับสิทธิ"
    "th": r"ไม่(?:ให้|มอบ|ใช้บังคับ|ครอบคลุม|ได้รับสิทธิ|มีสิทธิ)|ห้าม",
    # (Greek: the licensee barred; the grant withheld, "δεν παρέχεται", is `foreign_six`'s)
    "el": r"\bδεν\s+(?:επιτρέπ\w*|μπορ\w*)|\bαπαγορεύ\w*",
    "id": r"\btidak\s+(?:berlaku|diberikan|mencakup)\b|\b(?:tidak\s+)?(?:ada\s+)?(?:hak|lisensi)"
    r"\s+(?:yang\s+)?(?:tidak\s+)?diberikan\b|\bdikecualikan\b|\bdilarang\b"
    r"|\btidak\s+(?:boleh|diperbolehkan|diizinkan)\b",
}
# who is based there: resident, seated, incorporated, national
_BASED = {
    # th: domicile, head office, registered, resident, national
    "th": r"ภูมิลำเนา|สำนักงานใหญ่|จดทะเบียน|ถิ่นที่อยู่|มีที่อยู่|สัญชาติ|จัดตั้งขึ้น",
    "el": r"\bέδρα\w*|\bεδρεύ\w*|\bκάτοικ\w*|\bεγκατεστημέν\w*|\bυπήκο\w*|\bπολίτ\w*",
    "id": r"\bberkedudukan\b|\bberdomisili\b|\bbertempat\s+tinggal\b|\bberkantor\s+pusat\b"
    r"|\bdidirikan\b|\bterdaftar\b|\bwarga\s+negara\b|\bpenduduk\b",
}
# a ban on use, then where: "ห้ามใช้ ... ในประเทศ ...", "dilarang menggunakan ... di wilayah ..."
_USE_BANNED_IN = {
    "th": r"(?:ห้าม|ไม่อนุญาตให้)(?:นำ)?(?:ใช้|ให้บริการ)[^.;]{0,40}?ใน(?:ประเทศ|ดินแดน|เขต)?"
    r"(?P<where>[^.;]{1,60})",
    "id": r"\b(?:dilarang|tidak\s+boleh)\s+(?:menggunakan|memakai|mengoperasikan|menawarkan)\b"
    r"[^.;]{0,40}?\bdi\s+(?:wilayah\s+|negara\s+)?(?P<where>[^.;,]{1,60})",
}
_AUTHORITY = r"(?:κυρώσ|νόμ|คว่ำบาตร|กฎหมาย|sanksi|hukum|undang-undang)[^.;:,]{0,30}$"
# a harm banned there is no ban on all use there (`foreign_six` and `foreign_uses` read it)
_HARM = (
    r"\bστρατιωτικ\w*|\bόπλ\w*|ทหาร|อาวุธ|สงคราม|\bmiliter\b|\bsenjata\b|\bperang\b"
    r"|\bpengawasan\b"
)
_NEAR = 80


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(unicodedata.normalize("NFKC", pattern), _FLAGS)


def _places(language: str, text: str) -> list[str]:
    patterns = tuple((_compiled(p), code) for p, code in _PLACES[language])
    return named_places(text, patterns, _compiled(_AUTHORITY))


def excluded_places(language: str, text: str) -> list[Clause]:
    """The clauses above one Greek, Thai or Indonesian passage states (none for others)."""
    if language not in _PLACES:
        return []
    text = unicodedata.normalize("NFKC", text)
    if _compiled(_HARM).search(text) is not None:
        return []
    found: list[Clause] = []
    if language in _WITHHELD:
        withheld = withheld_regions(
            text,
            _compiled(_WITHHELD[language]),
            _compiled(_BASED[language]),
            lambda span: _places(language, span),
            _NEAR,
        )
        found += excluded_clauses("excluded_licensee_domiciles", withheld)
    if language in _USE_BANNED_IN and not found:
        used: dict[str, None] = {}
        for match in _compiled(_USE_BANNED_IN[language]).finditer(text):
            used.update(dict.fromkeys(_places(language, match.group("where"))))
        found += excluded_clauses("excluded_use_territories", used)
    return found
