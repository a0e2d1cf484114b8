"""Currencies of revenue caps written in Spanish, French and Italian that the shared table
(`foreign_caps`) lacks: the Swiss franc ("vingt millions de francs suisses", "CHF 20 Mio.",
"franchi svizzeri") and the Mexican peso ("cien millones de pesos mexicanos", "MXN", "M.N.").

A dollar sign in a sentence naming pesos is the peso's sign ("$100,000,000.00 (cien millones de
pesos 00/100 M.N.)"): Mexican where the sentence says so (mexicanos, M.N., MXN), else a peso of
no known country, and the cap stays unread rather than read in dollars (`local_currency`). Each
currency has an exchange-rate band (license_db/exchange_rates.yaml).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

CURRENCIES_ROMANCE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # the window beside the amount may cut the adjective ("de francs "): a franc is Swiss only
    # where the sentence says so (`local_currency`)
    ("CHF", lazy_pattern(r"\bCHF\b|\bSFr\.?|\b(?i:francs?|franchi|francos?)\b")),
    ("MXN", lazy_pattern(r"\bMXN\b|\bM\.\s?N\.")),
)
_PESOS = lazy_pattern(r"\bpesos?\b", re.IGNORECASE)
_SWISS = lazy_pattern(r"\bCHF\b|\bSFr\b|\b(?i:suisse|svizzer|suiz|helvéti|elvetic)")
_MEXICAN = lazy_pattern(r"\bMXN\b|\bM\.\s?N\.|\b(?i:mexican\w*|México)")


def local_currency(text: str, near: str, currency: str | None) -> str | None:
    """The currency of a cap whose amount is in francs or pesos ("vingt millions de francs
    suisses", "cien millones de pesos mexicanos", a "$" in a sentence naming pesos): Swiss or
    Mexican where the sentence says so, else None (a franc or peso of no known country); any
    other amount keeps `currency`."""
    if currency == "CHF":
        return currency if _SWISS.search(text) else None
    if _PESOS.search(near) is None and (currency != "USD" or "$" not in near):
        return currency
    if _PESOS.search(text) is None or re.search(r"US\$|\bUSD\b|d[oó]lar", text, re.I):
        return currency
    return "MXN" if _MEXICAN.search(text) else None
