"""Judges a license the licensee may choose (`A OR B`): every option against the policy, the
most favourable kept, and a finding saying which was chosen and why; pure."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from auditor.knowledge.observation_weights import observed_severity
from auditor.licenses.expression import expression_keys
from auditor.lineage.document_options import DOCUMENT_CHOICE_METHOD
from auditor.lineage.effective import LicenseOption
from auditor.model import Category, Evidence, Finding, ModelResult, Severity
from auditor.model.kinds import kind_rank
from auditor.model.terms import as_terms
from auditor.policy.facts import LineageFacts
from auditor.policy.judge import model_verdict, sort_findings, weigh_observations
from auditor.policy.model import Policy

CHOICE_RULE = "license-choice"

Judge = Callable[[ModelResult, LineageFacts], tuple[ModelResult, dict[str, object]]]
"""Judges one model on its lineage facts (policy/judge.py `judge_model` with the run's
policy, deployment and day)."""

# Terms that add nothing for the licensee to do or avoid when stated.
_NOT_CONDITIONS = frozenset({"kind", "commercial_use", "governing_law", "venue"})


@dataclass(frozen=True, slots=True)
class JudgedOption:
    """One option and the model judged under it."""

    option: LicenseOption
    model: ModelResult
    facts: dict[str, object]
    excused: Callable[[Finding], bool] = lambda finding: finding.waived

    @property
    def name(self) -> str:
        """The option's license(s) by name."""
        own = self.option.own
        return own.name or own.id or "an unidentified license"

    def count(self, severity: Severity) -> int:
        """Unwaived findings of `severity`."""
        return sum(1 for f in self.model.findings if f.severity is severity and not self.excused(f))

    def blocking_rules(self) -> list[str]:
        """The rules that block under this option, each once."""
        found = (
            f.rule
            for f in self.model.findings
            if f.severity is Severity.BLOCK and not self.excused(f)
        )
        return list(dict.fromkeys(found))

    def conditions(self) -> list[str]:
        """What the option's terms ask of the licensee (attribution, patent termination, ...)."""
        return conditions(self.option.terms)


def conditions(terms: Mapping[str, object]) -> list[str]:
    """The stated terms that ask something of the licensee, as words, in term order."""
    found = [
        key.replace("_", " ")
        for key, value in terms.items()
        if key not in _NOT_CONDITIONS and value not in (None, False, [], {}, "")
    ]
    if terms.get("commercial_use") in ("restricted", "prohibited"):
        found.insert(0, f"commercial use {terms['commercial_use']}")
    return found


def judge_choice(
    model: ModelResult,
    options: Sequence[LicenseOption],
    *,
    lineage: LineageFacts,
    policy: Policy,
    judge: Judge,
    excused: Callable[[Finding], bool] | None = None,
) -> tuple[ModelResult, dict[str, object]]:
    """The model judged under the most favourable option the licensee may choose (fewest
    blocking findings, then fewest warnings, then the least restrictive kind, then the fewest
    conditions, then the card's order), with a `license-choice` finding; with fewer than two
    options, judged as it is. `excused`: whether a finding is waived (the run's live waivers,
    applied after judging), so an option is not counted failing on what a waiver excuses."""
    if len(options) < 2:
        return judge(model, lineage)
    judged = [_judge_option(model, option, lineage, judge) for option in options]
    if excused is not None:
        judged = [replace(j, excused=excused) for j in judged]
    best = min(range(len(judged)), key=lambda i: (*_cost(judged[i]), i))
    chosen = judged[best]
    finding = choice_finding(model, judged, best)
    findings = sort_findings([*chosen.model.findings, *weigh_observations([finding], policy)])
    result = replace(
        chosen.model,
        license=model.license,  # the own license stays what the card declares
        findings=tuple(findings),
        verdict=model_verdict(findings),
    )
    return result, chosen.facts


