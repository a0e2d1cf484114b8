"""Finds a document's own title where it is not a clean first line: in brackets (`【…】`,
`[…]`, `《…》`), after a preamble of prose, and never an all-caps sentence ("YOU MUST READ
THESE TERMS BEFORE USING THE MODEL") that names the terms without being their title.

Read by `own_name.extract_titles`. The reference fingerprints keep `normalize.extract_title`
(their stored titles stay as built); a document's own title is read here.
"""

from __future__ import annotations

import re

from auditor.fileio.compiled_patterns import compile_pattern
from auditor.licenses.names import LETTER_DIGIT
from auditor.licenses.text.copyright_notices import copyright_marks
from auditor.licenses.text.normalize import (
    display_line,
    is_heading_line,
    is_title_like,
    title_of_line,
)
from auditor.licenses.text.unicode_fold import join_line_end_hyphens

_LEADING_LINES = 12  # as `normalize.extract_title` scans
_LEADING_CHARS = 4000
_PREAMBLE_LINES = 80
_PREAMBLE_CHARS = 8000
_BRACKETS = {"【": "】", "[": "]", "《": "》", "「": "」", "〔": "〕", "〖": "〗"}
_CLAUSE_START = compile_pattern(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|\(?[a-z]\)\s|(?:section|article|clause)\s+\d|§)", re.I
)
"""A numbered clause: the body has begun, and a title no longer follows."""
_STRUCTURED = compile_pattern(r"^\s*(?:---\s*$|[\w-]+:(?:\s|$)|\|)")
"""Front matter, a `key: value` line or a table row: a head of data, not a preamble."""
_SECTION = compile_pattern(r"\b(?:this|these|entering|acceptance)\b", re.I)
"""Words of a section heading about the agreement (`ENTERING INTO THIS AGREEMENT`), not its
title: past the leading lines, such a heading is never taken for one."""
_PROSE_END = compile_pattern(r"[.!?。！？]\s*$")
_CJK_TITLE = compile_pattern(
    r"^[#*\s]*[^\s.,;:!?。，、；：！？()（）][^.,;:!?。，、；：！？()（）]{0,30}?"
    r"(?:许可协议|許可協議|许可证|許可證|许可|許可|协议|協議|ライセンス|利用規約|라이선스|이용약관"
    # ja: an agreement or the conditions of a grant (使用許諾契約, 利用許諾契約書, 許諾条件,
    # ライセンス契約, 利用条件); ko: a licence agreement (라이선스 계약, 이용허락계약서)
    r"|(?:使用|利用)?許諾(?:契約書?|条件|条項)|ライセンス(?:契約書?|条件|規約)|(?:利用|使用)条件"
    r"|(?:라이선스|라이센스|사용권|이용권|이용\s*허락|사용\s*허락)\s*(?:계약서?|조건|약관))"
    # a version's qualifier in brackets after it: (정본), （正文）, (日本語版), (参考訳)
    r"(?:\s*[(（][^()（）.,;:!?。]{1,12}[)）])?[#*\s]*$"
)
"""A heading in a script without case (`云雀模型社区许可协议`, `ツグミ画像モデル ライセンス`):
a short line without punctuation ending in a license noun, which upper case cannot mark."""
_FOREIGN_NOUN = (
    r"(?:\w*lizenz\w*|nutzungsbedingungen|licence|licencia|licença|licenca|licenza|licencj[ai]"
    r"|lisans\w*|giấy\s+phép|лицензи\w*|licentie\w*|lisensi|ترخيص|الترخيص|رخصة|اتفاقية\s+ترخيص"
    # terms of use: "Condiciones de uso del modelo ...", "Conditions d'utilisation de ..."
    r"|(?:condiciones|términos|termos|condições)\s+de\s+uso|conditions\s+(?:générales\s+)?"
    r"d'utilisation|(?:termini|condizioni)\s+d'uso|gebruiksvoorwaarden|licentievoorwaarden"
    r"|warunki\s+(?:korzystania|użytkowania)|kullanım\s+koşulları|điều\s+khoản\s+sử\s+dụng"
    r"|(?:syarat|ketentuan)\s+penggunaan|условия\s+использования"
    # Malay, Indonesian, Filipino, Vietnamese terms or conditions of use ("Terma Penggunaan
    # Model X", "Syarat-syarat Pemakaian", "Mga Tuntunin ng Lisensiya", "Điều kiện sử dụng")
    r"|(?:terma|syarat(?:-syarat)?|ketentuan)\s+(?:penggunaan|pemakaian|lesen)|lisensi?ya"
    r"|(?:mga\s+)?(?:tuntunin|kondisyon)(?:\s+(?:ng|sa)\s+(?:paggamit|lisensi?ya))?"
    r"|điều\s+kiện\s+sử\s+dụng"
    # Swedish, Danish and Norwegian, Greek, Hebrew, Hindi, Thai
    r"|licens(?:en|er|erna|avtal\w*|villkor\w*)?(?!\w)|lisens\w*|άδεια(?:\s+χρήσης)?|רישיון|רשיון|लाइसेंस|สัญญาอนุญาต"
    # Romanian, Hungarian, Finnish
    r"|licen[țţ][aăei]\w*|engedély\w*|felhasználási\s+feltételek|käyttölupa|käyttöehdot"
    # the terms (conditions) of the model, alone or compounded: "Villkor för X", "Vilkår for
    # X", "Bedingungen für X", "Voorwaarden voor X", "X:n ehdot", "X feltételei"
    r"|\w*villkor(?:en)?(?!\w)|\w*vilkår(?:ene)?(?!\w)|\w*bedingungen(?!\w)|\w*voorwaarden(?!\w)"
    r"|\w*ehdot(?!\w)|\w*feltétel(?:ek|ei)(?!\w)"
    # an agreement of use: "Nutzungsvertrag für X", "Gebruiksovereenkomst", "Bruksavtale"
    r"|nutzungsvertrag|gebruiksovereenkomst|licentieovereenkomst|brugsaftale|bruksavtale"
    r"|käyttösopimus|felhasználási\s+szerződés"
    # terms of use and licence agreements in Nordic languages, Finnish, Czech, Romanian and
    # Hungarian ("Bruksvilkår for modellen X", "Käyttöoikeussopimus", "Licenční podmínky")
    r"|bruksvilkår|brugsvilkår|brugsbetingelser|licensbetingelse\w*|licensvilkår"
    r"|användarvillkor|användningsvillkor|käyttöoikeussopimus|käyttöoikeusehdot"
    r"|licenční\s+(?:podmínky|smlouva)|podmínky\s+(?:užití|použití|užívání)"
    # Slovak ("Podmienky používania modelu X", "Licenčné podmienky")
    r"|licenčn[éá]\s+(?:podmienky|zmluva)|podmienky\s+(?:používania|použitia|užívania|licencie)"
    r"|condi[țţ]ii(?:le)?\s+de\s+utilizare|licencszerződés\w*|licencfeltétel\w*"
    # Ukrainian, Bulgarian, Serbian, Croatian, Lithuanian, Estonian, Malay, Swahili, Bengali,
    # Persian
    r"|ліценз\w*|лиценз\w*|лиценц\w*|licenc[aeiu]|licencij\w*|litsents\w*|lesen|leseni"
    r"|লাইসেন্স|مجوز"
    # Hausa ("Lasisin Amfani da ...", "Sharuɗɗan Lasisi")
    r"|lasisi\w*"
    # terms of use in Bengali, Persian, Swahili and Arabic ("... ব্যবহারের শর্তাবলি", "شرایط
    # استفاده از ...", "اجازه‌نامهٔ ...", "Masharti ya Matumizi ya ...", "شروط استخدام ...")
    r"|শর্তাবল[িী]|ব্যবহারের\s+শর্ত\w*|شرایط\s+(?:استفاده|مجوز)|اجازه\u200c?نامه\S*"
    r"|masharti\s+ya\s+(?:matumizi|leseni)|شروط\s+(?:ال)?(?:استخدام|استعمال|الترخيص)"
    # terms of use or of a licence in Greek (the noun inflected: "Όροι άδειας", "Όροι χρήσης"),
    # Ukrainian, Hebrew and Thai ("Умови використання", "תנאי שימוש", "ข้อตกลงการใช้")
    r"|(?:όροι|οροι)\s+(?:άδει\w*|αδει\w*|χρήσ\w*|χρησ\w*)|άδει(?:ας|ες|ών)"
    r"|умови\s+(?:використання|користування|ліценз\w*)|תנאי\s+(?:ה)?(?:שימוש|רישיון|רשיון)"
    r"|(?:ข้อตกลง|เงื่อนไข|ข้อกำหนด)(?:และเงื่อนไข)?การ(?:ใช้|อนุญาต)\S*"
    # terms of use or of a licence in Lithuanian, Latvian, Estonian, Slovene, Croatian, Serbian
    # and Bulgarian ("Naudojimo sąlygos", "Pogoji uporabe", "Uvjeti korištenja", "Условия за
    # ползване", "Kasutustingimused")
    r"|(?:licencijos|naudojimo)\s+sąlyg\w*|licenčn\w*\s+pogoj\w*|pogoj\w*\s+(?:uporabe|licenc\w*)"
    r"|(?:uvjeti|uslovi)\s+(?:korištenja|korišćenja|upotrebe|licenc\w*)|licencn\w*\s+uvjet\w*"
    r"|услови\s+(?:коришћења|употребе|лиценц\w*)|условия\s+(?:за\s+ползване|на\s+лиценз\w*)"
    r"|\w*tingimused(?!\w)|(?:lietošanas|licences)\s+noteikumi)"
)
_FOREIGN_TITLE = compile_pattern(
    r"^[#*\s]*(?:"
    + _FOREIGN_NOUN
    + r"[^.,;:!?。]{0,80}?|[^.,;:!?。]{1,80}?\s"
    + _FOREIGN_NOUN
    + r")"
    r"[#*\s]*$",
    re.IGNORECASE,
)
"""A heading in another language that starts or ends with its license noun (`Licencja
modelu Gil-8B`, `Serçe-3B Model Lisansı`, `GIẤY PHÉP MÔ HÌNH ...`, `ترخيص نموذج ...`): a
short line without punctuation, which the English title words do not name."""
_FOREIGN_TITLE_WORDS = 10
_SENTENCE_OPENER = frozenset(
    {"you", "we", "by", "please", "if", "before", "read", "when", "unless", "to"}
)
_FIRST_WORD = compile_pattern(r"[^\W\d_]+")
_SENTENCE_WORD = compile_pattern(
    r"\b(?:must|shall|should|will|can|cannot|carefully|agree|agreeing|accept|accepting"
    r"|downloading|installing|using)\b|\bmay\b(?!\s+\d)",
    re.I,
)


