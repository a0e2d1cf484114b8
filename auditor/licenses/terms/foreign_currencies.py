"""Currencies and cap continuations of the Nordic and Central European languages, for the caps
`foreign_caps` reads (a module of its own, as `foreign_numbers_six`).

- The currency beside a revenue cap's amount: the Swedish, Norwegian and Danish crowns, told
  apart by their plural or their country ("50 miljoner kronor", "SEK 50 miljoner", "10
  millioner norske kroner", "danske kroner"; a bare "kr" or "kroner" is the crown of the
  sentence's language, and in another language its sentence stays unread), the Czech crown
  ("100 milionů korun", "Kč"), the Romanian leu ("10 milioane de lei") and the Hungarian
  forint ("500 millió forint", "Ft"), and the Polish zloty ("200 mln zł", "złotych"). Each
  has an exchange-rate band (license_db/exchange_rates.yaml). And the euro as Finnish and
  Hungarian inflect it ("10 miljoonaa euroa", "5 millió euró").
- A sentence that continues a cap stated before it: a licensee over it ("en licenstagare med
  högre omsättning", "nabyvatel s vyšším obratem"), past it ("över denna gräns", "nad tuto
  hranici", "peste acest prag", "e határ felett", "tämän rajan ylittävä") or in that case ("i
  så fall", "v takovém případě", "în acest caz", "ebben az esetben", "tällöin") needs a further
  licence: the condition of the cap, not of every commercial use.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import language_of

CURRENCIES_MORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("SEK", lazy_pattern(r"\bSEK\b|\b(?i:kronor)\b|\b(?i:svensk[ae]?\s+kr)")),
    ("NOK", lazy_pattern(r"\bNOK\b|\b(?i:norsk[e]?\s+kr)")),
    ("DKK", lazy_pattern(r"\bDKK\b|\b(?i:dansk[e]?\s+kr)")),
    ("CZK", lazy_pattern(r"\bCZK\b|\bKč|\b(?i:korun\w*)")),
    # the Polish zloty ("200 mln zł", "dwieście milionów złotych", "PLN 5 mln")
    ("PLN", lazy_pattern(r"\bPLN\b|(?<!\w)zł(?!\w)|\b(?i:złot(?:ych|e|y|ówek))\b")),
    ("RON", lazy_pattern(r"\bRON\b|\b(?i:lei)\b")),
    ("HUF", lazy_pattern(r"\bHUF\b|\b(?i:forint\w*)|\bFt\b")),
    # the Hong Kong and New Taiwan dollars in Chinese, before "元" is read as the renminbi
    ("HKD", lazy_pattern(r"港币|港幣|港元|港圆|港圓|HK\$|\bHKD\b")),
    ("TWD", lazy_pattern(r"新台币|新台幣|新臺幣|台币|台幣|NT\$|\bTWD\b")),
    # the euro as Finnish, Hungarian and Macedonian inflect it ("10 miljoonaa euroa", "5 millió
    # euró", "5.000.000 евра")
    ("EUR", lazy_pattern(r"\b(?i:euro(?:a|n|ssa|lla|ksi)|euró\w*|евра)(?!\w)")),
    # a crown no word names the country of ("100 000 000 kr", "50 mio. kr.", "kroner"): the
    # crown of the sentence's language (`local_crown`)
    ("KR", lazy_pattern(r"\b(?i:kr|kroner|krone|krona)(?!\w)")),
)
CROWN = "KR"
_CROWNS = {"sv": "SEK", "da": "DKK", "no": "NOK"}


def local_crown(text: str) -> str | None:
    """The crown a sentence in Swedish, Danish or Norwegian means by "kr" or "kroner" (SEK,
    DKK, NOK), told by its language; None in another language (whose crown is not known).
    The plural names its languages ("kronor" Swedish, "kroner" Danish or Norwegian), and a
    sentence told Swedish that says "kroner" is told Danish or Norwegian by its own words."""
    crown = _CROWNS.get(language_of(text) or "")
    if crown == "SEK" and _KRONER.search(text) and not _KRONOR.search(text):
        return "NOK" if _NORWEGIAN.search(text) else "DKK" if _DANISH.search(text) else None
    return crown


_KRONOR = lazy_pattern(r"\b(?i:kronor)\b")
_KRONER = lazy_pattern(r"\b(?i:kroner|krone)\b")
_NORWEGIAN = lazy_pattern(r"\b(?i:omsetning\w*|inntekt\w*|høy\w*|lisens\w*|ikke|avtale\w*)")
_DANISH = lazy_pattern(r"\b(?i:omsætning\w*|indtægt\w*|høj\w*|licens\w*|ikke|aftale\w*)")


PAST_THE_CAP_MORE = "|".join(
    (
        # sv: a licensee with a higher turnover, past this limit, in that case
        r"\bmed\s+(?:en\s+)?(?:högre|större)\s+(?:års)?(?:omsättning|intäkt\w*)"
        r"|\b(?:över|utöver|ovanför)\s+(?:denna|den|detta|dessa)\s+(?:gräns|nivå|belopp|tak)\w*"
        r"|\bi\s+så\s+fall\b|\bi\s+sådana\s+fall\b",
        # da, no: the same
        r"\bmed\s+(?:en\s+)?(?:højere|høyere|større)\s+(?:års)?(?:omsætning|omsetning|indtægt\w*"
        r"|inntekt\w*)|\b(?:over|ud\s+over|ut\s+over)\s+(?:denne|dette|disse)\s+(?:grænse|grense"
        r"|beløp|beløb|tærskel|terskel)\w*",
        # cs: a licensee with a higher turnover, above this limit, in such a case
        r"\bs\s+(?:vyšším|větším)\s+(?:ročním\s+)?(?:obratem|příjmem|tržbami)"
        r"|\bnad\s+(?:tento|tuto|toto|uvedený|uvedenou)\s+(?:limit|hranic\w*|práh|částk\w*)"
        r"|\bv\s+(?:takovém|tomto|tom)\s+případě\b",
        # ro: with a higher turnover, above this threshold, in this case
        r"\bcu\s+o\s+cifr[ăa]\s+de\s+afaceri\s+mai\s+mare|\bpeste\s+(?:acest|aceast[ăa]"
        r"|respectivul|respectiva)\s+(?:prag|plafon|limit[ăa]|sum[ăa])\w*"
        r"|\b[îi]n\s+(?:acest|asemenea)\s+caz\b",
        # hu: with a higher revenue, above this limit, in this case
        r"\b(?:magasabb|nagyobb)\s+(?:éves\s+)?(?:árbevétel|bevétel|forgalm)\w*"
        r"|\b(?:e|ezen|ezt\s+a)\s+(?:határ|küszöb|összeg)\w*\s+(?:felett|fölött|meghalad)\w*"
        r"|\bebben\s+az\s+esetben\b",
        # fi: with a larger turnover, past this limit, in that case
        r"\b(?:suuremma|korkeamma)n\s+liikevaihdo\w*|\btämän\s+(?:rajan|kynnyksen|määrän)\s+"
        r"(?:ylittäv|ylittyess|jälkeen)\w*|\btällöin\b|\bsiinä\s+tapauksessa\b",
    )
)
