"""Files a license or terms document names as part of its terms, whatever their own name: "your
use must follow the Prohibited Use Policy (PROHIBITED_USE.md), which is part of these terms".

A repository file that a license-named document names (its path or its file name, written out
whole) is read beside the license-named files, when the repository has it and it is a
document (Markdown, plain text, PDF, an office file; never code, data or weights). Bounded: at
most `MAX_REFERENCED` such files a model, each within the sources' license-file byte bound.
Pure: the texts and the listing in, the paths to read out (sources/local.py, hub_evidence.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import LicenseFile
from auditor.sources.base import is_license_like

MAX_REFERENCED = 4
"""Files read because a license document names them, at most, per model."""

MAX_CANDIDATES = 2_000
"""Listed documents looked for in the texts, at most (a repo of many files: its first ones)."""

_DOCUMENT_SUFFIXES = frozenset(
    {".md", ".markdown", ".txt", ".rst", ".html", ".htm", ".pdf", ".docx", ".odt", ".rtf"}
)
_CARD_STEMS = frozenset({"readme", "model_card", "modelcard", "model-card"})
_BARE_NAME = lazy_pattern(r"[A-Z][A-Z0-9_-]{3,}")
"""A file name without a suffix is named only as written in capitals (`USE_POLICY`, `NOTICE`):
a lower-case word of prose is no file name."""


def with_referenced(
    named: Sequence[str], listed: Sequence[str], read: Sequence[LicenseFile]
) -> Iterator[str]:
    """The license-named paths, then (once those are read into `read`, which the caller fills
    as it goes) the listed documents their texts name."""
    yield from named
    texts = [f.text for f in read if f.text is not None]
    yield from referenced_paths(texts, listed, set(named))


def referenced_paths(
    texts: Iterable[str],
    listed: Sequence[str],
    read: Collection[str],
    limit: int | None = MAX_REFERENCED,
) -> list[str]:
    """The listed documents the texts name, in the order first named, none already `read`
    or license-named (those are read anyway), at most `limit` (None: all)."""
    candidates = [p for p in listed if is_document_candidate(p, read)][:MAX_CANDIDATES]
    if not candidates:
        return []
    found: list[str] = []
    for text in texts:  # earlier texts first, then in the order each names them
        hits = [
            (at, path)
            for path in candidates
            if path not in found and (at := named_at(text, path)) is not None
        ]
        found.extend(path for _, path in sorted(hits))
    return found if limit is None else found[:limit]


def is_document_candidate(path: str, read: Collection[str]) -> bool:
    """Whether a listed file may be read as a terms document when a text names it: a document
    (prose, PDF, office file, or a bare name in capitals), not hidden, not the card, not one
    already `read` or license-named (those are read anyway)."""
    name = PurePosixPath(path).name
    suffix = PurePosixPath(name).suffix.lower()
    if path in read or is_license_like(path) or name.startswith("."):
        return False
    if suffix and suffix not in _DOCUMENT_SUFFIXES:
        return False
    if name.lower().split(".", 1)[0] in _CARD_STEMS:
        return False  # a model card is read as the card
    return bool(suffix) or _BARE_NAME.fullmatch(name) is not None


def named_at(text: str, path: str) -> int | None:
    """Where the text names the file: its path, else its file name, as a whole token; a
    document's name without its suffix counts when written in capitals (`USE_RESTRICTIONS`
    for `USE_RESTRICTIONS.md`)."""
    names = [path] if "/" not in path else [path, PurePosixPath(path).name]
    stem = PurePosixPath(path).stem
    if stem != PurePosixPath(path).name and _BARE_NAME.fullmatch(stem):
        names.append(stem)
    for name in names:
        flags = re.IGNORECASE if PurePosixPath(name).suffix else 0
        pattern = rf"(?<![\w./-]){re.escape(name)}(?![\w-]|\.\w)"
        found = re.search(pattern, text, flags)
        if found is not None:
            return found.start()
    return None
