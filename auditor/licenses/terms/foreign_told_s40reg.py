"""Passages of the languages told apart from a larger one of their script since session 40,
read by the readers of that larger one, for `terms.foreign`: Marathi and Nepali by the Hindi
readers, Kazakh, Kyrgyz and Macedonian by those of the language the Cyrillic letters alone tell
(Ukrainian, Russian, Serbian or Bulgarian), as they were read before. The readers' word tables
hold those languages' words under the larger language's code ("Kazakh, often told Ukrainian").
A passage is read under that code and said (unread, a mention) under its own. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from auditor.licenses.text.language import Passage, script_language

__all__ = ["as_read", "as_told"]

_DEVANAGARI = frozenset({"mr", "ne"})
_CYRILLIC = frozenset({"kk", "ky", "mk"})


def _reading_language(language: str | None, text: str) -> str | None:
    if language in _DEVANAGARI:
        return "hi"
    return script_language(text) if language in _CYRILLIC else language


def as_read(passages: Iterable[Passage]) -> tuple[list[Passage], dict[Passage, Passage]]:
    """The passages, each under the language its readers read, and each one renamed so
    mapped to the passage as told."""
    read: list[Passage] = []
    told: dict[Passage, Passage] = {}
    for passage in passages:
        language = _reading_language(passage.language, passage.text)
        if language != passage.language:
            renamed = replace(passage, language=language)
            told[renamed] = passage
            passage = renamed
        read.append(passage)
    return read, told


def as_told(passages: Sequence[Passage], told: dict[Passage, Passage]) -> tuple[Passage, ...]:
    """The passages under the language they were told as."""
    return tuple(told.get(passage, passage) for passage in passages)
