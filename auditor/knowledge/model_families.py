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
from pathlib import Path
from typing import Any

import yaml

from auditor.errors import LicenseDBError
from auditor.fileio.compiled_patterns import compile_pattern
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.once import loaded_once
from auditor.knowledge.bundle import read_knowledge_yaml
from auditor.knowledge.known_models import ExtraTerm, KnownModel, extra_terms_of
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.resources import license_db_dir

FAMILIES_FILE = "model_families.yaml"
_RULE_KEYS = frozenset(
    {"id", "family", "generation", "license", "vendors", "names", "exclude", "sizes", "note"}
    | {"extra_terms", "since", "modality", "display"}
)
# A name expression matches whole `-`-separated words: not from inside a word, and not
# followed by a letter, a digit or `.digit` (`llama-3` is not `llama-3.1`, `llama-3b`).
_LEFT = r"(?<![a-z0-9.])"
_RIGHT = r"(?![a-z0-9]|\.[0-9])"
# A rule's name is not followed by a bare version number either (`-3`, `-3.5`, then the end
# or `-`): `starcoder-3-15b` is a generation no rule names, not StarCoder. A size (`-3b`) or
# a date (`-08-2024`) is not a version.
_VERSION_AFTER = r"-[0-9](?:\.[0-9]+)?(?![a-z0-9.])"
_NAME_RIGHT = rf"(?![a-z0-9]|\.[0-9]|{_VERSION_AFTER})"
_MONTH = lazy_pattern(r"[0-9]{4}-(?:0[1-9]|1[0-2])")


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
    since: str | None = None  # 'YYYY-MM': the generation's first release
    modality: str | None = None  # "multimodal" when every model of the rule takes in images
    # How a card writes the generation by its own name alone, case-sensitive (`LLaMA`)
    display: tuple[str, ...] = ()

    def known(self, ref: str) -> KnownModel:
        """The rule as a registry-like entry, so lineage treats both alike."""
        return KnownModel(
            f"{self.generation} (name rule {self.id}) for {ref}",
            self.license,
            self.family,
            self.note,
            self.extra_terms,
            modality=self.modality,
        )


@dataclass(frozen=True, slots=True)
class FamilyName:
    """How a family is named whatever its generation (`gemma`, `qwen`): a name matching no
    generation rule but one of these is a model of the family in an unknown generation."""

    family: str
    names: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    vendors: tuple[str, ...] = ()


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


_MATCHED_NAMES = 4096


