"""Judges one model's facts against a policy: three-valued conditions, pure, no I/O."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from auditor.model import Category, Evidence, Finding, Severity
from auditor.model import Reference as FindingReference
from auditor.model.inputs import NeededInput, needed_inputs, where_given
from auditor.policy.model import (
    LicenseList,
    Placeholder,
    Policy,
    Reference,
    Rule,
    parse_template,
)
from auditor.policy.rule_memo import RuleMemo
from auditor.policy.truth import Facts, Truth, evaluate_condition, license_list_truth, not_yet

_MEMO = RuleMemo()


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """A rule that fired for one model, with its texts filled in from the facts."""

    rule: str
    category: Category
    severity: Severity  # after the effective_from downgrade
    message: str
    remediation: str | None = None
    references: tuple[Reference, ...] = ()
    evidence: tuple[str, ...] = ()  # fact paths whose evidence the caller attaches
    unknown_facts: tuple[str, ...] = ()  # fired although these were unknown (fail closed)
    needs_input: tuple[NeededInput, ...] = ()  # set when all of those are the user's to state
    obligation: bool = False
    applies_from: str | None = None  # set when the rule is not in force yet on `today`


def evaluate(policy: Policy, facts: Facts) -> list[RuleOutcome]:
    """Every enabled rule of `policy` that fires on `facts`, in policy order.

    A rule fires when its condition is true; a `block` rule also fires when its condition is
    unknown (fails closed), saying which facts were unknown. Before its `effective_from` date
    (compared with the fact `today`) a firing rule reports at most as a warning.
    """
    view = _FactView(facts, policy.settings)
    outcomes: list[RuleOutcome] = []
    keys: dict[str, Hashable] = {}
    for rule in policy.rules:
        if rule.enabled:  # kept by the facts the rule read (policy/rule_memo.py)
            outcome = _MEMO.outcome(rule, view, evaluate_rule, keys)
            if outcome is not None:
                outcomes.append(outcome)
    return outcomes


def evaluate_rule(rule: Rule, facts: Facts) -> RuleOutcome | None:
    """One rule's outcome, or None when it does not fire."""
    result = evaluate_condition(rule.when, facts)
    if result.truth is Truth.FALSE:
        return None
    if result.truth is Truth.UNKNOWN and rule.severity is not Severity.BLOCK:
        return None
    unknown = result.unknown if result.truth is Truth.UNKNOWN else ()
    inputs = needed_inputs(unknown) if unknown else None
    message = fill_template(rule.message, facts)
    remediation = fill_template(rule.remediation, facts) if rule.remediation else None
    if isinstance(rule.when, LicenseList):
        message = _list_message(rule.when, facts, result.truth)
    if inputs:
        # only the deployment's own facts are missing: ask for them, not a license failure
        stated, remediation = _input_words(inputs, remediation)
        if _prints_unknown(rule.message, facts) and not isinstance(rule.when, LicenseList):
            message = f"Needs input: {stated} not stated, so this rule could not be checked"
        else:
            message += f" (needs input: {stated} not stated)"
    elif (
        unknown and _prints_unknown(rule.message, facts) and not isinstance(rule.when, LicenseList)
    ):
        # the rule's sentence would state an unknown value ("unknown days"): say what is missing
        message = (
            "This could not be checked, so it counts against the model until reviewed: "
            f"{_unknown_words(unknown)} not known"
        )
    elif unknown:
        message += f" (could not be checked: {_unknown_words(unknown)} not known)"
    severity = rule.severity
    applies_from = None
    if rule.effective_from is not None and not_yet(rule.effective_from, facts.get("today")):
        applies_from = rule.effective_from
        if severity is Severity.BLOCK:
            severity = Severity.WARN
        message += f" (applies from {rule.effective_from})"
    return RuleOutcome(
        rule=rule.id,
        category=rule.category,
        severity=severity,
        message=message,
        remediation=remediation,
        references=tuple(_fill_reference(ref, facts) for ref in rule.references),
        evidence=rule.evidence,
        unknown_facts=unknown,
        needs_input=inputs or (),
        obligation=rule.obligation,
        applies_from=applies_from,
    )