def find_title(text: str) -> str | None:
    """The document's own title: the first leading line that is a title and no sentence, or
    a title in brackets; else a heading standing alone after a preamble of prose, before the
    first numbered clause."""
    lines = [line for line in _lines(text[:_LEADING_CHARS]) if line.strip()][:_LEADING_LINES]
    for line, following in zip(lines, [*lines[1:], ""][: len(lines)], strict=True):
        bracketed = line.lstrip(" \t#*")[:1] in _BRACKETS
        found = bracketed_title(line) if bracketed else _plain_title(_whole_word(line, following))
        if found is None and _CJK_TITLE.match(_untagged(line)) is not None:
            found = display_line(line)  # a heading in a script without case ending in its noun
        if found is None and (_is_foreign_title(line) or _is_marked_foreign_title(line)):
            found = display_line(line)  # a heading in another language naming its license
        if found is not None:
            return found
    return _after_preamble(text)


def _untagged(line: str) -> str:
    """A line without its HTML tags (`<h1>물총새-7B 라이선스</h1>`)."""
    return _TAG.sub("", line).strip()


_TAG = compile_pattern(r"</?[A-Za-z][^<>]{0,200}>")
_MARKED = compile_pattern(r"^\s*(?:#{1,6}\s|<h[1-6][\s>]|\*\*)", re.IGNORECASE)
_FOREIGN_NOUN_WORD = compile_pattern(r"(?<![\w-])" + _FOREIGN_NOUN + r"(?![\w-])", re.IGNORECASE)


