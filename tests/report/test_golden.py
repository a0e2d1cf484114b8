"""Golden reports: each tests/golden/<case>/result.json renders exactly as the files beside it.

The inputs are saved results, so the renderers are pinned independently of the pipeline:
- example: examples/manifest.yaml audited by the real pipeline with a fixed clock;
- failing: a manifest written here (lineage, a waiver used and one unused, an API model, a
  Hub model that cannot be fetched offline) audited by the real pipeline with a fixed clock,
  from inside a temporary folder so that no temporary path reaches the result;
- hostile: a result built from a dict whose strings try to break every format.

`pytest --update-golden` rewrites the expected files (report.json, report.jsonl, report.md,
report.sarif.json, report.junit.xml) from result.json, for review in the diff. A result.json is
rebuilt from its builder below only when it is missing: delete it to take in pipeline changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.model import AuditResult
from auditor.model.codec import render_json
from auditor.model.decode import read_result, result_from_dict
from auditor.report.cyclonedx import render_cyclonedx
from auditor.report.jsonl import render_jsonl
from auditor.report.junit import render_junit
from auditor.report.markdown import render_markdown
from auditor.report.notice import render_notice
from auditor.report.render import render_html, render_text
from auditor.report.sanitize import sanitize_json
from auditor.report.sarif import render_sarif
from auditor.report.spdx3 import render_spdx3
from auditor.resources import reports_dir
from auditor.sources.hub import HubOptions
from tests.conftest import ROOT
from tests.report.test_junit import parse as parse_junit
from tests.report.test_sarif import assert_valid_sarif

GOLDEN = ROOT / "tests" / "golden"
FIXED_CLOCK = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)

OUTPUTS: dict[str, Callable[[AuditResult], str]] = {
    # as `--format json` writes it: the same data, unsafe characters \u-escaped
    "report.json": lambda result: sanitize_json(render_json(result)),
    "report.md": render_markdown,
    "report.sarif.json": lambda result: sanitize_json(render_sarif(result, cwd=ROOT)),
    "report.junit.xml": render_junit,
    "report.html": render_html,
    "report.txt": render_text,
    "report.cdx.json": lambda result: sanitize_json(render_cyclonedx(result)),
    "report.spdx.json": lambda result: sanitize_json(render_spdx3(result)),
    "report.jsonl": render_jsonl,
    "NOTICE.txt": render_notice,
}

Builder = Callable[[Path, pytest.MonkeyPatch], AuditResult]


def _example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AuditResult:
    monkeypatch.chdir(ROOT)
    return audit_manifest(Path("examples/manifest.yaml"), AuditOptions(clock=lambda: FIXED_CLOCK))


FAILING_MANIFEST = """\
# Golden case "failing": built by tests/report/test_golden.py.
version: 1
organization: {name: Example Corp, domicile: DE}
deployment:
  mau: 2500000
  annual_revenue_usd: 90000000
  regions: [EU]
  data: [personal-data]
  use_cases: [chatbot]
  distribution: saas
  attestations: {human_oversight: true}
models:
  - ref: ./models/chat-llama          # declares Apache-2.0 but is a Llama 3.1 fine-tune
    hosting: self-hosted
    region: DE
  - ref: ./models/vision-nc           # non-commercial, waived
    hosting: self-hosted
    region: DE
  - ref: ./models/mystery             # no license at all
  - ref: api:openai_api/gpt-4o
  - ref: example-org/unreachable-model@main   # not cached, and the audit runs offline
waivers:
  - rule: non-commercial-license-in-commercial-use
    model: ./models/vision-nc
    reason: Research licence bought from the licensor; contract pending countersignature
    approved_by: legal@example.com
    expires: 2027-06-30
    ticket: LEGAL-42
  - rule: license-unidentified
    model: ./models/no-such-model
    reason: Stale entry
    approved_by: legal@example.com
    expires: 2027-01-31
