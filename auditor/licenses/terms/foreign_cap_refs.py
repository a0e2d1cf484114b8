"""A cap stated in one passage and applied in another, in Hindi, Indonesian, Malay, Vietnamese and
Thai, for `terms.foreign`: the sentence stating the cap gives its number ("Ambang Pendapatan"
adalah pendapatan kotor tahunan sebesar Rp250 miliar; Mốc doanh thu áp dụng là 500 tỷ đồng;
เพดานรายได้ หนึ่งพันล้านบาท), and another sentence says what happens past it, naming the cap
by its measure and a word of exceeding ("doanh thu ... vượt mốc đó", "รายได้รวม ... สูงกว่า
เพดาน", "pendapatan ... melampaui"), or by the term the cap's definition names ("कोई बड़ा
उपयोगकर्ता ..." where "बड़ा उपयोगकर्ता" is defined by its turnover). Such a sentence, with no
number of its own, continues the cap: the further licence it asks for is the cap's
(`separate-license-above-threshold`), not a condition of every commercial use, and a sentence
saying only that the grant holds while the cap is not exceeded is read as the cap.

`continues` is tried only where the text states a cap (`caps_stated`). A table whose unit of money
is stated once above its rows is read with it (`foreign_annex_units`, re-exported for
`terms.foreign`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_annex_units import with_annex_units as with_annex_units
from auditor.licenses.terms.foreign_cap_anaphora_s38w import points_back_to_cap
from auditor.licenses.terms.foreign_cap_words_s38eu2 import (
    CAP_NOUN_MORE,
    EXCEED_MORE,
    FURTHER_ASKED,
    POINTS_BACK,
)
from auditor.licenses.terms.foreign_caps import cap_counts, numbers, revenue_cap, user_cap
from auditor.licenses.terms.foreign_counting_west import counts_users
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_daily_eur import read_daily_eur
from auditor.licenses.terms.foreign_numbers_eur import CAP_NOUN_EUR, EXCEED_EUR
from auditor.licenses.terms.foreign_numbers_west import CAP_NOUN_WEST, EXCEED_WEST
from auditor.licenses.text.language import Passage

if TYPE_CHECKING:
    from auditor.licenses.terms.foreign import ForeignReading

_FLAGS = re.IGNORECASE

# exceeding, being above, more than (Devanagari and Thai take no word edge)
_EXCEED: dict[str, str] = {
    "hi": r"से\s+(?:अधिक|ज\u093c?्यादा|ऊपर|बड\u093c?ा)|(?:पार|अधिक)\s+(?:कर|हो|जा)",
    "id": r"\b(?:melampaui|melebihi|melewati|mengatasi|di\s+atas|lebih\s+(?:dari|daripada"
    r"|besar\s+dari|tinggi\s+dari))\b",
    "vi": r"\b(?:vượt|trên|nhiều\s+hơn|cao\s+hơn|lớn\s+hơn|quá)\b",
    "th": r"เกิน|สูงกว่า|มากกว่า|เหนือกว่า",
}
_EXCEED["ms"] = _EXCEED["id"]
# a cap named by its own noun: threshold, ceiling, limit, mark
_CAP_NOUN: dict[str, str] = {
    "hi": r"सीमा|अधिकतम",
    "id": r"\b(?:ambang|batas|batasan|plafon|had|siling)\b",
    "vi": r"\b(?:mốc|ngưỡng|hạn\s+mức|giới\s+hạn|mức\s+trần)\b",
    "th": r"เพดาน|เกณฑ์|ขีดจำกัด|วงเงิน",
}
_CAP_NOUN["ms"] = _CAP_NOUN["id"]
# hu, fi, da, no: exceeding ("meghaladja", "ylittää", "overstiger") and the cap's nouns
# ("Értékhatár", "raja", "tærskel", "grense")
_EXCEED.update(
    {
        "hu": r"\b(?:meghalad\w*|túllép\w*|(?:felett|fölött)\w*|több\s+mint|nagyobb)\b",
        "fi": r"\b(?:ylittä\w*|ylittyy|ylitty\w*|yli|suurempi|enemmän\s+kuin)\b",
        "da": r"\b(?:overstiger|overskrider|over|mere\s+end|højere\s+end)\b",
        "no": r"\b(?:overstiger|overskrider|over|mer\s+enn|høyere\s+enn)\b",
    }
)
_CAP_NOUN.update(
    {
        "hu": r"\b(?:\w*értékhatár\w*|\w*küszöb\w*|\w*határ(?:érték)?\w*)",
        "fi": r"\b(?:\w*raja\w*|\w*kynnys\w*)",
        "da": r"\b(?:\w*grænse\w*|\w*tærskel\w*|\w*loft\w*)",
        "no": r"\b(?:\w*grense\w*|\w*terskel\w*|\w*tak)\b",
    }
)
# tr, bn, ar, fa, he, sw: their words in `foreign_numbers_west`
_EXCEED.update(EXCEED_WEST)
_CAP_NOUN.update(CAP_NOUN_WEST)
_COUNTING = frozenset(_EXCEED)  # their counting rules are read apart (`foreign_counting_west`)
# the European languages (`foreign_numbers_eur`)
_EXCEED.update(EXCEED_EUR)
_CAP_NOUN.update(CAP_NOUN_EUR)
_EXCEED.update(EXCEED_MORE)  # lv, et (`foreign_cap_words_s38eu2`)
_CAP_NOUN.update(CAP_NOUN_MORE)
# a defined term opening a passage: '"Ambang Pendapatan" adalah ...', '1.1 "बड़ा उपयोगकर्ता" वह'
# (after a caption or a clause number: 'परिभाषा 1.1 "बड़ा उपयोगकर्ता" वह संस्था है ...')
_TERM = lazy_pattern(  # after a label and its dash or colon too ("परिभाषाएँ — "बड़ा उद्यम" ...")
    r"^\W{0,3}(?:[^\W\d]\S*\s+|[—–:-]\s+){0,4}(?:[\d.()]+\s*)?[\"“«]\s*([^\"”»“]{2,40}?)\s*[\"”»]"
)
# or unquoted, opening an item of a list of definitions: "Penerima Lisensi Besar adalah ...",
# "Bên nhận phép lớn là ...": two to five words, the first capitalised, then the copula
_BARE_TERM = lazy_pattern(
    r"^\W{0,3}(?:\d{1,2}[.)]\s*)?((?-i:[A-ZÀ-Ỹ])[\w-]*(?:\s+(?!ini\b|này\b)[\w-]+){1,4}?)\s+"
    r"(?:adalah|ialah|yaitu|yakni|bermaksud|ertinya|là|có\s+nghĩa\s+là)\s"
)
_MIN_COUNT = 1000  # a number this large is a cap's own


def caps_stated(passages: Sequence[Passage], cues: Mapping[str, Cues]) -> tuple[str, ...] | None:
    """None where no passage of the languages above states a cap on users or revenue; else the
    terms whose definitions state one (maybe none)."""
    found = False
    terms: list[str] = []
    for passage in passages:
        stated = any(_states_cap(passage.text, own) for own in _own_cues(passage, cues))
        if not stated and not read_daily_eur(passage.language, passage.text):  # users of a day
            continue
        found = True
        term = _TERM.match(passage.text) or _BARE_TERM.match(passage.text)
        if term is not None:
            terms.append(term.group(1))
    return tuple(terms) if found else None


def _own_cues(passage: Passage, cues: Mapping[str, Cues]) -> list[Cues]:
    """The cues a passage is read with: its language's, or, a language none of the above (a
    short definition "Értékhatár: ... 10 mrd. Ft" told undetermined, or told German), every
    language above: a cap stated so is only a cap another passage may apply in its own words."""
    if passage.language in _COUNTING and passage.language in cues:
        return [cues[passage.language]]
    return [cues[language] for language in _EXCEED if language in cues]


def _states_cap(text: str, cues: Cues) -> bool:
    if cues.mau is not None and cues.mau.search(text) and user_cap(text, cues.mau) is not None:
        return True
    revenue = cues.revenue
    return bool(revenue and revenue.search(text) and revenue_cap(text, revenue, cues.annual))


_POINTS_BACK = lazy_pattern(POINTS_BACK, _FLAGS)
_FURTHER_ASKED = lazy_pattern(FURTHER_ASKED, _FLAGS)


def continues(
    terms: tuple[str, ...] | None, passage: Passage, text: str, cues: Mapping[str, Cues]
) -> bool:
    """Whether a passage (`text` as matched), with no number of its own, applies a cap another
    passage states (`terms`: `caps_stated`, None where none is): it uses a term defined by the
    cap, or names the cap's measure (or its noun) and exceeding."""
    language = passage.language
    own = cues.get(language or "")
    if terms is None or _has_number(text):
        return False
    if any(_used(term, language or "").search(text) for term in terms):
        return True  # a term the cap defines, however the passage's language is told
    if points_back_to_cap(language, text):  # "acima disso", "dichas personas" (`..._s38w`)
        return True
    if _POINTS_BACK.search(text) and _FURTHER_ASKED.search(text):
        return True  # "E fölött külön szerződés szükséges." (`foreign_cap_words_s38eu2`)
    if own is None or language not in _EXCEED:
        return False
    return _continues(language, text, own, terms)


