"""Loads the use-restriction table (license_db/use_restriction_rules.yaml): which declared use
cases each use-restriction tag forbids, at what severity and why, or why no use case meets it.

The `aup-*` rules of policies/default.yaml are held to this table by a test; the table itself
is checked here against the vocabulary's tags and the manifest's use cases, every problem with
its line.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from auditor.errors import InputFileError, LicenseDBError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.located_yaml import LocatedYaml, Pointer, read_located_yaml
from auditor.model import Severity
from auditor.model.deployment import USE_CASES
from auditor.resources import license_db_dir

TABLE_FILE = "use_restriction_rules.yaml"
OVERSEEN_SUFFIX = "-overseen"
"""The companion rule judging a deployment that attests human oversight."""
_RULE_ID = lazy_pattern(r"aup(?:-[a-z0-9]+)+")
_RULE_KEYS = frozenset(
    {"tags", "unless_tags", "use_cases", "severity", "with_human_oversight", "reason"}
)
_SEVERITIES = {"block": Severity.BLOCK, "warn": Severity.WARN}


@dataclass(frozen=True, slots=True)
class RestrictionRule:
    """One `aup-*` rule: declared use cases that a license's use-restriction tags forbid."""

    id: str
    tags: tuple[str, ...]
    use_cases: tuple[str, ...]
    severity: Severity
    reason: str
    with_human_oversight: Severity | None = None
    line: int | None = None
    # the rule holds only when the license states none of these: a qualifier that makes the
    # ban a manner of use (an "unlicensed practice" ban is not a ban on the domain itself)
    unless_tags: tuple[str, ...] = ()

    @property
    def overseen_id(self) -> str | None:
        """The id of the rule for a deployment attesting human oversight, if the tag has one."""
        return self.id + OVERSEEN_SUFFIX if self.with_human_oversight is not None else None


@dataclass(frozen=True, slots=True)
class RestrictionTable:
    """Every rule in file order, and each tag no use case can meet with the reason why."""

    rules: tuple[RestrictionRule, ...]
    no_rule: Mapping[str, str]

    def rules_for(self, tag: str) -> tuple[RestrictionRule, ...]:
        """The rules that compare `tag` with the declared use cases."""
        return tuple(rule for rule in self.rules if tag in rule.tags)

    def forbidden_use_cases(self, tag: str) -> tuple[str, ...]:
        """The use cases `tag` forbids, over all its rules, in table order."""
        return tuple(dict.fromkeys(case for rule in self.rules_for(tag) for case in rule.use_cases))


def _named_after(rule_id: str, tag: str) -> bool:
    """`aup-<tag>`, or `aup-<tag>-<word>` for a second rule on the same tag."""
    name = rule_id.removeprefix("aup-")
    return name == tag or name.startswith(tag + "-")


@cache
def load_use_restriction_rules() -> RestrictionTable:
    """The shipped table, checked against the shipped vocabulary (LicenseDBError if invalid)."""
    from auditor.knowledge.license_db import load_license_db

    tags = load_license_db().vocabulary.use_restrictions
    return read_use_restriction_rules(license_db_dir() / TABLE_FILE, tags=tags)


def read_use_restriction_rules(
    path: Path, *, tags: Collection[str], use_cases: Collection[str] = USE_CASES
) -> RestrictionTable:
    """Read and check a table file; every problem is in the LicenseDBError, with its line."""
    try:
        doc = read_located_yaml(path)
    except InputFileError as err:
        raise LicenseDBError("\n".join(err.lines())) from err
    return parse_use_restriction_rules(doc, tags=tags, use_cases=use_cases)


def parse_use_restriction_rules(
    doc: LocatedYaml, *, tags: Collection[str], use_cases: Collection[str] = USE_CASES
) -> RestrictionTable:
    """Build the table from parsed YAML; raises LicenseDBError listing every problem."""
    check = _Checker(doc, frozenset(tags), frozenset(use_cases))
    table = check.table()
    if check.problems:
        raise LicenseDBError("\n".join(check.problems))
    return table


