"""The known-models registry loads, is checked against the license database, and matches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from auditor.errors import LicenseDBError
from auditor.knowledge.known_models import (
    KnownModel,
    KnownModels,
    load_known_models,
    normalize_repo_id,
    parse_known_models,
)
from auditor.knowledge.license_db import load_license_db


def test_bundled_registry_loads_and_every_license_has_a_record() -> None:
    registry = load_known_models()
    db = load_license_db()
    assert len(registry.entries) >= 150
    assert all(db.get(entry.license) is not None for entry in registry.entries)
    assert load_known_models() is registry  # cached


@pytest.mark.parametrize(
    ("repo_id", "license_id"),
    [
        ("meta-llama/Llama-3.1-8B-Instruct", "LicenseRef-llama-3.1-community"),
        ("meta-llama/Meta-Llama-3.1-70B-Instruct", "LicenseRef-llama-3.1-community"),
        ("META-LLAMA/Meta-Llama-3-8B@main", "LicenseRef-llama-3-community"),
        ("Qwen/Qwen2.5-72B-Instruct", "LicenseRef-qwen-license"),  # before qwen2.5-*
        ("Qwen/Qwen2.5-3B", "LicenseRef-qwen-research"),
        ("Qwen/Qwen2.5-7B", "Apache-2.0"),
        ("Qwen/Qwen1.5-0.5B", "LicenseRef-qwen-tongyi-qianwen-research"),
        ("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "LicenseRef-llama-3.1-community"),
        ("NousResearch/Meta-Llama-3-8B", "LicenseRef-llama-3-community"),
        ("unsloth/llama-3-8b-bnb-4bit", "LicenseRef-llama-3-community"),
        ("unsloth/Llama-3.2-1B-Instruct", "LicenseRef-llama-3.2-community"),
        ("https://huggingface.co/google/gemma-2b", None),  # a URL is not a repo id here
    ],
)
def test_lookup_first_match_wins(repo_id: str, license_id: str | None) -> None:
    found = load_known_models().lookup(repo_id)
    assert (found.license if found else None) == license_id


@pytest.mark.parametrize("text", ["gpt2", "a/b/c", "", "/", "org/", "../x"])
def test_non_repo_ids_match_nothing(text: str) -> None:
    assert normalize_repo_id(text) is None
    assert load_known_models().lookup(text) is None


def test_negative_controls_are_not_llama() -> None:
    registry = load_known_models()
    tiny = registry.lookup("TinyLlama/TinyLlama-1.1B-Chat-v1.0")
    assert tiny is not None and tiny.license == "Apache-2.0"
    assert registry.lookup("openlm-research/open_llama_7b") is None


def test_no_entry_is_shadowed_by_an_earlier_one() -> None:
    """Each pattern's own example (every `*` as `x`) resolves to that entry: order is right."""
    registry = load_known_models()
    shadowed = [
        (entry.pattern, found.pattern)
        for entry in registry.entries
        if (found := registry.lookup(entry.pattern.replace("*", "x"))) is not None
        and found is not entry
    ]
    assert shadowed == []


def test_lookup_on_a_hand_built_registry() -> None:
    registry = KnownModels.of(
        [
            KnownModel("org/special-*", "MIT", "x"),
            KnownModel("org/*", "Apache-2.0", "x", "general"),
        ]
    )
    assert registry.lookup("Org/Special-7B") == registry.entries[0]
    assert registry.lookup("org/other") == registry.entries[1]
    assert registry.lookup("other/special-7b") is None


def test_the_prefix_index_keeps_file_order_across_prefixes() -> None:
    """Entries are tried by their literal prefix, yet the first matching entry in file order
    still wins: a shorter prefix before a longer one, a glob with no literal start between."""
    entries = [
        KnownModel("org/*-gguf", "MIT", "a"),
        KnownModel("*/base-*", "Apache-2.0", "b"),
        KnownModel("org/base-*", "Llama-3.1", "c"),
        KnownModel("org/*", "Gemma", "d"),
    ]
    registry = KnownModels.of(entries)
    assert registry.lookup("org/base-7b-gguf") == entries[0]
    assert registry.lookup("org/base-7b") == entries[1]  # before the longer `org/base-`
    assert registry.lookup("other/base-1") == entries[1]
    assert registry.lookup("org/chat") == entries[3]
    assert KnownModels.of(entries[2:]).lookup("org/base-7b") == entries[2]


def test_invalid_registry_reports_every_problem() -> None:
    data = {
        "models": [
            {"pattern": "Org/Upper", "license": "MIT", "family": "x"},
            {"pattern": "org/a", "license": "LicenseRef-no-such-license", "family": "x"},
            {"pattern": "org/b", "license": "MIT", "family": "x", "colour": "red"},
            {"pattern": "org/b", "license": "MIT", "family": "x"},
            "not a mapping",
        ]
    }
    with pytest.raises(LicenseDBError) as caught:
        parse_known_models(data, load_license_db())
    message = caught.value.message
    for part in ("lowercase", "LicenseRef-no-such-license", "colour", "duplicate", "not a mapping"):
        assert part in message


@pytest.mark.parametrize("data", [None, [], {"models": None}, {"entries": []}])
def test_registry_without_a_models_list_is_refused(data: object) -> None:
    with pytest.raises(LicenseDBError):
        parse_known_models(data, load_license_db())


def test_load_from_a_custom_path(tmp_path: Path) -> None:
    path = tmp_path / "registry.yaml"
    path.write_text(
        yaml.safe_dump({"models": [{"pattern": "org/*", "license": "MIT", "family": "x"}]})
    )
    registry = load_known_models(path)
    found = registry.lookup("org/model")
    assert found is not None and found.license == "MIT" and found.note is None
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"models": [{"pattern": "org/*", "license": "Nope"}]}))
    with pytest.raises(LicenseDBError, match="Nope"):
        load_known_models(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("models: [")
    with pytest.raises(LicenseDBError, match="cannot be read"):
        load_known_models(broken)


def _every_glob(registry: KnownModels, key: str) -> KnownModel | None:
    """The registry's rule written plainly: every glob tried in file order."""
    import fnmatch

    return next((e for e in registry.entries if fnmatch.fnmatchcase(key, e.pattern)), None)


def _ids_near_the_registry(registry: KnownModels) -> list[str]:
    """Repo ids on and around each glob: its literal prefix, the glob with wildcards filled
    in, cut short, extended, with a different org, in capitals."""
    ids = []
    for entry in registry.entries:
        filled = (
            entry.pattern.replace("*", "x-7b").replace("?", "q").replace("[", "").replace("]", "")
        )
        org, _, name = filled.partition("/")
        ids += [filled, filled[:-1], filled + "-it", f"other/{name}", filled.upper(), f"{org}/"]
        ids += [entry.pattern.split("*")[0], f"{org}/{name}@main", f" {filled}/ "]
    return ids


def test_globs_compiled_on_demand_answer_as_every_glob_tried() -> None:
    registry = load_known_models()
    fresh = KnownModels.of(registry.entries)  # nothing compiled yet
    ids = _ids_near_the_registry(registry)
    for repo_id in ids:
        key = normalize_repo_id(repo_id)
        expected = _every_glob(registry, key) if key is not None else None
        assert fresh.lookup(repo_id) is expected, repo_id


def test_a_single_lookup_compiles_few_globs() -> None:
    fresh = KnownModels.of(load_known_models().entries)
    assert fresh.lookup("meta-llama/Llama-3.1-8B-Instruct") is not None
    assert len(fresh._patterns) <= 10
