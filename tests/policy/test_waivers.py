"""Waivers: scoped to rule and model (and revision), applied until they expire."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from auditor.errors import InputFileError
from auditor.gate.manifest import load_manifest
from auditor.model import Category, Finding, Severity
from auditor.model.deployment import Waiver
from auditor.policy.waivers import (
    apply_waivers,
    unused_waivers,
    waiver_horizon_problems,
    waiver_matches_model,
)

SHA = "0e9e39f249a16976918f6564b8830bc894c89659"
FINDING = Finding("foreign-governing-law", Category.TERM, Severity.WARN, "law of CN")
OTHER = Finding("mau-above-threshold", Category.TERM, Severity.BLOCK, "too many users")


def waiver(**kw: object) -> Waiver:
    values: dict[str, object] = {
        "rule": "foreign-governing-law",
        "model": "org/model",
        "reason": "Counsel accepted the forum",
        "approved_by": "legal@acme.example",
        "expires": date(2027, 3, 31),
        "line": 12,
    }
    values.update(kw)
    return Waiver(**values)  # type: ignore[arg-type]


def run(waivers: list[Waiver], today: date, ref: str = f"org/model@{SHA}") -> tuple[Finding, ...]:
    return apply_waivers(
        [FINDING, OTHER], ref=ref, resolved_sha=SHA, waivers=waivers, today=today, manifest="m.yaml"
    ).findings


def test_live_waiver_excuses_only_its_rule() -> None:
    first, second = run([waiver()], date(2026, 11, 22))
    assert first.waived
    assert first.waiver is not None
    assert first.waiver.approved_by == "legal@acme.example"
    assert first.waiver.expires == "2027-03-31"
    assert not second.waived


def test_waiver_on_its_last_day_still_applies() -> None:
    first, _ = run([waiver()], date(2027, 3, 31))
    assert first.waived


def test_expired_waiver_no_longer_applies_and_warns() -> None:
    findings = run([waiver()], date(2027, 4, 1))
    rules = [f.rule for f in findings]
    assert rules == ["waiver-expired", "foreign-governing-law", "mau-above-threshold"]
    expired = findings[0]
    assert expired.severity is Severity.WARN
    assert expired.category is Category.WAIVER
    assert "expired on 2027-03-31" in expired.message
    assert expired.evidence[0].file == "m.yaml"
    assert expired.evidence[0].line == 12
    assert not any(f.waived for f in findings)


def test_revision_scoped_waiver() -> None:
    assert waiver_matches_model(waiver(revision=SHA), f"org/model@{SHA}", SHA)
    assert waiver_matches_model(waiver(revision="v1"), "org/model@v1", SHA)
    assert not waiver_matches_model(waiver(revision="v1"), "org/model@v2", "f" * 40)
    assert waiver_matches_model(waiver(), "hf:org/model@main", None)
    assert not waiver_matches_model(waiver(), "org/other", None)


def test_unused_waivers_are_reported() -> None:
    waivers = [waiver(), waiver(rule="no-such-rule", line=15)]
    outcome = apply_waivers(
        [FINDING],
        ref="org/model",
        resolved_sha=None,
        waivers=waivers,
        today=date(2026, 1, 1),
        manifest="m.yaml",
    )
    assert outcome.used == {0}
    (unused,) = unused_waivers(waivers, set(outcome.used), manifest="m.yaml")
    assert unused.rule == "waiver-unused"
    assert "no-such-rule" in unused.message
    assert unused.evidence[0].line == 15


# --- issue 34: a waiver must say who, why and until when, within a horizon -----------------------


def _manifest_with_waiver(tmp_path: Path, **fields: str) -> Path:
    waiver = {
        "rule": "license-not-allowed",
        "model": "org/model",
        "reason": "legal reviewed the terms (LEGAL-7)",
        "approved_by": "legal@acme.example",
        "expires": "2027-03-31",
        **fields,
    }
    body = "\n".join(f"    {key}: {value!r}" for key, value in waiver.items())
    path = tmp_path / "auditor.yaml"
    path.write_text("models: [./model]\nwaivers:\n  -\n" + body + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("approved_by", "   ", "e-mail address or name"),
        ("approved_by", "--", "e-mail address or name"),
        ("reason", "  \t ", "words saying why"),
        ("reason", ".", "words saying why"),
    ],
)
def test_waiver_without_words_is_refused_with_its_line(
    tmp_path: Path, field: str, value: str, said: str
) -> None:
    path = _manifest_with_waiver(tmp_path, **{field: value})
    with pytest.raises(InputFileError) as raised:
        load_manifest(path)
    assert said in str(raised.value)
    assert any(line is not None for line, _ in raised.value.problems)


@pytest.mark.parametrize(
    "approver",
    # names in any script: Devanagari vowel signs are marks, not letters, between its letters
    ["Dana Okafor", "legal@acme.example", "Zoë Ø. Brandt", "विधि विभाग अनुराधा मेहता", "李明"],
)
def test_waiver_approver_may_be_a_name_or_an_address(tmp_path: Path, approver: str) -> None:
    manifest = load_manifest(_manifest_with_waiver(tmp_path, approved_by=approver))
    assert manifest.waivers[0].approved_by == approver


def test_waiver_expiring_past_the_horizon_is_refused() -> None:
    waiver = Waiver(
        rule="license-not-allowed",
        model="org/model",
        reason="reviewed",
        approved_by="legal@acme.example",
        expires=date(9999, 12, 31),
        line=7,
    )
    today = date(2026, 11, 25)
    ((line, message),) = waiver_horizon_problems([waiver], today=today, settings={})
    assert line == 7 and "366 days" in message and "2027-11-26" in message
    # a policy may set any horizon, up to the last date there is
    assert waiver_horizon_problems([waiver], today=today, settings={"waiver_max_days": 10**7}) == []
    near = dataclasses.replace(waiver, expires=date(2027, 11, 26))
    assert waiver_horizon_problems([near], today=today, settings={}) == []
    assert waiver_horizon_problems([near], today=today, settings={"waiver_max_days": 30})
