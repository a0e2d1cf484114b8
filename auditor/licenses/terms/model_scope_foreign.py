"""Clauses in other languages than English scoped to a family's image or multimodal models, for
`model_scope`: a sentence whose subject names the models that take in or make pictures, video
or sound ("Perekonna mudeleid, mis loovad tekstist pilte, võib kasutada ainult mitteärilisel
eesmärgil", "Os modelos da familia que procesan imaxes só poden usarse con fins comerciais coa
autorización ...") and states a term of commercial use binds those models only: a text model
is out of it, as `model_scope` reads "Commercial use of the image-generation models requires a
paid licence". The piece after it that refers back to them ("nende äriline kasutamine on
keelatud") goes with it.

Territorial clauses scoped so are not these: they keep their own scope (`foreign_models`,
terms `models: multimodal`). A sentence naming the text models too ("modelos de só texto")
is scoped to no one. The words are data: the model, media and taking-in words of
`foreign_models_europe`, the making words here, and a commercial stem in many languages.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_grants_world import COMMERCIAL_WORLD
from auditor.licenses.terms.foreign_models_europe import MEDIA, MODEL, MULTIMODAL, TEXT_MODELS
from auditor.licenses.text.language import ENGLISH, language_of

__all__ = ["binds_media_models_only", "refers_back_foreign"]

_FLAGS = re.IGNORECASE
# making pictures: "loovad ... pilte", "xeran imaxes", "generan imágenes", "tworzą obrazy"
_MAKES = (
    r"(?:loo\w*|genere\w*|genera\w*|xera\w*|gera\w*|génèr\w*|erzeug\w*|generier\w*|tworz\w*"
    r"|generuj\w*|vytvár\w*|ustvarj\w*|gener\w*|созда\w*|генер\w*|створю\w*|luo\w*|készít\w*)"
)
_MEDIA_MODELS = lazy_pattern(
    MULTIMODAL.pattern
    + r"|\b"
    + MODEL
    + r"\b[^.;]{0,80}?\b"
    + _MAKES
    + r"\b[^.;]{0,40}?\b"
    + MEDIA
    + r"|\b(?:pildi|kuva|kép|obrazov|slikovn|image)\w*mode\w*|\bpildimudel\w*|\bkuvamall\w*",
    _FLAGS,
)
_SUBJECT = 60  # the scope opens the sentence: its match starts this near the start
_COMMERCIAL = lazy_pattern(
    COMMERCIAL_WORLD
    + r"|komerc|commerc|comerc|kommerz|kommers|kaupalli|äri(?:li|lis)|ärilis|kereskedelm"
    + r"|zarobk|verslo|emporik|εμπορ|коммерч|комерц|търговск|biashara|ticari|thương\s+mại"
    + r"|\bmitteäri",
    _FLAGS,
)
# a piece referring back to the models the piece before named: "nende", "their", "deren"
_BACK = lazy_pattern(
    r"^\W*(?:nende|neid|need|eles|elas|ellos|ellas|dichos|estes|estos|deren|ihre|diese"
    r"|leur|leurs|ceux-ci|loro|essi|njihov\w*|njih|teh|ich|tieto|jejich|ich|их|їх|niiden|azok)\b",
    _FLAGS,
)


def binds_media_models_only(piece: str) -> bool:
    """Whether a piece in another language is a commercial term of the image or multimodal
    models alone (see the module docstring)."""
    scope = _MEDIA_MODELS.search(piece)
    if scope is None or scope.start() > _SUBJECT or _COMMERCIAL.search(piece) is None:
        return False
    if TEXT_MODELS.search(piece) is not None:
        return False
    return language_of(piece) not in (ENGLISH, None)


def refers_back_foreign(piece: str) -> bool:
    """Whether a piece in another language opens by referring back to the models before it."""
    return _BACK.search(piece) is not None and _MEDIA_MODELS.search(piece) is None
