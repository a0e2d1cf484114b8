"""Every attribution and notice duty of a model, through its lineage and its training data.

What the three example models' licenses require (read from the license texts before the code
ran; examples/models/*/README.md name the licenses):

- acme-chat-llama, Llama 3.1 Community License, and its base meta-llama/Llama-3.1-8B-Instruct
  under the same license (one duty each, owed to both): 1.b.i(A) provide a copy of the
  Agreement; 1.b.i(B) display "Built with Llama"; 1.b.i a model built with Llama starts its name
  with "Llama"; 1.b.iii a "Notice" text file carrying the attribution line the clause prescribes
  (its words stay in the license: the database does not copy license prose)
- acme-embedder, Apache-2.0: 4(a) give recipients a copy of the License; 4(b) modified files
  carry notices that they were changed; 4(c) retain copyright, patent, trademark and
  attribution notices; 4(d) carry the NOTICE file's attribution notices when the work has one.
- acme-vision-research, CC BY-NC 4.0: 3(a)(1)(A) retain the creator's identification, the
  copyright notice, the license notice, the disclaimer notice and a URI to the material;
  3(a)(1)(B) indicate modifications; 3(a)(1)(C) indicate the license with its text or its URI.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.knowledge.license_db import load_license_db
from auditor.model import AuditResult, ModelResult
from auditor.model.training import TrainingDataEntry
from auditor.pipeline.license_facts import license_facts_for
from auditor.report.attribution import DUTY_KINDS, Duty, collect_attribution
from tests.conftest import ROOT
from tests.report.saved import read_lineage

EXAMPLE = ROOT / "examples" / "manifest.yaml"
LLAMA = "./models/acme-chat-llama"
BASE = "meta-llama/Llama-3.1-8B-Instruct"


@pytest.fixture(scope="module")
def example() -> AuditResult:
    return audit_manifest(EXAMPLE, AuditOptions())


def model_of(result: AuditResult, ref: str) -> ModelResult:
    (model,) = [m for m in result.models if m.ref == ref]
    return model


def listed(duties: tuple[Duty, ...]) -> set[tuple[str, str | None]]:
    return {(d.kind, d.clause) for d in duties}


def test_llama_duties_are_owed_to_the_model_and_its_base_once(example: AuditResult) -> None:
    found = collect_attribution(model_of(example, LLAMA), example.license_facts)
    assert listed(found.duties) == {
        ("include-license-text", "1.b.i"),
        ("naming", "1.b.i"),
        ("notice-file", "1.b.iii"),
    }
    assert len(found.duties) == 4  # two naming duties: the display and the name prefix
    assert all(d.owed_to == (LLAMA, BASE) for d in found.duties)
    assert all(d.license_id == "LicenseRef-llama-3.1-community" for d in found.duties)
    reproduce = {words for d in found.duties for words in d.reproduce}
    assert "Built with Llama" in reproduce
    (prefix,) = [d for d in found.duties if d.tag == "derivative-naming"]
    assert prefix.detail == 'Required name prefix: "Llama"'
    (text,) = [d for d in found.duties if d.kind == "include-license-text"]
    assert text.detail is not None and text.detail.startswith("In the model: LICENSE")
    assert not found.unknown


def test_the_notice_duty_cites_the_clause_that_prescribes_its_line(
    example: AuditResult, corpus: Path
) -> None:
    """1.b.iii prescribes a "Notice" file and the line it holds; the duty points at that clause
    (the line itself is the license's prose, which the database does not copy)."""
    text = (corpus / "licenses" / "llama-3.1-community.txt").read_text(encoding="utf-8")
    clause = text[text.index("iii. ") : text.index("iv. ")]
    quoted = re.findall(r"“([^”]+)”", clause)  # the file's name, then the notice it must hold
    assert quoted[0] == "Notice" and len(quoted) >= 2
    found = collect_attribution(model_of(example, LLAMA), example.license_facts)
    (notice,) = [d for d in found.duties if d.kind == "notice-file"]
    assert notice.clause == "1.b.iii"
    assert notice.reproduce == ()


def test_apache_duties_with_their_clauses(example: AuditResult) -> None:
    found = collect_attribution(model_of(example, "./models/acme-embedder"), example.license_facts)
    assert listed(found.duties) == {
        ("include-license-text", "4(a)"),
        ("changes-statement", "4(b)"),
        ("copyright-notice", "4(c)"),
        ("notice-file", "4(d)"),
    }
    (text,) = [d for d in found.duties if d.kind == "include-license-text"]
    assert text.detail is not None and text.detail.startswith("No license file in the model")
    assert "https://www.apache.org/licenses/LICENSE-2.0" in text.detail


def test_cc_by_credit_and_a_link_that_suffices(example: AuditResult) -> None:
    model = model_of(example, "./models/acme-vision-research")
    found = collect_attribution(model, example.license_facts)
    assert listed(found.duties) == {
        ("credit", "3(a)(1)(A)"),
        ("changes-statement", "3(a)(1)(B)"),
        ("include-license-text", "3(a)(1)(C)"),
    }
    (credit,) = [d for d in found.duties if d.kind == "credit"]
    for element in ("creator", "copyright notice", "license", "disclaimer", "URI"):
        assert element in credit.text
    (text,) = [d for d in found.duties if d.kind == "include-license-text"]
    assert text.tag == "indicate-license"
    assert (
        text.detail
        == "The text or this link: https://creativecommons.org/licenses/by-nc/4.0/legalcode"
    )


def dataset(ref: str, role: str, license_id: str | None, *, credit: bool) -> TrainingDataEntry:
    entry: TrainingDataEntry = {
        "ref": ref,
        "hub_id": ref if "/" in ref else None,
        "role": role,
        "method": "card-metadata",
        "confidence": 1.0,
        "stated": [],
        "resolved_by": "hub" if license_id else "unresolved",
        "attribution_required": credit,
    }
    if license_id is not None:
        entry["license"] = {"id": license_id, "name": None, "kind": "permissive-oss"}
        entry["revision"] = "a" * 40
    return entry


def test_training_datasets_are_owed_credit_and_evaluation_sets_are_not(
    example: AuditResult,
) -> None:
    """Two training sets under CC BY 4.0 share each duty; an evaluation set binds nothing; a set
    whose license is unknown but whose card asks for credit gets a credit duty and a review."""
    model = replace(
        model_of(example, "./models/acme-embedder"),
        training_data=(
            dataset("acme/wiki-pairs", "training", "CC-BY-4.0", credit=True),
            dataset("acme/faq-pairs", "fine-tuning", "CC-BY-4.0", credit=True),
            dataset("acme/benchmark", "evaluation", "CC-BY-4.0", credit=True),
            dataset("scraped forum posts", "training", None, credit=True),
        ),
    )
    facts = license_facts_for(["Apache-2.0", "CC-BY-4.0"], load_license_db())
    found = collect_attribution(model, facts)
    cc = [d for d in found.duties if d.license_id == "CC-BY-4.0"]
    assert listed(tuple(cc)) == {
        ("credit", "3(a)(1)(A)"),
        ("changes-statement", "3(a)(1)(B)"),
        ("include-license-text", "3(a)(1)(C)"),
    }
    assert all(d.owed_to == ("acme/wiki-pairs", "acme/faq-pairs") for d in cc)
    assert "acme/benchmark" not in {ref for d in found.duties for ref in d.owed_to}
    assert [p.ref for p in found.datasets] == [
        "acme/wiki-pairs",
        "acme/faq-pairs",
        "scraped forum posts",
    ]
    wiki = found.datasets[0]
    assert wiki.credit == (
        "acme/wiki-pairs (https://huggingface.co/datasets/acme/wiki-pairs), revision "
        + "a" * 40
        + ", licensed under Creative Commons Attribution 4.0 International "
        "(https://creativecommons.org/licenses/by/4.0/legalcode)"
    )
    (asked,) = [d for d in found.duties if d.owed_to == ("scraped forum posts",)]
    assert (asked.kind, asked.clause, asked.tag) == ("credit", None, "attribution-required")
    assert [p.ref for p in found.unknown] == ["scraped forum posts"]


def test_a_result_without_license_facts_lists_parties_for_review(example: AuditResult) -> None:
    found = collect_attribution(model_of(example, LLAMA), None)
    assert found.duties == ()
    assert [p.ref for p in found.unknown] == [LLAMA, BASE]
    assert all("not recorded" in (p.unknown or "") for p in found.unknown)


def test_a_license_choice_is_marked_and_every_option_listed() -> None:
    lineage = read_lineage()
    model = model_of(lineage, "./models/dual")
    found = collect_attribution(model, lineage.license_facts)
    (own,) = [p for p in found.parties if p.role == "model"]
    assert own.choice
    assert {d.license_id for d in found.duties} == {"Apache-2.0", "MIT"}
    assert ("copyright-notice", "1") in listed(found.duties)  # MIT: the copyright notice


def test_every_kind_is_worded() -> None:
    from auditor.report.attribution import KIND_OF_TAG, KIND_WORDS

    assert set(KIND_WORDS) == set(DUTY_KINDS) == set(KIND_OF_TAG.values())
    vocabulary = load_license_db().vocabulary.obligations
    assert set(KIND_OF_TAG) <= vocabulary