def _continues(language: str, text: str, cues: Cues, terms: tuple[str, ...]) -> bool:
    if any(_used(term, language).search(text) for term in terms):
        return True
    if _compiled(_EXCEED[language]).search(text) is None:
        return False
    measures = (cues.revenue, cues.mau, _compiled(_CAP_NOUN[language]))
    return any(m is not None and m.search(text) is not None for m in measures)


def _used(term: str, language: str) -> re.Pattern[str]:
    """A defined term where it is used, each word by its stem (Hindi inflects both words of
    "बड़ा उपयोगकर्ता": "बड़े उपयोगकर्ताओं"; Tamil its nouns' endings: "பெரு நிறுவனம்",
    "பெரு நிறுவனங்களுக்கு")."""
    if language == "ta":
        stems = [re.sub("(?:ம்|ு)$", "", word) or word for word in term.split()]
        return _compiled(r"\s+".join(re.escape(stem) + r"\S*" for stem in stems))
    if language != "hi":
        return _compiled(re.escape(term))
    stems = [word[: max(len(word) - 2, 2)] if len(word) > 2 else word for word in term.split()]
    return _compiled(r"\s+".join(re.escape(stem) + r"\S*" for stem in stems))


_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern not in _CACHE:
        _CACHE[pattern] = lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)
    return _CACHE[pattern]


