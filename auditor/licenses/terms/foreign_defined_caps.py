"""A cap whose measure or amount another passage defines, in German, Dutch, Polish, Russian,
Ukrainian, Swedish and Czech (a threshold with its amount of money, or a revenue measure
defined apart, in the other European languages too: "« Plafond » : 80 000 000 EUR" then "dont
le Chiffre d'affaires excède le Plafond"), for `terms.foreign`: the passage stating the cap is
read with the definition set in brackets after the word it uses, as `foreign_definitions` reads
a defined purpose.

- A measure of users defined by a month ('„Maßgebliche Nutzerzahl" ist die Summe der
  monatlich aktiven Nutzer ...', "1.3 Gebruikers: natuurlijke personen die in een kalendermaand
  ...", "Med användare avses ... under en kalendermånad"): where the term is used ("Übersteigt
  die Maßgebliche Nutzerzahl 5.000.000"), the language's words for monthly active users and the
  definition follow it, so the cap is read with its unit and whom it counts (the affiliates
  the definition names).
- A threshold stated with its amount in a passage of its own ("Gränsen är 300 000 000 kronor",
  "Próg ... wynosi dwieście milionów złotych", "Hranicí se rozumí ... jedné miliardy korun"):
  where a passage says the threshold is exceeded without an amount ("vars omsättning överstiger
  gränsen i 2 §", "którego przychód przekroczył próg określony w § 2"), the threshold's
  sentence follows the word.

The definition or threshold a passage uses is then read there, so it states no term of its
own (marked `heading`, as `foreign_definitions` marks a definition read where it is used).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import numbers, revenue_cap
from auditor.licenses.text.language import Passage

_FLAGS = re.IGNORECASE
LANGUAGES = frozenset({"de", "nl", "pl", "ru", "uk", "sv", "cs"})
# a threshold or revenue measure defined apart is read so in these too
_THRESHOLD_LANGUAGES = LANGUAGES | {"fr", "es", "pt", "it", "ro", "el", "fi", "da", "no", "sk"}
_THRESHOLD_LANGUAGES |= {"hu"}

# the words of each language for monthly active users, as its `mau` cue reads them
_MONTHLY_USERS = {
    "de": "monatlich aktive Nutzer",
    "nl": "maandelijks actieve gebruikers",
    "pl": "miesięcznie aktywnych użytkowników",
    "ru": "ежемесячно активных пользователей",
    "uk": "щомісячно активних користувачів",
    "sv": "månatligen aktiva användare",
    "cs": "měsíčně aktivních uživatelů",
}
_USERS = lazy_pattern(
    r"Nutzer|Benutzer|Anwender|gebruiker|użytkowni|пользовател|користувач|användare|uživatel",
    _FLAGS,
)
_MONTH = lazy_pattern(r"Monat|monatlich|maand|miesi[ąę]c|месяц|місяц|månad|měsíc|měsíčn", _FLAGS)
# a definition: a quoted term and a copula or dash, a term and a colon opening the passage, or
# the verb of defining around it ("Med X avses", "X se rozumí", "Przez X rozumie się", "Под X
# понимается", "Unter X versteht man", "Als X gilt")
_DEFINITIONS = (
    lazy_pattern(
        r"[\"“«„‘]\s*(?P<term>[^\"”»“‘’]{2,60}?)\s*[\"”»“’]\s*(?:ist|sind|bezeichnet|bedeutet|is"
        r"|zijn|betekent|oznacza|oznaczają|означает|означає|[-–—:]|avser|är|znamená|je)\s+"
        r"(?P<body>[^.;]{3,400})",
        _FLAGS,
    ),
    # after a glossary item's number or letter ("1.3 Gebruikers: ...", "c) Konzernnutzer: ...")
    lazy_pattern(
        r"(?:^\W{0,3}|(?<!\S)(?=\(?\d))(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z])[.)]?\s+)?"
        r"(?P<term>[^\W\d_][\w-]*(?:\s+[\w-]+){0,2})\s*:\s+(?P<body>[^.;:]{3,400})"
    ),
    lazy_pattern(
        r"\b(?:Med|Unter|Als|Przez|Под|Під)\s+(?P<term>[^\W\d_][\w-]*(?:\s+[\w-]+){0,2})\s+"
        r"(?:avses|versteht\s+man|verstehen\s+wir|gilt|rozumie\s+się|понимается|розуміється)\s+"
        r"(?P<body>[^.;]{3,400})",
        _FLAGS,
    ),
    lazy_pattern(
        r"(?P<term>[^\W\d_][\w-]*(?:\s+[\w-]+){0,2})\s+se\s+rozumí\s+(?P<body>[^.;]{3,400})",
        _FLAGS,
    ),
    # a capitalised term and a dash after a glossary item's number, maybe with the verb of
    # defining ("3) Aktywni Użytkownicy – rozumie się przez to liczbę osób ...", "1.4. Активные
    # пользователи — число лиц, ..."): the term is capitalised, the body is not an amount
    lazy_pattern(
        r"(?:^\W{0,3}|(?<!\S)(?=\(?\d))(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?"
        r"(?P<term>[^\W\d_a-zа-яёіїєґąćęłńóśźżčďěňřšťůžáéíýľĺŕôäúđ][\w-]*(?:\s+[\w-]+){0,2})"
        r"\s*[-–—]\s+(?:(?:rozumie\s+się\s+przez\s+to|понимается|означает|розуміється|означає"
        r"|se\s+rozumí|sa\s+rozumie)\s+)?(?P<body>[^.;]{3,400})"
    ),
)
# the threshold named by its noun (declined), stated with an amount in its own passage
_THRESHOLD = lazy_pattern(
    r"(?<![\w-])(?:Schwelle\w*|Schwellenwert\w*|Grenze|Grenzwert\w*|drempel\w*|grens|grenswaarde"
    r"|pr[óo]g\w*|порог\w*|лимит\w*|поріг\w*|порог\w*|gräns(?:en|värdet)?|tröskel\w*|tröskeln"
    r"|hranic\w*|práh|prah\w*|limit|limitu|limitem"
    r"|plafond\w*|seuil\w*|umbral\w*|tope|soglia|soglie|tetto|massimale|limiar\w*|te[c]?to"
    r"|plafon\w*|pragul\w*|κατώφλι\w*|(?:ανώτατο\s+)?όριο|kynny\w*|raja-arvo\w*"
    r"|enimmäisraja\w*|tærsk\w*|grænse(?:n|værdi\w*)?|loft(?:et)?|terskel\w*"
    r"|grense(?:n|verdi\w*)?|küszöb\w*|értékhatár\w*|határérték\w*|pułap\w*|межа|межі"
    # compounds: "Umsatzschwelle", "Nutzergrenze", "omzetdrempel", "omsättningsgränsen"
    r"|(?:Umsatz|Nutzer|Nutzungs|Betrags|Erlös|Einnahmen)(?:schwelle|grenze)\w*"
    r"|(?:omzet|gebruikers|bedrags|inkomsten)(?:drempel|grens)\w*"
    r"|(?:omsättnings|belopps|användar|intäkts)(?:gräns|tröskel)\w*)(?![\w-])",
    _FLAGS,
)
_REVENUE = lazy_pattern(
    r"(?:Jahres)?(?:Umsatz|Umsätze|Erlös\w*)|(?:jaar)?omzet|przych[oó]d\w*|obr[oó]t\w*|выручк\w*"
    r"|доход\w*|оборот\w*|виручк\w*|дохід|(?:netto|års)?omsättning\w*|intäkt\w*|obrat\w*"
    r"|tržb\w*"
    r"|chiffre\s+d['’]affaires|facturaci[óo]n|volumen\s+de\s+negocio\w*|ingresos|fatturato"
    r"|ricavi|receitas?(?:\s+brutas?)?|faturamento|volume\s+de\s+neg[óo]cios|cifr[aă]\s+de"
    r"\s+afaceri|venituri\w*|κύκλο[ςυ]?\s+εργασιών|έσοδα|liikevaihto\w*|omsætning\w*"
    r"|omsetning\w*|árbevétel\w*|nettó\s+árbevétel\w*",
    _FLAGS,
)
# "such a licensee": the one the passage before describes
_SUCH = lazy_pattern(
    r"^\W{0,3}(?:\(?\d{1,3}[.)]\s*)?(?:(?:Ein|Eine|Der|Die)\s+solche[rn]?|Dieser|(?:Een\s+)?dergelijke"
    r"|Zo'n|Tak[iae]|Ten|Такой|Такая|Указанный|Данный|Такий|Така|(?:En\s+)?sådan|Sådana"
    r"|Takový|Taková|Tento)\s+(?:Lizenznehmer\w*|Nutzer|Unternehmen|licentienemer|licencjobiorc\w*"
    r"|лицензиат\w*|ліцензіат\w*|licenstagare|nabyvatel\w*)",
    _FLAGS,
)
_OTHER_WORDS = 2  # a clause caption before a definition
_SLAVIC = frozenset({"pl", "ru", "uk", "cs"})  # declined further than a two-letter ending
_MINIMUM = 1000  # a cap's amount or count: smaller numbers are clause numbers


def with_defined_caps(passages: list[Passage]) -> list[Passage]:
    """The passages, a cap's defined measure or threshold set after the word using it."""
    mine = [p for p in passages if p.language in LANGUAGES]
    measures = _measures(mine)
    # a short threshold sentence may be too short to tell its language, or told for another
    # ("De omzetdrempel is 20 miljoen euro."): its noun is one of these languages'
    threshold = _threshold(passages)
    wider = [p for p in passages if p.language in _THRESHOLD_LANGUAGES]
    revenues = _revenues(wider)
    if not measures and threshold is None and not revenues:
        return _antecedents(passages)
    used: set[Passage] = set()
    for (term, _), source in measures.items():  # a measure read inside another's definition
        pattern = _stemmed(term, source.language)
        if any(p is not source and pattern.search(body) for (_, body), p in measures.items()):
            used.add(source)
    for term, source in revenues.items():  # a revenue measure defined: read where it is used
        pattern = _stemmed(term, source.language)
        if any(p is not source and pattern.search(p.text) for p in wider):
            used.add(source)
    resolved = []
    for passage in passages:
        text = passage.text
        if passage.language in LANGUAGES and passage not in measures.values():
            for (term, body), source in measures.items():
                pattern = _stemmed(term, passage.language)
                words = _MONTHLY_USERS[passage.language or "de"]
                text, count = pattern.subn(_after(f"{words}; {body}"), text, 1)
                used.update([source] if count else [])
        wide = passage.language in LANGUAGES or (
            passage.language in _THRESHOLD_LANGUAGES and _priced(threshold)
        )
        if wide and threshold is not None and passage is not threshold[1] and not _has_amount(text):
            text, count = _THRESHOLD.subn(_after(threshold[0]), text, 1)
            used.update([threshold[1]] if count else [])
        resolved.append(replace(passage, text=text) if text != passage.text else passage)
    resolved = _antecedents(resolved)
    return [
        replace(p, heading=True) if q in used else p
        for p, q in zip(resolved, passages, strict=True)
    ]


