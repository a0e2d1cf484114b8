"""Territorial clauses in Belarusian, Latvian and Faroese (session 39, second European helper),
for `foreign_passages_s39eub`: the shapes `foreign_territory_world` reads, with these
languages' words (Belarusian is told as Ukrainian, Faroese as Danish or not at all):

- use banned in named places ("Забараняецца выкарыстоўваць мадэль ... на тэрыторыі Расійскай
  Федэрацыі"): `excluded_use_territories` over those places;
- use confined to places ("taču vienīgi Eiropas Ekonomikas zonas valstu teritorijā") and use
  banned outside them ("Ārpus tās modeli nedrīkst ne darbināt"): `excluded_use_territories`
  marked `within`. A Latvian confinement inside a grant naming commercial use too ("arī
  komerciālos"), no negation, reads that grant with it: commercial use `allowed`;
- the law chosen ("права Літоўскай Рэспублікі", "Latvijas Republikas tiesības", "Føroysk lóg
  er galdandi"): `governing_law`.

Faroese, besides: a licence giving no right to persons living in, or companies seated in,
named places ("gevur ongan rætt til persónar, ið búgva í Sambandsríkjunum Amerika (USA), ella
til feløg, sum hava høvuðssæti har"): `excluded_licensee_domiciles` over those places; users in
such a place said free to use a licensed company's services ("Brúkarar í USA kunnu kortini nýta
tænastur"): read, no term; the licensee allowed to use the model, commercial ends too ("kann
nýta ... eisini til handilsligt endamál"), no negation or condition: commercial use `allowed`.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_excluded import excluded_clauses
from auditor.licenses.terms.foreign_territory_world import Words, territory_world
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["territory_s39eub"]

_FLAGS = re.IGNORECASE

_BE_CHOSEN = r"\b(?:[уў]жываецца|прымяняецца|рэгулюецца|рэгулююцца)\b[^.;]{0,40}?"
_WORDS: dict[str, Words] = {
    "be": Words(
        places=(
            (r"Расі\w+\s+Федэрацы\w*|Расі[яіюй]\w*", ("RU",)), (r"Беларус\w*", ("BY",)),
            (r"Літв\w*|Літоўск\w+\s+Рэспублік\w*", ("LT",)), (r"Польшч\w*", ("PL",)),
            (r"Латві\w*", ("LV",)), (r"Украін\w*", ("UA",)), (r"Кіта[йяюі]\w*", ("CN",)),
            (r"\bЗША\b|Злучан\w+\s+Штат\w*", ("US",)), (r"Еўрапейск\w+\s+[Сс]аюз\w*", ("EU",)),
        ),
        only=r"\b(?:толькі|выключна)\b",
        ban=r"\bзабараня\w*|\bзабаронен\w*|\bне\s+дазваля\w*|\bнельга\b",
        outside=r"\b(?:па-?за|за)\s+межамі\b",
        back=r"\b(?:па-?за|за)\s+(?:межамі\s+)?(?:гэтай|гэтых|яе|іх|ёй|імі)\b",
        law=r"\bправ[аоу]\b|\bзакон\w*|\bсуд\w*",
        based=r"\bрэзідэнт\w*|\bзарэгістраван\w*|\bмесцазнаходжан\w*|\bпражыва\w*",
        laws=(  # chosen by a verb ("ужываецца", "рэгулюецца"), not a law to be obeyed
            (_BE_CHOSEN + r"(?:права|правам)\s+Літоўскай\s+Рэспублікі\b", "LT"),
            (_BE_CHOSEN + r"(?:права|правам)\s+Рэспублікі\s+Беларусь\b", "BY"),
            (_BE_CHOSEN + r"(?:права|правам)\s+Рэспублікі\s+Польшча\b", "PL"),
        ),
    ),
    "lv": Words(
        places=(
            (r"Latvij\w*", ("LV",)), (r"Igaunij\w*", ("EE",)), (r"Lietuv\w*", ("LT",)),
            (r"Eiropas\s+Savienīb\w*", ("EU",)),
            (r"Eiropas\s+Ekonomikas\s+zon\w*|\bEEZ\b", ("EEA",)),
            (r"Amerikas\s+Savienot\w*\s+Valst\w*|\bASV\b", ("US",)),
            (r"(?<!Balt)Krievij\w*", ("RU",)),
            (r"Baltkrievij\w*", ("BY",)), (r"Ķīn\w*", ("CN",)),
        ),
        only=r"\b(?:vienīgi|tikai|vienīgā)\b",
        ban=r"\bnedrīkst\b|\baizliegt\w*|\bnav\s+atļaut\w*",
        outside=r"\bārpus\b",
        back=r"\bārpus\s+(?:tās|tām|šīs|šīm|tā|tiem|šo|minēt\w*|šīs\s+teritorijas)\b",
        law=r"\bpiemēro\b|\btiesā\b|\btiesa\b|\bstrīd\w*|\blikum\w*",
        based=r"\brezident\w*|\breģistrēt\w*|\bjuridisk\w*\s+adres\w*|\bmītn\w*|\bdzīvo\w*",
        laws=((r"\bLatvijas\s+(?:Republikas\s+)?(?:tiesības|likum\w*)", "LV"),),
    ),
    "fo": Words(
        places=(
            (r"Føroy\w*", ("FO",)), (r"Danmark\w*", ("DK",)), (r"Íslandi?\b", ("IS",)),
            (r"Noreg\w*", ("NO",)), (r"Sambandsrík\w*(?:\s+Amerika)?|\bUSA\b", ("US",)),
            (r"Russland\w*", ("RU",)), (r"Kina\b|Kinu\b", ("CN",)), (r"\bES\b", ("EU",)),
        ),
        only=r"\b(?:bert|einans|einasta)\b",
        ban=r"\bikki\s+loyvt\b|\bbannað\w*|\bmá\s+ikki\b|\bkann\s+ikki\b",
        outside=r"\buttan\s+fyri\b",
        back=r"\buttan\s+fyri\s+(?:hesi|hetta|hesar|tey|tað)\b",
        law=r"\blóg\w*\b|\brættur\b|\bdómstól\w*",
        based=r"\bbúgva\b|\bbúsitin\w*|\bhøvuðssæti\w*|\bskrásett\w*",
        laws=(
            (r"\b(?:føroysk\w*\s+lóg\w*|lóg\w*\s+Føroya)\s+(?:er\s+)?(?:galdandi|ráðandi)", "FO"),
        ),
    ),
}  # fmt: skip


def _p(source: str) -> re.Pattern[str]:
    return lazy_pattern(source, _FLAGS)


_LV_GRANT = _p(r"\bdrīkst\b[^.;]{0,120}?\barī\s+komerciāl\w*")
_LV_NOT = _p(r"\bne\w*\s+(?:drīkst|var|ir\s+atļauts)\b|\bnedrīkst\b|\bizņemot\b|\bja\b")
_FO_MARKS = _p(r"\bloyvi\w*|\bmyndil\w*|\bhetta\b|\bkortini\b|\bfeløg\b|\bgevur\b")
_FO_NO_RIGHT = _p(r"\bgevur\s+ongan\s+rætt\b|\bgevur\s+ikki\s+\w*\s*rætt\b")
_FO_BASED = _p(r"\bbúgva\b|\bbúsitin\w*|\bhøvuðssæti\w*|\bskrásett\w*")
_FO_USERS_FREE = _p(
    r"^\W*brúkarar\s+í\s+[^.;]{1,60}?\bkunnu\s+(?:kortini\s+)?nýta\s+tænast\w*[^.;]*\W*$"
)
_FO_GRANT = _p(r"\bkann\s+nýta\b[^.;]{0,120}?\beisini\s+til\s+handils\w*")
_FO_NOT = _p(
    r"\bikki\b|\bongan\b|\bbert\b|\buttan\b|\bum\s+\w+\s+ikki\b|\bloyvi\s+frá\b|\bvið\s+treyt"
)


def _faroese(text: str) -> list[Clause] | None:
    if _FO_MARKS.search(text) is None and _FO_USERS_FREE.search(text) is None:
        return None
    if _FO_NO_RIGHT.search(text) and _FO_BASED.search(text) and "kortini" not in text.lower():
        places = [c for pattern, codes in _WORDS["fo"].places if _p(pattern).search(text)
                  for c in codes]  # fmt: skip
        return excluded_clauses("excluded_licensee_domiciles", places) or None
    if _FO_USERS_FREE.search(text) is not None:
        return []  # users there served by a licensed company: what the exclusion leaves
    if _FO_GRANT.search(text) is not None and _FO_NOT.search(text) is None:
        return [Clause("commercial_use", "allowed")]
    return None


def territory_s39eub(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages stating one of the shapes above, each with its clauses."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        clauses = _faroese(passage.text)
        if clauses is not None:
            found[passage] = clauses
    found |= territory_world([p for p in passages if p not in found], words_of=_WORDS)
    for passage, clauses in found.items():
        text = passage.text
        if _LV_GRANT.search(text) and _LV_NOT.search(text) is None:
            clauses.append(Clause("commercial_use", "allowed"))  # the grant it confines
    return found
