"""A standard license named by reference with terms added to it (issue 32 item 4) is a license
of its own, derived from the standard one, never the standard license's id alone: its added
sentences are quoted with their lines and their terms reach the result.

Every text here is written for these tests (fictional models and labs); the standard texts of
the counter-examples are read from the shared corpus at test time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.conclude import conclude_license
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import TextIdentification, identify_text
from auditor.model import LicenseFile, LicenseMatch

REVIEW_LINE = 0.9  # the policies' low-confidence line: a license of its own stays below it
BY_REFERENCE = "text-by-reference"

# The reference in a sentence; the additions a numbered list (a cap, attribution, a
# termination).
SENTENCE_NUMBERED = """Kestrel-7B

This model is licensed under the Apache License, Version 2.0, subject to the following
additional conditions:

1. You may not use the model or its outputs in any product or service with more than
   500,000 monthly active users without first obtaining a separate license from Kestrel Labs.
2. You must credit Kestrel Labs in any publication or product documentation that uses the
   model.
3. Your rights under this license terminate automatically if you use the model to develop
   weapons.
"""

# The reference in the title line; the addition a paragraph.
TITLE_PARAGRAPH = """MIT License, with the following additional restriction

Copyright (c) 2025 Heron Robotics

The Heron weights may be used for non-commercial research purposes only. Any other use
requires prior written permission from Heron Robotics.
"""

# The reference an SPDX line; the additions an appendix headed "Supplementary Terms".
SPDX_APPENDIX = """SPDX-License-Identifier: CC-BY-4.0

The Wren-2 weights are licensed under CC BY 4.0 plus the supplementary terms below.

## Supplementary Terms

A. Any organisation with annual revenue above USD 10 million must obtain a commercial license
from Wren Inc. before deploying the weights.
B. You may not use the weights to develop weapons.
"""

# The reference in a Markdown title naming the additions; the additions a list under it.
HEADING_TITLE = """# Apache License 2.0 + Additional Terms for Finch-3B

The Finch-3B weights are made available under the Apache License 2.0. In addition to the terms
of that license, the following terms apply:

- You may use Finch-3B for personal projects only.
- You must not remove the Finch Labs watermark from generated images.
"""

# The reference in a sentence; the additions a paragraph after "in addition to".
IN_ADDITION = """Osprey Vision Weights