def _after(words: str) -> Callable[[re.Match[str]], str]:
    """A replacement setting `words` in brackets after the match."""
    return lambda match: f"{match.group()} ({words})"


def _antecedents(passages: list[Passage]) -> list[Passage]:
    """A passage naming "such a licensee" right after one stating a cap ("Taki licencjobiorca
    zawiera ... umowę licencyjną", "Ein solcher Lizenznehmer benötigt ..."): read with the
    passage before it in brackets after the words, so the licence it asks for is the cap's."""
    out = list(passages)
    for index in range(1, len(out)):
        before, passage = out[index - 1], out[index]
        if passage.language not in LANGUAGES or before.language != passage.language:
            continue
        such = _SUCH.search(passage.text)
        if such is None or _has_amount(passage.text) or not _has_amount(before.text):
            continue
        text = f"{passage.text[: such.end()]} ({before.text}){passage.text[such.end() :]}"
        out[index] = replace(passage, text=text)
    return out


def _measures(passages: list[Passage]) -> dict[tuple[str, str], Passage]:
    """(term, body) of each measure of users defined by a month -> its passage; a measure
    defined by another one that names the month ("Konzernnutzer: die Summe der Aktiven Nutzer
    aller ... verbundenen Unternehmen", the Aktive Nutzer defined by a calendar month) is one
    too, the other's body after its term."""
    found: dict[tuple[str, str], Passage] = {}
    monthless: list[tuple[str, str, Passage]] = []
    for passage in passages:
        for pattern in _DEFINITIONS:
            for match in pattern.finditer(passage.text):
                term, body = match.group("term").strip(), match.group("body").strip()
                users = _USERS.search(term) or _USERS.search(body)
                if not users or _has_amount(body):
                    continue
                if _MONTH.search(body):
                    found.setdefault((term, body), passage)
                else:
                    monthless.append((term, body, passage))
    for term, body, passage in monthless:
        for (other, other_body), _ in list(found.items()):
            if other != term and _stemmed(other, passage.language).search(body):
                found.setdefault((term, f"{body} ({other_body})"), passage)
                break
    return found


