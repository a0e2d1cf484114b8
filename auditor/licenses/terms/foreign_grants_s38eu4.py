"""Plain grants and kept notices in Polish, Czech, Slovak, Slovene, Croatian, Bosnian, Serbian
(Latin letters) and Romanian (session 38), for `terms.foreign`. These languages are often told
as one another (Slovene as Czech, Bosnian as Croatian), so every language's words are tried on
every passage, and a narrowing word of any of them keeps the passage out.

- A plain grant (`is_plain_grant_s38eu4`): a permission ("Licencjobiorca może", "smíte",
  "môžete", "lahko uporabljate", "smije se", "poate") and two acts on the model (use, copy,
  modify, adapt, distribute: "zwielokrotniać i modyfikować", "uporabljate, spreminjate"), or
  the licensor granting a right or licence ("acordă ... un drept ... de utilizare", "udziela
  ... licencji na korzystanie") and one act. It states no purpose, limit or condition: every
  use, as `foreign_grants.is_plain_grant` reads such a sentence. A negation, "only", an
  exception, a condition, a consent, a purpose, commercial use or a figure anywhere in it
  (any of these languages' words) makes it no plain grant; the other readers or the unread
  report have it. A clause label left before it ("1. člen:", "Art. 2.") is set aside.
- A notice kept (`keeps_notice`): the licensee keeps or reproduces the author's or copyright
  notices in the copies, said in the present tense as the duty ("Licențiatul păstrează
  mențiunile privind autorul în toate copiile", "Licencjobiorca zachowuje informacje o
  autorze"): `attribution_required`, as "trebuie să păstreze" (must keep) reads. A negation
  or a condition in it leaves it unread.
- A cap's consequence (`follows_cap`): a sentence with no figure of its own after a passage
  stating one, pointing back at the cap and asking larger firms for a contract or licence
  ("Večja podjetja potrebujejo ločeno pogodbo."; the words of `foreign_cap_words_s38eu2`),
  read as the cap's (`separate-license-above-threshold`) where the cap's own sentence was read
  by a reader other than the cue tables (a Slovene cap told as Czech).

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cap_words_s38eu2 import FURTHER_ASKED, POINTS_BACK
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["follows_cap", "is_plain_grant_s38eu4", "keeps_notice", "read_kept_notices"]

_FLAGS = re.IGNORECASE

# a permission given to the licensee or "you" (pl, cs, sk, sl, hr/bs/sr, ro)
_MAY = lazy_pattern(
    r"\b(?:może|mogą|możesz|wolno|smí|smíte|smějí|může|můžete|mohou|smie|smiete|môže|môžete"
    r"|môžu|lahko|sme|smete|smije|smiju|smijete|možete|mogu|poate|pot|puteți|puteţi)\b",
    _FLAGS,
)
# the licensor grants a right or a licence
_GRANTS = lazy_pattern(
    r"\b(?:udziela|przyznaje|uděluje|poskytuje|udeľuje|podeljuje|daje|dodjeljuje|acordă|acorda"
    r"|conferă)\b[^.;]{0,80}?\b(?:licencj(?!obior|odaw)\w*|praw[oa]|oprávnění|právo|pravic\w*"
    r"|licenc(?!obior|odaw|ojemal|odajal|ionář|iát|iat|ovan)\w*|pravo|drept\w*"
    r"|licen[țţ](?!iat)\w*)",
    _FLAGS,
)
# the acts: use, copy, modify, adapt, distribute (verbs and nouns)
_ACTS = lazy_pattern(
    r"\b(?:korzysta\w*|używa\w*|użytkowa\w*|zwielokrotnia\w*|kopiowa\w*|modyfikowa\w*"
    r"|zmienia\w*|rozpowszechnia\w*|używ\w*|použív\w*|užív\w*|kopírov\w*|rozmnožov\w*"
    r"|upravov\w*|upravit|měnit|menit|šíř\w*|šír\w*|uporablja\w*|uporabo|spreminja\w*|kopira\w*"
    r"|razširja\w*|distribuira\w*|koristi\w*|prilagođava\w*|prilagođ\w*|mijenja\w*|menja\w*"
    r"|umnožava\w*|utiliza\w*|utilizare\w*|folosi\w*|reproduc\w*|modifica\w*|adapta\w*"
    r"|distribui\w*)\b",
    _FLAGS,
)
# set aside: a grant's harmless qualities and a clause label before it
_HARMLESS = lazy_pattern(
    r"\b(?:niewyłączn\w*|nieodpłatn\w*|nevýhradní\w*|nevýhradn\w*|bezplatn\w*|neizključ\w*"
    r"|brezplač\w*|neisključiv\w*|besplatn\w*|neexclusiv\w*|gratuit\w*|mondial\w*|światow\w*"
    r"|celosvětov\w*|celosvetov\w*|nepreklicn\w*|neodvolateln\w*|nieodwołaln\w*)\b"
    r"|^\W*(?:\d{1,3}\.\s*)?(?:člen|članak|člán\w*|čl|art|artikel|articolul|§)\.?\s*\d{0,3}[.:)]?\s*",
    _FLAGS,
)
# anything narrowing: a negation, "only", an exception, a condition, a consent or permission,
# a purpose, commercial or business use, a user, a revenue, a figure (any of these languages)
_NARROWED = lazy_pattern(
    r"\b(?:nie|ne|nu|nem|nije|nisu|ni|niti|nesmí\w*|nesmie\w*|nesme\w*|nemôž\w*|nemůž\w*"
    r"|tylko|wyłącznie|jedynie|jen|pouze|výhradně|len|iba|výlučne|výhradne|samo|le|zgolj"
    r"|izključno|isključivo|numai|doar|exclusiv|z\s+wyjątkiem|oprócz|poza|kromě|okrem|razen"
    r"|osim|izuzev|excep\w*|jeżeli|jeśli|o\s+ile|pod\s+warunkiem|pokud|jestliže|pokiaľ|ak|če"
    r"|ako|ukoliko|dacă|daca|condi[țţ]i\w*|sub\s+rezerva|warunk\w*|podmínk\w*|podmienk\w*"
    r"|pogoj\w*|uvjet\w*|uslov\w*|zgod\w*|souhlas\w*|súhlas\w*|soglas\w*|suglasnost\w*"
    r"|saglasnost\w*|acordul\w*|zezwoleni\w*|povolení\w*|povolenie\w*|dovoljenj\w*|dozvol\w*"
    r"|aprob\w*|cel\w*|účel\w*|namen\w*|svrh\w*|scop\w*|\w*(?:komerc|komerč|comerc)\w*"
    r"|\w*zarobkow\w*|gospodarcz\w*|podnikán\w*|podnikan\w*|obchodn\w*|pridobit\w*|profit\w*"
    r"|badaw\w*|naukow\w*|výzkum\w*|výskum\w*|raziskoval\w*|istraživa\w*|cercetar\w*"
    r"|osobn\w*|osebn\w*|personal\w*|wewnętrzn\w*|interní\w*|intern\w*|użytkownik\w*"
    r"|uživatel\w*|používateľ\w*|uporabnik\w*|korisnik\w*|utilizator\w*|przych\w*|obrat\w*"
    r"|příj\w*|príj\w*|prihod\w*|cifr\w*|venit\w*|ale|lecz|jednak|však|vendar|ali|ali\s+samo"
    r"|dar|însă|zgodnie|podle|podľa|skladno|sukladno|conform\w*|zakres\w*|rozsah\w*|obseg\w*"
    r"|opseg\w*|teritori\w*|terytori\w*|území|územ\w*|ozem\w*|zabron\w*|zakáz\w*|prepoved\w*"
    r"|zabran\w*|interzi\w*)\b|\d",
    _FLAGS,
)


def is_plain_grant_s38eu4(text: str) -> bool:
    """Whether a passage only grants acts on the model (module docstring)."""
    plain = _HARMLESS.sub(" ", text)
    if _NARROWED.search(plain) is not None:
        return False
    acts = len(_ACTS.findall(plain))
    return (_GRANTS.search(plain) is not None and acts >= 1) or (
        _MAY.search(plain) is not None and acts >= 2
    )


# the licensee keeps or reproduces notices of the author or of copyright, in copies
_KEEPS = lazy_pattern(
    r"\b(?:păstrează|menține|menţine|reproduce|zachowuje|zamieszcza|zachová|zachovává|uvádí"
    r"|zachováva|uvádza|ohrani|ohranja|navaja|zadržava|zadržaće|čuva|navodi)\b"
    r"[^.;]{0,60}?\b(?:mențiun\w*|menţiun\w*|notific\w*|aviz\w*|informacj\w*|oznaczeni\w*"
    r"|informac\w*|údaj\w*|označen\w*|uveden\w*|navedb\w*|obvestil\w*|navod\w*|obavijest\w*"
    r"|oznak\w*)\b[^.;]{0,60}?\b(?:autor\w*|twórc\w*|drept\w*\s+de\s+autor|copyright"
    r"|autorsk\w*|avtor\w*)",
    _FLAGS,
)
_KEEPS_NOT = lazy_pattern(
    r"\b(?:nu|nie|ne|nemusí|nemusia|dacă|daca|jeżeli|jeśli|pokud|ak|če|ako|ukoliko|cu\s+excep\w*"
    r"|z\s+wyjątkiem|kromě|okrem|razen|osim|poate|może|smí|smie|lahko|smije|opțional\w*)\b",
    _FLAGS,
)


def keeps_notice(text: str) -> bool:
    """Whether a passage says the licensee keeps the author's or copyright notices (module
    docstring): the duty to credit, in the present tense."""
    return _KEEPS.search(text) is not None and _KEEPS_NOT.search(text) is None


def read_kept_notices(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages saying the licensee keeps the author's notices, each with its clause."""
    return {p: [Clause("attribution_required", True)] for p in passages if keeps_notice(p.text)}