class _Checker:
    """Collects every problem of one table, each as `file:line: sentence`."""

    def __init__(self, doc: LocatedYaml, tags: frozenset[str], use_cases: frozenset[str]) -> None:
        self.doc = doc
        self.tags = tags
        self.use_cases = use_cases
        self.problems: list[str] = []

    def add(self, pointer: Pointer, message: str) -> None:
        line = self.doc.key_line(pointer)
        where = f"{self.doc.path}:{line}" if line is not None else self.doc.path
        self.problems.append(f"{where}: {message}")

    def table(self) -> RestrictionTable:
        data = self.doc.data
        if not isinstance(data, dict):
            self.add((), "the table is a mapping with version, rules and no_rule")
            return RestrictionTable((), MappingProxyType({}))
        for key in sorted(set(data) - {"version", "rules", "no_rule"}, key=str):
            self.add((key,), f"unknown key {key!r} (expected version, rules, no_rule)")
        if data.get("version") != 1:
            self.add(("version",), "version must be 1")
        rules = self._rules(data.get("rules"))
        no_rule = self._no_rule(data.get("no_rule"))
        self._coverage(rules, no_rule)
        return RestrictionTable(tuple(rules), MappingProxyType(no_rule))

    def _rules(self, raw: object) -> list[RestrictionRule]:
        if not isinstance(raw, dict):
            self.add(("rules",), "`rules` must map each rule id to its tags and use cases")
            return []
        return [
            rule
            for rule_id, entry in raw.items()
            if (rule := self._rule(str(rule_id), entry)) is not None
        ]

    def _rule(self, rule_id: str, entry: object) -> RestrictionRule | None:
        pointer: Pointer = ("rules", rule_id)
        if not isinstance(entry, dict):
            self.add(pointer, f"{rule_id}: an entry needs tags, use_cases, severity and reason")
            return None
        for key in sorted(set(entry) - _RULE_KEYS, key=str):
            self.add((*pointer, key), f"{rule_id}: unknown key {key!r}")
        tags = self._words(pointer, entry, "tags", self.tags, "use-restriction tag")
        unless = (
            self._words(pointer, entry, "unless_tags", self.tags, "use-restriction tag")
            if "unless_tags" in entry
            else ()
        )
        if set(unless) & set(tags):
            self.add((*pointer, "unless_tags"), f"{rule_id}: a tag cannot be read and excepted")
        cases = self._words(pointer, entry, "use_cases", self.use_cases, "use case")
        severity = self._severity(pointer, entry, "severity", required=True)
        overseen = self._severity(pointer, entry, "with_human_oversight", required=False)
        if severity is not None and overseen is severity:
            self.add((*pointer, "with_human_oversight"), f"{rule_id}: same as `severity`")
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            self.add((*pointer, "reason"), f"{rule_id}: `reason` must quote the clause it reads")
        if not _RULE_ID.fullmatch(rule_id):
            self.add(pointer, f"rule id {rule_id!r} must be `aup-` and kebab-case words")
        elif tags and not any(_named_after(rule_id, tag) for tag in tags):
            self.add(pointer, f"{rule_id}: the id must be `aup-<tag>[-<word>]` for one of its tags")
        if severity is None or not tags or not cases or not isinstance(reason, str):
            return None
        return RestrictionRule(
            id=rule_id,
            tags=tags,
            use_cases=cases,
            severity=severity,
            reason=" ".join(reason.split()),
            with_human_oversight=overseen,
            line=self.doc.key_line(pointer),
            unless_tags=unless,
        )

    def _words(
        self,
        pointer: Pointer,
        entry: dict[object, object],
        key: str,
        known: frozenset[str],
        what: str,
    ) -> tuple[str, ...]:
        raw = entry.get(key)
        if not isinstance(raw, list) or not raw:
            self.add((*pointer, key), f"{pointer[-1]}: `{key}` must be a non-empty list")
            return ()
        words: list[str] = []
        for index, word in enumerate(raw):
            if isinstance(word, str) and word in known:
                words.append(word)
                continue
            close = difflib.get_close_matches(str(word), sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self.add((*pointer, key, index), f"{pointer[-1]}: unknown {what} {word!r}{hint}")
        if len(set(words)) != len(words):
            self.add((*pointer, key), f"{pointer[-1]}: `{key}` names a word twice")
        return tuple(words)

    def _severity(
        self, pointer: Pointer, entry: dict[object, object], key: str, *, required: bool
    ) -> Severity | None:
        raw = entry.get(key)
        if raw is None and not required:
            return None
        found = _SEVERITIES.get(raw) if isinstance(raw, str) else None
        if found is None:
            self.add((*pointer, key), f"{pointer[-1]}: `{key}` must be block or warn, not {raw!r}")
        return found

    def _no_rule(self, raw: object) -> dict[str, str]:
        if not isinstance(raw, dict):
            self.add(("no_rule",), "`no_rule` must map each tag to the reason it has no rule")
            return {}
        reasons: dict[str, str] = {}
        for tag, reason in raw.items():
            if tag not in self.tags:
                close = difflib.get_close_matches(str(tag), sorted(self.tags), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.add(("no_rule", tag), f"unknown use-restriction tag {tag!r}{hint}")
            elif not isinstance(reason, str) or not reason.strip():
                self.add(("no_rule", tag), f"{tag}: the reason it has no rule is missing")
            else:
                reasons[tag] = " ".join(reason.split())
        return reasons

    def _coverage(self, rules: list[RestrictionRule], no_rule: dict[str, str]) -> None:
        joined = {tag for rule in rules for tag in rule.tags}
        for tag in sorted(joined & set(no_rule)):
            self.add(("no_rule", tag), f"{tag} has a rule; remove it from `no_rule`")
        missing = sorted(self.tags - joined - set(no_rule))
        if missing:
            self.add(
                ("no_rule",),
                "tags with neither a rule nor a `no_rule` reason: " + ", ".join(missing),
            )