Osprey Vision is distributed under the MIT License. In addition to the terms of the MIT
License, the following restriction applies: the weights may not be offered as part of a paid
API or hosted service without a commercial agreement with Osprey Systems Ltd.
"""

POSITIVE = {
    "sentence-numbered": (SENTENCE_NUMBERED, "Apache-2.0"),
    "title-paragraph": (TITLE_PARAGRAPH, "MIT"),
    "spdx-appendix": (SPDX_APPENDIX, "CC-BY-4.0"),
    "heading-title": (HEADING_TITLE, "Apache-2.0"),
    "in-addition": (IN_ADDITION, "MIT"),
}


def _identify(text: str) -> TextIdentification:
    return identify_text(text, db=load_license_db())


def _line_of(text: str, words: str) -> int:
    """The 1-based line of the text where `words` stand."""
    for number, line in enumerate(text.splitlines(), start=1):
        if words in line:
            return number
    raise AssertionError(f"{words!r} not in the text")


def _terms(text: str, path: str = "LICENSE") -> dict[str, tuple[object, tuple[int | None, ...]]]:
    """Each stated term of the model whose only license document is `text`: its value and the
    lines its evidence quotes."""
    db = load_license_db()
    identity = identify_text(text, db=db)
    file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=path)
    conclusion = conclude_license(None, [(file, identity)])
    found = terms_for_model([(file, identity)], conclusion.match, db)
    return {
        key: (value, tuple(e.line for e in found.evidence.get(key, ()) if e.file == path))
        for key, value in found.values.items()
        if value not in (None, False, [], {})
    }


def _assert_derived(match: LicenseMatch | None, base: str) -> None:
    assert match is not None
    assert match.derived_from == base
    assert match.method == BY_REFERENCE
    assert match.id != base
    assert match.spdx is None  # never the base's identity
    assert match.id is not None and match.id.startswith("LicenseRef-")
    assert match.confidence < REVIEW_LINE


@pytest.mark.parametrize(("text", "base"), POSITIVE.values(), ids=POSITIVE.keys())
def test_a_standard_license_with_added_terms_is_derived_from_it(text: str, base: str) -> None:
    _assert_derived(_identify(text).match, base)


@pytest.mark.parametrize(("text", "base"), POSITIVE.values(), ids=POSITIVE.keys())
def test_two_publishers_adding_terms_to_one_license_never_share_an_id(text: str, base: str) -> None:
    other = re.sub(r"Kestrel|Heron|Wren|Finch|Osprey", "Plover", text)
    first, second = _identify(text).match, _identify(other).match
    assert first is not None and second is not None
    assert first.id != second.id


def test_the_added_sentences_are_quoted_with_their_lines() -> None:
    found = _identify(SENTENCE_NUMBERED)
    quoted = dict(zip(found.differences, found.difference_lines, strict=True))
    for item, words in (("1.", "500,000 monthly"), ("2.", "must credit"), ("3.", "terminate")):
        (line,) = [ln for quote, ln in quoted.items() if words in quote]
        assert line == _line_of(SENTENCE_NUMBERED, f"{item} You")
    # the sentence naming the license is the reference, not an addition
    assert not any("licensed under the Apache" in quote for quote in found.differences)


def test_the_derived_finding_quotes_the_additions() -> None:
    text = SENTENCE_NUMBERED
    identity = _identify(text)
    file = LicenseFile(path="LICENSE", sha256=None, size=len(text), text=text, origin="LICENSE")
    conclusion = conclude_license(None, [(file, identity)])
    (finding,) = [f for f in conclusion.findings if f.rule == "license-derived"]
    assert "Apache" in finding.message
    assert _line_of(text, "3. Your rights") in {e.line for e in finding.evidence}


def test_an_added_cap_and_attribution_reach_the_terms_with_their_lines() -> None:
    terms = _terms(SENTENCE_NUMBERED)
    assert terms["mau_threshold"][0] == 500_000
    assert _line_of(SENTENCE_NUMBERED, "1. You may not") in terms["mau_threshold"][1]
    assert terms["commercial_use"][0] == "restricted"
    assert _line_of(SENTENCE_NUMBERED, "2. You must credit") in terms["attribution_required"][1]


def test_an_added_research_only_clause_prohibits_commercial_use() -> None:
    terms = _terms(TITLE_PARAGRAPH)
    assert terms["commercial_use"][0] == "prohibited"
    assert terms["commercial_use"][1] == (_line_of(TITLE_PARAGRAPH, "non-commercial research"),)


def test_an_added_revenue_cap_and_ban_reach_the_terms() -> None:
    terms = _terms(SPDX_APPENDIX)
    assert terms["revenue_threshold_usd"][0] == 10_000_000
    assert _line_of(SPDX_APPENDIX, "USD 10 million") in terms["revenue_threshold_usd"][1]
    assert terms["use_restrictions"][0] == ["weapons"]


def test_an_added_personal_scope_reaches_the_terms() -> None:
    terms = _terms(HEADING_TITLE)
    assert terms["use_scope"][0] == ["personal"]
    assert terms["commercial_use"][0] in ("restricted", "prohibited")


def test_an_added_ban_on_paid_hosting_never_reads_as_allowed() -> None:
    assert _terms(IN_ADDITION).get("commercial_use", (None,))[0] != "allowed"


NON_COMMERCIAL_BASE = """Finch-NC weights

The Finch-NC weights are licensed under CC BY-NC 4.0, subject to the following additional
terms:

