"""Lineage: binding ancestors, effective license and terms, mismatch and provenance findings."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
import yaml

from auditor.errors import SourceError
from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.knowledge.model_families import load_model_families
from auditor.licenses.declared import identify_declared
from auditor.lineage.ancestors import Fetch
from auditor.lineage.effective import declared_units
from auditor.lineage.resolve import Lineage, resolve_lineage
from auditor.model import (
    BaseModelRef,
    Category,
    Declared,
    Finding,
    ModelResult,
    Severity,
    SourceInfo,
    SourceKind,
    Verdict,
)
from auditor.model.terms import as_terms
from auditor.sources.card import declared_from_card, parse_card

CARDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "cards"

# Measured by bench/lineage.py over the 106 cards (offline, registry only): 94/106 effective
# licenses right; mismatch 34 true positives, 0 false positives, 8 false negatives.
MIN_EFFECTIVE_ACCURACY = 0.88
MIN_MISMATCH_PRECISION = 1.0
MIN_MISMATCH_RECALL = 0.80
# registry only (no snapshot, no family rules): cards whose parent the registry lacks abstain
MAX_ABSTAINED = 5

LLAMA_31 = "LicenseRef-llama-3.1-community"
GEMMA = "LicenseRef-gemma-terms"


@pytest.fixture(scope="module")
def db() -> LicenseDB:
    return load_license_db()


@pytest.fixture(scope="module")
def registry() -> KnownModels:
    return load_known_models()


def make_model(
    db: LicenseDB,
    ref: str = "someone/model",
    license: str | list[str] | None = None,
    bases: Sequence[str | tuple[str, str]] = (),
    *,
    relation: str | None = None,
    license_name: str | None = None,
    terms: Mapping[str, object] | None = None,
    source: SourceInfo | None = None,
) -> ModelResult:
    """A model result as analyse() would build it from a card's front matter."""
    refs = tuple(BaseModelRef(b) if isinstance(b, str) else BaseModelRef(b[0], b[1]) for b in bases)
    declared = Declared(
        license=license,
        license_name=license_name,
        base_models=refs,
        base_model_relation=relation,
        origin="README.md front matter",
    )
    match = identify_declared(declared, db)
    return ModelResult(
        ref=ref,
        source=source,
        declared=declared,
        license=match,
        effective_license=match,
        license_files=(),
        findings=(),
        verdict=Verdict.PASS,
        terms=as_terms(terms or {}),
    )


def fake_fetch(models: Mapping[str, ModelResult], calls: list[str] | None = None) -> Fetch:
    """A fetch over a dict of repo id -> result; unknown repos cannot be fetched."""

    def fetch(ref: str) -> ModelResult | None:
        if calls is not None:
            calls.append(ref)
        return models.get(ref)

    return fetch


def rules(lineage: Lineage, category: Category | None = None) -> list[str]:
    return [f.rule for f in lineage.findings if category is None or f.category is category]


def only(findings: Sequence[Finding]) -> Finding:
    assert len(findings) == 1, findings
    return findings[0]


def test_finetune_of_llama_declared_apache_is_a_mismatch(
    db: LicenseDB, registry: KnownModels
) -> None:
    model = make_model(db, license="apache-2.0", bases=[("meta-llama/Llama-3.1-8B", "finetune")])
    lineage = resolve_lineage(model, db=db, registry=registry)
    (parent,) = lineage.ancestors
    assert (parent.depth, parent.parent, parent.relation, parent.resolved_by) == (
        1,
        None,
        "finetune",
        "registry",
    )
    assert parent.license is not None and parent.license.id == LLAMA_31
    effective = lineage.effective_license
    assert effective is not None
    assert effective.id == f"Apache-2.0 AND {LLAMA_31}"
    assert effective.kind == "open-weight-restricted"
    assert effective.hf == "llama3.1"  # the tag the card should carry
    assert effective.method == "lineage"
    assert lineage.license_ids == ("Apache-2.0", LLAMA_31)
    finding = only([f for f in lineage.findings if f.category is Category.MISMATCH])
    assert finding.rule == "lineage-license-mismatch"
    assert finding.severity is Severity.WARN
    assert "a fine-tune of meta-llama/Llama-3.1-8B" in finding.message
    assert "Llama 3.1" in finding.message
    quoted = " | ".join(e.text for e in finding.evidence)
    assert "license: apache-2.0" in quoted
    assert "clause 1.b.i" in quoted  # the record's include-license obligation
    assert "license: llama3.1" in (finding.remediation or "")
    assert lineage.mismatch and not lineage.unresolved and lineage.depth == 1
    terms = lineage.effective_terms
    assert terms["commercial_use"] == "restricted"
    assert terms["mau_threshold"] == 700_000_000
    assert terms["naming_requirement"] == "Llama"
    assert terms["governing_law"] == "US-CA"
    assert terms["attribution_required"] is True
    assert "mau_threshold" in lineage.effective_term_evidence


