"""The use-restriction table: every vocabulary tag has a rule or a stated reason it has none."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import load_license_db
from auditor.knowledge.use_restriction_rules import (
    TABLE_FILE,
    load_use_restriction_rules,
    read_use_restriction_rules,
)
from auditor.model import Severity
from auditor.model.deployment import USE_CASES
from auditor.resources import license_db_dir

TAGS = load_license_db().vocabulary.use_restrictions


def test_every_vocabulary_tag_has_a_rule_or_a_reason_for_none() -> None:
    table = load_use_restriction_rules()
    joined = {tag for rule in table.rules for tag in rule.tags}
    assert joined | set(table.no_rule) == set(TAGS)
    assert not joined & set(table.no_rule)
    assert all(reason.strip() for reason in table.no_rule.values())
    assert all(rule.reason.strip() for rule in table.rules)


def test_the_table_names_only_known_use_cases_and_one_id_per_rule() -> None:
    table = load_use_restriction_rules()
    assert {case for rule in table.rules for case in rule.use_cases} <= set(USE_CASES)
    ids = [rule.id for rule in table.rules]
    assert len(ids) == len(set(ids))
    for rule in table.rules:  # aup-<tag>, or aup-<tag>-<word> for a second rule on a tag
        name = rule.id.removeprefix("aup-")
        assert any(name == tag or name.startswith(f"{tag}-") for tag in rule.tags), rule.id
        assert not set(rule.unless_tags) & set(rule.tags)


def test_the_questions_the_issue_asks_are_answered_from_the_texts() -> None:
    table = load_use_restriction_rules()
    (adm,) = table.rules_for("automated-decision-making")
    # RAIL Attachment A bans *fully* automated decisions affecting legal rights; Gemma's policy
    # names finance, employment, insurance and social welfare: a person deciding lowers it.
    assert adm.severity is Severity.BLOCK
    assert adm.with_human_oversight is Severity.WARN
    assert {"employment", "credit-scoring", "insurance-pricing", "essential-services"} <= set(
        adm.use_cases
    )
    assert "chatbot" not in adm.use_cases
    # bans on a manner of use (discriminating, impersonating without consent, not disclosing)
    # warn; the domain named by the clause itself blocks
    for tag in ("discrimination", "impersonation", "undisclosed-ai-content"):
        assert {rule.severity for rule in table.rules_for(tag)} == {Severity.WARN}
    assert table.rules_for("military")[0].severity is Severity.BLOCK
    assert "content-generation" not in table.forbidden_use_cases("undisclosed-ai-content")
    assert set(table.forbidden_use_cases("unlicensed-professional-practice")) == {
        "medical-advice",
        "medical-triage",
        "legal-advice",
        "financial-advice",
    }
    for tag in ("spam", "export-control", "reverse-engineering", "commercial-use", "minors"):
        assert tag in table.no_rule


def _table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / TABLE_FILE
    path.write_text(text, encoding="utf-8")
    return path


def _shipped() -> str:
    return (license_db_dir() / TABLE_FILE).read_text(encoding="utf-8")


def test_a_tag_with_neither_a_rule_nor_a_reason_fails(tmp_path: Path) -> None:
    text = _shipped()
    line = next(x for x in text.splitlines() if x.startswith("  spam:"))
    path = _table(tmp_path, text.replace(line + "\n", ""))
    with pytest.raises(LicenseDBError) as caught:
        read_use_restriction_rules(path, tags=TAGS)
    assert "neither a rule nor a `no_rule` reason: spam" in caught.value.message
    assert str(path) + ":" in caught.value.message


def test_a_new_vocabulary_tag_without_an_entry_fails() -> None:
    with pytest.raises(LicenseDBError, match="neither a rule nor a `no_rule` reason: deep-sea"):
        read_use_restriction_rules(license_db_dir() / TABLE_FILE, tags={*TAGS, "deep-sea"})


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        (
            "    use_cases: [military]\n",
            "    use_cases: [militray]\n",
            "(did you mean 'military'?)",
        ),
        ("    tags: [surveillance]\n", "    tags: [surveilance]\n", "tag 'surveilance'"),
        ("  aup-privacy:\n", "  aup-personal-data:\n", "must be `aup-<tag>[-<word>]`"),
        ("  spam: Bans", "  spams: Bans", "unknown use-restriction tag 'spams'"),
        ("    severity: warn\n", "    severity: fatal\n", "must be block or warn, not 'fatal'"),
    ],
)
def test_a_wrong_entry_is_reported_with_its_line(
    tmp_path: Path, old: str, new: str, fragment: str
) -> None:
    text = _shipped()
    assert old in text
    path = _table(tmp_path, text.replace(old, new, 1))
    with pytest.raises(LicenseDBError) as caught:
        read_use_restriction_rules(path, tags=TAGS)
    (problem,) = [p for p in caught.value.message.splitlines() if fragment in p]
    line = text[: text.index(old)].count("\n") + 1
    assert problem.startswith(f"{path}:{line}: ")
