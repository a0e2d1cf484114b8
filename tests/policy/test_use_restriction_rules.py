"""The `aup-*` rules of the default preset equal the use-restriction table, and fire end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.knowledge.use_restriction_rules import (
    RestrictionRule,
    load_use_restriction_rules,
)
from auditor.model import Severity, Verdict
from auditor.policy.load import load_policy
from auditor.policy.model import AllOf, Comparison, Not, Op, Rule

USES = "deployment.use_cases"
TAGS = "terms.use_restrictions"
OVERSIGHT = "attestations.human_oversight"
# no person decides: attested false (unstated is undecided: the verdict asks for it)
NOT_OVERSEEN = Comparison(OVERSIGHT, Op.EQ, False)
OVERSEEN = Comparison(OVERSIGHT, Op.EQ, True)


def _expected_when(entry: RestrictionRule, extra: tuple[object, ...] = ()) -> AllOf:
    unless = (
        (Not(Comparison(TAGS, Op.CONTAINS_ANY, entry.unless_tags)),) if entry.unless_tags else ()
    )
    return AllOf(
        (
            Comparison(USES, Op.CONTAINS_ANY, entry.use_cases),
            Comparison(TAGS, Op.CONTAINS_ANY, entry.tags),
            *unless,
            *extra,  # type: ignore[arg-type]
        )
    )


def _expected_rules() -> dict[str, tuple[Severity, AllOf, RestrictionRule]]:
    expected: dict[str, tuple[Severity, AllOf, RestrictionRule]] = {}
    for entry in load_use_restriction_rules().rules:
        if entry.overseen_id is None or entry.with_human_oversight is None:
            expected[entry.id] = (entry.severity, _expected_when(entry), entry)
            continue
        expected[entry.id] = (entry.severity, _expected_when(entry, (NOT_OVERSEEN,)), entry)
        overseen = _expected_when(entry, (OVERSEEN,))
        expected[entry.overseen_id] = (entry.with_human_oversight, overseen, entry)
    return expected


def _aup_rules() -> dict[str, Rule]:
    return {r.id: r for r in load_policy("default").rules if r.id.startswith("aup-")}


def test_the_default_preset_has_exactly_the_tables_aup_rules() -> None:
    assert sorted(_aup_rules()) == sorted(_expected_rules())


@pytest.mark.parametrize("rule_id", sorted(_expected_rules()))
def test_each_aup_rule_equals_its_table_entry(rule_id: str) -> None:
    severity, when, entry = _expected_rules()[rule_id]
    rule = _aup_rules()[rule_id]
    assert rule.severity is severity
    assert rule.when == when
    assert rule.evidence == (TAGS,)
    assert rule.remediation and rule.remediation.strip()
    # the message names every tag the rule reads and the declared use cases
    assert all(tag in rule.message for tag in entry.tags)
    assert "{deployment.use_cases}" in rule.message


def test_presets_that_extend_default_keep_the_aup_rules() -> None:
    for name in ("strict", "eu-ai-act"):
        ids = {r.id for r in load_policy(name).rules if r.enabled}
        assert set(_expected_rules()) <= ids


# --- end to end: a folder of license texts, a manifest, the default preset ------------------


def _model(tmp_path: Path, corpus: Path, tag: str, files: dict[str, str]) -> Path:
    folder = tmp_path / tag
    folder.mkdir()
    (folder / "README.md").write_text(f"---\nlicense: {tag}\n---\n# A model\n", encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(
            (corpus / "licenses" / text).read_text(encoding="utf-8"), encoding="utf-8"
        )
    return folder


def _audit(
    tmp_path: Path, folder: Path, use_cases: str, attestations: str = ""
) -> dict[str, Severity]:
    from auditor.api import AuditOptions, audit_manifest

    manifest = tmp_path / f"manifest-{folder.name}.yaml"
    manifest.write_text(
        "version: 1\norganization: {name: Acme, domicile: US}\n"
        f"deployment:\n  mau: 1000\n  regions: [US]\n  distribution: saas\n"
        f"  use_cases: [{use_cases}]\n  data: [personal-data]\n"
        f"  attestations: {{{attestations}}}\n"
        f"models:\n  - ref: ./{folder.name}\n",
        encoding="utf-8",
    )
    options = AuditOptions(use_cache=False, suggest_alternatives=False)
    (model,) = audit_manifest(manifest, options).models
    assert model.verdict is not Verdict.ERROR
    return {f.rule: f.severity for f in model.findings if not f.waived}


GEMMA = {"LICENSE": "gemma-terms.txt", "USE_POLICY.md": "gemma-prohibited-use.txt"}
RAIL = {"LICENSE": "creativeml-openrail-m.txt"}
ADM = "aup-automated-decision-making"


@pytest.mark.parametrize(("tag", "files"), [("gemma", GEMMA), ("creativeml-openrail-m", RAIL)])
def test_cv_ranking_on_a_model_that_bans_automated_decisions_blocks(
    tmp_path: Path, corpus: Path, tag: str, files: dict[str, str]
) -> None:
    # Gemma policy 3.4 "making automated decisions in domains that affect ... employment";
    # RAIL Attachment A "fully automated decision making that adversely impacts ... legal rights"
    folder = _model(tmp_path, corpus, tag, files)
    found = _audit(tmp_path, folder, "employment")
    assert found[ADM] is Severity.BLOCK
    assert ADM + "-overseen" not in found
    # discrimination is a manner of use in the same domain: a warning, never a block
    assert found["aup-discrimination"] is Severity.WARN


@pytest.mark.parametrize(("tag", "files"), [("gemma", GEMMA), ("creativeml-openrail-m", RAIL)])
def test_a_person_deciding_lowers_it_to_a_warning(
    tmp_path: Path, corpus: Path, tag: str, files: dict[str, str]
) -> None:
    folder = _model(tmp_path, corpus, tag, files)
    found = _audit(tmp_path, folder, "employment", "human_oversight: true")
    assert ADM not in found
    assert found[ADM + "-overseen"] is Severity.WARN


@pytest.mark.parametrize(("tag", "files"), [("gemma", GEMMA), ("creativeml-openrail-m", RAIL)])
def test_a_chatbot_on_the_same_model_meets_no_use_restriction(
    tmp_path: Path, corpus: Path, tag: str, files: dict[str, str]
) -> None:
    folder = _model(tmp_path, corpus, tag, files)
    found = _audit(tmp_path, folder, "chatbot, general-assistant")
    assert not [rule for rule in found if rule.startswith("aup-")]


def test_a_deepfake_product_on_llama_warns_on_impersonation_and_disclosure(
    tmp_path: Path, corpus: Path
) -> None:
    # Llama 3.1 AUP: "impersonating another individual without consent" and "representing that
    # ... outputs are human-generated": lawful with consent and disclosure, so warnings
    files = {"LICENSE": "llama-3.1-community.txt", "USE_POLICY.md": "llama-3.1-aup.txt"}
    folder = _model(tmp_path, corpus, "llama3.1", files)
    found = _audit(tmp_path, folder, "deepfake-generation")
    assert found["aup-impersonation"] is Severity.WARN
    assert found["aup-undisclosed-ai-content"] is Severity.WARN
    assert ADM not in found  # the Llama 3.1 policy has no automated-decision clause
