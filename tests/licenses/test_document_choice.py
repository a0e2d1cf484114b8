"""A choice the release states between its own license documents: found only as a plain
choice (twins: both apply, a condition, a negation), each option judged on its own documents,
and kept through a saved result."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from auditor.api import AuditOptions, audit_manifest
from auditor.licenses.document_choice import offered_documents
from auditor.model import LicenseFile
from auditor.model.codec import render_json
from auditor.model.decode import result_from_dict
from auditor.resources import reports_dir
from auditor.sources.hub import HubOptions
from tests.scenarios.loader import build, parse, policy_argument

_NON_COMMERCIAL = """Quillbrook Terms A

You may use, copy and change Quillbrook-4B for non-commercial purposes only.
Any commercial use is outside Terms A.
"""
_CAPPED = """Quillbrook Terms B

You may use Quillbrook-4B in commercial products with up to 500,000 monthly active users.
Above that number Terms B ends.
"""


def _files(choice: str) -> list[tuple[LicenseFile, None]]:
    texts = {"TERMS-A.md": _NON_COMMERCIAL, "TERMS-B.md": _CAPPED, "README.md": choice}
    return [(LicenseFile(path, None, None, text, "test"), None) for path, text in texts.items()]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may take Quillbrook-4B under TERMS-A.md or under TERMS-B.md, as you choose.",
        "At your option, the model is licensed under either Terms A or Terms B.",
        "Quillbrook-4B is dual-licensed: TERMS-A or TERMS-B, whichever you prefer.",
        "Pick Quillbrook Terms A or Quillbrook Terms B; the choice is yours.",
        # the twin of a choice bound elsewhere: nobody bound to one option
        "Anyone may use TERMS-A.md or TERMS-B.md, at their option.",
    ],
)
def test_a_plain_choice_between_two_documents(sentence: str) -> None:
    found = offered_documents(_files(sentence))
    assert found is not None
    assert found.paths == ("TERMS-A.md", "TERMS-B.md")
    assert found.evidence.file == "README.md"


@pytest.mark.parametrize(
    "sentence",
    [
        # both bind: no choice
        "Quillbrook-4B is licensed under TERMS-A.md and TERMS-B.md, as you will see.",
        # a condition names who takes which: no free choice
        "If you are a non-profit you may choose TERMS-A.md or TERMS-B.md, at your option.",
        "Companies may use TERMS-B.md only; everyone else may choose TERMS-A.md or TERMS-B.md.",
        # a negation
        "You may not choose between TERMS-A.md or TERMS-B.md as you like.",
        # no word of choice
        "See TERMS-A.md or TERMS-B.md for details.",
        # one document named
        "You may take Quillbrook-4B under TERMS-B.md, as you choose.",
        # no word of licensing beside the names: a pointer, not a choice
        "For questions see TERMS-A.md or TERMS-B.md, as you prefer.",
        # someone bound to one option elsewhere: no free choice
        "Companies must accept TERMS-B.md. Others may use TERMS-A.md or TERMS-B.md, at their "
        "option.",
    ],
)
def test_no_choice(sentence: str) -> None:
    assert offered_documents(_files(sentence)) is None


_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _scenario(card: str, mau: int) -> dict[str, object]:
    return {
        "id": "document-choice",
        "model": {
            "folder": {"TERMS-A.md": _NON_COMMERCIAL, "TERMS-B.md": _CAPPED},
            "readme": {"license": "other", "license_name": "quillbrook",
                       "pipeline_tag": "text-generation"},
            "card": card,
        },
        "organization": {"name": "Tarnfield Apps Ltd", "domicile": "GB"},
        "deployment": {"mau": mau, "distribution": "saas", "use_cases": ["chatbot"],
                       "regions": ["GB"]},
        "policy": "default",
        "waivers": [
            {"rule": "license-unidentified", "reason": "bespoke terms read by counsel",
             "approved_by": "legal@tarnfield.example", "expires": "2027-06-30"}
        ],
        "expect": {"verdict": "pass"},
        "reason": "test",
    }  # fmt: skip


def _audit(tmp_path: Path, card: str, mau: int) -> tuple[str, list[str], str]:
    scenario = parse(_scenario(card, mau), "test", 0)
    manifest = build(scenario, tmp_path)
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        policy=policy_argument(scenario, tmp_path),
        clock=lambda: _NOW,
        cache_dir=tmp_path / "analysis",
        use_cache=False,
        jobs=1,
        suggest_alternatives=False,
    )
    result = audit_manifest(manifest, options)
    (model,) = result.models
    rules = [f.rule for f in model.findings if not f.waived]
    return str(model.verdict), rules, render_json(result)


_CHOICE_CARD = (
    "# Quillbrook-4B\n\nYou may take it under TERMS-A.md or under TERMS-B.md, as you choose.\n"
)
_BOTH_CARD = "# Quillbrook-4B\n\nIt is licensed under TERMS-A.md and under TERMS-B.md.\n"


def test_each_option_is_judged_and_the_passing_one_kept(tmp_path: Path) -> None:
    # a company at 200,000 MAU: Terms A bars commercial use, Terms B allows it under 500,000
    verdict, rules, saved = _audit(tmp_path, _CHOICE_CARD, 200_000)
    assert verdict == "pass"
    assert "non-commercial-license-in-commercial-use" not in rules
    assert "license-choice" in rules
    document = json.loads(saved)
    schema = json.loads((reports_dir() / "schema" / "result.schema.json").read_text())
    jsonschema.validators.validator_for(schema)(schema).validate(document)
    options = document["models"][0]["document_options"]
    assert [o["path"] for o in options] == ["TERMS-A.md", "TERMS-B.md"]
    again = result_from_dict(document)
    assert again.models[0].document_options[1].path == "TERMS-B.md"


def test_twin_above_the_cap_no_option_covers_it(tmp_path: Path) -> None:
    verdict, _, _ = _audit(tmp_path, _CHOICE_CARD, 2_000_000)  # 4x Terms B's cap
    assert verdict == "fail"


def test_twin_both_documents_bind(tmp_path: Path) -> None:
    verdict, rules, _ = _audit(tmp_path, _BOTH_CARD, 200_000)
    assert verdict == "fail"
    assert "non-commercial-license-in-commercial-use" in rules