def _is_marked_foreign_title(line: str) -> bool:
    """A marked heading (`#`, `<h1>`, bold) in another language with its license noun inside
    (`# Contrato de Licença do Modelo X`, `# Leylek-7B Lisans Özeti ve Koşulları`): a short line
    without punctuation naming something of its own, not a numbered clause."""
    if _MARKED.match(line) is None:
        return False
    shown = display_line(line)
    # a version in the qualifier after it is no punctuation of the title's ("(versão 1.1)")
    own = _unqualified(shown)
    if re.search(r"[.,;:!?。]", own) or len(own.split()) > _FOREIGN_TITLE_WORDS:
        return False
    noun = _FOREIGN_NOUN_WORD.search(own)
    if noun is None or _CLAUSE_START.match(shown) is not None:
        return False
    # a name of its own beside the noun (`Garça-13B`, `Modelo`): not a section heading
    # ("## Sobre a licença")
    rest = (own[: noun.start()] + " " + own[noun.end() :]).split()[1:]
    return any(word[:1].isupper() or any(c.isdigit() for c in word) for word in rest)


def _is_foreign_title(line: str) -> bool:
    text = line.strip()
    titled = _FOREIGN_TITLE.match(text) or _FOREIGN_NAMED_TITLE.match(text)
    if titled is None or len(_unqualified(text).split()) > _FOREIGN_TITLE_WORDS:
        return False
    return _CLAUSE_START.match(text.lstrip("#* ")) is None


