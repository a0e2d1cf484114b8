"""The known-datasets registry loads, validates, names licenses the license database knows, keeps
its names apart, and answers Hub ids, bare names and model names."""

from __future__ import annotations

import pytest

from auditor.errors import LicenseDBError
from auditor.knowledge.known_datasets import (
    dataset_key,
    load_known_datasets,
    lookup,
    parse_known_datasets,
)
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.text.reference_index import load_reference_index
from auditor.model.training import PERSONAL_DATA
from tests.conftest import ROOT


def test_bundled_registry_loads_with_sources_and_dates() -> None:
    registry = load_known_datasets()
    assert len(registry.entries) >= 40
    assert registry.as_of == "2026-11-26"
    for entry in registry.entries:
        assert entry.source.startswith("https://"), entry.id
        assert len(entry.as_of) == 10, entry.id
        assert entry.personal_data in (None, *PERSONAL_DATA), entry.id
    assert load_known_datasets() is registry  # cached


def test_every_license_id_resolves_in_the_license_database() -> None:
    db = load_license_db()
    scancode = {ref.license_id for ref in load_reference_index().references}
    for entry in load_known_datasets().entries:
        if entry.license is None:
            continue
        assert entry.license_in_records == (db.get(entry.license) is not None), entry.id
        assert entry.license_in_records or entry.license in scancode, entry.id


def test_names_do_not_collide() -> None:
    seen: dict[str, str] = {}
    for entry in load_known_datasets().entries:
        for name in (entry.id, *entry.aliases):
            key = dataset_key(name)
            assert seen.setdefault(key, entry.id) == entry.id, (name, seen[key], entry.id)


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("tatsu-lab/alpaca", "tatsu-lab/alpaca"),
        ("Tatsu-Lab/Alpaca@main", "tatsu-lab/alpaca"),
        ("https://huggingface.co/datasets/allenai/c4", "allenai/c4"),
        ("datasets/HuggingFaceFW/fineweb", "HuggingFaceFW/fineweb"),
        ("alpaca", "tatsu-lab/alpaca"),
        ("The Pile", "EleutherAI/pile"),
        ("ImageNet", "ILSVRC/imagenet-1k"),
        ("MS COCO", "coco"),
        ("mozilla-foundation/common_voice_17_0", "mozilla-foundation/common_voice"),
        ("ShareGPT", "anon8231489123/ShareGPT_Vicuna_unfiltered"),
        ("some-org/unknown-data", None),
        ("", None),
    ],
)
def test_lookup(ref: str, expected: str | None) -> None:
    entry = lookup(ref)
    assert (entry.id if entry is not None else None) == expected


def test_published_facts() -> None:
    alpaca = lookup("tatsu-lab/alpaca")
    assert alpaca is not None
    assert (alpaca.license, alpaca.commercial_use, alpaca.research_only) == (
        "CC-BY-NC-4.0",
        "prohibited",
        True,
    )
    assert alpaca.generated_with == ("text-davinci-003",)
    assert alpaca.generated_terms == ("openai_api",)
    dolly = lookup("databricks/databricks-dolly-15k")
    assert dolly is not None and dolly.license == "CC-BY-SA-3.0" and dolly.share_alike is True
    cosmopedia = lookup("HuggingFaceTB/cosmopedia")
    assert cosmopedia is not None and cosmopedia.generated_terms == ()  # Mixtral: open weights
    pile = lookup("EleutherAI/pile")
    assert pile is not None and pile.license is None and pile.commercial_use is None  # mixed


@pytest.mark.parametrize(
    ("model", "provider"),
    [
        ("GPT-4", "openai_api"),
        ("gpt-3.5-turbo", "openai_api"),
        ("ChatGPT", "openai_api"),
        ("OpenAI's GPT-4o", "openai_api"),
        ("o1-mini", "openai_api"),
        ("text-davinci-003", "openai_api"),
        ("Claude 3 Opus", "anthropic_api"),
        ("gemini-1.5-pro", "google_gemini_api"),
        ("GPT-2", None),
        ("gpt-j-6b", None),
        ("gpt-oss-120b", None),
        ("gpt4all", None),
        ("Gemma-7B", None),
        ("Llama-3-70B", None),
        ("Mixtral-8x7B-Instruct-v0.1", None),
    ],
)
def test_generator_providers(model: str, provider: str | None) -> None:
    assert load_known_datasets().provider_for_model(model) == provider


_GOOD = """as_of: "2026-01-01"
datasets:
- id: org/one
  aliases: [one]
  license: MIT
  source: https://example.org/one
  as_of: "2026-01-01"
generators:
- provider: openai_api
  pattern: 'gpt-4.*'
"""


def test_a_small_registry_parses() -> None:
    registry = parse_known_datasets(_GOOD, load_license_db(), name="mine.yaml")
    entry = registry.lookup("ONE")
    assert entry is not None and entry.license_in_records


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_GOOD.replace("license: MIT", "license: MIT\n  colour: red"), "mine.yaml:6: unknown key"),
        (_GOOD.replace("https://example.org/one", "example.org"), "mine.yaml:6:"),
        (
            _GOOD.replace(
                "generators:",
                "- id: org/two\n  aliases: [One]\n  source: https://example.org/two\n"
                '  as_of: "2026-01-01"\ngenerators:',
            ),
            "mine.yaml:8: name 'One' of org/two is already the name of org/one (line 3)",
        ),
        (_GOOD.replace("license: MIT", "license: LicenseRef-nothing"), "mine.yaml:5: no record"),
        (_GOOD.replace("provider: openai_api", "provider: openai"), "unknown provider"),
        (_GOOD.replace("'gpt-4.*'", "'gpt-(4'"), "does not compile"),
        ("datasets: [: bad", "mine.yaml"),
    ],
)
def test_bad_registry_names_file_and_line(text: str, message: str) -> None:
    with pytest.raises(LicenseDBError) as caught:
        parse_known_datasets(text, load_license_db(), name="mine.yaml")
    assert message in caught.value.message


def test_schema_is_beside_the_registry() -> None:
    assert (ROOT / "license_db" / "known_datasets.schema.json").is_file()
