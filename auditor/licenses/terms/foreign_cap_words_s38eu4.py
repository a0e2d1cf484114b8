"""Amounts and caps in Central European licences (session 38), for `foreign_caps.numbers`:
"mil." shortened with a full stop before a currency is a million in Czech, Slovak, Croatian,
Bosnian, Serbian, Slovene and Romanian ("nepřesáhne 20 mil. Kč", "do 5 mil. EUR", "20 mil.
lei"), while "mil" written out in Spanish, Portuguese or Catalan ("20 mil euros") is a thousand:
those languages never shorten it with a full stop. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["million_shortened"]

# the currency after the shortened scale word: a code, a symbol or a local word
_CURRENCY_AFTER = lazy_pattern(
    r"\s*(?:Kč|Sk|EUR|€|USD|\$|CHF|CZK|SKK|PLN|RON|HRK|RSD|BAM|KM|MKD|BGN|HUF|Ft|zł|lei|kn"
    r"|din|den|eur\w*|dolar\w*|korun\w*|kun\w*|dinar\w*)(?!\w)",
    re.IGNORECASE,
)


def million_shortened(text: str, unit: str, written: str, end: int) -> bool:
    """Whether a number's scale word `unit` ("mil"), as `written` up to `end` in `text`, is
    "mil." before a currency: a million, not the Iberian thousand."""
    return unit == "mil" and written.endswith(".") and _CURRENCY_AFTER.match(text, end) is not None