def to_finding(
    outcome: RuleOutcome, evidence_lookup: Callable[[str], Sequence[Evidence]]
) -> Finding:
    """A models.Finding for an outcome; `evidence_lookup` maps a fact path to its evidence."""
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for path in outcome.evidence:
        for item in evidence_lookup(path):
            # the same words quoted twice (the card and a license file, two documents) once
            key = " ".join(item.text.split()).casefold()
            if key not in seen:
                seen.add(key)
                evidence.append(item)
    references = tuple(
        FindingReference(
            text=", ".join(
                p
                for p in (
                    r.title,
                    r.article,
                    r.section,
                    f"clause {r.clause}" if r.clause else None,
                    r.document,
                )
                if p
            )
            or (r.url or ""),
            url=r.url,
        )
        for r in outcome.references
        if any((r.title, r.article, r.section, r.clause, r.document, r.url))  # all unknown: none
    )
    return Finding(
        rule=outcome.rule,
        category=outcome.category,
        severity=outcome.severity,
        message=outcome.message,
        evidence=tuple(evidence),
        remediation=outcome.remediation,
        references=references,
        obligation=outcome.obligation,
        applies_from=outcome.applies_from,
        needs_input=outcome.needs_input,
    )


def _input_words(inputs: Sequence[NeededInput], remediation: str | None) -> tuple[str, str]:
    """The facts a rule waits for, in words with where each is given, and the fix."""
    from auditor.policy.vocabulary import FACTS

    stated = "; ".join(
        f"{FACTS[i.fact].label if i.fact in FACTS else i.fact} ({where_given(i)})" for i in inputs
    )
    fix = "State it and audit again" if len(inputs) == 1 else "State them and audit again"
    return stated, fix + (f"; if the rule then applies: {remediation}" if remediation else ".")


def _prints_unknown(template: str, facts: Facts) -> bool:
    """Does the template print a fact that is not known?"""
    parts, _ = parse_template(template)
    return any(isinstance(p, Placeholder) and facts.get(p.path) is None for p in parts)


def _unknown_words(paths: Sequence[str]) -> str:
    """The unknown facts in words (the vocabulary's labels), ids only where none is known."""
    from auditor.policy.vocabulary import FACTS

    words = [FACTS[p].label if p in FACTS else p for p in paths]
    return "; ".join(dict.fromkeys(words))


def _list_message(check: LicenseList, facts: Facts, truth: Truth) -> str:
    if truth is Truth.UNKNOWN:
        return f"The licenses binding the model are not known, so the {check.mode} list was not met"
    _, _, offending = license_list_truth(check, facts)
    what = ", ".join(offending)
    named = render_value(facts.get("effective.name") or facts.get("effective.id"))
    if check.mode == "deny":
        return f"{named} is denied by the policy ({what})"
    allowed = ", ".join([*check.licenses, *check.kinds])
    return f"{named} is not allowed by the policy: {what} not covered (allowed: {allowed})"


# --- templates ---------------------------------------------------------------------------------


def fill_template(text: str, facts: Facts) -> str:
    """Replace `{dotted.fact}` placeholders with the facts' values (`unknown` for null)."""
    parts, _ = parse_template(text)
    return "".join(
        render_value(facts.get(p.path)) if isinstance(p, Placeholder) else p for p in parts
    )


def render_value(value: object) -> str:
    """A fact value for a message: lists joined, thousands separated, null as `unknown`."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(render_value(v) for v in value) if value else "none"
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def _fill_reference(ref: Reference, facts: Facts) -> Reference:
    def fill(text: str | None) -> str | None:
        if text is None:
            return None
        parts = [p for p in parse_template(text)[0] if p != ""]
        # a field that is only an unknown fact (a license with no published link) is left out
        if (
            len(parts) == 1
            and isinstance(parts[0], Placeholder)
            and facts.get(parts[0].path) is None
        ):
            return None
        return fill_template(text, facts)

    return Reference(
        title=fill(ref.title),
        document=fill(ref.document),
        clause=fill(ref.clause),
        article=fill(ref.article),
        section=fill(ref.section),
        url=fill(ref.url),
    )


class _FactView(Mapping[str, object]):
    """The caller's facts, with the policy's settings as `policy.<name>` where not given."""

    def __init__(self, facts: Facts, settings: Mapping[str, object]) -> None:
        self._facts = facts
        self._settings = settings

    def __getitem__(self, key: str) -> object:
        if key in self._facts:
            return self._facts[key]
        if key.startswith("policy.") and key[7:] in self._settings:
            return self._settings[key[7:]]
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        yield from self._facts
        yield from (f"policy.{k}" for k in self._settings if f"policy.{k}" not in self._facts)

    def __len__(self) -> int:
        return len(self._facts) + sum(1 for k in self._settings if f"policy.{k}" not in self._facts)