def _unqualified(title: str) -> str:
    """A title without the qualifier in brackets after it (`GIẤY PHÉP MÔ HÌNH X (bản tiếng Việt
    – bản gốc)`, `Licencja X (tłumaczenie)`): its words are not the title's own."""
    return _QUALIFIER_END.sub("", title)


_QUALIFIER_END = compile_pattern(r"\s*[(（][^()（）]{1,40}[)）][#*\s]*$")
_FOREIGN_NAMED_TITLE = compile_pattern(
    r"^[#*\s]*"
    + _FOREIGN_NOUN
    + r"\s*[:\u2013\u2014-]\s+(?-i:[A-Z0-9À-Ý])[^.,;:!?。]{0,60}?[#*\s]*$",
    re.IGNORECASE,
)
"""The license noun, a colon or dash, then the model's name (`Käyttöoikeussopimus: Kuikka-7B`,
`Licența – Pescăruș-7B`): a title naming what it licenses."""


_HYPHENATED_END = compile_pattern(r"[^\W\d_]-[ \t]*$")
_WORD_REST = compile_pattern(r"[ \t]*([^\W\d_]+)")


def _whole_word(line: str, following: str) -> str:
    """The line with a word hyphenated across its end made whole from the next line
    (`License Agreem-` over `ent Version: 1.0`: `License Agreement`), by the rules the
    normaliser joins such words with (a compound like `Non-` / `commercial` keeps its hyphen)."""
    rest = _WORD_REST.match(following)
    if _HYPHENATED_END.search(line) is None or rest is None or not rest.group(1).islower():
        return line
    joined = join_line_end_hyphens(f"{line.rstrip()}\n{rest.group(1)}")
    return line if "\n" in joined else joined


def bracketed_title(line: str) -> str | None:
    """The title a whole line holds in brackets (`【Kestrel 模型许可协议】`, `[Kestrel Model
    License]`, `《…》`); None for a Markdown link or a line that is no title."""
    shown = display_line(line)
    closer = _BRACKETS.get(shown[:1])
    if closer is None or not shown.endswith(closer) or len(shown) < 3:
        return None
    inner = " ".join(shown[1:-1].split())
    if not inner or any(c in inner for c in (*_BRACKETS, *_BRACKETS.values())):
        return None  # nested or several bracketed pieces: `[a](b)` links, `[x] [y]`
    return inner if is_title_like(inner) and not reads_as_sentence(inner) else None


def reads_as_sentence(title: str) -> bool:
    """Whether a title-like line is a sentence about the terms, not their title: it opens
    with a pronoun or instruction (`You`, `By downloading`, `Please`) or holds a modal or a
    verb of acceptance (`must`, `shall`, `carefully`, `accept`)."""
    first = _FIRST_WORD.search(title)
    if first is None:
        return False
    return first.group().lower() in _SENTENCE_OPENER or _SENTENCE_WORD.search(title) is not None


def _plain_title(line: str) -> str | None:
    shown = title_of_line(_before_notice(_POINTER.sub("", line)))
    if shown is None:  # "X License (partial copy)", "X Terms - as amended by Y": X's title
        qualified = _QUALIFIED.match(display_line(line))
        shown = title_of_line(qualified.group("head")) if qualified else None
    return None if shown is None or reads_as_sentence(shown) else shown


