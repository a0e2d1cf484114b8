"""Images and archives a model card names as part of the model's terms. Pure.

A card may put terms where no text reader reaches: "the usage conditions for hosted use are in
`terms/conditions.png` and form part of the licence", "see the scanned agreement
(`legal/signed.jpg`)", "the full terms are in `terms.zip`". A listed image or archive named by a
sentence that speaks of the model's terms (card_pointed.py's pointing sentences) is a terms
document the tool cannot read: it is said unread (`license-document-unread`), never passed over.
A license-named one (`LICENSE.png`) is license_unread.py's already; a badge, logo or banner
(`license-badge.svg`) shows a license, it holds none.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import PurePosixPath

from auditor.model import ParsedCard
from auditor.sources.card_pointed import _TERMS as TERMS_WORDS
from auditor.sources.card_pointed import Pointer, pointing_sentences
from auditor.sources.license_unread import (
    _ORNAMENT,
    ARCHIVE_SUFFIXES,
    IMAGE_SUFFIXES,
    unreadable_by_name,
)
from auditor.sources.referenced_files import named_at

MAX_POINTED_UNREADABLE = 8
"""Images and archives said unread because the card names them as terms, at most, per model."""


def pointed_unreadable(
    card: ParsedCard | None, listed: Sequence[str], read: Collection[str]
) -> list[tuple[Pointer, str]]:
    """(pointer, why) for each listed image or archive the card names as part of the model's
    terms, in the order first named."""
    candidates = [p for p in listed if p not in read and _kind(p) is not None]
    if card is None or not candidates:
        return []
    found: list[tuple[Pointer, str]] = []
    taken: set[str] = set()
    for number, sentence in pointing_sentences(card):
        text = sentence.replace("./", "")
        named = [p for p in candidates if p not in taken and named_at(text, p) is not None]
        if not named or not _speaks_of_terms(text, named):
            continue
        for path in named:
            taken.add(path)
            why = (
                f"the card names it as part of the model's terms, but it is {_kind(path)}, not text"
            )
            found.append((Pointer(path, number, sentence[:200]), why))
        if len(found) >= MAX_POINTED_UNREADABLE:
            break
    return found[:MAX_POINTED_UNREADABLE]


def _speaks_of_terms(sentence: str, paths: list[str]) -> bool:
    """Whether the sentence speaks of terms in its own words, not only in a file's name
    (`samples/usage-conditions.png` named in a sentence about samples)."""
    for path in paths:
        for name in (path, PurePosixPath(path).name):
            sentence = sentence.replace(name, " ")
    return TERMS_WORDS.search(sentence) is not None


def _kind(path: str) -> str | None:
    """ "an image (.png)" or "an archive (.zip)" for a file no text reader reads; None for any
    other file, a license-named one (reported by its name already) or an ornament."""
    pure = PurePosixPath(path.lower())
    if pure.name.startswith(".") or unreadable_by_name(path) is not None:
        return None
    suffixes = [s for s in pure.suffixes if len(s) <= 6]
    last = suffixes[-1] if suffixes else ""
    if last not in IMAGE_SUFFIXES and last not in ARCHIVE_SUFFIXES:
        return None
    if _ORNAMENT.search(pure.name.split(".", 1)[0]):
        return None
    kind = "an image" if last in IMAGE_SUFFIXES else "an archive"
    return f"{kind} ({''.join(suffixes)})"
