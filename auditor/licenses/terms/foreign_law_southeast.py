"""The governing law in Indonesian, Malay, Vietnamese, Thai, Filipino and Swahili, named by a
place (or a people's adjective: "sheria za Kitanzania", "luật pháp Việt Nam") after a law noun,
in a passage choosing a law: a verb of governing or applying in the same clause ("tunduk pada
hukum Negara Kesatuan Republik Indonesia", "pinamamahalaan ng mga batas ng Republika ng
Pilipinas", "Batas ng Pilipinas ang namamahala rito", "inafuata sheria za Kenya"), a caption
of the law before the place ("Undang-undang: Malaysia.", "Batas - Pilipinas"), or a passage
that is nothing but the law ("Hukum Indonesia.").

A law to obey ("mematuhi undang-undang", "sumunod sa batas", "kutii sheria", "tuân thủ pháp
luật"), a court or a data-protection law is no choice of law. `LAWS_SOUTHEAST` is (pattern,
code) pairs in the shape of `foreign_cues.Cues.laws`.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_FLAGS = re.IGNORECASE

# places (and a people's adjective) by ISO code, in the six languages' spellings
_PLACES: dict[str, str] = {
    "ID": r"Indonesia|Kiindonesia|In-?đô-?nê-?xi-?a|อินโดนีเซีย",
    "MY": r"Malaysia|Kimalaysia|Ma-?lai-?xi-?a|มาเลเซีย",
    "SG": r"Singapura|Singapore|Kisingapore|Xin-?ga-?po|สิงคโปร์",
    "PH": r"Pilipinas|Filipina|Philippines|Ufilipino|Phi-?líp-?pin|ฟิลิปปินส์",
    "VN": r"Vi[eệ]t\s?Nam|Kivietnam|เวียดนาม",
    "TH": r"Thailand|Thái\s+Lan|Kithai|Taylandiya|ประเทศไทย|ราชอาณาจักรไทย|ไทย",
    "BN": r"Brunei(?:\s+Darussalam)?|Bru-?nây",
    "KE": r"Kenya|Kikenya",
    "TZ": r"Tanzania|Kitanzania",
    "UG": r"Uganda|Kiganda",
    "JP": r"Jepang|Jepun|Japan|Hapon|Nhật\s+Bản|ญี่ปุ่น",
    "US": r"Amerika\s+(?:Serikat|Syarikat)|Estados\s+Unidos|Hoa\s+Kỳ|Marekani",
    "GB": r"Inggris|Inggeris|United\s+Kingdom|Uingereza|Vương\s+quốc\s+Anh",
    "AU": r"Australia|Úc",
}
# the law: hukum, undang-undang, luật, pháp luật, กฎหมาย, batas, sheria
_LAW = (
    r"(?:hukum|undang-undang|perundang-undangan|(?:pháp\s+)?luật(?:\s+pháp)?|กฎหมาย|batas|sheria)"
)
# the words between the law and the place: "of", "the laws of", a state's title
_TITLE = (
    r"(?:(?:ng|sa|mga|ng\s+mga|za|ya|wa|la|cha|negara|Negara\s+Kesatuan|Kesatuan|Republik"
    r"|Republika|Jamhuri|Muungano|Persekutuan|Kerajaan|nước|của|Cộng\s+hòa\s+Xã\s+hội\s+Chủ\s+nghĩa"
    r"|Cộng\s+hòa|yang\s+berlaku\s+di|yang\s+berkuat\s+kuasa\s+di|di|ของ|แห่ง|ประเทศ)\s*){0,6}?"
)
# a verb of governing, applying, being construed or submitted to
_FRAME = (
    r"(?:\b(?:tunduk|diatur|mengatur|berlaku|ditafsirkan|tertakluk|dikawal|ditadbir|mentadbir"
    r"|pinamamahalaan|namamahala|umiiral|sumasaklaw|áp\s+dụng|điều\s+chỉnh|chi\s+phối|giải\s+thích"
    # tl, sw, id: under, subject to ("sakop ng mga batas ng", "sa ilalim ng", "chini ya sheria")
    r"|sakop|saklaw|napapailalim|ilalim|chini\s+ya|dikuasai)\b"
    # sw: the verb takes its noun's class prefix ("inafuata", "unasimamiwa", "yanatawaliwa")
    r"|\b\w{1,4}(?:fuata|simamiwa|tawaliwa|ongozwa|tumika)\b"
    r"|ใช้บังคับ|บังคับใช้|อยู่ภายใต้|ตีความ)"
)
# a law to obey, a court, personal data: no choice of law
_NOT_CHOICE = (
    r"(?:\b(?:mematuhi|patuhi|menaati|sumunod|sundin|kutii|kuzingatia|\w{1,3}fuate|tuân\s+thủ|pengadilan"
    r"|mahkamah|hukuman|korte|hukuman|mahakama|tòa\s+án|data\s+pribadi|data\s+peribadi"
    r"|dữ\s+liệu\s+cá\s+nhân|datos\s+personal|data\s+binafsi)\b|ปฏิบัติตาม|ศาล)"
)
# a clause's number and caption before a bare law ("4. Undang-undang: Malaysia.")
_NUMBERED = r"\W*(?:[^\W\d_]{2,15}\.?\s*)?(?:\d{1,3}[.)]?\s*|[A-Z][.)]\s*)?"


def _pair(place: str) -> re.Pattern[str]:
    law = rf"{_LAW}\s*{_TITLE}\s*(?<![A-Za-zÀ-ỹ-])(?:{place})(?![A-Za-zÀ-ỹ-])"
    caption = (
        rf"^{_NUMBERED}{_LAW}\s*(?:yang\s+(?:berlaku|terpakai|mengatur|digunakan|dipakai"
        r"|mentadbir)|na\s+umiiral|na\s+namamahala|inayotumika|zinazotumika|zinazoongoza)?"
        r"\s*[:\-–—]\s*"
    )
    return lazy_pattern(
        rf"^(?![^\n]*{_NOT_CHOICE})(?:[^\n]*?(?:{_FRAME}[^.;]{{0,80}}?{law}|{law}[^.;]{{0,80}}?"
        rf"{_FRAME})|{caption}{_TITLE}(?:{place})\W*$|{_NUMBERED}{law}\W*$)",
        _FLAGS,
    )


LAWS_SOUTHEAST: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (_pair(names), code) for code, names in _PLACES.items()
)
"""(pattern, code): the law chosen by a place after a law noun (module docstring)."""

_LAW_WORD = lazy_pattern(r"\b(?:hukum|undang-undang|batas|sheria)\b", _FLAGS)


def names_law_southeast(text: str) -> bool:
    """Whether a passage in Latin letters chooses a law by a place ("Undang-undang: Malaysia.",
    "Batas ng Pilipinas."), for short passages no language was told for."""
    if _LAW_WORD.search(text) is None:
        return False
    return any(pattern.search(text) is not None for pattern, _ in LAWS_SOUTHEAST)
