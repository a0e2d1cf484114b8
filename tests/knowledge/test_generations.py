"""Vendor families whose license changed between generations or sizes: the known-models
registry (vendor repo ids) and the family name rules (community names) give each its own."""

from __future__ import annotations

import pytest

from auditor.knowledge.known_models import load_known_models
from auditor.knowledge.model_families import load_model_families
from auditor.lineage.names import base_name

CASES = [
    # (family, vendor repo id, a community name of the same generation/size, license id)
    ("llama", "meta-llama/Llama-2-7b-hf", "quill/llama-2-7b-tuned", "LicenseRef-llama-2-community"),
    (
        "llama",
        "meta-llama/Meta-Llama-3-8B",
        "quill/llama3-8b-tuned",
        "LicenseRef-llama-3-community",
    ),
    (
        "llama",
        "meta-llama/Llama-3.1-8B",
        "quill/llama-3.1-8b-tuned",
        "LicenseRef-llama-3.1-community",
    ),
    (
        "llama",
        "meta-llama/Llama-3.2-1B",
        "quill/llama-3.2-1b-tuned",
        "LicenseRef-llama-3.2-community",
    ),
    (
        "llama",
        "meta-llama/Llama-3.3-70B-Instruct",
        "quill/llama-3.3-70b-x",
        "LicenseRef-llama-3.3-community",
    ),
    (
        "llama",
        "meta-llama/Llama-4-Scout-17B-16E",
        "quill/llama-4-scout-x",
        "LicenseRef-llama-4-community",
    ),
    ("qwen", "Qwen/Qwen2.5-72B-Instruct", "quill/qwen2.5-72b-x", "LicenseRef-qwen-license"),
    ("qwen", "Qwen/Qwen2.5-3B-Instruct", "quill/qwen2.5-3b-x", "LicenseRef-qwen-research"),
    ("qwen", "Qwen/Qwen2.5-7B-Instruct", "quill/qwen2.5-7b-x", "Apache-2.0"),
    ("qwen", "Qwen/Qwen2-72B", "quill/qwen2-72b-x", "LicenseRef-qwen-tongyi-qianwen"),
    ("qwen", "Qwen/Qwen2-7B", "quill/qwen2-7b-x", "Apache-2.0"),
    ("qwen", "Qwen/Qwen1.5-4B", "quill/qwen1.5-4b-x", "LicenseRef-qwen-tongyi-qianwen-research"),
    ("qwen", "Qwen/Qwen1.5-7B", "quill/qwen1.5-7b-x", "LicenseRef-qwen-tongyi-qianwen"),
    ("qwen", "Qwen/Qwen3-8B", "quill/qwen3-8b-x", "Apache-2.0"),
    ("mistral", "mistralai/Mistral-7B-v0.1", "quill/mistral-7b-x", "Apache-2.0"),
    ("mistral", "mistralai/Codestral-22B-v0.1", "quill/codestral-22b-x", "LicenseRef-mistral-mnpl"),
    (
        "mistral",
        "mistralai/Mistral-Large-Instruct-2407",
        "quill/mistral-large-instruct-2407-x",
        "LicenseRef-mistral-mrl",
    ),
    (
        "mistral",
        "mistralai/Mistral-Small-Instruct-2409",
        "quill/mistral-small-instruct-2409-x",
        "LicenseRef-mistral-mrl",
    ),
    (
        "mistral",
        "mistralai/Mistral-Small-24B-Instruct-2501",
        "quill/mistral-small-24b-x",
        "Apache-2.0",
    ),
    ("falcon", "tiiuae/falcon-7b", "quill/falcon-7b-x", "Apache-2.0"),
    (
        "falcon",
        "tiiuae/falcon-180B",
        "quill/falcon-180b-x",
        "LicenseRef-falcon-180b-tii-license-1.0",
    ),
    (
        "falcon",
        "tiiuae/falcon-11B",
        "quill/falcon-11b-x",
        "LicenseRef-falcon-2-11b-tii-license-1.0",
    ),
    (
        "falcon",
        "tiiuae/Falcon3-7B-Instruct",
        "quill/falcon3-7b-x",
        "LicenseRef-falcon-3-tii-license",
    ),
    ("deepseek", "deepseek-ai/DeepSeek-V2", "quill/deepseek-v2-x", "LicenseRef-deepseek-model"),
    ("deepseek", "deepseek-ai/DeepSeek-V3", "quill/deepseek-v3-x", "LicenseRef-deepseek-model"),
    ("deepseek", "deepseek-ai/DeepSeek-V3-0324", "quill/deepseek-v3-0324-x", "MIT"),
    ("deepseek", "deepseek-ai/DeepSeek-R1", "quill/deepseek-r1-x", "MIT"),
    (
        "deepseek",
        "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
        "quill/deepseek-r1-distill-llama-8b-x",
        "LicenseRef-llama-3.1-community",
    ),
    (
        "stable-diffusion",
        "CompVis/stable-diffusion-v1-4",
        "quill/stable-diffusion-v1-5-x",
        "LicenseRef-creativeml-openrail-m",
    ),
    (
        "stable-diffusion",
        "stabilityai/stable-diffusion-2-1",
        "quill/stable-diffusion-2-1-x",
        "LicenseRef-openrail-plus-plus-m",
    ),
    (
        "stable-diffusion",
        "stabilityai/stable-diffusion-3.5-large",
        "quill/sd3.5-large-x",
        "LicenseRef-stability-community",
    ),
    ("flux", "black-forest-labs/FLUX.1-schnell", "quill/flux.1-schnell-x", "Apache-2.0"),
    (
        "flux",
        "black-forest-labs/FLUX.1-dev",
        "quill/flux-dev-x",
        "LicenseRef-flux-1-dev-non-commercial",
    ),
    ("glm", "THUDM/chatglm2-6b", "quill/chatglm2-6b-x", "LicenseRef-chatglm2-6b-model"),
    ("glm", "THUDM/GLM-4-9B-0414", "quill/glm-4-9b-0414-x", "MIT"),
    (
        "stablelm",
        "stabilityai/stablelm-2-1_6b",
        "quill/stablelm-2-x",
        "LicenseRef-stability-community",
    ),
    (
        "stablelm",
        "stabilityai/stablelm-base-alpha-7b",
        "quill/stablelm-base-alpha-x",
        "CC-BY-SA-4.0",
    ),
    ("cohere", "CohereForAI/aya-101", "quill/aya-101-x", "Apache-2.0"),
    ("cohere", "CohereForAI/c4ai-command-r-v01", "quill/command-r-x", "CC-BY-NC-4.0"),
]


@pytest.mark.parametrize(("family", "vendor_repo", "community", "license_id"), CASES)
def test_each_generation_has_its_own_license(
    family: str, vendor_repo: str, community: str, license_id: str
) -> None:
    known = load_known_models().lookup(vendor_repo)
    assert known is not None and known.license == license_id
    rules = load_model_families().match(base_name(community))
    assert [r.license for r in rules] == [license_id]
    assert rules[0].family == family or family in {"llama", "deepseek"}


def test_generation_fields_name_what_an_entry_states() -> None:
    known = load_known_models().lookup("Qwen/Qwen2.5-Omni-3B")
    assert known is not None and known.generation == "Qwen2.5" and known.sizes == ("3b",)
    assert known.license == "LicenseRef-qwen-research"
