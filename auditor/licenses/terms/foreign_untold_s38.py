"""A sentence of a licence written in Latin letters in a language no detector tells (Basque,
Wolof, Aymara, Samoan, ...), for `foreign.read_foreign`: such passages have no language, and
a passage with no language and English letters was left to the English rules, which read
nothing in it, so a ban in it was dropped without a word once another reader had read the
grant beside it. A sentence of six words or more, opening with a capital and ending as a
sentence ends, holding none of the words every English sentence of that length holds ("the",
"of", "to", "may", "not", ...) and nothing of code, in a text that is not English as a whole
(`is_english_text`), is not English: unless a reader reads it, it is said unread. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["is_english_text", "is_untold_sentence"]

_ENGLISH = frozenset(
    {
        *("the", "of", "to", "and", "a", "an", "in", "is", "are", "be", "may", "must", "not"),
        *("for", "you", "your", "this", "that", "with", "by", "or", "any", "shall", "on", "as"),
        *("it", "its", "use", "we", "our", "will", "can", "no", "if", "from", "all", "at"),
        *("under", "other", "only", "without", "licence", "license", "model", "weights"),
        *("has", "have", "been", "was", "were", "which", "such", "these", "their", "they"),
        *("than", "also", "into", "per", "mean", "means", "might", "each", "more", "who"),
        *("there", "would", "should", "could", "does", "do", "his", "her", "he", "she"),
    }
)
_ENGLISH_TEXT = 0.10
"""A text this share of whose words are those English words is English, with perhaps a
passage in another language the detectors tell: a sentence of it holding none is a title, a
list of names or an address, not a language no detector tells."""
_WORD = lazy_pattern(r"[A-Za-z][A-Za-z'-]*")
_ENDS = lazy_pattern(r"[.!?;:]\W*$")
_CODE = lazy_pattern(r"[=<>{}\[\]\\/`|_#@$%^~]|\(\)|https?:")
_MIN_WORDS = 6


def is_untold_sentence(text: str) -> bool:
    """Whether `text` is a sentence in Latin letters that is not English (module docstring)."""
    if _CODE.search(text) or not _ENDS.search(text):
        return False
    found = _WORD.findall(text)
    words = [w.lower() for w in found]
    if len(words) < _MIN_WORDS or not found[0][0].isupper():  # a sentence opens capitalised
        return False
    return not any(w in _ENGLISH for w in words) and re.search(r"[a-z]", text) is not None


def is_english_text(text: str) -> bool:
    """Whether `text` as a whole reads as English by the share of its English words."""
    words = [w.lower() for w in _WORD.findall(text)]
    return bool(words) and sum(w in _ENGLISH for w in words) / len(words) >= _ENGLISH_TEXT
