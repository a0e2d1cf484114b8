"""Places a Russian licence bars, for `foreign_ja.clause_reader`: use banned in a place, or a
service with the model to people there ("Использование модели на территории государств — членов
Европейского союза, а также оказание с её помощью услуг лицам, находящимся в Европейском союзе,
не допускается", "Запрещается использовать модель в Российской Федерации"):
`excluded_use_territories`; the grant withheld from persons or companies based there ("Лицензия
не предоставляется лицам, зарегистрированным в Иране или Сирии"): `excluded_licensee_domiciles`.

One clause (cut at a full stop or a semicolon) holds a ban and a place. Someone said to be
based in the place (resident, registered, a national) makes it a domicile; someone merely
located there is a user of the service, so the place is one of use. A place whose sanctions or
laws the clause invokes ("санкции США", "законодательство ЕС") is none, and a ban on a harm in a
place (military use in the EU) bans no other use there.

The places are found by one pattern whose names are tried longest first where they start
("Мексиканских Соединённых Штатов" is Mexico, not the United States).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import AUTHORITY_SPAN, excluded_clauses
from auditor.licenses.terms.foreign_uses import ban_tags
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

# (the place's names, declined; its code): a name holding another's comes first
_PLACES: tuple[tuple[str, str], ...] = (
    (r"Мексиканск\w+\s+Соедин[её]нн\w+\s+Штат\w*|Мексик\w+", "MX"),
    (r"Корейск\w+\s+Народно-Демократическ\w+\s+Республик\w*|\bКНДР\b|Северн\w+\s+Коре\w+", "KP"),
    (r"Республик\w+\s+Коре\w+|Южн\w+\s+Коре\w+", "KR"),
    (r"Соедин[её]нн\w+\s+Королевств\w*|Великобритани\w*", "GB"),
    (r"Соедин[её]нн\w+\s+Штат\w*(?:\s+Америки)?|\bСША\b", "US"),
    (
        r"Европейск\w+\s+(?:союз|сообществ|экономическ\w+\s+пространств)\w*|\bЕС\b"
        r"|\bЕвросоюз\w*",
        "EU",
    ),
    (r"Российск\w+\s+Федераци\w+|Росси[ийюя]\b|\bРФ\b", "RU"),
    (r"Китайск\w+\s+Народн\w+\s+Республик\w*|\bКНР\b|Кита[йяюе]\w*", "CN"),
    (r"Иран\w*", "IR"),
    (r"Сири[ийюя]\b", "SY"),
    (r"\bКуб[аеуы]\b", "CU"),
    (r"Беларус\w*|Белорусси\w*", "BY"),
    (r"Крым\w*|Украин\w*", "UA"),
    (r"Казахстан\w*", "KZ"),
    (r"Узбекистан\w*", "UZ"),
    (r"Киргизи\w*|Кыргызстан\w*", "KG"),
    (r"Германи\w*", "DE"),
    (r"Франци\w*", "FR"),
    (r"Япони\w*", "JP"),
    (r"Турци\w*", "TR"),
)
# the licensee barred: a ban, or use said not to be allowed
_BAN = lazy_pattern(
    r"(?<!не\s)\bзапрещ\w*|\bне\s+(?:допускается|допускаются|разрешается|разрешено|может|могут"
    r"|должен|должны|вправе|следует)\b|\bнельзя\b|\bне\s+использ\w*",
    _FLAGS,
)
# the grant withheld
_WITHHELD = lazy_pattern(
    r"\bне\s+(?:предоставляется|предоставляются|предоставлено|распространяется|выдаётся"
    r"|выдается)\b|\bникаки\w+\s+(?:прав|лиценз)\w*",
    _FLAGS,
)
# someone based in the place: resident, registered, incorporated, a national
_BASED = lazy_pattern(
    r"\bрезидент\w*|\bзарегистрированн?\w*|\bучрежд[её]нн\w*|\bмест\w+\s+нахождени\w*"
    r"|\bграждан\w*|\bпроживающ\w*|\bпостоянно\s+проживающ\w*|\bинкорпорированн\w*",
    _FLAGS,
)
_NEAR = 80  # a place named this close to the word saying who is based there
_AUTHORITY = lazy_pattern(
    r"(?:санкци|закон|законодательств|\bправ(?:ом|а|у|о)\b|регулировани|экспорт|список|списк"
    r"|перечн|правительств)[^.;:,]{0,30}$",
    _FLAGS,
)
_CLAUSE_END = lazy_pattern(r"[.;](?!\d)")


@cache
def _place_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    groups = {f"p{index}": code for index, (_, code) in enumerate(_PLACES)}
    body = "|".join(f"(?P<p{index}>{names})" for index, (names, _) in enumerate(_PLACES))
    return re.compile(body, _FLAGS), groups


def _places(clause: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of the places a clause names, less those whose authority it invokes."""
    pattern, groups = _place_pattern()
    found = []
    for match in pattern.finditer(clause):
        before = clause[max(match.start() - AUTHORITY_SPAN, 0) : match.start()]
        if match.lastgroup is not None and not _AUTHORITY.search(before):
            found.append((match.start(), match.end(), groups[match.lastgroup]))
    return found


def place_codes_ru(text: str) -> list[str]:
    """The codes of the places a Russian text names (`foreign_confined_north`)."""
    return list(dict.fromkeys(code for _, _, code in _places(text)))


def place_ends_ru(text: str) -> list[int]:
    """Where each place a Russian text names ends (`foreign_confined_north`)."""
    return [end for _, end, _ in _places(text)]


def read_ru_places(language: str | None, text: str) -> list[Clause]:
    """The places a Russian passage bars use in or withholds the grant from (see above)."""
    if language != "ru":
        return []
    used: dict[str, None] = {}
    based: dict[str, None] = {}
    for clause in _CLAUSE_END.split(text):
        withheld = _WITHHELD.search(clause) is not None
        if not withheld and _BAN.search(clause) is None:
            continue
        places = _places(clause)
        if not places or (not withheld and ban_tags("ru", clause)):
            continue  # no place, or a ban on a harm there, not on all use
        for start, end, code in places:
            near = clause[max(start - _NEAR, 0) : end + _NEAR]
            (based if _BASED.search(near) else used).setdefault(code)
    return excluded_clauses("excluded_licensee_domiciles", based) + excluded_clauses(
        "excluded_use_territories", used
    )