def test_consistent_llama_finetune_is_one_license(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(db, license="llama3.1", bases=["meta-llama/Meta-Llama-3.1-8B-Instruct"])
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert lineage.effective_license is not None
    assert lineage.effective_license.id == LLAMA_31
    assert lineage.effective_license.method == "lineage"
    assert rules(lineage) == []


def test_merge_of_llama_and_gemma_is_bound_by_both(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(
        db,
        license="llama3.1",
        bases=["meta-llama/Llama-3.1-8B", "google/gemma-2-9b"],
        relation="merge",
    )
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert [a.relation for a in lineage.ancestors] == ["merge", "merge"]
    effective = lineage.effective_license
    assert effective is not None and effective.id is not None
    assert set(lineage.license_ids) == {LLAMA_31, GEMMA}
    assert " AND " in effective.id and effective.kind == "open-weight-restricted"
    # Llama is declared; Gemma is dropped.
    finding = only([f for f in lineage.findings if f.category is Category.MISMATCH])
    assert "google/gemma-2-9b" in finding.message and "a merge including" in finding.message
    terms = lineage.effective_terms
    assert terms["downstream_propagation"] is True  # Gemma's
    assert terms["naming_requirement"] == "Llama"  # the own license states none; Llama does
    uses = terms["use_restrictions"]
    assert isinstance(uses, list) and "illegal-activity" in uses
    assert len(lineage.effective_term_evidence["downstream_propagation"]) >= 1


def test_merge_declaring_both_has_no_mismatch(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(
        db,
        license=["llama3.1", "gemma"],
        bases=["meta-llama/Llama-3.1-8B", "google/gemma-2-9b"],
        relation="merge",
    )
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert rules(lineage, Category.MISMATCH) == []


@pytest.mark.parametrize("declared", ["mit", "apache-2.0", "cc-by-nc-4.0", "llama3.1"])
def test_a_permissive_base_binds_nothing(
    db: LicenseDB, registry: KnownModels, declared: str
) -> None:
    model = make_model(db, license=declared, bases=["Qwen/Qwen2.5-7B"])
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert rules(lineage) == []
    assert lineage.effective_license == model.license  # nothing inherited
    assert lineage.ancestors[0].resolved_by == "registry"


def test_mit_on_permissive_base_keeps_apache_duties_in_terms(
    db: LicenseDB, registry: KnownModels
) -> None:
    model = make_model(db, license="mit", bases=["Qwen/Qwen2.5-7B"])
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert lineage.effective_terms["commercial_use"] == "allowed"
    assert lineage.effective_terms["patent_termination"] is True  # from the Apache base


def test_copyleft_base_binds(db: LicenseDB) -> None:
    registry = KnownModels.of([])
    base = make_model(db, "org/base", license="cc-by-sa-4.0")
    model = make_model(db, license="mit", bases=["org/base"])
    lineage = resolve_lineage(model, db=db, registry=registry, fetch=fake_fetch({"org/base": base}))
    assert rules(lineage, Category.MISMATCH) == ["lineage-license-mismatch"]


def test_missing_license_on_a_llama_quant(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(db, bases=[("meta-llama/Llama-3.2-1B-Instruct", "quantized")])
    lineage = resolve_lineage(model, db=db, registry=registry)
    finding = only([f for f in lineage.findings if f.category is Category.MISMATCH])
    assert "declares no license" in finding.message
    assert lineage.effective_license is not None
    assert lineage.effective_license.hf == "llama3.2"


def test_missing_license_on_a_permissive_base_inherits_it(
    db: LicenseDB, registry: KnownModels
) -> None:
    model = make_model(db, license="unknown", bases=["mistralai/Mistral-7B-Instruct-v0.3"])
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert rules(lineage) == ["lineage-license-mismatch"]
    assert lineage.effective_license is not None
    assert lineage.effective_license.id == "Apache-2.0"


def test_license_other_matches_a_base_without_a_hub_tag(
    db: LicenseDB, registry: KnownModels
) -> None:
    flux = make_model(db, license="other", bases=[("black-forest-labs/FLUX.1-dev", "adapter")])
    lineage = resolve_lineage(flux, db=db, registry=registry)
    assert rules(lineage) == []
    assert lineage.effective_license is not None
    assert lineage.effective_license.id == "LicenseRef-flux-1-dev-non-commercial"
    assert lineage.effective_license.hf is None  # "other" on the Hub
    llama = make_model(db, license="other", bases=["meta-llama/Meta-Llama-3.1-8B-Instruct"])
    lineage = resolve_lineage(llama, db=db, registry=registry)
    assert rules(lineage) == ["lineage-license-mismatch"]  # llama3.1 has its own tag


def test_mit_on_flux_dev_adapter_is_a_mismatch(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(db, license="mit", bases=[("black-forest-labs/FLUX.1-dev", "adapter")])
    lineage = resolve_lineage(model, db=db, registry=registry)
    finding = only(lineage.findings)
    assert "an adapter on black-forest-labs/FLUX.1-dev" in finding.message
    assert lineage.effective_license is not None
    assert lineage.effective_license.kind == "non-commercial"
    assert lineage.effective_terms["commercial_use"] == "prohibited"


def test_relation_of_each_ref_wins_over_the_cards(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(
        db,
        license="gemma",
        bases=[("google/gemma-2-9b-it", "quantized"), "google/gemma-2-2b"],
        relation="finetune",
    )
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert [a.relation for a in lineage.ancestors] == ["quantized", "finetune"]
    assert rules(lineage) == []


def test_family_tag_names_no_license(db: LicenseDB, registry: KnownModels) -> None:
    lineage = resolve_lineage(make_model(db, license="cc"), db=db, registry=registry)
    assert "names no specific license" in only(lineage.findings).message


def test_the_models_own_repo_in_the_registry(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(db, "tiiuae/falcon-11B", license="unknown")
    lineage = resolve_lineage(model, db=db, registry=registry)
    (own,) = lineage.ancestors
    assert (own.depth, own.resolved_by, own.parent) == (0, "registry", None)
    assert lineage.effective_license is not None
    assert lineage.effective_license.id == "LicenseRef-falcon-2-11b-tii-license-1.0"
    assert lineage.mismatch and lineage.depth == 0
    mirror = make_model(db, "NousResearch/Llama-2-7b-chat-hf")
    effective = resolve_lineage(mirror, db=db, registry=registry).effective_license
    assert effective is not None and effective.hf == "llama2"


def test_a_local_model_is_not_looked_up_by_its_path(db: LicenseDB, registry: KnownModels) -> None:
    local = SourceInfo(SourceKind.LOCAL, None, None, None, None, None)
    model = make_model(db, "google/gemma-2b", license="mit", source=local)
    assert resolve_lineage(model, db=db, registry=registry).ancestors == ()
    hub = SourceInfo(SourceKind.HUB, "google/gemma-2b", "main", None, None, None)
    model = make_model(db, "google/gemma-2b@main", license="mit", source=hub)
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert [a.ref for a in lineage.ancestors] == ["google/gemma-2b"]
    assert lineage.mismatch


def test_unresolved_parent_offline(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(db, license="apache-2.0", bases=["someone/private-base"])
    lineage = resolve_lineage(model, db=db, registry=registry)
    (parent,) = lineage.ancestors
    assert (parent.resolved_by, parent.license) == ("unresolved", None)
    finding = only(lineage.findings)
    assert (finding.rule, finding.category, finding.severity) == (
        "lineage-parent-unresolved",
        Category.PROVENANCE,
        Severity.WARN,
    )
    assert "offline" in finding.message
    assert lineage.unresolved and not lineage.mismatch
    # fail closed (issue 33): the tag is not the weights' license while the base is unknown
    effective = lineage.effective_license
    assert effective is not None
    assert (effective.id, effective.kind, effective.hf) == (None, None, None)
    assert "someone/private-base" in (effective.name or "")
    assert lineage.known_license == model.license
    assert lineage.license_ids == ("Apache-2.0",)


def test_unresolved_parent_of_a_known_family(db: LicenseDB, registry: KnownModels) -> None:
    """A LoRA tagged MIT on a FLUX of a generation the knowledge does not list: the family
    has had non-commercial terms, so the MIT tag is more permissive than the family allows;
    the same tag over an unknown Phi (MIT in every generation) is no relabel."""
    families = load_model_families()
    flux = make_model(db, license="mit", bases=["black-forest-labs/FLUX.7-dev"])
    lineage = resolve_lineage(flux, db=db, registry=registry, families=families)
    assert [p.families for p in lineage.unknown] == [("flux",)]
    assert "LicenseRef-flux-1-dev-non-commercial" in lineage.stricter_family_licenses
    assert "flux family" in only(lineage.findings).message
    phi = make_model(db, license="mit", bases=["someone/phi-9-mini-tuned"])
    lineage = resolve_lineage(phi, db=db, registry=registry, families=families)
    assert [p.families for p in lineage.unknown] == [("phi",)]
    assert lineage.stricter_family_licenses == ()


def test_unfetchable_parent(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(db, license="apache-2.0", bases=["someone/gone", "someone/broken"])

    def fetch(ref: str) -> ModelResult | None:
        if ref == "someone/broken":
            raise SourceError("network down")
        return None

    lineage = resolve_lineage(model, db=db, registry=registry, fetch=fetch)
    assert [a.resolved_by for a in lineage.ancestors] == ["unresolved", "unresolved"]
    messages = [f.message for f in lineage.findings]
    assert "could not be fetched" in messages[0] and "network down" in messages[1]


def test_two_hops_through_a_fetched_parent(db: LicenseDB, registry: KnownModels) -> None:
    middle = make_model(db, "org/hermes", license="llama3", bases=["NousResearch/Meta-Llama-3-8B"])
    model = make_model(db, license="apache-2.0", bases=[("org/hermes", "merge")])
    calls: list[str] = []
    lineage = resolve_lineage(
        model, db=db, registry=registry, fetch=fake_fetch({"org/hermes": middle}, calls)
    )
    assert calls == ["org/hermes"]  # the registry answers for the root
    assert [(a.ref, a.depth, a.parent, a.resolved_by) for a in lineage.ancestors] == [
        ("org/hermes", 1, None, "declared"),
        ("NousResearch/Meta-Llama-3-8B", 2, "org/hermes", "registry"),
    ]
    assert lineage.depth == 2
    assert lineage.effective_license is not None
    assert lineage.effective_license.hf == "llama3"
    finding = only(lineage.findings)
    assert "a merge including org/hermes" in finding.message


def test_a_diamond_fetches_each_repo_once(db: LicenseDB) -> None:
    base = make_model(db, "org/base", license="cc-by-nc-4.0")
    left = make_model(db, "org/left", license="cc-by-nc-4.0", bases=["org/base"])
    right = make_model(db, "org/right", license="cc-by-nc-4.0", bases=["org/base"])
    model = make_model(db, license="cc-by-nc-4.0", bases=["org/left", "org/right"])
    calls: list[str] = []
    fetch = fake_fetch({"org/base": base, "org/left": left, "org/right": right}, calls)
    lineage = resolve_lineage(model, db=db, registry=KnownModels.of([]), fetch=fetch)
    assert sorted(calls) == ["org/base", "org/left", "org/right"]
    assert rules(lineage) == []
    assert lineage.effective_license is not None
    assert lineage.effective_license.id == "CC-BY-NC-4.0"


def test_cycle_stops_with_a_finding(db: LicenseDB) -> None:
    a = make_model(db, "org/a", license="mit", bases=["org/b"])
    b = make_model(db, "org/b", license="mit", bases=["ORG/A"])
    lineage = resolve_lineage(
        a, db=db, registry=KnownModels.of([]), fetch=fake_fetch({"org/a": a, "org/b": b})
    )
    assert [(x.ref, x.depth, x.resolved_by) for x in lineage.ancestors] == [
        ("org/b", 1, "declared"),
        ("ORG/A", 2, "cycle"),
    ]
    assert rules(lineage) == ["lineage-cycle"]
    assert "org/a -> org/b -> org/a" in lineage.findings[0].message


def test_cycle_among_ancestors(db: LicenseDB) -> None:
    b = make_model(db, "org/b", license="mit", bases=["org/c"])
    c = make_model(db, "org/c", license="mit", bases=["org/b"])
    model = make_model(db, "org/m", license="mit", bases=["org/b"])
    lineage = resolve_lineage(
        model, db=db, registry=KnownModels.of([]), fetch=fake_fetch({"org/b": b, "org/c": c})
    )
    assert [x.resolved_by for x in lineage.ancestors] == ["declared", "declared", "cycle"]
    assert rules(lineage) == ["lineage-cycle"]


def test_depth_limit_stops_with_a_finding(db: LicenseDB) -> None:
    chain = {
        f"org/m{i}": make_model(db, f"org/m{i}", license="mit", bases=[f"org/m{i + 1}"])
        for i in range(1, 30)
    }
    model = make_model(db, "org/m0", license="mit", bases=["org/m1"])
    calls: list[str] = []
    lineage = resolve_lineage(
        model, db=db, registry=KnownModels.of([]), fetch=fake_fetch(chain, calls), max_depth=3
    )
    assert [a.depth for a in lineage.ancestors] == [1, 2, 3, 4]
    assert lineage.ancestors[-1].resolved_by == "depth-limit"
    assert lineage.ancestors[-1].parent == "org/m3"
    assert calls == ["org/m1", "org/m2", "org/m3"]
    assert rules(lineage) == ["lineage-depth-limit"]
    assert lineage.unresolved and lineage.depth == 3


def test_own_governing_law_wins_over_the_roots(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(
        db,
        license="apache-2.0",
        bases=["meta-llama/Llama-3.1-8B"],
        terms={"kind": "permissive-oss", "governing_law": "DE", "mau_threshold": 5_000},
    )
    terms = resolve_lineage(model, db=db, registry=registry).effective_terms
    assert terms["governing_law"] == "DE"
    assert terms["mau_threshold"] == 5_000  # the lowest
    assert terms["kind"] == "open-weight-restricted"  # the most restrictive


def test_to_json(db: LicenseDB, registry: KnownModels) -> None:
    model = make_model(db, license="gemma", bases=[("google/gemma-2b", "adapter"), "x/y"])
    assert resolve_lineage(model, db=db, registry=registry).to_json() == [
        {
            "ref": "google/gemma-2b",
            "relation": "adapter",
            "depth": 1,
            "parent": None,
            "license": {
                "id": GEMMA,
                "name": "Gemma Terms of Use",
                "kind": "open-weight-restricted",
            },
            "resolved_by": "registry",
        },
        {
            "ref": "x/y",
            "relation": None,
            "depth": 1,
            "parent": None,
            "license": None,
            "resolved_by": "unresolved",
        },
    ]


def test_no_license_and_no_parents(db: LicenseDB, registry: KnownModels) -> None:
    lineage = resolve_lineage(make_model(db), db=db, registry=registry)
    assert lineage.effective_license is None and lineage.effective_terms == {}
    # nothing declared and no parent: the license rules report the missing license; a
    # mismatch needs a license on one side (issue 33)
    assert lineage.findings == ()


def test_no_license_and_an_unknown_parent_is_no_mismatch(
    db: LicenseDB, registry: KnownModels
) -> None:
    model = make_model(db, bases=["someone/private-base"])
    lineage = resolve_lineage(model, db=db, registry=registry)
    assert not lineage.mismatch
    assert [f.rule for f in lineage.findings] == ["lineage-parent-unresolved"]


def test_accuracy_over_the_card_corpus(db: LicenseDB, registry: KnownModels) -> None:
    """Offline (registry only) effective license and mismatch against the corpus labels."""
    if not (CARDS / "LABELS.yaml").is_file():
        pytest.skip(f"card corpus not found at {CARDS} (../shared beside the checkout)")
    labels = {e["slug"]: e for e in yaml.safe_load((CARDS / "LABELS.yaml").read_text())}
    with (CARDS / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        repo_ids = {
            r["slug"]: r["hf_repo_id_if_known"] for r in csv.DictReader(handle, delimiter="\t")
        }
    right = tp = fp = fn = abstained = 0
    for slug, label in labels.items():
        declared = declared_from_card(parse_card((CARDS / f"{slug}.md").read_text("utf-8")))
        match = identify_declared(declared, db)
        model = ModelResult(
            ref=repo_ids.get(slug) or label.get("hf_repo_id") or slug,
            source=None,
            declared=declared,
            license=match,
            effective_license=match,
            license_files=(),
            findings=(),
            verdict=Verdict.PASS,
        )
        lineage = resolve_lineage(model, db=db, registry=registry)
        effective = lineage.effective_license
        tag = effective.hf if effective is not None and effective.hf else "other"
        # an unresolved parent makes the effective license unknown: an abstention, not an
        # answer (counted apart from right and wrong answers)
        unknown = effective is not None and effective.id is None and lineage.unresolved
        right += tag == label["effective_license_expected"]
        abstained += unknown and tag != label["effective_license_expected"]
        # the labels count a card declaring nothing as a mismatch; the license rules
        # report it (`license-missing`), lineage only when a parent's license is known
        flagged = lineage.mismatch or not declared_units(declared, db)
        tp += flagged and label["mismatch"]
        fp += flagged and not label["mismatch"]
        fn += not flagged and label["mismatch"]
    assert len(labels) >= 100
    assert (right + abstained) / len(labels) >= MIN_EFFECTIVE_ACCURACY
    assert abstained <= MAX_ABSTAINED
    assert tp / (tp + fp) >= MIN_MISMATCH_PRECISION
    assert tp / (tp + fn) >= MIN_MISMATCH_RECALL


def test_own_name_of_an_unknown_generation_is_an_unknown_parent(
    db: LicenseDB, registry: KnownModels
) -> None:
    """A community model declaring no parent, named after a Gemma generation the knowledge
    does not list: its base is a Gemma of unknown license, not a pass under its own tag. The
    family's vendor publishing a new generation is the licensor itself: no parent."""
    families = load_model_families()
    tuned = make_model(db, "someone/gemma-7-9b-tuned", license="apache-2.0")
    lineage = resolve_lineage(tuned, db=db, registry=registry, families=families)
    assert [p.families for p in lineage.unknown] == [("gemma",)]
    assert lineage.effective_license is not None and lineage.effective_license.id is None
    assert "LicenseRef-gemma-terms" in lineage.stricter_family_licenses
    assert [f.rule for f in lineage.findings] == ["lineage-parent-unresolved"]
    vendor = make_model(db, "google/gemma-7-9b", license="apache-2.0")
    lineage = resolve_lineage(vendor, db=db, registry=registry, families=families)
    assert lineage.unknown == () and lineage.findings == ()


def test_a_declared_parent_read_by_its_name_is_not_called_stated(
    db: LicenseDB, registry: KnownModels
) -> None:
    """A `base_model` resolved from its name carries how it was read, not a statement in the
    card: the mismatch must not ask to confirm a parent the metadata declares."""
    model = make_model(db, license="apache-2.0", bases=["someone/Llama-2-7B-chat-GGUF"])
    families = load_model_families()
    lineage = resolve_lineage(model, db=db, registry=registry, families=families)
    (finding,) = [f for f in lineage.findings if f.category is Category.MISMATCH]
    assert "Llama 2" in finding.message
    assert "stated in" not in finding.message
    assert "confirm" not in (finding.remediation or "")


def test_a_family_license_over_its_unknown_generation_is_no_relabel(
    db: LicenseDB, registry: KnownModels
) -> None:
    """A Llama license tag over a Llama of a generation the knowledge does not list is the
    family's own terms (the base is still unknown: a warning); Apache-2.0 over a Qwen of an
    unknown generation is more permissive than the research and Qianwen terms Qwen has had."""
    families = load_model_families()
    llama = make_model(db, license="llama3.1", bases=["someone/Llama-7-70B-tuned"])
    lineage = resolve_lineage(llama, db=db, registry=registry, families=families)
    assert lineage.unresolved and lineage.stricter_family_licenses == ()
    qwen = make_model(db, license="apache-2.0", bases=["someone/Qwen9-7B-tuned"])
    lineage = resolve_lineage(qwen, db=db, registry=registry, families=families)
    assert "LicenseRef-qwen-research" in lineage.stricter_family_licenses
