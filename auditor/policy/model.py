"""Policy values the loader builds and the engine reads: rules, conditions and the fact catalog."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from auditor.model import Category, Severity
from auditor.model.deployment import DATA_CLASSES, DISTRIBUTIONS, HOSTING, USE_CASES

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

# Same words as license_db/vocabulary.yaml (tests/policy/test_load.py keeps them in step).
LICENSE_KINDS = frozenset(
    {
        "permissive-oss",
        "copyleft-oss",
        "open-weight-restricted",
        "rail",
        "non-commercial",
        "research-only",
        "acceptable-use-policy",
        "proprietary-terms",
    }
)
USE_RESTRICTIONS = frozenset(
    {
        "illegal-activity",
        "violence",
        "terrorism",
        "minors",
        "human-trafficking",
        "sexual-content",
        "harassment",
        "discrimination",
        "unlicensed-professional-practice",
        "medical-advice",
        "legal-advice",
        "financial-advice",
        "privacy",
        "ip-infringement",
        "generate-malware",
        "military",
        "nuclear",
        "espionage",
        "weapons",
        "drugs",
        "critical-infrastructure",
        "self-harm",
        "fraud",
        "disinformation",
        "defamation",
        "spam",
        "impersonation",
        "undisclosed-ai-content",
        "fake-engagement",
        "undisclosed-risks",
        "automated-decision-making",
        "exploit-vulnerable-groups",
        "law-enforcement",
        "surveillance",
        "biometric-identification",
        "circumvent-safety",
        "hate-speech",
        "harm-others",
        "election-interference",
        "national-security",
        "social-ethics",
        "commercial-use",
        "export-control",
        "reverse-engineering",
    }
)


class FactType(StrEnum):
    """What a fact holds; decides which operators may test it."""

    STRING = "string"
    BOOL = "bool"
    NUMBER = "number"
    DATE = "date"
    LIST = "list"
    ANY = "any"


@dataclass(frozen=True, slots=True)
class FactSpec:
    """One documented fact: its type, its words for explanations, its closed values if any."""

    type: FactType
    label: str
    values: frozenset[str] | None = None


def _spec(kind: FactType, label: str, values: frozenset[str] | None = None) -> FactSpec:
    return FactSpec(kind, label, values)


_S, _B, _N, _D, _L = FactType.STRING, FactType.BOOL, FactType.NUMBER, FactType.DATE, FactType.LIST

# The fact namespace of docs/policy-facts.md; `attestations.<x>` and `policy.<setting>` are
# open-ended and checked separately. `terms.governing_law_country` (the country part of
# `terms.governing_law`, null for licensee-local) is also beyond the document.
FACTS: Mapping[str, FactSpec] = {
    "model.ref": _spec(_S, "the model reference"),
    "model.kind": _spec(
        _S, "the kind of model reference", frozenset({"hub", "local", "card", "gguf", "api"})
    ),
    "model.repo_id": _spec(_S, "the Hub repo id"),
    "model.pinned": _spec(_B, "the reference is pinned to a commit"),
    "model.hosting": _spec(_S, "how the model is hosted", frozenset(HOSTING)),
    "model.region": _spec(_S, "where the model runs"),
    "model.gated": _spec(_B, "the repo is gated on the Hub"),
    "model.audited": _spec(_B, "the model's evidence could be gathered"),
    "license.id": _spec(_S, "the model's own license"),
    "license.kind": _spec(_S, "the kind of the model's own license", LICENSE_KINDS),
    "license.identified": _spec(_B, "the model's license was identified"),
    "license.confidence": _spec(_N, "the confidence of the license identification"),
    "license.osi_approved": _spec(_B, "the model's license is OSI approved"),
    "license.osaid_fit": _spec(
        _B, "the model's license is within the OSI Open Source AI Definition"
    ),
    "effective.id": _spec(_S, "the effective license"),
    "effective.ids": _spec(_L, "the licenses binding the model"),
    "effective.kinds": _spec(_L, "the kinds of the licenses binding the model", LICENSE_KINDS),
    "effective.kind": _spec(
        _S, "the most restrictive license kind binding the model", LICENSE_KINDS
    ),
    "effective.families": _spec(_L, "the license families binding the model"),
    # Beyond docs/policy-facts.md, built by facts.py: every binding license is in the database,
    # every one is OSI approved, every one fits the OSAID (null when one of them is not known).
    "effective.identified": _spec(_B, "the licenses binding the model are all known"),
    "effective.osi_approved": _spec(_B, "the licenses binding the model are all OSI approved"),
    "effective.osaid_fit": _spec(_B, "the licenses binding the model are all within the OSAID"),
    "terms.commercial_use": _spec(
        _S, "the license's commercial-use term", frozenset({"allowed", "restricted", "prohibited"})
    ),
    "terms.mau_threshold": _spec(_N, "the license's monthly-active-user threshold"),
    "terms.revenue_threshold_usd": _spec(_N, "the license's annual revenue threshold (USD)"),
    "terms.acceptable_use_policy_incorporated": _spec(
        _B, "an acceptable-use policy is incorporated by the license"
    ),
    "terms.licensor_may_update_terms": _spec(_B, "the licensor may change the terms"),
    "terms.downstream_propagation": _spec(
        _B, "the license's use restrictions must be passed on to recipients"
    ),
    "terms.output_use_restriction": _spec(
        _B, "using outputs to improve other models is barred by the license"
    ),
    "terms.attribution_required": _spec(_B, "attribution is required by the license"),
    "terms.patent_termination": _spec(_B, "the license is terminable on patent litigation"),
    "terms.naming_requirement": _spec(_S, "the name prefix the license requires"),
    "terms.territorial_exclusions": _spec(_L, "the regions where the license grants no rights"),
    "terms.governing_law": _spec(_S, "the license's governing law"),
    "terms.governing_law_country": _spec(_S, "the country of the license's governing law"),
    "terms.use_restrictions": _spec(_L, "the uses the license prohibits", USE_RESTRICTIONS),
    "lineage.depth": _spec(_N, "the number of ancestor levels followed"),
    "lineage.mismatch": _spec(_B, "the declared license is inconsistent with a base model's"),
    "lineage.unresolved": _spec(_B, "a declared base model is unresolved"),
    "organization.name": _spec(_S, "the organization's name"),
    "organization.domicile": _spec(_S, "the organization's country of domicile"),
    "organization.domicile_region": _spec(_L, "the regions covering the organization's domicile"),
    "deployment.mau": _spec(_N, "the product's monthly active user count"),
    "deployment.annual_revenue_usd": _spec(_N, "the organization's annual revenue (USD)"),
    "deployment.regions": _spec(_L, "the regions the deployment runs in and serves"),
    "deployment.region_codes": _spec(_L, "the deployment's region codes"),
    "deployment.data": _spec(
        _L,
        "the data classes the deployment processes",
        frozenset(DATA_CLASSES),
    ),
    "deployment.use_cases": _spec(_L, "the declared use cases", frozenset(USE_CASES)),
    "deployment.distribution": _spec(
        _S,
        "how the model reaches users",
        frozenset(DISTRIBUTIONS),
    ),
    "deployment.commercial": _spec(_B, "the deployment is commercial"),
    "deployment.fine_tune_compute_share": _spec(
        _N, "fine-tuning compute as a share of the original training compute"
    ),
    "deployment.interacts_with_people": _spec(
        _B, "people are interacting directly with the system"
    ),
    "deployment.generates_content": _spec(_B, "synthetic content is generated by the system"),
    "provider.key": _spec(_S, "the API provider"),
    "provider.known": _spec(_B, "the API provider is in the catalog"),
    "provider.baa_available": _spec(_B, "a HIPAA BAA is available from the provider"),
    "provider.processing_regions": _spec(_L, "the regions where the provider processes data"),
    "provider.storage_regions": _spec(_L, "the regions where the provider stores data"),
    "provider.trains_on_api_data_by_default": _spec(
        _B, "API data is used for training by the provider by default"
    ),
    "provider.default_retention_days": _spec(_N, "the provider's default retention in days"),
    "provider.zero_data_retention_available": _spec(
        _B, "zero data retention is available from the provider"
    ),
    "provider.certifications": _spec(_L, "the provider's certifications"),
    "provider.as_of": _spec(_D, "the date the provider facts were compiled"),
    "today": _spec(_D, "the evaluation date"),
}

_SEGMENT = r"[A-Za-z0-9_][A-Za-z0-9_-]*"
FACT_PATH = re.compile(rf"{_SEGMENT}(?:\.{_SEGMENT})*")
SETTING_NAME = re.compile(r"[a-z][a-z0-9_]*")


def fact_spec(path: str, settings: Mapping[str, object]) -> FactSpec | None:
    """The spec of a fact path, or None when the path names no fact."""
    spec = FACTS.get(path)
    if spec is not None:
        return spec
    head, _, rest = path.partition(".")
    if head == "attestations" and rest and FACT_PATH.fullmatch(rest):
        return FactSpec(FactType.ANY, f"the attestation {rest}")
    if head == "policy" and rest in settings:
        value = settings[rest]
        return FactSpec(_setting_type(value), f"the policy setting {rest}")
    return None


def _setting_type(value: object) -> FactType:
    if isinstance(value, bool):
        return FactType.BOOL
    if isinstance(value, int | float):
        return FactType.NUMBER
    if isinstance(value, list | tuple):
        return FactType.LIST
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return FactType.DATE
    return FactType.STRING


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
    """A comparison operand read from another fact."""

    path: str


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

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id, or None."""
        return next((r for r in self.rules if r.id == rule_id), None)


# --- message templates -------------------------------------------------------------------------

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


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
            operand = {"fact": value.path}
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
    }
