"""Exceeding a cap and the cap's own nouns in the European languages, for `foreign_cap_refs`: a
passage with no number of its own that says what follows past a cap another passage states
("Pro produkt nad tímto limitem je třeba ...", "Oberhalb dieser Schwelle bedarf es ...", "Au-delà
de ce seuil, ...", "Por encima de dicho umbral ...", "Powyżej tego progu ...") applies that cap.

Bare "over"/"über"/"boven" stand too often in other senses: each language's exceeding is a verb
of exceeding, or a preposition of "above" that the cap's noun follows closely.
"""

from __future__ import annotations

__all__ = ["CAP_NOUN_EUR", "EXCEED_EUR"]

# the cap's noun: limit, threshold, ceiling (declined)
CAP_NOUN_EUR: dict[str, str] = {
    "cs": r"\b(?:limit\w*|hranic\w*|práh|prah\w*|strop\w*)",
    "sk": r"\b(?:limit\w*|hranic\w*|prah\w*|strop\w*)",
    "pl": r"\b(?:limit\w*|próg|prog\w*|pułap\w*|granic\w*)",
    "de": r"\b(?:\w*grenze\w*|\w*grenzwert\w*|\w*schwelle\w*|Limit\w*|Höchstzahl\w*)",
    "nl": r"\b(?:\w*grens\w*|\w*drempel\w*|limiet\w*|plafond\w*)",
    "fr": r"\b(?:seuil\w*|plafond\w*|limite\w*)",
    "es": r"\b(?:umbral\w*|límite\w*|tope\w*)",
    # Galician, often told Portuguese: "dese importe"
    "pt": r"\b(?:limiar\w*|limite\w*|teto\w*|tecto\w*|(?:dese|desse|deste|este|esse)\s+"
    r"(?:importe|montante|valor))\b",
    "it": r"\b(?:soglia|soglie|limite|limiti|tetto|massimale)\b",
    "ro": r"\b(?:prag\w*|plafon\w*|limit\w*)",
    "el": r"(?<!\w)(?:όρι\w*|ορίου|κατώφλι\w*|πλαφόν)",
    # "this sum" a cap stated before names ("Понад цю суму", "сверх этой суммы")
    "uk": r"(?<!\w)(?:пор[іо]г\w*|ліміт\w*|меж[аіуею]|(?:цю|цієї|ця)\s+сум[аиуі])",
    "ru": r"(?<!\w)(?:порог\w*|лимит\w*|предел\w*|(?:эт[аоуи]\w*)\s+сумм\w*)",
    "sv": r"\b(?:\w*gräns\w*|\w*tröskel\w*|\w*tröskeln|taket)\b",
}
# exceeding, or above (a preposition of "above" only with the noun close after it)
_ABOVE = r"[^.;]{0,25}?(?:" + "|".join(f"(?:{p})" for p in CAP_NOUN_EUR.values()) + ")"
EXCEED_EUR: dict[str, str] = {
    "cs": r"\b(?:překroč\w*|přesah\w*|přesáhn\w*|nad(?=\s)" + _ABOVE + ")",
    "sk": r"\b(?:prekroč\w*|presah\w*|presiahn\w*|nad(?=\s)" + _ABOVE + ")",
    "pl": r"\b(?:przekrocz\w*|przekracza\w*|powyżej|ponad(?=\s)" + _ABOVE + ")",
    "de": r"\b(?:überschreit\w*|überschritten\w*|übersteig\w*|überstieg\w*|oberhalb|jenseits"
    r"|über(?=\s)" + _ABOVE + ")",
    "nl": r"\b(?:overschrijd\w*|overschreden|overstijg\w*|overstegen|boven(?=\s)" + _ABOVE + ")",
    "fr": r"(?:\b(?:dépass\w*|excèd\w*|excéd\w*|au-delà|au-dessus)|\bsupérieur\w*(?=\s)"
    + _ABOVE
    + ")",
    "es": r"\b(?:super[ae]\w*|exced\w*|sobrepas\w*|rebas\w*|por\s+encima|más\s+allá)",
    "pt": r"\b(?:ultrapass\w*|exced\w*|super[ae]\w*|acima|por\s+riba)",  # gl: "por riba"
    "it": r"\b(?:super[ai]\w*|supera|eccede\w*|oltre(?=\s)" + _ABOVE + r"|al\s+di\s+sopra)",
    "ro": r"\b(?:depăș\w*|excede\w*|peste(?=\s)" + _ABOVE + ")",
    "el": r"(?<!\w)(?:υπερβ\w*|υπέρβ\w*|άνω|πάνω\s+από)",
    "uk": r"(?<!\w)(?:перевищ\w*|понад(?=\s)" + _ABOVE + ")",
    "ru": r"(?<!\w)(?:превыш\w*|превыс\w*|свыше|сверх)",
    # "Vid högre omsättning": a higher measure than the cap stated
    "sv": r"\b(?:överstig\w*|överstiger|överskrid\w*|högre|över(?=\s)" + _ABOVE + ")",
}
