"""A cap whose number stands in another place than the clause applying it, in Chinese, Japanese,
Korean, Hindi, Marathi, Bengali, Urdu, Tamil, Thai and Vietnamese, for `terms.foreign`.

A clause applying a cap says the cap is exceeded (a word of exceeding) and names the cap with
no number of its own; the number stands where the clause points:

- in the definition of a quoted term the clause uses ('(c) "Ngưỡng" là 2 triệu người dùng',
  then "khi số người dùng vượt Ngưỡng");
- in an annex, schedule or table the clause names (別表, 附表, 별표, अनुसूची, তফসিল, ضمیمہ,
  அட்டவணை, ภาคผนวก, Phụ lục), whose rows give the measure and the number;
- in another numbered clause the clause names ("৪ নম্বর শর্তে বর্ণিত সীমা", "第5条に定める上限",
  "खंड 4 में दी गई सीमा", "ข้อ ๔").

Such a clause is read with the pointed text set in brackets after the cap's word, as
`foreign_defined_caps` reads a threshold defined apart in the European languages; the place
used is then read there (marked `heading`: it names, and states no term of its own). A passage
opening with "such licensees" (該等, 当該, 해당, ऐसे, তাদের, ایسے, அத்தகைய, ดังกล่าว, "... đó")
right after a clause applying a cap, with no number of its own, asks what it asks of those past
the cap: it is read with that clause in brackets after its first word (`_antecedents`).

The word tables are shared by the languages (their scripts differ; Hindi and Marathi share
Devanagari), so a short passage told for the wrong language of the group is read all the same.
Pure: passages in, passages out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.text.language import Passage

LANGUAGES = frozenset({"zh", "ja", "ko", "hi", "mr", "bn", "ur", "ta", "th", "vi"})
_MIN_COUNT = 1000  # a number this large is a cap's own, not a clause's

# exceeding, being above, more than (scripts without word edges take none)
_EXCEED = (
    r"超過|超过|超え|超える|上回|高於|高于|多於|多于|大於|大于|逾|초과|넘|상회"
    r"|से\s+(?:अधिक|ज़्यादा|ज्यादा|ऊपर)|पार\s+(?:कर|हो)|पेक्षा\s+(?:जास्त|अधिक)|ओलांड"
    r"|বেশি|ছাড়িয়ে|ছাড়ি|অতিক্রম|سے\s+(?:زیادہ|زائد|بڑھ)|تجاوز"
    r"|மேல்|அதிகம|மீற|தாண்ட|เกิน|สูงกว่า|มากกว่า"
    r"|\b(?:vượt|quá|nhiều\s+hơn|lớn\s+hơn|cao\s+hơn)\b"
)
# the cap named by its own noun: limit, ceiling, threshold
_CAP_NOUN = (
    r"上限|限度|門檻|门槛|閾値|しきい値|基準値|한도|상한|기준|सीमा|मर्यादा|सीमे|সীমা|ঊর্ধ্বসীমা"
    r"|حد|வரம்ப|เพดาน|เกณฑ์|ขีดจำกัด"
    r"|\b(?:ngưỡng|mức\s+trần|giới\s+hạn|hạn\s+mức|mốc)\b"
)
# an annex, schedule, appendix or attached table, with its label ("Phụ lục A", "別表第一")
_ANNEX = (
    r"(?:別表|别表|附表|附件|附錄|附录|別紙|付表|付録|별표|별지|부록|부표"
    r"|अनुसूची|परिशिष्ट|अनुलग्नक|তফসিল|পরিশিষ্ট|ضمیمہ|شیڈول|அட்டவணை|பின்னிணைப்பு"
    r"|ภาคผนวก|เอกสารแนบท้าย|บัญชีแนบท้าย|\b[Pp]hụ\s+lục)"
)
_LABEL = r"(?:\s*(?:第)?(?P<label>[A-Z]\b|[0-9০-৯०-९๐-๙۰-۹]+|[一二三四五六七八九十]+|[IVX]+\b))?"
_ANNEX_REF = lazy_pattern(_ANNEX + _LABEL)
_ANNEX_HEAD = lazy_pattern(r"^\W{0,3}" + _ANNEX + _LABEL)
# a numbered clause named ("第5条", "제4조", "৪ নম্বর শর্তে", "खंड 4", "Điều 4", "ข้อ ๔")
_DIGITS = r"[0-9০-৯०-९๐-๙۰-۹௦-௯]+"
_CLAUSE_REF = lazy_pattern(
    rf"第\s*(?P<a>{_DIGITS}|[一二三四五六七八九十]+)\s*[条條款項项]"
    rf"|제\s*(?P<b>{_DIGITS})\s*[조항]"
    rf"|(?P<c>{_DIGITS})\s*(?:নম্বর|নং|ক্রমিক)?\s*(?:শর্ত|ধারা|অনুচ্ছেদ)"
    rf"|(?:खंड|धारा|अनुच्छेद|कलम|खण्ड|دفعہ|شق|பிரிவு|ข้อ|มาตรา|\b[ĐđÐ]iều|\bkhoản|\bmục)"
    rf"\s*(?P<d>{_DIGITS})"
)
_CLAUSE_HEAD = lazy_pattern(
    rf"^\W{{0,3}}(?:第\s*(?P<a>{_DIGITS}|[一二三四五六七八九十]+)\s*[条條]"
    rf"|제\s*(?P<b>{_DIGITS})\s*조|(?:खंड|धारा|अनुच्छेद|कलम|खण्ड|دفعہ|شق|பிரிவு|ข้อ|มาตรา"
    rf"|[ĐđÐ]iều)?\s*(?P<c>{_DIGITS})\s*[.)।、:۔]?)"
)
# a quoted term opening a definition ('（丙）「門檻金額」指 ...', '(ii) "Ngưỡng" là ...')
_DEFINED = lazy_pattern(
    r"^\W{0,3}(?:\(?[\w]{1,4}[.)）]\s*)?[「『“\"‘«]\s*([^」』”\"’»]{1,40}?)\s*[」』”\"’»]"
)
# a passage opening with "such (licensees)", "they", "those"
_SUCH = lazy_pattern(
    r"^\W{0,3}(?:該等|该等|此等|此類|此类|上述|前述|當該|当該|該当|これらの|해당|그러한|이러한"
    r"|ऐसे|ऐसी|ऐसा|वे|उन्हें|उन्हे|अशा|असे|त्यांना|উক্ত|এরূপ|এমন|তাদের|তারা|ওই|ایسے|ایسی|ان\s|وہ\s"
    r"|அத்தகைய|அவர்கள்)"
    r"|^\W{0,3}\S+(?:\s+\S+){0,3}?\s*(?:ดังกล่าว|นั้น)"
    r"|^\W{0,3}(?:[\w-]+\s+){1,5}?(?:đó|nói\s+trên|này)\b|^\W{0,3}(?:Họ|Những\s+bên\s+này)\b"
)
_EXCEEDS = lazy_pattern(_EXCEED, re.IGNORECASE)
_CAP = lazy_pattern(_CAP_NOUN, re.IGNORECASE)


def with_placed_caps(passages: list[Passage], text: str) -> list[Passage]:
    """The passages, each applying a cap whose number stands in a definition, an annex or a
    clause it points to, read with that text after the cap's word (module docstring); `text`
    is the whole text, whose lines keep the clause numbers a passage is read without."""
    if not any(p.language in LANGUAGES for p in passages):
        return passages
    lines = text.splitlines()
    heads = [lines[p.line - 1] if 0 < p.line <= len(lines) else p.text for p in passages]
    out = list(passages)
    used: set[int] = set()
    for index, passage in enumerate(out):
        if passage.language not in LANGUAGES or _has_number(passage.text):
            continue
        if _EXCEEDS.search(passage.text) is None:
            continue
        placed = _placed(index, out, heads)
        if placed is None:
            continue
        at, sources = placed
        at = _word_end(passage.text, at)
        words = "; ".join(out[i].text for i in sources)
        text = f"{passage.text[:at]} ({words}){passage.text[at:]}"
        out[index] = replace(passage, text=text)
        used.update(sources)
    out = [replace(p, heading=True) if i in used else p for i, p in enumerate(out)]
    return _antecedents(out)


def _placed(
    index: int, passages: Sequence[Passage], heads: Sequence[str]
) -> tuple[int, list[int]] | None:
    """(where to insert, the passages holding the number) for a passage applying a cap."""
    text = passages[index].text
    for term, source in _definitions(passages, index).items():
        found = text.find(term)
        if found >= 0:
            return found + len(term), [source]
    cap = _CAP.search(text)
    annex = _ANNEX_REF.search(text)
    if annex is not None:
        rows = _annex_rows(passages, index, annex.group("label"))
        if rows:
            end = cap.end() if cap is not None and cap.start() >= annex.start() else annex.end()
            return end, rows
    clause = _CLAUSE_REF.search(text)
    if clause is not None and cap is not None:
        number = _value(next(g for g in clause.groups() if g))
        clause_at = _clause(passages, heads, index, number)
        if clause_at is not None:
            return cap.end(), [clause_at]
    return None


def _definitions(passages: Sequence[Passage], index: int) -> dict[str, int]:
    """Quoted terms defined with a number of a cap -> their passages (not `index`)."""
    found: dict[str, int] = {}
    for at, passage in enumerate(passages):
        match = _DEFINED.match(passage.text)
        if at != index and match is not None and _has_number(passage.text[match.end() :]):
            found.setdefault(match.group(1), at)
    return found


def _annex_rows(passages: Sequence[Passage], index: int, label: str | None) -> list[int]:
    """The passages of the annex a clause names (its label, else the first annex after the
    clause's own text): those after the annex's heading up to the next annex, with a number or
    read as sentences (a table's column headers aside)."""
    start = None
    for at, passage in enumerate(passages):
        head = _ANNEX_HEAD.match(passage.text)
        if at == index or head is None:
            continue
        if label is None or (head.group("label") or "").upper() == label.upper():
            start = at
            break
    if start is None:
        return []
    rows = []
    for at in range(start + 1, len(passages)):
        passage = passages[at]
        if _ANNEX_HEAD.match(passage.text):
            break
        if _has_number(passage.text) or not passage.heading:
            rows.append(at)
    return rows if any(_has_number(passages[at].text) for at in rows) else []


def _clause(
    passages: Sequence[Passage], heads: Sequence[str], index: int, number: int | None
) -> int | None:
    """The passage opening clause `number` (on its line) with a number of a cap in it."""
    for at, passage in enumerate(passages):
        head = _CLAUSE_HEAD.match(heads[at])
        if at == index or head is None or number is None:
            continue
        own = next((g for g in head.groups() if g), None)
        if own is not None and _value(own) == number and _has_number(passage.text):
            return at
    return None


_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _value(digits: str) -> int | None:
    """A clause number in any script's digits, or in kanji up to ninety-nine."""
    if all(unicodedata.digit(c, -1) >= 0 for c in digits):
        return int("".join(str(unicodedata.digit(c)) for c in digits))
    if "十" in digits:
        tens, _, ones = digits.partition("十")
        return _KANJI.get(tens, 1) * 10 + _KANJI.get(ones, 0)
    return _KANJI.get(digits)


def _antecedents(passages: list[Passage]) -> list[Passage]:
    """A passage opening with "such (licensees)" right after one applying a cap, with no
    number of its own: read with that passage in brackets after its opening words."""
    out = list(passages)
    for index in range(1, len(out)):
        before, passage = out[index - 1], out[index]
        if passage.language not in LANGUAGES or _has_number(passage.text):
            continue
        such = _SUCH.search(passage.text)
        if such is None or not _has_number(before.text) or not _EXCEEDS.search(before.text):
            continue
        text = f"{passage.text[: such.end()]} ({before.text}){passage.text[such.end() :]}"
        out[index] = replace(passage, text=text)
    return out


def _word_end(text: str, at: int) -> int:
    """The end of the word `at` falls in, in the scripts that space their words and inflect
    them (Indic and Arabic: "வரம்பை", "सीमाओं"); CJK and Thai words run on, so `at` stays."""
    spaced = _SPACED.match(text[at - 1 : at]) if at else None
    while spaced and at < len(text) and _SPACED.match(text[at]):
        at += 1
    return at


_SPACED = lazy_pattern(r"[\u0600-\u06ff\u0900-\u0dff]")


def annex_label(text: str) -> str | None:
    """The label of the annex a passage opens ("" for one without), None for another passage."""
    head = _ANNEX_HEAD.match(text)
    return None if head is None else (head.group("label") or "").upper()


def annex_ref(text: str) -> Iterator[re.Match[str]]:
    """The annexes a passage names."""
    return _ANNEX_REF.finditer(text)


def _has_number(text: str) -> bool:
    return any(value >= _MIN_COUNT for _, _, value in numbers(text))
