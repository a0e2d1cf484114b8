"""Knowledge with one model family (or one generation of it) left out, for bench/lineage.py.

Every definition here is computed from the full bundled knowledge (known-models registry,
family rules, lineage snapshot) and the card labels, never from what lineage concludes.

Names. A repo id's name is `auditor.lineage.names.base_name` of it (lowercase, conversion and
quantization suffixes removed). A name is PLACED in the families of the rules the full family
rules' `match` gives it (at most one per family; a match inside another family's longer match
does not count, as in lineage); when no rule matches, in the families its family word names
(`family_of`: `gemma-5-9b` is a Gemma of an unknown generation). A name is placed in a
GENERATION (the rules of one family sharing one `generation` text) when `match` gives it one of
that generation's rules.

A registry entry belongs to family F when its `family` field is F or its pattern's name, with
the glob's wildcards taken out (`qwen/qwen2.5-*-72b*` -> `qwen2.5-72b`), is placed in F; also
when its license is one F owns. F OWNS a license when the license is a `LicenseRef-` (written
for particular models, not a general open-source or Creative Commons license) and F carries it
in more rules and registry entries (by the previous sentence) than any other family: Llama owns
the Llama community licenses although two DeepSeek distillation rules carry them too.
A registry entry belongs to a generation when it belongs to the family and its pattern's name
is placed in that generation; or, when the name matches no rule of the family, when the entry's
`generation` field, lowercased, equals the generation's text up to its first ` (`
(`Qwen2.5` for `Qwen2.5 (0.5B, 1.5B, 7B, 14B, 32B)`). Entries covering several generations
(`google/gemma-*`) belong to none and stay: a new generation meets them too.

A lineage-snapshot entry is removed with family F when its repo's name is placed in F, the full
registry's entry for the repo belongs to F, or its license tag names a license F owns; with a
generation, when its name is placed in that generation or the registry's entry for it belongs
to it. Every snapshot entry whose recorded parents lead (through the snapshot) to a removed
entry is removed too: a family released after the snapshot was taken has no derivatives in it.

Leaving family F out removes its rules, its `family_names` entry (the family is unknown even by
its word), its registry and snapshot entries. Leaving a generation out removes that
generation's rules and its registry and snapshot entries, and keeps the family's other rules
and its `family_names` entry: the family is known, the generation is new.

A card belongs to family F when its own repo id, one of its labelled `base_models`, or a repo
the snapshot records above one of those (parents of parents, full snapshot) is placed in F, is
matched by a registry entry of F or is a removed snapshot entry; or when the label's
`effective_license_expected` names (as a Hub tag) a license F owns. A card belongs to a
generation on the same repo ids: placed in the generation, matched by its registry entries or
removed with its snapshot entries (no license test: a license usually spans generations).
A card may belong to several families (a merge, a distillation); it is measured once for each.
"""

from __future__ import annotations

import inspect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from auditor.knowledge import lineage_snapshot
from auditor.knowledge.known_models import KnownModel, KnownModels, normalize_repo_id
from auditor.knowledge.license_db import LicenseDB
from auditor.knowledge.lineage_snapshot import LineageSnapshot, load_lineage_snapshot
from auditor.knowledge.model_families import FamilyRule, ModelFamilies, load_model_families
from auditor.lineage.names import base_name

_GLOB = re.compile(r"\[[^\]]*\]|[*?]")
_MAX_HOPS = 8


@dataclass(frozen=True, slots=True)
class Knowledge:
    """What lineage resolves parents with offline."""

    registry: KnownModels
    snapshot: LineageSnapshot
    families: ModelFamilies


def load_knowledge(registry: KnownModels) -> Knowledge:
    """The bundled snapshot and family rules beside `registry`: never a snapshot the user
    refreshed (`auditor knowledge update`), so runs on different machines compare."""
    bundled = getattr(lineage_snapshot, "bundled_lineage_snapshot", load_lineage_snapshot)
    snapshot: LineageSnapshot = bundled()
    return Knowledge(registry, snapshot, load_model_families())


