"""A card's model-details table row or label line whose key is commercial use
(`| Commercial use | No |`, `- **Commercial use:** not permitted`, `| 商用利用 | 不可 |`) states a
term of the model: commercial use is prohibited, whatever the `license:` tag says.

The card readers gathered rows and labels keyed by the license's name only, so such a row
outside a License section was never read, and the English label was not read even inside one
(a false pass). A row of a table comparing other models is not the model's; a row saying yes
bans nothing. Every card is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.model import ModelResult
from auditor.pipeline.run import AuditOptions, audit


def _audit(tmp_path: Path, body: str) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    card = f"---\nlicense: apache-2.0\n---\n# Pipit-2B\n\nA small chat model.\n\n{body}"
    (folder / "README.md").write_text(card, encoding="utf-8")
    result = audit([str(folder)], AuditOptions(use_cache=False, suggest_alternatives=False))
    (model,) = result.models
    return model


def _row(key: str, value: str) -> str:
    return f"| Item | Value |\n|---|---|\n| Developer | Pipit Lab |\n| {key} | {value} |\n"


BANS = {
    "en-row-no": _row("Commercial use", "No"),
    "en-row-cross": _row("**Commercial use**", "❌"),
    "en-row-not-permitted": _row("Commercial usage", "Not permitted"),
    "en-label-in-details-list": "## Model details\n\n- **Commercial use:** Not allowed\n",
    "en-label-in-license-section": (
        "## License\n\nApache 2.0 for the code.\n\n- Commercial use: No\n"
    ),
    "ja-row": _row("商用利用", "不可"),
    "zh-row": _row("商业使用", "不允许"),
    "de-row": _row("Kommerzielle Nutzung", "Nein"),
    "fr-row": _row("Utilisation commerciale", "Non"),
    "es-row": _row("Uso comercial", "No"),
}


@pytest.mark.parametrize("name", sorted(BANS))
def test_a_commercial_use_row_saying_no_bans_it(tmp_path: Path, name: str) -> None:
    model = _audit(tmp_path, BANS[name])
    assert model.terms is not None
    assert model.terms.get("commercial_use") == "prohibited", name


ALLOWED = {
    "en-row-yes": _row("Commercial use", "Yes"),
    "ja-row-ok": _row("商用利用", "可"),
    "comparison-of-other-models": (
        "## Comparison\n\n| Model | Commercial use |\n|---|---|\n| Other-7B | No |\n"
        "| Another-3B | No |\n"
    ),
}


@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_a_row_saying_yes_or_about_other_models_bans_nothing(tmp_path: Path, name: str) -> None:
    model = _audit(tmp_path, ALLOWED[name])
    assert model.terms is not None
    assert model.terms.get("commercial_use") != "prohibited", name
