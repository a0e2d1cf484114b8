"""Lists of banned uses in other languages, for `terms.foreign`: a ban may introduce a list
("Queda prohibido utilizar el modelo para:" then "- fines militares;", or left open where its
line ends: "Sie dürfen das Modell nicht verwenden, um" then "- ..."), or a short heading of
banned uses may stand over one ("금지된 이용", "Usos proibidos"), or an exception of the uses
listed below ("다만 아래의 용도는 제외합니다"). Each item of it names the harms banned
(`foreign_uses`), read in the lead-in's language (an item is often too short for its own
language to be told); the list ends at a blank line (one right below a heading lead-in aside).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms import foreign_ro_hu_fi, foreign_six
from auditor.licenses.terms.foreign_annex_bans_asia import as_banned
from auditor.licenses.terms.foreign_harms_biometric import settle_biometric
from auditor.licenses.terms.foreign_more import LANGUAGES_MORE, ban_pattern, harm_patterns
from auditor.licenses.terms.foreign_uses import _CLAUSE_END, USE_LANGUAGES
from auditor.licenses.terms.foreign_uses import _ban as _use_ban
from auditor.licenses.terms.foreign_uses import _harms as _use_harms
from auditor.licenses.terms.foreign_weights import read_weights
from auditor.licenses.terms.foreign_zh import fold
from auditor.licenses.text.language import Passage, passages_where
from auditor.licenses.text.markup import split_lines

_FLAGS = re.IGNORECASE

_LEAD_IN_END = lazy_pattern(r"[:：]\s*$")


def read_lists(
    passages: Sequence[Passage], text: str
) -> tuple[dict[Passage, list[str]], list[Passage]]:
    """The items of lists a ban introduces in `text` (whose gated `passages` tell whether any
    lead-in is there), each with the harms it names: all its passages are read then, as an item
    in plain Latin letters ("- fines militares") may not pass the gate. The lead-ins of a list
    with such items are read too (with no harm of their own), unless they speak of commercial
    use (then the commercial cues read them). Second, the items naming no harm the readers know
    ("- Glücksspiel"), in the lead-in's language: a use banned that no reader reads, to be said
    unread (an item is often too short for its own language to be told)."""
    main = _main_language(passages)
    every = [_told(passage, main) for passage in passages_where(text, lambda _: True)]
    if not any(_is_lead_in(passage) or _is_open_lead_in(passage) for passage in every):
        return {}, []
    lines = split_lines(text)
    found: dict[Passage, list[str]] = {}
    unnamed: list[Passage] = []
    language: str | None = None
    last = 0
    group: list[Passage] = []  # the lead-ins of the list being read
    for passage in every:
        between = lines[last : passage.line - 1]
        # an item of one word may be taken for a heading: the lines run on, so it is an item
        if language is not None and all(line.strip() for line in between):
            if _is_lead_in(passage):  # a heading of banned uses under an "except below"
                group.append(passage)
                if not passage.heading and passage.language is not None:
                    # a sentence tells the language better than a short heading over it
                    # ("第4条（禁止事項）", all kanji, is told Chinese above a Japanese ban)
                    language = passage.language
                last = _past_blank_lines(lines, passage.line)
                continue
            item = fold(passage.text) if language == "zh" else passage.text  # 監控 -> 监控
            tags = list(dict.fromkeys(t for t, harm in _harms(language) if harm.search(item)))
            tags = settle_biometric(tags, item)  # sorted by biometrics: not identified
            if tags:
                found[passage] = tags
                for lead_in in group:
                    if _COMMERCIAL.search(lead_in.text) is None:
                        found.setdefault(lead_in, [])
            elif _WORD.search(passage.text) and not read_weights(language, passage.text):
                banned = as_banned(language, passage.text)  # zh..vi: the lead-in's ban word
                if banned is None or not read_weights(language, banned):
                    unnamed.append(replace(passage, language=language, heading=False))
            last = passage.line
            continue
        language, group = None, []
        if _is_lead_in(passage):
            language, group = passage.language, [passage]
            last = _past_blank_lines(lines, _lead_in_end(lines, passage))
        elif _is_open_lead_in(passage) and _items_follow(lines, passage):
            # its items go on from its last line: no blank line between
            language, group, last = passage.language, [passage], passage.line
    return found, unnamed


_WORD = lazy_pattern(r"[^\W\d_]{3}")


def _main_language(passages: Sequence[Passage]) -> str | None:
    """The language most of the text's list-reading passages are in: a short lead-in whose own
    language cannot be told ("Modellen må ikke anvendes") is read in it, so its items are read
    (or said unread) rather than dropped."""
    counts = Counter(str(p.language) for p in passages if p.language in _LIST_LANGUAGES)
    return counts.most_common(1)[0][0] if counts else None


def _told(passage: Passage, main: str | None) -> Passage:
    """A passage whose language could not be told, in the text's main language."""
    if passage.language is not None or main is None:
        return passage
    return replace(passage, language=main)