"""

FAILING_CARDS = {
    "chat-llama": "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n"
    "base_model_relation: finetune\n---\n# chat-llama\nA fine-tune of Llama 3.1 8B Instruct.\n",
    "vision-nc": "---\nlicense: cc-by-nc-4.0\n---\n# vision-nc\n",
    "mystery": "# mystery\nNo license here.\n",
}


def _failing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AuditResult:
    for name, card in FAILING_CARDS.items():
        folder = tmp_path / "models" / name
        folder.mkdir(parents=True)
        (folder / "README.md").write_text(card, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(FAILING_MANIFEST, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf-cache"), clock=lambda: FIXED_CLOCK
    )
    return audit_manifest(Path("manifest.yaml"), options)


NASTY = (
    "a | b `code` <script>alert(1)</script> [click](https://evil.example/x) "
    "www.evil.example @octocat mail@evil.example $x$ ~~s~~ *e* _u_ & &amp; ]]> \"q\" 'a'"
)
MULTILINE = "# Heading\n- item\n1. ordered\n> quote\n---\n```\nfence\n```\r\nend\u2028sep"
CONTROLS = "bell \x07 nul \x00 esc \x1b rtl \u202eevil\u202c"


def _evidence(file: str | None, line: int | None, text: str) -> dict[str, Any]:
    return {"file": file, "line": line, "text": text}


def _finding(rule: str, severity: str, **extra: Any) -> dict[str, Any]:
    return {
        "rule": rule,
        "category": "license",
        "severity": severity,
        "message": NASTY,
        "evidence": [
            _evidence("LICENSE [x](y).md", 3, MULTILINE),
            _evidence(None, None, CONTROLS),
        ],
        "remediation": "Fix it | <b>now</b> `please`",
        "waived": False,
        "waiver": None,
        "references": [
            {"text": "Clause [7]", "url": "https://licenses.example/clause-7"},
            {"text": "Bad link", "url": "javascript:alert(1)"},
        ],
        "obligation": False,
        "applies_from": None,
        **extra,
    }


def _hostile_document() -> dict[str, Any]:
    license_ = {
        "id": "LicenseRef-<b>|x",
        "name": "Evil | License <img src=x onerror=alert(1)>",
        "spdx": None,
        "scancode": None,
        "hf": None,
        "kind": "proprietary-terms",
        "confidence": 0.5,
        "method": "declared-tag",
    }
    model = {
        "ref": "./models/# evil | model <x> @here",
        "source": {
            "kind": "local",
            "repo_id": None,
            "revision": None,
            "resolved_sha": None,
            "gated": None,
            "endpoint": None,
        },
        "declared": {
            "license": "<b>x</b>",
            "license_name": None,
            "license_link": None,
            "base_models": ["org/base | `x`"],
            "base_model_relation": "finetune",
        },
        "license": license_,
        "effective_license": license_,
        "license_files": [],
        "terms": {},
        "term_evidence": {},
        "lineage": [
            {
                "ref": "org/base | `x`",
                "relation": "finetune <b>",
                "depth": 1,
                "parent": None,
                "license": {"id": "LicenseRef-[y](z)", "name": "y", "kind": None},
                "resolved_by": "card",
            }
        ],
        "findings": [
            _finding("evil-block", "block", message=NASTY + "\n" + MULTILINE),
            _finding("evil-warn", "warn", applies_from="2027-08-02"),
            _finding("evil-duty", "info", obligation=True),
            _finding(
                "evil-waived",
                "block",
                waived=True,
                waiver={
                    "reason": NASTY,
                    "approved_by": "@legal-team <legal@evil.example>",
                    "expires": "2027-01-01",
                    "ticket": "[T-1](https://evil.example)",
                },
            ),
        ],
        "verdict": "fail",
        "manifest_line": 7,
    }
    unreachable = {
        **model,
        "ref": "org/<unreachable>@main",
        "source": {
            "kind": "hub",
            "repo_id": "org/<unreachable>",
            "revision": "main",
            "resolved_sha": None,
            "gated": None,
            "endpoint": "https://hub.example",
        },
        "license": None,
        "effective_license": None,
        "lineage": [],
        "findings": [_finding("source-unavailable", "block", category="source")],
        "verdict": "error",
        "manifest_line": 9,
    }
    return {
        "schema_version": "1.2",
        "tool": {"name": "model-license-auditor", "version": "0.1.0"},
        "generated_at": "2026-11-22T12:00:00Z",
        "manifest": "deploy/my manifest #1.yaml",
        "policy": {"name": "strict <policy> | `x`", "sha256": "0" * 64},
        "verdict": "error",
        "findings": [
            _finding(
                "waiver-unused",
                "warn",
                category="waiver",
                evidence=[_evidence("deploy/my manifest #1.yaml", 20, NASTY)],
            )
        ],
        "models": [model, unreachable],
        "knowledge_digest": None,
        "license_facts": {},  # recorded: the database knew none of these licenses
    }


def _hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AuditResult:
    return result_from_dict(_hostile_document())


CASES: dict[str, Builder] = {"example": _example, "failing": _failing, "hostile": _hostile}


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_reports(
    case: str, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = GOLDEN / case
    source = folder / "result.json"
    update = bool(request.config.getoption("--update-golden"))
    if update and not source.exists():
        text = render_json(CASES[case](tmp_path, monkeypatch))
        assert str(tmp_path) not in text, "a temporary path leaked into the golden result"
        folder.mkdir(parents=True, exist_ok=True)
        source.write_text(text, encoding="utf-8", newline="")
    assert source.is_file(), f"{source} is missing; run pytest --update-golden"
    result = read_result(source)
    stale = []
    for name, render in OUTPUTS.items():
        expected = folder / name
        actual = render(result)
        if update:
            expected.write_text(actual, encoding="utf-8", newline="")
        elif not expected.is_file() or expected.read_bytes().decode("utf-8") != actual:
            stale.append(name)
    assert not stale, f"{case}: {', '.join(stale)} differ; run pytest --update-golden, review"


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_inputs_follow_the_result_schema(case: str) -> None:
    schema = json.loads((reports_dir() / "schema" / "result.schema.json").read_text())
    document = json.loads((GOLDEN / case / "result.json").read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(document)


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_outputs_are_valid(case: str) -> None:
    folder = GOLDEN / case
    assert_valid_sarif((folder / "report.sarif.json").read_text(encoding="utf-8"))
    parse_junit((folder / "report.junit.xml").read_bytes().decode("utf-8"))
    assert len((folder / "report.md").read_text(encoding="utf-8")) <= 65_536


def test_every_golden_folder_has_a_builder() -> None:
    folders = {p.name for p in GOLDEN.iterdir() if p.is_dir()} if GOLDEN.is_dir() else set()
    assert folders == set(CASES)


def test_hostile_case_is_built_from_its_document() -> None:
    saved = json.loads((GOLDEN / "hostile" / "result.json").read_text(encoding="utf-8"))
    assert saved == json.loads(render_json(result_from_dict(_hostile_document())))
