"""A licence document no licence names, whose own words grant use (session 20, held-out round):
"1. You may run, copy, adapt and pass on the weights for any purpose, commercial purposes
included" in USAGE-CONDITIONS.txt (the card's `license_link`), under a title no title shape
reads ("Heron-2B usage conditions", lower case), is a licence of its own read in full: its grant
binds, and it is not `license-document-unread` (whose terms would count as unknown).

Texts written for this test in our own words. Counter-examples: a document stating no term
stays unread; a document whose words restrict without granting keeps only its restrictions;
a NOTICE never counts as a licence; a grant confined to non-commercial use is read as such.
"""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.model_terms import ModelTerms, terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

_DB = load_license_db()
_GRANT = (
    "Heron-2B usage conditions\n\n"
    "1. You may run, copy, adapt and pass on Heron-2B for any purpose, commercial purposes "
    "included.\n"
    "2. Every copy you pass on must carry these conditions.\n"
)


def _terms(text: str, path: str) -> ModelTerms:
    identity = identify_text(text, db=_DB)
    file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=path)
    return terms_for_model([(file, identity)], identity.match, _DB)


def _rules(model: ModelTerms) -> list[str]:
    return [f.rule for f in model.findings]


def test_a_conditions_file_granting_any_purpose_is_a_licence_read_in_full() -> None:
    for path in ("USAGE-CONDITIONS.txt", "LICENSE"):
        model = _terms(_GRANT, path)
        assert model.values.get("commercial_use") == "allowed", path
        assert "license-document-unread" not in _rules(model), path


def test_a_conditions_file_stating_no_term_stays_unread() -> None:
    text = "Heron-2B usage conditions\n\n1. These weights are provided as they are.\n"
    model = _terms(text, "USAGE-CONDITIONS.txt")
    assert "license-document-unread" in _rules(model)
    assert model.values.get("commercial_use") is None


def test_a_conditions_file_confined_to_non_commercial_use_is_read_so() -> None:
    text = (
        "Heron-2B usage conditions\n\n1. You may run and adapt Heron-2B for non-commercial "
        "purposes only.\n2. Any commercial use of Heron-2B is forbidden.\n"
    )
    assert _terms(text, "USAGE-CONDITIONS.txt").values.get("commercial_use") == "prohibited"


def test_a_notice_granting_use_is_no_licence_of_its_own() -> None:
    model = _terms(_GRANT, "NOTICE")
    assert model.values.get("commercial_use") != "allowed"