def _judge_option(
    model: ModelResult, option: LicenseOption, lineage: LineageFacts, judge: Judge
) -> JudgedOption:
    effective = option.effective
    under = replace(
        model,
        license=option.own,
        effective_license=effective,
        terms=as_terms(option.terms),
        term_evidence=dict(option.evidence),
    )
    facts = replace(
        lineage,
        effective=effective,
        terms=option.terms,
        license_ids=expression_keys(effective.id) if effective and effective.id else (),
    )
    judged, found = judge(under, facts)
    return JudgedOption(option, judged, found)


def _cost(judged: JudgedOption) -> tuple[int, int, int, int]:
    effective = judged.option.effective
    kind = effective.kind if effective is not None else None
    return (
        judged.count(Severity.BLOCK),
        judged.count(Severity.WARN),
        kind_rank(kind if kind is not None else judged.option.own.kind),
        len(judged.conditions()),
    )


def choice_finding(model: ModelResult, judged: Sequence[JudgedOption], best: int) -> Finding:
    """Which option was chosen and why, naming every option that fails and on what."""
    own = model.license
    offered = (own.id if own is not None else None) or " OR ".join(j.name for j in judged)
    if any(j.option.own.method == DOCUMENT_CHOICE_METHOD for j in judged):
        offered = " OR ".join(j.name for j in judged)  # the documents, not the declared tag
    chosen = judged[best]
    others = [j for i, j in enumerate(judged) if i != best]
    if chosen.count(Severity.BLOCK):
        failing = "; ".join(f"{j.name} fails on {', '.join(j.blocking_rules())}" for j in judged)
        message = (
            f"{offered}: the licensee may choose, but no option passes this policy: {failing}; "
            f"the findings shown are under {chosen.name}, the option with the fewest blocking "
            "findings"
        )
        remediation = "choose another model, or obtain a license that allows this deployment"
    else:
        message = (
            f"{offered}: the licensee may choose; {chosen.name} chosen: {_why(chosen, others)}"
        )
        remediation = (
            f"record that you use the model under {chosen.name} and meet its conditions; "
            "the other option's terms do not bind you"
        )
    evidence = [Evidence(model.declared.origin, None, f"declared license: {_declared(model)}")]
    evidence += [Evidence(None, None, f"{j.name}: {j.model.verdict}" + _rules(j)) for j in judged]
    return Finding(
        rule=CHOICE_RULE,
        category=Category.LICENSE,
        severity=observed_severity(CHOICE_RULE),
        message=message,
        evidence=tuple(evidence),
        remediation=remediation,
    )


def _why(chosen: JudgedOption, others: Sequence[JudgedOption]) -> str:
    failing = [j for j in others if j.count(Severity.BLOCK)]
    if failing:
        names = "; ".join(
            f"{j.name} would fail on {', '.join(j.blocking_rules())}" for j in failing
        )
        return f"it passes this policy, and {names}"
    warned = [j for j in others if j.count(Severity.WARN) > chosen.count(Severity.WARN)]
    if warned:
        return "it passes this policy with fewer warnings than " + ", ".join(j.name for j in warned)
    if any(_cost(j)[2] > _cost(chosen)[2] for j in others):
        kind = chosen.option.own.kind
        return f"every option passes this policy; it is the least restrictive ({kind})"
    mine = chosen.conditions()
    if any(len(j.conditions()) > len(mine) for j in others):
        extra = sorted({c for j in others for c in j.conditions()} - set(mine))
        if set(mine) <= {"attribution required"}:
            plain = "no duties beyond attribution" if mine else "no conditions"
        else:
            plain = "the fewest conditions (" + ", ".join(mine) + ")"
        more = f"; the other option adds {', '.join(extra)}" if extra else ""
        return f"it passes this policy with {plain}{more}"
    return "every option passes this policy alike; the first the card names is kept"


def _rules(judged: JudgedOption) -> str:
    rules = judged.blocking_rules()
    return f" ({', '.join(rules)})" if rules else ""


def _declared(model: ModelResult) -> str:
    value = model.declared.license
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    return value or (model.license.id if model.license and model.license.id else "none")
