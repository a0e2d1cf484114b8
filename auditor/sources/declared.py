"""Reads what a snapshot declares about its license and parents (card first, then GGUF), and
every other place the metadata names a license: a duplicate key's hidden value, `License:`
beside `license:`, the GGUF header beside a card."""

from __future__ import annotations

from auditor.model import BaseModelRef, Declared, Evidence, ParsedCard, SourceSnapshot
from auditor.model.evidence import LICENSE_KEYS as LICENSE_KEYS
from auditor.model.evidence import DeclaredPiece as DeclaredPiece
from auditor.sources.card import declared_from_card, declared_from_metadata, parent_ref
from auditor.sources.card_keys import (
    declared_key,
    fold_key,
    is_case_variant,
    license_tags,
    shown_key,
    variant_keys,
)
from auditor.sources.card_misplaced import declares, misplaced_origin
from auditor.sources.gguf_header import base_models, license_fields

_GGUF_KEYS = {
    "general.license": "tag",
    "general.license.name": "name",
    "general.license.link": "link",
}


def declared_from_snapshot(snapshot: SourceSnapshot) -> Declared:
    """The declared license fields, from the card's front matter, else a metadata block of the
    card the Hub does not read (its origin says so), else the GGUF header."""
    card = snapshot.card
    from_card = _card_declared(card, snapshot.card_path) if card is not None else Declared()
    if snapshot.gguf_metadata is None:
        return from_card
    from_gguf = declared_from_gguf(snapshot.gguf_metadata)
    if from_card.license or from_card.license_name or from_card.base_models:
        return from_card
    return from_gguf


def declared_pieces(snapshot: SourceSnapshot) -> tuple[DeclaredPiece, ...]:
    """Every license value the metadata states, each with its file and line.

    The declaration read (`declared_from_snapshot`) comes first, as source "declared"; the
    values it does not read follow, so a conflict between them can be reported with both.
    """
    card = snapshot.card
    card_path = snapshot.card_path or "README.md"
    pieces: list[DeclaredPiece] = []
    card_declares = False
    if card is not None:
        card_pieces = _card_pieces(card, card_path)
        card_declares = any(p.source == "declared" and p.role != "link" for p in card_pieces)
        card_declares = card_declares or bool(_card_declared(card, card_path).base_models)
        pieces.extend(card_pieces)
    if isinstance(snapshot.gguf_metadata, dict):
        fields = license_fields(snapshot.gguf_metadata)
        where = _gguf_name(snapshot)
        for key, role in _GGUF_KEYS.items():
            for value in _values(fields.get(key)):
                source = "gguf" if card_declares else "declared"
                evidence = Evidence(where, None, f"{key}: {value}")
                pieces.append(DeclaredPiece(key, role, value, evidence, source))
    if not card_declares:  # the GGUF header is the declaration; card links stay beside it
        pieces.sort(key=lambda p: p.source != "declared")
    return tuple(pieces)


def reads_misplaced(card: ParsedCard) -> bool:
    """Whether the declaration comes from a metadata block the Hub does not read: the front
    matter declares no license and no base model, and such a block does."""
    return card.misplaced is not None and not declares(card.metadata)


def _card_declared(card: ParsedCard, path: str | None) -> Declared:
    if card.misplaced is None or not reads_misplaced(card):
        return declared_from_card(card)
    origin = misplaced_origin(path or "README.md", card.misplaced.line)
    return declared_from_metadata(card.misplaced.metadata, origin)


def _card_pieces(card: ParsedCard, path: str) -> list[DeclaredPiece]:
    pieces: list[DeclaredPiece] = []
    if card.misplaced is not None and reads_misplaced(card):
        block = card.misplaced
        for key, role in LICENSE_KEYS.items():
            read = declared_key(block.metadata, key) or key
            for value in _values(block.metadata.get(read)):
                evidence = Evidence(path, block.key_lines.get(read), f"{shown_key(read)}: {value}")
                pieces.append(DeclaredPiece(read, role, value, evidence, "declared"))
        return pieces
    read_keys = set()
    for key, role in LICENSE_KEYS.items():
        read = declared_key(card.metadata, key) or key
        read_keys.add(read)
        line = card.key_lines.get(read)
        for value in _values(card.metadata.get(read)):
            evidence = Evidence(path, line, f"{shown_key(read)}: {value}")
            pieces.append(DeclaredPiece(read, role, value, evidence, "declared"))
    for key, at, hidden in card.shadowed:
        hidden_role = LICENSE_KEYS.get(fold_key(key))
        if hidden_role is None:
            continue
        for value in _values(hidden):
            evidence = Evidence(path, at, f"{shown_key(key)}: {value}")
            pieces.append(DeclaredPiece(key, hidden_role, value, evidence, "duplicate"))
    for key, folded in variant_keys(card.metadata):
        if key in read_keys:
            continue
        source = "key-case" if is_case_variant(key) else "key-variant"
        for value in _values(card.metadata[key]):
            evidence = Evidence(path, card.key_lines.get(key), f"{shown_key(key)}: {value}")
            pieces.append(DeclaredPiece(key, LICENSE_KEYS[folded], value, evidence, source))
    for value in license_tags(card.metadata):
        evidence = Evidence(path, card.key_lines.get("tags"), f"tags: license:{value}")
        pieces.append(DeclaredPiece("tags", "tag", value, evidence, "tags"))
    return pieces


def _values(raw: object) -> list[str]:
    items = raw if isinstance(raw, list) else [raw]
    return [text for item in items if (text := _text(item)) and not isinstance(item, dict)]


def _gguf_name(snapshot: SourceSnapshot) -> str:
    name = next((f for f in snapshot.files if f.lower().endswith(".gguf")), None)
    return f"{name} (GGUF header)" if name else "GGUF header"


def declared_from_gguf(metadata: object) -> Declared:
    """Declared fields from GGUF `general.license*` and `general.base_model.*` keys."""
    if not isinstance(metadata, dict):
        return Declared(origin="GGUF header")
    fields = license_fields(metadata)
    parents = tuple(
        BaseModelRef(
            ref=parent_ref(parent.get("repo_id") or parent.get("name") or "?"), relation=None
        )
        for parent in base_models(metadata)
    )
    return Declared(
        license=_text(fields.get("general.license")),
        license_name=_text(fields.get("general.license.name")),
        license_link=_text(fields.get("general.license.link")),
        base_models=parents,
        base_model_relation=None,
        origin="GGUF header",
    )


def _text(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).strip()
    return text or None
