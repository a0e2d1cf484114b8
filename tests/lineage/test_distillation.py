"""A teacher the card says its model was distilled from, beside a declared base (distillation.py):
read in several wordings, never from a negated, compared or planned sentence, and kept in the
lineage only where the teacher's license counts distilled models as its derivatives (the Gemma
Terms §1(e), the OpenRAIL-M and DeepSeek "Derivatives of the Model"), not the Llama licenses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.knowledge.known_models import KnownModels, load_known_models
from auditor.knowledge.license_db import LicenseDB, load_license_db
from auditor.lineage.distillation import DISTILLED_TERM, RELATION, counts_distilled, teachers
from auditor.lineage.resolve import resolve_lineage
from auditor.model import Evidence, StatedParent
from tests.lineage.test_repo_parents import card, gathered, snapshot
from tests.lineage.test_resolve import make_model

TEACHER = "acme/teacher-70b"


@pytest.fixture(scope="module")
def db() -> LicenseDB:
    return load_license_db()


@pytest.fixture(scope="module")
def registry() -> KnownModels:
    return load_known_models()


@pytest.mark.parametrize(
    "sentence",
    [
        f"Tern is knowledge-distilled from {TEACHER} into 1.5B parameters.",
        f"A distillation of [{TEACHER}](https://huggingface.co/{TEACHER}) for phones.",
        f"We used {TEACHER} as the teacher and a small model as the student.",
        f"Teacher model: {TEACHER}",
        f"It is a student of {TEACHER}, trained to imitate its answers.",
        f"We distilled from the logits of {TEACHER} over 2B tokens.",
    ],
)
def test_a_distillation_sentence_names_the_teacher(sentence: str) -> None:
    (found,) = teachers(sentence, card_file="README.md", first_line=7)
    assert (found.ref, found.relation, found.evidence.line) == (TEACHER, RELATION, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        f"Unlike models distilled from {TEACHER}, this one was trained from scratch.",
        f"This model was not distilled from {TEACHER}.",
        f"You could distil from {TEACHER} too, if its license allows.",
        f"Compared with a student of {TEACHER}, ours is smaller.",
        f"Distilled from data in {TEACHER}-dataset? We fine-tuned {TEACHER} instead.",
        f"```\ndistilled from {TEACHER}\n```",
    ],
)
def test_a_negated_compared_planned_or_unrelated_sentence_names_no_teacher(sentence: str) -> None:
    assert teachers(sentence) == ()


def test_licenses_that_count_distilled_models_are_read_from_their_texts(db: LicenseDB) -> None:
    # the records state it with the defining clause (Gemma Terms §1(e), the OpenRAIL-M and
    # DeepSeek "Derivatives of the Model"); Llama's outputs are no Llama Materials
    stating = {r.id for r in db.records.values() if DISTILLED_TERM in r.terms}
    assert {"LicenseRef-gemma-terms", "LicenseRef-deepseek-model"} <= stating
    assert all(db.records[key].terms[DISTILLED_TERM].clause for key in stating)
    assert counts_distilled("LicenseRef-gemma-terms", db)
    assert not counts_distilled("LicenseRef-llama-3-community", db)
    assert not counts_distilled("Apache-2.0", db) and not counts_distilled(None, db)


def test_a_teacher_beside_a_declared_base_is_gathered_as_a_distillation_parent(
    registry: KnownModels,
) -> None:
    body = "# Tern\n\nTern is distilled from google/gemma-2-27b-it onto Qwen2.5-1.5B.\n"
    snap = snapshot(card("license: apache-2.0", "base_model: Qwen/Qwen2.5-1.5B", body=body))
    parents = gathered(snap, registry).parents
    assert [(p.ref, p.relation) for p in parents] == [("google/gemma-2-27b-it", RELATION)]
    # the declared base itself named as teacher is no second parent
    body = "# Tern\n\nTern is distilled from Qwen/Qwen2.5-1.5B.\n"
    snap = snapshot(card("license: apache-2.0", "base_model: Qwen/Qwen2.5-1.5B", body=body))
    assert gathered(snap, registry).parents == ()


def _teacher(ref: str) -> StatedParent:
    return StatedParent(ref, RELATION, "card-prose", 0.7, Evidence("README.md", 5, f"from {ref}"))


def test_a_gemma_teacher_binds_the_student_and_a_llama_teacher_does_not(
    db: LicenseDB, registry: KnownModels
) -> None:
    base = make_model(db, "someone/student", "apache-2.0", ["Qwen/Qwen2.5-1.5B"])
    gemma = resolve_lineage(
        replace(base, stated_parents=(_teacher("google/gemma-2-27b-it"),)), db=db, registry=registry
    )
    kept = [a for a in gemma.ancestors if a.relation == RELATION]
    assert [a.ref for a in kept] == ["google/gemma-2-27b-it"]
    assert gemma.mismatch
    assert any("distilled from" in f.message for f in gemma.findings)
    llama = resolve_lineage(
        replace(base, stated_parents=(_teacher("meta-llama/Meta-Llama-3-70B-Instruct"),)),
        db=db,
        registry=registry,
    )
    assert [a.ref for a in llama.ancestors] == ["Qwen/Qwen2.5-1.5B"]
    assert not llama.mismatch
    unknown = resolve_lineage(
        replace(base, stated_parents=(_teacher("nobody/unknown-teacher-9b"),)),
        db=db,
        registry=registry,
    )
    assert [a.ref for a in unknown.ancestors] == ["Qwen/Qwen2.5-1.5B"]
    assert not unknown.findings
