"""Issue 35 item 4: the text report shows the run's own findings (an unused waiver, with the
model reference it probably meant), each model's obligations as a checklist, and ends with the
verdict line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from auditor.model import Verdict
from auditor.model.decode import read_result
from auditor.model.deployment import Waiver
from auditor.policy.waivers import unused_waivers
from auditor.report.render import render_text
from auditor.report.view import VERDICT_WORDS

SAVED = Path(__file__).resolve().parents[1] / "golden" / "example" / "result.json"


def _waiver(model: str) -> Waiver:
    return Waiver("foreign-governing-law", model, "counsel", "Legal", date(2027, 1, 1), line=12)


def test_an_unused_waiver_names_the_reference_it_probably_meant() -> None:
    refs = ["./models/acme-chat-llama", "./models/acme-embedder"]
    (finding,) = unused_waivers(
        [_waiver("./models/acme-chat-lama")], set(), manifest="m.yaml", refs=refs
    )
    assert "did you mean './models/acme-chat-llama'?" in finding.message
    (exact,) = unused_waivers([_waiver(refs[1])], set(), manifest="m.yaml", refs=refs)
    assert "did you mean" not in exact.message


def test_text_shows_run_findings_obligations_and_ends_with_the_verdict() -> None:
    result = read_result(SAVED)
    run = unused_waivers(
        [_waiver("./models/acme-chat-lama")],
        set(),
        manifest="m.yaml",
        refs=[m.ref for m in result.models],
    )
    text = render_text(replace(result, findings=tuple(run)), width=200)
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[-1] == VERDICT_WORDS[result.verdict]
    assert "This run" in text and "waiver-unused" in text and "did you mean" in text
    duties = [m for m in result.models for f in m.findings if f.obligation]
    assert duties
    assert text.count("    [ ] ") == sum(f.obligation for m in result.models for f in m.findings)
    assert "[ ] derivative-naming: Models built or improved with" in text


def test_text_opens_with_the_blocking_reasons_most_models_first() -> None:
    failing = read_result(SAVED.parents[1] / "failing" / "result.json")
    text = render_text(failing, width=200)
    assert "Blocking reasons (most models first)" in text
    section = text.split("Blocking reasons", 1)[1].split("\n\n", 1)[0]
    blocked = {f.rule for m in failing.models for f in m.findings if f.severity == "block"}
    assert blocked and all(f"({rule})" in section for rule in blocked if rule in section)
    assert "non-commercial-license-in-commercial-use" in section and "fix: " in section
    # a result where nothing blocks has no reasons section: the example without the model it
    # blocks (a company's research under CC BY-NC 4.0)
    example = read_result(SAVED)
    unblocked = [m for m in example.models if m.verdict is not Verdict.FAIL]
    assert len(unblocked) == len(example.models) - 1
    passing = replace(example, models=tuple(unblocked), verdict=Verdict.WARN)
    assert "Blocking reasons" not in render_text(passing, width=200)
