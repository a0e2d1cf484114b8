"""The governing law in German, Dutch, Polish, Russian, Ukrainian, Swedish and Czech named by a
nationality adjective beside a law noun ("Russisches Recht", "Российское право", "Nederlands
recht", "Prawo polskie", "Svensk lag", "České právo", "Українське право"), as
`foreign_law_romance` reads the Romance languages.

The adjective and the noun count only in a passage that chooses a law: a word of governing or
applying in the same clause ("anwendbar", "gilt", "toepasselijk", "właściwe", "применимое",
"регулируется", "tillämplig", "rozhodné"), or a passage that is nothing but the law, maybe
after its caption ("Применимое право Российское право.", "Nederlands recht."). A law named to
be obeyed ("muss russisches Recht einhalten") chooses nothing.

`LAWS_NORTH` is (pattern, code) pairs in the shape of `foreign_cues.Cues.laws` (tried on every
passage: they stand beside the Russian cues).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_FLAGS = re.IGNORECASE

# nationality adjectives (de, nl, pl, ru, uk, sv, cs), as ISO codes; stems take every ending
_ADJECTIVES: dict[str, str] = {
    "DE": r"deutsch\w*|duits\w*|niemieck\w*|немецк\w*|німецьк\w*|tysk\w*|německ\w*|нямецк\w*",
    "AT": r"österreichisch\w*|oostenrijks\w*|austriack\w*|австрийск\w*|австрійськ\w*"
    r"|österrikisk\w*|rakousk\w*",
    "CH": r"schweizerisch\w*|zwitsers\w*|szwajcarsk\w*|швейцарск\w*|швейцарськ\w*|schweizisk\w*"
    r"|švýcarsk\w*",
    "NL": r"niederländisch\w*|nederlands\w*|niderlandzk\w*|holendersk\w*|нидерландск\w*"
    r"|нідерландськ\w*|nederländsk\w*|nizozemsk\w*",
    "BE": r"belgisch\w*|belgijsk\w*|бельгийск\w*|бельгійськ\w*|belgisk\w*|belgick\w*",
    "PL": r"polnisch\w*|pools\w*|polsk\w*|польск\w*|польськ\w*",
    "RU": r"russisch\w*|rosyjsk\w*|российск\w*|русск\w*|російськ\w*|rysk\w*|rusk\w*|расійск\w*",
    "UA": r"ukrainisch\w*|oekraïens\w*|ukraińsk\w*|украинск\w*|українськ\w*|ukrainsk\w*"
    r"|ukrajinsk\w*",
    "SE": r"schwedisch\w*|zweeds\w*|szwedzk\w*|шведск\w*|шведськ\w*|svensk\w*|švédsk\w*",
    "CZ": r"tschechisch\w*|tsjechisch\w*|czesk\w*|чешск\w*|чеськ\w*|tjeckisk\w*|česk\w*",
    "KZ": r"kasachisch\w*|kazachs\w*|kazachsk\w*|казахстанск\w*|казахстанськ\w*",
    # Slovak, Croatian (Serbian, Bosnian), Slovenian, Bulgarian and Lithuanian adjectives
    "SK": r"slowakisch\w*|słowack\w*|словацк\w*|словацьк\w*|slovensk[éýá]\w*|slovenskou"
    r"|slovačk\w*|словашк\w*|slovakišk\w*",
    "HR": r"kroatisch\w*|chorwack\w*|хорватск\w*|хорватськ\w*|chorvatsk\w*|hrvatsk\w*"
    r"|хърватск\w*|kroatišk\w*",
    "SI": r"slowenisch\w*|słoweńsk\w*|словенск\w*|словенськ\w*|slovinsk\w*|slovensk(?:o|og|i|a|e)\b"
    r"|slovenij\w*|словенск\w*|slovėnišk\w*",
    "RS": r"serbisch\w*|serbsk\w*|сербск\w*|сербськ\w*|srbsk\w*|srpsk\w*|српск\w*|сръбск\w*",
    "BG": r"bulgarisch\w*|bułgarsk\w*|болгарск\w*|болгарськ\w*|bulharsk\w*|bugarsk\w*"
    r"|българск\w*|bulgarišk\w*",
    "LT": r"litauisch\w*|litewsk\w*|литовск\w*|литовськ\w*|litevsk\w*|litovsk\w*|litavsk\w*"
    r"|литовск\w*|lietuvišk\w*|Lietuvos|літоўск\w*",  # and Belarusian
}
_LAW = (
    r"(?:Recht|recht|prawo|prawa|prawem|prawu|право|права|правом|праву|rätt|lag|lagen|právo|práva"
    r"|právem|pravo|prava|pravom|teisė|teisę|teisės|teise|правото)"
)
# a word of governing or applying, or a caption of the applicable law
_CHOOSES = (
    r"(?:anwendbar\w*|anzuwenden|angewendet|angewandt|Anwendung|gilt|unterlieg\w*|toepasselijk\w*|beheerst|van\s+toepassing|właściw\w*"
    r"|podlega\w*|stosuje\s+się|применим\w*|применя\w*|регулир\w*|подчиня\w*|застосовн\w*"
    r"|застосову\w*|регулю\w*|tillämp\w*|gäller|styr\w*|rozhodn\w*|řídí|použije"
    r"|mjerodavn\w*|merodavn\w*|primjenjiv\w*|primenljiv\w*|primjenjuje|uporablj\w*|vzťahuje"
    r"|spravuj\w*|приложим\w*|прилага\w*|урежда\w*|taikytin\w*|taikoma\w*|reglamentuoj\w*"
    r"|прымяня\w*|рэгулю\w*)"
)
# a caption of the law that governs, then a bare adjective ("Prawo właściwe: polskie.",
# "Применимое право — российское", "Rozhodné právo: české"): the adjective is the law's
_CAPTION = rf"(?:{_CHOOSES}\s+{_LAW}|{_LAW}\s+{_CHOOSES})\s*[:\-–—]\s*"
_SAME = r"[^.;]{0,60}?"  # within one clause
# the bare law with its conflict rules (or the sales convention) set aside ("Österreichisches
# Recht unter Ausschluss der Verweisungsnormen", "Nederlands recht, met uitsluiting van het
# Weens Koopverdrag", "Prawo polskie z wyłączeniem norm kolizyjnych"): still the law chosen
_CONFLICT_NORMS = (
    r"(?:,?\s+(?:unter\s+Ausschluss|mit\s+Ausnahme|ohne\s+(?:Rücksicht|Berücksichtigung)"
    r"|met\s+uitsluiting|z\s+wyłączeniem|med\s+undantag|utan\s+hänsyn|s\s+vyloučením"
    r"|s\s+výnimkou|uden\s+hensyn|unntatt|izključujoč\w*|isključujući|с\s+изключение)\s"
    r"[^.;]{0,80}?(?:Verweisung\w*|Kollision\w*|IPR|Privatrecht\w*|Kaufrecht\w*|CISG"
    r"|Koopverdrag\w*|conflictregel\w*|verwijzingsregel\w*|koliz\w*|kollision\w*|lagval\w*"
    r"|lovvalg\w*|kolizij\w*|стълкнов\w*|international\w*|internationa\w*|międzynarodow\w*"
    r"|mezinárodn\w*|medzinárodn\w*))?"
)


def _law(code: str) -> re.Pattern[str]:
    """The law of `code` named by its adjective where a passage chooses it: a word choosing it
    in the same clause, or the passage nothing but the law after a caption of up to three
    words ("Применимое право Российское право.")."""
    adjective = _ADJECTIVES[code]
    pair = rf"(?<![\w-])(?:(?:{adjective})\s+{_LAW}|{_LAW}\s+(?:{adjective}))(?![\w-])"
    return lazy_pattern(
        rf"(?<![\w-]){_CHOOSES}(?![\w-]){_SAME}{pair}|{pair}{_SAME}(?<![\w-]){_CHOOSES}(?![\w-])"
        rf"|\A\W*(?:[^\W\d_]+\s+){{0,3}}{pair}{_CONFLICT_NORMS}[\s.]*\Z"
        rf"|\A\W*(?:[^\W\d_]{{2,15}}\.?\s*)?(?:\d{{1,3}}[.)]?\s*)?(?<![\w-]){_CAPTION}"
        rf"(?:{adjective})(?![\w-])[\s.]*\Z",
        _FLAGS,
    )


LAWS_NORTH = tuple((_law(code), code) for code in _ADJECTIVES)


def names_law_north(text: str) -> bool:
    """Whether a short passage in Latin letters no language was told for chooses a law by one of
    these adjectives ("Mjerodavno pravo: hrvatsko.", "Prawo polskie."), as
    `foreign_law_romance.names_law` asks of the Romance ones."""
    return any(pattern.search(text) is not None for pattern, _ in LAWS_NORTH)
