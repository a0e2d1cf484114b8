"""The training-data rules of the presets (issue 36).

What the expectations rest on, in our words:
- CC BY-NC 4.0 (section 2(a)(1)) licenses the material for non-commercial purposes only;
  ImageNet's terms of access allow use "for non-commercial research and educational purposes"
  only; CC BY-SA 4.0 (section 3(b)) requires adapted material to be shared under the same terms.
- Whether those terms reach a model trained on the data is unsettled: training may not make the
  weights an adaptation of the data, and terms of access bind the party that accepted them. So
  `default` warns (never blocks) when such data trained a model used commercially, and `strict`,
  for a gate that accepts nothing unreviewed, blocks.
- A dataset the card evaluates on did not shape the weights: it never counts.
- Non-commercial data in a research deployment is what those licenses allow: nothing to say.
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.model import Severity
from auditor.model.training import TrainingDataEntry
from auditor.policy.training_facts import training_facts
from tests.policy.test_presets import apache_saas, blocks, run

RULES = {
    "training-data-non-commercial",
    "training-data-research-only",
    "training-data-unknown-license",
    "training-data-share-alike",
    "training-data-model-generated",
}


def entry(ref: str, role: str = "training", **more: object) -> TrainingDataEntry:
    base: dict[str, object] = {
        "ref": ref,
        "hub_id": ref if "/" in ref else None,
        "role": role,
        "method": "card-metadata",
        "confidence": 1.0,
        "stated": [{"file": "README.md", "line": 4, "text": f"- {ref}"}],
        "resolved_by": "registry",
        "license": None,
    }
    base.update(more)
    return base  # type: ignore[return-value]


NC = {"id": "CC-BY-NC-4.0", "name": "CC BY-NC 4.0", "kind": "non-commercial"}
BY_SA = {"id": "CC-BY-SA-4.0", "name": "CC BY-SA 4.0", "kind": "copyleft-oss"}
MIT = {"id": "MIT", "name": "MIT License", "kind": "permissive-oss"}


def facts_with(*entries: TrainingDataEntry, **changes: object) -> dict[str, object]:
    facts = apache_saas(**changes)
    facts.update(training_facts(entries))
    return facts


def fired(outcomes: Mapping[str, object]) -> set[str]:
    return set(outcomes) & RULES


def test_non_commercial_training_data_warns_in_commercial_use_and_blocks_under_strict() -> None:
    facts = facts_with(entry("tatsu-lab/alpaca", license=NC, commercial_use="prohibited"))
    default = run("default", facts)
    assert fired(default) == {"training-data-non-commercial"}
    warning = default["training-data-non-commercial"]
    assert warning.severity is Severity.WARN
    assert "tatsu-lab/alpaca" in warning.message
    assert "legally unsettled" in warning.message
    assert "training-data-non-commercial" in blocks(run("strict", facts))


def test_research_only_data_warns_and_blocks_under_strict() -> None:
    facts = facts_with(entry("imagenet-1k", research_only=True, commercial_use="prohibited"))
    assert {"training-data-research-only"} <= fired(run("default", facts))
    assert run("default", facts)["training-data-research-only"].severity is Severity.WARN
    assert "training-data-research-only" in blocks(run("strict", facts))


def test_a_research_deployment_may_use_non_commercial_data() -> None:
    facts = facts_with(
        entry("tatsu-lab/alpaca", license=NC, commercial_use="prohibited"),
        deployment__commercial=False,
        deployment__distribution="research",
    )
    assert fired(run("default", facts)) == set()
    assert fired(run("strict", facts)) == set()


def test_a_dataset_only_evaluated_on_never_counts() -> None:
    evaluated = entry("cais/mmlu", role="evaluation", resolved_by="stated", license=NC)
    mentioned = entry("imagenet-1k", role="mentioned", resolved_by="stated", research_only=True)
    facts = facts_with(evaluated, mentioned)
    assert fired(run("default", facts)) == set()
    assert fired(run("strict", facts)) == set()
    assert facts["training_data.count"] == 0


def test_unread_training_data_is_a_finding_not_silence() -> None:
    unread = entry("acme/private-set", resolved_by="unresolved", reason="gated", license=None)
    facts = facts_with(unread)
    outcomes = run("default", facts)
    assert fired(outcomes) == {"training-data-unknown-license"}
    assert "acme/private-set" in outcomes["training-data-unknown-license"].message
    assert "training-data-unknown-license" in blocks(run("strict", facts))


def test_permissive_data_passes_and_share_alike_is_a_note() -> None:
    assert fired(run("default", facts_with(entry("openai/gsm8k", license=MIT)))) == set()
    share = facts_with(entry("databricks/databricks-dolly-15k", license=BY_SA, share_alike=True))
    outcomes = run("default", share)
    assert fired(outcomes) == {"training-data-share-alike"}
    assert outcomes["training-data-share-alike"].severity is Severity.INFO
    assert run("strict", share)["training-data-share-alike"].severity is Severity.WARN


def test_model_generated_data_names_the_generator_and_the_provider() -> None:
    made = entry(
        "HuggingFaceH4/ultrachat_200k",
        license=MIT,
        generated_with=["gpt-3.5-turbo"],
        generated_terms=["openai"],
    )
    outcomes = run("default", facts_with(made))
    assert fired(outcomes) == {"training-data-model-generated"}
    note = outcomes["training-data-model-generated"]
    assert note.severity is Severity.INFO
    assert "gpt-3.5-turbo" in note.message and "openai" in note.message


def test_the_facts_name_each_dataset_once_and_the_strictest_kind() -> None:
    facts = training_facts(
        [
            entry("a/nc", license=NC, commercial_use="prohibited"),
            entry("b/mit", license=MIT),
            entry("c/unread", resolved_by="not-fetched", reason="offline"),
            entry("d/eval", role="evaluation", license=NC),
        ]
    )
    assert facts["training_data.datasets"] == ["a/nc", "b/mit", "c/unread"]
    assert facts["training_data.licenses"] == ["CC-BY-NC-4.0", "MIT"]
    assert facts["training_data.most_restrictive_kind"] == "non-commercial"
    assert facts["training_data.non_commercial"] == ["a/nc"]
    assert facts["training_data.unknown_license"] == ["c/unread"]
    assert facts["training_data.has_share_alike"] is False
