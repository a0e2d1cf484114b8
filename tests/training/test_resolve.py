"""Resolving the datasets that trained a model (training/resolve.py), with a fetch and a registry
written here: the dataset repo's own words first, the stricter reading of each term when the
registry also knows it, and every dataset that could not be read said so, with why."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.errors import SourceError
from auditor.model import Declared, LicenseFileResult, LicenseMatch, ModelResult, Verdict
from auditor.model.lineage import AncestorLicense
from auditor.model.terms import as_terms
from auditor.model.training import DataCard, TrainingDataEntry
from auditor.training.resolve import resolve_training_data


@dataclass(frozen=True)
class Known:
    id: str
    license: str | None
    commercial_use: str | None = None
    research_only: bool = False
    share_alike: bool = False
    generated_with: tuple[str, ...] = ()
    generated_terms: tuple[str, ...] = ()
    source_datasets: tuple[str, ...] = ()
    personal_data: str | None = None
    source: str = "https://example.org/dataset"
    note: str | None = None


REGISTRY = {
    "imagenet-1k": Known("imagenet-1k", None, "prohibited", research_only=True),
    "tatsu-lab/alpaca": Known(
        "tatsu-lab/alpaca", "CC-BY-NC-4.0", "prohibited", generated_with=("text-davinci-003",)
    ),
}
LICENSES: dict[str, AncestorLicense] = {
    "CC-BY-NC-4.0": {"id": "CC-BY-NC-4.0", "name": "CC BY-NC 4.0", "kind": "non-commercial"},
    "MIT": {"id": "MIT", "name": "MIT License", "kind": "permissive-oss"},
}


def lookup(ref: str) -> Known | None:
    return REGISTRY.get(ref.casefold())


def stated(ref: str, role: str = "training", hub: bool = True) -> TrainingDataEntry:
    return {
        "ref": ref,
        "hub_id": ref if hub else None,
        "role": role,
        "method": "card-metadata",
        "confidence": 1.0,
        "stated": [{"file": "README.md", "line": 3, "text": f"- {ref}"}],
        "resolved_by": "stated",
    }


def dataset_result(ref: str, license_id: str | None, card: DataCard | None) -> ModelResult:
    match = None
    if license_id is not None:
        kind = LICENSES[license_id]["kind"]
        name = LICENSES[license_id]["name"]
        match = LicenseMatch(license_id, name, license_id, None, None, kind, 1.0, "declared")  # type: ignore[arg-type]
    commercial = {"MIT": "allowed", "CC-BY-NC-4.0": "prohibited"}.get(license_id or "")
    return ModelResult(
        ref=f"hf-dataset:{ref}",
        source=None,
        declared=Declared(license=license_id.lower() if license_id else None),
        license=match,
        effective_license=match,
        license_files=(LicenseFileResult("LICENSE", None, license_id, 1.0),),
        findings=(),
        verdict=Verdict.PASS,
        terms=as_terms({"commercial_use": commercial} if commercial else {}),
        data_card=card,
    )


def card(**changes: object) -> DataCard:
    base: dict[str, object] = {
        "research_only": False,
        "share_alike": False,
        "generated_with": [],
        "generated_terms": [],
        "personal_data": None,
        "source_datasets": [],
        "terms_evidence": {},
    }
    base.update(changes)
    return base  # type: ignore[return-value]


def resolve(
    entries: list[TrainingDataEntry], fetch: object = None, **kw: object
) -> list[TrainingDataEntry]:
    return list(
        resolve_training_data(
            entries,
            fetch=fetch,  # type: ignore[arg-type]
            lookup=lookup,
            license_of=LICENSES.get,
            **kw,  # type: ignore[arg-type]
        )
    )


def test_a_hub_dataset_is_read_from_its_repo_with_its_card() -> None:
    asked: list[str] = []

    def fetch(ref: str) -> ModelResult:
        asked.append(ref)
        made = card(generated_with=["GPT-4"], generated_terms=["openai"])
        return dataset_result(ref, "MIT", made)

    [entry] = resolve([stated("acme/chats")], fetch)
    assert asked == ["acme/chats"]
    assert entry["resolved_by"] == "hub"
    license_ = entry.get("license")
    assert license_ is not None and license_["id"] == "MIT"
    assert entry.get("commercial_use") == "allowed"
    assert entry.get("generated_terms") == ["openai"]
    assert entry.get("license_evidence")


def test_the_stricter_of_the_repo_and_the_record_wins() -> None:
    # the repo relabelled MIT; the registry records the authors' CC BY-NC 4.0 and the generator
    def fetch(ref: str) -> ModelResult:
        return dataset_result(ref, "MIT", card())

    [entry] = resolve([stated("tatsu-lab/alpaca")], fetch)
    assert entry["resolved_by"] == "hub"
    assert entry.get("commercial_use") == "prohibited"
    assert entry.get("generated_with") == ["text-davinci-003"]


def test_evaluation_datasets_are_never_read() -> None:
    def fetch(ref: str) -> ModelResult:
        raise AssertionError("an evaluation dataset must not be fetched")

    [entry] = resolve([stated("cais/mmlu", role="evaluation")], fetch)
    assert entry["resolved_by"] == "stated"


def test_without_the_hub_the_registry_answers_and_the_rest_is_not_fetched_with_why() -> None:
    known, unknown, bare = resolve(
        [stated("imagenet-1k", hub=False), stated("acme/private"), stated("mystery", hub=False)],
        None,
        offline_reason="read from local files",
    )
    assert known["resolved_by"] == "registry" and known.get("research_only") is True
    assert unknown["resolved_by"] == "not-fetched"
    assert unknown.get("reason") == "read from local files"
    assert bare["resolved_by"] == "not-fetched"
    assert "without a Hub id" in (bare.get("reason") or "")


def test_an_unreadable_repo_is_unresolved_with_the_reason() -> None:
    def fetch(ref: str) -> ModelResult:
        raise SourceError(f"{ref} is gated and the token has no access")

    [entry] = resolve([stated("acme/gated")], fetch)
    assert entry["resolved_by"] == "unresolved"
    assert "gated" in (entry.get("reason") or "")
    assert entry.get("license") is None


def test_the_per_model_bound_leaves_the_rest_not_fetched() -> None:
    def fetch(ref: str) -> ModelResult:
        return dataset_result(ref, "MIT", card())

    entries = resolve([stated(f"acme/set-{i}") for i in range(5)], fetch, limit=3)
    assert [e["resolved_by"] for e in entries] == ["hub"] * 3 + ["not-fetched"] * 2
    assert "bound" in (entries[-1].get("reason") or "")
