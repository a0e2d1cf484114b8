"""Files that are the declared parts of an `A AND B` expression (session 22, held-out round): a
model declared `MIT AND CC-BY-NC-SA-4.0` with its code under LICENSE (MIT) and its weights
under LICENSE-WEIGHTS (CC BY-NC-SA 4.0) states both licences, as the expression says; the two
files do not contradict each other, so no `license-files-disagree`. The strictest terms still
bind: the NonCommercial term keeps a company's use out. Where the files do disagree with the
declaration (declared MIT alone, a NonCommercial file beside it), the warning stays.

The licence texts are read from the shared corpus at run time (skipped without it).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from auditor.api import AuditOptions, audit_manifest
from auditor.model import ModelResult
from auditor.sources.hub import HubOptions

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "licenses"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not found")


def _audit(tmp_path: Path, declared: str, files: dict[str, str], org_type: str) -> ModelResult:
    model = tmp_path / "model"
    model.mkdir(parents=True)
    front = yaml.safe_dump({"license": declared, "pipeline_tag": "text-classification"})
    (model / "README.md").write_text(f"---\n{front}---\n\n# A classifier\n", encoding="utf-8")
    for name, corpus in files.items():
        text = (CORPUS / corpus).read_text(encoding="utf-8")
        (model / name).write_text(text, encoding="utf-8")
    manifest = {
        "version": 1,
        "organization": {"name": "Example", "domicile": "GB", "type": org_type},
        "deployment": {"distribution": "internal", "use_cases": ["internal-analytics"]},
        "models": [{"ref": "./model", "hosting": "self-hosted"}],
    }
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        clock=lambda: NOW,
        cache_dir=tmp_path / "analysis",
        use_cache=False,
        jobs=1,
        suggest_alternatives=False,
    )
    (result,) = audit_manifest(tmp_path / "manifest.yaml", options).models
    return result


def _rules(result: ModelResult) -> set[str]:
    return {finding.rule for finding in result.findings}


@pytest.mark.parametrize(
    ("declared", "files"),
    [
        (
            "MIT AND CC-BY-NC-SA-4.0",
            {"LICENSE": "mit.txt", "LICENSE-WEIGHTS": "cc-by-nc-sa-4.0.txt"},
        ),
        (
            "apache-2.0 AND cc-by-nc-sa-4.0",
            {"LICENSE": "apache-2.0.txt", "MODEL_LICENSE.md": "cc-by-nc-sa-4.0.txt"},
        ),
    ],
)
def test_the_declared_parts_of_a_conjunction_do_not_disagree_and_both_bind(
    tmp_path: Path, declared: str, files: dict[str, str]
) -> None:
    charity = _audit(tmp_path / "charity", declared, files, "non-profit")
    assert "license-files-disagree" not in _rules(charity)
    company = _audit(tmp_path / "company", declared, files, "company")
    assert "license-files-disagree" not in _rules(company)
    assert "non-commercial-license-in-commercial-use" in _rules(company)
    # twin: declared as the permissive part alone, the NonCommercial file really disagrees
    alone = declared.split(" AND ")[0]
    twin = _audit(tmp_path / "twin", alone, files, "non-profit")
    assert "license-files-disagree" in _rules(twin)
