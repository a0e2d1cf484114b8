"""A sentence of a licence written in Latin letters in a language no detector tells (Basque,
Wolof, Aymara, Samoan, ...), for `foreign.read_foreign`: such passages have no language, and
a passage with no language and English letters was left to the English rules, which read
nothing in it, so a ban in it was dropped without a word once another reader had read the
grant beside it. A sentence of six words or more, opening with a capital and ending as a
sentence ends, holding none of the words every English sentence of that length holds ("the",
"of", "to", "may", "not", ...) and nothing of code, is not English: unless a reader reads it,
it is said unread. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["is_untold_sentence"]

_ENGLISH = frozenset(
    {
        *("the", "of", "to", "and", "a", "an", "in", "is", "are", "be", "may", "must", "not"),
        *("for", "you", "your", "this", "that", "with", "by", "or", "any", "shall", "on", "as"),
        *("it", "its", "use", "we", "our", "will", "can", "no", "if", "from", "all", "at"),
        *("under", "other", "only", "without", "licence", "license", "model", "weights"),
    }
)
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