@dataclass(frozen=True, slots=True)
class ModelFamilies:
    """The rules in file order; of each family the most specific matching rule wins
    (`_most_specific`), whatever its place in the file."""

    rules: tuple[FamilyRule, ...]
    as_of: str | None = None
    # the patterns are built from `rules` and `names` (compiled on first search: a run asks
    # about a few families), so equality reads the rules alone
    _compiled: tuple[_Compiled, ...] = field(default=(), compare=False)
    names: tuple[FamilyName, ...] = ()
    _named: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = field(
        default=(), compare=False
    )
    # names already matched: a scan asks about the same few names card after card
    _matched: dict[str, tuple[FamilyRule, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    @classmethod
    def of(
        cls,
        rules: Sequence[FamilyRule],
        as_of: str | None = None,
        names: Sequence[FamilyName] = (),
    ) -> ModelFamilies:
        named = tuple(_compile_family(n) for n in names)
        return cls(tuple(rules), as_of, tuple(_compile(r) for r in rules), tuple(names), named)

    def family_of(self, name: str, *, versioned: bool = False) -> tuple[str, ...]:
        """The families a normalised name belongs to by its family word alone (`gemma-5-9b`
        is a Gemma whatever its generation), in the order the file names them. `versioned`:
        only where a version follows the word (`gemma-5`, `qwen4`, `flux.3`; not a size such
        as `phi-7b`, nor the bare word in `compares-against-llama`)."""
        return tuple(
            entry.family
            for entry, (pattern, exclude) in zip(self.names, self._named, strict=True)
            if (match := pattern.search(name))
            and not (exclude is not None and exclude.search(name))
            and (not versioned or _VERSION_NEXT.match(name, match.end()))
        )

    def vendors_of(self, family: str) -> frozenset[str]:
        """The orgs publishing `family`'s own models (lowercase)."""
        found = {v for n in self.names if n.family == family for v in n.vendors}
        return frozenset(found | {v for r in self.rules if r.family == family for v in r.vendors})

    def licenses_of(self, family: str) -> tuple[str, ...]:
        """Every license a generation or size of `family` has had, in file order."""
        return tuple(dict.fromkeys(r.license for r in self.rules if r.family == family))

    def match(self, name: str) -> tuple[FamilyRule, ...]:
        """The rules a normalised model name matches: the most specific one per family, and
        none whose match lies inside another family's longer match."""
        kept = self._matched.get(name)
        if kept is None:
            if len(self._matched) >= _MATCHED_NAMES:
                self._matched.clear()
            kept = self._matched[name] = self._match(name)
        return kept

    def _match(self, name: str) -> tuple[FamilyRule, ...]:
        by_family: dict[str, list[FamilyMatch]] = {}
        for rule, compiled in zip(self.rules, self._compiled, strict=True):
            hit = _hit(compiled, name)
            if hit is not None:
                by_family.setdefault(rule.family, []).append(FamilyMatch(rule, *hit))
        found = [m for ms in by_family.values() if (m := _most_specific(ms)) is not None]
        kept = [m for m in found if not any(_inside(m, o) for o in found if o is not m)]
        return tuple(m.rule for m in sorted(kept, key=lambda m: m.start))

    def displayed(self, word: str) -> FamilyRule | None:
        """The rule whose generation a card names by `word` alone (`LLaMA`), case-sensitive."""
        return next((r for r in self.rules if word in r.display), None)

    def by_id(self, rule_id: str) -> FamilyRule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def licensors(self, license_id: str) -> frozenset[str]:
        """The orgs publishing the family models that `license_id` governs (lowercase)."""
        return frozenset(v for r in self.rules if r.license == license_id for v in r.vendors)


def _hit(compiled: _Compiled, name: str) -> tuple[int, int] | None:
    """Where a rule's name expression matches `name`, unless vetoed or of another size."""
    hit = compiled.names.search(name)
    if hit is None or (compiled.exclude is not None and compiled.exclude.search(name)):
        return None
    if compiled.sizes is not None and not compiled.sizes.search(name):
        return None
    return hit.start(), hit.end()


def _specificity(found: FamilyMatch) -> tuple[bool, int]:
    """A rule bound to sizes is more specific than one that is not; then the longer match."""
    return bool(found.rule.sizes), found.end - found.start


def _most_specific(matches: Sequence[FamilyMatch]) -> FamilyMatch | None:
    """The most specific of one family's matching rules (`_specificity`). Equally specific
    rules naming different licenses leave the generation unknown (None), never the first
    one in the file; equal ones naming the same license give the first."""
    best = max(_specificity(m) for m in matches)
    top = [m for m in matches if _specificity(m) == best]
    return top[0] if len({m.rule.license for m in top}) == 1 else None


def _inside(inner: FamilyMatch, outer: FamilyMatch) -> bool:
    """`inner`'s match lies within `outer`'s, which is longer."""
    longer = outer.end - outer.start > inner.end - inner.start
    return longer and outer.start <= inner.start and inner.end <= outer.end


def _words(expressions: Sequence[str], right: str = _RIGHT) -> str:
    return "|".join(f"{_LEFT}(?:{e}){right}" for e in expressions)


# A family word may be followed by its generation's digits (`gemma3`, `qwen2.5`), not by a
# letter (`phi` is not `philosophy`).
_FAMILY_RIGHT = r"(?![a-z])"
# A version right after a family word: digits (dotted), not a size (`7b`, `350m`).
_VERSION_NEXT = lazy_pattern(r"[-.]?v?\d+(?:\.\d+)*(?![\d.]*[bmk](?![a-z]))")


def _compile_family(entry: FamilyName) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    words = "|".join(f"{_LEFT}(?:{e}){_FAMILY_RIGHT}" for e in entry.names)
    return lazy_pattern(words), lazy_pattern(_words(entry.exclude)) if entry.exclude else None


def _compile(rule: FamilyRule) -> _Compiled:
    sizes = [re.escape(s) for s in rule.sizes]
    return _Compiled(
        lazy_pattern(_words(rule.names, _NAME_RIGHT)),
        lazy_pattern(_words(rule.exclude)) if rule.exclude else None,
        lazy_pattern(_words(sizes)) if sizes else None,
    )


@loaded_once
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
    named = _family_names(data.get("family_names"), {r.family for r in rules}, problems)
    as_of = None if data.get("as_of") is None else str(data["as_of"])
    for rule in rules:
        if as_of is not None and rule.since is not None and rule.since > as_of:
            problems.append(f"rule {rule.id}: since {rule.since} is after the file's as_of {as_of}")
    if problems:
        raise LicenseDBError(f"{name} invalid: " + "; ".join(problems))
    return ModelFamilies.of(rules, as_of, named)


def _family_names(raw: object, families: set[str], problems: list[str]) -> list[FamilyName]:
    """The `family_names` list: one entry per family with rules, naming it by its word."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append("family_names: expected a list")
        return []
    found: list[FamilyName] = []
    for index, item in enumerate(raw):
        where = f"family_names[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("family"), str):
            problems.append(f"{where}: expected a mapping with a `family`")
            continue
        family = str(item["family"])
        where = f"{where} ({family})"
        unknown = sorted(str(k) for k in item if k not in {"family", "names", "exclude", "vendors"})
        if unknown:
            problems.append(f"{where}: unknown key(s) {unknown}")
        if family not in families:
            problems.append(f"{where}: no generation rule has this family")
        lists = {k: _strings(item.get(k), k, where, problems) for k in ("names", "exclude")}
        if not lists["names"]:
            problems.append(f"{where}: `names` must list at least one expression")
        for expression in (*lists["names"], *lists["exclude"]):
            try:
                compile_pattern(expression)  # a program stored by an earlier run
            except re.error as err:
                problems.append(f"{where}: expression {expression!r} is invalid ({err})")
                lists = {"names": (), "exclude": ()}
        vendor_list = _strings(item.get("vendors"), "vendors", where, problems)
        vendors = tuple(v.lower() for v in vendor_list)
        if lists["names"]:
            found.append(FamilyName(family, lists["names"], lists["exclude"], vendors))
    return found


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
        for k in ("vendors", "names", "exclude", "sizes", "display")
    }
    if not lists["names"]:
        problems.append(f"{where}: `names` must list at least one expression")
    for key in ("names", "exclude"):
        for expression in lists[key]:
            if expression != expression.lower():
                problems.append(f"{where}: {key} expression {expression!r} must be lowercase")
            try:
                compile_pattern(expression)  # a program stored by an earlier run
            except re.error as err:
                problems.append(f"{where}: {key} expression {expression!r} is invalid ({err})")
    extra = extra_terms_of(item.get("extra_terms"), db, where, problems)
    since = item.get("since")
    if since is not None and not (isinstance(since, str) and _MONTH.fullmatch(since)):
        problems.append(f"{where}: `since` must be a 'YYYY-MM' string, not {since!r}")
    modality = item.get("modality")
    if modality is not None and modality not in ("text", "multimodal"):
        problems.append(f"{where}: `modality` must be text or multimodal, not {modality!r}")
    if lists["display"] and not (lists["vendors"] and _own_names_match(str(rule_id), lists)):
        problems.append(f"{where}: a rule with `display` needs vendors and an id its names match")
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
        None if since is None else str(since),
        None if modality is None else str(modality),
        lists["display"],
    )


def _own_names_match(rule_id: str, lists: dict[str, tuple[str, ...]]) -> bool:
    """Whether the rule's names match its id (`llama-1`): the ref a display name becomes."""
    return compile_pattern(_words(lists["names"], _NAME_RIGHT)).search(rule_id) is not None


def _strings(raw: object, key: str, where: str, problems: list[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(v, str | int | float) for v in raw):
        problems.append(f"{where}: `{key}` must be a list of strings")
        return ()
    return tuple(str(v) for v in raw)
