"""The shape of one language's training-data phrases (stated_languages.py describes each field),
and the small helpers its tables are written with: shared by the modules holding the tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class DataLanguage:
    """The training-data phrases of one language (stated_languages.py's docstring)."""

    code: str
    marks: tuple[str, ...]
    words: tuple[str, ...]
    train: re.Pattern[str]
    evaluate: re.Pattern[str]
    negated: re.Pattern[str]
    compare: re.Pattern[str]
    data_before: re.Pattern[str]
    data_after: re.Pattern[str]
    object_before: re.Pattern[str]
    heading_eval: re.Pattern[str]
    heading_tune: re.Pattern[str]
    heading_train: re.Pattern[str]
    heading_data: re.Pattern[str]
    own_script: bool = False  # Han, kana, Hangul or Cyrillic: one mark is enough
    verb_after: bool = False
    negated_after: re.Pattern[str] | None = None  # a negation right after the phrase (ja, ko)
    model_before: re.Pattern[str] | None = None  # `基于 X`: the base model, not data


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


def _c(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _I)


_NB = r"(?<![^\W\d_])"  # no letter before (\b misreads accented letters at a word's start)
_NA = r"(?![^\W\d_])"  # no letter after
_OBJ_TAIL = r"\s*[`*_(\[]{0,3}$"
