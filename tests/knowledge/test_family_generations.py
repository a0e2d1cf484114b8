"""Family knowledge by generation (issue 33): each family's generations and the license each
had, written here from the license facts (the vendors' statements, the known-models
registry), not read from license_db/model_families.yaml; a generation newer than any known
matches no rule, whatever the older generations' licenses; the most specific rule wins
whatever the file's order."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import load_license_db
from auditor.knowledge.model_families import (
    FamilyRule,
    ModelFamilies,
    load_model_families,
    parse_model_families,
)
from auditor.lineage.names import base_name

LLAMA_2 = "LicenseRef-llama-2-community"
LLAMA_3 = "LicenseRef-llama-3-community"
LLAMA_31 = "LicenseRef-llama-3.1-community"
LLAMA_32 = "LicenseRef-llama-3.2-community"
LLAMA_33 = "LicenseRef-llama-3.3-community"
LLAMA_4 = "LicenseRef-llama-4-community"
GEMMA = "LicenseRef-gemma-terms"
DEEPSEEK = "LicenseRef-deepseek-model"
MRL = "LicenseRef-mistral-mrl"
QIANWEN = "LicenseRef-qwen-tongyi-qianwen"
QIANWEN_RESEARCH = "LicenseRef-qwen-tongyi-qianwen-research"
APACHE = "Apache-2.0"

# family -> its generations: (rule id, names of that generation, the license it had).
GENERATIONS: dict[str, list[tuple[str, tuple[str, ...], str]]] = {
    "llama": [
        ("llama-guard-4", ("meta-llama/Llama-Guard-4-12B",), LLAMA_4),
        ("llama-guard-3-vision", ("meta-llama/Llama-Guard-3-11B-Vision",), LLAMA_32),
        ("llama-guard-3-1b", ("meta-llama/Llama-Guard-3-1B",), LLAMA_32),
        ("llama-guard-3-8b", ("meta-llama/Llama-Guard-3-8B",), LLAMA_31),
        ("llama-guard-2", ("meta-llama/Meta-Llama-Guard-2-8B",), LLAMA_3),
        ("llama-4", ("quill/llama-4-scout-17b-16e-sft",), LLAMA_4),
        ("llama-3.3", ("quill/Llama-3.3-70B-Instruct-sft",), LLAMA_33),
        ("llama-3.2-vision", ("quill/Llama-3.2-11B-Vision-Instruct-sft",), LLAMA_32),
        ("llama-3.2-1b-3b", ("quill/llama-3.2-3b-sft", "quill/Llama-3.2-1B-x"), LLAMA_32),
        ("llama-3.2", ("quill/Llama-3.2-11B-Instruct-sft", "quill/llama-3.2-chat"), LLAMA_32),
        ("llama-3.1", ("quill/Meta-Llama-3.1-8B-sft",), LLAMA_31),
        ("llama-3", ("quill/llama3-8b-sft", "quill/Meta-Llama-3-70B-x"), LLAMA_3),
        ("llama-2", ("quill/llama-2-13b-chat-sft", "quill/CodeLlama-34b-Instruct-x"), LLAMA_2),
        (
            "llama-1",
            ("huggyllama/llama-13b", "quill/llama-65b-sft", "quill/Llama-1-7B-tuned"),
            "LicenseRef-llama-1-noncommercial",
        ),
        ("vicuna-v1.5", ("lmsys/vicuna-13b-v1.5",), LLAMA_2),
        (
            "vicuna-v1",
            ("lmsys/vicuna-7b-v1.3", "eachadea/vicuna-7b-1.1"),
            "LicenseRef-llama-1-noncommercial",
        ),
    ],
    "tinyllama": [("tinyllama", ("TinyLlama/TinyLlama-1.1B-Chat-v1.0",), APACHE)],
    "gemma": [
        ("gemma-scope", ("google/gemma-scope-9b-pt-res",), "CC-BY-4.0"),
        (
            "gemma-4",
            ("google/gemma-4-E4B-it", "quill/gemma-4-31b-sft", "quill/gemma4-e2b-x"),
            APACHE,
        ),
        ("gemma-3", ("google/gemma-3-27b-it", "google/gemma-3n-E4B-it"), GEMMA),
        ("gemma-2", ("google/gemma-2-9b-it",), GEMMA),
        ("gemma-1", ("google/gemma-7b", "google/gemma-1.1-2b-it"), GEMMA),
        (
            "gemma-variants",
            (
                "google/codegemma-7b-it",
                "google/paligemma-3b-mix-448",
                "google/paligemma2-10b-pt-448",
                "google/recurrentgemma-9b",
                "google/shieldgemma-2b",
                "google/shieldgemma-2-4b-it",
            ),
            GEMMA,
        ),
    ],
    "qwen": [
        ("qwen2.5-72b", ("Qwen/Qwen2.5-72B-Instruct",), "LicenseRef-qwen-license"),
        ("qwen2.5-3b", ("Qwen/Qwen2.5-3B",), "LicenseRef-qwen-research"),
        ("qwen2.5", ("Qwen/Qwen2.5-32B-Instruct", "quill/qwen2.5-7b-sft"), APACHE),
        ("qwen2-vl-72b", ("Qwen/Qwen2-VL-72B-Instruct",), "LicenseRef-qwen-license"),
        ("qwen2-72b", ("Qwen/Qwen2-72B-Instruct",), QIANWEN),
        ("qwen2", ("Qwen/Qwen2-1.5B", "Qwen/Qwen2-VL-7B-Instruct"), APACHE),
        (
            "qwen3",
            ("Qwen/Qwen3-30B-A3B", "Qwen/Qwen3-Next-80B-A3B-Instruct", "quill/qwen3-0.6b-x"),
            APACHE,
        ),
        ("qwen3.5", ("Qwen/Qwen3.5-397B-A17B", "quill/qwen3.5-9b-sft"), APACHE),
        ("qwq", ("Qwen/QwQ-32B",), APACHE),
        ("qvq", ("Qwen/QVQ-72B-Preview",), "LicenseRef-qwen-license"),
        ("qwen1.5-small", ("Qwen/Qwen1.5-1.8B-Chat",), QIANWEN_RESEARCH),
        ("qwen1.5", ("Qwen/Qwen1.5-72B",), QIANWEN),
        ("qwen1-1.8b", ("Qwen/Qwen-1_8B-Chat",), QIANWEN_RESEARCH),
        ("qwen1", ("Qwen/Qwen-14B",), QIANWEN),
    ],
    "deepseek": [
        ("deepseek-r1-distill-llama-8b", ("deepseek-ai/DeepSeek-R1-Distill-Llama-8B",), LLAMA_31),
        ("deepseek-r1-distill-llama-70b", ("deepseek-ai/DeepSeek-R1-Distill-Llama-70B",), LLAMA_33),
        ("deepseek-r1-distill-qwen", ("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B",), "MIT"),
        ("deepseek-r1", ("deepseek-ai/DeepSeek-R1-0528",), "MIT"),
        ("deepseek-v3-0324", ("deepseek-ai/DeepSeek-V3-0324",), "MIT"),
        (
            "deepseek-v3.x",
            ("deepseek-ai/DeepSeek-V3.1-Terminus", "deepseek-ai/DeepSeek-V3.2-Exp"),
            "MIT",
        ),
        ("deepseek-v3", ("deepseek-ai/DeepSeek-V3-Base",), DEEPSEEK),
        (
            "deepseek-v2",
            ("deepseek-ai/DeepSeek-V2.5", "deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct"),
            DEEPSEEK,
        ),
        (
            "deepseek-v1",
            (
                "deepseek-ai/deepseek-llm-67b-chat",
                "deepseek-ai/Janus-Pro-7B",
                "deepseek-ai/deepseek-vl2-small",
            ),
            DEEPSEEK,
        ),
    ],
    "mistral": [
        ("mamba-codestral", ("mistralai/Mamba-Codestral-7B-v0.1",), APACHE),
        ("codestral-22b", ("mistralai/Codestral-22B-v0.1",), "LicenseRef-mistral-mnpl"),
        ("mistral-large-2", ("mistralai/Mistral-Large-Instruct-2411",), MRL),
        ("mistral-small-2409", ("mistralai/Mistral-Small-Instruct-2409",), MRL),
        ("ministral-8b", ("mistralai/Ministral-8B-Instruct-2410",), MRL),
        ("mistral-small-3", ("mistralai/Mistral-Small-3.1-24B-Instruct-2503",), APACHE),
        (
            "mistral-apache",
            (
                "mistralai/Mixtral-8x22B-v0.1",
                "mistralai/Mistral-Nemo-Instruct-2407",
                "mistralai/Devstral-Small-2505",
            ),
            APACHE,
        ),
    ],
    "falcon": [
        ("falcon-180b", ("tiiuae/falcon-180B-chat",), "LicenseRef-falcon-180b-tii-license-1.0"),
        ("falcon-2", ("tiiuae/falcon-11B",), "LicenseRef-falcon-2-11b-tii-license-1.0"),
        (
            "falcon-3",
            ("tiiuae/Falcon3-10B-Instruct", "tiiuae/Falcon3-Mamba-7B-Base"),
            "LicenseRef-falcon-3-tii-license",
        ),
        ("falcon-1", ("tiiuae/falcon-40b-instruct",), APACHE),
    ],
    "phi": [
        ("phi-1-2", ("microsoft/phi-1_5", "microsoft/phi-2"), "MIT"),
        ("phi-3", ("microsoft/Phi-3.5-mini-instruct",), "MIT"),
        ("phi-4", ("microsoft/Phi-4-mini-instruct",), "MIT"),
    ],
    "yi": [
        ("yi-1.5", ("01-ai/Yi-1.5-34B-Chat",), APACHE),
        ("yi", ("01-ai/Yi-34B", "01-ai/Yi-Coder-9B-Chat"), APACHE),
    ],
    "stable-diffusion": [
        ("sd-1", ("runwayml/stable-diffusion-v1-5",), "LicenseRef-creativeml-openrail-m"),
        (
            "sdxl-0.9",
            ("stabilityai/stable-diffusion-xl-base-0.9",),
            "LicenseRef-stability-sdxl-0.9-research",
        ),
        ("sd-turbo", ("stabilityai/sdxl-turbo",), "LicenseRef-stability-noncommercial-research"),
        ("sdxl", ("stabilityai/stable-diffusion-xl-base-1.0",), "LicenseRef-openrail-plus-plus-m"),
        ("sd-2", ("stabilityai/stable-diffusion-2-1",), "LicenseRef-openrail-plus-plus-m"),
        ("sd-3.5", ("stabilityai/stable-diffusion-3.5-large",), "LicenseRef-stability-community"),
        ("sd-3", ("stabilityai/stable-diffusion-3-medium",), "LicenseRef-stability-community"),
    ],
    "flux": [
        ("flux-schnell", ("black-forest-labs/FLUX.1-schnell",), APACHE),
        (
            "flux-dev",
            ("black-forest-labs/FLUX.1-Kontext-dev",),
            "LicenseRef-flux-1-dev-non-commercial",
        ),
    ],
    "stablelm": [
        ("stablelm-2", ("stabilityai/stablelm-2-1_6b",), "LicenseRef-stability-community"),
        ("stablelm-tuned-alpha", ("stabilityai/stablelm-tuned-alpha-7b",), "CC-BY-NC-SA-4.0"),
        ("stablelm-base", ("stabilityai/stablelm-3b-4e1t",), "CC-BY-SA-4.0"),
    ],
    "glm": [
        ("chatglm2-6b", ("THUDM/chatglm2-6b",), "LicenseRef-chatglm2-6b-model"),
        ("chatglm-6b", ("THUDM/chatglm-6b",), "LicenseRef-chatglm-6b-model"),
        ("glm-4-0414", ("THUDM/GLM-4-32B-0414",), "MIT"),
        ("glm-4.5", ("zai-org/GLM-4.5-Air",), "MIT"),
        ("glm-4.6", ("zai-org/GLM-4.6",), "MIT"),
        ("glm-4.7", ("zai-org/GLM-4.7", "zai-org/GLM-4.7-Flash"), "MIT"),
    ],
    "starcoder": [
        ("starcoder2", ("bigcode/starcoder2-15b",), "LicenseRef-bigcode-openrail-m"),
        ("starcoder", ("bigcode/starcoderbase-7b",), "LicenseRef-bigcode-openrail-m"),
    ],
    "cohere": [
        ("aya-101", ("CohereForAI/aya-101",), APACHE),
        (
            "command-r",
            ("CohereForAI/c4ai-command-r-08-2024", "CohereLabs/aya-expanse-32b"),
            "CC-BY-NC-4.0",
        ),
    ],
    "bloom": [("bloom", ("bigscience/bloomz-7b1",), "LicenseRef-bigscience-bloom-rail-1.0")],
    "olmo": [("olmo", ("allenai/OLMo-2-1124-13B-Instruct", "allenai/OLMo-7B-0724-hf"), APACHE)],
    "granite": [
        (
            "granite",
            ("ibm-granite/granite-3.3-8b-instruct", "ibm-granite/granite-4.0-h-small"),
            APACHE,
        )
    ],
    "gpt-oss": [("gpt-oss", ("openai/gpt-oss-120b",), APACHE)],
    "databricks": [("dbrx", ("databricks/dbrx-instruct",), "LicenseRef-dbrx-open-model")],
    "kimi": [
        (
            "kimi-k2",
            ("moonshotai/Kimi-K2-Instruct-0905", "moonshotai/Kimi-K2-Thinking"),
            "LicenseRef-kimi-modified-mit",
        ),
        ("kimi-k2.5", ("moonshotai/Kimi-K2.5",), "LicenseRef-kimi-modified-mit"),
    ],
    "nvidia": [
        ("nemotron-4-340b", ("nvidia/Nemotron-4-340B-Instruct",), "LicenseRef-nvidia-open-model")
    ],
    "hunyuan": [
        (
            "hunyuan",
            ("tencent/Hunyuan-A13B-Instruct", "tencent/HunyuanVideo-I2V"),
            "LicenseRef-tencent-hunyuan-community",
        ),
    ],
}

ROWS = [
    (family, rule_id, name, license_id)
    for family, generations in GENERATIONS.items()
    for rule_id, names, license_id in generations
    for name in names
]

# Generations later than any the rules know, by a family's name: no rule, but the family.
NEWER = [
    ("google/gemma-5-9b-it", "gemma"),
    ("quill/gemma5-2b", "gemma"),
    ("google/gemma-scope-2-4b-it", "gemma"),
    ("google/codegemma-2-7b", "gemma"),
    ("google/paligemma3-3b", "gemma"),
    ("Qwen/Qwen4-7B", "qwen"),
    ("quill/qwen4-8b", "qwen"),
    ("quill/qwen3.6-30b-a3b", "qwen"),
    ("quill/llama-5-70b", "llama"),
    ("meta-llama/Llama-4.5-Scout", "llama"),
    ("quill/Meta-Llama-5-8B", "llama"),
    ("codellama/CodeLlama-2-7b", "llama"),
    ("quill/vicuna-7b-v1.7", "llama"),
    ("quill/TinyLlama-2-1.1B", "tinyllama"),
    ("black-forest-labs/FLUX.2-dev", "flux"),
    ("quill/flux.3-dev", "flux"),
    ("quill/flux2-dev-lora", "flux"),
    ("moonshotai/Kimi-K3", "kimi"),
    ("moonshotai/Kimi-K2.6", "kimi"),
    ("zai-org/GLM-5.5", "glm"),
    ("zai-org/GLM-5", "glm"),
    ("deepseek-ai/DeepSeek-V4", "deepseek"),
    ("deepseek-ai/DeepSeek-R2", "deepseek"),
    ("deepseek-ai/DeepSeek-V3.3", "deepseek"),
    ("deepseek-ai/DeepSeek-Math-V2", "deepseek"),
    ("deepseek-ai/Janus-2-7B", "deepseek"),
    ("mistralai/Mistral-Small-4-24B", "mistral"),
    ("mistralai/Devstral-Small-2-24B-Instruct-2512", "mistral"),
    ("microsoft/Phi-5-mini", "phi"),
    ("tiiuae/Falcon-4-7B", "falcon"),
    ("allenai/Olmo-3-7B", "olmo"),
    ("ibm-granite/granite-5.0-8b", "granite"),
    ("quill/starcoder-3-15b", "starcoder"),
    ("bigcode/starcoder3-15b", "starcoder"),
    ("quill/bloom-2-7b", "bloom"),
    ("databricks/dbrx-2-instruct", "databricks"),
    ("openai/gpt-oss-2-20b", "gpt-oss"),
    ("tencent/Hunyuan-2-7B", "hunyuan"),
    ("tencent/HunyuanVideo-1.5", "hunyuan"),
    ("CohereLabs/command-a-2", "cohere"),
    ("01-ai/Yi-2-34B", "yi"),
    ("stabilityai/stablelm-3-7b", "stablelm"),
    ("stabilityai/stable-diffusion-4-large", "stable-diffusion"),
    ("nvidia/Nemotron-5-340B", "nvidia"),
]

# A known generation named with sizes or variants it never had: the generation is known, the
# model is not, so no rule guesses (the license of Qwen sizes has differed within a generation).
UNKNOWN_SIZES = [
    ("quill/qwen3-7b-sft", "qwen"),
    ("Qwen/Qwen3.5-7B", "qwen"),
    ("quill/qwen2.5-quill", "qwen"),
    ("zai-org/GLM-4.6V", "glm"),
    ("zai-org/GLM-4.5V", "glm"),
    ("openai/gpt-oss-safeguard-20b", "gpt-oss"),
]


def _match(families: ModelFamilies, repo_id: str) -> list[FamilyRule]:
    return list(families.match(base_name(repo_id)))


def test_the_table_lists_every_generation_rule_and_no_other() -> None:
    rules = {rule.id: rule.family for rule in load_model_families().rules}
    listed = {rule_id: family for family, rule_id, _, _ in ROWS}
    assert rules == listed


@pytest.mark.parametrize(("family", "rule_id", "name", "license_id"), ROWS)
def test_each_generation_has_the_license_it_had(
    family: str, rule_id: str, name: str, license_id: str
) -> None:
    rules = _match(load_model_families(), name)
    assert [(r.family, r.id, r.license) for r in rules] == [(family, rule_id, license_id)]


@pytest.mark.parametrize(("name", "family"), NEWER + UNKNOWN_SIZES)
def test_a_generation_no_rule_knows_matches_no_rule_but_names_its_family(
    name: str, family: str
) -> None:
    families = load_model_families()
    assert _match(families, name) == []
    assert family in families.family_of(base_name(name))


@pytest.mark.parametrize(
    ("name", "rule_id"),
    [
        ("moonshotai/Kimi-K2.5", "kimi-k2.5"),  # not Kimi K2: the dot makes another version
        ("zai-org/GLM-4.7", "glm-4.7"),  # not GLM-4.5's rule
        ("quill/qwen3.5-27b-sft", "qwen3.5"),  # not Qwen3
        ("quill/gemma-4-e4b-it-sft", "gemma-4"),  # not Gemma's terms
        ("black-forest-labs/FLUX.2-dev", None),  # not FLUX.1 [dev]
        ("black-forest-labs/FLUX.2-klein-4B", None),
        ("quill/Llama-3.2-1B-x", "llama-3.2-1b-3b"),  # not Llama 3
        ("CohereForAI/c4ai-command-r-08-2024", "command-r"),  # a date is not a version
    ],
)
def test_names_are_read_as_tokens_not_as_globs(name: str, rule_id: str | None) -> None:
    assert [r.id for r in _match(load_model_families(), name)] == ([rule_id] if rule_id else [])


def test_gemma_4_is_apache_and_earlier_gemmas_keep_their_terms() -> None:
    families = load_model_families()
    assert [r.license for r in _match(families, "google/gemma-4-31B-it")] == [APACHE]
    assert [r.license for r in _match(families, "google/gemma-3-12b-it")] == [GEMMA]
    assert {APACHE, GEMMA, "CC-BY-4.0"} <= set(families.licenses_of("gemma"))


def test_the_result_does_not_depend_on_the_order_of_the_file() -> None:
    bundled = load_model_families()
    reordered = ModelFamilies.of(tuple(reversed(bundled.rules)), bundled.as_of, bundled.names)
    names = [name for _, _, name, _ in ROWS] + [name for name, _ in NEWER + UNKNOWN_SIZES]
    for name in names:
        forward = [(r.family, r.license) for r in _match(bundled, name)]
        assert [(r.family, r.license) for r in _match(reordered, name)] == forward, name


def _rule(rule_id: str, license_id: str, names: list[str], **extra: Any) -> dict[str, Any]:
    return {
        "id": rule_id,
        "family": "quill",
        "generation": rule_id,
        "license": license_id,
        "names": names,
        **extra,
    }


def _families(*rules: dict[str, Any], as_of: str = "2026-11") -> ModelFamilies:
    return parse_model_families({"as_of": as_of, "families": list(rules)}, load_license_db())


SIZED = _rule("quill-2-72b", "CC-BY-NC-4.0", ["quill-?2"], sizes=["72b"])
GENERAL = _rule("quill-2", "MIT", ["quill-?2"])
VISION = _rule("quill-2-vision", "Apache-2.0", ["quill-?2-vision"])


@pytest.mark.parametrize("order", [(SIZED, GENERAL, VISION), (VISION, GENERAL, SIZED)])
def test_the_most_specific_rule_wins_in_any_order(order: tuple[dict[str, Any], ...]) -> None:
    families = _families(*order)
    assert [r.id for r in families.match("quill-2-72b-chat")] == ["quill-2-72b"]  # sizes
    assert [r.id for r in families.match("quill-2-vision-7b")] == ["quill-2-vision"]  # longer
    assert [r.id for r in families.match("quill-2-7b")] == ["quill-2"]


def test_equally_specific_rules_with_different_licenses_leave_the_generation_unknown() -> None:
    families = _families(GENERAL, _rule("quill-2-other", "Apache-2.0", ["quill-2"]))
    assert families.match("quill-2-7b") == ()


def test_since_is_checked() -> None:
    with pytest.raises(LicenseDBError) as caught:
        _families(
            _rule("a", "MIT", ["quill-?1"], since="2024-13"),
            _rule("b", "MIT", ["quill-?2"], since=202405),
            _rule("c", "MIT", ["quill-?3"], since="2027-01"),
        )
    message = str(caught.value)
    assert "families[0] (a): `since` must be a 'YYYY-MM' string" in message
    assert "families[1] (b): `since` must be a 'YYYY-MM' string" in message
    assert "rule c: since 2027-01 is after the file's as_of 2026-11" in message


def test_bundled_release_months_are_ordered_within_a_line() -> None:
    """Where the table gives release months, a later generation was not released earlier."""
    since = {rule.id: rule.since for rule in load_model_families().rules}
    lines = [
        ["llama-2", "llama-3", "llama-3.1", "llama-3.2", "llama-3.3", "llama-4"],
        ["gemma-scope", "gemma-3", "gemma-4"],
        ["qwen1", "qwen2", "qwen2.5", "qwen3", "qwen3.5"],
        ["glm-4-0414", "glm-4.5", "glm-4.6", "glm-4.7"],
        ["kimi-k2.5"],
    ]
    for line in lines:
        months = [since[rule_id] for rule_id in line]
        assert all(months), line
        assert months == sorted(m for m in months if m is not None), line
