"""Passages in German, Dutch, Swedish, Danish, Norwegian, Finnish and Hungarian that state no
term of use, for `foreign_no_term` (read, and they add nothing). Each shape is read from word
tables of all seven languages, in any order within the passage:

- the lead-in to a list of definitions, ending in its verb ("In diesem Vertrag bedeuten:", "I
  detta avtal avses med", "Tässä sopimuksessa tarkoitetaan"): the definitions follow;
- a party defined by who it is, a label and a relative clause ("Nutzer: wer das Modell
  herunterlädt", "Användare: den som laddar ned modellen", "Felhasználó: aki ...");
- an offer of the model on the terms described below ("jäljempänä kuvatuin ehdoin", "az alábbi
  feltételekkel", "på följande villkor", "op de hierna beschreven voorwaarden"): the terms are
  the passages below, each read on its own;
- a labelled list of the acts granted and nothing else ("Was: nutzen, kopieren, ändern,
  kostenlos", "Rättigheter: använda, kopiera och sprida");
- the licence given to everyone who takes the model ("giver denne licens til alle, der ...",
  "geeft deze licentie aan iedereen die ..."), naming no act, purpose or limit;
- what must be done first answered "nothing" ("Was Sie vorher tun müssen: nichts");
- every duty of telling, registering or asking named only as not needed ("Sie müssen sich
  nicht registrieren und niemanden um Erlaubnis fragen", "Du behöver inte anmäla dig"): a
  negated registration is no duty;
- a notice kept only for the licensor's records or statistics ("Anmeldungen werden nur für
  unsere Statistik erfasst"): the notice itself is read where it is asked for;
- the models a licence covers described: the licence applies to every model of a family, the
  family consists of text and multimodal models, what a model takes in ("Die Lizenz gilt für
  alle Modelle der Familie", "Familjen består av textmodeller och multimodala modeller", "som
  også tar imot bilder"): which of them a clause binds is read where the clause stands;
- commercial use defined to take in use in support of a business ("Als gewerblich gilt auch
  die interne Nutzung zur Unterstützung des Geschäftsbetriebs", "Som kommersiell användning
  räknas även intern användning i näringsverksamheten"): the ordinary meaning of the term,
  by its purpose, which the grant or ban that uses it states.

A passage with its language's restrictive or ban words outside these shapes is none of them.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_no_term_eur import states_no_term_eur

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


# a label opening the passage, maybe after a clause number: "1.2 Nutzer:", "Wer:"
_LABEL = r"^\W*(?:[\d.()]+\s*)?[^\W\d_][\w-]*(?:\s+[\w-]+){0,4}\s*:\s*"
_RELATIVE = (
    r"(?:wer|jede[rs]?,?\s+(?:der|die)|die|der|diejenige\w*|wie|degene|eenieder\s+die|den\s+som"
    r"|de\s+som|var\s+och\s+en\s+som|den\s+der|de\s+der|enhver\s+(?:der|som)|den\s+som"
    r"|joka|jotka|kuka|aki|akik|amely)\b"
)
_PARTY = _re(_LABEL + _RELATIVE)
_LEAD_IN = _re(
    r"\b(?:bedeutet|bedeuten|bezeichnet|bezeichnen|gilt\s+(?:Folgendes|folgendes)"
    r"|wordt\s+verstaan\s+onder|betekent|avses\s+med|förstås\s+med|forstås\s+ved|menes\s+med"
    r"|betyr|betyder|tarkoitetaan|alkalmazásában|jelenti)\W*$"
)

_BELOW = _re(
    r"\b(?:jäljempänä|alla|seuraavassa)\s+(?:kuvatuin|mainituin|esitetyin|määritellyin)\s+ehdoin"
    r"|\bseuraavin\s+ehdoin|\baz\s+alábbi(?:akban\s+\w+)?\s+feltételek\w*"
    r"|\bpå\s+(?:följande|nedanstående|de\s+villkor\s+som\s+följer|villkoren\s+nedan)"
    r"(?:\s+villkor)?|\bpå\s+(?:følgende|nedenstående)\s+vilkår|\bpå\s+de\s+vilkår\s+(?:der|som)"
    r"\s+følger|\bop\s+de\s+(?:hierna|hieronder)\s+(?:beschreven|vermelde|genoemde)\s+voorwaarden"
    r"|\bonder\s+de\s+(?:volgende|hierna\s+beschreven)\s+voorwaarden"
    r"|\b(?:zu|unter)\s+den\s+(?:nachstehend|im\s+Folgenden|unten)\s+(?:beschriebenen|genannten)"
    r"\s+Bedingungen"
)
# the acts a licence grants (infinitives and verbal nouns), and words restricting nothing
_ACT = (
    r"(?:nutzen|benutzen|verwenden|kopieren|vervielfältigen|bearbeiten|ändern|verändern"
    r"|verbreiten|weitergeben|teilen|gebruiken|kopiëren|aanpassen|wijzigen|verspreiden"
    r"|doorgeven|delen|använda|kopiera|ändra|bearbeta|sprida|dela|mångfaldiga|bruge|bruke"
    r"|kopiere|ændre|endre|sprede|spre|videregive|videreformidle|dele|mangfoldiggøre"
    r"|mangfoldiggjøre|bearbejde|bearbeide|käyttää|kopioida|muokata|muuttaa|levittää|jakaa"
    r"|használ\w*|másol\w*|módosít\w*|átdolgoz\w*|terjeszt\w*|többszöröz\w*)"
)
_FILLER = (
    r"(?:und|oder|sowie|en|of|och|eller|og|ja|tai|és|vagy|kostenlos|unentgeltlich|gratis"
    r"|kosteloos|avgiftsfritt|kostnadsfritt|vederlagsfrit[t]?|maksutta|ilmaiseksi|ingyen\w*"
    r"|díjmentes\w*|frei|vrij|fritt|frit)"
)
_ACTS_ONLY = _re(_LABEL + rf"(?:{_ACT}|{_FILLER})(?:[\s,]+(?:{_ACT}|{_FILLER}))*\W*$")
_TO_EVERYONE = _re(
    r"\b(?:Lizenz|licentie|licens(?:en)?|lisens(?:en)?|lisenssi\w*|licenc\w*)\b[^.;]{0,40}?"
    r"\b(?:jede[mnr]?|allen|iedereen|eenieder|alla|var\s+och\s+en|alle|enhver|kaikille"
    r"|jokaiselle|mindenki\w*|bárki\w*)\b"
    r"|\b(?:jede[mnr]?|allen|iedereen|alla|alle|enhver|kaikille|mindenki\w*)\b[^.;]{0,40}?"
    r"\b(?:Lizenz|licentie|licens(?:en)?|lisens(?:en)?|lisenssi\w*|licenc\w*)\b"
)
_GIVES = _re(
    r"\b(?:gibt|erteilt|gewährt|geeft|verleent|ger|beviljar|giver|gir|antaa|myöntää|ad|adja"
    r"|biztosít\w*)\b"
)
_NOTHING = _re(
    r":\s*(?:nichts|gar\s+nichts|niets|helemaal\s+niets|ingenting|inget|intet|ei\s+mitään"
    r"|ei\s+mitn|semmi|semmit|semmi\s+sem)\W*$"
)
# a duty named only as not needed: "need not" before or after the duty
_NEED_NOT = (
    r"(?:müssen|muss|musst|brauchen|braucht|hoeft|hoeven|behöver|behøver|trenger|tarvitse"
    r"|kell|kelle|szükséges)\s+(?:\w+\s+){0,3}?(?:nicht|niet|inte|ikke|ei|nem|sem)"
    r"|(?:nicht|niet|inte|ikke|ei|nem|sem)\s+(?:\w+\s+){0,2}?(?:müssen|muss|brauchen|hoeft"
    r"|hoeven|behöver|behøver|trenger|tarvitse|kell|szükséges)"
    r"|\b(?:ist|sind|is|zijn|är|er|on|nem)\s+(?:\w+\s+)?(?:nicht|niet|inte|ikke|ei)\s+(?:nötig"
    r"|erforderlich|notwendig|nodig|vereist|nödvändig\w*|nødvendig\w*|tarpeen)"
)
_DUTY = (
    r"(?:registr\w*|anmeld\w*|aanmeld\w*|aan\s+te\s+melden|melden|mitteil\w*|anmäl\w*|meddela\w*"
    r"|tilmeld\w*|melde|underrett\w*|ilmoit\w*|rekisteröi\w*|bejelent\w*|regisztrál\w*"
    r"|erlaubnis|genehmigung|zustimmung|toestemming|goedkeuring|tillstånd|godkännande"
    r"|tilladelse|tillatelse|godkendelse|godkjenning|lupa\w*|luva\w*|engedély\w*"
    r"|hozzájárulás\w*)"
)
_NEGATED_DUTY = _re(
    rf"\b(?:{_NEED_NOT})\b[^.;]{{0,60}}?\b{_DUTY}|\b{_DUTY}[^.;]{{0,60}}?\b(?:{_NEED_NOT})\b"
)
_STILL_BINDS = _re(
    r"\b(?:aber|jedoch|sondern|maar|wel|men|utan\s+måste|dog|mutta|kuitenkin|azonban"
    r"|kommerz|gewerb|commerc|kommersi|kommerci|kaupalli|kereskedelmi|üzleti|nur|alleen|endast"
    r"|bara|kun|vain|csak)"
)
_STILL_BINDS_ONLY = _re(
    r"\b(?:nur|alleen|endast|bara|kun|vain|csak|nicht|niet|inte|ikke|ei|nem|ausgenommen|behalve"
    r"|utom|undtagen|unntatt|paitsi|kivéve)\b"
)
# a notice kept only for the licensor's own records or statistics
_FOR_RECORDS = _re(
    r"\b(?:Meldung|Anmeldung|Mitteilung|Registrierung|melding|aanmelding|registratie|anmälan"
    r"|anmälningar|registrering\w*|meddelelse\w*|tilmelding\w*|melding\w*|ilmoitu\w*"
    r"|rekisteröin\w*|bejelentés\w*|regisztráció\w*)\b[^.;]{0,60}?\b(?:nur|lediglich|allein|alleen"
    r"|uitsluitend|enbart|endast|bara|kun|alene|udelukkende|utelukkende|vain|ainoastaan|csak"
    r"|kizárólag)\b[^.;]{0,40}?\b(?:Statistik\w*|statistiek\w*|statistik\w*|tilasto\w*"
    r"|statisztik\w*|Unterlagen|administratie|register\w*|rekisteri\w*|nyilvántartás\w*"
    r"|kännedom|information\w*|informatie)"
)

# commercial use defined (deemed, counted as) to take in use in support of a business
_DEEMED = (
    r"(?:gilt|gelten|zählt|geldt|gelden|wordt\s+(?:beschouwd|aangemerkt)|räknas|anses|betragtes"
    r"|regnes|anses|katsotaan|pidetään|luetaan|minősül|számít|tekintendő|tekintjük)"
)
_COMMERCIAL = (
    r"(?:kommerz|gewerb|commerc|kommersi|kommerci|erhvervsmæssig|kaupalli|kereskedelmi|üzleti)"
)
_BUSINESS_PURPOSE = (
    r"(?:Geschäftsbetrieb\w*|Geschäftstätigkeit\w*|bedrijfsvoering|bedrijfsactiviteit\w*"
    r"|näringsverksamhet\w*|affärsverksamhet\w*|verksamhet\w*|erhvervsvirksomhed\w*"
    r"|forretning\w*|næringsvirksomhet\w*|virksomhe[dt]\w*|liiketoimin\w*|elinkeinotoimin\w*"
    r"|üzleti\s+tevékenység\w*|gazdasági\s+tevékenység\w*)"
)
_DEFINED_BUSINESS = _re(
    rf"(?=[^.;]*\b{_DEEMED}\b)(?=[^.;]*\b{_COMMERCIAL})(?=[^.;]*\b{_BUSINESS_PURPOSE})"
)

# the models a licence covers: all of a family, what the family consists of, what models take in
_MODELS = r"(?:Modell\w*|model\w*|malli\w*|modell\w*)"
_COVERS_ALL = _re(
    r"\b(?:gilt|gelten|geldt|gäller|gælder|gjelder|koskee|vonatkozik|umfasst|omfattar|omfatter)"
    rf"\s+(?:für\s+|voor\s+|för\s+|for\s+)?(?:alle|sämtliche|alla|kaikkia|minden)\s+(?:\w+\s+)?{_MODELS}"
)
_CONSISTS = _re(
    r"\b(?:besteht\s+aus|bestehen\s+aus|bestaat\s+uit|består\s+av|består\s+af|koostuu"
    rf"|áll)\b[^.;]{{0,60}}?{_MODELS}"
)
_TAKES_IN = _re(
    r"\b(?:nimmt|nehmen|verarbeite\w*|neemt|nemen|verwerk\w*|tar|tager|ottaa|ottavat|fogad\w*)"
    r"\s+(?:\w+\s+){0,2}?(?:imot|emot|imod|entgegen|aan|in|vastaan)?\s*(?:nur\s+|alleen\s+"
    r"|bara\s+|bare\s+|kun\s+|vain\s+|csak\s+)?(?:Texte?|tekst\w*|text\w*|Bilder\w*|beelden"
    r"|bilder|billeder|Ton|Audio|lyd|ljud|kuvia|ääntä|képe\w*|hang\w*|szöveg\w*)"
)
_NO_BAN_WORD = _re(
    r"\b(?:nicht|niet|inte|ikke|ei|nem|verboten|untersagt|verboden|förbjud\w*|forbudt|kielle\w*"
    r"|tilos\w*|kommerz|gewerb|commerc|kommersi|kommerci|kaupalli|kereskedelmi)"
)


def _describes_models(text: str) -> bool:
    """A passage that only says which models the licence covers and what they are."""
    if _NO_BAN_WORD.search(text) is not None:
        return False
    sentences = [s for s in re.split(r"(?<=[.;])\s+", text) if len(s.split()) > _CAPTION_WORDS]
    shapes = (_COVERS_ALL, _CONSISTS, _TAKES_IN)
    return bool(sentences) and all(any(s.search(t) for s in shapes) for t in sentences)


_CAPTION_WORDS = 3


def states_no_term_nordic(text: str, cues: Cues | None) -> bool:
    """Whether a passage in one of the languages above states no term (module docstring)."""
    if states_no_term_eur(text, cues):  # parties, counting rules, in Baltic and Slavic too
        return True
    if _FOR_RECORDS.search(text) is not None or _NOTHING.search(text) is not None:
        return True
    if _NEGATED_DUTY.search(text) is not None and _STILL_BINDS.search(text) is None:
        return True
    if _DEFINED_BUSINESS.match(text) is not None and _STILL_BINDS_ONLY.search(text) is None:
        return True  # commercial use by its purpose: the grant or ban using it is read
    if _ACTS_ONLY.search(text) is not None or _describes_models(text):
        return True  # nothing but the acts granted, or the models covered
    if cues is None or cues.prohibited is None or cues.prohibited.search(text) is not None:
        return False
    if cues.restrictive.search(text) is not None:
        return False
    if _PARTY.search(text) or _BELOW.search(text) or _LEAD_IN.search(text):
        return True
    return _TO_EVERYONE.search(text) is not None and _GIVES.search(text) is not None
