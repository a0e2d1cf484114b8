"""Identification from declared metadata: tags, license_name / license_link, expressions."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.declared import DECLARED_CONFIDENCE, identify_declared
from auditor.model import Declared


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
