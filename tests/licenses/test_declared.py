"""Identification from declared metadata: tags, license_name / license_link, expressions."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import (
    DECLARED_CONFIDENCE,
    binding_records,
    choice_statement,
    identify_declared,
    identify_tag,
)
from auditor.licenses.declared_conflicts import DeclaredReading, card_claims, reconcile_declared
from auditor.licenses.text.identify import identify_text
from auditor.model import Declared, SourceSnapshot
from auditor.sources.base import parse_target
from auditor.sources.card import parse_card
from auditor.sources.card_documents import card_documents
from auditor.sources.declared import declared_from_snapshot, declared_pieces


@pytest.mark.parametrize(
    ("tag", "expected_id", "kind"),
    [
        ("apache-2.0", "Apache-2.0", "permissive-oss"),
        ("Apache-2.0", "Apache-2.0", "permissive-oss"),
        ("mit", "MIT", "permissive-oss"),
        ("llama3.1", "LicenseRef-llama-3.1-community", "open-weight-restricted"),
        ("llama3.2", "LicenseRef-llama-3.2-community", "open-weight-restricted"),
        ("cc-by-nc-4.0", "CC-BY-NC-4.0", "non-commercial"),
        ("gemma", "LicenseRef-gemma-terms", "open-weight-restricted"),
        ("creativeml-openrail-m", "LicenseRef-creativeml-openrail-m", "rail"),
        ("gpl-3.0", "GPL-3.0-only", "copyleft-oss"),
    ],
)
def test_hub_tags(tag: str, expected_id: str, kind: str) -> None:
    match = identify_declared(Declared(license=tag), load_license_db())
    assert match is not None
    assert match.id == expected_id
    assert match.kind == kind
    assert match.method == "declared-tag"
    assert match.confidence == DECLARED_CONFIDENCE


def test_other_with_license_name() -> None:
    match = identify_declared(
        Declared(license="other", license_name="tongyi-qianwen", license_link="LICENSE"),
        load_license_db(),
    )
    assert match is not None
    assert match.id == "LicenseRef-qwen-tongyi-qianwen"
    assert match.method == "declared-license-name"


def test_other_with_a_known_link_only() -> None:
    db = load_license_db()
    record = db.records["LicenseRef-llama-3.1-community"]
    link = next(link for link in record.links if "llama" in link)
    match = identify_declared(Declared(license="other", license_link=link.upper() + "/"), db)
    assert match is not None
    assert match.id == record.id
    assert match.method == "declared-license-link"


def test_other_unknown_is_unidentified_with_the_name() -> None:
    match = identify_declared(
        Declared(license="other", license_name="acme-secret-license"), load_license_db()
    )
    assert match is not None
    assert match.id is None
    assert match.name == "acme-secret-license"
    assert match.confidence == 0.0


def test_unknown_tag() -> None:
    match = identify_declared(Declared(license="wtfpl-9"), load_license_db())
    assert match is not None
    assert match.id is None
    assert match.method == "declared-tag-unknown"


def test_expression_or_takes_the_least_restrictive_kind() -> None:
    match = identify_declared(Declared(license="apache-2.0 OR cc-by-nc-4.0"), load_license_db())
    assert match is not None
    assert match.id == "Apache-2.0 OR CC-BY-NC-4.0"
    assert match.kind == "permissive-oss"
    assert match.method == "spdx-expression"


def test_list_is_read_as_and_taking_the_most_restrictive_kind() -> None:
    match = identify_declared(Declared(license=["mit", "cc-by-nc-4.0"]), load_license_db())
    assert match is not None
    assert match.id == "MIT AND CC-BY-NC-4.0"
    assert match.kind == "non-commercial"


def test_nothing_declared() -> None:
    assert identify_declared(Declared(), load_license_db()) is None


def test_a_nested_expression_is_identified_as_its_options() -> None:
    match = identify_declared(
        Declared(license="(cc-by-nc-4.0 OR mit) AND apache-2.0"), load_license_db()
    )
    assert match is not None
    assert match.id == "(CC-BY-NC-4.0 AND Apache-2.0) OR (MIT AND Apache-2.0)"


@pytest.mark.parametrize(
    ("tag", "records"),
    [
        ("mit", ["MIT"]),
        (["apache-2.0", "mit"], ["Apache-2.0", "MIT"]),  # a list binds every license
        ("apache-2.0 AND cc-by-nc-4.0", ["Apache-2.0", "CC-BY-NC-4.0"]),
        ("apache-2.0 OR mit", []),  # a choice: no record binds before the licensee chooses
    ],
)
def test_binding_records(tag: str | list[str], records: list[str]) -> None:
    db = load_license_db()
    match = identify_declared(Declared(license=tag), db)
    found = binding_records(match, db)
    assert found is not None
    assert [r.id for r in found] == records


# --- conflicts between declared values (and with the card's prose) fail closed ----------------


def read_card(card: str) -> DeclaredReading:
    """The declaration the audit goes on with, as analyse reads it from a card alone."""
    db = load_license_db()
    snapshot = SourceSnapshot(
        target=parse_target("org/name"), card=parse_card(card), card_path="README.md"
    )
    documents = card_documents(parse_card(card))
    claims = card_claims([(doc, identify_text(doc.text or "", db=db)) for doc in documents], db)
    return reconcile_declared(
        declared_from_snapshot(snapshot), declared_pieces(snapshot), db, claims
    )


def rules_and_lines(reading: DeclaredReading) -> list[tuple[str, list[int | None]]]:
    return [(f.rule, [e.line for e in f.evidence]) for f in reading.findings]


@pytest.mark.parametrize(
    ("card", "rule", "lines"),
    [
        # license vs license_name / license_link
        (
            "---\nlicense: apache-2.0\nlicense_name: cc-by-nc-4.0\n---\n",
            "license-declared-conflict",
            [2, 3],
        ),
        (
            "---\nlicense: mit\nlicense_link: https://creativecommons.org/licenses/by-nc/4.0/\n---\n",
            "license-declared-conflict",
            [2, 3],
        ),
        (
            "---\nlicense: mit\nlicense_link: https://creativecommons.org/licenses/by-nc/4.0/deed.en\n---\n",
            "license-declared-conflict",
            [2, 3],
        ),
        # a key differing only in case
        (
            "---\nLicense: cc-by-nc-4.0\nlicense: apache-2.0\n---\n",
            "license-declared-conflict",
            [3, 2],
        ),
        ("---\nlicense: mit\nLICENSE: cc-by-nc-sa-4.0\n---\n", "license-declared-conflict", [2, 3]),
        # a duplicate key
        ("---\nlicense: cc-by-nc-4.0\nlicense: apache-2.0\n---\n", "card-duplicate-key", [3, 2]),
        (
            "---\nlicense: mit\ntags: [x]\nlicense: mit\nlicense: cc-by-nc-4.0\n---\n",
            "card-duplicate-key",
            [5, 2],
        ),
    ],
)
def test_a_conflicting_value_is_a_finding_with_both_lines_and_the_stricter_binds(
    card: str, rule: str, lines: list[int]
) -> None:
    reading = read_card(card)
    assert rules_and_lines(reading) == [(rule, lines)]
    assert reading.match is not None
    assert reading.match.kind == "non-commercial"
    assert reading.match.method == "declared-conflict"


def test_a_license_section_naming_another_license_is_a_conflict_with_both_lines() -> None:
    card = (
        "---\nlicense: apache-2.0\n---\n# Quill\n\n## License\n\n"
        "The Quill weights are released under CC BY-NC 4.0.\n"
    )
    reading = read_card(card)
    assert [f.rule for f in reading.findings] == ["card-license-conflict"]
    evidence = reading.findings[0].evidence
    assert [(e.file, e.line) for e in evidence] == [("README.md", 2), ("README.md#license", 8)]
    assert reading.match is not None
    assert reading.match.id == "CC-BY-NC-4.0"


def test_a_gating_prompt_naming_another_license_is_a_conflict() -> None:
    card = (
        "---\nlicense: mit\nextra_gated_prompt: This model is released under the CC BY-NC-SA 4.0"
        " license.\n---\n# M\n"
    )
    reading = read_card(card)
    assert [f.rule for f in reading.findings] == ["card-license-conflict"]
    assert reading.findings[0].evidence[1].file == "README.md#gating"
    assert reading.match is not None
    assert reading.match.kind == "non-commercial"


@pytest.mark.parametrize(
    "card",
    [
        # the section repeats the declared license
        "---\nlicense: apache-2.0\n---\n## License\nThis model is licensed under Apache 2.0.\n",
        "---\nlicense: mit\n---\n## Licence\n\nReleased under the MIT License.\n",
        "---\nlicense: cc-by-nc-4.0\n---\n## License\nCC BY-NC 4.0: non-commercial use only.\n",
        # a dataset's license is not the model's
        "---\nlicense: apache-2.0\n---\n## License\nThe training data is under CC BY-NC 4.0.\n",
        # a comparison table
        "---\nlicense: apache-2.0\n---\n## License\n| Model | License |\n|--|--|\n"
        "| B | cc-by-nc-4.0 |\n",
        # name and link that agree with the tag, a relative link, `other`
        "---\nlicense: apache-2.0\nlicense_name: Apache License 2.0\nlicense_link: LICENSE\n---\n",
        "---\nlicense: other\nlicense_name: llama3\n---\n",
        "---\nlicense: mit\nlicense: mit\n---\n",
        # a free-text name we cannot read is not evidence of another license
        "---\nlicense: apache-2.0\nlicense_name: weights and code\n---\n",
    ],
)
def test_agreeing_or_unrelated_statements_make_no_finding(card: str) -> None:
    reading = read_card(card)
    assert reading.findings == ()
    assert reading.match is not None
    assert reading.match.method != "declared-conflict"


def test_an_unknown_hidden_value_leaves_the_license_unidentified() -> None:
    reading = read_card("---\nlicense: quill-private-terms\nlicense: mit\n---\n")
    assert [f.rule for f in reading.findings] == ["card-duplicate-key"]
    assert reading.match is not None
    assert reading.match.id is None  # unidentified: the policy blocks, never a pass


def test_on_a_tie_in_kind_the_declared_license_stays() -> None:
    reading = read_card("---\nlicense: mit\nlicense_name: bsd-3-clause\n---\n")
    assert [f.rule for f in reading.findings] == ["license-declared-conflict"]
    assert reading.match is not None
    assert reading.match.id == "MIT"


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        # two sentences on one line: the model's license is the second
        (
            "The training data is licensed under the MIT License. The model weights are "
            "released under CC BY-NC 4.0.",
            "CC-BY-NC-4.0",
        ),
        ("The code is released under CC BY-NC 4.0; the weights are licensed under MIT.", None),
        ("Our demo space is licensed under CC BY-NC 4.0.", None),
    ],
)
def test_only_sentences_about_the_model_name_its_license(
    section: str, expected: str | None
) -> None:
    reading = read_card(f"---\nlicense: mit\n---\n# M\n\n## License\n\n{section}\n")
    if expected is None:
        assert reading.findings == ()
    else:
        assert [f.rule for f in reading.findings] == ["card-license-conflict"]
        assert reading.match is not None
        assert reading.match.id == expected


# --- a list of tags the card offers as a choice ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "You may use this model under the Apache License 2.0 or the MIT License, at your option.",
        "Licensees may choose which of the two licenses applies to their use.",
        "The model is released under either license listed above.",
        "Distributed under the terms of either the Apache-2.0 or the MIT license.",
    ],
)
def test_a_line_offering_a_choice_of_licenses_is_found_with_its_line(line: str) -> None:
    body = f"# Model\n\nSome words.\n{line}\n"
    assert choice_statement(body, first_line=5) == (8, line)


@pytest.mark.parametrize(
    "line",
    [
        "The code is under the Apache License 2.0; the weights are under CC BY-NC 4.0.",
        "This repository is dual-licensed: code under MIT, weights under Llama 3.1.",
        "You may choose a temperature between 0 and 1.",  # a choice, but of nothing licensed
        "Either the 7B or the 13B model fits on one GPU.",
    ],
)
def test_a_split_or_a_choice_of_something_else_is_no_choice_of_licenses(line: str) -> None:
    assert choice_statement(f"# Model\n\n{line}\n") is None


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("Apache-2.0 WITH LLVM-exception", "Apache-2.0"),
        ("GPL-2.0 WITH Classpath-exception-2.0", "GPL-2.0-only"),
        ("GPL-3.0 with linking exception", "GPL-3.0-only"),
        ("MIT OR (Apache-2.0 WITH LLVM-exception)", "MIT OR Apache-2.0"),
        ("Apache-2.0 WITH LLVM-exception AND CC-BY-NC-4.0", "Apache-2.0 AND CC-BY-NC-4.0"),
    ],
)
def test_a_license_with_an_exception_is_read_as_the_license_without_it(
    tag: str, expected: str
) -> None:
    # an exception only adds permissions (SPDX), so the license alone is the strictest
    # reading; these looped until the recursion limit before
    match = identify_tag(tag, Declared(license=tag), load_license_db())
    assert match.id == expected
    assert match.name is not None and "read without it" in match.name


def test_an_exception_to_an_unknown_license_stays_unidentified() -> None:
    match = identify_tag("Foo WITH bar", Declared(license="Foo WITH bar"), load_license_db())
    assert match.id is None
