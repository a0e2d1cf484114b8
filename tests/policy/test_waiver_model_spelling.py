"""A waiver names its model in any spelling of the same reference, and no other model.

Written after the s22 policy probes: a waiver for `./model/` or `model` did not hold for the
manifest's `./model` (the same folder beside the manifest), nor one for `Meta-Llama/...` for
`meta-llama/...` (the Hub's repo ids are case-insensitive), so a recorded exception left a
lawful deployment blocked. Twins: another folder, another repo, a name that only starts the same.
"""

from __future__ import annotations

from datetime import date

import pytest

from auditor.model.deployment import Waiver
from auditor.policy.waivers import waiver_matches_model


def _waiver(model: str, revision: str | None = None) -> Waiver:
    return Waiver(
        rule="non-commercial-license-in-commercial-use",
        model=model,
        reason="commercial licence from the authors",
        approved_by="legal@example.com",
        expires=date(2027, 4, 30),
        revision=revision,
    )


@pytest.mark.parametrize(
    ("named", "ref"),
    [
        ("./model", "./model"),
        ("./model/", "./model"),
        ("model", "./model"),
        ("model/", "./model"),
        ("./sub/../model", "./model"),
        ("./models/tagger", "models/tagger/"),
        ("../shared/model", "../shared/./model"),
        ("./weights/model.Q4_K_M.gguf", "weights/model.Q4_K_M.gguf"),
        ("meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct@" + "a" * 40),
        ("meta-llama/llama-3.1-8b-instruct", "meta-llama/Llama-3.1-8B-Instruct"),
        ("Meta-Llama/Llama-3.1-8B-Instruct", "hf:meta-llama/Llama-3.1-8B-Instruct@main"),
        ("hf:Qwen/Qwen2.5-7B-Instruct", "qwen/qwen2.5-7b-instruct"),
    ],
)
def test_a_spelling_of_the_same_model_matches(named: str, ref: str) -> None:
    assert waiver_matches_model(_waiver(named), ref, None)


@pytest.mark.parametrize(
    ("named", "ref"),
    [
        ("./model-v2", "./model"),
        ("./other/model", "./model"),
        ("model", "./models"),
        ("./model", "../model"),
        ("meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B-Instruct"),
        ("meta-llama/Llama-3.1-8B-Instruct-v2", "meta-llama/Llama-3.1-8B-Instruct"),
        ("acme/llama-3.1-8b-instruct", "meta-llama/Llama-3.1-8B-Instruct"),
        ("api:openai_api/gpt-5.4-mini", "api:openai_api/gpt-5.4"),
    ],
)
def test_another_model_does_not_match(named: str, ref: str) -> None:
    assert not waiver_matches_model(_waiver(named), ref, None)


def test_a_revision_still_binds_a_respelt_waiver() -> None:
    ref = "Org/Name@" + "b" * 40
    assert waiver_matches_model(_waiver("org/name", revision="b" * 40), ref, None)
    assert not waiver_matches_model(_waiver("org/name", revision="c" * 40), ref, None)
    assert not waiver_matches_model(_waiver("./model/", revision="c" * 40), "./model", None)
