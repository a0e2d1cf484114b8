"""Loads the model-family name rules: which license a model NAME implies, per vendor family,
generation and size (license_db/model_families.yaml), checked against the license DB.

Separate from the per-repo registry (known_models.yaml): a registry entry states the license of
a vendor's repos; a family rule reads a name anywhere on the Hub (`hermes-2-theta-llama-3-8b`)
and says which generation's license it implies. Matching takes a name already normalised by
auditor.lineage.names (lowercase, `-`-separated, suffixes stripped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from auditor.errors import LicenseDBError
from auditor.knowledge.bundle import read_knowledge_yaml
from auditor.knowledge.known_models import ExtraTerm, KnownModel, extra_terms_of
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.resources import license_db_dir

FAMILIES_FILE = "model_families.yaml"
_RULE_KEYS = frozenset(
    {"id", "family", "generation", "license", "vendors", "names", "exclude", "sizes", "note"}
    | {"extra_terms"}
)
# A name expression matches whole `-`-separated words: not from inside a word, and not
# followed by a letter, a digit or `.digit` (`llama-3` is not `llama-3.1`, `llama-3b`).
_LEFT = r"(?<![a-z0-9.])"
_RIGHT = r"(?![a-z0-9]|\.[0-9])"


@dataclass(frozen=True, slots=True)
class FamilyRule:
    """One generation (or size) of a vendor family and the license its name implies."""

    id: str
    family: str
    generation: str
    license: str
    vendors: tuple[str, ...]
    names: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()
    note: str | None = None
    extra_terms: dict[str, ExtraTerm] = field(default_factory=dict)

    def known(self, ref: str) -> KnownModel:
        """The rule as a registry-like entry, so lineage treats both alike."""
        return KnownModel(
            f"{self.generation} (name rule {self.id}) for {ref}",
            self.license,
            self.family,
            self.note,
            self.extra_terms,
        )


@dataclass(frozen=True, slots=True)
class _Compiled:
    names: re.Pattern[str]
    exclude: re.Pattern[str] | None
    sizes: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class FamilyMatch:
    rule: FamilyRule
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ModelFamilies:
    """The rules in file order; the first matching rule of each family wins."""

    rules: tuple[FamilyRule, ...]
    as_of: str | None = None
    _compiled: tuple[_Compiled, ...] = ()

    @classmethod
    def of(cls, rules: Sequence[FamilyRule], as_of: str | None = None) -> ModelFamilies:
        return cls(tuple(rules), as_of, tuple(_compile(r) for r in rules))

    def match(self, name: str) -> tuple[FamilyRule, ...]:
        """The rules a normalised model name matches: at most one per family, and none whose
        match lies inside another family's longer match."""
        found: dict[str, FamilyMatch] = {}
        for rule, compiled in zip(self.rules, self._compiled, strict=True):
            if rule.family in found:
                continue
            hit = compiled.names.search(name)
            if hit is None:
                continue
            if compiled.exclude is not None and compiled.exclude.search(name):
                continue
            if compiled.sizes is not None and not compiled.sizes.search(name):
                continue
            found[rule.family] = FamilyMatch(rule, hit.start(), hit.end())
        kept = [
            m
            for m in found.values()
            if not any(
                o is not m
                and o.start <= m.start
                and m.end <= o.end
                and o.end - o.start > m.end - m.start
                for o in found.values()
            )
        ]
        return tuple(m.rule for m in sorted(kept, key=lambda m: m.start))

    def by_id(self, rule_id: str) -> FamilyRule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def licensors(self, license_id: str) -> frozenset[str]:
        """The orgs publishing the family models that `license_id` governs (lowercase)."""
        return frozenset(v for r in self.rules if r.license == license_id for v in r.vendors)


def _inside(inner: FamilyMatch, outer: FamilyMatch) -> bool:
    """`inner`'s match lies within `outer`'s, which is longer."""
    longer = outer.end - outer.start > inner.end - inner.start
    return longer and outer.start <= inner.start and inner.end <= outer.end


