"""Passages in the Germanic, Nordic, Baltic, Finnic and Slavic languages that state no term of
use, for `foreign_no_term` (read, and they add nothing). Each shape is read from word tables of
all the languages, in any order within the passage:

- a party of the licence named, and its seat, in either word order and in any case of the party
  noun ("Poskytovatelem je ... s.r.o., sídlící v Brně", "Licencjodawcą jest ... sp. z o.o.",
  "Лицензодател е „...“ ЕООД", "Litsentsiandja on ... OÜ", "Licencijos davėjas – UAB ...",
  "Давалац лиценце је друштво ...", "Lisensgiver er ... AS"), after a clause number or a
  caption ("Artikel 1 – Definities 1.1 Licentiegever: ..."): `foreign_parties` reads the
  Romance and Russian ones;
- how a cap is counted: the licensee's own figure alone, with no number ("Es zählt nur der
  Umsatz des Lizenznehmers selbst", "Der medregnes alene licenstagerens egen omsætning",
  "Взема се предвид само оборотът на самия лицензополучател"): the cap is read where its number
  stands, counting the licensee alone;
- neither notice nor consent needed for the grant just stated ("Za to ni potrebno ne obvestilo
  ne soglasje", "Не се изисква нито уведомление, нито съгласие", "Tam nereikia nei pranešimo,
  nei sutikimo"): it takes nothing away from the grant;
- a word defined by the verb of defining around it ("Med «EØS» menes statene ...", "Unter
  „Dienst" versteht man ..."), its body naming no term;
- disputes sent to the courts of a place the passage before named ("bevoegde rechter van die
  plaats", "sąd właściwy dla tego miejsca"): no place of its own.

A passage with a commercial word, a ban word, an "only" outside the counting rule, a number, or
its language's restrictive words outside the shape is none of these: its cues read it, or it is
reported.
"""

from __future__ import annotations

import re
import unicodedata

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues

__all__ = ["states_no_term_eur"]

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)


# a clause number or a short caption before the passage ("§ 1-1", "т. 1.", "Článek I –",
# "Artikel 1 – Definities 1.1", "Члан 1.")
_LEAD = (
    r"^\W{0,3}(?:(?:[^\W\d_]{1,12}\.?\s*)?(?:§\s*)?(?:\d{1,3}(?:[.-]\d{1,3})*|[IVX]{1,5})[.)]?"
    r"\s*(?:[-–—:.]\s*)?(?:[^\W\d_]{3,20}\s+){0,3}(?:\d{1,3}(?:\.\d{1,3})+\.?\s*)?)?"
)
_PARTY_NOUN = (
    r"(?:lizenzgeber\w*|lizenznehmer\w*|rechteinhaber\w*|licentiegever|licentienemer"
    r"|licentiehouder|licencjodawc\w*|licencjobiorc\w*|poskytovatel\w*|nabyvatel\w*"
    r"|poskytovateľ\w*|nadobúdateľ\w*|dajal\w*\s+licenc\w*|imetni\w*\s+licenc\w*"
    r"|davatelj\w*\s+licenc\w*|davalac\s+licenc\w*|davaoc\w*\s+licenc\w*|stjecatelj\w*\s+licenc\w*"
    r"|давалац\s+лиценц\w*|даваоц\w*\s+лиценц\w*|стицалац\s+лиценц\w*|лицензодател\w*"
    r"|лицензополучател\w*|licencijos\s+(?:davėj|gavėj)\w*|licenciār\w*|licenciāt\w*"
    r"|licences\s+devēj\w*|litsentsiandja|litsentsisaaja|lisenssinantaja|lisenssinsaaja"
    r"|licensgivar\w*|licensgiver\w*|lisensgiver\w*|licenstagar\w*|licenstager\w*"
    r"|lisenstaker\w*)"
)
_COPULA = r"(?:[-–—:]|(?:ist|is|jest|je|sú|on|ir|yra|er|är|е|је|е\s+(?:дружество|фирма))(?!\w))"
_PARTY = _re(rf"{_LEAD}(?:(?:der|die|de|het)\s+)?{_PARTY_NOUN}\s*{_COPULA}\s*")
# a named organisation: a legal form, or a name in quotation marks
_NAMED = _re(
    r"(?<![\w.])(?:GmbH|AG|KG|UG|e\.\s?V\.|B\.\s?V\.|BV|N\.\s?V\.|sp\.\s*z\s*o\.\s*o\.|spółk\w*"
    r"|s\.\s?r\.\s?o\.|a\.\s?s\.|spol\.|d\.\s?o\.\s?o\.|d\.\s?d\.|UAB|AB|AS|ASA|SIA|OÜ|AS|Oy"
    r"|Oyj|ApS|A/S|Sàrl|Ltd\.?|Inc\.?|ЕООД|ООД|ЕАД|АД|д\.\s?о\.\s?о\.|а\.\s?д\.)(?!\w)"
    r"|[«\"“„][^«»\"“”„]{2,60}[»\"”“]"
)
_MAX_PARTY_WORDS = 24

