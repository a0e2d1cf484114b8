"""Explains a policy in plain words: every rule, when it fires, how much it weighs, and why."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath

from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Severity
from auditor.policy.engine import render_value
from auditor.policy.model import (
    AllOf,
    Always,
    AnyOf,
    Comparison,
    Condition,
    FactRef,
    FactType,
    LicenseList,
    Not,
    Op,
    Policy,
    Rule,
    fact_spec,
)
from auditor.policy.observations import OBSERVATIONS

_VERBS = {Severity.BLOCK: "Blocks", Severity.WARN: "Warns", Severity.INFO: "Notes"}
_OP_WORDS = {
    Op.EQ: "is",
    Op.NE: "is not",
    Op.IN: "is one of",
    Op.NOT_IN: "is none of",
    Op.CONTAINS: "includes",
    Op.CONTAINS_ANY: "includes any of",
    Op.CONTAINS_ALL: "includes all of",
    Op.GT: "is above",
    Op.GTE: "is at least",
    Op.LT: "is below",
    Op.LTE: "is at most",
    Op.BEFORE: "is before",
    Op.AFTER: "is after",
}
_NEGATED = {
    Op.EQ: Op.NE,
    Op.NE: Op.EQ,
    Op.IN: Op.NOT_IN,
    Op.NOT_IN: Op.IN,
    Op.GT: Op.LTE,
    Op.GTE: Op.LT,
    Op.LT: Op.GTE,
    Op.LTE: Op.GT,
}
_NEGATED_WORDS = {
    Op.CONTAINS: "does not include",
    Op.CONTAINS_ANY: "includes none of",
    Op.CONTAINS_ALL: "does not include all of",
    Op.BEFORE: "is not before",
    Op.AFTER: "is not after",
}
_AUXILIARIES = frozenset({"is", "are", "was", "were", "may", "must", "can", "could"})
_INDENT = "    "


def explain_policy(policy: Policy) -> str:
    """The whole policy as readable text (used by `auditor policy explain`)."""
    lines = [f"Policy {policy.name} (sha256 {policy.sha256[:12]})"]
    if policy.description.strip():
        lines.append(policy.description.strip())
    if policy.extends:
        lines.append(f"Extends: {', '.join(PurePath(p).name for p in policy.extends)}")
    if policy.settings:
        settings = ", ".join(f"{k} = {render_value(v)}" for k, v in policy.settings.items())
        lines.append(f"Settings: {settings}")
    enabled = [r for r in policy.rules if r.enabled]
    disabled = [r for r in policy.rules if not r.enabled]
    lines.append(f"{len(enabled)} rules ({len(disabled)} disabled by overrides).")
    for rule in enabled:
        lines.append("")
        lines.extend(explain_rule(rule, policy.settings))
    if disabled:
        lines.append("")
        lines.append("Disabled: " + ", ".join(r.id for r in disabled))
    lines.append("")
    lines.extend(explain_observations(policy))
    return "\n".join(lines).rstrip() + "\n"


def explain_observations(policy: Policy) -> list[str]:
    """Every observation the stages report, with its severity under this policy."""
    lines = [
        f"{len(OBSERVATIONS)} observations the stages report; the policy weighs each "
        "(severity here, the default preset's in brackets when it differs):"
    ]
    for observation in OBSERVATIONS.values():
        if observation.covered_by is not None:
            weight = f"decided by the rules on {observation.covered_by}"
        else:
            default = observed_severity(observation.id)
            severity = policy.observations.get(observation.id, default)
            weight = severity.value
            if severity is not default:
                weight += f" [{default.value}]"
        lines.append(f"{_INDENT}{observation.id} [{weight}, {observation.stage}]")
        lines.append(f"{_INDENT}{_INDENT}{observation.summary}")
    return lines


def explain_rule(rule: Rule, settings: Mapping[str, object] | None = None) -> list[str]:
    """One rule in plain words, as lines."""
    known = settings or {}
    kind = "obligation, " if rule.obligation else ""
    head = f"{rule.id} [{kind}{rule.severity.value}, {rule.category.value}]"
    lines = [head]
    if isinstance(rule.when, Always):
        first = f"{_VERBS[rule.severity]} always."
        body: list[str] = []
    else:
        text, body = _render(rule.when, known, 2)
        first = (
            f"{_VERBS[rule.severity]} when {text}."
            if not body
            else (f"{_VERBS[rule.severity]} when {text}:")
        )
    lines.append(_INDENT + first)
    lines.extend(body)
    if rule.severity is Severity.BLOCK:
        lines.append(_INDENT + "If a fact it needs is unknown, it blocks anyway (fails closed).")
    if rule.effective_from:
        weight = "at most a warning" if rule.severity is Severity.BLOCK else "as written"
        lines.append(
            _INDENT + f"Applies from {rule.effective_from}; before that it reports {weight}, "
            f"marked 'applies from {rule.effective_from}'."
        )
    lines.append(_INDENT + f"Message: {rule.message}")
    if rule.remediation:
        lines.append(_INDENT + f"Remediation: {rule.remediation}")
    if rule.references:
        lines.append(_INDENT + "References:")
        lines.extend(_INDENT * 2 + f"- {ref.text()}" for ref in rule.references)
    if rule.evidence:
        lines.append(_INDENT + f"Evidence from: {', '.join(rule.evidence)}")
    return lines


def explain_condition(condition: Condition, settings: Mapping[str, object] | None = None) -> str:
    """A condition as one paragraph of English (nested groups on indented lines)."""
    text, body = _render(condition, settings or {}, 1)
    return "\n".join([text, *body])


def _render(cond: Condition, settings: Mapping[str, object], depth: int) -> tuple[str, list[str]]:
    """(the phrase, extra indented lines for nested groups)."""
    if isinstance(cond, Comparison):
        return _comparison(cond, settings), []
    if isinstance(cond, Not):
        inner = cond.item
        if isinstance(inner, Comparison):
            return _comparison(inner, settings, negate=True), []
        text, body = _render(inner, settings, depth)
        return f"it is not the case that {text}", body
    if isinstance(cond, AllOf | AnyOf):
        joiner = "and" if isinstance(cond, AllOf) else "or"
        flat = [c for c in cond.items if isinstance(c, Comparison)]
        if len(flat) == len(cond.items) <= 2:
            return f" {joiner} ".join(_comparison(c, settings) for c in flat), []
        lead = "all of these hold" if isinstance(cond, AllOf) else "any of these holds"
        lines: list[str] = []
        for item in cond.items:
            text, body = _render(item, settings, depth + 1)
            lines.append(_INDENT * depth + f"- {text}")
            lines.extend(body)
        return lead, lines
    if isinstance(cond, LicenseList):
        allowed = ", ".join([*cond.licenses, *(f"kind {k}" for k in cond.kinds)])
        if cond.mode == "allow":
            return (
                "a license binding the model (effective.ids / effective.kinds) is not covered "
                f"by the allow list ({allowed})"
            ), []
        return f"a license binding the model is on the deny list ({allowed})", []
    return "always", []


def _comparison(cond: Comparison, settings: Mapping[str, object], negate: bool = False) -> str:
    spec = fact_spec(cond.fact, settings)
    kind = spec.type if spec is not None else FactType.ANY
    subject = _fact_words(cond.fact, settings)
    if cond.op is Op.EXISTS:
        known = bool(cond.value) != negate
        verb = "are" if kind is FactType.LIST else "is"
        return f"{subject} {verb} {'known' if known else 'unknown'}"
    if kind is FactType.BOOL and isinstance(cond.value, bool) and cond.op in (Op.EQ, Op.NE):
        holds = ((cond.value is True) == (cond.op is Op.EQ)) != negate
        label = spec.label if spec is not None else cond.fact
        return f"{label if holds else _negated(label)} ({cond.fact})"
    op = cond.op
    if negate:
        op_words = _OP_WORDS[_NEGATED[op]] if op in _NEGATED else _NEGATED_WORDS[op]
    else:
        op_words = _OP_WORDS[op]
    if kind is FactType.LIST:  # list facts are plural nouns
        op_words = op_words.replace("includes", "include").replace("does not", "do not")
    return f"{subject} {op_words} {_operand_words(cond.value, settings)}"


def _negated(label: str) -> str:
    """Negate a statement label at its first auxiliary verb ("is" -> "is not")."""
    words = label.split(" ")
    for i, word in enumerate(words):
        if word in _AUXILIARIES:
            return " ".join([*words[: i + 1], "not", *words[i + 1 :]])
    return f"not: {label}"


def _fact_words(path: str, settings: Mapping[str, object]) -> str:
    spec = fact_spec(path, settings)
    label = spec.label if spec is not None else path
    if path.startswith("policy.") and path[7:] in settings:
        return f"{label} ({render_value(settings[path[7:]])})"
    return f"{label} ({path})"


def _operand_words(value: object, settings: Mapping[str, object]) -> str:
    if isinstance(value, FactRef):
        words = _fact_words(value.path, settings)
        return words if value.times is None else f"{render_value(value.times)} times {words}"
    return render_value(list(value) if isinstance(value, tuple) else value)