def counts_group(text: str, cues: Cues | None) -> bool:
    """Whether a passage says that a measure a cap counts (users, revenue) adds up the
    licensee's affiliates ('Yang dimaksud dengan "jumlah Pengguna Aktif Bulanan" adalah ...
    semua produk ... Penerima Lisensi beserta afiliasinya'): a counting rule, never a plain
    definition or a party named, whatever its shape. Affiliates named to be left out of the
    count (`foreign_caps.cap_counts`) do not count."""
    if cues is None or cues.affiliates is None or not cap_counts(text, cues):
        return False
    measures = (cues.mau, cues.revenue)
    return any(m is not None and m.search(text) is not None for m in measures)


def with_counting_rules_south_asia(
    reading: ForeignReading, cues: Mapping[str, Cues]
) -> ForeignReading:
    """`reading` with the unread sentences of these languages that say how a cap the text
    states is counted, adding the licensee's affiliates, read into that cap ('"Số người dùng
    hoạt động hằng tháng" được xác định bằng cách cộng dồn ... của Bên được cấp phép và các Bên
    liên kết'; "pengguna aktif bulanan dihitung bersama afiliasinya"), as when one sentence
    says both (`foreign_caps.cap_counts`): the sentence names the cap's measure and the
    affiliates, states no number, and the text states a cap of that measure."""
    values = dict(reading.values)
    quotes = dict(reading.quotes)
    used = []
    for passage in reading.unread:
        own = cues.get(passage.language or "")
        if own is None or passage.language not in _COUNTING or _has_number(passage.text):
            continue
        counts = cap_counts(passage.text, own)
        if not counts:
            continue
        revenue = own.revenue is not None and own.revenue.search(passage.text) is not None
        users = own.mau is not None and own.mau.search(passage.text) is not None
        users = users or counts_users(passage.language, passage.text)  # "العدد": ar, he, fa...
        key = "revenue_threshold" if revenue and not users else "user_threshold"
        term = values.get(key)
        if not (revenue or users) or not isinstance(term, dict):
            continue  # no cap of that measure: what it counts for is unknown
        values[key] = {**term, **counts}
        quotes[key] = (*quotes.get(key, ()), passage)
        used.append(passage)
    if not used:
        return reading
    unread = tuple(p for p in reading.unread if p not in used)
    return replace(reading, values=values, quotes=quotes, unread=unread)


