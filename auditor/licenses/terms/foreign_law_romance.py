"""The governing law in Spanish, Portuguese, French, Italian and Romanian, named by a nationality
adjective ("se rigen por la legislación chilena", "Le droit suisse est applicable", "Legge
regolatrice: italiana", "Droit applicable : belge", "Aplica-se a lei brasileira") or by a place
after a law noun with the verb first ("Rige la ley de la República Argentina", "régie par les
lois en vigueur au Québec").

A law noun and an adjective or place count only in a passage that chooses a law: a verb or an
adjective of governing or applying ("rige", "soumis", "s'applique", "applicabile", "aplicável",
"se aplică") in the same clause, a caption of the applicable law before it ("Droit applicable :
belge"), or a passage that is nothing but the law ("Lei brasileira.", "Diritto italiano."). A
law named beside a court, or one to obey ("cumplir la legislación española"), is not read.

`LAWS_ROMANCE` is (pattern, code) pairs in the shape of `foreign_cues.Cues.laws` (tried on every
passage; they stand beside the Italian cues).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_law import _CONTAINING as CONTAINING  # the shared tables
from auditor.licenses.terms.foreign_law import _PLACES as PLACES

_FLAGS = re.IGNORECASE

# nationality adjectives (es, pt, fr, it, ro), as ISO codes; stems take every gender and number
_ADJECTIVES: dict[str, str] = {
    "ES": r"español\w*|espanhol\w*|espagnol\w*|spagnol\w*|spaniol\w*|espanyol\w*",
    "PT": r"portugu[eê]s\w*|portuguesa\w*|portugais\w*|portoghes\w*|portughez\w*",
    "FR": r"francés|francesa\w*|franceses|francês|français\w*|francese|francesi|francez\w*"
    r"|franceză",
    "IT": r"italian\w*|italien\w*|italiano",
    "BE": r"belga|belgas|belge|belges|belgian\w*",
    "CH": r"suiz[oa]s?|suíç[oa]s?|suisse|suisses|svizzer\w*|elvetic\w*|helvétique|elve[țţ]ian\w*",
    "LU": r"luxemburgu[eé]s\w*|luxembourgeois\w*|lussemburghes\w*|luxemburghez\w*",
    "DE": r"alem[aã]n\w*|alemã|alemães|allemand\w*|tedesc\w*|german[aă]?",
    "AT": r"austr[ií]ac\w*|autrichien\w*",
    "NL": r"neerland[eê]s\w*|holand[eé]s\w*|néerlandais\w*|olandes\w*",
    "MX": r"mexican\w*|mexicain\w*|messican\w*",
    "AR": r"argentin[oa]s?|argentin\w*",
    "CL": r"chilen[oa]s?|chilien\w*|cilen\w*",
    "CO": r"colombian[oa]s?|colombien\w*",
    "PE": r"peruan[oa]s?|péruvien\w*",
    "UY": r"uruguay[oa]s?|uruguai[oa]s?|uruguayen\w*",
    "BR": r"brasileñ\w*|brasileir\w*|brésilien\w*|brasilian\w*|brazilian\w*",
    "RO": r"român\w*|roumain\w*|ruman[oa]s?|romen[oa]|romeni",
    "CA": r"canadien\w*|canadiense\w*|canadense\w*|canades[ei]|québécois\w*|quebequense\w*",
    "GB": r"británic\w*|britânic\w*|britannique\w*|britannic\w*|ingl[eé]s\w*|anglais\w*"
    r"|ingles[ei]|englez\w*",
    "US": r"estadounidense\w*|norte-?american\w*|américain\w*|statunitens\w*",
}
# places beyond the shared table (`foreign_law._PLACES`)
_MORE_PLACES: dict[str, str] = {
    "CA": r"Québec|Quebec|Ontario|Colombie-Britannique|Alberta",
    "LU": r"Luxembourg|Luxemburgo|Lussemburgo|Luxemburg",
    "UY": r"Uruguay|Uruguai",
    "RO": r"Roumanie|Rumanía|Romênia|Roménia|Romania|România",
}

_LAW_NOUN = (
    r"(?:leyes|ley|legislación|derecho|ordenamiento(?:\s+jurídico)?|leis|lei|legislação|direito"
    r"|droit|lois?|législation|legge|leggi|legislazione|diritto|ordinamento|legea|legile"
    r"|legisla[țţ]ia|dreptul|llei|lleis|legislació|dret|lexislación|lexislacións"
    # the law referred back to after the verb: "la legge che governa ... è quella della Repubblica"
    r"|(?<=\s)(?:quella|quello|aquella|aquela|celle|cea|aquesta))"
)
_IN_FORCE = (
    r"(?:\s+(?:federal|federales|fédéral\w*|federale|federali|en\s+vigueur|vigente\w*"
    r"|in\s+vigore|em\s+vigor|în\s+vigoare|sustantiv[oa]|material|matériel))?"
)
# a verb or an adjective of choosing a law: governs, applies, applicable, submitted to
_FRAME = (
    r"(?:\b(?:se\s+rigen?|rigen?|regir\w*|regid[oa]s?|se\s+somete\w*|sometid[oa]s?|sujet[oa]s?"
    r"|sujeit[oa]s?|submetid[oa]s?|rege-se|regem-se|aplica-se|aplicam-se|se\s+aplica\w*"
    r"|aplicable|aplicables|aplicável|aplicáveis|régie?s?|régit|régissent|soumise?s?"
    r"|applicable|applicables|s['’]applique\w*|gouvern\w*|si\s+applica\w*|applicabile|applicabili"
    r"|regolat\w*|regolatrice|disciplinat\w*|soggett[oa]|soggett[ie]|se\s+aplică|aplicabil\w*"
    r"|guvernat\w*|supus\w*|reguladora|reguladores|rette|retta|retto|rett[ie]"
    # governs, and "is of application": "las leyes ... gobiernan", "la legge che governa", "será
    # de aplicación", "trouve application", "è di applicazione", "se regeix", "s'aplica"
    r"|gobiern\w*|govern\w*|guverneaz\w*|(?:de|d['’]|di|da)\s*aplica(?:ción|ção|ció|re)"
    r"|(?:d['’]|trouve\w*\s+)application|di\s+applicazione|se\s+regeix\w*|regeix\w*"
    # read by, interpreted under (es, pt, fr, it, ro, ca, gl): "se interpretan conforme a la
    # legislación", "s'interprètent selon le droit", "réxese pola lexislación"
    r"|(?:se\s+|s['’]|si\s+|es\s+)?interpr[eè]t\w*|réxe(?:se|nse)|rexe(?:se|nse)|rexid[oa]s?)\b)"
)
_ARTICLE = r"(?:(?:el|la|los|las|le|les|il|lo|o|a|os|as|l['’])\s*)?"
# a law to obey, or a court: not the choice of law (looked for from the passage's start)
_NOT_CHOICE = (
    r"\b(?:cumplir|cumpla\w*|cumprir|cumpra\w*|respect(?:er|ez)|respetar|respeitar|rispettare|observar"
    r"|tribunal\w*|tribunale\w*|instan[țţ]\w*|foro|fuero|jurisdic\w*|giurisdizion\w*"
    r"|protección\s+de\s+datos|proteção\s+de\s+dados|protezione\s+dei\s+dati"
    r"|données\s+personnelles|datelor\s+personale)\b"
)
_TITLE = (
    r"(?:de|del|de\s+la|da|do|dos|das|du|de\s+l['’]|des|della|dello|dei|di|al|au|aux|a|à|en|em|no"
    r"|na|in|nel|nella|în|din|République|República|Repubblica|Republica|Estado|État|Stato"
    r"|Federativa|Federal|fédérale|federale|Bolivariana|Oriental|Plurinacional"
    r"|Statul|Reino|Royaume|Regno|Principado|Principauté|Confederación|Confédération"
    r"|Confederazione|Confederação|Gran\s+Ducado|Grand-Duché|Granducato|province\s+de|provincia"
    r"\s+de|territorio\s+de|territoire\s+de)"
)


_COURTS = (
    r"(?:tribunaux|tribunales|tribunais|tribunali|tribunals|instan[țţ]ele|juridictions|juzgados"
    r"|cours|corti|jutjats|xulgados)"
)
# a clause's number before a bare law ("Cláusula 3.ª – Lei portuguesa.", "§ 4 Diritto italiano.")
_NUMBERED = r"\W*(?:[^\W\d_]{2,15}\.?\s*)?(?:\d{1,3}[.ºª°]*(?:[ao]\b\.?)?\s*)?(?:[-–—:.]\s*)?"


def _pair(name: str) -> re.Pattern[str]:
    """A law noun then `name` (an adjective or a place), in a passage choosing a law and not
    obeying one or naming a court (`_NOT_CHOICE`, looked for first from the passage's start)."""
    law = rf"{_LAW_NOUN}{_IN_FORCE}\s+(?:{_TITLE}\s+){{0,4}}?(?<![\w-])(?:{name})(?![\w-])"
    caption = (
        rf"{_LAW_NOUN}\s+{_FRAME}\s*[:\-–—.]\s*{_ARTICLE}(?:{_LAW_NOUN}\s+)?(?:{name})(?![\w-])"
    )
    return lazy_pattern(
        rf"^(?![^\n]*{_NOT_CHOICE})(?:[^\n]*?(?:{_FRAME}[^.;]{{0,60}}?{law}|{law}[^.;]{{0,60}}?"
        rf"{_FRAME}|{caption})|{_NUMBERED}{_ARTICLE}{law}\W*$)"
        # the law first, then the courts that decide: "le droit du Québec, et les tribunaux de
        # Montréal tranchent", "la ley española, y los tribunales de Bilbao resuelven"
        rf"|^{_NUMBERED}{_ARTICLE}{law}\s*,?\s+(?:et|y|e|i|și)\s+{_ARTICLE}{_COURTS}\b",
        _FLAGS,
    )


LAWS_ROMANCE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (_pair(names), code)
    for table in (CONTAINING, _ADJECTIVES, _MORE_PLACES, PLACES)  # longer names first
    for code, names in table.items()
)
"""(pattern, code): the law chosen by a nationality adjective or a place (module docstring)."""


def names_law(text: str) -> bool:
    """Whether a passage chooses a law by an adjective or a place (for short passages in Latin
    letters no language was told for: "Legge regolatrice: italiana.", "Lei brasileira.")."""
    return any(pattern.search(text) is not None for pattern, _ in LAWS_ROMANCE)
