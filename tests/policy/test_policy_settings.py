"""A policy's `settings:` the audit could not use as the organization meant are load errors
(and a folder given as a policy file is named as a folder).

Written after the s22 policy probes: `waiver_max_days: ninety` loaded and the waiver horizon fell
back to 366 days in silence (a typo widening what the organization meant to narrow), and
`max_retention_days: thirty` over data-residency-eu loaded and turned the preset's retention
comparison unknown at run time. Each problem names the file and the setting's line, never a
traceback; the lawful twins (whole days, a number replacing a number, new settings of any type)
keep loading.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from auditor.errors import PolicyError
from auditor.model.deployment import Waiver
from auditor.policy.load import load_policy, validate_policy_file
from auditor.policy.waivers import waiver_horizon_problems


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "org-policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(tmp_path: Path, extends: str, settings: str) -> list[str]:
    text = f"version: 1\nname: org\nextends: [{extends}]\nsettings:\n{settings}"
    return validate_policy_file(_write(tmp_path, text))


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        ("  waiver_max_days: ninety\n", "'ninety'"),
        ("  waiver_max_days: 0\n", "not 0"),
        ("  waiver_max_days: -30\n", "not -30"),
        ("  waiver_max_days: 45.5\n", "not 45.5"),
        ("  waiver_max_days: true\n", "not True"),
        ("  waiver_max_days: [90]\n", "not [90]"),
        ("  knowledge_max_age_days: half a year\n", "'half a year'"),
        ("  knowledge_max_age_days: '180'\n", "not '180'"),
    ],
)
def test_a_day_setting_the_auditor_reads_must_be_whole_days(
    tmp_path: Path, settings: str, words: str
) -> None:
    (problem,) = _problems(tmp_path, "default", settings)
    assert problem.startswith(f"{tmp_path / 'org-policy.yaml'}:5: setting ")
    assert "whole number of days" in problem and words in problem


@pytest.mark.parametrize(
    "settings",
    [
        "  waiver_max_days: 90\n",
        "  waiver_max_days: 90.0\n",
        "  waiver_max_days: 1500\n",
        "  knowledge_max_age_days: 30\n",
        "  waiver_max_days: 30\n  knowledge_max_age_days: 365\n",
    ],
)
def test_whole_days_load(tmp_path: Path, settings: str) -> None:
    assert _problems(tmp_path, "strict", settings) == []


def test_a_whole_float_of_days_is_the_horizon_it_says() -> None:
    today = date(2026, 11, 25)
    waiver = Waiver(
        rule="foreign-governing-law",
        model="org/m",
        reason="counsel accepted",
        approved_by="legal@example.com",
        expires=date(2027, 1, 15),
    )
    assert waiver_horizon_problems([waiver], today=today, settings={"waiver_max_days": 90.0}) == []
    assert waiver_horizon_problems([waiver], today=today, settings={"waiver_max_days": 30.0})


@pytest.mark.parametrize(
    ("extends", "settings", "words"),
    [
        # the preset's retention rule compares provider.default_retention_days with it
        ("data-residency-eu", "  max_retention_days: thirty\n", "is a number"),
        ("data-residency-us", "  max_retention_days: '14'\n", "is a number"),
        ("data-residency-eu", "  max_retention_days: [14]\n", "is a list"),
        # the Art. 5 rule tests the use cases against this list
        ("eu-ai-act", "  prohibited_use_cases: social-scoring\n", "is text"),
        ("eu-ai-act", "  gpai_modification_share: one third\n", "is a number"),
    ],
)
def test_an_inherited_setting_keeps_the_type_its_rules_compare(
    tmp_path: Path, extends: str, settings: str, words: str
) -> None:
    (problem,) = _problems(tmp_path, extends, settings)
    assert problem.startswith(f"{tmp_path / 'org-policy.yaml'}:5: setting ")
    assert "in the policy this one extends" in problem and words in problem


@pytest.mark.parametrize(
    ("extends", "settings"),
    [
        ("data-residency-eu", "  max_retention_days: 14\n"),
        ("data-residency-us", "  max_retention_days: 7.5\n"),
        ("eu-ai-act", "  prohibited_use_cases: [social-scoring, manipulation]\n"),
        ("eu-ai-act", "  gpai_modification_share: 0.25\n"),
        # a setting no parent has is the organization's own, of any type
        ("default", "  review_mau: 1000000\n  reviewers: [cto, counsel]\n  note: quarterly\n"),
    ],
)
def test_a_setting_of_the_same_type_or_a_new_one_loads(
    tmp_path: Path, extends: str, settings: str
) -> None:
    assert _problems(tmp_path, extends, settings) == []


def test_load_policy_raises_with_every_settings_problem_at_once(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "version: 1\nname: org\nextends: [data-residency-eu]\n"
        "settings: {max_retention_days: thirty, waiver_max_days: soon}\n",
    )
    with pytest.raises(PolicyError) as err:
        load_policy(str(path))
    messages = [f"{line}: {message}" for line, message in err.value.problems]
    assert len(messages) == 2, messages
    assert all(m.startswith("4: setting ") for m in messages)
    assert "'max_retention_days'" in messages[0] + messages[1]
    assert "'waiver_max_days'" in messages[0] + messages[1]


def test_an_empty_setting_is_already_refused_with_its_line(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "data-residency-eu", "  max_retention_days:\n")
    assert problem.startswith(f"{tmp_path / 'org-policy.yaml'}:5: ")
    assert "not nothing (null)" in problem


def test_validating_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    from auditor.api import validate_policy
    from auditor.errors import UsageError

    with pytest.raises(UsageError, match="is a directory, not a policy file"):
        validate_policy(tmp_path)
    with pytest.raises(UsageError, match="no such file"):
        validate_policy(tmp_path / "absent.yaml")