def _has_number(text: str) -> bool:
    return any(value >= _MIN_COUNT for _, _, value in numbers(text))


_SEPARATE, _ABOVE = "separate-license", "separate-license-above-threshold"
_PERMISSION = "written-permission"  # a licence or permission asked, read as the licensor's yes


def with_unread_caps(reading: ForeignReading, cues: Mapping[str, Cues]) -> ForeignReading:
    """`reading` with a further licence asked past a size whose figure no reader read ("deren
    Jahresumsatz den in Beilage ./A ausgewiesenen Schwellenwert übersteigt", "hvis årlige
    nettoomsætning overstiger 75 mio. kr."): the passage asking for it names a measure or a
    cap's noun and a word of exceeding, so the licence is the cap's
    (`separate-license-above-threshold`, the policy's commercial-cap-unread), not a condition
    of every commercial use. Only where no cap was read at all. A licence or permission read
    as the licensor's yes (`written-permission`) is the cap's the same way when every passage
    asking it is sized ("إذا تجاوزت الإيرادات ... الحد المبيَّن في الملحق (أ)، وجب عليه الحصول
    على ترخيص تجاري مستقل")."""
    conditions = reading.values.get("commercial_use_conditions")
    if not isinstance(conditions, list) or (
        _SEPARATE not in conditions and conditions != [_PERMISSION]
    ):
        return reading
    if any(key in reading.values for key in ("user_threshold", "revenue_threshold")):
        return reading
    passages = reading.quotes.get("commercial_use_conditions", ())
    sized = [p for p in passages if _sized_passage(p, cues)]
    if not sized:
        return reading
    if _SEPARATE not in conditions and len(sized) < len(passages):
        return reading  # a permission another passage asks of every commercial use stands
    values = dict(reading.values)
    values["commercial_use_conditions"] = [
        _ABOVE if c in (_SEPARATE, _PERMISSION) else c for c in conditions
    ]
    return replace(reading, values=values)


