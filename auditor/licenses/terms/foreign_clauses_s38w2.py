"""Clauses of Telugu, Kannada, Vietnamese, Georgian, Amharic and Kazakh licences the cues miss
(session 38), read from one passage each, for `foreign_passages_s38w2`:

- the weights passed on banned: the weights ("బరువులు", "ತೂಕಗಳು", "(weights)"), a verb of
  passing them on (share, distribute, sell, publish) and the language's ban ("పంచకూడదు",
  "ಹಂಚುವಂತಿಲ್ಲ"): `use_scope` `no-weight-redistribution`. A passage asking permission or
  naming an exception ("అనుమతి", "తప్ప", "ಅನುಮತಿ", "ಹೊರತು") is left unread;
- the weights shipped inside the licensee's own app, to run on its users' devices, allowed
  ("ಅಪ್ಲಿಕೇಶನ್‌ನ ಒಳಗೆ ... ಸಾಧನಗಳಲ್ಲಿ ... ವಿತರಿಸಬಹುದು"): `use_scope` `on-device-shipping`, the
  carve-out from that ban (no ban word may stand in it);
- the model itself offered to third parties as an API or a hosted or managed instance banned
  ("không được cung cấp chính mô hình ... dưới dạng API suy luận ... phiên bản lưu trữ"):
  `use_scope` `no-hosting-use` (an application built on it stays within the grant). A ban denied
  ("không bị cấm") bans nothing; one on selling or passing on copies or weights ("bán", "phân
  phối", "trọng số"), or naming the service before its ban word, is left to the other readers;
- no rights for those whose home or principal place of business is in a named place ("არ
  ანიჭებს არანაირ უფლებას ... ძირითადი საქმიანობის ადგილი რუსეთის ფედერაციაშია"):
  `excluded_licensee_domiciles`;
- the licence valid only in a named place, use outside it banned ("የሚሰራው በኢትዮጵያ ... ውስጥ ብቻ
  ነው፤ ... ከኢትዮጵያ ውጭ ... አይፈቀድም": Amharic puts "only" after its place): an
  `excluded_use_territories` clause marked `within`. A law or a court named, or who is based
  where (residents, citizens, companies), is no confinement;
- research and evaluation counted non-commercial whoever does it, companies included ("оны кім
  жүргізсе де (университет, коммерциялық компания ...)"): `use_scope` `research-by-anyone`,
  as `foreign_research_anyone` reads other languages. Never with a word excluding or banning.

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_clauses_s38w2"]

_FLAGS = re.IGNORECASE

# (weights, passing on, ban, what leaves the passage unread), te then kn
_WEIGHT_BANS: tuple[tuple[str, str, str, str], ...] = (
    (r"బరువు|వెయిట్|\(weights?\)|పారామీటర్",
     r"పంచ|పంపిణీ|అమ్మ|ప్రచురించ|షేర్|అప్‌?లోడ్|ఇవ్వ",
     r"కూడదు|రాదు|నిషేధ|వీల్లేదు|చేయరాదు",
     r"అనుమతి|తప్ప|మినహా|మాత్రమే|కాదు\b"),
    (r"ತೂಕ|ವೇಯ್ಟ್|\(weights?\)|ಪ್ಯಾರಾಮೀಟರ್",
     r"ಹಂಚ|ವಿತರಿಸ|ಮರುಪ್ರಕಟ|ಪ್ರಕಟಿಸ|ಮಾರಾಟ|ಮಾರ|ಅಪ್‌?ಲೋಡ್|ನೀಡ",
     r"ವಂತಿಲ್ಲ|ಬಾರದು|ಕೂಡದು|ನಿಷೇಧ",
     r"ಅನುಮತಿ|ಹೊರತು|ಹೊರತುಪಡಿಸಿ|ಮಾತ್ರ"),
)  # fmt: skip
# (an app, inside it, users' devices, "may", a ban), te then kn
_IN_APP: tuple[tuple[str, str, str, str, str], ...] = (
    (r"అప్లికేషన్|యాప్", r"లోపల|లో\s+చేర్చి|చేర్చి", r"పరికర", r"వచ్చు",
     r"కూడదు|రాదు|నిషేధ|లేదు|కాదు"),
    (r"ಅಪ್ಲಿಕೇಶನ್|ಆ್ಯಪ್|ಆಪ್", r"ಒಳಗೆ|ಒಳಗಡೆ|ಸೇರಿಸಿ", r"ಸಾಧನ", r"ಬಹುದು",
     r"ವಂತಿಲ್ಲ|ಬಾರದು|ಕೂಡದು|ನಿಷೇಧ|ಇಲ್ಲ"),
)  # fmt: skip

_VI_BAN = lazy_pattern(r"\bkhông\s+được\b|\b(?:nghiêm\s+)?cấm\b|\bkhông\s+có\s+quyền\b", _FLAGS)
_VI_NOT_BANNED = lazy_pattern(r"\bkhông\s+bị\s+cấm\b|\bkhông\s+cấm\b", _FLAGS)
_VI_MODEL = lazy_pattern(r"\b(?:chính\s+)?mô\s+hình\b", _FLAGS)
_VI_THIRD = lazy_pattern(r"\bbên\s+thứ\s+ba\b|\bngười\s+khác\b|\bkhách\s+hàng\b", _FLAGS)
_VI_SERVICE = lazy_pattern(
    r"\bAPI\b|\b(?:phiên\s+bản|dịch\s+vụ)\s+(?:được\s+)?lưu\s+trữ\b|\bdịch\s+vụ\s+suy\s+luận\b"
    r"|\bđược\s+quản\s+lý\b|\bhosting\b",
    _FLAGS,
)
# the weights sold or passed on: a ban on copies, not on the model as a service
_VI_COPIES = lazy_pattern(r"\b(?:bán|phân\s+phối|chia\s+sẻ|tải\s+lên)\b|\btrọng\s+số\b", _FLAGS)
_VI_APP_BANNED = lazy_pattern(r"\b(?:ứng\s+dụng|sản\s+phẩm)\b[^.;]{0,30}?\bkhông\s+được\b", _FLAGS)

_KA_WITHHELD = lazy_pattern(r"არ\s+(?:ანიჭებს|აძლევს|ენიჭებათ|ეძლევათ)\s+(?:\w+\s+){0,2}?უფლებ")
_KA_BASED = lazy_pattern(
    r"საცხოვრებელი\s+ადგილი|საქმიანობის\s+ადგილი|რეგისტრირებულ|რეზიდენტ|იურიდიული\s+მისამართ"
)
_KA_PLACES: tuple[tuple[str, str], ...] = (
    (r"რუსეთ", "RU"), (r"ბელარუს", "BY"), (r"ჩინეთ", "CN"), (r"ირან", "IR"),
    (r"ჩრდილოეთ\s+კორე", "KP"), (r"ევროკავშირ", "EU"),
)  # fmt: skip
_KA_NOT = lazy_pattern(r"გარდა|მხოლოდ|თუ\s+არა")

_AM_PLACES: tuple[tuple[str, str], ...] = (
    (r"ኢትዮጵያ", "ET"), (r"ኬንያ", "KE"), (r"ኤርትራ", "ER"), (r"ጅቡቲ", "DJ"), (r"ሶማሊያ", "SO"),
    (r"ደቡብ\s+ሱዳን", "SS"), (r"(?<!ደቡብ\s)ሱዳን", "SD"), (r"ኡጋንዳ", "UG"), (r"ታንዛኒያ", "TZ"),
)  # fmt: skip
_AM_ONLY = lazy_pattern(r"ውስጥ\s+ብቻ|ብቻ\s+(?:ነው|ይሰራል|ተፈጻሚ)")
_AM_VALID = lazy_pattern(r"የሚሰራ|ይሰራል|ተፈጻሚ|የሚያገለግል|መጠቀም|የሚፈቀድ")
_AM_OUTSIDE = lazy_pattern(r"ከ(\S+)\s+ውጭ")
_AM_BAN = lazy_pattern(r"አይፈቀድም|የተከለከለ|ክልክል|አይቻልም")
_AM_LAW = lazy_pattern(r"ሕግ|ህግ|ፍርድ\s+ቤት|ነዋሪ|መቀመጫ|የተመዘገበ|ዜጋ|ዜጎች|ኩባንያ|ድርጅት")
_AM_SENTENCES = re.compile(r"[።፤;.!?]\s*")

_KK_RESEARCH = lazy_pattern(r"зерттеу|бағалау|ғылыми", _FLAGS)
_KK_ANYONE = lazy_pattern(
    r"кім\s+(?:жүргізсе|жасаса|орындаса|пайдаланса)\s+(?:да|де)\b|кез\s+келген\s+(?:адам|тұлға)"
    r"|(?:коммерциялық\s+)?компания(?:лар)?\s+(?:да\s+|де\s+)?(?:қоса|кіреді|жүргізсе\s+де)",
    _FLAGS,
)
_KK_NOT = lazy_pattern(r"кірмейді|жатпайды|қоспағанда|тыйым|\bтек\s|бұдан\s+басқа", _FLAGS)


def read_clauses_s38w2(text: str) -> list[Clause]:
    """The clauses one passage states in one of the shapes above (module docstring)."""
    text = text.replace("\u200c", "").replace("\u200d", "")
    return (
        _weights(text)
        or _in_app(text)
        or _hosting(text)
        or _domiciles(text)
        or _territory(text)
        or _research(text)
    )


def _weights(text: str) -> list[Clause]:
    for weights, pass_on, ban, unread in _WEIGHT_BANS:
        found = all(lazy_pattern(p, _FLAGS).search(text) for p in (weights, pass_on, ban))
        if found and lazy_pattern(unread, _FLAGS).search(text) is None:
            return [Clause("use_scope", ["no-weight-redistribution"])]
    return []


def _in_app(text: str) -> list[Clause]:
    for app, inside, devices, may, ban in _IN_APP:
        found = all(lazy_pattern(p, _FLAGS).search(text) for p in (app, inside, devices, may))
        if found and lazy_pattern(ban, _FLAGS).search(text) is None:
            return [Clause("use_scope", ["on-device-shipping"])]
    return []


def _hosting(text: str) -> list[Clause]:
    if _VI_BAN.search(text) is None or _VI_NOT_BANNED.search(text) is not None:
        return []
    if _VI_APP_BANNED.search(text) is not None:
        return []  # an application banned too: more than the model offered as a service
    if _VI_COPIES.search(text) is not None:
        return []
    ban = _VI_BAN.search(text)
    service = _VI_SERVICE.search(text)
    if ban is None or service is None or service.start() < ban.start():
        return []  # the service named before the ban: not what it bans
    if _VI_MODEL.search(text) and _VI_THIRD.search(text):
        return [Clause("use_scope", ["no-hosting-use"])]
    return []


def _domiciles(text: str) -> list[Clause]:
    if _KA_WITHHELD.search(text) is None or _KA_BASED.search(text) is None:
        return []
    if _KA_NOT.search(text) is not None:
        return []
    places = [code for pattern, code in _KA_PLACES if re.search(pattern, text)]
    return excluded_clauses("excluded_licensee_domiciles", places)


def _am_places(text: str) -> list[str]:
    return [code for pattern, code in _AM_PLACES if re.search(pattern, text)]


def _territory(text: str) -> list[Clause]:
    within: dict[str, None] = {}
    for sentence in _AM_SENTENCES.split(text):
        if _AM_LAW.search(sentence):
            continue
        only = _AM_ONLY.search(sentence)
        if only is not None and _AM_VALID.search(sentence):
            within.update(dict.fromkeys(_am_places(sentence[: only.start()])))
            continue
        outside = _AM_OUTSIDE.search(sentence)
        if outside is not None and _AM_BAN.search(sentence):
            within.update(dict.fromkeys(_am_places(outside.group(1))))
    if not within:
        return []
    entry = {"regions": sorted(within), "models": "all", "exempts": [], "within": True}
    return [Clause("excluded_use_territories", [entry])]


def _research(text: str) -> list[Clause]:
    for sentence in re.split(r"(?<=[.;!?])\s+", text):
        anyone = _KK_RESEARCH.search(sentence) and _KK_ANYONE.search(sentence)
        if anyone and _KK_NOT.search(sentence) is None:
            return [Clause("use_scope", ["research-by-anyone"])]
    return []
