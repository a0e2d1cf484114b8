"""Passages of the European languages that state no term of use (session 37), for
`foreign_no_term`, each shape by its general wording:

- copies carry this licence's text, the verbs and the smaller languages the other readers miss
  ("dass dieser Lizenztext jeder Weitergabe beiliegt", "à condition de joindre le présent
  texte", "Trid iżżomm din il-liċenzja ma' kull kopja", "Þessi texti skal fylgja hverju
  eintaki"), the condition said to be the only one ("Bedingung ist allein, dass ...");
- the model given as it is, without warranty, in Maltese and Icelandic ("kif inhu, mingħajr
  garanzija", "eins og það er, án ábyrgðar");
- commercial use defined by the economic advantage it brings, with the adjective first ("È
  commerciale ogni uso da cui ... traggano un vantaggio economico", "Est commercial tout usage
  ..."): the ordinary meaning of the term, which the grant or ban using it states; a definition
  naming who the user is stays unread;
- a licence given free and non-exclusive on the model, naming no act, purpose or limit ("Il
  Licenziante concede una licenza gratuita e non esclusiva sul modello");
- the languages a licence exists in ("Deze licentie bestaat in het Nederlands en het Frans");
- a row of a table read with its measure (`foreign_passages_s37eu`) keeping use free below a
  figure ("omsætning op til 75.000.000 kr.: gratis, ingen tilmelding"): the cap is the row
  above it.

A passage with a word of banning, of "only" (other than the condition's own), of research or
of non-commercial ends is none of them.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["states_no_term_s37eu"]

_FLAGS = re.IGNORECASE


def _re(*pieces: str) -> re.Pattern[str]:
    return lazy_pattern("|".join(pieces), _FLAGS)


# a word of a term: a ban, "only", research, non-commercial ends, a permission
_TERM = _re(
    r"\b(?:verbot\w*|untersag\w*|nicht|kein\w*|interdi\w*|ne\s+\w+\s+pas|vietat\w*|non|nur"
    r"|seulement|uniquement|solo|soltanto|esclusivamente|ausschließlich|only|tikai|biss|biss\w*"
    r"|forsch\w*|recherche\w*|ricerca\w*|research|genehm\w*|erlaubnis|zustimm\w*|autoris\w*"
    r"|autorizza\w*|consenso|consentement|ma\s+jistax\w*|ekki|bann\w*|bönn\w*|óheimil\w*|einungis|aðeins|projbit\w*)\b",
)
# "the only condition is that": the narrowing word is the condition's own
_ONLY_CONDITION = _re(
    r"\bBedingung\s+ist\s+(?:allein|lediglich|nur)\b|\b(?:einzige|alleinige)\s+Bedingung\s+ist\b"
    r"|\bla\s+seule\s+condition\s+est\b|\bl['’]unica\s+condizione\s+è\b|\bla\s+única\s+condición"
    r"\s+es\b|\ba\s+única\s+condição\s+é\b",
)
_THIS_TEXT = (
    r"(?:\bdiese[rsnm]?\s+Lizenz(?:text|bedingungen)?\w*|\ble\s+présent\s+(?:texte|contrat)"
    r"|\bla\s+présente\s+licence|\bce\s+texte|\bdin\s+il-liċenzja|\bdin\s+il-licenzja"
    r"|\bdan\s+it-test|\bþessi\s+(?:texti|leyfi|skilmálar)|\bþetta\s+leyfi|\bþessum\s+(?:texta"
    r"|skilmálum)|\bil\s+presente\s+testo|\bla\s+presente\s+licenza|\beste\s+texto)"
)
_CARRY = (
    r"(?:\bbeilieg\w*|\bbeizuleg\w*|\bbeigelegt\w*|\bjoindre|\bjoint\w*|\balleg\w*|\bacompañ\w*"
    r"|\b(?:i?żżomm|tżomm|jżomm|jinżamm)|\bfylgja|\bfylgi|\bfylgir|\bmeðfylgjandi|\bunire|\ballegare)"
)
_COPY = (
    r"(?:\bWeitergabe\w*|\bKopie\w*|\bcopie\w*|\bapplication\b|\bkopja\b|\bkopji\b|\bkull\s+kopja"
    r"|\beintak\w*|\bafrit\w*|\bcopia\b|\bcopie\b|\bcópia\w*)"
)
_COPIES = _re(
    _THIS_TEXT + r"[^.;]{0,80}?" + _CARRY,
    _CARRY + r"[^.;]{0,80}?" + _THIS_TEXT,
)
_HAS_COPY = _re(_COPY)
_AS_IS = _re(
    r"\bkif\s+inhu\b|\bmingħajr\s+(?:ebda\s+)?garanzij\w*|\beins\s+og\s+(?:það|hann|hún)\s+er\b"
    r"|\bán\s+(?:nokkurrar\s+)?ábyrgðar\b",
)
# commercial use defined by the advantage it brings, the adjective first
_DEFINED_FIRST = _re(
    r"^\W*(?:è|é|est|es|ist|is)\s+(?:commercial\w*|comercial\w*|kommerziell\w*|commercieel)\s+"
    r"(?:ogni|qualsiasi|tout\w*|todo|toda|qualquer|jede\w*|elk\w*)\s+(?:uso|usage|utilisation"
    r"|utilizzo|utilización|utilização|Nutzung|gebruik)\b",
)
_ADVANTAGE = _re(
    r"\bvantaggi\w*\s+(?:economic\w*|commercial\w*|patrimonial\w*)|\bavantage\s+(?:économique"
    r"|commercial|financier)|\bventaja\s+(?:económica|comercial)|\bvantagem\s+(?:económica"
    r"|económica|econômica|comercial)|\bwirtschaftlich\w*\s+Vorteil\w*|\beconomisch\s+voordeel"
    r"|\bprofitt\w*|\blucr\w*|\bprofit\w*|\bGewinn\w*",
)
_WHO = _re(
    r"\b(?:impres\w*|aziend\w*|societ\w*|entrepris\w*|sociét\w*|empres\w*|Unternehm\w*"
    r"|bedrij\w*|organizz\w*|organis\w*)",
)
# a licence given free and non-exclusive on the model, nothing more
_PLAIN_LICENCE = _re(
    r"^\W*(?:il\s+licenziante|la\s+licenziante)\s+concede\s+(?:al\s+licenziatario\s+)?una\s+"
    r"licenza\s+(?:(?:gratuita|non\s+esclusiva|mondiale|perpetua|revocabile|irrevocabile),?\s+"
    r"(?:e\s+)?){1,4}(?:sul|per\s+il|relativa\s+al)\s+modello\W*$",
    r"^\W*(?:le\s+concédant|la\s+concédante)\s+(?:accorde|concède)\s+une\s+licence\s+(?:(?:gratuite"
    r"|non\s+exclusive|mondiale),?\s+(?:et\s+)?){1,4}sur\s+le\s+modèle\W*$",
)
# the languages a licence exists in
_LANGUAGES = _re(
    r"^\W*(?:deze|de)\s+licentie\s+(?:bestaat|is\s+opgesteld)\s+in\s+het\s+\w+\s+en\s+(?:in\s+)?het"
    r"\s+\w+\W*$|^\W*(?:la\s+présente|cette)\s+licence\s+(?:existe|est\s+rédigée)\s+en\s+\w+\s+et"
    r"\s+en\s+\w+\W*$|^\W*diese\s+Lizenz\s+(?:liegt|besteht)\s+(?:in|auf)\s+\w+\s+und\s+\w+"
    r"(?:\s+vor)?\W*$",
)
# a row keeping use free below a figure: "... op til 75.000.000 kr.: gratis, ingen tilmelding"
_FREE_BELOW = _re(
    r"\b(?:op\s+til|indtil|upp\s+till|inntil|opptil|bis(?:\s+zu)?|unter|jusqu['’]à|moins\s+de"
    r"|hasta|menos\s+de|até|fino\s+a|tot|minder\s+dan|do|poniżej|до|менше|enintään|alle)\s+"
    r"[\d.,\s]+\d[^:|]{0,20}:\s*(?:gratis|kostenlos|kostenfrei|frei|gratuit\w*|gratuito|gratuita"
    r"|libre|livre|free|gratis|bezpłatn\w*|бесплатн\w*|безкоштовн\w*|zdarma|ingyenes|maksuton"
    r"|ilmainen|vederlagsfri\w*|avgiftsfri\w*|kostnadsfri\w*)"
    r"(?:\s*,\s*(?:ingen|keine|kein|aucune?|sin|sem|senza|geen|bez|без|ei|nincs)\s+"
    r"(?:tilmelding|registrering|anmälan|påmelding|Anmeldung|Registrierung|inscription"
    r"|enregistrement|registro|inscripción|registo|registrazione|aanmelding|registratie"
    r"|rejestracji|регистрации|реєстрації|rekisteröintiä|ilmoitusta))?\W*$",
)


def states_no_term_s37eu(text: str) -> bool:
    """Whether a passage is one of the clauses of the module's list."""
    plain = _ONLY_CONDITION.sub(" ", text)
    if any(p.search(text) is not None for p in (_FREE_BELOW, _PLAIN_LICENCE, _LANGUAGES)):
        return True  # whole passages of these words alone ("non esclusiva" is no ban)
    if _TERM.search(plain) is not None:
        return False
    if _COPIES.search(plain) is not None and (
        _HAS_COPY.search(plain) is not None or _ONLY_CONDITION.search(text) is not None
    ):
        return True
    if _DEFINED_FIRST.search(text) and _ADVANTAGE.search(text) and not _WHO.search(text):
        return True
    return _AS_IS.search(text) is not None