def _words(expressions: Sequence[str]) -> str:
    return "|".join(f"{_LEFT}(?:{e}){_RIGHT}" for e in expressions)


def _compile(rule: FamilyRule) -> _Compiled:
    sizes = [re.escape(s) for s in rule.sizes]
    return _Compiled(
        re.compile(_words(rule.names)),
        re.compile(_words(rule.exclude)) if rule.exclude else None,
        re.compile(_words(sizes)) if sizes else None,
    )


@cache
def load_model_families(path: Path | None = None) -> ModelFamilies:
    """Load and check the rules (default: the bundled license_db/model_families.yaml).

    Raises LicenseDBError naming the file and every bad rule.
    """
    file = path or license_db_dir() / FAMILIES_FILE
    try:
        data = read_knowledge_yaml(file)
    except (OSError, yaml.YAMLError) as err:
        raise LicenseDBError(f"{file.name}: cannot be read ({err})") from err
    return parse_model_families(data, load_license_db(), name=file.name)


def parse_model_families(data: Any, db: LicenseDB, *, name: str = FAMILIES_FILE) -> ModelFamilies:
    """Check parsed family-rule YAML against `db`; every problem is reported at once."""
    if not isinstance(data, dict) or not isinstance(data.get("families"), list):
        raise LicenseDBError(f"{name}: expected a mapping with a `families` list")
    problems: list[str] = []
    rules: list[FamilyRule] = []
    seen: set[str] = set()
    for index, item in enumerate(data["families"]):
        rule = _rule(item, f"families[{index}]", db, problems, seen)
        if rule is not None:
            rules.append(rule)
    if problems:
        raise LicenseDBError(f"{name} invalid: " + "; ".join(problems))
    as_of = data.get("as_of")
    return ModelFamilies.of(rules, None if as_of is None else str(as_of))


def _rule(
    item: object, where: str, db: LicenseDB, problems: list[str], seen: set[str]
) -> FamilyRule | None:
    if not isinstance(item, dict):
        problems.append(f"{where}: not a mapping")
        return None
    rule_id = item.get("id")
    if isinstance(rule_id, str) and rule_id:
        where = f"{where} ({rule_id})"
        if rule_id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(rule_id)
    else:
        problems.append(f"{where}: missing id")
    unknown = sorted(str(k) for k in item if k not in _RULE_KEYS)
    if unknown:
        problems.append(f"{where}: unknown key(s) {unknown}")
    before = len(problems)
    texts = {k: item.get(k) for k in ("family", "generation", "license")}
    for key, value in texts.items():
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: missing {key}")
    license_id = texts["license"]
    if isinstance(license_id, str) and license_id and db.get(license_id) is None:
        problems.append(f"{where}: license {license_id!r} has no record in the license DB")
    lists = {
        k: _strings(item.get(k), k, where, problems)
        for k in ("vendors", "names", "exclude", "sizes")
    }
    if not lists["names"]:
        problems.append(f"{where}: `names` must list at least one expression")
    for key in ("names", "exclude"):
        for expression in lists[key]:
            if expression != expression.lower():
                problems.append(f"{where}: {key} expression {expression!r} must be lowercase")
            try:
                re.compile(expression)
            except re.error as err:
                problems.append(f"{where}: {key} expression {expression!r} is invalid ({err})")
    extra = extra_terms_of(item.get("extra_terms"), db, where, problems)
    if len(problems) > before:
        return None
    note = item.get("note")
    return FamilyRule(
        str(rule_id),
        str(texts["family"]),
        str(texts["generation"]),
        str(license_id),
        tuple(v.lower() for v in lists["vendors"]),
        lists["names"],
        lists["exclude"],
        tuple(s.lower() for s in lists["sizes"]),
        None if note is None else str(note),
        extra,
    )


def _strings(raw: object, key: str, where: str, problems: list[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(v, str | int | float) for v in raw):
        problems.append(f"{where}: `{key}` must be a list of strings")
        return ()
    return tuple(str(v) for v in raw)
