"""Clauses covering a licence's multimodal models only, in the European languages
`foreign_models` does not read (Catalan, Polish, Czech, Slovak, Romanian, Greek, Russian,
Ukrainian, Bulgarian, Serbian, Croatian, Slovenian, Lithuanian, Latvian, Estonian, Icelandic,
Maltese, Irish, Welsh, Basque, Galician, Albanian, Macedonian), for
`foreign_models.multimodal_only`.

A passage covers the multimodal models only when it names them by that word's cognate
("modele multimodalne", "мультимодальные модели", "τα πολυτροπικά μοντέλα") or as the models
taking pictures, video or sound in ("els models ... que accepten imatges com a entrada",
"modely, které přijímají obrázky"): a model word and a media word with a word of taking in or
of input between or after them. A passage saying a clause does not apply to the text models
("no s'aplica als models de text", "nie dotyczy modeli tekstowych") leaves them out of the
clause before it, as `foreign_models` reads the same in the Romance and Germanic languages.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.language import Passage

__all__ = ["multimodal_europe"]

_FLAGS = re.IGNORECASE
# the word's cognates: Latin letters (multimodalne, multimodální, multimodale, multimodalūs,
# multimodāli, multimodaalne, fjölháttar-), Cyrillic and Greek
_COGNATE = (
    r"\bmulti-?mod[aá]\w*|\bmultimodāl\w*|\bmultimodaal\w*|\bilmodal\w*|мул[ьт]{1,2}имода\w*"
    r"|мултимода\w*|πολυτροπικ\w*|πολυτρόπικ\w*|πολυμεσικ\w*"
    r"|רב-?אופני\w*|רב-?מודלי\w*|\bza\s+aina\s+nyingi\b"  # he, sw
)
# pictures, video or sound
_MEDIA = (
    r"(?:imatges?|obraz\w*|zdj[eę]\w*|obrázk\w*|snímk\w*|imagin\w*|εικόν\w*|εικον\w*"
    r"|изображени\w*|зображен\w*|картин\w*|слик\w*|slik\w*|slike?|vaizd\w*|attēl\w*|pilt\w*"
    r"|myndir\w*|mynd\b|stampi\w*|íomhánna|íomhá|delweddau|delwedd|irudi\w*|imaxes?|imazh\w*"
    r"|слики|слика|vídeos?|vide[oó]\w*|βίντεο|видео\w*|відео\w*|àudio|audio\w*|ήχ\w*|звук\w*"
    r"|dźwięk\w*|zvuk\w*|sunet\w*|garso|skaņ\w*|heli\w*|hljóð\w*|zvok\w*|picha|תמונ\w*)"
)
# taking in, or input
_INPUT = (
    r"(?:accept\w*|admet\w*|rep\b|reben|przyjmuj\w*|przetwarza\w*|přijím\w*|zpracov\w*"
    r"|prijím\w*|spracúv\w*|accept[aă]\w*|prime[sș]t\w*|proceseaz\w*|δέχ\w*|επεξεργ\w*"
    r"|приним\w*|обрабатыв\w*|прийма\w*|обробля\w*|прием\w*|обработв\w*|прима\w*|обрађу\w*"
    r"|prima\w*|obrađu\w*|obdeluj\w*|sprejema\w*|prii?ma\w*|apdoroj\w*|pieņem\w*|apstrādā\w*"
    r"|võta\w*|töötle\w*|taka\s+við|vinna\s+úr|jaċċettaw|jipproċessaw|glacann|próiseálann"
    r"|derbyn|prosesu|onartzen|prozesatzen|aceptan|procesan|pranoj\w*|përpunoj\w*"
    r"|entrada|wejści\w*|vstup\w*|intrare|είσοδ\w*|вход\w*|вхідн\w*|влез\w*|ulaz\w*|vhod\w*"
    r"|įvest\w*|ievad\w*|sisend\w*|inntak\w*|input\w*|ionchur\w*|mewnbwn|sarrera|hyrje\w*"
    r"|zinazopokea|zinapokea|kupokea|inayopokea|[הש]?מקבל\w*|[הש]?מעבד\w*)"
)
_MODEL = (
    r"(?:models?|modele\w*|model[ůuya]\w*|modelos?|modelul\w*|modelel\w*|μοντέλ\w*|модел\w*"
    r"|modeli\w*|modelių|modeļ\w*|mudel\w*|líkön\w*|mudell\w*|samhl\w*|modelau|eredu\w*|modelet?|[הלבמש]?מודל\w*)"
)
_MULTIMODAL = lazy_pattern(
    _COGNATE
    + r"|\b"
    + _MODEL
    + r"\b[^.;]{0,80}?\b"
    + _INPUT
    + r"\b[^.;]{0,40}?\b"
    + _MEDIA
    + r"|\b"
    + _MODEL
    + r"\b[^.;]{0,80}?\b"
    + _MEDIA
    + r"\b[^.;]{0,30}?\b"
    + _INPUT,
    _FLAGS,
)
# the text models, and a clause not applying to them
_TEXT_MODELS = lazy_pattern(
    r"\b(?:models?\s+de\s+text|modele?\w*\s+tekstow\w*|textov\w+\s+model\w*|model\w*\s+textov\w*"
    r"|modelel\w*\s+(?:de\s+)?text\w*|μοντέλ\w*\s+κειμένου|текстов\w+\s+модел\w*"
    r"|модел\w*\s+(?:только\s+)?(?:для\s+)?текст\w*|tekstualn\w+\s+model\w*|tekstovn\w+\s+model\w*"
    r"|teksto\s+model\w*|teksta\s+model\w*|tekstimudel\w*"
    # models taking or making text only: "modely, ktoré spracúvajú iba text", "modele, ki
    # sprejemajo samo besedilo", "Modeli za maandishi pekee", "מודלי טקסט בלבד"
    r"|\bmode\w*,?\s+(?:\w+\s+){0,4}?(?:iba|len|samo|jen|pouze|tylko|ainult|vetëm|само|только)"
    r"\s+(?:text\w*|besedil\w*|tekst\w*)|\bmodeli\s+za\s+maandishi(?:\s+pekee)?"
    # ... in Cyrillic: "моделе који обрађују само текст", "модели, которые принимают только текст"
    r"|\bмодел\w*,?\s+(?:\w+\s+){0,4}?(?:само|только|лише|тільки|единствено|samo)\s+текст\w*"
    r"|מודלי\s+(?:ה)?טקסט)",
    _FLAGS,
)
_NOT_APPLIED = lazy_pattern(
    r"\bno\s+s'aplica|\bno\s+afecta|\bnie\s+(?:dotyczy|stosuje\s+się|obejmuje)|\bse\s+nevztahuje"
    r"|\bsa\s+nevzťahuje|\bnu\s+se\s+aplic|\bδεν\s+(?:ισχύει|εφαρμόζεται|αφορά)"
    r"|\bне\s+(?:распространя|применя|относит|поширю|застосов|стосу|се\s+прилага|важи)\w*"
    r"|\bne\s+(?:odnosi|primjenjuje|primenjuje|velja|uporablja)\w*|\bnetaikom\w*|\bnetaik\w*"
    r"|\bneattiecas|\bei\s+kohaldata|\bnevzťahuje\b|\bnevztahuje\b|\bhazihusiki\b|\bhaihusu\b"
    r"|\bhaitumiki\b|(?:אינו|אינה|אינם|אינן)\s+(?:חל|חלה|חלים|חלות)",
    _FLAGS,
)
# for `model_scope_foreign`: the same words, read in the subject of a clause
MEDIA, MODEL, MULTIMODAL, TEXT_MODELS = _MEDIA, _MODEL, _MULTIMODAL, _TEXT_MODELS
_REACH = 2  # the clause a "not for the text models" sentence lifts stands this close before it


def lifts_text_models(text: str) -> bool:
    """Whether a passage says a clause does not apply to the text models."""
    return _TEXT_MODELS.search(text) is not None and _NOT_APPLIED.search(text) is not None


def multimodal_europe(passages: Sequence[Passage]) -> tuple[set[Passage], set[Passage]]:
    """(passages whose clauses cover multimodal models only, passages that only leave the text
    models out of a clause before them), in any language but English: the words are these
    languages', and a Catalan passage read as Spanish is read all the same."""
    covered: set[Passage] = set()
    lifting: set[Passage] = set()
    for index, passage in enumerate(passages):
        if passage.language in (None, "en"):  # English: `law.py`; a misread neighbour is read
            continue
        lifts = lifts_text_models(passage.text)
        if lifts or _MULTIMODAL.search(passage.text):
            covered.add(passage)
        if lifts and index > 0:
            lifting.add(passage)
            covered.update(passages[max(index - _REACH, 0) : index])
    return covered, lifting