_ITEM = lazy_pattern(r"\s*(?:[-*+•]|\(?\w{1,3}[.)])\s")


def _lead_in_end(lines: Sequence[str], passage: Passage) -> int:
    """The number of a lead-in's last line: a sentence wrapped over lines ("... Queda prohibido
    usar el modelo o sus" / "resultados:") ends at the line with its colon, before a blank line
    or the first item; a heading is one line."""
    index = passage.line - 1
    if passage.heading:
        return passage.line
    while (
        index + 1 < len(lines)
        and _LEAD_IN_END.search(lines[index]) is None
        and lines[index + 1].strip()
        and _ITEM.match(lines[index + 1]) is None
    ):
        index += 1
    return index + 1


def _past_blank_lines(lines: Sequence[str], line: int) -> int:
    """The index after a lead-in's line and the blank lines right below it (a Markdown
    heading's list begins after a blank line)."""
    index = line
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _is_lead_in(passage: Passage) -> bool:
    """A ban ending in a colon ("Queda prohibido utilizar el modelo para:"), a short heading of
    banned uses ("금지된 이용", "Usos proibidos"), or a ban or exception of what is listed
    below ("다만 아래의 용도는 제외합니다")."""
    if passage.language not in _LIST_LANGUAGES:
        return False
    text = passage.text
    banned = _ban(str(passage.language)).search(text) is not None
    if _LEAD_IN_END.search(text) is not None and banned and not passage.heading:
        return True
    words = len(_CLAUSE_NUMBER.sub("", text).split())  # "§ 2 Modellen må ikke anvendes": 3 words
    # a table's header row of banned uses: "Nr. | Bereich | Untersagte Verwendung" (the full stop
    # of an abbreviation ends no clause)
    heading = _ABBREVIATION.sub(" ", text).rstrip(".:")
    if banned and words <= _HEADING_WORDS and not _CLAUSE_END.search(heading):
        return True
    return (banned or _EXCEPTED.search(text) is not None) and _BELOW.search(text) is not None


def _is_open_lead_in(passage: Passage) -> bool:
    """A ban whose sentence is left open where its line ends ("Sie dürfen das Modell nicht
    verwenden, um", "Licencjobiorca nie może wykorzystywać Modelu w celu"): no full stop,
    colon or closing mark, so it goes on in the items right below it. A ban complete in
    itself ("Militärische Zwecke verboten", a table row or an item of bans with no full stop:
    it names a harm, or the weights or outputs) is no lead-in."""
    if passage.language not in _LIST_LANGUAGES or passage.heading:
        return False
    language, text = str(passage.language), passage.text
    if _CLOSED_END.search(text) is not None or _ban(language).search(text) is None:
        return False
    own = any(harm.search(text) for _, harm in _harms(language))
    return not own and not read_weights(language, text)


def _items_follow(lines: Sequence[str], passage: Passage) -> bool:
    """Whether a marked item ("- ...", "1) ...", "a. ...") begins on one of the lines right
    after an open lead-in's first line, with no blank line before it."""
    for line in lines[passage.line : passage.line + _WRAPPED_LINES]:
        if not line.strip():
            return False
        if _MARKED_ITEM.match(line):
            return True
    return False


_WRAPPED_LINES = 3  # an open lead-in wraps over a few lines at most
_MARKED_ITEM = lazy_pattern(r"\s*(?:[-*+•–]|\(?\w{1,3}[.)])\s")


_CLOSED_END = lazy_pattern(r"[.;:!?。；：！？)\]\"'”»]\s*$")
_HEADING_WORDS = 4
_ABBREVIATION = lazy_pattern(
    r"(?<![\w-])(?:Nr|No|Nº|nr|lp|Lp|Pkt|Ziff|Nro|Sz|Nro|st|Núm|núm|Num|Br|br|Poz|poz|Č|č|Бр|бр)\."
)  # "Núm." (ca, es), "Br." (hr, sr), "Poz." (pl), "č." (cs, sk)
# a clause's number before its words: "§ 2", "3.", "4.1", "2)"
_CLAUSE_NUMBER = lazy_pattern(r"^\s*(?:§+\s*)?\d+(?:\.\d+)*[.)]?\s+")
# each language's ban and harm words: `foreign_uses`, `foreign_six`, `foreign_ro_hu_fi`, else
# `foreign_more`'s
_LIST_LANGUAGES = (
    USE_LANGUAGES | LANGUAGES_MORE | foreign_six.LANGUAGES_SIX | foreign_ro_hu_fi.LANGUAGES_RO_HU_FI
)


