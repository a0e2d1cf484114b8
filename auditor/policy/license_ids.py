"""Resolves the license ids a policy lists to the ids audits report, once, when it loads.

A policy may name a license as people know it: its Hub tag (`llama3.1`), its SPDX id in any
case (`apache-2.0`), the knowledge base's id (`LicenseRef-llama-3.1-community`), an alias, a
ScanCode key, or an API provider's terms (`LicenseRef-provider-openai_api`). The engine
compares `effective.ids` with what this returns; a name that resolves to nothing is a load error
with the nearest known name, never a list entry that silently matches no model.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from auditor.knowledge.license_db import LicenseDB, load_license_db, normalize_alias
from auditor.knowledge.providers import PROVIDER_LICENSE_PREFIX


@dataclass(frozen=True, slots=True)
class KnownIds:
    """Every name a policy may use, normalised, with the id audits report for it."""

    ids: dict[str, str]  # normalised name -> reported id
    shown: dict[str, str]  # normalised name -> the name as written in the knowledge base


def resolve_license_id(name: str, known: KnownIds | None = None) -> str | None:
    """The id audits report for a license named in a policy; None when nothing is known by it."""
    if known is None:
        # the knowledge base answers most names without loading the reference index
        record = load_license_db().lookup(name)
        if record is not None:
            return record.id
    table = known if known is not None else known_ids()
    return table.ids.get(normalize_alias(name))


def unknown_license_problem(name: str, known: KnownIds | None = None) -> str:
    """The sentence for a name that resolves to nothing, with the nearest known name."""
    from rapidfuzz import fuzz, process

    table = known if known is not None else known_ids()
    match = process.extractOne(normalize_alias(name), list(table.shown), scorer=fuzz.ratio)
    hint = ""
    if match is not None:
        nearest = table.shown[match[0]]
        target = table.ids[match[0]]
        hint = f" (nearest: {nearest!r}" + (f", i.e. {target}" if target != nearest else "") + ")"
    return (
        f"unknown license {name!r}{hint}: name a license by its Hub tag (llama3.1), SPDX id "
        "(Apache-2.0) or knowledge-base id (`auditor licenses list`)"
    )


@cache
def known_ids() -> KnownIds:
    """The names of the knowledge base, the ScanCode reference index and the provider catalog."""
    return _known(load_license_db())


def _known(db: LicenseDB) -> KnownIds:
    ids: dict[str, str] = {}
    shown: dict[str, str] = {}

    def add(name: str | None, target: str, *, show: bool = True) -> None:
        if not name:
            return
        key = normalize_alias(name)
        if key not in ids:
            ids[key] = target
            if show:
                shown[key] = name

    # The knowledge base first: its records carry the terms (its alias index already ranks
    # ids, SPDX ids and Hub tags above loose aliases).
    for alias, record_id in db.by_alias.items():
        record = db.records[record_id]
        strong = {record.id, record.spdx, record.hf}
        add(alias, record_id, show=False)
        for name in strong:
            if name and normalize_alias(name) == alias:
                shown[alias] = name
    from auditor.knowledge.providers import load_providers
    from auditor.licenses.text.reference_index import load_reference_index

    for key in load_providers():
        add(f"{PROVIDER_LICENSE_PREFIX}{key}", f"{PROVIDER_LICENSE_PREFIX}{key}")
    for reference in load_reference_index().references:
        # a ScanCode key with a curated record is reported under the record's id
        target = ids.get(normalize_alias(reference.key), reference.license_id)
        add(reference.license_id, target, show=reference.spdx is not None)
        add(reference.key, target, show=False)
    return KnownIds(ids=ids, shown=shown)
