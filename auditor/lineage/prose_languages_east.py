"""The derivation phrases of cards written in Russian (Cyrillic), as data, shaped as
prose_languages.py describes: "дообучена на основе X", "тонкая настройка модели X", "на базе
X", "квантованная версия X", "слияние моделей X и Y", "Базовая модель: X". Russian puts the
reference after the phrase, as English does; a comparison, an evaluation, a negation or a plan
before the phrase in its sentence cancels it."""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.lineage.prose_languages import _I, Language, _before, _label, _words

_RU_TUNED = (
    r"(?:до|пере)обуч(?:ен[аоы]?|или|ила|ил|али|ал)"  # дообучена, переобучили
    r"|(?:дистиллирован[аоы]?|дистиллировали)"
)
RU = Language(
    "ru",
    marks=_words("модел| и | на | в | с | для |верси|это "),
    words=_words(
        "основе|базе|основан|дообуч|переобуч|обучен|настройк|файнтюн|файн-тюн|дистилл|"
        "квантов|квантиз|слияни|мерж|базовая модель|исходная модель|родительская модель"
    ),
    phrases=(
        _before(
            rf"\b(?:{_RU_TUNED})\s+(?:на\s+(?:основе|базе)|из|с|от|поверх)\b",
            True,
        ),
        _before(
            r"\b(?:дообучени[еяю]|переобучени[еяю]|тонк(?:ая|ой|ую)\s+настройк[аиу]"
            r"|файн-?тюнинг\w*|fine-?tuning|дистилляци[яию])\s+(?:модели\s+)?",
            True,
        ),
        _before(
            r"\b(?:дообученн|дистиллированн)(?:ая|ой|ую)\s+верси(?:я|и|ю)\b",
            True,
        ),
        _before(
            r"\b(?:квантованн|квантизованн|квантизированн)(?:ая|ой|ую)\s+верси(?:я|и|ю)\b"
            r"|\b(?:квантизаци|квантовани)(?:я|и|ю|е)\s+(?:модели\s+)?"
            r"|\b(?:квантован|квантизирован|квантизован)[аоы]?\s+(?:из|с)\b",
            True,
            "quantized",
        ),
        _before(r"\b(?:слияни[еяю]|мерж)\s+(?:моделей\s+)?", True, "merge"),
        _before(
            r"\b(?:обучен[аоы]?|создан[аоы]?|построен[аоы]?)\s+на\s+(?:основе|базе)\b"
            r"|\bоснован[аоы]?\s+на\b|(?<!\w)на\s+(?:основе|базе)\b",
            False,
        ),
    ),
    label=_label(r"базовая\s+модель|исходная\s+модель|родительская\s+модель"),
    not_before=lazy_pattern(
        r"(?<!\w)(?:сравн\w*|по\s+сравнению|в\s+отличие|лучше|хуже|превосход\w*|оцен\w*"
        r"|бенчмарк\w*|не|нет|никогда|будет|будут|планиру\w*|следующ\w*|будущ\w*|если)(?!\w)",
        _I,
    ),
    self_word=lazy_pattern(r"(?<!\w)(?:эта|наша|данная|настоящая)\s+модель(?!\w)", _I),
    not_parent=lazy_pattern(
        r"данн|корпус|датасет|набор|токенизатор|архитектур|код|метод|стать|шаблон", _I
    ),
    cyrillic=True,
)
