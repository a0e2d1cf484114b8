"""The licenses and license files a model card assigns to another part of the release.

A card often splits its release: "the training code is Apache-2.0 (see LICENSE); the weights
are MIT", or a table with one row for the code and one for the weights. The repo's LICENSE
file then speaks for the code, and its text is no contradiction of the license the metadata
declares for the model (conclude.py). A sentence (or clause before a `;`, ", while", ", but"),
a list item or a table row assigns to another part when it names such a part (code, scripts,
documentation, a demo; the data) and nothing that is the model (the model, its weights,
checkpoints, parameters or adapters); the license files it names (`LICENSE`, `LICENSE-CODE`,
`license.txt`) are that part's, and so are the licenses it names by id unless the part is the
data (which seldom ships beside the weights: a LICENSE reading as the data's license is not
thereby the data's). A license the card also
assigns to the model in the same way is the model's too, so it is never set aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.card_claims import _LICENSE_TOKEN as LICENSE_TOKEN
from auditor.licenses.names import lookup_name
from auditor.model import LicenseMatch

__all__ = ["OtherParts", "files_given_to_other_parts", "other_parts"]

_LINE_LIMIT = 2_000  # longer lines (data, pasted texts) are no statement on parts
_CLAUSE_BREAK = lazy_pattern(
    r"[;；。]|(?<=[.!?])\s+|,\s+(?=(?:while|whereas|but)\s)", re.IGNORECASE
)
_OTHER_PART = lazy_pattern(
    r"\b(?:code(?:base)?|scripts?|documentation|docs|demos?|notebooks?)\b", re.IGNORECASE
)
# The data rarely ships in the model's repo: a license the card gives it sets aside a license
# file the card names for it ("data: CC-BY-4.0, see LICENSE-DATA"), not one that merely reads
# the same.
_DATA_PART = lazy_pattern(r"\b(?:data(?:sets?)?|corpus|corpora)\b", re.IGNORECASE)
_MODEL_PART = lazy_pattern(
    r"\b(?:models?|weights?|checkpoints?|parameters|params|adapters?|lora|gguf|safetensors)\b",
    re.IGNORECASE,
)
_LICENSE_FILE = lazy_pattern(
    r"(?<![\w.-])(?:(?-i:LICEN[CS]E|COPYING)(?:[-_.][\w.-]*\w)?|licen[cs]e\.(?:txt|md))(?![\w-])",
    re.IGNORECASE,
)
_CELL_MARKUP = " *_`[]()."


@dataclass(frozen=True, slots=True)
class OtherParts:
    """License ids and file names (lowercase) the card assigns to parts other than the model,
    and the license ids it assigns to the model."""

    ids: frozenset[str] = frozenset()
    files: frozenset[str] = frozenset()
    model_ids: frozenset[str] = frozenset()

    def covers(self, path: str, match: LicenseMatch) -> bool:
        """Whether the card assigns the file at `path`, read as `match`, to another part."""
        if match.id is not None and match.id in self.model_ids:
            return False
        named = PurePosixPath(path).name.lower() in self.files
        return named or (match.id is not None and match.id in self.ids)


def other_parts(body: str, db: LicenseDB) -> OtherParts:
    """What the card body assigns to other parts than the model (see the module's docstring)."""
    ids: set[str] = set()
    files: set[str] = set()
    model_ids: set[str] = set()
    for line in body.splitlines():
        if len(line) > _LINE_LIMIT or not line.strip():
            continue
        row = line.strip().startswith("|")
        for clause in [line] if row else _CLAUSE_BREAK.split(line):
            if _MODEL_PART.search(clause):
                model_ids.update(_licenses(clause, db, row))
            elif (shipped := _OTHER_PART.search(clause)) or _DATA_PART.search(clause):
                if shipped:
                    ids.update(_licenses(clause, db, row))
                files.update(m.group().lower() for m in _LICENSE_FILE.finditer(clause))
    return OtherParts(frozenset(ids), frozenset(files), frozenset(model_ids))


def _licenses(clause: str, db: LicenseDB, row: bool) -> set[str]:
    """The ids of the licenses a clause names by id (a table row's cells by any name)."""
    found = {
        record.id
        for token in LICENSE_TOKEN.finditer(clause)
        if (record := lookup_name(token.group(), db)) is not None
    }
    if row:
        for cell in clause.strip().strip("|").split("|"):
            text = cell.strip(_CELL_MARKUP)
            record = lookup_name(text, db) if 0 < len(text) <= 60 else None
            if record is not None:
                found.add(record.id)
    return found


def files_given_to_other_parts(text: str) -> frozenset[str]:
    """The license files (lowercase names) a text assigns to a part other than the model, as
    `other_parts` reads a card: "The MIT licence in LICENSE covers the source code of this
    repository only" in a LICENSE-MODEL beside it."""
    files: set[str] = set()
    for line in text.splitlines():
        if len(line) > _LINE_LIMIT or not line.strip():
            continue
        for clause in _CLAUSE_BREAK.split(line):
            if _OTHER_PART.search(clause) and not _MODEL_PART.search(clause):
                files.update(m.group().lower() for m in _LICENSE_FILE.finditer(clause))
    return frozenset(files)