_FILE_NAME = r"[\w.-]*(?:LICEN[CS]E|COPYING|NOTICE)[\w.-]*"
_POINTER = compile_pattern(
    rf",?\s*\((?:(?:see|cf\.?|in)\s+(?:the\s+)?(?:file\s+)?{_FILE_NAME}(?:\s+file)?"
    rf"|{_FILE_NAME}(?:\s+or\s+\S+)?)\)\s*$",
    re.IGNORECASE,
)
"""A pointer after a license's name to the file holding its text ("Apache License, Version 2.0
(see LICENSE-APACHE)", "MIT license (LICENSE-MIT or <address>)"): no part of the name."""
_QUALIFIER = (
    r"(?:as\s+)?(?:partial|excerpt|extract|abridged|summary|shortened|truncated|incomplete"
    r"|unofficial|copy|reproduction|amended|modified|changed|adapted|customi[sz]ed|altered"
    r"|revised)\b"
)
_QUALIFIED = compile_pattern(
    rf"(?P<head>.+?)\s*(?:\((?=(?:\w+\s+)?{_QUALIFIER})[^()]{{1,60}}\)"
    rf"|\s[-\u2013\u2014:]\s+(?=(?:\w+\s+){{0,2}}{_QUALIFIER}).{{1,100}})\s*$",
    re.IGNORECASE,
)
"""A title with a qualifier after it saying what copy of it this is: a part, a summary, an
unofficial or amended copy (the qualifier is no part of the license's name)."""


def _before_notice(line: str) -> str:
    """The line up to a copyright notice run into it (a title rewrapped onto one line with
    the notice under it): a notice names who holds the text, never the terms."""
    lowered = line.lower()
    if len(lowered) != len(line):  # lower-casing moved the offsets: read the line as it is
        return line
    found = next(copyright_marks(lowered), None)
    if found is None or not line[: found.start()].strip():
        return line
    # the title's own full stop or dash before the notice (`Kestrel Open Licence. Copyright
    # 2026 Kestrel Lab.`) ends the title, it is no sentence of it
    return line[: found.start()].rstrip().rstrip(".,;:-\u2013\u2014").rstrip()


def _after_preamble(text: str) -> str | None:
    """The first heading (marked or upper case) standing alone between blank lines after
    prose (a line ending a sentence), when it is title-like and no sentence, before the first
    numbered clause; none when the head is data (front matter, `key: value` lines, a table)."""
    lines = _lines(text[:_PREAMBLE_CHARS])[:_PREAMBLE_LINES]
    prose = False
    for i, line in enumerate(lines):
        if _CLAUSE_START.match(line) or _STRUCTURED.match(line):
            return None  # the body began, or the head is data (front matter, a table)
        alone = (i == 0 or not lines[i - 1].strip()) and (
            i + 1 == len(lines) or not lines[i + 1].strip()
        )
        cjk = _CJK_TITLE.match(line.strip()) is not None  # its license noun makes it a title
        if prose and alone and (is_heading_line(line) or cjk):
            # the first heading after the preamble is the title, or there is none
            shown = display_line(line)
            title = cjk or (is_title_like(shown) and not reads_as_sentence(shown))
            return shown if title and not _SECTION.search(shown) else None
        prose = prose or _PROSE_END.search(line) is not None
    return None


_HEAD_VERSION = compile_pattern(
    r"^[ \t#*]*version[ \t]*[:：]?[ \t]*v?(\d+(?:\.\d+)*)\b", re.I | re.M
)
_HEAD_VERSION_LINES = 6


def head_version(text: str) -> str | None:
    """The version a document's head states on a line of its own (`Version: 2.1`,
    `Version 2.0, January 2004`), when its title does not."""
    head = "\n".join(
        [line for line in _lines(text[:_LEADING_CHARS]) if line.strip()][:_HEAD_VERSION_LINES]
    )
    found = _HEAD_VERSION.search(head)
    return None if found is None else found.group(1)


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


_VERSION = compile_pattern(r"(?<![\w.])(\d+(?:\.\d+)*)(?![\w.]*[^\W\d_])")
_YEAR = compile_pattern(r"(?:19|20)\d\d")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = compile_pattern(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?=\s*(?:,|\d{{4}}|$))"  # July 5, 2024
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?=\s+\d{{4}}|\s*$|\s*,)"  # 5 July 2024
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b",  # 2024-07-05
    re.IGNORECASE,
)
"""A date in a title ("Last Updated: July 5, 2024"): its day is no version."""


def versions_in(text: str) -> set[str]:
    """Version numbers named in a title or name (`Llama 3.1` -> 3.1, `Qwen2.5` -> 2.5), without
    model sizes (`11B`), years, dates (`July 5, 2024`) or trailing `.0` (`1.0` -> 1)."""
    spaced = LETTER_DIGIT.sub(" ", _DATE.sub(" ", text).lower())
    found = set()
    for number in _VERSION.findall(spaced):
        if _YEAR.fullmatch(number):
            continue
        while number.endswith(".0"):
            number = number[: -len(".0")]
        found.add(number)
    return found