def follows_cap(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The passages that, with no figure of their own, point back at a cap an earlier passage
    states with its figure (a sum or a count of at least a thousand) and ask a further
    contract or licence ("Večja podjetja potrebujejo ločeno pogodbo.", "Firmy s vyšším obratem
    ..."; the words of `foreign_cap_words_s38eu2`): the cap's consequence,
    `separate-license-above-threshold`, however the passages' language was told. Where no
    earlier passage states a figure the sentence stays for the other readers."""
    found: dict[Passage, list[Clause]] = {}
    figure_before = False
    for passage in passages:
        text = _LABEL.sub("", passage.text, count=1)  # "2. člen: Večja podjetja ..."
        has_figure = any(value >= _MIN_FIGURE for _, _, value in numbers(text))
        if (
            figure_before
            and not has_figure
            and _POINTS_BACK.search(text)
            and _FURTHER_ASKED.search(text)
            and not _DENIED.search(text)
        ):
            found[passage] = [Clause("commercial_use_conditions", [_ABOVE])]
        figure_before = figure_before or has_figure
    return found


_MIN_FIGURE = 1000
_LABEL = lazy_pattern(
    r"^\W*(?:\d{1,3}\.\s*)?(?:člen|članak|článek|čl|art|§)\.?\s*\d{0,3}[.:)]?\s*", re.IGNORECASE
)
_ABOVE = "separate-license-above-threshold"
_POINTS_BACK = lazy_pattern(POINTS_BACK, re.IGNORECASE)
_FURTHER_ASKED = lazy_pattern(FURTHER_ASKED, re.IGNORECASE)
# a negation: no contract needed ("ne potrebujejo", "nepotřebují", "nie potrzebują")
_DENIED = lazy_pattern(
    r"\b(?:ne|nie|nu|nem|nisu|ni)\b|\bne(?:potreb|potřeb|musí|musia)\w*", re.IGNORECASE
)
