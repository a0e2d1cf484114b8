"""The known-models registry as the census asks it: millions of repos, a few hundred patterns."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable

from auditor.knowledge.known_models import (
    KnownModel,
    KnownModels,
    literal_prefix,
    normalize_repo_id,
)
from auditor.knowledge.license_db import LicenseDB
from auditor.licenses.declared import match_from_record
from auditor.lineage.ancestors import REGISTRY_CONFIDENCE, repo_key, strip_hub_url
from auditor.model import LicenseMatch

Known = Callable[..., LicenseMatch | None]
"""The registry's license of a repo: (ref, key=None)."""
_CACHED = 100_000


def _by_org(registry: KnownModels) -> tuple[dict[str, list[int]], list[int]]:
    """Entry indexes by the literal organisation of their pattern, and those whose
    organisation is itself a glob (any repo may match them)."""
    by_org: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for i, entry in enumerate(registry.entries):
        literal = literal_prefix(entry.pattern)
        if "/" in literal:
            by_org.setdefault(literal.split("/", 1)[0], []).append(i)
        else:
            anywhere.append(i)
    return by_org, anywhere


def registry_orgs(registry: KnownModels) -> frozenset[str] | None:
    """The literal organisations of the registry's patterns; None when a pattern's
    organisation is itself a glob (any repo may then match)."""
    by_org, anywhere = _by_org(registry)
    return None if anywhere else frozenset(by_org)


def registry_index(registry: KnownModels) -> Callable[[str], KnownModel | None]:
    """`registry.lookup` (the first entry in file order whose pattern matches), with the
    patterns indexed by their literal organisation: a few candidates per repo, not all."""
    by_org, anywhere = _by_org(registry)
    compiled = [re.compile(fnmatch.translate(e.pattern)) for e in registry.entries]

    def lookup(ref: str) -> KnownModel | None:
        if not anywhere:  # the organisation normalize_repo_id would give, found cheaply
            org = ref.strip().split("@", 1)[0].strip("/").split("/", 1)[0].lower()
            if org not in by_org:
                return None
        key = normalize_repo_id(ref)
        if key is None:
            return None
        for i in sorted([*by_org.get(key.split("/", 1)[0], ()), *anywhere]):
            if compiled[i].match(key):
                found: KnownModel = registry.entries[i]
                return found
        return None

    return lookup


def registry_lookup(registry: KnownModels, db: LicenseDB) -> Known:
    cached: dict[str, LicenseMatch | None] = {}
    lookup = registry_index(registry)
    orgs = registry_orgs(registry)

    def known(ref: str, key: str | None = None) -> LicenseMatch | None:
        """The registry's license for a repo (`key`: its repo_key, when known already)."""
        key = key if key is not None else repo_key(ref)
        if orgs is not None and key.split("/", 1)[0] not in orgs:
            # Most repos of the Hub: no pattern names their organisation (the key's is the
            # one the lookup below would read). Not kept.
            return None
        if key not in cached:
            if len(cached) >= _CACHED:  # every model's own repo is asked once: stay bounded
                cached.clear()
            entry = lookup(strip_hub_url(ref))  # as lineage asks: a Hub URL is its repo id
            record = db.get(entry.license) if entry is not None else None
            cached[key] = (
                match_from_record(record, method="known-model", confidence=REGISTRY_CONFIDENCE)
                if record is not None
                else None
            )
        return cached[key]

    return known