@dataclass(frozen=True, slots=True)
class Unit:
    """What one out-of-sample step leaves out: a family, or one generation of it."""

    family: str
    generation: str | None  # None: the whole family
    rule_ids: frozenset[str]
    entries: frozenset[int]  # indices into the full registry's entries
    licenses: frozenset[str]  # the licenses the family owns (empty for a generation)
    snapshot: frozenset[str]  # snapshot repo ids removed

    @property
    def key(self) -> str:
        """The family, or `family/rule-id[+rule-id]` for a generation (its text is long)."""
        if self.generation is None:
            return self.family
        return f"{self.family}/{'+'.join(sorted(self.rule_ids))}"

    def removed(self) -> dict[str, Any]:
        """How much knowledge the unit takes away, for the report."""
        return {
            "generation": self.generation,
            "rules": sorted(self.rule_ids),
            "registry_entries": len(self.entries),
            "snapshot_entries": len(self.snapshot),
            "family_names": self.generation is None,
            "owned_licenses": sorted(self.licenses),
        }


def name_of(repo_id: str) -> str:
    return base_name(repo_id).strip(".-")


def placed_families(families: ModelFamilies, name: str) -> set[str]:
    """The families a normalised name is placed in (module docstring)."""
    rules = families.match(name)
    if rules:
        return {r.family for r in rules}
    family_of = getattr(families, "family_of", None)  # absent before family words existed
    return set(family_of(name)) if family_of is not None else set()


def _pattern_name(pattern: str) -> str:
    org, _, name = pattern.partition("/")
    return name_of(f"{org}/{_GLOB.sub('', name)}")


def _head(generation: str) -> str:
    return generation.split(" (", 1)[0].strip().lower()


