"""Multi-hop lineage offline: the lineage snapshot and names after the registry."""

from __future__ import annotations

from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import load_license_db
from auditor.knowledge.lineage_snapshot import LineageSnapshot, SnapshotEntry
from auditor.knowledge.model_families import load_model_families
from auditor.licenses.declared import identify_declared
from auditor.lineage.resolve import resolve_lineage
from auditor.model import BaseModelRef, Declared, ModelResult, Verdict

LLAMA_3 = "LicenseRef-llama-3-community"


def _model(repo_id: str, license_tag: str | None, *parents: str) -> ModelResult:
    declared = Declared(
        license=license_tag,
        base_models=tuple(BaseModelRef(p) for p in parents),
        origin="README.md front matter",
    )
    match = identify_declared(declared, load_license_db())
    return ModelResult(
        ref=repo_id,
        source=None,
        declared=declared,
        license=match,
        effective_license=match,
        license_files=(),
        findings=(),
        verdict=Verdict.PASS,
    )


def _snapshot(*entries: SnapshotEntry) -> LineageSnapshot:
    return LineageSnapshot({e.repo_id: e for e in entries}, "2026-11-01", "test")


def test_snapshot_parent_is_walked_to_its_registry_root() -> None:
    community = SnapshotEntry(
        "quill-labs/quill-8b", "apache-2.0", None, (("meta-llama/Meta-Llama-3-8B", "finetune"),)
    )
    model = _model("someone/quill-8b-tuned", "apache-2.0", "quill-labs/Quill-8B")
    lineage = resolve_lineage(
        model, db=load_license_db(), registry=load_known_models(), snapshot=_snapshot(community)
    )
    steps = [(a.ref, a.depth, a.resolved_by) for a in lineage.ancestors]
    assert steps == [
        ("quill-labs/Quill-8B", 1, "snapshot"),
        ("meta-llama/Meta-Llama-3-8B", 2, "registry"),
    ]
    assert lineage.ancestors[0].confidence < 0.9
    assert LLAMA_3 in lineage.license_ids and lineage.mismatch


def test_parent_resolvable_only_by_name() -> None:
    empty = KnownModels.of([])
    model = _model("someone/quill-tuned", "mit", "quill-labs/Quill-Llama-3-8B-Instruct")
    lineage = resolve_lineage(
        model, db=load_license_db(), registry=empty, families=load_model_families()
    )
    (parent,) = lineage.ancestors
    assert parent.resolved_by == "name" and parent.confidence == 0.6
    assert parent.license is not None and parent.license.id == LLAMA_3
    assert lineage.mismatch and not lineage.unresolved


def test_without_families_the_parent_stays_unresolved() -> None:
    model = _model("someone/quill-tuned", "mit", "quill-labs/Quill-Llama-3-8B-Instruct")
    lineage = resolve_lineage(model, db=load_license_db(), registry=KnownModels.of([]))
    assert lineage.unresolved


def test_own_name_gives_a_low_confidence_parent() -> None:
    model = _model("quill-labs/Quill-2-Llama-3-8B", "apache-2.0")
    lineage = resolve_lineage(
        model, db=load_license_db(), registry=load_known_models(), families=load_model_families()
    )
    (parent,) = lineage.ancestors
    assert parent.depth == 1 and parent.resolved_by == "name" and parent.confidence == 0.5
    assert parent.ref.startswith("Llama 3 ") and "quill-labs/Quill-2-Llama-3-8B" in parent.ref
    assert any("quill-labs/Quill-2-Llama-3-8B" in (e.text or "") for e in parent.stated)
    assert lineage.mismatch


def test_own_name_of_the_vendor_is_the_model_itself() -> None:
    model = _model("meta-llama/Llama-3.3-70B-Quill", None)
    lineage = resolve_lineage(
        model, db=load_license_db(), registry=KnownModels.of([]), families=load_model_families()
    )
    (own,) = lineage.ancestors
    assert own.depth == 0 and own.license is not None
    assert own.license.id == "LicenseRef-llama-3.3-community"


def test_own_name_not_used_when_a_parent_is_declared_or_the_snapshot_knows_it() -> None:
    db, families = load_license_db(), load_model_families()
    declared = _model("quill-labs/Quill-Llama-3-8B", "apache-2.0", "quill-labs/quill-base")
    lineage = resolve_lineage(declared, db=db, registry=load_known_models(), families=families)
    assert [a.ref for a in lineage.ancestors] == ["quill-labs/quill-base"]
    # The snapshot records the repo's parent: that parent is followed, not the name.
    known = _snapshot(
        SnapshotEntry(
            "quill-labs/quill-llama-3-8b", "apache-2.0", None, (("quill-labs/quill-base", None),)
        )
    )
    alone = _model("quill-labs/Quill-Llama-3-8B", "apache-2.0")
    lineage = resolve_lineage(
        alone, db=db, registry=load_known_models(), families=families, snapshot=known
    )
    assert [a.ref for a in lineage.ancestors] == ["quill-labs/quill-base"]


def test_a_snapshot_entry_without_parents_does_not_hide_the_name() -> None:
    # It only restates the repo's own declaration; the name still says Llama 3.
    db, families = load_license_db(), load_model_families()
    known = _snapshot(SnapshotEntry("quill-labs/quill-llama-3-8b", "apache-2.0", None, ()))
    alone = _model("quill-labs/Quill-Llama-3-8B", "apache-2.0")
    lineage = resolve_lineage(
        alone, db=db, registry=load_known_models(), families=families, snapshot=known
    )
    (named,) = lineage.ancestors
    assert named.resolved_by == "name" and named.license is not None
    assert named.license.id == "LicenseRef-llama-3-community"
    assert lineage.mismatch


def test_fetch_failure_falls_back_to_the_snapshot() -> None:
    entry = SnapshotEntry("quill-labs/quill-8b", "llama3", None, ())
    model = _model("someone/quill-8b-tuned", "apache-2.0", "quill-labs/Quill-8B")
    lineage = resolve_lineage(
        model,
        db=load_license_db(),
        registry=load_known_models(),
        fetch=lambda ref: None,
        snapshot=_snapshot(entry),
    )
    (parent,) = lineage.ancestors
    assert parent.resolved_by == "snapshot" and parent.license is not None
    assert parent.license.id == LLAMA_3
