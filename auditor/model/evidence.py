"""The evidence a source hands to the readers: one typed list, gathered once at the end of the
source stage (sources/evidence.py) and kept on the snapshot (`SourceSnapshot.evidence`).

Each `EvidenceItem` says what it is (`kind`), where it stands (`path`, and `line` when it is
one place of its file), where it was read (`origin`) and what it says (`text`; a document's
text keeps its file's line numbers), with what it states in typed form: the declaration read
(`declared`), a metadata value (`piece`) or the document as read (`document`, its text None
when it could not be read). The readers (licenses/, lineage/, pipeline/analyse.py) choose the
items they read by kind and never reach back into the source stage; the constants both sides
share (where a card document or a misplaced declaration comes from, the license keys) live
here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from auditor.model.core import Declared, Evidence, LicenseFile, MisplacedMetadata

MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
"""The most of one license document that is read: a license-like file, or a document gathered
from the card's prose (its License sections, labels, statements, hidden text). A larger one is
not read and is a finding (fail closed): no license text comes near it, and reading one holds
memory in proportion to its sentences (a card of 400,000 `License:` lines)."""

CARD_DOCUMENT_ORIGIN = "card-section"
"""The `origin` of every card document, so reports can say the evidence is card prose."""

MISPLACED_ORIGIN_MARK = "(not front matter)"
"""The end of `Declared.origin` for a declaration read from a card metadata block the Hub
does not read (sources/card_misplaced.py)."""

LICENSE_KEYS = {"license": "tag", "license_name": "name", "license_link": "link"}
"""The card keys that name the model's license, and what each holds."""


def is_misplaced_origin(origin: str | None) -> bool:
    """Whether a declaration was read from a block the Hub does not read."""
    return origin is not None and origin.endswith(MISPLACED_ORIGIN_MARK)


class EvidenceKind(StrEnum):
    """What a piece of evidence is; the readers choose what they read by kind."""

    DECLARATION = "declaration"  # what the metadata declares, as the audit reads it: one a snapshot
    METADATA_FIELD = "metadata-field"  # one license value the metadata states, with its line
    LICENSE_DOCUMENT = "license-document"  # a license-like file, by name or content; maybe unread
    STRUCTURED_METADATA = "structured-metadata"  # a safetensors header, Modelfile, license.json
    CARD_SECTION = "card-section"  # License/Terms sections, labels, table rows, badges, opening
    CARD_LICENSE_TEXT = "card-license-text"  # a license text pasted into the card
    HIDDEN_TEXT = "hidden-text"  # `<details>`, comments and hidden elements of the card
    GATING = "gating"  # the gating prompt and fields the Hub shows before download
    # issue 37, read by pipeline/artefacts.py, never by the license readers:
    ARTEFACT_SCAN = "artefact-scan"  # a hub's security scan; `text` its JSON (sources/hub_security)
    CHAT_TEMPLATE = "chat-template"  # the chat template's text as read; `path` the file it is in


FILE_KINDS = frozenset({EvidenceKind.LICENSE_DOCUMENT, EvidenceKind.STRUCTURED_METADATA})
"""The repo's license documents: each is a `license_files` entry of the result."""

CARD_KINDS = frozenset(
    {
        EvidenceKind.CARD_SECTION,
        EvidenceKind.CARD_LICENSE_TEXT,
        EvidenceKind.HIDDEN_TEXT,
        EvidenceKind.GATING,
    }
)
"""The card's prose documents (`README.md#license`, `#license-text`, `#hidden`, `#gating`)."""


@dataclass(frozen=True, slots=True)
class DeclaredPiece:
    """One value the metadata gives for the model's license, and where it stands.

    `source` says how it relates to the declaration the auditor reads: "declared" (the key
    read: `license`, or a key that folds to it when there is none), "duplicate" (hidden by a
    later duplicate key), "key-case" (`License:` beside `license:`), "key-variant" (`licence:`
    or a key with an invisible character beside the key read), "tags" (a `license:<id>` item
    of `tags`), "gguf" (the GGUF header beside a card).
    """

    key: str
    role: str  # "tag", "name" or "link"
    value: str
    evidence: Evidence
    source: str


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One piece of evidence a source gathered, as the readers receive it.

    `declared` is set for a declaration (with `misplaced`, the block it was read from when the
    Hub does not read that block), `piece` for a metadata field, `document` for every other
    kind. `path` is None only for a declaration that stands nowhere (no card, no GGUF header).
    """

    kind: EvidenceKind
    path: str | None
    origin: str
    text: str | None
    line: int | None = None
    declared: Declared | None = None
    misplaced: MisplacedMetadata | None = None
    piece: DeclaredPiece | None = None
    document: LicenseFile | None = None


def declaration(items: Iterable[EvidenceItem]) -> EvidenceItem:
    """The declaration item (an empty one when the list has none)."""
    for item in items:
        if item.kind is EvidenceKind.DECLARATION and item.declared is not None:
            return item
    return EvidenceItem(EvidenceKind.DECLARATION, None, "", None, declared=Declared())


def declared_pieces(items: Iterable[EvidenceItem]) -> tuple[DeclaredPiece, ...]:
    """Every license value the metadata states, the declaration read first."""
    return tuple(item.piece for item in items if item.piece is not None)


def documents(items: Iterable[EvidenceItem], kinds: frozenset[EvidenceKind]) -> list[LicenseFile]:
    """The documents of the given kinds, in the order the source gathered them."""
    return [item.document for item in items if item.kind in kinds and item.document is not None]
