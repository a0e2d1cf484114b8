"""Family-table candidates: model names whose family word the family table knows but which no
generation rule matches (`llama-7-8b` when the table stops at Llama 4), grouped by the family
word and the version word after it, with how many repos carry such a name and the licenses
they declare.

A review list for whoever maintains license_db/model_families.yaml, never a rule: the
licenses a community declares on a new generation say nothing reliable about the vendor's
license (relabelling is the commonest error on the Hub), so a person reads the vendor's terms
and writes the rule. `auditor knowledge update` writes the list beside the refreshed snapshot.

Pure: the names, their declared licenses and the family table are passed in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.model_families import ModelFamilies
from auditor.lineage.names import base_name

FORMAT = "auditor-family-candidates"
VERSION = 1
EXAMPLES = 5  # repo ids listed per candidate, the most downloaded first
NO_LICENSE = "(none)"  # the tally's key for repos declaring no license

# The word after a family word that names its generation: `7`, `3.5`, `k2.5`, `v3`, `r1`;
# not a size (`8b`) or a variant (`instruct`).
_VERSION_WORD = lazy_pattern(r"[a-z]?\d+(?:\.\d+)*")


@dataclass(frozen=True, slots=True)
class FamilyCandidate:
    """Names of one family and version word that no generation rule matches."""

    family: str
    name: str  # the family word and its version word as the names spell them (`llama-7`)
    repos: int
    licenses: tuple[tuple[str, int], ...]  # declared tag -> repos, most common first
    examples: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "name": self.name,
            "repos": self.repos,
            "licenses": dict(self.licenses),
            "examples": list(self.examples),
        }


Seen = tuple[str, str | list[str] | None, int | None]
"""A repo seen in the census or a snapshot: its id, declared license tag(s), downloads."""


def family_candidates(seen: Iterable[Seen], families: ModelFamilies) -> list[FamilyCandidate]:
    """The candidates among `seen`, the most repos first (then family and name)."""
    prefilter = _prefilter(families)
    groups: dict[tuple[str, str], list[tuple[str, str | list[str] | None, int | None]]] = {}
    verdicts: dict[str, tuple[tuple[str, str], ...]] = {}  # base name -> its groups, computed once
    for repo_id, license_tag, downloads in seen:
        name = base_name(repo_id)
        if name not in verdicts:
            verdicts[name] = _groups_of(name, families, prefilter)
        for key in verdicts[name]:
            groups.setdefault(key, []).append((repo_id, license_tag, downloads))
    found = [_candidate(family, stem, members) for (family, stem), members in groups.items()]
    return sorted(found, key=lambda c: (-c.repos, c.family, c.name))


def candidates_document(
    candidates: Iterable[FamilyCandidate], *, as_of: str, source: str | None
) -> dict[str, Any]:
    """The review list as `auditor knowledge update` writes it (family_candidates.json)."""
    listed = [c.to_json() for c in candidates]
    return {
        "format": FORMAT,
        "version": VERSION,
        "as_of": as_of,
        "source": source,
        "note": (
            "Model names whose family word is known but that no generation rule in "
            "model_families.yaml matches, with the licenses their repos declare. A review "
            "list: none of it is applied; read the vendor's terms before writing a rule."
        ),
        "count": len(listed),
        "candidates": listed,
    }


def _prefilter(families: ModelFamilies) -> re.Pattern[str] | None:
    """One expression any name a family word matches also matches (a cheap first test)."""
    words = [f"(?:{expression})" for entry in families.names for expression in entry.names]
    return re.compile("|".join(words)) if words else None


def _groups_of(
    name: str, families: ModelFamilies, prefilter: re.Pattern[str] | None
) -> tuple[tuple[str, str], ...]:
    if prefilter is None or not prefilter.search(name):
        return ()
    named = families.family_of(name)
    if not named or families.match(name):
        return ()
    return tuple((family, _stem(name, family, families)) for family in named)


def _stem(name: str, family: str, families: ModelFamilies) -> str:
    """The family word (its last occurrence) and the version word right after it."""
    words = name.split("-")
    start = next(  # the last word the family's word begins at: read from the right
        (
            i
            for i in range(len(words) - 1, -1, -1)
            if family in families.family_of("-".join(words[i:]))
        ),
        0,
    )
    end = next(
        (
            j
            for j in range(start + 1, len(words) + 1)
            if family in families.family_of("-".join(words[start:j]))
        ),
        len(words),
    )
    if end < len(words) and _VERSION_WORD.fullmatch(words[end]):
        end += 1
    return "-".join(words[start:end])


def _candidate(
    family: str, stem: str, members: list[tuple[str, str | list[str] | None, int | None]]
) -> FamilyCandidate:
    tally: Counter[str] = Counter()
    for _, license_tag, _ in members:
        tags: list[str | None] = [license_tag] if isinstance(license_tag, str) else []
        if isinstance(license_tag, list):
            tags = list(license_tag)
        tally.update(list(dict.fromkeys(t.lower() if t else NO_LICENSE for t in tags or [None])))
    ranked = sorted(members, key=lambda m: (-(m[2] if m[2] is not None else -1), m[0]))
    examples = tuple(dict.fromkeys(m[0] for m in ranked))[:EXAMPLES]
    licenses = tuple(sorted(tally.items(), key=lambda item: (-item[1], item[0])))
    return FamilyCandidate(family, stem, len(members), licenses, examples)