# how a cap is counted: the licensee's own figure alone
_COUNTED = (
    r"(?:zählt|gezählt|berücksichtigt|maßgeblich|geteld|meegeteld|telt|medregnes|regnes|telles"
    r"|medräknas|räknas|beaktas|medregnet|uwzględnia\w*|liczy\s+się|wlicza\s+się|přihlíží"
    r"|započítává|zohľadňuje|prihliada|upošteva\w*|šteje|uzima\s+u\s+obzir|uzima\s+se\s+u\s+obzir"
    r"|узима\s+се\s+у\s+обзир|рачуна\s+се|взема\s+(?:се\s+)?предвид|отчита\w*|atsižvelgiama"
    r"|įskaičiuojam\w*|skaičiuojam\w*|ņem\s+vērā|ieskaita|arvesse|arvestatakse|lasketaan"
    r"|huomioidaan|otetaan\s+huomioon)"
)
_ALONE = (
    r"(?:nur|allein|ausschließlich|alleen|uitsluitend|alene|kun|endast|enbart|bara|tylko"
    r"|wyłącznie|pouze|jen|výhradně|iba|len|samo|само|tik|tikai|ainult|üksnes|vain|ainoastaan)"
)
_OWN = (
    r"(?:selbst|eigen\w*|zelf|egen|eget|egna|własn\w*|sam\w*|vlastn\w*|lastn\w*|svoj\w*|сам\w*"
    r"|собствен\w*|sopstven\w*|собствен\w*|paties|pačio|savo|pašu|paša|pašas|enda|oma|itse)"
)
_COUNTED_ALONE = _re(
    rf"\b{_COUNTED}\b[^.;]{{0,60}}?\b{_ALONE}\b[^.;]{{0,80}}?\b{_OWN}\b"
    rf"|\b{_ALONE}\b[^.;]{{0,80}}?\b{_OWN}\b[^.;]{{0,80}}?\b{_COUNTED}\b"
)
# neither notice nor consent needed
_NOT = (
    r"(?:nicht|kein\w*|weder|niet|geen|noch|inte|ej|varken|ikke|hverken|nie|ani|ne|ni|nije|nisu"
    r"|niti|није|нису|нити|не|нито|ни|ні|nei|nav|ei|mitte|ega)"
)
_NEEDED = (
    r"(?:erforderlich|nötig|notwendig|bedarf|nodig|vereist|krävs|behövs|kræves|kreves|behøves"
    r"|wymagan\w*|potrzebn\w*|vyžaduj\w*|vyžadován\w*|potřeb\w*|vyžaduje|potrebn\w*|treba"
    r"|потребн\w*|треба|изисква|необходим\w*|reikia|reikalaujam\w*|reikalingas|nepieciešam\w*"
    r"|vaja|vajalik|tarvita|tarvitse|tarvitaan|edellytetä|nereikia)"
)
_ASKED = (
    r"(?:Mitteilung\w*|Meldung\w*|Anmeldung\w*|Zustimmung\w*|Genehmigung\w*|Erlaubnis|melding\w*"
    r"|toestemming\w*|anmälan|tillstånd\w*|meddelelse\w*|tilladelse\w*|melding\w*|tillatelse\w*"
    r"|samtykke\w*|zgod\w*|zgłosz\w*|zawiadom\w*|souhlas\w*|oznámen\w*|povolen\w*|súhlas\w*"
    r"|obvestil\w*|soglasj\w*|dovoljenj\w*|obavijest\w*|obaveštenj\w*|obavještenj\w*"
    r"|suglasnost\w*|saglasnost\w*|odobrenj\w*|обавештењ\w*|сагласност\w*|одобрењ\w*"
    r"|уведомлени\w*|съгласие\w*|разрешени\w*|pranešim\w*|sutikim\w*|leidim\w*|paziņo\w*"
    r"|piekrišan\w*|atļauj\w*|teat\w*|nõusolek\w*|luba\w*|ilmoitu\w*|ilmoittaa|lupa\w*|suostumu\w*)"
)
_NOTHING_ASKED = _re(
    rf"(?=[^.;]*\b{_NOT}\b)(?=[^.;]*\b{_NEEDED})[^.;]*\b{_ASKED}[^.;]*\b{_NOT}\s+[^.;]{{0,40}}?"
    rf"\b{_ASKED}|(?=[^.;]*\b{_NEEDED})[^.;]*\b{_NOT}\s+[^.;]{{0,40}}?\b{_ASKED}[^.;]{{0,20}}?"
    rf"\b(?:oder|of|eller|lub|ani|nebo|ali|ili|или|nei|ne|ega|tai|nor|noch|varken|hverken|нито"
    rf"|niti|нити)\s+[^.;]{{0,30}}?\b{_ASKED}"
)
# a word defined by the verb of defining around it ("Med «EØS» menes statene ...", "Unter
# „Dienst" versteht man ...", "Przez „Model" rozumie się ...", "Pod pojmom ... sa rozumie")
_DEFINES = _re(
    rf"{_LEAD}(?:med|unter|onder|under|przez|pod|ar|с|под)\s+(?:pojm\w*\s+|begrebet\s+"
    rf"|begrepet\s+|termin\w*\s+)?[«\"“„‘']?[^«»\"“”„.;]{{1,40}}?[»\"”“’']?\s+(?:menes|avses|forstås"
    rf"|menas|versteht\s+man|verstehen\s+sich|wordt\s+verstaan|worden\s+verstaan|rozumie\s+się"
    rf"|se\s+rozumí|sa\s+rozumie|se\s+razumije|se\s+razume|се\s+разбира|се\s+подразбира"
    rf"|tarkoitetaan|mõistetakse|suprantam\w*|saprot)(?!\w)"
)
# disputes sent to the courts of a place named before
_COURT = (
    r"(?:Gericht\w*|rechter|rechtbank|sąd\w*|soud\w*|súd\w*|sodišč\w*|sud\w*|суд\w*|domstol\w*"
    r"|retten|ret|tuomioistuin\w*|teism\w*|tiesa|tiesā|kohus|kohtu|съд\w*)"
)
_THAT_PLACE = (
    r"(?:dieses|jenes|des)\s+Ort(?:es|s)|(?:die|dat|deze)\s+(?:plaats|woonplaats|vestigingsplaats)"
    r"|tego\s+miejsca|(?:tohoto|toho)\s+místa|tega\s+kraja|tog\s+mjesta|тог\s+места|det\s+(?:stedet"
    r"|sted)|den\s+orten|tämän\s+paikan|tos\s+vietos|šīs\s+vietas|selle\s+koha|това\s+място"
)
_THAT_VENUE = _re(rf"\b{_COURT}\b[^.;]{{0,60}}?\b(?:{_THAT_PLACE})\b")
# words of a term: such a passage is none of the above (an "only" is looked for outside the
# counting rule)
_TERM = _re(
    r"kommerz|gewerb|commerc|komercyj|zarobk|kommersi|kommerci|komerč|komercial|komercij"
    r"|комерц|търговск|привредн|pridobitn|kaupalli|äri|versl|verbot|untersag|verbod|zakaz"
    r"|förbjud|forbud|zakázán|prepoved|zabran|забран|draud|aizlieg|keela|kiellet"
    r"|(?<![\w-])(?:nur|ausschließlich|alleen|uitsluitend|wyłącznie|tylko|pouze|jen|endast|kun"
    r"|alene|bara|iba|len|samo|само|tik|tikai|ainult|vain)(?![\w-])"
)
_NUMBER = _re(r"\d[\d\s.,]*\d|\d{2,}|\b(?:Million\w*|Milliard\w*|milion\w*|mil\.|mio\.?|mln)\b")


def states_no_term_eur(text: str, cues: Cues | None) -> bool:
    """Whether a passage in one of the languages above states no term (module docstring)."""
    text = unicodedata.normalize("NFKC", text).strip()
    if _names_party(text, cues):
        return True
    counted = _COUNTED_ALONE.search(text)
    if counted is not None:
        rest = text[: counted.start()] + " " + text[counted.end() :]
        return _NUMBER.search(text) is None and _TERM.search(rest) is None
    if _TERM.search(text) is not None or _NUMBER.search(text) is not None:
        return False
    return any(p.search(text) is not None for p in (_NOTHING_ASKED, _THAT_VENUE, _DEFINES))


def _names_party(text: str, cues: Cues | None) -> bool:
    opened = _PARTY.match(text)
    if opened is None:
        return False
    rest = text[opened.end() :]
    if _NAMED.search(rest) is None or len(rest.split()) > _MAX_PARTY_WORDS:
        return False
    if _TERM.search(rest) is not None:
        return False
    return cues is None or (
        cues.restrictive.search(rest) is None
        and (cues.prohibited is None or cues.prohibited.search(rest) is None)
    )
