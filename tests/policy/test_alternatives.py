"""Alternatives to a blocked model: registry models passing the same policy and deployment."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.model import ModelResult, Verdict
from auditor.model.deployment import Deployment
from auditor.policy.alternatives import (
    Alternative,
    JudgedCandidates,
    suggest_alternatives,
)
from auditor.policy.alternatives_output import alternatives_to_dict, render_alternatives
from auditor.policy.load import load_policy
from auditor.policy.model import Policy
from auditor.policy.model_profile import example_repo_id, modality_of
from auditor.sources.hub import HubOptions
from tests.fakehub import FakeHub

TODAY = date(2026, 11, 22)
SAAS_US = Deployment(
    organization={"name": "Acme", "domicile": "US"},
    fields={"mau": 5_000, "regions": ["US"], "distribution": "saas", "use_cases": ["chatbot"]},
)
SAAS_DE = Deployment(
    organization={"name": "Acme GmbH", "domicile": "DE"},
    fields={"mau": 5_000, "regions": ["EU"], "distribution": "saas", "use_cases": ["chatbot"]},
)
HUGE_US = Deployment(
    organization={"name": "Acme", "domicile": "US"},
    fields={
        "mau": 900_000_000,
        "regions": ["US"],
        "distribution": "saas",
        "use_cases": ["chatbot"],
    },
)

FLUX_DEV_CARD = """---
license: other
license_name: flux-1-dev-non-commercial-license
license_link: LICENSE.md
---
# FLUX.1 [dev]
"""


@pytest.fixture(scope="module")
def db() -> LicenseDB:
    return load_license_db()


@pytest.fixture(scope="module")
def registry() -> KnownModels:
    return load_known_models()


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy("default")


def scan_folder(tmp_path: Path, name: str, card: str, deployment: Deployment) -> ModelResult:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "README.md").write_text(f"---\n{card}\n---\n# {name}\n")
    (model,) = audit([str(folder)], AuditOptions(deployment=deployment)).models
    return model


def suggest(
    model: ModelResult,
    deployment: Deployment,
    db: LicenseDB,
    registry: KnownModels,
    policy: Policy,
    limit: int = 3,
) -> list[Alternative]:
    return suggest_alternatives(
        model,
        policy=policy,
        deployment=deployment,
        db=db,
        registry=registry,
        limit=limit,
        today=TODAY,
    )


def test_flux_dev_blocked_in_saas_suggests_flux_schnell(
    fake_hub: FakeHub, tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    fake_hub.add_repo(
        "black-forest-labs/FLUX.1-dev",
        {"README.md": FLUX_DEV_CARD, "flux1-dev.safetensors": b"\0" * 16},
    )
    options = AuditOptions(
        hub=HubOptions(endpoint=fake_hub.url, cache_dir=tmp_path / "cache"),
        deployment=SAAS_US,
        clock=lambda: datetime(2026, 11, 22, tzinfo=UTC),
    )
    (flux_dev,) = audit(["black-forest-labs/FLUX.1-dev"], options).models
    assert flux_dev.verdict is Verdict.FAIL
    assert any(f.rule == "non-commercial-license-in-commercial-use" for f in flux_dev.findings)

    found = suggest(flux_dev, SAAS_US, db, registry, policy)
    assert found, "no alternative suggested"
    first = found[0]
    assert first.repo == "black-forest-labs/flux.1-schnell"
    assert first.license_id == "Apache-2.0"
    assert first.family == "flux"
    assert first.verdict is Verdict.PASS
    assert "same family (flux)" in first.why
    assert "clears non-commercial-license-in-commercial-use" in first.why
    assert len(found) <= 3
    for other in found:
        assert other.verdict in (Verdict.PASS, Verdict.WARN)
        assert modality_of(other.pattern) == "image generation"
        assert "dev" not in other.repo  # never the blocked model itself


def test_local_model_known_only_by_its_license(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    card = "license: other\nlicense_name: flux-1-dev-non-commercial-license"
    model = scan_folder(tmp_path, "weights", card, SAAS_US)
    assert model.verdict is Verdict.FAIL
    found = suggest(model, SAAS_US, db, registry, policy)
    assert found[0].repo == "black-forest-labs/flux.1-schnell"


def test_llama_blocked_by_the_eu_clause_gets_other_vision_models(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    card = "license: llama3.2\nbase_model: meta-llama/Llama-3.2-11B-Vision-Instruct"
    model = scan_folder(tmp_path, "vision-tune", card, SAAS_DE)
    assert model.verdict is Verdict.FAIL
    found = suggest(model, SAAS_DE, db, registry, policy)
    assert found
    for item in found:
        assert modality_of(item.pattern) == "vision-language"
        assert "EU" not in str(item.why)
        assert item.license_id != "LicenseRef-llama-3.2-community"
        assert "clears territory-excludes" in item.why
    assert len({item.family for item in found}) == len(found)  # one per family first


def test_llama_above_the_user_threshold_gets_a_similar_size(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    card = "license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct"
    model = scan_folder(tmp_path, "chat-8b", card, HUGE_US)
    # the Llama 3.1 cap counts the licensee's affiliates (section 2): the group rule judges it
    assert any(f.rule == "group-mau-above-threshold" for f in model.findings)
    found = suggest(model, HUGE_US, db, registry, policy, limit=5)
    repos = [item.repo for item in found]
    assert "qwen/qwen2.5-7b" in repos  # Apache-2.0, and the size nearest to 8B
    assert all(item.family != "llama" for item in found)
    qwen = found[repos.index("qwen/qwen2.5-7b")]
    assert qwen.pattern == "qwen/qwen2.5-*"
    assert not qwen.is_pattern


def test_a_model_that_is_not_blocked_gets_no_suggestions(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    model = scan_folder(tmp_path, "fine", "license: apache-2.0", SAAS_US)
    assert model.verdict is not Verdict.FAIL
    assert suggest(model, SAAS_US, db, registry, policy) == []
    flux = scan_folder(
        tmp_path, "flux", "license: other\nlicense_name: flux-1-dev-non-commercial-license", SAAS_US
    )
    assert suggest(flux, SAAS_US, db, registry, policy, limit=0) == []


def test_deterministic(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    card = "license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct"
    model = scan_folder(tmp_path, "chat-8b", card, HUGE_US)
    runs = [suggest(model, HUGE_US, db, registry, policy, limit=5) for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    assert render_alternatives(model.ref, runs[0]) == render_alternatives(model.ref, runs[1])
    document = alternatives_to_dict(runs[0])
    assert [d["repo"] for d in document] == [a.repo for a in runs[0]]
    assert {d["verdict"] for d in document} <= {"pass", "warn"}


def test_example_repo_ids_from_patterns(registry: KnownModels) -> None:
    by_pattern = {entry.pattern: entry for entry in registry.entries}
    schnell = by_pattern["black-forest-labs/flux.1-schnell*"]
    assert example_repo_id(schnell, registry) == "black-forest-labs/flux.1-schnell"
    dev = by_pattern["black-forest-labs/flux.1-*dev*"]
    assert example_repo_id(dev, registry) is None  # a wildcard inside: no concrete id
    qwen = by_pattern["qwen/qwen2.5-*"]
    assert example_repo_id(qwen, registry) == "qwen/qwen2.5-*"  # a family prefix
    assert example_repo_id(qwen, registry, size=8) == "qwen/qwen2.5-7b"
    # 72B is governed by an earlier entry (the Qwen License): never offered as Apache-2.0
    assert example_repo_id(qwen, registry, size=70) == "qwen/qwen2.5-32b"
    exact = by_pattern["deepseek-ai/deepseek-v3"]
    assert example_repo_id(exact, registry) == "deepseek-ai/deepseek-v3"


def test_render_without_suggestions() -> None:
    assert render_alternatives("org/x", []) == (
        "No registry model passes the policy in this deployment in place of org/x.\n"
    )


def test_alternatives_keep_the_task_the_card_states(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    # a non-commercial image model, no hint in its name: the pipeline tag says what it does
    card = "license: cc-by-nc-4.0\npipeline_tag: text-to-image"
    model = scan_folder(tmp_path, "painter", card, SAAS_US)
    assert model.verdict is Verdict.FAIL
    found = suggest(model, SAAS_US, db, registry, policy)
    assert found
    for item in found:
        assert modality_of(item.pattern) == "image generation"
        assert "matched on task image generation (the card's pipeline tag text-to-image)" in (
            item.why
        )


def test_no_alternative_for_a_task_no_registry_model_does(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    card = "license: cc-by-nc-4.0\npipeline_tag: robotics"
    model = scan_folder(tmp_path, "arm-controller", card, SAAS_US)
    assert model.verdict is Verdict.FAIL
    assert suggest(model, SAAS_US, db, registry, policy) == []


def test_alternatives_stay_in_the_size_class(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    card = "license: llama3.1\nbase_model: meta-llama/Llama-3.1-70B-Instruct"
    model = scan_folder(tmp_path, "chat-70b", card, HUGE_US)
    found = suggest(model, HUGE_US, db, registry, policy, limit=5)
    assert found
    for item in found:
        assert "over 40B parameters" in item.why or "size not stated" in item.why
        assert item.repo != "qwen/qwen2.5-32b"  # 32B is another size class


def test_size_classes() -> None:
    from auditor.policy.model_profile import size_class

    assert size_class(None) is None
    assert size_class(1.5) == "under 3B parameters"
    assert size_class(8) == "3B to 15B parameters"
    assert size_class(32) == "15B to 40B parameters"
    assert size_class(70) == "over 40B parameters"


def test_a_run_judges_each_candidate_once_with_the_same_suggestions(
    tmp_path: Path, db: LicenseDB, registry: KnownModels, policy: Policy
) -> None:
    """Candidates are judged once per policy and deployment in a run: the second failing
    model reuses the verdicts, and its suggestions are those a fresh judgement gives."""
    cards = {
        "chat-8b": "license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct",
        "chat-70b": "license: llama3.1\nbase_model: meta-llama/Llama-3.1-70B-Instruct",
        "other-8b": "license: llama3\nbase_model: meta-llama/Meta-Llama-3-8B",
    }
    models = [scan_folder(tmp_path, name, card, HUGE_US) for name, card in cards.items()]
    shared = JudgedCandidates()
    judged_sizes = []
    for model in models:
        alone = suggest(model, HUGE_US, db, registry, policy, limit=5)
        reused = suggest_alternatives(
            model, policy=policy, deployment=HUGE_US, db=db, registry=registry, limit=5,
            today=TODAY, judged_before=shared,
        )  # fmt: skip
        assert reused == alone
        judged_sizes.append(len(shared))
    assert judged_sizes[0] > 0
    assert judged_sizes[2] < 3 * judged_sizes[0]  # the later models mostly reuse verdicts
    # another deployment is judged anew, not answered from the first one's verdicts
    before = len(shared)
    suggest_alternatives(
        models[0], policy=policy, deployment=SAAS_DE, db=db, registry=registry, today=TODAY,
        judged_before=shared,
    )  # fmt: skip
    assert len(shared) > before


def test_an_audit_of_many_failing_models_suggests_for_each(tmp_path: Path) -> None:
    folders = []
    for i in range(6):
        folder = tmp_path / f"tune-{i}"
        folder.mkdir()
        card = "license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct"
        (folder / "README.md").write_text(f"---\n{card}\n---\n# tune {i}\n")
        folders.append(str(folder))
    result = audit(folders, AuditOptions(deployment=HUGE_US))
    suggestions = [m.alternatives for m in result.models]
    assert all(m.verdict is Verdict.FAIL for m in result.models)
    assert suggestions[0] and all(s == suggestions[0] for s in suggestions)
