"""The license a card states for a parent lineage cannot resolve (lineage/stated_license.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.knowledge.known_models import KnownModels
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import identify_declared
from auditor.lineage.resolve import resolve_lineage
from auditor.lineage.stated_license import stated_parent_licenses
from auditor.model import BaseModelRef, Declared, Evidence, ModelResult, ParentLicense, Verdict
from auditor.policy.facts import ancestor_scope

DB = load_license_db()
PARENT = "condor-research/condor-tts-base"


def _said(body: str, *parents: str, own: str | None = None) -> list[tuple[str, str]]:
    match = identify_declared(Declared(license=own), DB) if own else None
    found = stated_parent_licenses(body, parents or (PARENT,), DB, own=match)
    return [(p.ref, p.license) for p in found]


@pytest.mark.parametrize(
    ("body", "license_id"),
    [
        ("Our fine-tune of condor-tts-base (CC BY-ND 4.0) on Scottish voices.", "CC-BY-ND-4.0"),
        (
            "A fine-tune of condor-research/condor-tts-base, released under the Llama 3.1 "
            "licence, for support chats.",
            "LicenseRef-llama-3.1-community",
        ),
        (
            "Based on [condor-tts-base](https://huggingface.co/condor-research/condor-tts-base),"
            " licensed CC BY-NC 4.0.",
            "CC-BY-NC-4.0",
        ),
        ("We adapted condor_tts_base, which is licensed under Apache 2.0.", "Apache-2.0"),
        ("The starting point, condor-tts-base (licensed under MIT), is small.", "MIT"),
        ("condor-tts-base's license is CC BY-NC-SA 4.0.", "CC-BY-NC-SA-4.0"),
        # a wrapped paragraph is one sentence
        (
            "A fine-tune of condor-tts-base,\nreleased under CC BY-NC 4.0, for narration.",
            "CC-BY-NC-4.0",
        ),
        # said of "the base model" when there is one parent
        ("## License\n\n- Base model license: CC BY-NC 4.0", "CC-BY-NC-4.0"),
        ("The original model is released under the Gemma Terms of Use.", "LicenseRef-gemma-terms"),
    ],
)
def test_a_license_stated_beside_the_parent(body: str, license_id: str) -> None:
    assert _said(body) == [(PARENT, license_id)]


@pytest.mark.parametrize(
    "body",
    [
        "Our fine-tune of condor-tts-base (English subset) on Scottish voices.",
        "condor-tts-base is not released under CC BY-NC 4.0.",
        "Unlike condor-tts-base, ours is released under CC BY-NC 4.0.",  # said of the model
        "```\ncondor-tts-base (CC BY-NC 4.0)\n```",
        "A fine-tune of condor-tts-base (our best voice yet).",
        "A fine-tune of condor-tts-base, released in 2025.",
    ],
)
def test_no_license_stated(body: str) -> None:
    assert _said(body) == []


def test_each_parent_gets_what_is_said_beside_its_own_name() -> None:
    body = "A merge of acme/vox-2b (Apache-2.0) and other/chant-1b (CC BY-NC 4.0)."
    assert _said(body, "acme/vox-2b", "other/chant-1b") == [
        ("acme/vox-2b", "Apache-2.0"),
        ("other/chant-1b", "CC-BY-NC-4.0"),
    ]
    # "the base model" is no one parent of two
    assert _said("Base model license: MIT", "acme/vox-2b", "other/chant-1b") == []


def test_a_table_row_naming_the_parent_and_a_license() -> None:
    table = (
        "| Base model | License |\n|---|---|\n| [condor-tts-base](https://hf.co/x) | CC BY-ND 4.0 |"
    )
    assert _said(table) == [(PARENT, "CC-BY-ND-4.0")]
    assert _said("| condor-tts-base | 1.2B | Apache 2.0 |") == [(PARENT, "Apache-2.0")]
    assert _said("| condor-tts-base | 1.2B | 88.1 |") == []  # no license in the row
    assert _said("| condor-tts-base | other/voice-1b | MIT |") == []  # another model's too


def test_the_own_license_said_to_be_the_base_s() -> None:
    body = "We publish the fine-tuned weights\nhere under the base's licence."
    assert _said(body, own="cc-by-nd-4.0") == [(PARENT, "CC-BY-ND-4.0")]
    same = "Released under the same license as the base model."
    assert _said(same, own="cc-by-nc-4.0") == [(PARENT, "CC-BY-NC-4.0")]
    assert _said(body) == []  # no own license to be the base's
    assert _said("Not under the base model's license: ours is MIT.", own="mit") == []


# --- lineage ------------------------------------------------------------------------------------


def _model(tag: str, *statements: ParentLicense, relation: str = "finetune") -> ModelResult:
    declared = Declared(
        license=tag,
        base_models=(BaseModelRef(PARENT),),
        base_model_relation=relation,
        origin="README.md front matter",
    )
    match = identify_declared(declared, DB)
    return ModelResult(
        ref="capercaillie/condor-tts-scottish",
        source=None,
        declared=declared,
        license=match,
        effective_license=match,
        license_files=(),
        findings=(),
        verdict=Verdict.PASS,
        parent_licenses=statements,
    )


def _stated(license_id: str) -> ParentLicense:
    quote = Evidence("README.md", 3, "Our fine-tune of condor-tts-base (CC BY-ND 4.0).")
    return ParentLicense(PARENT, license_id, quote)


def test_an_unresolved_parent_counts_with_its_stated_license() -> None:
    model = _model("mit", _stated("CC-BY-ND-4.0"))
    lineage = resolve_lineage(model, db=DB, registry=KnownModels.of([]))
    (parent,) = lineage.ancestors
    assert parent.resolved_by == "unresolved" and parent.license is None  # still unresolved
    assert parent.stated_license is not None and parent.stated_license.id == "CC-BY-ND-4.0"
    assert lineage.unresolved and lineage.effective_license is not None
    assert lineage.effective_license.id is None  # the effective license stays unknown
    assert "the card states Creative Commons" in (lineage.effective_license.name or "")
    # the known part is the strictest reading: the own license AND the stated one
    assert set(lineage.license_ids) == {"MIT", "CC-BY-ND-4.0"}
    scope = lineage.effective_terms.get("use_scope")
    assert isinstance(scope, list) and "no-adaptation-sharing" in scope
    (finding,) = [f for f in lineage.findings if f.rule == "lineage-parent-unresolved"]
    assert "the card states its license" in finding.message
    assert any(e.line == 3 for e in finding.evidence)
    (step,) = lineage.to_json()
    assert step["license"] is None and step["stated_license"]["id"] == "CC-BY-ND-4.0"
    judged = replace(model, lineage=tuple(lineage.to_json()))
    assert "no-adaptation-sharing" in ancestor_scope(judged, DB)


def test_without_a_statement_nothing_is_counted() -> None:
    model = _model("cc-by-nd-4.0")
    lineage = resolve_lineage(model, db=DB, registry=KnownModels.of([]))
    assert lineage.license_ids == ("CC-BY-ND-4.0",)
    judged = replace(model, lineage=tuple(lineage.to_json()))
    assert ancestor_scope(judged, DB) == []


def test_a_permissive_stated_license_adds_no_binding_license() -> None:
    lineage = resolve_lineage(
        _model("cc-by-nc-4.0", _stated("Apache-2.0")), db=DB, registry=KnownModels.of([])
    )
    assert lineage.license_ids == ("CC-BY-NC-4.0",)
    assert lineage.unresolved


def test_a_statement_for_a_resolved_parent_is_not_taken() -> None:
    from auditor.knowledge.known_models import load_known_models

    registry = load_known_models()
    model = _model("mit", replace(_stated("CC-BY-ND-4.0"), ref="meta-llama/Llama-3.1-8B"))
    model = replace(
        model,
        declared=replace(model.declared, base_models=(BaseModelRef("meta-llama/Llama-3.1-8B"),)),
    )
    lineage = resolve_lineage(model, db=DB, registry=registry)
    assert not lineage.unresolved
    assert "CC-BY-ND-4.0" not in lineage.license_ids
