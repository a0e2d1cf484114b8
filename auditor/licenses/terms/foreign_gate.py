"""Which paragraphs the foreign reader (`terms.foreign`) must split and read: one look at a
paragraph's joined text, before its sentences are split and their languages told.

The reader reads a passage only when it is not English (another script, letters of another
alphabet, or a function word of another Latin-script language), or when it is too short to
tell and is a label keyed by commercial use (`Uso comercial: No`). A paragraph in ASCII has
no other script and no other letters; for it this gate asks the two other questions of the
whole paragraph at once, and a paragraph it refuses yields only passages the reader passes
over (English, or undetermined ASCII that is no such label):

- `language._latin_language` decides another language only when a word it counts is a
  function word of another language and none of English (`FOREIGN_ONLY_WORDS`). Each such
  word is a run of letters between two non-letters of one sentence, once links and addresses
  are blanked (`_NOT_PROSE`); sentences are cut from the paragraph at punctuation and spaces,
  and the blanks start and end at non-letters, except where an address is glued to a word or
  a domain or `et al` joined to one by a hyphen (`_GLUED_ADDRESS`, `_JOINED_DOMAIN`, any
  `et al`): without those, each word counted is a whole word of the paragraph written in
  letters only (`_PLAIN_WORD`).
- a law named by a Romance adjective or place (`foreign_law_romance.names_law`), asked only
  where a law noun of those languages stands;
- a passage matching `COMMERCIAL_LABEL` whole holds its key followed by the separator, which
  `_LABEL_KEY` searches the paragraph for (any whitespace where a sentence has a space), once
  its trigger words (model/triggers.py) occur.

Anything else (a paragraph with a character outside ASCII) is read as before.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_grants_s38eu import ASCII_WORDS_S38EU
from auditor.licenses.terms.foreign_law_north import names_law_north
from auditor.licenses.terms.foreign_law_romance import names_law
from auditor.licenses.terms.foreign_law_southeast import names_law_southeast
from auditor.licenses.text.language import FOREIGN_ONLY_WORDS
from auditor.model.license_words import COMMERCIAL_KEY
from auditor.model.triggers import Triggers

# the key and separator of `COMMERCIAL_LABEL`, anywhere, with its possessive runs (a long run
# of spaces after a key never backtracks); where a sentence has one space, the paragraph has
# a run of whitespace, which those runs take whole
_LABEL_KEY = lazy_pattern(
    COMMERCIAL_KEY + r"\s*+(?:\*\*|__)?+\s*+(?:[:=：]|[—–]|-(?=\s))", re.IGNORECASE
)
# where `language._NOT_PROSE` can blank part of a word: `Lizenzwww.x.org`, `x.com-de`, and
# any `et al` (`non-et al`, `et al-de`)
_GLUED_ADDRESS = lazy_pattern(r"[A-Za-z'-]www\.")
_JOINED_DOMAIN = lazy_pattern(r"\.(?:com|org|net|io|ai)['-]")
_ET_AL = lazy_pattern(r"et\s+al")
_PLAIN_WORD = lazy_pattern(r"[a-z]+(?:['-][a-z]+)*")  # `language._WORD` over lower-case ASCII
# a law noun of es, pt, fr, it, ro (and pl, hr, sk: "Prawo właściwe: polskie"): only then is
# `foreign_law_romance.names_law` asked
_LAW_WORD = lazy_pattern(
    r"\b(?:ley|leyes|derecho|lei|leis|direito|droit|loi|lois|legge|diritto|legea|prawo|pravo"
    r"|pravom)\b",
    re.I,
)
# a grant or a commercial word of a language `foreign_grants_world` and `foreign_routes_world`
# read, written in ASCII ("huquq beradi", "tijorat maqsadida", "Uvumelekile ukusebenzisa")
_WORLD_WORDS = lazy_pattern(
    r"\b(?:huquq\w*|ruxsat\w*|tijorat\w*|uvumelekile|unelungelo|ishishini|faodaidh|tha\s+cead"
    r"|ba\s+ou\s+dwa|autoritza|anfasnachol|notijorat\w*|malairt\w*"
    r"|mhalairt\w*|kommersje\w*|komercijal\w*|komersiyal\w*|komersyal\w*|komesyal\w*"
    r"|biznis|kasuwanci|ganacsi\w*|[fm]asnachol|n?ddefnyddwyr"  # cy: `foreign_caps_s39eub`
    r"|qhatu\w*|\w*hweba|\w*hwebo|\w*hwebe"  # qu, zu: `foreign_grants_s37w`
    r"|" + ASCII_WORDS_S38EU + r")\b",  # eu, br, co, sc, hr: `foreign_grants_s38eu`
    re.I,
)
_COUNTED = frozenset(word for word in FOREIGN_ONLY_WORDS if len(word) > 1)  # as counted


@cache
def _label_triggers() -> Triggers:
    return Triggers((_LABEL_KEY,))


def may_be_foreign(paragraph: str) -> bool:
    """False only when no passage of `paragraph` (lines joined) can be read by the foreign
    reader; True means "split and read it", not that something will be found."""
    if not paragraph.isascii():
        return True
    # a word written with letters and a hyphen is no word counted: it never equals one
    if not _COUNTED.isdisjoint(_PLAIN_WORD.findall(paragraph.lower())):
        return True
    if _label_triggers().mask(paragraph) and _LABEL_KEY.search(paragraph) is not None:
        return True
    # a law named by its adjective in ASCII ("Legge regolatrice: italiana", "Lei brasileira")
    if _LAW_WORD.search(paragraph) is not None and (
        names_law(paragraph) or names_law_north(paragraph)
    ):
        return True
    if names_law_southeast(paragraph):  # "Undang-undang: Malaysia.", "Batas ng Pilipinas."
        return True
    if _WORLD_WORDS.search(paragraph) is not None:  # uz, xh, gd ...: `foreign_grants_world`
        return True
    return (
        ("www." in paragraph and _GLUED_ADDRESS.search(paragraph) is not None)
        or _JOINED_DOMAIN.search(paragraph) is not None
        or _ET_AL.search(paragraph) is not None
    )
