"""The derivation phrases of cards in Spanish, Portuguese and Italian (prose_languages.py holds
the shape of a language's table and the other languages; Russian is prose_languages_east.py's),
and the order every language is read in."""

from __future__ import annotations

import re

from auditor.lineage.prose_languages import (
    _I,
    DE,
    FR,
    JA,
    KO,
    ZH,
    Language,
    _before,
    _label,
    _words,
)
from auditor.lineage.prose_languages_east import RU

# --- Spanish, Portuguese, Italian ---------------------------------------------------------------
ES = Language(
    "es",
    marks=_words("modelo| el | los | es | una "),
    words=_words(
        "ajust|afinad|afinamiento|basad|construid|derivad|entrenad|destilad|"
        "destilación|cuantiz|fusión|tuning de|tuning del|tuning sobre|modelo base|"
        "modelo de base|modelo original|modelo padre"
    ),
    phrases=(
        _before(
            r"\b(?:un\s+)?(?:ajuste\s+fino|afinamiento|fine-?tuning|finetuning|destilación)"
            r"\s+(?:de|del|sobre|a\s+partir\s+del?)\b",
            True,
        ),
        _before(
            r"\b(?:ajustad|afinad|entrenad|reentrenad|destilad)[oa]s?\s+(?:finamente\s+)?"
            r"(?:a\s+partir\s+del?|desde|sobre\s+la\s+base\s+del?)\b"
            r"|\bversión\s+(?:ajustada|afinada|destilada|reentrenada)\s+del?\b",
            True,
        ),
        _before(
            r"\bversión\s+cuantizada\s+del?\b|\bcuantizad[oa]\s+(?:a\s+partir\s+)?del?\b",
            True,
            "quantized",
        ),
        _before(r"\b(?:una\s+)?fusión\s+(?:de|del|entre)\b", True, "merge"),
        _before(r"\b(?:basad|construid|derivad)[oa]s?\s+(?:en|sobre|del?)\b", False),
    ),
    label=_label(r"modelo\s+(?:base|de\s+base|original|padre)"),
    not_before=re.compile(
        r"\b(?:compar\w*|a\s+diferencia|frente\s+a\w*|mejor\s+que|superior\w*\s+a\w*|evalu\w*"
        r"|benchmark\w*|no|nunca|será|serán|sería|planeamos|previsto|próxim[oa]s?|futur[oa]s?"
        r"|si)\b",
        _I,
    ),
    self_word=re.compile(r"\b(?:este|nuestro)\s+modelo\b", _I),
    not_parent=re.compile(
        r"datos|conjunto|corpus|tokeni[sz]ador|arquitectura|código|método|artículo|plantilla", _I
    ),
)
PT = Language(
    "pt",
    marks=_words("modelo| os | em | é | uma "),
    words=_words(
        "ajust|afinad|basead|com base|construíd|derivad|treinad|destilad|destilação|"
        "quantizad|fusão|tuning de|tuning do|tuning da|modelo base|modelo de base|"
        "modelo original"
    ),
    phrases=(
        _before(
            r"\b(?:um\s+)?(?:ajuste\s+fino|fine-?tuning|finetuning|destilação)"
            r"\s+(?:de|do|da|sobre|a\s+partir\s+d[oa]?)\b",
            True,
        ),
        _before(
            r"\b(?:ajustad|afinad|treinad|retreinad|destilad)[oa]s?\s+(?:finamente\s+)?"
            r"(?:a\s+partir\s+d[eoa]|com\s+base\s+n[oa]|sobre)\b"
            r"|\bversão\s+(?:ajustada|afinada|destilada|retreinada)\s+d[eoa]\b",
            True,
        ),
        _before(
            r"\bversão\s+quantizada\s+d[eoa]\b|\bquantizad[oa]\s+(?:a\s+partir\s+)?d[eoa]\b",
            True,
            "quantized",
        ),
        _before(r"\b(?:uma\s+)?fusão\s+(?:de|do|da|dos|entre)\b", True, "merge"),
        _before(r"\b(?:basead|construíd|derivad)[oa]s?\s+(?:em|no|na|sobre|d[eoa])\b", False),
        _before(r"\bcom\s+base\s+(?:em|no|na)\b", False),
    ),
    label=_label(r"modelo\s+(?:base|de\s+base|original)"),
    not_before=re.compile(
        r"\b(?:compar\w*|ao\s+contrário|diferente\s+d[eoa]|melhor\s+(?:que|do\s+que)"
        r"|superior\w*\s+a\w*|avali\w*|benchmark\w*|não|nunca|será|serão|seria|planejamos"
        r"|previsto|próxim[oa]s?|futur[oa]s?|se)\b",
        _I,
    ),
    self_word=re.compile(r"\b(?:este|nosso)\s+modelo\b", _I),
    not_parent=re.compile(
        r"dados|conjunto|corpus|tokeni[sz]ador|arquitetura|código|método|artigo|modelo\s+de\s+chat",
        _I,
    ),
)
IT = Language(
    "it",
    marks=_words("modello| il | di | è | una "),
    words=_words(
        "addestrat|affinat|affinamento|ottimizzat|basat|costruit|derivat|distillat|"
        "distillazione|quantizzat|fusione|tuning di|tuning del|tuning della|"
        "tuning dello|modello base|modello di base|modello originale"
    ),
    phrases=(
        _before(
            r"\b(?:un\s+)?(?:fine-?tuning|finetuning|affinamento|distillazione)\s+"
            r"(?:di|del|della|dello|a\s+partire\s+da)\b",
            True,
        ),
        _before(
            r"\b(?:addestrat|riaddestrat|affinat|ottimizzat|distillat)[oaie]\s+"
            r"(?:a\s+partire\s+(?:da|dal|dalla)|sulla\s+base\s+d[ie]|partendo\s+da)\b"
            r"|\bversione\s+(?:ottimizzata|affinata|distillata|fine-?tuned|addestrata)"
            r"\s+(?:di|del|della|dello)\b",
            True,
        ),
        _before(
            r"\bversione\s+quantizzata\s+(?:di|del|della|dello)\b"
            r"|\bquantizzat[oa]\s+(?:a\s+partire\s+)?da\b",
            True,
            "quantized",
        ),
        _before(r"\b(?:una\s+)?fusione\s+(?:di|del|della|dei|tra)\b", True, "merge"),
        _before(r"\b(?:basat|costruit|derivat)[oaie]\s+(?:su|sul|sulla|da|dal)\b", False),
    ),
    label=_label(r"modello\s+(?:base|di\s+base|originale)"),
    not_before=re.compile(
        r"\b(?:confront\w*|rispetto\s+a\w*|a\s+differenza|migliore\s+di|superior\w*\s+a\w*|valut\w*"
        r"|benchmark\w*|non|mai|sarà|saranno|sarebbe|prevediamo|previsto|prossim[oaie]"
        r"|futur[oaie]|se)\b",
        _I,
    ),
    self_word=re.compile(r"\b(?:questo|il\s+nostro)\s+modello\b", _I),
    not_parent=re.compile(
        r"dati|dataset|corpus|tokeni[sz]zatore|architettura|codice|metodo|articolo", _I
    ),
)

LANGUAGES: tuple[Language, ...] = (ZH, JA, KO, DE, FR, ES, PT, IT, RU)
"""Read in this order; a card may hold several (a bilingual card: each states its parent)."""
