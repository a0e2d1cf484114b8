"""Whole passages read apart from the cues (session 38), for `terms.foreign`: Welsh, Belarusian,
Lithuanian and Basque sentences no cue table reads, formal German (`foreign_german_s38eu`),
Romance grants free of charge, credits and licences granted (`foreign_romance_s38eu`), and
the territorial clauses of Breton and Sardinian (`foreign_territory_s38eu`).

- Welsh: a use for money or commercial gain denied ("Ni chewch ei ddefnyddio ... er mwyn ennill
  arian nac er budd masnachol"): commercial use `prohibited`, as beside a non-commercial grant;
  a sentence naming a permission, an exception or a condition ("heb ganiatâd", "oni bai", "os")
  is a route, not a ban, and stays unread. The law of Wales and England chosen ("yn cael ei
  llywodraethu gan gyfraith Cymru a Lloegr"): `governing_law` GB.
- Belarusian (told by its letters: "і" with "ы", "э" or "ў", which Ukrainian and Russian
  never hold together): a use banned ("Забаронена выкарыстоўваць мадэль для ...") naming
  medical advice, military use or weapons: `use_restrictions`; the ban on medical advice only
  by persons without a licence to practise ("асобамі, якія не маюць ліцэнзіі") is
  `unlicensed-professional-practice` beside it. A ban naming no harm here stays unread. The
  law chosen ("Ліцэнзія рэгулюецца правам Літоўскай Рэспублікі"): `governing_law`.
- Lithuanian: use for any purpose except commercial ("bet kokiu tikslu, išskyrus komercinį"),
  or for non-commercial ends only: commercial use `prohibited`; internal use said not to be
  commercial with the negation after it ("Naudojimas savo organizacijos viduje ... komerciniu
  nelaikomas"), or commercial use defined by a dash as providing the model to third parties
  ("komercinis naudojimas – tai ... teikimas trečiosioms šalims"): `use_scope`
  `internal-use-by-anyone`, as `foreign_internal_use` reads the other European languages.
- Basque: a table of uses whose header asks whether each is allowed ("Erabilera |
  Baimenduta?"), or that a sentence before it leads in: a row answered "Ez" (no) naming
  military use, weapons or covert watching is a `use_restrictions` ban, one answered "Bai"
  naming commercial products commercial use `allowed`; the sentence leading the table in
  ("Beheko taulan "Ez" duten erabileretarako ez dago inolako baimenik": no permission for the
  uses marked "Ez") is read with them, but only when every "Ez" row names a harm known here
  (else it stays unread, and says so).
- Croatian, Serbian, Bosnian and Slovene (Latin letters): the terms of commercial use said to
  be set out in an annex or another file ("Uvjeti komercijalne uporabe navedeni su u Dodatku
  A"): a route to commercial use there (`annex_route_s38eu`), so a grant for non-commercial
  ends beside it bans nothing (the annex's own reading says what commercial use needs, and
  the documents combine); the pointer states no term of its own. A negation in the sentence
  ("nisu", "ne") leaves it unread.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_german_s38eu import read_german_s38eu
from auditor.licenses.terms.foreign_romance_s38eu import read_romance_s38eu
from auditor.licenses.terms.foreign_territory_s38eu import territory_s38eu
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["annex_route_s38eu", "read_s38eu"]

_FLAGS = re.IGNORECASE
_PROHIBITED = [Clause("commercial_use", "prohibited")]
_INTERNAL_SCOPE = [Clause("use_scope", ["internal-use-by-anyone"])]

# cy: a use denied ("Ni chewch", "Ni chaniateir", "Gwaherddir") for money or commercial gain
_CY_DENIED = lazy_pattern(
    r"\bni\s+(?:chewch|chaiff|cheir|chaniateir|ellir|ellwch|ddylech)\b|\bgwaherdd\w*", _FLAGS
)
_CY_GAIN = lazy_pattern(
    r"\b(?:f|m)asnachol\b|\bennill\s+arian\b|\belw\b|\bbudd\s+ariannol\b|\bmasnach\b", _FLAGS
)
# a permission, an exception, a condition: a route or a narrower ban, not this one
_CY_MORE = lazy_pattern(
    r"\bheb\b|\bganiatâd\b|\bcaniatâd\b|\bganiatad\b|\boni\s+bai\b|\bac\s+eithrio\b|\bos\b"
    r"|\bond\b|\bdefnyddwyr\b|\bdros\b|\bmwy\s+na\b",
    _FLAGS,
)
_CY_LAW = lazy_pattern(
    r"\b(?:llywodraeth\w*|lywodraeth\w*|ddarostyngedig)\b[^.;]{0,40}?\b(?:gyfraith|cyfraith"
    r"|nghyfraith|deddfau)\s+(?:Cymru(?:\s+a\s+Lloegr)?|Lloegr(?:\s+a\s+Chymru)?"
    r"|y\s+Deyrnas\s+Unedig)\b",
    _FLAGS,
)

# be: its letters, a ban, the harms named, and "persons without a licence to practise"
_BE_LETTERS = (lazy_pattern(r"і"), lazy_pattern(r"[ыэў]"))
_BE_BANNED = lazy_pattern(
    r"(?<!\w)(?:забаронен\w*|забараняецца|забараняюцца|нельга|не\s+дазваляецца"
    r"|не\s+можа\s+выкарыстоўвацца)(?!\w)",
    _FLAGS,
)
_BE_HARMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("medical-advice", lazy_pattern(
        r"медыцынск\w*\s+(?:\w+\s+)?(?:парад|кансультац|дыягназ|дыягност|аналіз)\w*"
        r"|дыягнаставан\w*|пастаноўк\w*\s+дыягназ\w*", _FLAGS)),
    ("military", lazy_pattern(r"ваенн\w*|вайсков\w*|ваенных\s+мэт\w*", _FLAGS)),
    ("weapons", lazy_pattern(r"(?<!\w)збро\w*", _FLAGS)),
)  # fmt: skip
_BE_UNLICENSED = lazy_pattern(
    r"(?:не\s+маюць|без)\s+(?:\w+\s+){0,2}?ліцэнзі\w*|неліцэнзаван\w*|без\s+(?:адпаведнай\s+)?"
    r"кваліфікацыі",
    _FLAGS,
)
_BE_LAWS: tuple[tuple[str, str], ...] = (
    (r"Літоўск\w*\s+Рэспублік\w*|Літвы", "LT"), (r"Рэспублік\w*\s+Беларусь|Беларусі", "BY"),
    (r"Польск\w*\s+Рэспублік\w*|Польшчы", "PL"), (r"Латвійск\w*\s+Рэспублік\w*|Латвіі", "LV"),
    (r"Расійск\w*\s+Федэрацыі", "RU"), (r"Украіны", "UA"), (r"Эстонск\w*\s+Рэспублік\w*", "EE"),
)  # fmt: skip
_BE_LAW = lazy_pattern(r"(?<!\w)(?:рэгулюецца|рэгулююцца|падпарадкоўваецца)\s+правам\s+", _FLAGS)
_BE_MORE = lazy_pattern(r"(?<!\w)(?:не|толькі|акрамя|калі|суд\w*)(?!\w)", _FLAGS)

# lt: any purpose except commercial, or non-commercial ends only
_LT_EXCEPT_COMMERCIAL = lazy_pattern(
    r"\b(?:bet\s+kok\w*|visais|bet\s+kuriais)\s+tiksl\w*[^.;]{0,20}?\bišskyrus\s+komercin\w*"
    r"|\btik\s+nekomercin\w*|\bnekomercin\w*\s+tiksl\w*\s+tik\b",
    _FLAGS,
)
_LT_GRANT = lazy_pattern(r"\bgali\w*\b|\bleidžiama\b|\bgalima\b|\bturi\s+teisę\b", _FLAGS)
_LT_MORE = lazy_pattern(r"\bleidim\w*|\bsutikim\w*|\bjeigu\b|\bjei\b|\bsu\s+sąlyga\b", _FLAGS)
_LT_INTERNAL_NOT = lazy_pattern(
    r"\b(?:vidaus|viduje|vidin\w*)\b[^.;]{0,120}?\bkomercin\w*\s+(?:naudojimu\s+)?"
    r"(?:nelaikom\w*|nėra|nebus\s+laikom\w*)\b",
    _FLAGS,
)
_LT_DEFINED = lazy_pattern(
    r"\bkomercin\w*\s+naudojim\w*\s*(?:[–—-]\s*tai|reiškia|yra)\b[^.;]{0,160}?"
    r"\b(?:teikim\w*|siūlym\w*|pateikim\w*|platinim\w*)\b[^.;]{0,80}?"
    r"\btreči\w*\s+(?:šal|asmen)\w*",
    _FLAGS,
)
_LT_FURTHER = lazy_pattern(
    r"\barba\s+bet\s+kok\w*|\bįskaitant\b|\btaip\s+pat\b|\bar\s+kit\w*", _FLAGS
)


def _welsh(text: str) -> list[Clause] | None:
    if _CY_LAW.search(text) and not _CY_DENIED.search(text):
        return [Clause("governing_law", "GB")]
    if _CY_DENIED.search(text) and _CY_GAIN.search(text) and not _CY_MORE.search(text):
        return _PROHIBITED
    return None


def _belarusian(text: str) -> list[Clause] | None:
    if not all(letter.search(text) for letter in _BE_LETTERS):
        return None
    if _BE_LAW.search(text) and not _BE_MORE.search(text):
        code = next((c for p, c in _BE_LAWS if lazy_pattern(p, _FLAGS).search(text)), None)
        return [Clause("governing_law", code)] if code else None
    if not _BE_BANNED.search(text):
        return None
    tags = [tag for tag, pattern in _BE_HARMS if pattern.search(text)]
    if not tags:
        return None
    if "medical-advice" in tags and _BE_UNLICENSED.search(text):
        tags.append("unlicensed-professional-practice")
    return [Clause("use_restrictions", sorted(tags))]


def _lithuanian(text: str) -> list[Clause] | None:
    if _LT_EXCEPT_COMMERCIAL.search(text) and _LT_GRANT.search(text):
        return None if _LT_MORE.search(text) else _PROHIBITED
    if _LT_INTERNAL_NOT.search(text):
        return _INTERNAL_SCOPE
    if _LT_DEFINED.search(text) and not _LT_FURTHER.search(text):
        return _INTERNAL_SCOPE
    return None


# eu: a table asking whether each use is allowed, its rows' verdicts, the harms they name
_EU_HEADER = lazy_pattern(r"^\W*(?:\w+\s+){0,3}?(?:baimendu\w*|onartu\w*|zilegi\w*)\W*$", _FLAGS)
_EU_ROW = lazy_pattern(r"^(?P<use>.{3,160}?)\s+(?P<verdict>bai|ez)\W*$", _FLAGS)
_EU_LEAD_IN = lazy_pattern(
    r"\btaula\w*[^.;]{0,60}?\bez\b[^.;]{0,60}?\b(?:ez\s+dago\s+(?:inolako\s+)?baimen\w*"
    r"|debekatu\w*)",
    _FLAGS,
)
_EU_HARMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("military", lazy_pattern(r"\bmilitar\w*|\bgerra\w*", _FLAGS)),
    ("weapons", lazy_pattern(r"\barm(?:a|ak|en|ekin|etarako|agintz\w*)\b", _FLAGS)),
    ("surveillance", lazy_pattern(r"\bzelat\w*|\bzaintza\s+masibo\w*", _FLAGS)),
)  # fmt: skip
_EU_COMMERCIAL = lazy_pattern(r"\bkomertzial\w*|\bmerkataritza\w*|\bsaltzeko\b", _FLAGS)


def _basque_table(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The rows of a Basque table of allowed uses, and the sentence leading it in."""
    found: dict[Passage, list[Clause]] = {}
    lead_in: Passage | None = None
    in_table, unknown = False, False
    for passage in passages:
        if _EU_LEAD_IN.search(passage.text):  # it says what "Ez" means: the table follows
            lead_in, in_table = passage, True
            continue
        if _EU_HEADER.search(passage.text):
            in_table = True
            continue
        row = _EU_ROW.search(passage.text) if in_table else None
        if row is None:
            in_table = in_table and passage.heading  # a row is told as a heading line
            continue
        use, banned = row["use"], row["verdict"].lower() == "ez"
        tags = sorted(tag for tag, pattern in _EU_HARMS if pattern.search(use))
        if banned and tags:
            found[passage] = [Clause("use_restrictions", tags)]
        elif banned:
            unknown = True  # a use banned this reader does not know: the lead-in stays unread
        elif _EU_COMMERCIAL.search(use) and not tags:
            found[passage] = [Clause("commercial_use", "allowed")]
    if lead_in is not None and found and not unknown:
        found[lead_in] = []
    return found