def _revenues(passages: list[Passage]) -> dict[str, Passage]:
    """The revenue measures defined ("Med omsättning avses ...") -> their passages: a
    definition and nothing else."""
    found: dict[str, Passage] = {}
    for passage in passages:
        for pattern in _DEFINITIONS:
            match = pattern.search(passage.text)
            if match and _REVENUE.fullmatch(match.group("term").strip()):
                rest = passage.text[: match.start()] + passage.text[match.end() :]
                if len(re.findall(r"[^\W\d_]{2,}", rest)) <= _OTHER_WORDS:
                    found.setdefault(match.group("term").strip(), passage)
    return found


def _threshold(passages: list[Passage]) -> tuple[str, Passage] | None:
    """The sentence stating the one threshold with its amount, and its passage."""
    stated = []
    for passage in passages:
        for sentence in re.split(r"(?<=[.;])\s+", passage.text):
            if _THRESHOLD.search(sentence) and _has_amount(sentence):
                stated.append((sentence.rstrip(".; "), passage))
    return stated[0] if len(stated) == 1 else None  # two thresholds: which one is unknown


def _priced(threshold: tuple[str, Passage] | None) -> bool:
    """Whether a threshold's sentence states an amount of money (its currency beside it): in
    the languages beyond `LANGUAGES` only such a threshold is set where it is used (one with no
    currency, "Bevételi küszöb: évi 5 mrd", is applied as `foreign_cap_refs` reads it)."""
    return threshold is not None and revenue_cap(threshold[0], _ANYTHING, None) is not None


_ANYTHING = lazy_pattern(r".", re.DOTALL)


def _has_amount(text: str) -> bool:
    return any(value >= _MINIMUM for _, _, value in numbers(text))


def _stemmed(term: str, language: str | None) -> re.Pattern[str]:
    """The term where it is used: each word by its stem (declined languages), not inside the
    definition's own quotes."""
    cut = 3 if language in _SLAVIC else 2  # "Użytkownikach" used as "Użytkowników"
    stems = [w[: max(len(w) - cut, 4)] if len(w) > 4 else w for w in term.split()]
    # a capitalised German or Dutch term is used capitalised ("Gebruikers", not "gebruiken")
    flags = 0 if language in ("de", "nl") and term[:1].isupper() else _FLAGS
    return re.compile(
        r"(?<![\w\"“«„])" + r"\s+".join(re.escape(s) + r"\w*" for s in stems) + r"(?![\w\"”»“])",
        flags,
    )
