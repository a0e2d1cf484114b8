"""A grant confined to purposes listed one by one, in Spanish, Portuguese, French, Italian and
Romanian, for `foreign_romance.bans`: the lead-in ("La licenza è concessa unicamente per le
finalità elencate qui sotto:", "La licencia se otorga solo para los fines siguientes:"), items
naming non-commercial ends ("ricerca scientifica priva di scopo di lucro", "docencia en
escuelas", "uso pessoal"), and every other purpose excluded ("Qualsiasi altra finalità, in
particolare l'impiego nell'attività d'impresa, resta esclusa", "Cualquier otro uso queda
excluido").

An item naming only such ends, and the exclusion of every other purpose, are a ban on
commercial use (the grant reaches only those ends); the lead-in itself states no term (its
items do). An item naming a commercial or business end is none of these.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_FLAGS = re.IGNORECASE

_LEAD_IN = lazy_pattern(
    r"\b(?:unicamente|únicamente|solamente|soltanto|solo|sólo|só|apenas|somente|exclusivamente"
    r"|esclusivamente|uniquement|seulement|exclusivement|doar|numai)\b[^.;]{0,40}?\b(?:finalit\w*"
    r"|fines|fins|fin|scop\w*|buts?|prop[óo]sitos?|usos?|usages?|utiliz\w*)\b[^.;]{0,40}?"
    r"(?:elencat\w*|indicat\w*|listad\w*|enumerad\w*|indicad\w*|seguint\w*|siguientes|suivant\w*"
    r"|énumér\w*|ci-dessous|qui\s+sotto|di\s+seguito|abaixo|a\s+seguir|a\s+continuación"
    r"|următoar\w*|de\s+mai\s+jos)?\s*:\s*$",
    _FLAGS,
)
# non-commercial ends: research, teaching, study, personal use, no profit
_ENDS = (
    r"(?:investigaci[óo]n|investigação|pesquisa|recherche|ricerca|cercetar\w*|docencia|enseñanza"
    r"|ensino|enseignement|didattica|insegnamento|studio|estudio|estudo|étude|educaci[óo]n"
    r"|educação|éducation|istruzione|educa[țţ]ie|uso\s+(?:personal|pessoal|personale|privado"
    r"|privato|doméstico)|usage\s+(?:personnel|privé)|uz\s+personal)"
)
_NO_PROFIT = (
    r"(?:sin|sem|sans|senza|fără|priv[ao]\s+di|privé\s+de)\s+(?:fin\w*|ánimo|animo|scop\w*|but)"
    r"\s+(?:de\s+|di\s+|d['’])?(?:lucr\w*|profit\w*)"
)
_ITEM = lazy_pattern(
    rf"^\W*(?:[a-z0-9]{{1,3}}[.)]\s*)?(?:{_ENDS}|(?:attività|actividades?|atividades?|activités?"
    rf"|activit[ăa][țţ]i)\b[^.;]{{0,80}}?{_NO_PROFIT})",
    _FLAGS,
)
_PROFIT = lazy_pattern(
    r"comm?ercia|lucrativ|lucrati[fv]|empresa|entreprise|impresa|profession|profissiona"
    r"|profesional|negocio|negócio|affaires",
    _FLAGS,
)
_MAX_ITEM_WORDS = 16
_OTHER_EXCLUDED = lazy_pattern(
    r"\b(?:qualsiasi|ogni|cualquier|toda?|todo|qualquer|tout[e]?|orice)\s+(?:altr[ao]|otr[ao]"
    r"|outr[ao]|autre|alt[ăa]?)\s+(?:finalit\w*|fin|fines|finalidad\w*|finalidade\w*|fim|scop\w*"
    r"|but|uso|usos|utilizzo|impiego|usage|utilisation|utilização|utilización|utilizare)\b"
    r"[^.;]{0,120}?\b(?:esclus\w*|exclu\w*|excluid\w*|excluíd\w*|vietat\w*|prohibid\w*"
    r"|proibid\w*|interdit\w*|interzis\w*|non\s+(?:è\s+)?consentit\w*|no\s+(?:está\s+)?permitid\w*"
    r"|não\s+(?:é\s+)?permitid\w*|n['’]est\s+pas\s+(?:autoris|permis)\w*)",
    _FLAGS,
)


def is_purpose_lead_in(text: str) -> bool:
    """Whether a passage only opens a list of the purposes the grant is confined to."""
    return _LEAD_IN.search(text) is not None


def confines_to_non_commercial_ends(text: str) -> bool:
    """Whether a passage is an item naming only non-commercial ends, or excludes every other
    purpose than those listed (module docstring)."""
    if _OTHER_EXCLUDED.search(text) is not None:
        return True
    if len(text.split()) > _MAX_ITEM_WORDS or _ITEM.search(text) is None:
        return False
    rest = re.sub(_NO_PROFIT, " ", text, flags=_FLAGS)
    return _PROFIT.search(rest) is None


# a grant within the purposes another article lists ("Entro le finalità dell'art. 1, ...
# autorizza l'uso", "Dentro de los fines del artículo 1 se permite", "Dans les limites de
# l'article 1, le Concédant autorise"): the article's list states the term
_WITHIN_ARTICLE = lazy_pattern(
    r"\b(?:entro|nei\s+limiti\s+d\w*|dentro\s+d\w*|dans\s+(?:les\s+limites|le\s+cadre)\s+d\w*"
    r"|în\s+limitele|para\s+(?:los|as|os)|per\s+le|aux|nos\s+limites\s+d\w*)\s*(?:(?:le|las|los"
    r"|as|os|i|les)\s+)?(?:finalit\w*|fines|fins|buts|scopuril\w*|limites)?\s*(?:del|dell['’]"
    r"|de\s+l['’]|de\s+la|du|do|da|de|al|ale)?\s*(?:art\.?|artículo|articolo|article|artigo"
    r"|articolul|cl[áa]usula|clause|§)\s*\d+",
    _FLAGS,
)
_GRANT = lazy_pattern(
    r"\b(?:autoriz\w*|autoris\w*|permit\w*|permet\w*|permett\w*|consent\w*|conced\w*|concèd\w*"
    r"|otorg\w*|outorg\w*|accord\w*|acord\w*)",
    _FLAGS,
)


def grants_within_listed_purposes(text: str) -> bool:
    """Whether a passage grants use within the purposes another article lists, naming no
    commercial end itself: the list states the term (no term here)."""
    if _WITHIN_ARTICLE.search(text) is None or _GRANT.search(text) is None:
        return False
    return _PROFIT.search(text) is None
