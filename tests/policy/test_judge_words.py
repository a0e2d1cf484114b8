"""Findings a person reads: the relevant prohibition quoted, no repeats, names not ids."""

from __future__ import annotations

from datetime import date

from auditor.knowledge.license_db import load_license_db
from auditor.model import Declared, Evidence, LicenseMatch, ModelResult, Verdict
from auditor.model.deployment import Deployment
from auditor.model.kinds import LicenseKind
from auditor.model.terms import as_terms
from auditor.policy.facts import LineageFacts
from auditor.policy.judge import judge_model
from auditor.policy.load import load_policy

# A fictional use policy: one bullet per prohibited use, in our own words.
BULLETS = {
    "violence": "You will not use Quill to plan or promote violence against anyone.",
    "medical-advice": "You will not use Quill to give medical advice without a licensed doctor.",
    "surveillance": "You will not use Quill for covert surveillance of private persons.",
    "terrorism": "You will not use Quill to support terrorism in any form.",
}


def _model(evidence: tuple[Evidence, ...]) -> ModelResult:
    match = LicenseMatch(
        id="LicenseRef-quill",
        name="Quill Model License",
        spdx=None,
        scancode=None,
        hf=None,
        kind=LicenseKind.ACCEPTABLE_USE_POLICY,
        confidence=1.0,
        method="declared-tag",
    )
    return ModelResult(
        ref="./quill",
        source=None,
        declared=Declared(license="other"),
        license=match,
        effective_license=match,
        license_files=(),
        findings=(),
        verdict=Verdict.PASS,
        terms=as_terms({"use_restrictions": sorted(BULLETS)}),
        term_evidence={"use_restrictions": evidence},
    )


def _judge(model: ModelResult, use_cases: list[str]) -> ModelResult:
    judged, _facts = judge_model(
        model,
        policy=load_policy("default"),
        db=load_license_db(),
        deployment=Deployment(
            organization={"name": "Acme", "domicile": "US"},
            fields={"use_cases": use_cases, "distribution": "internal", "regions": ["US"]},
        ),
        lineage=LineageFacts(
            effective=model.effective_license,
            terms={"use_restrictions": sorted(BULLETS)},
            license_ids=["LicenseRef-quill"],
        ),
        provider={},
        today=date(2026, 11, 22),
    )
    return judged


def test_a_use_restriction_finding_quotes_only_the_bullet_that_matters() -> None:
    evidence = tuple(
        Evidence("USE_POLICY.md", line, text) for line, text in enumerate(BULLETS.values(), 3)
    )
    judged = _judge(_model(evidence), ["medical-advice"])
    (finding,) = [f for f in judged.findings if f.rule == "aup-medical-advice"]
    assert [e.text for e in finding.evidence] == [BULLETS["medical-advice"]]
    assert "LicenseRef-" not in finding.message


def test_no_matching_bullet_quotes_the_first_and_counts_the_rest() -> None:
    evidence = tuple(
        Evidence("USE_POLICY.md", line, text)
        for line, text in enumerate([BULLETS["violence"], BULLETS["terrorism"]], 3)
    )
    judged = _judge(_model(evidence), ["surveillance"])
    (finding,) = [f for f in judged.findings if f.rule == "aup-surveillance"]
    assert finding.evidence[0].text == BULLETS["violence"]
    assert finding.evidence[1].text == "and 1 more prohibited use in the same terms"
    assert len(finding.evidence) == 2


def test_the_same_quote_is_shown_once() -> None:
    text = BULLETS["surveillance"]
    evidence = (Evidence("README.md", 10, text), Evidence("USE_POLICY.md", 4, " " + text))
    judged = _judge(_model(evidence), ["surveillance"])
    (finding,) = [f for f in judged.findings if f.rule == "aup-surveillance"]
    assert len(finding.evidence) == 1
