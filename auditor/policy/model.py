"""Policy values the loader builds and the engine reads: rules, conditions, templates."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import Category, Severity
from auditor.policy.vocabulary import FACT_PATH
from auditor.policy.vocabulary import FactType as FactType  # re-exported: explain.py reads it
from auditor.policy.vocabulary import fact_spec as fact_spec  # re-exported likewise

POLICY_VERSION = 1
ALLOW_RULE_ID = "license-not-allowed"
DENY_RULE_ID = "license-denied"
RESERVED_RULE_IDS = frozenset({ALLOW_RULE_ID, DENY_RULE_ID})
RULE_CATEGORIES = (
    Category.LICENSE,
    Category.MISMATCH,
    Category.TERM,
    Category.REGULATION,
    Category.PROVENANCE,
)


class Op(StrEnum):
    """The comparison operators of a condition."""

    EQ = "eq"
    NE = "ne"
    IN = "in"
    NOT_IN = "not_in"
    CONTAINS = "contains"
    CONTAINS_ANY = "contains_any"
    CONTAINS_ALL = "contains_all"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    EXISTS = "exists"
    BEFORE = "before"
    AFTER = "after"


Scalar = str | int | float | bool


@dataclass(frozen=True, slots=True)
class FactRef:
    """A comparison operand read from another fact, optionally multiplied (`times: 0.8`: four
    fifths of a cap, for a rule that warns before the cap is reached)."""

    path: str
    times: float | None = None


Operand = Scalar | tuple[Scalar, ...] | FactRef


@dataclass(frozen=True, slots=True)
class Comparison:
    """`{fact: path, op: value}`: unknown when a fact it reads is null (except `exists`)."""

    fact: str
    op: Op
    value: Operand


@dataclass(frozen=True, slots=True)
class AllOf:
    """True when every item is true, false when any is false, else unknown."""

    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """True when any item is true, false when every item is false, else unknown."""

    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """Swaps true and false; unknown stays unknown."""

    item: Condition


@dataclass(frozen=True, slots=True)
class Always:
    """A rule without `when`: always true."""


@dataclass(frozen=True, slots=True)
class LicenseList:
    """The `allow:` / `deny:` checks over `effective.ids` and `effective.kinds`."""

    mode: str  # "allow" or "deny"
    licenses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


Condition = Comparison | AllOf | AnyOf | Not | Always | LicenseList


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a rule comes from: a license clause, an article, a URL (placeholders allowed)."""

    title: str | None = None
    document: str | None = None
    clause: str | None = None
    article: str | None = None
    section: str | None = None
    url: str | None = None

    def text(self) -> str:
        """The reference in one line: "Art. 26, Regulation (EU) 2024/1689 <url>"."""
        parts = [
            self.title,
            self.article,
            self.section,
            f"clause {self.clause}" if self.clause else None,
            self.document,
        ]
        words = ", ".join(p for p in parts if p)
        if self.url:
            return f"{words} <{self.url}>" if words else self.url
        return words


REFERENCE_FIELDS = ("title", "document", "clause", "article", "section", "url")


@dataclass(frozen=True, slots=True)
class Rule:
    """One check: when its condition holds, a finding with this severity and message."""

    id: str
    severity: Severity
    category: Category
    when: Condition
    message: str
    remediation: str | None = None
    evidence: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()
    effective_from: str | None = None  # ISO date; before it a firing rule reports as warn
    obligation: bool = False
    enabled: bool = True
    source: str = "<string>"
    line: int | None = None