def with_consequences_of_caps(
    reading: ForeignReading, passages: Sequence[Passage]
) -> ForeignReading:
    """`reading` with a further licence or permission asked in the clause right after a cap's,
    within its sentence ("...营业收入超过附件一所列金额的，" / "被许可人须另行...签订商业许可合同";
    "...১০০ কোটি টাকার বেশি;" / "তাকে পৃথক বাণিজ্যিক লাইসেন্স নিতে হবে"), read as the cap's
    consequence, not a condition of every commercial use: only when a cap was read and every
    passage asking for it other than the cap's own is such a clause."""
    conditions = reading.values.get("commercial_use_conditions")
    if not isinstance(conditions, list) or not {_SEPARATE, _PERMISSION} & set(conditions):
        return reading
    keys = ("revenue_threshold", "user_threshold")
    capped = [p for key in keys for p in reading.quotes.get(key, ())]
    if not capped:
        return reading
    figures = {str(_figure(reading.values.get(key))) for key in keys} - {"None"}
    order = {id(p): index for index, p in enumerate(passages)}
    asked = [
        p
        for p in reading.quotes.get("commercial_use_conditions", ())
        if p not in capped and not any(f in re.sub(r"\D", "", p.text) for f in figures)
    ]  # the cap's own passages, and an annex row stating its figure, ask nothing more
    first_cap = min((order.get(id(p), len(passages)) for p in capped), default=len(passages))
    for passage in asked:
        index = order.get(id(passage))
        before = passages[index - 1] if index else None
        if index is not None and index > first_cap and _REFERS_BACK.search(passage.text):
            continue  # "O licenciado que ultrapassar esse valor deverá celebrar ..." after the cap
        if before is None or before not in capped or not _CONTINUES.search(before.text):
            return reading
    kept = [c for c in conditions if c not in (_SEPARATE, _PERMISSION)]
    values = dict(reading.values)
    values["commercial_use_conditions"] = kept if _ABOVE in kept else [*kept, _ABOVE]
    return replace(reading, values=values)


# a sentence after a cap naming it again by an anaphor: "past that figure", "whoever exceeds
# that value", "with a higher turnover", "with more registered users"
_REFERS_BACK = lazy_pattern(
    r"\b(?:ultrapass\w*|exced\w*|superad[ao]s?|super\w*|dépass\w*|überschreit\w*|przekracz\w*"
    r"|přesáh\w*|presiah\w*|prekorač\w*|depăș\w*|meghalad\w*|overskrid\w*|överskrid\w*"
    r"|ylittä\w*)\s+(?:ese|esse|este|esa|essa|esta|dicho|dicha|tal|ce|cette|diese\w*|ten|tę|tento"
    r"|tuto|tu|taj|acest\w*|ezt|denne|detta|tämän)\b"
    r"|\b(?:acima|além|por\s+encima|au-delà|oltre|oberhalb|powyżej|nad|iznad|peste|felett|over"
    r"|över|boven|yli)\s+(?:d(?:esse|este|essa|esta)|de\s+(?:esa|ese|este|esta|dicha|dicho|ce|cette)"
    r"|(?:tale|questa|questo|dieser|diese[mn]?|tego|tej|tento|tuto|toga|tog|acest\w*|e\s+határ"
    r"|denne|detta|dette|deze|dit|tämän))\b"
    r"|\b(?:superada|superado)\s+(?:esa|ese|dicha|dicho|la|el)\s+(?:cifra|cantidad|importe|umbral"
    r"|límite)|\b(?:högre|høyere|højere|mehr|größere\w*|suuremma\w*)\s+(?:års)?(?:omsättning|omsetning"
    r"|omsætning|Umsatz|liikevaihdo\w*)|\b(?:ved|vid|med)\s+flere\b|\bfler\s+än\b"
    r"|超过该|超出该|超过上述|超出上述|超過該|超過上述|を超える場合|초과하는\s*경우",
    re.IGNORECASE,
)


def _figure(cap: object) -> int | None:
    """A cap's amount or count, as its digits are written."""
    if not isinstance(cap, dict):
        return None
    value = cap.get("amount", cap.get("count"))
    return value if isinstance(value, int) else None


_CONTINUES = lazy_pattern(r"[,，、;；:：]\s*$")
"""A clause cut from its sentence goes on after it."""


def _sized_passage(passage: Passage, cues: Mapping[str, Cues]) -> bool:
    own, language = cues.get(passage.language or ""), passage.language or ""
    return own is not None and language in _EXCEED and _sized(passage.text, own, language)


def _sized(text: str, cues: Cues, language: str) -> bool:
    """Whether a passage speaks of exceeding a size: a word of exceeding, and a measure (users,
    revenue) or a cap's noun."""
    if _compiled(_EXCEED[language]).search(text) is None:
        return False
    measured = any(p is not None and p.search(text) for p in (cues.mau, cues.revenue))
    noun = _CAP_NOUN.get(language)
    return measured or (noun is not None and _compiled(noun).search(text) is not None)