# languages close enough that a short heading or item of one is often told as the other
# ("Prepovedane rabe" told Croatian above Slovenian items): each reads the other's words too
_SIBLINGS = {"hr": ("sl", "sr"), "sl": ("hr",), "sr": ("hr",), "cs": ("sk",), "sk": ("cs",)}


@lru_cache(maxsize=64)
def _ban(language: str) -> re.Pattern[str]:
    own = _own_ban(language)
    siblings = [_own_ban(s) for s in _SIBLINGS.get(language, ()) if s in _LIST_LANGUAGES]
    if not siblings:
        return own
    return re.compile("|".join(p.pattern for p in (own, *siblings)), own.flags)


@lru_cache(maxsize=64)
def _harms(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    siblings = tuple(s for s in _SIBLINGS.get(language, ()) if s in _LIST_LANGUAGES)
    return tuple(pair for lang in (language, *siblings) for pair in _own_harms(lang))


def _own_ban(language: str) -> re.Pattern[str]:
    if language in USE_LANGUAGES:
        return _use_ban(language)
    if language in foreign_six.LANGUAGES_SIX:
        return foreign_six.ban_pattern(language)
    if language in foreign_ro_hu_fi.LANGUAGES_RO_HU_FI:
        return foreign_ro_hu_fi.ban_pattern(language)
    return ban_pattern(language)


def _own_harms(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    if language in USE_LANGUAGES:
        return _use_harms(language)
    if language in foreign_six.LANGUAGES_SIX:
        return foreign_six.harm_patterns(language)
    if language in foreign_ro_hu_fi.LANGUAGES_RO_HU_FI:
        return foreign_ro_hu_fi.harm_patterns(language)
    return harm_patterns(language)


_BELOW = lazy_pattern(
    r"아래|다음|以下|下記|下列|如下|次の|次に掲げる|\b(?:abaixo|a\s+seguir|seguintes|siguientes|a\s+continuación"
    r"|seguenti|di\s+seguito|suivantes?|ci-dessous|folgenden?|nachstehend\w*|aşağıda\w*"
    r"|poniżej|następując\w*|hieronder|volgende|berikut|følgende|nedenfor|nedenstående"
    r"|нижче|наступн\w*|по-долу|следните|sljedeć\w*|sledeć\w*|navedene|toliau|šādiem|šādos"
    r"|järgmis\w*|allpool|yafuatayo|zifuatazo|chini\s+ya|följande|nedan|následující\w*|níže"
    r"|următoar\w*|de\s+mai\s+jos|alábbi\w*|következő\w*|seuraav\w*)\b|dưới\s+đây|sau\s+đây"
    # id, ms, th, hi: "untuk keperluan di bawah ini", "ดังต่อไปนี้", "नीचे दिए गए", "निम्नलिखित"
    r"|\bdi\s+bawah\s+ini\b|\bseperti\s+(?:di\s+)?bawah\b|ต่อไปนี้|ข้างล่างนี้|नीचे|निम्नलिखित",
    _FLAGS,
)
_EXCEPTED = lazy_pattern(
    r"제외|除外|除外|\b(?:exceto|excepto|salvo|eccetto|tranne|sauf|ausgenommen|außer|hariç"
    r"|dışında|kecuali|behalve|z\s+wyjątkiem|undtagen|unntatt|крім|освен|osim|izuzev"
    r"|išskyrus|izņemot|välja\s+arvatud|isipokuwa|förutom|utom|kromě|s\s+výjimkou"
    r"|exceptând|cu\s+excep[țţ]ia|kivéve|paitsi|lukuun\s+ottamatta)\b|ngoại\s+trừ"
    r"|à\s+l'exception",
    _FLAGS,
)
_COMMERCIAL = lazy_pattern(
    r"comercia|commercia|commerci[eë]|komersi|kommerziell|gewerblich|komercyjn|ticar[iî]"
    r"|thương\s+mại|상업|영리|商用|商业|商業|営利|营利|коммерческ",
    _FLAGS,
)
