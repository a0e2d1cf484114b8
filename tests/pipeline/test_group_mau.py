"""A Llama model end to end: the record's cap counts affiliates, so the group's MAU decides.

Llama 3.1 Community License, section 2 (../shared/corpus/licenses/llama-3.1-community.txt):
the 700 million monthly active users counted are those of what the licensee and its
affiliates offer; section 1.b.iv incorporates the Acceptable Use Policy published on Meta's
site.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from auditor.api import audit_options
from auditor.knowledge.license_db import load_license_db
from auditor.model import Declared, ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from auditor.pipeline.run import audit
from auditor.policy.facts import LineageFacts, build_facts


def _audit(folder: Path, **fields: object) -> ModelResult:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text("---\nlicense: llama3.1\n---\n# A model\n")
    deployment = Deployment(
        organization={"name": "Acme", "domicile": "US"},
        fields={"regions": ["US"], "use_cases": ["chatbot"], "distribution": "saas", **fields},
    )
    options = audit_options(deployment=deployment, offline=True, use_cache=False, jobs=1)
    (model,) = audit([str(folder)], replace(options, suggest_alternatives=False)).models
    return model


def _rules(model: ModelResult) -> dict[str, Severity]:
    return {f.rule: f.severity for f in model.findings}


def test_a_small_product_of_a_large_group_is_blocked(tmp_path: Path) -> None:
    model = _audit(tmp_path / "m", mau=2_000_000, group_mau=750_000_000)
    assert model.terms["user_threshold"] == {
        "count": 700_000_000,
        "unit": "mau",
        "counts": "licensee-and-affiliates",
        "measured": "release-date",
    }
    assert _rules(model).get("group-mau-above-threshold") is Severity.BLOCK
    assert "mau-above-threshold" not in _rules(model)


def test_without_the_group_figure_the_affiliate_scope_is_a_warning(tmp_path: Path) -> None:
    model = _audit(tmp_path / "m", mau=2_000_000)
    rules = _rules(model)
    assert rules.get("mau-cap-counts-affiliates") is Severity.WARN
    assert "group-mau-above-threshold" not in rules
    (finding,) = [f for f in model.findings if f.rule == "mau-cap-counts-affiliates"]
    assert "the licensee (Acme) and its affiliates" in finding.message


def test_the_use_policy_location_is_a_fact() -> None:
    db = load_license_db()
    facts = {
        ids: build_facts(
            _bare_result(),
            db=db,
            deployment=Deployment(),
            lineage=LineageFacts(license_ids=ids),
            provider={},
            settings={},
            today=date(2026, 11, 25),
        )["terms.acceptable_use_policy_location"]
        for ids in (
            ("LicenseRef-llama-3.1-community", "LicenseRef-llama-3.1-aup"),
            ("LicenseRef-creativeml-openrail-m",),
            ("Apache-2.0",),
            ("LicenseRef-creativeml-openrail-m", "LicenseRef-llama-3.1-community"),
        )
    }
    assert list(facts.values()) == ["incorporated-by-url", "attached", None, "incorporated-by-url"]


def _bare_result() -> ModelResult:
    return ModelResult(
        ref="./m",
        source=None,
        declared=Declared(),
        license=None,
        effective_license=None,
        license_files=(),
        findings=(),
        verdict=Verdict.PASS,
    )
