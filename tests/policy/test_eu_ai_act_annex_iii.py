"""EU AI Act preset: every use case in an Annex III area is high-risk, its point cited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.model import Severity
from auditor.model.deployment import ANNEX_III_AREAS, ANNEX_III_POINTS, annex_iii_citations
from tests.policy.test_presets import apache_saas, blocks, preset, run

# One row per Annex III point the use-case vocabulary names: (use case, point cited).
AREAS = [
    ("biometrics", "Annex III point 1:"),
    ("emotion-recognition", "Annex III point 1(c):"),
    ("critical-infrastructure", "Annex III point 2:"),
    ("education", "Annex III point 3:"),
    ("employment", "Annex III point 4:"),
    ("essential-services", "Annex III point 5:"),
    ("credit-scoring", "Annex III point 5(b):"),
    ("insurance-pricing", "Annex III point 5(c):"),
    ("medical-triage", "Annex III point 5(d): emergency healthcare patient triage"),
    ("law-enforcement", "Annex III point 6:"),
    ("migration-border", "Annex III point 7:"),
    ("justice-democracy", "Annex III point 8:"),
]


def _facts(*use_cases: str, **changes: object) -> dict[str, object]:
    return apache_saas(
        deployment__use_cases=list(use_cases),
        deployment__annex_iii_points=annex_iii_citations(list(use_cases)),
        deployment__regions=["EU"],
        **changes,
    )


def test_the_preset_and_the_cited_points_list_the_same_use_cases() -> None:
    listed = preset("eu-ai-act").settings["high_risk_use_cases"]
    assert isinstance(listed, list) and set(listed) == set(ANNEX_III_POINTS)
    assert set(ANNEX_III_AREAS) <= set(ANNEX_III_POINTS)
    assert {case for case, _ in AREAS} == set(ANNEX_III_POINTS)


@pytest.mark.parametrize(("use_case", "point"), AREAS)
def test_each_annex_iii_use_case_is_high_risk_with_its_point(use_case: str, point: str) -> None:
    outcomes = run("eu-ai-act", _facts("chatbot", use_case))
    high_risk = outcomes["eu-ai-act-high-risk-use"]
    assert high_risk.severity is Severity.WARN  # until 2027-12-02
    assert f"{use_case} ({point}" in high_risk.message
    assert "Art. 6(2)" in high_risk.message
    assert "unknown" not in high_risk.message and "none" not in high_risk.message
    later = run("eu-ai-act", _facts(use_case, today="2028-01-10"))
    assert {"eu-ai-act-human-oversight", "eu-ai-act-log-retention"} <= blocks(later)


def test_a_use_case_outside_annex_iii_is_not_high_risk() -> None:
    outcomes = run("eu-ai-act", _facts("chatbot", "code-generation"))
    assert "eu-ai-act-high-risk-use" not in outcomes


def test_citations_keep_the_declared_order_and_skip_other_uses() -> None:
    cited = annex_iii_citations(["chatbot", "medical-triage", "employment", "medical-triage"])
    assert cited == [
        "medical-triage (Annex III point 5(d): emergency healthcare patient triage)",
        "employment (Annex III point 4: employment and workers management)",
    ]
    assert annex_iii_citations(None) == []
    assert all("," not in c for c in map(str, ANNEX_III_POINTS.values()))  # joined with commas


def test_log_retention_message_never_reads_unknown_days() -> None:
    later = run("eu-ai-act", _facts("employment", today="2028-01-10"))
    message = later["eu-ai-act-log-retention"].message
    assert "unknown days" not in message
    assert "not stated" in message and "log_retention_days" in message  # needs input


def test_medical_triage_scan_cites_point_5d(tmp_path: Path) -> None:
    model = tmp_path / "quill"
    model.mkdir()
    (model / "README.md").write_text("---\nlicense: apache-2.0\n---\n# Quill triage model\n")
    result = CliRunner().invoke(
        app,
        [
            "scan",
            str(model),
            "--policy",
            "eu-ai-act",
            "--use-case",
            "medical-triage",
            "--region",
            "DE",
            "--format",
            "json",
        ],
    )
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.stdout)["models"][0]["findings"]
    high_risk = [f for f in findings if f["rule"] == "eu-ai-act-high-risk-use"]
    assert high_risk, [f["rule"] for f in findings]
    assert "Annex III point 5(d): emergency healthcare patient triage" in high_risk[0]["message"]


SAFEGUARDS = "eu-ai-act-generative-safeguards-missing"


def test_image_generation_without_safeguards_is_prohibited_from_december_2026() -> None:
    # Art. 5(1)(ba)/(bb) as inserted by Regulation (EU) 2026/1744, from 2026-12-02
    after = {"today": "2026-12-10"}
    deepfakes = _facts("deepfake-generation", **after)
    missing = run("eu-ai-act", {**deepfakes, "attestations.generative_safeguards": False})
    assert SAFEGUARDS in blocks(missing)
    unstated = run("eu-ai-act", deepfakes)[SAFEGUARDS]
    assert unstated.severity is Severity.BLOCK
    assert [i.fact for i in unstated.needs_input] == ["attestations.generative_safeguards"]
    attested = run("eu-ai-act", {**deepfakes, "attestations.generative_safeguards": True})
    assert SAFEGUARDS not in attested
    before = run("eu-ai-act", _facts("deepfake-generation", today="2026-11-25"))[SAFEGUARDS]
    assert before.severity is Severity.WARN and before.applies_from == "2026-12-02"


def test_text_generation_is_not_image_generation() -> None:
    # the bans concern what the model puts out: a text generator is not concerned, whatever
    # it takes in (model/outputs.py builds model.generates_imagery)
    text = _facts("content-generation", today="2026-12-10", model__generates_imagery=False)
    assert SAFEGUARDS not in run("eu-ai-act", text)
    images = _facts("content-generation", today="2026-12-10", model__generates_imagery=True)
    assert SAFEGUARDS in blocks(run("eu-ai-act", images))
    unknown = run("eu-ai-act", _facts("content-generation", today="2026-12-10"))[SAFEGUARDS]
    assert {i.manifest_key for i in unknown.needs_input} == {
        "models[].modality",
        "deployment.attestations.generative_safeguards",
    }