@dataclass(frozen=True, slots=True)
class ListSpec:
    """An `allow:` or `deny:` block."""

    licenses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Override:
    """An override as applied: which rule, what changed, where it was written."""

    rule: str
    source: str
    line: int | None
    severity: Severity | None = None
    enabled: bool | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Policy:
    """A loaded policy with its parents merged in and overrides applied."""

    name: str
    description: str
    sha256: str
    source: str
    settings: Mapping[str, object] = field(default_factory=dict)
    allow: ListSpec | None = None
    deny: ListSpec | None = None
    rules: tuple[Rule, ...] = ()
    overrides: tuple[Override, ...] = ()
    extends: tuple[str, ...] = ()  # the parents' sources, in order
    # the severity of each observation the stages report (policy/observations.py), by id
    observations: Mapping[str, Severity] = field(default_factory=dict)

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id, or None."""
        return next((r for r in self.rules if r.id == rule_id), None)


# --- message templates -------------------------------------------------------------------------

_TOKEN = lazy_pattern(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """`{dotted.fact}` inside a message, remediation or reference."""

    path: str


TemplatePart = str | Placeholder


def parse_template(text: str) -> tuple[tuple[TemplatePart, ...], tuple[str, ...]]:
    """Split a template into literal text and placeholders; also return what is malformed.

    `{{` and `}}` stand for literal braces.
    """
    parts: list[TemplatePart] = []
    errors: list[str] = []
    literal: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        literal.append(text[pos : match.start()])
        pos = match.end()
        token = match.group(0)
        if token in ("{{", "}}"):
            literal.append(token[0])
            continue
        name = match.group(1)
        if name is None:
            errors.append(
                f"unbalanced {token!r} at column {match.start() + 1} (write {token * 2} "
                "for a literal brace)"
            )
            literal.append(token)
            continue
        if not FACT_PATH.fullmatch(name):
            errors.append(f"malformed placeholder {{{name}}}: expected a dotted fact name")
            literal.append(token)
            continue
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(Placeholder(name))
    literal.append(text[pos:])
    if "".join(literal):
        parts.append("".join(literal))
    return tuple(parts), tuple(errors)


# --- canonical form (the sha256 of a merged policy) -------------------------------------------


def condition_to_data(condition: Condition) -> object:
    """A condition as the plain value it was written as."""
    if isinstance(condition, Comparison):
        value = condition.value
        operand: object
        if isinstance(value, FactRef):
            ref: dict[str, object] = {"fact": value.path}
            if value.times is not None:
                ref["times"] = value.times
            operand = ref
        elif isinstance(value, tuple):
            operand = list(value)
        else:
            operand = value
        return {"fact": condition.fact, condition.op.value: operand}
    if isinstance(condition, AllOf):
        return {"all": [condition_to_data(c) for c in condition.items]}
    if isinstance(condition, AnyOf):
        return {"any": [condition_to_data(c) for c in condition.items]}
    if isinstance(condition, Not):
        return {"not": condition_to_data(condition.item)}
    if isinstance(condition, LicenseList):
        return {
            condition.mode: {"licenses": list(condition.licenses), "kinds": list(condition.kinds)}
        }
    return None


def policy_to_data(policy: Policy) -> dict[str, object]:
    """The merged policy as plain values, without file paths or its own hash."""

    def rule_data(rule: Rule) -> dict[str, object]:
        return {
            "id": rule.id,
            "severity": rule.severity.value,
            "category": rule.category.value,
            "when": condition_to_data(rule.when),
            "message": rule.message,
            "remediation": rule.remediation,
            "evidence": list(rule.evidence),
            "references": [
                {k: getattr(ref, k) for k in REFERENCE_FIELDS if getattr(ref, k) is not None}
                for ref in rule.references
            ],
            "effective_from": rule.effective_from,
            "obligation": rule.obligation,
            "enabled": rule.enabled,
        }

    def list_data(spec: ListSpec | None) -> object:
        if spec is None:
            return None
        return {"licenses": list(spec.licenses), "kinds": list(spec.kinds)}

    return {
        "version": POLICY_VERSION,
        "name": policy.name,
        "description": policy.description,
        "settings": dict(policy.settings),
        "allow": list_data(policy.allow),
        "deny": list_data(policy.deny),
        "rules": [rule_data(r) for r in policy.rules],
        "observations": {key: str(value) for key, value in policy.observations.items()},
    }


def multiple_problem(op: Op, times: object) -> str | None:
    """What is wrong with a comparison's `times:` multiplier (None: nothing): it multiplies a
    number compared by gt, gte, lt or lte, and is a finite number above 0."""
    if op not in (Op.GT, Op.GTE, Op.LT, Op.LTE):
        return f"`times` multiplies a number; `{op.value}` compares no numbers"
    if isinstance(times, bool) or not isinstance(times, int | float):
        return f"`times` must be a number, not {times!r}"
    if not math.isfinite(times) or times <= 0:
        return f"`times` must be a number above 0, not {times!r}"
    return None
