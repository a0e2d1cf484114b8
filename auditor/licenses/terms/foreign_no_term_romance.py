"""Passages in Spanish, Portuguese, French, Italian and Romanian that state no term of use, for
`foreign_no_term.states_no_term` (the English rules leave such sentences aside too):

- copies carry this licence: a copy or redistribution and this text, licence or terms that it
  carries ("Toute copie redistribuée reproduit le présent texte", "Chi ridistribuisce il modello
  vi allega il presente testo", "puede redistribuirlo siempre que lo acompañe de estos
  términos", "As cópias devem incluir esta licença");
- definitions with the verb first ("Se entiende por «Material» los pesos ..., y por «parte
  licenciada» cualquier persona ...", "On entend par « Modèle » les poids"), or the lead-in to
  a list of them ("A los fines de la presente licencia se entiende por:");
- the model offered on the terms that follow ("pone a disposición del público los pesos en los
  términos que siguen", "met le modèle à disposition selon les termes suivants");
- the model given as it is ("se entrega en el estado en que se encuentra", "fornito nello stato
  in cui si trova", "fourni en l'état", "ca atare");
- every other use kept by the licensor ("Cualquier otro uso queda reservado al Licenciante",
  "Tout autre usage reste réservé"): the grant beside it says what is granted;
- a notice whose purpose is only statistical or informative ("A ciência tem finalidade
  meramente estatística"): the notice route beside it is read where it stands;
- a cap counted per application, with no number ("Ogni applicazione è considerata a sé"), in a
  sentence whose language was not told (`foreign_daily_caps.is_counted_apart`).

A passage that also names commercial use, a ban, a permission or a purpose is none of these.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_daily_caps import is_counted_apart
from auditor.licenses.terms.foreign_purposes_romance import (
    grants_within_listed_purposes,
    is_purpose_lead_in,
)

_FLAGS = re.IGNORECASE
_LANGUAGES = ("es", "pt", "fr", "it", "ro")

_THIS = (
    r"(?:est[aeo]s?|el\s+presente|la\s+presente|los\s+presentes|las\s+presentes|le\s+présent"
    r"|la\s+présente|les\s+présentes|ce(?:tte|s)?|il\s+presente|la\s+presente|questa|questo"
    r"|queste|o\s+presente|a\s+presente|acest\w*|prezent\w*|dicha|dicho|di\s+essa)"
)
_TEXT = (
    r"(?:texto|texte|testo|licencia|licence|licenza|licença|licen[țţ]\w*|términos|termos|termini"
    r"|termes|conditions|condiciones|condizioni|condições|condi[țţ]ii\w*|documento|document)"
)
_COPY = (
    r"(?:copi\w*|cópia\w*|redistribu\w*|ridistribu\w*|distribu\w*|condivi\w*|compart\w*"
    r"|partag\w*|difund\w*|diffus\w*)"
)
_CARRY = (
    r"(?:acompañ\w*|acompanh\w*|accompagn\w*|reproduc\w*|reproduz\w*|reprodu\w*|alleg\w*"
    r"|riport\w*|inclu\w*|includ\w*|joi\w*|conserv\w*|manten\w*|mantien\w*|anex\w*|conțin\w*"
    r"|con[țţ]in\w*|păstr\w*|llev\w*|lev\w*|port\w*|adjunt\w*|junt\w*)"
)
_LICENCE_CARRIED = lazy_pattern(
    rf"\b{_COPY}[^.;]{{0,100}}?\b{_CARRY}[^.;]{{0,40}}?\b{_THIS}\s+{_TEXT}\b"
    rf"|\b{_THIS}\s+{_TEXT}\b[^.;]{{0,60}}?\b{_CARRY}[^.;]{{0,60}}?\b{_COPY}",
    _FLAGS,
)
_DEFINED_FIRST = lazy_pattern(
    r"^\W*(?:[^\W\d_][\w'’]*(?:\s+[\w'’]+){0,7}\s*,?\s*)?(?:se\s+entiende[n]?|se\s+entender[áa]n?"
    r"|entende-se|entendem-se|on\s+entend|s['’]entend\w*|si\s+intend\w*|se\s+înțeleg\w*"
    r"|se\s+consideran?|considera-se)\s+(?:por|par|per|prin)\b(?:\s*:\s*$|\s*[\"“«„‘])",
    _FLAGS,
)
_ON_TERMS = lazy_pattern(
    r"\b(?:pone|ponen|disponibiliza\w*|met|mettent|mette|mettono|pune|publica|publie|pubblica"
    r"|ofrece|oferece|offre)\b[^.;]{0,120}?\b(?:en|bajo|nos|nas|sob|aux|dans|selon|alle|nei"
    r"|în|conform)\s+(?:los|las|os|as|les|i|le|la)?\s*(?:términos|condiciones|termos|condições"
    r"|termes|conditions|termini|condizioni|condi[țţ]iile|termenii)\s+(?:que\s+siguen|siguientes"
    r"|seguintes|que\s+se\s+seguem|abaixo|suivants|suivantes|qui\s+suivent|ci-dessous|seguenti"
    r"|che\s+seguono|di\s+seguito|următoare|de\s+mai\s+jos)",
    _FLAGS,
)
_AS_IT_IS = lazy_pattern(
    r"\ben\s+el\s+estado\s+en\s+que\s+se\s+encuentra|\btal\s+(?:como|cual)\s+(?:está|es)\b"
    r"|\bno\s+estado\s+em\s+que\s+se\s+encontra|\bno\s+estado\s+em\s+que\s+está"
    r"|\bdans\s+l['’]état\s+où\s+il\s+se\s+trouve|\ben\s+l['’]état\b|\btel\s+quel\b"
    r"|\bcosì\s+com['’]è|\bnello\s+stato\s+in\s+cui\s+si\s+trova|\bca\s+atare\b"
    r"|\bîn\s+starea\s+în\s+care\s+se\s+află",
    _FLAGS,
)
_OTHER_RESERVED = lazy_pattern(
    r"\b(?:cualquier|todo|toda|tout|toute|ogni|qualsiasi|qualquer|todo\s+o|orice)\s+(?:otro|otra"
    r"|autre|altro|altra|outro|outra|alt[ăa]?)\s+(?:uso|usos|utilización|usage|utilisation"
    r"|utilizzo|impiego|utilização|utilizare|derecho|droit|diritto|direito|drept)\b[^.;]{0,40}?"
    r"\b(?:reservad\w*|réservé\w*|riservat\w*|rezervat\w*)",
    _FLAGS,
)
# words of a term: such a passage is none of the above
_TERM = lazy_pattern(
    r"comercia|commercia|lucr|profit|empresa|entreprise|impresa|prohib|proib|interdi|vietat"
    r"|interzi|autoriza[cç]|autorización|autorisation|autorizzazione|autorizar|permiso|permission"
    r"|permesso|permisiun|consentimiento|consentement|consenso|solo\b|sólo|únicamente|seulement"
    r"|uniquement|soltanto|unicamente|apenas|somente|doar\b|numai\b|investigaci|recherche|ricerca"
    r"|pesquisa|cercetar|usuarios|utilisateurs|utenti|usuários|utilizatori",
    _FLAGS,
)


# a notice's purpose only statistical or informative ("A ciência tem finalidade meramente
# estatística", "La notification a un but purement statistique")
_ONLY_STATISTICS = lazy_pattern(
    r"\b(?:finalidad|finalidade|finalité|finalità|finalitate|fin|fim|scop\w*|but|objet|objetivo"
    r"|propósito)\s+(?:\w+\s+)?(?:meramente|puramente|únicamente|exclusivamente|uniquement"
    r"|purement|simplement|solamente|soltanto|esclusivamente|pur|doar)?\s*(?:estadístic\w*"
    r"|estatístic\w*|statistiqu\w*|statistic\w*|informativ\w*|informati[fv]\w*)",
    _FLAGS,
)


def states_no_term_romance(text: str) -> bool:
    """Whether a Romance passage states no term of use (module docstring)."""
    if _ONLY_STATISTICS.search(text) is not None and not re.search(r"comm?erci", text, _FLAGS):
        return True
    if is_purpose_lead_in(text) or grants_within_listed_purposes(text):
        return True  # "unicamente per le finalità elencate qui sotto:": its items are the terms
    if any(is_counted_apart(language, text) for language in _LANGUAGES):
        return True  # a cap counted per application, its language untold ("und")
    if _TERM.search(text) is not None:
        return False
    return any(
        p.search(text) is not None
        for p in (_LICENCE_CARRIED, _DEFINED_FIRST, _ON_TERMS, _AS_IT_IS, _OTHER_RESERVED)
    )
