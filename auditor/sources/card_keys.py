"""Card metadata keys that mean `license`, `license_name` or `license_link` once folded, and
licenses named in `tags`.

The Hub reads only the exact keys. A key spelled `licence`, `License`, `license_name` with a
zero-width space or a byte-order mark in it, or with look-alike letters, is shown as an unknown
key, while a reader of the file takes it for the license: the auditor folds it to the key it
means, reads it (with a finding, licenses/declared_conflicts.py), and never lets it pass
unseen. A `license:<id>` item of `tags` names a license too. The folding itself
(`fold_key`, `shown_key`) lives in model/license_words.py, which the readers share.
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.model.license_words import CANONICAL_KEYS as CANONICAL_KEYS
from auditor.model.license_words import fold_key as fold_key
from auditor.model.license_words import shown_key as shown_key


def variant_keys(metadata: Mapping[str, object]) -> list[tuple[str, str]]:
    """(key, the license key it folds to) for each key that is not spelled exactly so."""
    return [
        (key, fold_key(key))
        for key in metadata
        if key not in CANONICAL_KEYS and fold_key(key) in CANONICAL_KEYS
    ]


def is_case_variant(key: str) -> bool:
    """A key that differs from its license key in case alone (`License`)."""
    return key.strip().lower() in CANONICAL_KEYS


def declared_key(metadata: Mapping[str, object], canonical: str) -> str | None:
    """The key the declaration of `canonical` is read from: the key itself, else (for
    `license` alone: a name or link beside a license is a piece of its own) the first key that
    folds to it (the Hub shows none; the finding says so)."""
    if canonical in metadata or canonical != "license":
        return canonical if canonical in metadata else None
    return next((key for key, folded in variant_keys(metadata) if folded == canonical), None)


def license_tags(metadata: Mapping[str, object]) -> list[str]:
    """The licenses `tags` names as `license:<id>` items."""
    tags = metadata.get("tags")
    if not isinstance(tags, list):
        return []
    found: list[str] = []
    for tag in tags:
        if not isinstance(tag, str) or ":" not in tag:
            continue
        key, _, value = tag.partition(":")
        if fold_key(key) == "license" and value.strip():
            found.append(value.strip())
    return found
