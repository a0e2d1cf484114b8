"""The derivation phrases of cards in Spanish, Portuguese and Italian (prose_languages.py holds
the shape of a language's table and the other languages; Russian is prose_languages_east.py's),
and the order every language is read in."""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.prose_languages import (
    _I,
    DE,
    FR,
    JA,
    KO,
    ZH,
    Language,
    _after,
    _before,
    _is_ref,
    _label,
    _words,
)
from auditor.lineage.prose_languages_east import RU
from auditor.lineage.prose_languages_more import MORE
from auditor.lineage.prose_languages_nordic_s39lineage import NORDIC

# --- Spanish, Portuguese, Italian ---------------------------------------------------------------
# Words that may qualify a tuning noun or participle before its "of" (`un ajuste fino completo
# de X`, `versione affinata con LoRA di X`): a kind of tuning, a method, a parenthesis.
_ES_QUALIFIERS = (
    r"(?:\s+(?:complet[oa]|total|parcial|supervisad[oa]|liger[oa]|adicional|continu[oa]"
    r"|instruccional|específic[oa]|posterior|(?:con|mediante|vía)\s+q?lora|\([^)\n]{1,30}\)))"
    r"{0,2}"
)
_PT_QUALIFIERS = (
    r"(?:\s+(?:complet[oa]|total|parcial|supervisionad[oa]|lev[ea]|adicional|contínu[oa]"
    r"|específic[oa]|(?:com|via|usando)\s+q?lora|\([^)\n]{1,30}\)))"
    r"{0,2}"
)
_IT_QUALIFIERS = (
    r"(?:\s+(?:complet[oa]|totale|parziale|supervisionat[oa]|legger[oa]|ulteriore|continu[oa]"
    r"|specific[oa]|(?:con|tramite|via)\s+q?lora|\([^)\n]{1,30}\)))"
    r"{0,2}"
)
ES = Language(
    "es",
    marks=_words("modelo| el | los | es | una "),
    words=_words(
        "ajust|afinad|afinamiento|fine-tun|finetun|basad|construid|derivad|entrenad|entrenamiento|destilad|"
        "destilación|cuantiz|fusión|tuning de|tuning del|tuning sobre|tune de|tune del|"
        "modelo base|modelo de base|modelo original|modelo padre|como base|como modelo base|"
        "como el modelo base|como nuestro modelo base|punto de partida|modelo de partida|"
        "convertid|exportad|pesos d"
    ),
    phrases=(
        _before(
            r"\b(?:un\s+)?(?:ajuste\s+fino|afinamiento|fine-?tuning|finetuning|destilación)"
            + _ES_QUALIFIERS
            + r"\s+(?:de|del|sobre|a\s+partir\s+del?)\b"
            + r"|\b(?:un\s+)?(?:fine-?tune|finetune|reentrenamiento"
            + r"|(?:pre-?)?entrenamiento\s+(?:continuo|continuado|adicional|posterior))"
            + _ES_QUALIFIERS
            + r"\s+(?:de|del|a\s+partir\s+del?)\b",
            True,
        ),
        _before(
            r"\b(?:ajustad|afinad|entrenad|reentrenad|destilad)[oa]s?(?:\s+finamente)?"
            + _ES_QUALIFIERS
            + r"\s+(?:a\s+partir\s+del?|desde|sobre\s+la\s+base\s+del?|partiendo\s+del?)\b"
            + r"|\bversión\s+(?:ajustada|afinada|destilada|reentrenada)(?:\s+finamente)?"
            + _ES_QUALIFIERS
            + r"\s+del?\b",
            True,
        ),
        _before(
            r"\bversión\s+cuantizada\s+del?\b|\bcuantizad[oa]\s+(?:a\s+partir\s+)?del?\b",
            True,
            "quantized",
        ),
        _before(r"\b(?:una\s+)?fusión\s+(?:de|del|entre)\b", True, "merge"),
        _before(  # "convertido a partir de X", "versión convertida de X"
            r"\b(?:convertid|exportad)[oa]s?\s+(?:a\s+partir\s+del?|desde|del?)\b"
            r"|\bversión\s+(?:convertida|exportada)\s+del?\b",
            True,
            "quantized",
        ),
        _before(  # "parte de los pesos de X", "partiendo de los pesos preentrenados del X"
            r"\b(?:parte|partimos|partió|partiendo|arranca|inicializad[oa])\s+(?:de|desde)"
            r"\s+los\s+pesos\s+(?:pre-?entrenados\s+)?del?\b",
            True,
        ),
        # "tomando como base X", "X como modelo base", "con X como punto de partida"
        _before(r"\b(?:tomando|toma|tomamos|tomó)\s+como\s+(?:modelo\s+)?base\b", True),
        _after(
            r"\s+como\s+(?:(?:el|nuestro)\s+)?(?:modelo\s+(?:de\s+)?base|base"
            r"|punto\s+de\s+partida)\b",
            True,
        ),
        _is_ref(r"\bmodelo\s+(?:base|de\s+base|de\s+partida|original|inicial)\s+(?:es|era|fue)"),
        _before(r"\b(?:basad|construid|derivad)[oa]s?\s+(?:en|sobre|del?)\b", False),
    ),
    label=_label(r"modelo\s+(?:base|de\s+base|original|padre)"),
    not_before=lazy_pattern(
        r"\b(?:compar\w*|a\s+diferencia|frente\s+a\w*|mejor\s+que|superior\w*\s+a\w*|evalu\w*"
        r"|benchmark\w*|no|nunca|será|serán|sería|planeamos|previsto|próxim[oa]s?|futur[oa]s?"
        r"|si)\b|\bnão\b",  # "não": a Portuguese card is read as Spanish too (shared words)
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:este|nuestro)\s+modelo\b", _I),
    plain_words=_words(
        "e los pesos de|justado a partir d|juste fino de|asado en|odelo base es|odelo de partida es"
    ),
    not_parent=lazy_pattern(
        r"datos|conjunto|corpus|tokeni[sz]ador|arquitectura|código|método|artículo|plantilla", _I
    ),
)
PT = Language(
    "pt",
    marks=_words("modelo| os | em | é | uma "),
    words=_words(
        "ajust|afinad|fine-tun|finetun|basead|com base|construíd|derivad|treinad|destilad|"
        "destilação|"
        "quantizad|fusão|tuning de|tuning do|tuning da|tune de|tune do|tune da|modelo base|"
        "modelo de base|modelo original|como base|como modelo base|como o modelo base|"
        "como nosso modelo base|ponto de partida|convertid|exportad|pesos d"
    ),
    phrases=(
        _before(
            r"\b(?:um\s+)?(?:ajuste\s+fino|fine-?tuning|finetuning|fine-?tune|destilação)"
            + _PT_QUALIFIERS
            + r"\s+(?:de|do|da|sobre|a\s+partir\s+d[oa]?)\b",
            True,
        ),
        _before(
            r"\b(?:ajustad|afinad|treinad|retreinad|destilad)[oa]s?(?:\s+finamente)?"
            + _PT_QUALIFIERS
            + r"\s+(?:a\s+partir\s+d[eoa]s?|com\s+base\s+n[oa]|sobre)\b"
            + r"|\bversão\s+(?:ajustada|afinada|destilada|retreinada)(?:\s+finamente)?"
            + _PT_QUALIFIERS
            + r"\s+d[eoa]\b",
            True,
        ),
        _before(
            r"\bversão\s+quantizada\s+d[eoa]\b|\bquantizad[oa]\s+(?:a\s+partir\s+)?d[eoa]\b",
            True,
            "quantized",
        ),
        _before(r"\b(?:uma\s+)?fusão\s+(?:de|do|da|dos|entre)\b", True, "merge"),
        _before(  # "convertido a partir do X", "versão convertida de X"
            r"\b(?:convertid|exportad)[oa]s?\s+(?:a\s+partir\s+)?d[eoa]\b"
            r"|\bversão\s+(?:convertida|exportada)\s+d[eoa]\b",
            True,
            "quantized",
        ),
        _before(  # "parte dos pesos de X", "partindo dos pesos pré-treinados do X"
            r"\b(?:parte|partimos|partiu|partindo|inicializad[oa])\s+(?:dos|a\s+partir\s+dos)"
            r"\s+pesos\s+(?:pré-?treinados\s+)?d[eoa]\b",
            True,
        ),
        # "X como base" / "X como modelo base" is Spanish's phrase too (ES reads it, with "não")
        _after(r"\s+como\s+(?:(?:o|nosso)\s+modelo\s+(?:de\s+)?base|ponto\s+de\s+partida)\b", True),
        _is_ref(r"\bmodelo\s+(?:base|de\s+base|de\s+partida|original|inicial)\s+(?:é|era|foi)"),
        _before(r"\b(?:basead|construíd|derivad)[oa]s?\s+(?:em|no|na|sobre|d[eoa])\b", False),
        _before(r"\bcom\s+base\s+(?:em|no|na)\b", False),
    ),
    label=_label(r"modelo\s+(?:base|de\s+base|original)"),
    not_before=lazy_pattern(
        r"\b(?:compar\w*|ao\s+contrário|diferente\s+d[eoa]|melhor\s+(?:que|do\s+que)"
        r"|superior\w*\s+a\w*|avali\w*|benchmark\w*|não|nunca|será|serão|seria|planejamos"
        r"|previsto|próxim[oa]s?|futur[oa]s?|se)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:este|nosso)\s+modelo\b", _I),
    plain_words=_words("os pesos d|aseado em|reinado a partir d"),
    not_parent=lazy_pattern(
        r"dados|conjunto|corpus|tokeni[sz]ador|arquitetura|código|método|artigo|modelo\s+de\s+chat",
        _I,
    ),
)
IT = Language(
    "it",
    marks=_words("modello| il | di | è | una "),
    words=_words(
        "addestrat|affinat|affinamento|fine-tun|finetun|ottimizzat|basat|costruit|derivat|distillat|"
        "distillazione|quantizzat|fusione|tuning di|tuning del|tuning della|"
        "tuning dello|modello base|modello di base|modello originale|modello di partenza|come base|"
        "come modello base|come il modello base|come nostro modello base|punto di partenza|"
        "convertit|esportat|pesi d"
    ),
    phrases=(
        _before(
            r"\b(?:un\s+)?(?:fine-?tuning|finetuning|affinamento|distillazione)"
            + _IT_QUALIFIERS
            + r"\s+(?:di|del|della|dello|a\s+partire\s+da)\b",
            True,
        ),
        _before(
            r"\b(?:addestrat|riaddestrat|affinat|ottimizzat|distillat)[oaie]"
            + _IT_QUALIFIERS
            + r"\s+(?:a\s+partire\s+(?:da|dal|dalla)|sulla\s+base\s+d[ie]|partendo\s+da)\b"
            + r"|\bversione\s+(?:ottimizzata|affinata|distillata|fine-?tuned|addestrata)"
            + _IT_QUALIFIERS
            + r"\s+(?:di|del|della|dello)\b",
            True,
        ),
        _before(
            r"\bversione\s+quantizzata\s+(?:di|del|della|dello)\b"
            r"|\bquantizzat[oa]\s+(?:a\s+partire\s+)?da\b",
            True,
            "quantized",
        ),
        _before(r"\b(?:una\s+)?fusione\s+(?:di|del|della|dei|tra)\b", True, "merge"),
        _before(  # "convertito da X", "versione convertita di X"
            r"\b(?:convertit|esportat)[oaie]\s+(?:a\s+partire\s+)?(?:da|dal|dalla|dallo)\b"
            r"|\bversione\s+(?:convertita|esportata)\s+(?:di|del|della|dello)\b",
            True,
            "quantized",
        ),
        _before(  # "parte dai pesi di X", "partendo dai pesi pre-addestrati del X"
            r"\b(?:parte|partiamo|partito|partendo|inizializzat[oa])\s+(?:dai|a\s+partire\s+dai)"
            r"\s+pesi\s+(?:pre-?addestrati\s+)?(?:di|del|della|dello)\b",
            True,
        ),
        _after(
            r"\s+come\s+(?:(?:il|nostro)\s+)?(?:modello\s+(?:di\s+)?base|base"
            r"|punto\s+di\s+partenza)\b",
            True,
        ),
        _is_ref(r"\bmodello\s+(?:base|di\s+base|di\s+partenza|originale|iniziale)\s+(?:è|era)"),
        _before(r"\b(?:basat|costruit|derivat)[oaie]\s+(?:su|sul|sulla|da|dal)\b", False),
    ),
    label=_label(r"modello\s+(?:base|di\s+base|originale)"),
    not_before=lazy_pattern(
        r"\b(?:confront\w*|rispetto\s+a\w*|a\s+differenza|migliore\s+di|superior\w*\s+a\w*|valut\w*"
        r"|benchmark\w*|non|mai|sarà|saranno|sarebbe|prevediamo|previsto|prossim[oaie]"
        r"|futur[oaie]|se)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:questo|il\s+nostro)\s+modello\b", _I),
    plain_words=_words("ai pesi d|asato su|ddestrato a partire d"),
    not_parent=lazy_pattern(
        r"dati|dataset|corpus|tokeni[sz]zatore|architettura|codice|metodo|articolo", _I
    ),
)

LANGUAGES: tuple[Language, ...] = (ZH, JA, KO, DE, FR, ES, PT, IT, RU, *MORE, *NORDIC)
"""Read in this order; a card may hold several (a bilingual card: each states its parent)."""
