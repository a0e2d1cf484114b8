"""A use banned through a defined term, and a grant's exception naming a harm, in Arabic, Hebrew,
Persian, Turkish, Indonesian, Malay, Tagalog, Swahili, Hausa, Amharic and Yoruba (for
`terms.foreign`).

A definition is a quoted term followed by a colon, a dash, a comma or a word saying "means"
(or led by "what is meant by"): '«X»: ...', '"X" berarti ...', '"X" ማለት ...', 'منظور از «X» ...'.
When its body names a harm (the language's harm words, `foreign_lists`, or watching people,
`foreign_watch_words`), every other passage using the term is read with the body in brackets
after it (`resolve_defined_harms`), and the definition, read there, names (`heading`). The
passage then bans what the body describes when the term stands in a clause with a ban word or
after an exception to a grant ("every use, except the X"): `read_excepted_harms`. An exception
after a ban ("must not ... except ...") is a permission, not a ban, and is not read so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_lists import _LIST_LANGUAGES
from auditor.licenses.terms.foreign_lists import _ban as _list_ban
from auditor.licenses.terms.foreign_lists import _harms as _list_harms
from auditor.licenses.terms.foreign_watch_words import LANGUAGES, plain_yoruba, watches_people
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
_OPEN, _CLOSE = "«\"“„‹‘'", "»\"”“›’'"
_MEANS = (
    r"یعنی|عبارت\s+است\s+از|به\s+معنای|يعني|تعني|يقصد\s+به\w*|يُقصد\s+به\w*|هو|هي|פירושו|פירושה"
    r"|משמעו|משמעה|משמעותו|הוא|היא|ifadesi|terimi|anlamına\s+gelir|berarti|adalah|ialah|yaitu"
    r"|yakni|bermaksud|ertinya|merujuk\s+(?:pada|kepada)|ay|nangangahulugang|nangangahulugan"
    r"|tumutukoy\s+sa|maana\s+yake\s+ni|ina\s+maana\s+ya|inamaanisha|ni|na\s+nufin|yana\s+nufin"
    r"|tana\s+nufin|ማለት|tumo\s+si|túmọ̀\s+sí|itumo\s+re\s+ni"
)
_LEAD = (
    r"منظور\s+از|مقصود\s+از|المقصود\s+بـ?|يقصد\s+بـ?|يُقصد\s+بـ?|Yang\s+dimaksud\s+dengan"
    r"|Ang\s+ibig\s+sabihin\s+ng|Maksud\s+"
)
DEFINITION = lazy_pattern(
    rf"(?:(?P<lead>{_LEAD})\s*)?[{_OPEN}]\s*(?P<term>[^{_OPEN}{_CLOSE}\n]{{2,50}}?)\s*[{_CLOSE}]"
    rf"\s*(?:\([^)]{{0,60}}\)\s*)?(?:[:：]|\s[-–—]|,|،|\s(?:{_MEANS})\b"
    rf"|(?(lead)\s|(?!)))\s*(?:(?:{_MEANS})\s+)?"
    r"(?P<body>[^.;؛።!?]{5,400})",
    _FLAGS,
)
# a word excepting a use from a grant ("except", "other than", "excluding")
_EXCEPT: dict[str, str] = {
    "fa": r"به[\s\u200c]?جز|بجز|به\s+استثنای|باستثنای|جز\s+(?:در|برای)|غیر\s+از",
    "ar": r"باستثناء|ما\s+عدا|فيما\s+عدا|عدا",
    "he": r"למעט|פרט\s*ל|חוץ\s*מ|מלבד|להוציא",
    "tr": r"\b(?:hariç|dışında|haricinde|istisna\w*|müstesna)\b",
    "id": r"\b(?:kecuali|selain\s+(?:untuk|dari|daripada)|dengan\s+pengecualian|melainkan)\b",
    "ms": r"\b(?:kecuali|selain\s+(?:untuk|dari|daripada)|dengan\s+pengecualian|melainkan)\b",
    "tl": r"\b(?:maliban|bukod\s+sa|liban\s+sa|hindi\s+kasama)\b",
    "sw": r"\b(?:isipokuwa|bila\s+kujumuisha)\b",
    "ha": r"\b(?:sai\s+dai|ban\s+da|face\s+da)\b",
    "am": r"በስተቀር|ሳይጨምር",
    "yo": r"\b(?:ayafi|yato\s+si)\b",
}
_POSTPOSED = frozenset({"tr", "am"})  # the exception word follows what it excepts
# a ban word where `foreign_lists` has none for the language
_BAN: dict[str, str] = {
    "ha": r"\b(?:an\s+hana|haramun|ba\s+a\s+yarda|kada\s+(?:a|ka|ku))\b",
    "am": r"የተከለከለ|ክልክል|አይፈቀድም|የለብዎትም|የለበትም",
    "yo": r"\b(?:a\s+ko\s+gba|ko\s+gbodo|ewo|a\s+ka\s+leewo|leewo)\b",
}
_CLAUSE_END = lazy_pattern(
    r"[.;؛።!?]|(?:^|\s)(?:اما|ولی|لكن|אבל|ancak|ama|tetapi|namun|ngunit|pero|lakini|amma|ṣugbọn"
    r"|sugbon)(?=\s)",
    _FLAGS,
)


@cache
def _pattern(words: str) -> re.Pattern[str]:
    return re.compile(words, _FLAGS)


def _ban(language: str) -> re.Pattern[str] | None:
    if language in _BAN:
        return _pattern(_BAN[language])
    return _list_ban(language) if language in _LIST_LANGUAGES else None


def harm_tags(language: str, text: str) -> list[str]:
    """The harms `text` names in `language`: its harm words, and watching people."""
    tags = (
        [t for t, p in _list_harms(language) if p.search(text)]
        if language in _LIST_LANGUAGES
        else []
    )
    if "surveillance" not in tags and watches_people(language, text):
        tags.append("surveillance")
    return tags


def _language(passage: Passage) -> str | None:
    return passage.language if passage.language in LANGUAGES else None


def defined_harms(passages: list[Passage]) -> dict[str, str]:
    """The terms the passages define whose body names a harm -> the body."""
    terms: dict[str, str] = {}
    for passage in passages:
        language = _language(passage)
        if language is None:
            continue
        for match in DEFINITION.finditer(passage.text):
            term, body = match.group("term").strip(), match.group("body").strip()
            if term not in terms and harm_tags(language, body):
                terms[term] = body
    return terms


def resolve_defined_harms(passages: list[Passage]) -> list[Passage]:
    """The passages, each using a term defined by a harm read with the definition's body in
    brackets after it; the definitions used so marked as naming."""
    terms = defined_harms(passages)
    if not terms:
        return passages
    names = sorted(terms, key=len, reverse=True)
    uses = [(n, re.compile(re.escape(n) + r"\w*[»\"”’']?", _FLAGS)) for n in names]
    used: set[str] = set()
    resolved: list[Passage] = []
    for passage in passages:
        defined = {m.group("term").strip() for m in DEFINITION.finditer(passage.text)}
        if _language(passage) is None or defined:
            resolved.append(passage)
            continue
        text = passage.text
        for name, use in uses:
            found = use.search(text)
            if found is not None:
                used.add(name)
                text = f"{text[: found.end()]} ({terms[name]}){text[found.end() :]}"
        resolved.append(replace(passage, text=text) if text != passage.text else passage)
    return [_marked(p, used) for p in resolved]


def _marked(passage: Passage, used: set[str]) -> Passage:
    if _language(passage) is None:
        return passage
    defined = {m.group("term").strip() for m in DEFINITION.finditer(passage.text)}
    rest = DEFINITION.sub(" ", passage.text)
    only = len(re.findall(r"[^\W\d_]{2,}", rest)) <= _OTHER_WORDS
    return replace(passage, heading=True) if defined and defined <= used and only else passage


_OTHER_WORDS = 3  # a clause number and caption before a definition


def read_excepted_harms(language: str | None, text: str) -> list[Clause]:
    """`use_restrictions` for the harms a clause excepts from a grant or bans, in these
    languages (the harms `foreign_watch_words` reads that the ban readers do not know, and
    any harm after an exception word); a definition's own body states no ban."""
    if language not in LANGUAGES:
        return []
    text = DEFINITION.sub(" ", text)
    if language == "yo":
        text = plain_yoruba(text)
    excepted = _pattern(_EXCEPT[language])
    ban = _ban(language)
    postposed = language in _POSTPOSED
    tags: list[str] = []
    for clause in _CLAUSE_END.split(text):
        found = excepted.search(clause)
        banned = ban.search(clause) if ban is not None else None
        if (
            found is not None
            and banned is not None
            and (banned.start() < found.start()) != postposed
        ):
            continue  # "must not ... except": the exception permits
        if found is not None:
            excepted_part = clause[: found.start()] if postposed else clause[found.end() :]
            named = harm_tags(language, excepted_part)
        elif banned is not None:  # what the language's ban reader does not see already
            known = language in _LIST_LANGUAGES and any(
                t == "surveillance" and p.search(clause) for t, p in _list_harms(language)
            )
            named = ["surveillance"] if watches_people(language, clause) and not known else []
        else:
            continue
        tags.extend(t for t in named if t not in tags)
    return [Clause("use_restrictions", tags)] if tags else []
