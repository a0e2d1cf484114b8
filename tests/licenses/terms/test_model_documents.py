"""A model's terms are the most restrictive combination of all its license-like documents
(issue 14 class 1): each document contributes, each term keeps its own evidence, and a
stricter document beside the license is a finding naming both. Texts are our own wording,
except the Apache-2.0 text read from the corpus at test time."""

from __future__ import annotations

from pathlib import Path

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.model_terms import ModelTerms, terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

QUILL_NC = (
    "Quill Model License\n"
    "1. Grant. You may use, copy and modify the Model for non-commercial research purposes "
    "only.\n"
    "2. You may not use the Model or its outputs for any commercial purpose.\n"
)


def _terms(files: dict[str, str]) -> ModelTerms:
    db = load_license_db()
    identified = []
    for path, text in files.items():
        file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=path)
        identified.append((file, identify_text(text, db=db)))
    first = identified[0][1].match
    return terms_for_model(identified, first, db)


def _apache(corpus: Path) -> str:
    return (corpus / "licenses" / "apache-2.0.txt").read_text()


def test_a_non_commercial_weights_license_beside_apache_binds(corpus: Path) -> None:
    terms = _terms({"LICENSE": _apache(corpus), "LICENSE-MODEL": QUILL_NC})
    assert terms.values["commercial_use"] == "prohibited"
    assert {e.file for e in terms.evidence["commercial_use"]} == {"LICENSE-MODEL"}
    assert terms.kinds["LICENSE"] == "permissive-oss"
    assert terms.kinds["LICENSE-MODEL"] in ("non-commercial", "research-only")
    (finding,) = [f for f in terms.findings if f.rule == "license-files-disagree"]
    assert "LICENSE-MODEL" in finding.message and "LICENSE reads as" in finding.message


def test_a_notice_that_restricts_counts(corpus: Path) -> None:
    notice = "Quill weights notice. The weights are offered for non-commercial use only.\n"
    terms = _terms({"LICENSE": _apache(corpus), "NOTICE": notice})
    assert terms.values["commercial_use"] == "prohibited"
    assert [e.file for e in terms.evidence["commercial_use"]] == ["NOTICE"]
    assert any(f.rule == "license-files-disagree" for f in terms.findings)


def test_a_notice_pointing_to_a_known_license_brings_its_terms(corpus: Path) -> None:
    notice = "The Quill weights are licensed under CC-BY-NC-4.0.\n"
    terms = _terms({"LICENSE": _apache(corpus), "NOTICE": notice})
    assert terms.values["commercial_use"] == "prohibited"
    assert terms.kinds["NOTICE"] == "non-commercial"


def test_a_plain_notice_changes_nothing(corpus: Path) -> None:
    alone = _terms({"LICENSE": _apache(corpus)})
    both = _terms({"LICENSE": _apache(corpus), "NOTICE": "Quill model\nCopyright 2025 Quill.\n"})
    assert both.values == alone.values
    assert not [f for f in both.findings if f.rule == "license-files-disagree"]


def test_two_copies_of_one_license_agree(corpus: Path) -> None:
    terms = _terms({"LICENSE": _apache(corpus), "LICENSE-MODEL": _apache(corpus)})
    assert terms.values["commercial_use"] == "allowed"
    assert not [f for f in terms.findings if f.rule == "license-files-disagree"]


def test_a_license_document_we_cannot_read_is_a_finding(corpus: Path) -> None:
    reserved = "Copyright 2025 Quill Labs. All rights reserved. Ask us before any use.\n"
    terms = _terms({"LICENSE": _apache(corpus), "LICENSE-MODEL": reserved})
    (finding,) = [f for f in terms.findings if f.rule == "license-document-unread"]
    assert "LICENSE-MODEL" in finding.message and "unknown" in finding.message
    plain = _terms({"LICENSE": _apache(corpus), "NOTICE": reserved})
    assert not [f for f in plain.findings if f.rule == "license-document-unread"]


def test_a_lone_terms_note_with_nothing_declared_disagrees_with_nothing() -> None:
    # no license text, no pointer, no identified license: a note that restricts commercial use
    # binds (its terms count) but there is no declared license for it to disagree with
    note = (
        "Wren model notes\n\n"
        "You may use the Wren model for any purpose, including commercial purposes, but if your "
        "services have more than 5 million monthly active users you must request a separate "
        "licence from Wren Labs.\n"
    )
    db = load_license_db()
    file = LicenseFile(path="NOTES.md", sha256=None, size=len(note), text=note, origin="NOTES.md")
    terms = terms_for_model([(file, identify_text(note, db=db))], None, db)
    assert terms.values["commercial_use"] == "restricted"  # the note's terms still bind
    assert not [f for f in terms.findings if f.rule == "license-files-disagree"]
