"""A license document offering itself as an alternative to a license the model carries binds
only whoever takes it (licenses/alternative_documents.py). Twins: the alternative offered on a
condition, a document replacing the other license, a license the release does not carry, and
a document restricting whichever license is chosen all still bind. Texts are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.alternative_documents import offered_alternatives
from auditor.licenses.terms.model_terms import IdentifiedFile
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile, LicenseMatch, Verdict
from auditor.model.deployment import Deployment
from auditor.sources.hub import HubOptions

DB = load_license_db()
MIT = LicenseMatch(
    id="MIT",
    name=None,
    spdx=None,
    scancode=None,
    hf=None,
    kind=None,
    confidence=1.0,
    method="declared",
)
_RESEARCH = (
    "# Wren Research Licence 1.0\n\n"
    "{offer}\n\n"
    "Under this licence you may use the Model for non-commercial research only, and you must "
    "cite the Wren paper in anything you publish.\n"
)


def _files(**texts: str) -> list[IdentifiedFile]:
    return [
        (LicenseFile(path, None, len(text), text, path), identify_text(text, db=DB))
        for path, text in texts.items()
    ]


@pytest.mark.parametrize(
    "offer",
    [
        "You may take the Model under this licence or under the MIT License in LICENSE-MIT, "
        "whichever you choose.",
        "At your option, you may use the weights under these terms or under the MIT License.",
        "This licence is offered as an alternative to the MIT License; nothing in it limits "
        "anyone who takes the weights under that licence.",
        "Alternatively, the Model may be used under the MIT License instead of this licence.",
    ],
)
def test_a_document_offering_itself_as_an_alternative_is_set_aside(offer: str) -> None:
    files = _files(**{"LICENSE-RESEARCH.md": _RESEARCH.format(offer=offer)})
    kept, findings = offered_alternatives(files, MIT, DB)
    assert kept == []
    (finding,) = findings
    assert finding.rule == "license-choice" and finding.evidence[0].line == 3
    assert "alternative to MIT" in finding.message


@pytest.mark.parametrize(
    "offer",
    [
        # on a condition: a non-profit may take MIT, a company may not
        "You may take the Model under this licence or, if you are a registered charity, under "
        "the MIT License, whichever you choose.",
        # no choice: the document replaces the other license
        "This licence replaces the MIT License under which earlier versions were released.",
        # a choice of a license the release does not carry
        "You may take the Model under this licence or under the Apache License 2.0, whichever "
        "you choose.",
    ],
)
def test_twin_documents_that_still_bind(offer: str) -> None:
    files = _files(**{"LICENSE-RESEARCH.md": _RESEARCH.format(offer=offer)})
    kept, findings = offered_alternatives(files, MIT, DB)
    assert [file.path for file, _ in kept] == ["LICENSE-RESEARCH.md"] and findings == []


def test_twin_a_restriction_on_whichever_license_is_chosen_binds() -> None:
    text = "Whichever license you choose, the weights are for non-commercial use only.\n"
    kept, findings = offered_alternatives(_files(NOTICE=text), MIT, DB)
    assert len(kept) == 1 and findings == []


def _audit(tmp_path: Path, files: dict[str, str]) -> Verdict:
    folder = tmp_path / "model"
    folder.mkdir()
    card = "---\nlicense: mit\npipeline_tag: text-generation\n---\n# Wren-3B\n"
    (folder / "README.md").write_text(card, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    deployment = Deployment(
        organization={"domicile": "US"},
        fields={"distribution": "saas", "mau": 7000, "use_cases": ["chatbot"]},
    )
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        jobs=1,
        use_cache=False,
        deployment=deployment,
        suggest_alternatives=False,
    )
    (model,) = audit([str(folder)], options).models
    return model.verdict


def test_a_company_takes_the_mit_option_a_research_licence_offers(tmp_path: Path) -> None:
    offer = (
        "You may take the Model under this licence or under the MIT License in LICENSE-MIT, "
        "whichever you choose."
    )
    files = {"LICENSE-RESEARCH.md": _RESEARCH.format(offer=offer)}
    assert _audit(tmp_path, files) is Verdict.PASS


def test_twin_a_conditional_alternative_keeps_the_research_licence_binding(
    tmp_path: Path,
) -> None:
    offer = (
        "You may take the Model under this licence or, if you are a registered charity, under "
        "the MIT License."
    )
    files = {"LICENSE-RESEARCH.md": _RESEARCH.format(offer=offer)}
    assert _audit(tmp_path, files) is Verdict.FAIL


def _audit_declared(tmp_path: Path, files: dict[str, str], tag: str) -> Verdict:
    folder = tmp_path / "model"
    folder.mkdir()
    card = f"---\nlicense: {tag}\npipeline_tag: text-generation\n---\n# Hanbit-7B\n"
    (folder / "README.md").write_text(card, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    deployment = Deployment(
        organization={"domicile": "KR"},
        fields={"distribution": "saas", "mau": 9000, "use_cases": ["chatbot"]},
    )
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        jobs=1,
        use_cache=False,
        deployment=deployment,
        suggest_alternatives=False,
    )
    (model,) = audit([str(folder)], options).models
    return model.verdict


_COPYING = (
    "## How Hanbit-7B is licensed\n\nYou get Hanbit-7B on whichever of two licences you elect:\n\n"
    "* the Apache License 2.0 (text in `LICENSE-APACHE`), or\n"
    "* CC BY-NC-SA 4.0 (text in `LICENSE-NC`).\n"
)


def test_an_english_document_restating_the_declared_choice_binds_no_option(
    tmp_path: Path,
) -> None:
    verdict = _audit_declared(tmp_path, {"COPYING.md": _COPYING}, "apache-2.0 OR cc-by-nc-sa-4.0")
    assert verdict is Verdict.PASS


def test_twin_the_same_document_beside_the_nc_license_alone_still_fails(tmp_path: Path) -> None:
    assert _audit_declared(tmp_path, {"COPYING.md": _COPYING}, "cc-by-nc-sa-4.0") is Verdict.FAIL


def test_a_bespoke_grant_beside_a_choice_of_law_is_still_read(tmp_path: Path) -> None:
    # "Nothing here limits commercial use" with "Swedish law governs this licence": the law
    # restricts nothing, so the document stays the license its grant makes it
    text = (
        "Granit-1B Licence\n\n(i) Permission. Granit AB permits anyone to use and modify it.\n"
        "(ii) Scope. Nothing here limits commercial use.\n(iii) Law. {law}\n"
    )
    for law in ("Swedish law governs this licence.", "Any dispute is for the courts."):
        folder = tmp_path / law[:5]
        folder.mkdir()
        (folder / "README.md").write_text(
            "---\nlicense: other\nlicense_name: granit\n---\n# Granit-1B\n", encoding="utf-8"
        )
        (folder / "LICENSE").write_text(text.format(law=law), encoding="utf-8")
        options = AuditOptions(
            hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
            jobs=1,
            use_cache=False,
            deployment=Deployment(
                organization={"domicile": "SE"},
                fields={"distribution": "saas", "mau": 900, "use_cases": ["chatbot"]},
            ),
            suggest_alternatives=False,
        )
        (model,) = audit([str(folder)], options).models
        rules = {f.rule for f in model.findings if f.severity.value == "block" and not f.waived}
        assert "non-commercial-license-in-commercial-use" not in rules, law


_LISTED_CHOICE = (
    "# Licensing of Wren-7B\n\n"
    "Wren Data Ltd offers Wren-7B under your choice of one of the following; {tail}:\n\n"
    "- Option 1: the MIT License (full text in LICENSE-MIT); or\n"
    "- Option 2: the Wren Research Terms (below).\n\n"
    "## Wren Research Terms\n"
    "You may use the model for non-commercial research only.\n"
)


def test_a_choice_cut_by_a_semicolon_and_bound_only_by_the_option_picked() -> None:
    tail = "pick whichever suits you, and you are bound only by the one you pick"
    files = _files(**{"LICENSING.md": _LISTED_CHOICE.format(tail=tail)})
    kept, findings = offered_alternatives(files, MIT, DB)
    assert kept == [] and [f.rule for f in findings] == ["license-choice"]


def test_twin_a_choice_offered_only_to_some_still_binds() -> None:
    tail = "pick whichever suits you, but only if you are a registered charity"
    files = _files(**{"LICENSING.md": _LISTED_CHOICE.format(tail=tail)})
    kept, findings = offered_alternatives(files, MIT, DB)
    assert len(kept) == 1 and findings == []
