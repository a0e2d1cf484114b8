"""A title naming a known licence with a qualifier after it (session 20, evidence round): "X
(partial copy)", "X (excerpt)" name X; "X - as amended by Y" names X too, but the text is then
said changed (`license-text-modified`): identification by title must not hide a changed body.

Texts written for this test in our own words. Counter-examples: a bracket that merely mentions
a copy ("see below for the copy"), a dash tail that is no qualifier, a title without one.
"""

from __future__ import annotations

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.conclude import conclude_license
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.title_shapes import find_title
from auditor.model import LicenseFile

_NOTE = "\n\nOnly the definitions were kept here; the full agreement is on the publisher's site.\n"


def test_a_copy_qualifier_after_the_title_is_no_part_of_the_name() -> None:
    assert find_title("Llama 3.1 Community License Agreement (partial copy)" + _NOTE) == (
        "Llama 3.1 Community License Agreement"
    )
    assert find_title("Apache License 2.0 (unofficial copy)" + _NOTE) == "Apache License 2.0"
    assert find_title("Gemma Terms of Use - as amended by Heron Labs" + _NOTE) == (
        "Gemma Terms of Use"
    )


def test_a_bracket_or_tail_that_is_no_qualifier_names_nothing_new() -> None:
    assert find_title("MIT License (see below for the copy)" + _NOTE) is None
    assert find_title("Kestrel Model License - read the notes below" + _NOTE) is None


def _conclude(text: str) -> set[str]:
    db = load_license_db()
    identity = identify_text(text, db=db)
    file = LicenseFile(path="LICENSE", sha256=None, size=len(text), text=text, origin="LICENSE")
    return {f.rule for f in conclude_license(None, [(file, identity)]).findings}


def test_a_partial_copy_named_by_its_title_is_not_said_changed() -> None:
    text = "Llama 3.1 Community License Agreement (partial copy)" + _NOTE
    match = identify_text(text, db=load_license_db()).match
    assert match is not None and match.id == "LicenseRef-llama-3.1-community"
    assert "license-text-modified" not in _conclude(text)


def test_a_title_saying_as_amended_is_said_changed() -> None:
    text = (
        "Gemma Terms of Use - as amended by Heron Labs\n\nHeron Labs lets you use this model "
        "however you like; no use policy applies to it.\n"
    )
    match = identify_text(text, db=load_license_db()).match
    assert match is not None and match.id == "LicenseRef-gemma-terms"  # the record binds
    assert "license-text-modified" in _conclude(text)
