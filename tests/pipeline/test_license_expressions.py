"""License expressions judged end to end: `A OR B` is the licensee's choice, `A AND B` (and a
list of tags) binds every license, and the headline names the license whose terms decide.

Expectations come from the licenses' texts: MIT and Apache-2.0 (section 2) grant commercial
use; Apache-2.0 adds a patent-termination clause (section 3) and NOTICE duties (section 4) to
the attribution both ask; CC BY-NC 4.0 and CC BY-NC-SA 4.0 grant rights only "for
NonCommercial purposes" (section 2(a)(1)), and a SaaS product of a company is commercial use.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from auditor.api import audit_options
from auditor.model import ModelResult, Severity, Verdict
from auditor.model.deployment import Deployment
from auditor.model.kinds import LicenseKind
from auditor.pipeline.run import AuditOptions, audit

SAAS_US = Deployment(
    organization={"name": "Acme", "domicile": "US"},
    fields={
        "mau": 1000,
        "regions": ["US"],
        "data": ["public"],
        "use_cases": ["chatbot"],
        "distribution": "saas",
    },
)
NON_COMMERCIAL = "non-commercial-license-in-commercial-use"


def _audit(folder: Path, license_line: str, *, files: dict[str, str] | None = None) -> ModelResult:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(f"---\nlicense: {license_line}\n---\n# A model\n")
    for name, text in (files or {}).items():
        (folder / name).write_text(text)
    (model,) = audit([str(folder)], _options()).models
    return model


def _options() -> AuditOptions:
    options = audit_options(deployment=SAAS_US, offline=True, use_cache=False, jobs=1)
    return replace(options, suggest_alternatives=False)  # not what these tests are about


def _rules(model: ModelResult, severity: Severity) -> set[str]:
    return {f.rule for f in model.findings if f.severity is severity}


def _choice(model: ModelResult) -> str:
    (finding,) = [f for f in model.findings if f.rule == "license-choice"]
    assert finding.severity is Severity.INFO
    return finding.message


def test_or_of_two_permissive_licenses_passes_saas_and_says_which_was_chosen(
    tmp_path: Path,
) -> None:
    model = _audit(tmp_path / "dual", "apache-2.0 OR mit")
    assert model.verdict is Verdict.PASS
    assert NON_COMMERCIAL not in _rules(model, Severity.BLOCK)
    # both grant commercial use; MIT asks only for the notice, Apache-2.0 adds section 3
    assert model.effective_license is not None and model.effective_license.id == "MIT"
    assert model.license is not None and model.license.id == "Apache-2.0 OR MIT"
    message = _choice(model)
    assert message.startswith("Apache-2.0 OR MIT: the licensee may choose; MIT License chosen")
    assert "no duties beyond attribution" in message
    assert model.terms.get("commercial_use") == "allowed"


def test_or_of_a_non_commercial_and_a_permissive_license_chooses_the_permissive(
    tmp_path: Path,
) -> None:
    model = _audit(tmp_path / "dual", "cc-by-nc-4.0 OR mit")
    assert model.verdict is Verdict.PASS
    assert model.effective_license is not None and model.effective_license.id == "MIT"
    message = _choice(model)
    assert "MIT License chosen" in message
    assert f"would fail on {NON_COMMERCIAL}" in message


def test_or_where_every_option_fails_still_fails_and_names_each(tmp_path: Path) -> None:
    model = _audit(tmp_path / "dual", "cc-by-nc-4.0 OR cc-by-nc-sa-4.0")
    assert model.verdict is Verdict.FAIL
    assert NON_COMMERCIAL in _rules(model, Severity.BLOCK)
    message = _choice(model)
    assert "no option passes this policy" in message
    assert "Attribution-NonCommercial 4.0 International fails on" in message
    assert "Attribution-NonCommercial-ShareAlike 4.0" in message
    assert message.count(f"fails on {NON_COMMERCIAL}") == 2


def test_a_list_of_permissive_tags_is_an_and_that_passes_saas(tmp_path: Path) -> None:
    model = _audit(tmp_path / "list", "[apache-2.0, mit]")
    assert model.verdict is Verdict.PASS
    assert model.effective_license is not None
    assert model.effective_license.id == "Apache-2.0 AND MIT"
    assert not [f for f in model.findings if f.rule == "license-choice"]
    # every record's terms apply: Apache-2.0's patent clause as well as MIT's notice
    assert model.terms.get("commercial_use") == "allowed"
    assert model.terms.get("patent_termination") is True
    assert model.terms.get("attribution_required") is True


def test_and_of_a_permissive_and_a_non_commercial_license_fails_saas(tmp_path: Path) -> None:
    model = _audit(tmp_path / "both", "apache-2.0 AND cc-by-nc-4.0")
    assert model.verdict is Verdict.FAIL
    assert NON_COMMERCIAL in _rules(model, Severity.BLOCK)
    assert model.terms.get("commercial_use") == "prohibited"
    quotes = [e.text for e in model.term_evidence.get("commercial_use", ())]
    assert quotes and all("NonCommercial" in q for q in quotes)  # the deciding record


def test_a_nested_expression_is_expanded_into_options(tmp_path: Path) -> None:
    model = _audit(tmp_path / "nested", "(cc-by-nc-4.0 OR mit) AND apache-2.0")
    assert model.verdict is Verdict.PASS
    assert model.effective_license is not None
    assert model.effective_license.id == "MIT AND Apache-2.0"


def test_an_ancestors_license_is_never_optional(tmp_path: Path) -> None:
    folder = tmp_path / "child"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: apache-2.0 OR mit\nbase_model: huggyllama/llama-7b\n---\n# A model\n"
    )
    (model,) = audit([str(folder)], _options()).models
    assert model.verdict is Verdict.FAIL
    assert NON_COMMERCIAL in _rules(model, Severity.BLOCK)
    assert model.effective_license is not None and model.effective_license.id is not None
    assert "LicenseRef-llama-1-noncommercial" in model.effective_license.id


def test_the_headline_names_the_non_commercial_license_under_an_apache_tag(
    tmp_path: Path, corpus: Path
) -> None:
    text = (corpus / "licenses" / "cc-by-nc-sa-4.0.txt").read_text()
    model = _audit(tmp_path / "nc", "apache-2.0", files={"LICENSE": text})
    assert model.verdict is Verdict.FAIL
    assert NON_COMMERCIAL in _rules(model, Severity.BLOCK)
    assert model.declared.license == "apache-2.0"  # the declared value is kept as declared
    for match in (model.license, model.effective_license):
        assert match is not None and match.id == "Apache-2.0 AND CC-BY-NC-SA-4.0"
        assert match.name is not None and "NonCommercial" in match.name
        assert match.kind == LicenseKind.NON_COMMERCIAL


def test_the_headline_names_a_non_commercial_license_model_file(
    tmp_path: Path, corpus: Path
) -> None:
    files = {
        "LICENSE": (corpus / "licenses" / "apache-2.0.txt").read_text(),
        "LICENSE-MODEL": (corpus / "licenses" / "cc-by-nc-sa-4.0.txt").read_text(),
    }
    model = _audit(tmp_path / "nc", "apache-2.0", files=files)
    assert model.verdict is Verdict.FAIL
    for match in (model.license, model.effective_license):
        assert match is not None and match.id == "Apache-2.0 AND CC-BY-NC-SA-4.0"
        assert match.kind == LicenseKind.NON_COMMERCIAL
