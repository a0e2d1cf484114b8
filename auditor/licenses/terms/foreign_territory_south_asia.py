"""A licence confined to named places in Malay, Indonesian, Vietnamese, Thai, Filipino and Hindi,
for `terms.foreign`: a territory defined by its places or by a group of states ('"Rantau Berlesen"
ertinya wilayah negara-negara anggota ASEAN, iaitu Brunei, ...', '"Lãnh thổ được cấp phép" là
các nước ASEAN'), and a passage banning use, or service to users, outside it ("Anda tidak boleh
menjalankan model di luar Rantau Berlesen", "không được sử dụng mô hình ngoài Lãnh thổ", "ห้ามใช้
นอกประเทศไทย", "भारत के बाहर ... नहीं"), or confining use to it ("hanya di Malaysia", "chỉ tại
Việt Nam", "เฉพาะในประเทศไทยเท่านั้น").

Such a clause names the places where use is licensed: an `excluded_use_territories` clause marked
`within` (`model.terms.TerritorialClause`), judged against the places a deployment runs in or
serves. A group stands for its members (ASEAN: the eleven member states, Timor-Leste included
since 2025; the European Union: `EU`). The definition is read with the ban that uses it; a
reference to a territory no passage defines, and no place named, stays unread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_place_lists import listed_on, refers_back
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["territory_south_asia"]

_FLAGS = re.IGNORECASE
_ASEAN = ("BN", "KH", "ID", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN")

# place names by language (Malay and Indonesian share most), a group as its members
_PLACES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "id": (
        (r"\bASEAN\b", _ASEAN), (r"\bBrunei(?:\s+Darussalam)?\b", ("BN",)),
        (r"\bKe?mboja\b|\bKamboja\b", ("KH",)), (r"\bIndonesia\b", ("ID",)), (r"\bLaos\b", ("LA",)),
        (r"\bMalaysia\b", ("MY",)), (r"\bMyanmar\b", ("MM",)), (r"\bFilipina\b", ("PH",)),
        (r"\bSingapura\b", ("SG",)), (r"\bThailand\b", ("TH",)), (r"\bTimor[-\s]Leste\b", ("TL",)),
        (r"\bVi[eé]t\s?nam\b", ("VN",)), (r"\bAustralia\b", ("AU",)),
        (r"\b(?:China|Tiongkok|Cina)\b", ("CN",)), (r"\bJepa?u?n\w*\b|\bJepang\b", ("JP",)),
        (r"\bIndia\b", ("IN",)), (r"\bKorea\s+Selatan\b", ("KR",)),
        (r"\bAmerika\s+(?:Syarikat|Serikat)\b", ("US",)),
        (r"\b(?:Kesatuan\s+Eropah|Uni\s+Eropa)\b", ("EU",)),
    ),
    "vi": (
        (r"\bASEAN\b|\bĐông\s+Nam\s+Á\b", _ASEAN), (r"\bBru-?nây\b|\bBrunei\b", ("BN",)),
        (r"\bCampuchia\b", ("KH",)), (r"\bIn-?đô-?nê-?xi-?a\b|\bIndonesia\b", ("ID",)),
        (r"\bLào\b", ("LA",)), (r"\bMa-?lai-?xi-?a\b|\bMalaysia\b", ("MY",)),
        (r"\bMi-?an-?ma\b|\bMyanmar\b", ("MM",)), (r"\bPhi-?líp-?pin\b|\bPhilippines\b", ("PH",)),
        (r"\bXin-?ga-?po\b|\bSingapore\b", ("SG",)), (r"\bThái\s+Lan\b", ("TH",)),
        (r"\bĐông\s+Timor\b|\bTimor-Leste\b", ("TL",)), (r"\bViệt\s+Nam\b", ("VN",)),
        (r"\bLiên\s+minh\s+châu\s+Âu\b", ("EU",)), (r"\bHoa\s+Kỳ\b|\bMỹ\b", ("US",)),
        (r"\bTrung\s+Quốc\b", ("CN",)), (r"\bNhật\s+Bản\b", ("JP",)), (r"\bHàn\s+Quốc\b", ("KR",)),
        (r"\bẤn\s+Độ\b", ("IN",)), (r"\bÚc\b|\bAustralia\b", ("AU",)),
    ),
    "th": (
        (r"อาเซียน|ASEAN", _ASEAN), (r"บรูไน", ("BN",)), (r"กัมพูชา", ("KH",)),
        (r"อินโดนีเซีย", ("ID",)), (r"ลาว", ("LA",)), (r"มาเลเซีย", ("MY",)),
        (r"เมียนมา|พม่า", ("MM",)), (r"ฟิลิปปินส์", ("PH",)), (r"สิงคโปร์", ("SG",)),
        (r"ประเทศไทย|ราชอาณาจักรไทย", ("TH",)), (r"ติมอร์", ("TL",)), (r"เวียดนาม", ("VN",)),
        (r"สหภาพยุโรป", ("EU",)), (r"สหรัฐ(?:อเมริกา)?", ("US",)), (r"ญี่ปุ่น", ("JP",)),
        (r"อินเดีย", ("IN",)), (r"ออสเตรเลีย", ("AU",)),
    ),
    "hi": (
        (r"आसियान|ASEAN", _ASEAN), (r"भारत", ("IN",)), (r"नेपाल", ("NP",)), (r"भूटान", ("BT",)),
        (r"बांग्लादेश", ("BD",)), (r"श्रीलंका", ("LK",)), (r"यूरोपीय\s+संघ", ("EU",)),
        (r"अमेरिका|संयुक्त\s+राज्य", ("US",)),
    ),
    "tl": (
        (r"\bASEAN\b|\bTimog-?silangang\s+Asya\b", _ASEAN),
        (r"\b(?:Republika\s+ng\s+)?Pilipinas\b|\bPhilippines\b", ("PH",)),
        (r"\bIndonesya\b|\bIndonesia\b", ("ID",)), (r"\bMalaysia\b", ("MY",)),
        (r"\bSingapura\b|\bSingapore\b", ("SG",)), (r"\bBiyetnam\b|\bVietnam\b", ("VN",)),
        (r"\bTaylandiya\b|\bThailand\b", ("TH",)), (r"\bHapon\b|\bJapan\b", ("JP",)),
        (r"\bTsina\b|\bChina\b", ("CN",)), (r"\bEstados\s+Unidos\b|\bAmerika\b", ("US",)),
        (r"\bUnyong\s+Europeo\b|\bEuropean\s+Union\b", ("EU",)),
    ),
}  # fmt: skip
_PLACES["ms"] = _PLACES["id"]
# a territory's noun, in a defined term: "Rantau Berlesen", "Wilayah", "Lãnh thổ", "ดินแดน"
_TERRITORY = {
    "id": r"\b(?:rantau|wilayah|kawasan|daerah|territori)\w*",
    "vi": r"\b(?:lãnh\s+thổ|khu\s+vực|vùng|phạm\s+vi)\b",
    "th": r"ดินแดน|เขต|พื้นที่|อาณาเขต",
    "hi": r"क्षेत्र|प्रदेश|भूभाग",
    "tl": r"\b(?:teritoryo|saklaw\s+na\s+lugar|rehiyon)\b",
}
_TERRITORY["ms"] = _TERRITORY["id"]
_DEFINED = (
    r"[\"“«]\s*(?P<term>[^\"”»“]{2,40}?)\s*[\"”»]\s*(?:ertinya|bermaksud|adalah|ialah|berarti"
    r"|yaitu|là|có\s+nghĩa\s+là|หมายความว่า|หมายถึง|से\s+अभिप्रेत\s+है|का\s+अर्थ\s+है|:)"
)
# use outside the territory banned: a ban word, then "outside" within the clause
_BAN = {
    # or left outside the licence's scope: "tidak termasuk dalam ruang lingkup lisensi ini",
    # "không thuộc phạm vi của giấy phép", "ไม่อยู่ในขอบเขตของใบอนุญาตนี้"
    "id": r"\b(?:tidak\s+(?:boleh|dibenarkan|diperbolehkan|diizinkan)|dilarang|jangan)\b"
    r"|\btidak\s+(?:termasuk|tercakup|dicakup|diliputi)\s+(?:dalam|oleh)\s+(?:\w+\s+){0,2}?"
    r"(?:lisensi|lesen|izin|kebenaran|skop|ruang\s+lingkup|cakupan)"
    r"|\bdi\s+luar\s+(?:ruang\s+lingkup|cakupan|skop)\b",
    "vi": r"\b(?:không\s+được|cấm|không\s+cho\s+phép)\b"
    r"|\b(?:không\s+(?:thuộc|nằm\s+trong)|nằm\s+ngoài)\s+phạm\s+vi\b",
    "th": r"ห้าม|ไม่อนุญาต|ต้องไม่|ไม่อยู่ใน(?:ขอบเขต|ขอบข่าย)|ไม่ครอบคลุม|อยู่นอกขอบเขต",
    "hi": r"नहीं|वर्जित|निषिद्ध|प्रतिबंधित",
    # or left outside the grant: "hindi nito saklaw", "hindi sakop ng lisensiyang ito"
    "tl": r"\b(?:bawal|ipinagbabawal|huwag|hindi\s+(?:maaari\w*|puwede|pwede|pinapayagan"
    r"|pinahihintulutan))\b|\bhindi\s+(?:\w+\s+){0,2}?(?:saklaw|sakop)\b",
}
_BAN["ms"] = _BAN["id"]
_OUTSIDE = {
    "id": r"\bdi\s+luar\s+(?:daripada\s+|dari\s+)?",
    "vi": r"\b(?:bên\s+)?ngoài\s+(?:phạm\s+vi\s+)?",  # "lãnh thổ" kept: a defined term may open so
    "th": r"นอก(?!จาก|เหนือ|เวลา)",  # the territory's noun kept: a defined term may open with it
    "hi": r"(?P<before>\S+(?:\s+\S+){0,3})\s+(?:के|से)\s+बाहर",  # the place before "बाहर"
    "tl": r"\b(?:sa\s+)?labas\s+ng\s+",
}
_OUTSIDE["ms"] = _OUTSIDE["id"]
# use confined: "di dalam X sahaja", "hanya di X", "chỉ tại X", "เฉพาะในX...เท่านั้น", "केवल X में"
_ONLY = {
    "id": r"\b(?:hanya|semata-mata)\s+(?:\w+\s+){0,3}?(?:di|dalam|di\s+dalam)\s+"
    r"(?P<where>[^.;,]{2,60})"
    r"|\b(?:di|dalam|di\s+dalam)\s+(?P<where2>[^.;,]{2,60}?)\s+(?:sahaja|saja)\b",
    "vi": r"\bchỉ\s+(?:được\s+)?(?:\w+\s+){0,3}?(?:tại|trong|ở)\s+(?:phạm\s+vi\s+)?"
    r"(?P<where>[^.;,]{2,60})",
    "th": r"เฉพาะ(?:ใน)?(?P<where>[^.;]{2,60}?)เท่านั้น",
    "hi": r"केवल\s+(?P<where>[^.;।,]{2,60}?)\s+(?:में|के\s+भीतर)",
    "tl": r"\b(?:lamang|lang|tanging)\s+(?:\w+\s+){0,3}?sa\s+(?:loob\s+ng\s+)?"
    r"(?P<where>[^.;,]{2,60})"
    # "sa X lamang", not the "lamang" of "lamang sa X"
    r"|\bsa\s+(?:loob\s+ng\s+)?(?P<where2>[^.;,]{2,60}?)\s+(?:lamang|lang)\b(?!\s+sa\b)",
}  # fmt: skip
_ONLY["ms"] = _ONLY["id"]
# a grant or commercial words: such a passage is left to the cues (`terms.foreign` reads a
# passage with a clause here for that clause only)
_GRANTS = {
    "id": r"\b(?:komersi|perniagaan|usaha|bisnis|memberikan|memberi|mengizinkan|lesen\s+tanpa)",
    "vi": r"\b(?:thương\s+mại|kinh\s+doanh|cấp\s+cho|cho\s+phép)\b",
    "th": r"พาณิชย์|การค้า|ธุรกิจ|อนุญาตให้",
    "hi": r"व्यावसायिक|वाणिज्यिक|अनुमति\s+देत|अधिकार\s+देत",
    "tl": r"\b(?:pang-?negosyo|negosyo|pangkomersiy?(?:al|o)|komersiy?(?:al|o)|malaya\s+kang"
    r"|nagbibigay|pinahihintulutan\s+kang)\b",
}
_GRANTS["ms"] = _GRANTS["id"]


# a passage whose language the text alone cannot tell (short, or Malay or Indonesian?): the
# tables of its script are tried
_UNSURE: dict[str | None, tuple[str, ...]] = {None: ("id", "vi", "th", "hi")}


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)


def _places(language: str, text: str) -> list[str]:
    found: dict[str, None] = {}
    for pattern, codes in _PLACES[language]:
        if _p(pattern).search(text):
            found.update(dict.fromkeys(codes))
    return sorted(found)


def territory_south_asia(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages confining use to named places (see above), each with its `within` clause,
    and the definitions they use."""
    defined: dict[str, tuple[Passage, list[str]]] = {}
    for passage, match in ((p, m) for p in passages for m in _p(_DEFINED).finditer(p.text)):
        # a definition's language may be unknown (Malay or Indonesian?): each table is tried
        known = passage.language in _PLACES
        for language in (passage.language or "",) if known else ("id", "vi", "th", "hi"):
            term = match.group("term")
            places = _places(language, passage.text[match.end() : match.end() + 400])
            if _p(_TERRITORY[language]).search(term) and places:
                defined[term.lower()] = (passage, places)
                break
    found: dict[Passage, list[Clause]] = {}
    last: list[str] = []  # the places the last confinement named
    for passage in passages:
        if any(passage is p for p, _ in defined.values()):
            continue
        known = passage.language in _PLACES
        tried = (passage.language or "",) if known else _UNSURE.get(passage.language, ())
        confined = (_confined(language, passage.text, defined) for language in tried)
        regions, used = next((c for c in confined if c[0]), ([], []))
        if not regions and any(_back(language, passage.text) for language in tried):
            regions = last  # "outside the three countries aforesaid": the places named before
        last = regions or last
        if regions:
            within = {"regions": regions, "models": "all", "exempts": [], "within": True}
            clause = Clause("excluded_use_territories", [within])
            found[passage] = [clause]
            found.update({defined[term][0]: [clause] for term in used})
    return found


