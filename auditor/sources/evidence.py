"""The last step of the source stage, the same for every source: the snapshot's evidence as
one typed list (model/evidence.py), so the readers never reach back into `sources/`.

In order: the declaration the audit reads (card front matter, else a metadata block the Hub
does not read, else the GGUF header; `declared.declared_from_snapshot`), every license value
the metadata states with its line (`declared.declared_pieces`), the repo's license documents
as the source read them (by name or content, structured metadata; unread ones with why), and
the card's prose documents (`card_documents`: License/Terms sections with their tables,
labels, badges and opening, a pasted license text, hidden text, the gating prompt).
"""

from __future__ import annotations

from dataclasses import replace

from auditor.model import Declared, LicenseFile, SourceSnapshot
from auditor.model.evidence import (
    CARD_DOCUMENT_ORIGIN,
    EvidenceItem,
    EvidenceKind,
    is_misplaced_origin,
)
from auditor.sources.card_documents import card_documents
from auditor.sources.declared import declared_from_snapshot, declared_pieces, reads_misplaced
from auditor.sources.structured_license import safetensors_paths, structured_paths

_CARD_PARTS = {
    "license": EvidenceKind.CARD_SECTION,
    "license-text": EvidenceKind.CARD_LICENSE_TEXT,
    "hidden": EvidenceKind.HIDDEN_TEXT,
    "gating": EvidenceKind.GATING,
}


def with_evidence(snapshot: SourceSnapshot) -> SourceSnapshot:
    """The snapshot with its evidence gathered; as it is when that was done already."""
    if snapshot.evidence is not None:
        return snapshot
    return replace(snapshot, evidence=gather_evidence(snapshot))


def gather_evidence(snapshot: SourceSnapshot) -> tuple[EvidenceItem, ...]:
    """Every piece of evidence the snapshot holds, as the readers take it."""
    declared = declared_from_snapshot(snapshot)
    items = [_declaration(snapshot, declared)]
    for piece in declared_pieces(snapshot):
        evidence = piece.evidence
        items.append(
            EvidenceItem(
                EvidenceKind.METADATA_FIELD,
                evidence.file,
                evidence.file or "",
                evidence.text,
                evidence.line,
                piece=piece,
            )
        )
    structured = set(structured_paths(snapshot.files)) | set(safetensors_paths(snapshot.files))
    for file in snapshot.license_files:
        base, part, _ = file.path.partition("#")
        kind = EvidenceKind.LICENSE_DOCUMENT
        if part and base in structured:
            kind = EvidenceKind.STRUCTURED_METADATA
        items.append(_document(kind, file))
    if snapshot.card is not None:
        for document in card_documents(snapshot.card, snapshot.card_path or "README.md"):
            kind = _CARD_PARTS.get(document.path.rpartition("#")[2], EvidenceKind.CARD_SECTION)
            items.append(_document(kind, document))
    return tuple(items)


def _declaration(snapshot: SourceSnapshot, declared: Declared) -> EvidenceItem:
    """The declaration read, with the place it is quoted from: the card's `license` line (in
    the block the declaration comes from), else the GGUF header."""
    card = snapshot.card
    path: str | None = None
    line = None
    if snapshot.card_path is not None and card is not None:
        misplaced = card.misplaced is not None and is_misplaced_origin(declared.origin)
        key_lines = card.misplaced.key_lines if card.misplaced and misplaced else card.key_lines
        path, line = snapshot.card_path, key_lines.get("license")
    elif snapshot.gguf_metadata is not None:
        path = "GGUF header"
    block = card.misplaced if card is not None and reads_misplaced(card) else None
    return EvidenceItem(
        EvidenceKind.DECLARATION,
        path,
        declared.origin or "",
        _stated(declared),
        line,
        declared=declared,
        misplaced=block,
    )


def _stated(declared: Declared) -> str | None:
    """The declared license fields as quoted text (`license: X; license_name: Y`)."""
    parts = [f"license: {declared.license}"] if declared.license else []
    if declared.license_name:
        parts.append(f"license_name: {declared.license_name}")
    if declared.license_link:
        parts.append(f"license_link: {declared.license_link}")
    return "; ".join(parts) if parts else None


def _document(kind: EvidenceKind, file: LicenseFile) -> EvidenceItem:
    """A document as an item; a card document's `line` is its first line in the card (its text
    holds each line at the card's line number)."""
    line = None
    if file.origin == CARD_DOCUMENT_ORIGIN and file.text is not None:
        lines = file.text.split("\n")
        line = next((n for n, text in enumerate(lines, 1) if text.strip()), None)
    return EvidenceItem(kind, file.path, file.origin, file.text, line, document=file)
