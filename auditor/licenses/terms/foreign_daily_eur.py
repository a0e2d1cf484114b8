"""Caps on the users of one day in the European languages, for `foreign_daily_caps`: a number
of users (distinct people, users) that a product may not pass on any one day, whatever words
say the day ("v žádném dni nepoužije více než 100 000 různých uživatelů", "an keinem Tag mehr
als 100.000 verschiedene Nutzer", "plus de 100 000 utilisateurs distincts en une seule
journée", "dziennie ponad 100 000 użytkowników"). The number must stand beside the users
(a number of requests or tokens a day is a rate, no cap on users): unit `dau`, which the
policy judges against a stated MAU as `foreign_daily_caps` says. The users of one week
("minkä tahansa viikon aikana yli 100 000 aktiivista käyttäjää") are read so too: unit `wau`.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cap_words_s38eu2 import DAY_MORE, USERS_MORE, WEEK_MORE
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

# one day, any day, no day, per day, daily: in each language
_DAY: dict[str, str] = {
    "de": r"(?:an|in|während)\s+(?:einem|keinem|irgendeinem|jedem)\s+"
    r"(?:einzigen\s+|beliebigen\s+)?(?:Kalender)?Tag\w*|\bpro\s+Tag\b|\btäglich\w*|\bTages\w*",
    "nl": r"\bop\s+(?:één|een|enige|geen|welke|elke)\s+(?:enkele\s+|willekeurige\s+)?"
    r"(?:kalender)?dag\b|\bper\s+dag\b|\bdagelijks\w*|\bbinnen\s+één\s+dag\b",
    "fr": r"\b(?:en|sur|au\s+cours\s+d['’]|pendant)\s*une?\s+(?:seule\s+|même\s+)?"
    r"(?:journée|jour)\b|\b(?:aucun|quelque|chaque|un)\s+jour\b|\bpar\s+jour\b|\bquotidien\w*|\bjournali\w*",
    "es": r"\ben\s+(?:un|ningún|cualquier|un\s+solo|un\s+mismo|un\s+único)\s+día\b|\bpor\s+día\b"
    r"|\bal\s+día\b|\bdiari\w*",
    "pt": r"\bem\s+(?:um|qualquer|nenhum|um\s+único|um\s+só|um\s+mesmo)\s+dia\b|\bpor\s+dia\b"
    r"|\bao\s+dia\b|\bdiári\w*",
    "it": r"\bin\s+(?:un|qualsiasi|alcun|nessun|un\s+singolo|un\s+solo|uno\s+stesso)\s+giorn\w*"
    r"|\bal\s+giorno\b|\bper\s+giorno\b|\bgiornalier\w*|\bquotidian\w*",
    "ro": r"\bîntr-o\s+(?:singură\s+)?zi\b|\bîn\s+(?:nicio|orice|aceeași)\s+zi\b|\bpe\s+zi\b"
    r"|\bzilnic\w*",
    "pl": r"\bw\s+(?:ciągu\s+)?(?:jednego|jakiegokolwiek|żadnym|żadnego|dowolnym|dowolnego|jednym)"
    r"\s+dni[au]\b|\bdziennie\b|\bna\s+dzień\b|\bdzienn\w*",
    "cs": r"\b(?:v|za|během)\s+(?:žádném|jakémkoli|kterémkoli|jednom|jediném|libovolném|jednoho"
    r"|jediného)\s+(?:kalendářním\s+)?dn[ie]\b|\bdenně\b|\bza\s+den\b|\bdenní\w*|\bdenních\b",
    "sk": r"\b(?:v|za|počas)\s+(?:žiadnom|akomkoľvek|ktoromkoľvek|jednom|jedinom|jedného)"
    r"\s+(?:kalendárnom\s+)?dn[ia]\b|\bdenne\b|\bza\s+deň\b|\bdenn\w*",
    "uk": r"(?:протягом|за|в|у)\s+(?:будь-який|жоден|один|будь-якого|жодного|одного|жодному"
    r"|одному|будь-якому)\s+(?:календарний\s+)?(?:день|дня|дні)|\bна\s+день\b|\bщоденн\w*"
    r"|\bщодоб\w*",
    "ru": r"(?:в|за|в\s+течение)\s+(?:любой|один|какой-либо|одного|любого|какого-либо|ни\s+один)"
    r"\s+(?:календарный\s+)?(?:день|дня)|\bв\s+день\b|\bежедневн\w*|\bсуточн\w*",
    "fi": r"\b(?:minä|minkä|yhden|yhtenä|minkään|yksittäisen|yhdenkään)\s+(?:tahansa\s+)?päiv\w*"
    r"|\bpäivässä\b|\bpäivittäi\w*|\bvuorokau\w*",
    "sv": r"\b(?:under|på)\s+(?:en|någon|någon\s+enskild|en\s+enda|en\s+enskild|ingen)\s+dag\b"
    r"|\bper\s+dag\b|\bdagligen\b|\bdaglig\w*",
    "da": r"\bpå\s+(?:én|en|nogen|en\s+enkelt|ingen)\s+dag\b|\bper\s+dag\b|\bom\s+dagen\b"
    r"|\bdaglig\w*",
    "no": r"\bpå\s+(?:én|en|noen|en\s+enkelt|ingen)\s+dag\b|\bper\s+dag\b|\bdaglig\w*",
    "hu": r"\b(?:bármely|egyetlen|egy|egyik|semelyik)\s+nap(?:on)?\b|\bnaponta\b|\bnapi\b",
}
# one week, any week, per week, weekly: a cap on the users of one week (unit `wau`)
_WEEK: dict[str, str] = {
    "de": r"\b(?:in|während)\s+(?:einer|keiner|irgendeiner|jeder)\s+(?:einzigen\s+)?Woche\b"
    r"|\bpro\s+Woche\b|\bwöchentlich\w*",
    "nl": r"\bin\s+(?:één|een|enige|geen|welke|elke)\s+week\b|\bper\s+week\b|\bwekelijks\w*",
    "fr": r"\b(?:en|sur|au\s+cours\s+d['’]|pendant)\s*une?\s+(?:seule\s+)?semaine\b"
    r"|\bpar\s+semaine\b|\bhebdomadaire\w*",
    "es": r"\ben\s+(?:una|ninguna|cualquier)\s+semana\b|\bpor\s+semana\b|\bsemanal\w*",
    "pt": r"\bem\s+(?:uma|qualquer|nenhuma)\s+semana\b|\bpor\s+semana\b|\bsemana(?:l|is)\b",
    "it": r"\bin\s+(?:una|qualsiasi|nessuna)\s+settiman\w*|\bper\s+settimana\b|\bsettimanal\w*",
    "pl": r"\bw\s+(?:ciągu\s+)?(?:jednego|jakiegokolwiek|żadnego|dowolnego)\s+tygodnia\b"
    r"|\btygodniowo\b|\bna\s+tydzień\b|\btygodni\w*",
    "cs": r"\b(?:v|za|během)\s+(?:žádném|jakémkoli|jednom|jednoho)\s+týdn\w*|\btýdně\b",
    "sk": r"\b(?:v|za|počas)\s+(?:žiadnom|akomkoľvek|jednom|jedného)\s+týžd\w*|\btýždenne\b",
    "uk": r"(?:протягом|за|в|у)\s+(?:будь-який|жоден|один|будь-якого|одного)\s+тиж\w*"
    r"|\bщотижн\w*",
    "ru": r"(?:в|за|в\s+течение)\s+(?:любую|одну|какую-либо|любой|одной)\s+недел\w*"
    r"|\bеженедельн\w*",
    "fi": r"\b(?:minkä|yhden|yhtenä|minkään|yksittäisen)\s+(?:tahansa\s+)?viiko\w*"
    r"|\bviikossa\b|\bviikoittai\w*",
    "sv": r"\b(?:under|på)\s+(?:en|någon|ingen)\s+vecka\b|\bper\s+vecka\b|\bveckovis\b",
    "da": r"\bi\s+(?:én|en|nogen|ingen)\s+uge\b|\bper\s+uge\b|\bugentlig\w*",
    "no": r"\bi\s+(?:én|en|noen|ingen)\s+uke\b|\bper\s+uke\b|\bukentlig\w*",
    "hu": r"\b(?:bármely|egyetlen|egy)\s+hét(?:en)?\b|\bhetente\b|\bheti\b",
}
# the users counted: users, persons, people
_USERS: dict[str, str] = {
    "de": r"\b(?:Nutzer|Benutzer|Anwender|Personen|Menschen|Nutzerinnen)\w*",
    "nl": r"\b(?:gebruiker|personen|mensen)\w*",
    "fr": r"\b(?:utilisat(?:eur|rice)s?|personnes)\b",
    "es": r"\b(?:usuari[oa]s?|personas)\b",
    "pt": r"\b(?:usuári[oa]s?|utilizador(?:es|as)?|pessoas)\b",
    "it": r"\b(?:utent[ei]|persone)\b",
    "ro": r"\b(?:utilizator\w*|persoane)\b",
    "pl": r"\b(?:użytkownik\w*|os[oó]b\w*|ludzi)\b",
    "cs": r"\b(?:uživatel\w*|osob\w*|lid[ií])\b",
    "sk": r"\b(?:používateľ\w*|užívateľ\w*|os[oô]b\w*|ľud[ií])\b",
    "uk": r"\b(?:користувач\w*|ос[іо]б\w*|людей)\b",
    "ru": r"\b(?:пользовател\w*|лиц\b|челов\w*|людей)\b",
    "fi": r"\b(?:käyttäj\w*|henkilö\w*|ihmis\w*)\b",
    "sv": r"\b(?:användare\w*|personer\w*)\b",
    "da": r"\b(?:brugere\w*|personer\w*)\b",
    "no": r"\b(?:brukere\w*|personer\w*)\b",
    "hu": r"\b(?:felhasználó\w*|személy\w*)\b",
}
# other things counted a day (a rate, no cap on users): requests, calls, messages, tokens
_OTHER_COUNTED = lazy_pattern(
    r"(?<!\w)(?:anfrage\w*|request\w*|aufruf\w*|token\w*|nachricht\w*|abfrage\w*|requête\w*"
    r"|demande\w*|appel\w*|jeton\w*|message\w*|solicitud\w*|petici\w*|llamada\w*|mensaje\w*"
    r"|pedido\w*|requisiç\w*|chamada\w*|mensage\w*|richiest\w*|chiamat\w*|messagg\w*|dotaz\w*"
    r"|požadav\w*|volání\w*|zpráv\w*|zapyta\w*|żąda\w*|wywoła\w*|wiadomo\w*|verzoek\w*"
    r"|aanvra\w*|bericht\w*|förfrågn\w*|anrop\w*|meddelande\w*|forespørgs\w*|forespørs\w*"
    r"|запит\w*|виклик\w*|повідомлен\w*|запрос\w*|вызов\w*|сообщен\w*|pyyntö\w*|pyynnö\w*"
    r"|kutsu\w*|viesti\w*|kérés\w*|hívás\w*|üzenet\w*|αιτήματ\w*|αίτημα|κλήσ\w*|μηνύμα\w*"
    r"|cerer\w*|apel\w*|mesaj\w*|dotaz\w*|žiadost\w*|volan\w*|správ\w*|obraz\w*|image\w*"
    r"|Bild\w*|afbeelding\w*|imagen\w*|imagem\w*|immagin\w*)",
    _FLAGS,
)
# each user: a rate per user ("pro Nutzer", "par utilisateur", "na użytkownika")
_PER = lazy_pattern(
    r"(?<!\w)(?:pro|per|par|por|für|voor|na|за|на|ανά|för|kohden|jeden|cada|chaque|ogni"
    r"|każdego|każdy|každého|každý|každ[ýé]ho|όλους|minden)(?!\w)",
    _FLAGS,
)
_DAY.update(DAY_MORE)  # lv (`foreign_cap_words_s38eu2`)
_WEEK.update(WEEK_MORE)
_USERS.update(USERS_MORE)
_DAYS = {language: lazy_pattern(pattern, _FLAGS) for language, pattern in _DAY.items()}
_WEEKS = {language: lazy_pattern(pattern, _FLAGS) for language, pattern in _WEEK.items()}
_PEOPLE = {language: lazy_pattern(pattern, _FLAGS) for language, pattern in _USERS.items()}
_MINIMUM = 1000  # a cap's count: smaller numbers are clause numbers
_BESIDE = 40  # characters between the number and the users it counts
_NEAR = 120  # characters between the day and the users
_BEFORE_WORDS = 2  # "100 000 verschiedene aktive Nutzer"
_AFTER_WORDS = 4  # "Nutzer, und zwar mehr als 100 000"


def read_daily_eur(language: str | None, text: str) -> list[Clause]:
    """`user_threshold` with unit `dau` when a passage caps the users of one day by a number,
    `wau` when of one week."""
    user_words = _PEOPLE.get(language or "")
    if user_words is None:
        return []
    for unit, table in (("dau", _DAYS), ("wau", _WEEKS)):
        period = table.get(language or "")
        for day in period.finditer(text) if period is not None else ():
            for users in user_words.finditer(text):
                if abs(users.start() - day.start()) > _NEAR:
                    continue
                count = _beside(text, users)
                if count is not None:
                    return [Clause("user_threshold", {"count": count, "unit": unit})]
    return []


def _beside(text: str, users: re.Match[str]) -> int | None:
    """The number of at least 1,000 standing right before the users, an adjective or two
    between ("100 000 různých uživatelů"), or right after them, a comparison between
    ("uživatelů více než 100 000", "utilisateurs, soit plus de 100 000")."""
    for _start, end, value in reversed(numbers(text)):
        gap = text[end : users.start()]
        near = end <= users.start() and len(gap) <= _BESIDE
        if value >= _MINIMUM and near and _words(gap) <= _BEFORE_WORDS:
            return int(value)
    for start, end, value in numbers(text):
        gap = text[users.end() : start]
        near = start >= users.end() and len(gap) <= _BESIDE
        if value >= _MINIMUM and near and _words(gap) <= _AFTER_WORDS:
            counted = _OTHER_COUNTED.match(text[end:].lstrip(" ()"))  # "50 000 Anfragen"
            return None if counted else int(value)
    return None


def _words(gap: str) -> int:
    """The words in a gap, or more than any gap allows when a sentence ends in it or it names
    another thing counted or a rate per user."""
    if re.search(r"[.;:]\s", gap) or _OTHER_COUNTED.search(gap) or _PER.search(gap):
        return _BESIDE
    return len(re.findall(r"[^\W\d_]+", gap))
