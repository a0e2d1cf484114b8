"""A training dataset built from other datasets carries their stricter terms (resolve_sources.py):
a cleaned copy of a non-commercial, research-only dataset is still that content, whatever its
cleaner's license says; a source the registry does not know, or one no stricter, changes
nothing; one it knows with no terms recorded makes the copy's content of unknown terms; chains
are read a bounded number of generations, cycles cut."""

from __future__ import annotations

from typing import cast

from auditor.knowledge.known_datasets import load_known_datasets
from auditor.model.training import TrainingDataEntry
from auditor.training.resolve import license_of_records, resolve_training_data
from auditor.training.resolve_sources import MAX_SOURCE_DEPTH, with_source_terms
from tests.training.test_resolve import LICENSES, Known, stated

REGISTRY = {
    "acme/source-nc": Known("acme/source-nc", "CC-BY-NC-4.0", "prohibited", research_only=True),
    "acme/source-sa": Known("acme/source-sa", "CC-BY-SA-4.0", "allowed", share_alike=True),
    "acme/source-open": Known("acme/source-open", "MIT", "allowed"),
    "acme/cleaned": Known(
        "acme/cleaned", "MIT", "allowed", source_datasets=("acme/source-nc", "acme/unknown")
    ),
    "acme/disputed": Known("acme/disputed", None, note="label changed; terms disputed"),
    "acme/loop-a": Known("acme/loop-a", "MIT", "allowed", source_datasets=("acme/loop-b",)),
    "acme/loop-b": Known("acme/loop-b", "MIT", "allowed", source_datasets=("acme/loop-a",)),
}


def lookup(ref: str) -> Known | None:
    return REGISTRY.get(ref.casefold())


def resolved(ref: str, **fields: object) -> TrainingDataEntry:
    entry: dict[str, object] = {
        **stated(ref),
        "resolved_by": "registry",
        "commercial_use": "allowed",
        "research_only": False,
        **fields,
    }
    return cast(TrainingDataEntry, entry)


def test_a_copy_of_a_non_commercial_research_dataset_carries_its_terms_and_names_it() -> None:
    entry = resolved("acme/cleaned", source_datasets=["acme/source-nc", "acme/unknown"])
    out = with_source_terms(entry, lookup)
    assert out["commercial_use"] == "prohibited"
    assert out["research_only"] is True
    quotes = [e["text"] for e in out["terms_evidence"]["research_only"]]
    assert quotes and quotes[0].startswith("built from acme/source-nc: CC-BY-NC-4.0")
    assert entry["commercial_use"] == "allowed"  # the entry given is not changed


def test_a_permissive_or_unknown_source_changes_nothing_and_share_alike_carries() -> None:
    open_entry = resolved("acme/x", source_datasets=["acme/source-open", "acme/not-in-registry"])
    assert with_source_terms(open_entry, lookup) == open_entry
    shared = with_source_terms(resolved("acme/y", source_datasets=["acme/source-sa"]), lookup)
    assert shared["share_alike"] is True and shared["commercial_use"] == "allowed"


def test_sources_of_sources_are_read_to_the_depth_bound_and_cycles_end() -> None:
    deep = {
        f"acme/d{i}": Known(f"acme/d{i}", "MIT", "allowed", source_datasets=(f"acme/d{i + 1}",))
        for i in range(MAX_SOURCE_DEPTH + 2)
    }
    deep[f"acme/d{MAX_SOURCE_DEPTH}"] = Known(
        f"acme/d{MAX_SOURCE_DEPTH}", "CC-BY-NC-4.0", "prohibited", research_only=True
    )
    deep[f"acme/d{MAX_SOURCE_DEPTH + 1}"] = Known(
        f"acme/d{MAX_SOURCE_DEPTH + 1}", "CC-BY-NC-4.0", "prohibited"
    )
    entry = resolved("acme/d0", source_datasets=["acme/d1"])
    out = with_source_terms(entry, lambda ref: deep.get(ref.casefold()))
    assert out["research_only"] is True  # d3: the third generation
    quote = out["terms_evidence"]["research_only"][0]["text"]
    assert quote.startswith(f"built from acme/d{MAX_SOURCE_DEPTH} via ")
    shallow = {k: v for k, v in deep.items() if k != f"acme/d{MAX_SOURCE_DEPTH}"}
    assert with_source_terms(entry, lambda ref: shallow.get(ref.casefold())) == entry
    loop = resolved("acme/loop-a", source_datasets=["acme/loop-b"])
    assert with_source_terms(loop, lookup) == loop


def test_resolution_carries_a_registry_datasets_sources() -> None:
    entries = resolve_training_data(
        [stated("acme/cleaned"), stated("acme/source-open")],
        fetch=None,
        lookup=lookup,
        license_of=lambda key: LICENSES.get(key),
    )
    by_ref = {e["ref"]: e for e in entries}
    assert by_ref["acme/cleaned"]["research_only"] is True
    assert by_ref["acme/cleaned"]["license"] == LICENSES["MIT"]  # its maker's, as stated
    assert by_ref["acme/source-open"].get("research_only") is False


def test_the_bundled_registry_reads_alpaca_cleaned_as_stanford_alpacas_content() -> None:
    from auditor.knowledge.license_db import load_license_db

    (entry,) = resolve_training_data(
        [stated("yahma/alpaca-cleaned")],
        fetch=None,
        lookup=load_known_datasets().lookup,
        license_of=license_of_records(load_license_db()),
    )
    assert entry["research_only"] is True and entry["commercial_use"] == "prohibited"
    assert "tatsu-lab/alpaca" in entry["terms_evidence"]["research_only"][0]["text"]


def test_a_copy_of_a_source_known_to_have_no_recorded_terms_is_of_unknown_terms() -> None:
    from auditor.policy.training_facts import training_facts

    entry = resolved("acme/filtered", license=LICENSES["MIT"], source_datasets=["acme/disputed"])
    out = with_source_terms(entry, lookup)
    assert out["unknown_sources"] == ["acme/disputed"]
    (quote,) = out["terms_evidence"]["unknown_sources"]
    assert "license not recorded" in quote["text"] and "terms disputed" in quote["text"]
    assert training_facts([out])["training_data.unknown_license"] == ["acme/filtered"]
    assert training_facts([entry])["training_data.unknown_license"] == []
    # A copy already known to bar commercial use is listed for that, not also as unknown.
    barred = with_source_terms(
        resolved("acme/f2", commercial_use="prohibited", source_datasets=["acme/disputed"]),
        lookup,
    )
    assert training_facts([barred])["training_data.unknown_license"] == []
    # A source the registry has never heard of still adds nothing (never guessed).
    unheard = resolved("acme/f3", license=LICENSES["MIT"], source_datasets=["acme/nobody"])
    assert with_source_terms(unheard, lookup) == unheard


def test_the_bundled_registry_reads_ultrachat_200k_as_content_of_disputed_terms() -> None:
    from auditor.knowledge.license_db import load_license_db

    (entry,) = resolve_training_data(
        [stated("HuggingFaceH4/ultrachat_200k")],
        fetch=None,
        lookup=load_known_datasets().lookup,
        license_of=license_of_records(load_license_db()),
    )
    assert entry["unknown_sources"] == ["stingning/ultrachat"]
    assert entry["license"] is not None and entry["license"]["id"] == "MIT"