class Placement:
    """Membership of names, registry entries and snapshot entries, from the full knowledge."""

    def __init__(self, knowledge: Knowledge, db: LicenseDB) -> None:
        self.knowledge, self.db = knowledge, db
        self.rules = knowledge.families.rules
        entries = knowledge.registry.entries
        self.entry_families = [
            {e.family} | placed_families(knowledge.families, _pattern_name(e.pattern))
            for e in entries
        ]
        self.owners = self._owners()
        self.children: dict[str, list[str]] = defaultdict(list)
        for key, entry in knowledge.snapshot.entries.items():
            for parent, _ in entry.parents:
                if (parent_key := normalize_repo_id(parent)) is not None:
                    self.children[parent_key].append(key)

    def _owners(self) -> dict[str, str]:
        """License id -> the family owning it (module docstring)."""
        carried: dict[str, Counter[str]] = defaultdict(Counter)
        for rule in self.rules:
            carried[rule.license][rule.family] += 1
        for entry, families in zip(
            self.knowledge.registry.entries, self.entry_families, strict=True
        ):
            for family in families:
                carried[entry.license][family] += 1
        owners: dict[str, str] = {}
        for license_id, counts in carried.items():
            ranked = counts.most_common(2)
            unique = len(ranked) == 1 or ranked[0][1] > ranked[1][1]
            if license_id.startswith("LicenseRef-") and unique:
                owners[license_id] = ranked[0][0]
        return owners

    # --- units -----------------------------------------------------------------------------

    def family_units(self) -> list[Unit]:
        """One unit per family of the rules, in file order."""
        families = list(dict.fromkeys(r.family for r in self.rules))
        return [self._family_unit(f) for f in families]

    def _family_unit(self, family: str) -> Unit:
        owned = frozenset(lic for lic, owner in self.owners.items() if owner == family)
        entries = frozenset(
            index
            for index, (entry, families) in enumerate(
                zip(self.knowledge.registry.entries, self.entry_families, strict=True)
            )
            if family in families or entry.license in owned
        )
        rule_ids = frozenset(r.id for r in self.rules if r.family == family)
        seeds = {
            key
            for key, item in self.knowledge.snapshot.entries.items()
            if family in placed_families(self.knowledge.families, name_of(key))
            or self._entry_index(key) in entries
            or any(self._tag_license(tag) in owned for tag in _tags(item.license))
        }
        return Unit(family, None, rule_ids, entries, owned, self._with_descendants(seeds))

    def generation_units(self) -> list[Unit]:
        """One unit per (family, generation text) of the rules, in file order."""
        groups: dict[tuple[str, str], list[FamilyRule]] = {}
        for rule in self.rules:
            groups.setdefault((rule.family, rule.generation), []).append(rule)
        return [self._generation_unit(f, g, rules) for (f, g), rules in groups.items()]

    def _generation_unit(self, family: str, generation: str, rules: Sequence[FamilyRule]) -> Unit:
        rule_ids = frozenset(r.id for r in rules)
        entries = frozenset(
            index
            for index, entry in enumerate(self.knowledge.registry.entries)
            if family in self.entry_families[index]
            and self._entry_generation(entry, family, rule_ids, generation)
        )
        seeds = {
            key
            for key in self.knowledge.snapshot.entries
            if self._in_rules(name_of(key), rule_ids) or self._entry_index(key) in entries
        }
        removed = self._with_descendants(seeds)
        return Unit(family, generation, rule_ids, entries, frozenset(), removed)

    def _entry_generation(
        self, entry: KnownModel, family: str, rule_ids: frozenset[str], generation: str
    ) -> bool:
        matched = self.knowledge.families.match(_pattern_name(entry.pattern))
        if any(r.family == family for r in matched):
            return any(r.id in rule_ids for r in matched)
        return entry.generation is not None and entry.generation.lower() == _head(generation)

    def _in_rules(self, name: str, rule_ids: frozenset[str]) -> bool:
        return any(r.id in rule_ids for r in self.knowledge.families.match(name))

    def _entry_index(self, repo_id: str) -> int | None:
        found = self.knowledge.registry.lookup(repo_id)
        if found is None:
            return None
        return next(i for i, e in enumerate(self.knowledge.registry.entries) if e is found)

    def _tag_license(self, tag: str) -> str | None:
        record = self.db.lookup(tag)
        return None if record is None else record.id

    def _with_descendants(self, seeds: Iterable[str]) -> frozenset[str]:
        found, todo = set(seeds), list(seeds)
        while todo:
            for child in self.children.get(todo.pop(), ()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return frozenset(found)

    # --- cards ------------------------------------------------------------------------------

    def card_belongs(self, unit: Unit, repo_id: str, label: dict[str, Any]) -> bool:
        """Whether the labelled card is one of the unit's (module docstring)."""
        refs = self._with_ancestors([repo_id, *(str(b) for b in label.get("base_models") or [])])
        for ref in refs:
            key = normalize_repo_id(ref)
            if key is None:
                continue
            in_names = (
                unit.family in placed_families(self.knowledge.families, name_of(key))
                if unit.generation is None
                else self._in_rules(name_of(key), unit.rule_ids)
            )
            if in_names or self._entry_index(key) in unit.entries or key in unit.snapshot:
                return True
        expected = self._tag_license(str(label.get("effective_license_expected") or ""))
        return unit.generation is None and expected in unit.licenses

    def _with_ancestors(self, refs: Sequence[str]) -> list[str]:
        found = [k for r in refs if (k := normalize_repo_id(r)) is not None]
        frontier = list(found)
        for _ in range(_MAX_HOPS):
            parents = []
            for key in frontier:
                entry = self.knowledge.snapshot.entries.get(key)
                for parent, _ in entry.parents if entry is not None else ():
                    parent_key = normalize_repo_id(parent)
                    if parent_key is not None and parent_key not in found:
                        found.append(parent_key)
                        parents.append(parent_key)
            frontier = parents
        return found


def _tags(value: str | list[str] | None) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


# --- the knowledge without a unit ----------------------------------------------------------------


def without(knowledge: Knowledge, unit: Unit) -> Knowledge:
    """The knowledge minus everything the unit names."""
    registry = knowledge.registry
    kept = [e for i, e in enumerate(registry.entries) if i not in unit.entries]
    snapshot = knowledge.snapshot
    entries = {k: v for k, v in snapshot.entries.items() if k not in unit.snapshot}
    return Knowledge(
        KnownModels.of(kept, registry.as_of),
        replace(snapshot, entries=entries),
        _families_without(knowledge.families, unit),
    )


def _families_without(families: ModelFamilies, unit: Unit) -> ModelFamilies:
    """Rebuilt through `ModelFamilies.of`, passing each of its parameters the full object's
    field of that name; any sequence of items with a `family` (rules, family words, and
    whatever per-family data the constructor gains) loses the unit's items."""
    arguments: dict[str, Any] = {}
    for name in list(inspect.signature(ModelFamilies.of).parameters):
        if not hasattr(families, name):
            continue
        value = getattr(families, name)
        if isinstance(value, tuple) and all(hasattr(v, "family") for v in value):
            value = tuple(v for v in value if not _dropped(v, unit))
        arguments[name] = value
    return ModelFamilies.of(**arguments)


def _dropped(item: Any, unit: Unit) -> bool:
    if item.family != unit.family:
        return False
    if unit.generation is None:
        return True
    rule_id = getattr(item, "id", None)
    if rule_id is not None:
        return rule_id in unit.rule_ids
    generation = getattr(item, "generation", None)
    return generation is not None and generation == unit.generation