# hr, sr, bs, sl: the terms of commercial use set out in an annex or another file
_ANNEX_POINTER = lazy_pattern(
    r"\b(?:uvjet\w*|uslov\w*|pogoj\w*)\s+(?:za\s+)?komercijal\w*\s+(?:\w+\s+)?"
    r"(?:navedeni|utvrđeni|propisani|uređeni|određeni|sadržani|opisani|navedeni|določeni"
    r"|opredeljeni)\s+(?:su\s+|so\s+)?(?:u|v)\s+(?:\w+\s+)?(?:dodatk\w*|prilog\w*|priloz\w*"
    r"|aneks\w*|datotec\w*|dokument\w*)",
    _FLAGS,
)
_ANNEX_DENIED = lazy_pattern(r"\b(?:ne|nisu|niso|nije|ni)\b", _FLAGS)


def _annex_pointer(text: str) -> bool:
    return _ANNEX_POINTER.search(text) is not None and _ANNEX_DENIED.search(text) is None


def annex_route_s38eu(passages: Sequence[Passage]) -> bool:
    """Whether a passage says the terms of commercial use are set out in an annex or another
    file (module docstring): the text opens a route to commercial use there."""
    return any(_annex_pointer(p.text) for p in passages)


def read_s38eu(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages stating one of the shapes above, each with its clauses."""
    found = territory_s38eu(passages)
    found |= {p: [] for p in passages if p not in found and _annex_pointer(p.text)}
    found |= _basque_table([p for p in passages if p not in found])
    for passage in passages:
        if passage in found:
            continue
        readers = (_welsh, _belarusian, _lithuanian, read_german_s38eu, read_romance_s38eu)
        for reader in readers:
            if (clauses := reader(passage.text)) is not None:
                found[passage] = clauses
                break
    return found
