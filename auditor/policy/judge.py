"""Judges one audited model against a policy: facts -> rule outcomes -> findings -> verdict."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from auditor.knowledge.license_db import LicenseDB
from auditor.model import Evidence, Finding, ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from auditor.model.lineage import stated_place
from auditor.policy.engine import evaluate, to_finding
from auditor.policy.facts import LineageFacts, build_facts
from auditor.policy.model import AllOf, AnyOf, Comparison, Condition, Policy, Rule

# Built-in observations a policy decides about once it is applied: the policy's rule takes
# their place (and their evidence, through the fact named here), so severity is the policy's.
COVERED_OBSERVATIONS: Mapping[str, str] = {
    "license-missing": "license.id",
    "license-unidentified": "license.id",
    "lineage-license-mismatch": "lineage.mismatch",
    "lineage-parent-unresolved": "lineage.unresolved",
}

_SEVERITY_RANK = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}


def judge_model(
    model: ModelResult,
    *,
    policy: Policy,
    db: LicenseDB,
    deployment: Deployment,
    lineage: LineageFacts,
    provider: Mapping[str, object],
    today: date,
) -> tuple[ModelResult, dict[str, object]]:
    """The model with the policy's findings added; also returns the facts it was judged on."""
    facts = build_facts(
        model,
        db=db,
        deployment=deployment,
        lineage=lineage,
        provider=provider,
        settings=policy.settings,
        today=today,
    )
    observations = [f for f in model.findings if f.rule in COVERED_OBSERVATIONS]
    kept = weigh_observations(
        [f for f in model.findings if f.rule not in COVERED_OBSERVATIONS], policy
    )

    def evidence_for(path: str) -> Sequence[Evidence]:
        return fact_evidence(path, model, observations)

    outcomes = evaluate(policy, facts)
    rules = {rule.id: rule for rule in policy.rules}
    judged = [
        _relevant_only(to_finding(outcome, evidence_for), rules.get(outcome.rule), facts)
        for outcome in outcomes
    ]
    findings = sort_findings([*kept, *judged])
    return replace(model, findings=tuple(findings), verdict=model_verdict(findings)), facts


RESTRICTIONS = "terms.use_restrictions"


def _relevant_only(finding: Finding, rule: Rule | None, facts: Mapping[str, object]) -> Finding:
    """A use-restriction finding quotes the prohibitions its rule tested, not every bullet of the
    policy; when no quote names one, the first and a count of the rest."""
    if rule is None or rule.evidence != (RESTRICTIONS,):
        return finding
    found = facts.get(RESTRICTIONS)
    tested = set(_tested_values(rule.when, RESTRICTIONS))
    wanted = tested & set(found if isinstance(found, list | tuple) else ())
    quoted = list(finding.evidence)
    if not wanted or len(quoted) <= 1:
        return finding
    from auditor.licenses.terms.tags import find_tags  # only when such a rule fires

    relevant = [e for e in quoted if wanted & set(find_tags(e.text))]
    if relevant:
        kept = relevant
    else:
        kept = [
            quoted[0],
            Evidence(None, None, f"and {_more(len(quoted) - 1)} in the same terms"),
        ]
    return replace(finding, evidence=tuple(kept))


def _more(count: int) -> str:
    return f"{count} more prohibited use" + ("" if count == 1 else "s")


def _tested_values(condition: Condition, path: str) -> list[str]:
    """The words a condition compares `path` with (contains / contains_any / eq)."""
    if isinstance(condition, Comparison):
        if condition.fact != path:
            return []
        value = condition.value
        if isinstance(value, str):
            return [value]
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return []
    if isinstance(condition, AllOf | AnyOf):
        return [v for item in condition.items for v in _tested_values(item, path)]
    return []


def weigh_observations(findings: Iterable[Finding], policy: Policy) -> list[Finding]:
    """Each observation at the severity the policy gives it (the stage's own, where none).

    One rule system: the stages report what they see, the policy decides what blocks.
    """
    weighed = []
    for finding in findings:
        severity = policy.observations.get(finding.rule, finding.severity)
        weighed.append(
            finding if severity is finding.severity else replace(finding, severity=severity)
        )
    return weighed


def fact_evidence(path: str, model: ModelResult, observations: Sequence[Finding]) -> list[Evidence]:
    """What supports a fact: quoted clauses for terms, the files and lineage for licenses."""
    if path.startswith("terms."):
        return list(model.term_evidence.get(path.removeprefix("terms."), ()))
    covered = [f for f in observations if COVERED_OBSERVATIONS.get(f.rule) == path]
    evidence = [
        item for f in covered for item in (f.evidence or (Evidence(None, None, f.message),))
    ]
    if path.startswith("license."):
        declared = model.declared.license
        if declared:
            text = ", ".join(declared) if isinstance(declared, list) else declared
            evidence.append(Evidence(model.declared.origin, None, f"declared license: {text}"))
        evidence += [
            Evidence(f.path, None, f"identified as {f.identified_as} ({f.confidence:.0%})")
            for f in model.license_files
            if f.identified_as
        ]
    if path.startswith("effective."):
        for ancestor in model.lineage:
            license_info = ancestor.get("license")
            name = license_info.get("name") if isinstance(license_info, Mapping) else None
            evidence.append(
                Evidence(
                    None,
                    None,
                    f"{ancestor.get('ref')} ({ancestor.get('relation') or 'parent'}, "
                    f"{ancestor.get('resolved_by')}{_stated_words(ancestor)}): "
                    f"{name or 'license unknown'}",
                )
            )
    return evidence


def _stated_words(ancestor: Mapping[str, object]) -> str:
    """ "; stated in the card's text, README.md line 8, confidence 0.7: confirm" for a parent
    the metadata does not declare; "; <how>" for one inferred from a name or the snapshot."""
    stated = ancestor.get("stated")
    if not isinstance(stated, list) or not stated or not isinstance(stated[0], Mapping):
        return ""
    where = stated_place(stated[0].get("file"), stated[0].get("line"))
    if where is None:
        return f"; {stated[0].get('text')}" if stated[0].get("text") else ""
    confidence = ancestor.get("confidence")
    sure = f", confidence {confidence:.1f}" if isinstance(confidence, float) else ""
    return f"; stated in {where}{sure}: confirm"


def sort_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Block, then warn, then info; within each by category and rule."""
    return sorted(findings, key=lambda f: (_SEVERITY_RANK[f.severity], f.category, f.rule))


def model_verdict(findings: Sequence[Finding]) -> Verdict:
    """fail on any unwaived block that is decided; needs-input when every unwaived block waits
    for a fact the deployment did not state; warn on any unwaived warn; else pass."""
    active = [f for f in findings if not f.waived]
    blocks = [f for f in active if f.severity is Severity.BLOCK]
    if any(not f.needs_input for f in blocks):
        return Verdict.FAIL
    if blocks:
        return Verdict.NEEDS_INPUT
    if any(f.severity is Severity.WARN for f in active):
        return Verdict.WARN
    return Verdict.PASS


def overall_verdict(verdicts: Iterable[Verdict]) -> Verdict:
    """error if any model could not be audited, else the worst of fail / needs-input / warn /
    pass."""
    seen = set(verdicts)
    for verdict in (Verdict.ERROR, Verdict.FAIL, Verdict.NEEDS_INPUT, Verdict.WARN):
        if verdict in seen:
            return verdict
    return Verdict.PASS