1. You may not use the weights for medical diagnosis.
2. You must credit Finch Labs in any publication.
"""


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        (SENTENCE_NUMBERED, "patent_termination", True),  # Apache-2.0 clause 3
        (TITLE_PARAGRAPH, "attribution_required", True),  # MIT: keep the notice
        (SPDX_APPENDIX, "attribution_required", True),  # CC BY 4.0 clause 3(a)
        (NON_COMMERCIAL_BASE, "commercial_use", "prohibited"),  # CC BY-NC 4.0: NonCommercial
    ],
    ids=["apache-patent", "mit-notice", "cc-by-attribution", "cc-by-nc-prohibition"],
)
def test_the_base_licenses_duties_bind(text: str, key: str, value: object) -> None:
    assert _terms(text)[key][0] == value


def test_a_non_commercial_base_with_additions_is_derived_from_it() -> None:
    _assert_derived(_identify(NON_COMMERCIAL_BASE).match, "CC-BY-NC-4.0")
    assert _terms(NON_COMMERCIAL_BASE)["commercial_use"][0] != "allowed"


# --- counter-examples: the standard license, not one of its own ----------------------------


def _apache_with_appendix_filled(corpus: Path) -> str:
    text = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    return text.replace("[yyyy] [name of copyright owner]", "2025 Kestrel Labs")


def _mit_with_second_copyright_line(corpus: Path) -> str:
    text = (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")
    first = text.splitlines()[0]
    return text.replace(first, f"{first}\nCopyright (c) 2025 Heron Robotics", 1)


def _apache_short_notice(corpus: Path) -> str:
    """The notice the Apache appendix asks to attach to a work, as a README would carry it."""
    text = (corpus / "licenses" / "apache-2.0.txt").read_text(encoding="utf-8")
    start = text.index("Licensed under the Apache License")
    notice = text[start : text.index("limitations under the License.", start)]
    return (
        f"# Kestrel-7B\n\nCopyright 2025 Kestrel Labs\n\n{notice}limitations under the License.\n"
    )


README_NO_ADDITIONS = """# Finch-3B

Finch-3B is a small vision model trained on public photographs. It is licensed under Apache 2.0.
Additional evaluation results are in the technical report; you must install torch 2.3 to run the
examples.
"""

NOTICE_OF_ATTRIBUTIONS = """Finch-3B
Copyright 2025 Finch Labs

Finch-3B is licensed under the Apache License, Version 2.0.

This product includes an image tokenizer written by the Plover Project.
This product includes evaluation scripts developed at Example University.
"""


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (_apache_with_appendix_filled, "Apache-2.0"),
        (_mit_with_second_copyright_line, "MIT"),
        (_apache_short_notice, "Apache-2.0"),
    ],
    ids=["apache-appendix-filled", "mit-second-copyright", "apache-short-notice"],
)
def test_a_standard_text_without_additions_stays_the_standard_license(
    corpus: Path, build: object, expected: str
) -> None:
    assert callable(build)
    match = _identify(build(corpus)).match
    assert match is not None
    assert (match.id, match.derived_from) == (expected, None)


@pytest.mark.parametrize(
    "text", [README_NO_ADDITIONS, NOTICE_OF_ATTRIBUTIONS], ids=["readme", "notice-file"]
)
def test_a_notice_without_added_terms_names_the_standard_license(text: str) -> None:
    match = _identify(text).match
    assert match is not None
    assert (match.id, match.derived_from, match.method) == ("Apache-2.0", None, "notice-reference")


def test_a_pointer_to_terms_kept_elsewhere_adds_nothing_here() -> None:
    text = (
        "The Finch-3B code is released under the MIT License and the weights under the Apache "
        "License 2.0. Additional terms for the hosted demo are in TERMS.md.\n"
    )
    match = _identify(text).match
    assert match is None or match.method != BY_REFERENCE


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel weights are released under the MIT License, subject to this added term: you "
        "may not use the model, or text it generates, to train any other language model.",
        "Kestrel-7B is released under the MIT License, with one addition.\n\nYou may not use it "
        "for military purposes; doing so ends your rights under this license.",
    ],
)
def test_an_added_term_in_other_words_makes_a_license_of_its_own(text: str) -> None:
    _assert_derived(_identify(text).match, "MIT")