def _placed(language: str) -> Callable[[str], bool]:
    """Whether a list's item names a place, and no ban, in `language`."""
    return lambda item: bool(_places(language, item)) and not _p(_BAN[language]).search(item)


def _back(language: str, text: str) -> bool:
    """Use banned outside places named before (`foreign_place_lists`)."""
    if not _p(_BAN[language]).search(text):
        return False
    ends = [m.end() for m in _p(_OUTSIDE[language]).finditer(text)]
    return refers_back(text, ends, lambda span: bool(_places(language, span)))


def _confined(
    language: str, text: str, defined: dict[str, tuple[Passage, list[str]]]
) -> tuple[list[str], list[str]]:
    """The places a passage confines use to, and the defined terms it names them by."""
    spans: list[str] = []
    if _p(_BAN[language]).search(text):
        for match in _p(_OUTSIDE[language]).finditer(text):
            before = match.groupdict().get("before")
            spans.append(before if before else text[match.end() : match.end() + 60])
    if not _p(_GRANTS[language]).search(text):  # a grant's passage is read by the cues
        for m in _p(_ONLY[language]).finditer(text):
            rest = text[m.end() :]  # ", Singapura dan Brunei": a list of places goes on
            spans.append(next(g for g in m.groups() if g) + listed_on(rest, _placed(language)))
    places: dict[str, None] = {}
    used: list[str] = []
    for span in spans:
        lowered = span.lower()
        terms = [term for term in defined if lowered.startswith(term) or f" {term}" in lowered]
        for term in terms:
            places.update(dict.fromkeys(defined[term][1]))
            used.append(term)
        if not terms:
            places.update(dict.fromkeys(_places(language, span)))
    return sorted(places), used
