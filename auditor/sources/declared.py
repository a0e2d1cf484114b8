"""Reads what a snapshot declares about its license and parents (card first, then GGUF)."""

from __future__ import annotations

from auditor.model import BaseModelRef, Declared, SourceSnapshot
from auditor.sources.card import declared_from_card
from auditor.sources.gguf_header import base_models, license_fields


def declared_from_snapshot(snapshot: SourceSnapshot) -> Declared:
    """The declared license fields, from the card's front matter or else the GGUF header."""
    from_card = declared_from_card(snapshot.card) if snapshot.card is not None else Declared()
    if snapshot.gguf_metadata is None:
        return from_card
    from_gguf = declared_from_gguf(snapshot.gguf_metadata)
    if from_card.license or from_card.license_name or from_card.base_models:
        return from_card
    return from_gguf


def declared_from_gguf(metadata: object) -> Declared:
    """Declared fields from GGUF `general.license*` and `general.base_model.*` keys."""
    if not isinstance(metadata, dict):
        return Declared(origin="GGUF header")
    fields = license_fields(metadata)
    parents = tuple(
        BaseModelRef(ref=parent.get("repo_id") or parent.get("name") or "?", relation=None)
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
    if value is None:
        return None
    text = str(value).strip()
    return text or None
