"""A base model named only in a repository's adapter or merge configuration is a parent."""

from __future__ import annotations

from auditor.lineage.prose_configs import config_file_parents


def test_adapter_config_names_its_base() -> None:
    text = '{"peft_type": "LORA", "base_model_name_or_path": "acme-labs/quill-base-7b", "r": 8}'
    (parent,) = config_file_parents("adapter_config.json", text)
    assert (parent.ref, parent.relation) == ("acme-labs/quill-base-7b", "adapter")
    assert parent.evidence.file == "adapter_config.json"


def test_mergekit_config_names_its_ingredients() -> None:
    text = (
        "merge_method: slerp\nbase_model: acme-labs/quill-7b\nmodels:\n"
        "  - model: acme-labs/quill-7b\n  - model: heron-ai/heron-7b-chat\n"
    )
    parents = config_file_parents("mergekit_config.yml", text)
    assert {p.ref for p in parents} == {"acme-labs/quill-7b", "heron-ai/heron-7b-chat"}
    assert {p.relation for p in parents} == {"merge"}


def test_a_local_path_or_broken_json_names_nothing() -> None:
    assert config_file_parents("adapter_config.json", '{"base_model_name_or_path": "/x/y"}') == ()
    assert config_file_parents("adapter_config.json", "{not json") == ()
    assert config_file_parents("adapter_config.json", "[1, 2]") == ()
