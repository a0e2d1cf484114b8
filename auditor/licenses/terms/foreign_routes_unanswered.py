"""A notice the licensor does not answer, in the European languages, for `foreign_routes`: the
sentences after a notice duty saying the licensor neither reviews, confirms nor answers it, or
that the right stands whatever the reply ("Sie wird weder geprüft noch bestätigt", "ongeacht
of en hoe de licentiegever reageert", "elle n'est ni examinée ni confirmée", "independientemente
de la respuesta"): they ask for no decision, so with the notice they are its condition
(`registration`), as a decision said unneeded is. Also the German separable verb of giving
notice ("zeigt dies der Lizenzgeberin vor Beginn an") and the noun ("die Anzeige") as telling,
and a notice sentence told English or not told among sentences of one language (an e-mail
address and a model's name mislead the telling) read in that language (`main_language`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.text.language import Passage

__all__ = ["COMMERCIAL_MORE", "TELL_MORE", "main_language", "unanswered"]

# telling the licensor, beside `foreign_routes._TELL`
TELL_MORE: dict[str, str] = {
    "de": r"|anzeig\w*|Anzeige\w*|zeig(?:t|en)\b[^.;]{0,80}?\ban\b|informier\w*|unterricht\w*"
    r"|in\s+Kenntnis\s+setz\w*",
    "nl": r"|kennisgev\w*|in\s+kennis\s+stel\w*|op\s+de\s+hoogte\s+stel\w*|notific\w*",
}
# commercial, beside `foreign_routes._COMMERCIAL` ("commerciële")
COMMERCIAL_MORE: dict[str, str] = {"nl": r"|commerci[eë]\w*|bedrijfsmatig\w*"}
# a negation, then reviewing, confirming, answering; or "whatever the reply"
_UNANSWERED: dict[str, str] = {
    "de": r"\b(?:weder|nicht|keine?\w*)\b[^.;]{0,30}?\b(?:geprüft|prüf\w*|bestätig\w*"
    r"|beantwort\w*|antwort\w*|Rückmeldung\w*)|\bunabhängig\s+davon\b[^.;]{0,60}?"
    r"\b(?:antwort\w*|reagier\w*|Rückmeldung|äußer\w*)",
    "nl": r"\b(?:niet|geen|noch)\b[^.;]{0,30}?\b(?:beoordeel\w*|gecontroleerd|controleer\w*"
    r"|bevestig\w*|beantwoord\w*|antwoord\w*)|\bongeacht\b[^.;]{0,60}?\b(?:antwoord\w*"
    r"|reageer\w*|reageert|reactie)",
    "fr": r"\b(?:ni|ne|n['’]|aucune?)\b[^.;]{0,30}?\b(?:examin\w*|vérifi\w*|confirm\w*"
    r"|répon\w*|valid\w*)|\b(?:quelle\s+que\s+soit|indépendamment\s+de)\b[^.;]{0,60}?"
    r"\b(?:répon\w*|réaction)",
    "es": r"\b(?:no|ni)\b[^.;]{0,30}?\b(?:revis\w*|examin\w*|confirm\w*|respond\w*|respuesta"
    r"|valid\w*|verific\w*)|\b(?:con\s+independencia|independientemente)\b[^.;]{0,60}?"
    r"\b(?:respuesta|respond\w*|conteste)",
    "pt": r"\b(?:não|nem)\b[^.;]{0,30}?\b(?:revist\w*|analisad\w*|examinad\w*|confirm\w*"
    r"|respond\w*|resposta|validad\w*|verificad\w*)|\bindependentemente\b[^.;]{0,60}?"
    r"\b(?:respost\w*|respond\w*)",
    "it": r"\b(?:non|né)\b[^.;]{0,30}?\b(?:esaminat\w*|verificat\w*|confermat\w*|rispost\w*"
    r"|rispond\w*|valutat\w*)|\bindipendentemente\b[^.;]{0,60}?\b(?:rispost\w*|rispond\w*)",
    "pl": r"\b(?:nie|ani)\b[^.;]{0,30}?\b(?:weryfik\w*|sprawdz\w*|potwierdz\w*|odpowi\w*"
    r"|rozpatr\w*)|\bniezależnie\s+od\b[^.;]{0,60}?\b(?:odpowied\w*|reakcj\w*)",
    "sv": r"\b(?:varken|inte|ej|eller)\b[^.;]{0,30}?\b(?:granska\w*|bekräfta\w*|besvara\w*"
    r"|svara\w*)|\boavsett\b[^.;]{0,60}?\b(?:svar\w*|reagera\w*)",
    "da": r"\b(?:hverken|ikke|eller)\b[^.;]{0,30}?\b(?:gennemg\w*|bekræft\w*|besvar\w*"
    r"|svar\w*)|\buanset\b[^.;]{0,60}?\b(?:svar\w*|reager\w*)",
    "no": r"\b(?:verken|ikke|eller)\b[^.;]{0,30}?\b(?:gjennomg\w*|bekreft\w*|besvar\w*"
    r"|svar\w*)|\buansett\b[^.;]{0,60}?\b(?:svar\w*|reager\w*)",
    "fi": r"\b(?:ei|eikä)\b[^.;]{0,30}?\b(?:tarkist\w*|tarkast\w*|vahvist\w*|vastaa\w*"
    r"|vastata)|\briippumatta\b",
}


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    words = _UNANSWERED.get(language)
    return None if words is None else re.compile(words, re.IGNORECASE)


def unanswered(language: str, text: str) -> bool:
    """Whether a sentence says the licensor does not review, confirm or answer (a notice), and
    states no number a cap would (a passage running on into a cap's note is read by the caps)."""
    pattern = _pattern(language)
    if pattern is None or pattern.search(text) is None:
        return False
    return not any(value >= _CAP for _, _, value in numbers(text))


_CAP = 1000


def main_language(passages: Sequence[Passage]) -> str | None:
    """The language most of a text's told passages are in, English aside, if they are most."""
    told = Counter(p.language for p in passages if p.language not in (None, "en", "und"))
    if not told:
        return None
    language, count = told.most_common(1)[0]
    return language if count * 2 > sum(told.values()) else None
