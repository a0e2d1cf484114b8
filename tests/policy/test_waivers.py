"""Waivers: scoped to rule and model (and revision), applied until they expire."""

from __future__ import annotations

from datetime import date

from auditor.model import Category, Finding, Severity
from auditor.model.deployment import Waiver
from auditor.policy.waivers import apply_waivers, unused_waivers, waiver_matches_model

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
