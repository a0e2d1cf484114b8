"""A card whose metadata declares no license but whose own text names one (a model-details
table row, a label line): the license it names is the model's, said as
`license-not-declared` (the Hub shows none), never `license-missing` and `unidentified`.

The card's words were read (card_claims.py) but weighed only against a declaration; with no
declaration they were dropped, so a CC BY-NC model stated in a table blocked a university's
research as "license unknown", and an Apache model stated the same way blocked every use.
A license the metadata names but the auditor does not know stays unidentified (fail closed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.model import ModelResult, Severity
from auditor.pipeline.run import AuditOptions, audit


def _audit(tmp_path: Path, card: str) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(card, encoding="utf-8")
    result = audit([str(folder)], AuditOptions(use_cache=False, suggest_alternatives=False))
    (model,) = result.models
    return model


_TABLE = "| Field | Value |\n|---|---|\n| Developed by | Heron Lab |\n| {key} | {value} |\n"

CARDS = {
    "table-row-no-front-matter": (
        "# Heron-1B\n\n" + _TABLE.format(key="License", value="CC BY-NC 4.0"),
        "CC-BY-NC-4.0",
    ),
    "weights-licence-row-pipeline-only": (
        "---\npipeline_tag: text-generation\n---\n# Heron-1B\n\n"
        + _TABLE.format(key="**Weights licence**", value="Apache 2.0"),
        "Apache-2.0",
    ),
    "list-label-other-without-name": (
        "---\nlicense: other\n---\n# Heron-1B\n\n- License: MIT\n",
        "MIT",
    ),
}


@pytest.mark.parametrize("name", sorted(CARDS))
def test_the_license_the_card_names_is_the_models(tmp_path: Path, name: str) -> None:
    card, expected = CARDS[name]
    model = _audit(tmp_path, card)
    rules = {f.rule for f in model.findings}
    assert model.license is not None and model.license.id == expected, (name, model.license)
    assert "license-missing" not in rules, name
    assert "license-unidentified" not in rules, name
    (said,) = [f for f in model.findings if f.rule == "license-not-declared"]
    assert said.severity is Severity.WARN
    assert said.evidence and said.evidence[0].line is not None


def test_the_strictest_of_several_named_licenses_binds(tmp_path: Path) -> None:
    card = "# Heron-1B\n\n- License: Apache 2.0\n\n## License\n\nCC BY-NC 4.0\n"
    model = _audit(tmp_path, card)
    assert model.license is not None and model.license.id == "CC-BY-NC-4.0"


def test_a_license_the_metadata_names_and_nobody_knows_stays_unidentified(
    tmp_path: Path,
) -> None:
    card = (
        "---\nlicense: other\nlicense_name: heron-weights-terms\n---\n# Heron-1B\n\n"
        "- License: Apache 2.0\n"
    )
    model = _audit(tmp_path, card)
    assert "license-unidentified" in {f.rule for f in model.findings}


def test_a_license_named_by_a_line_is_no_changed_copy_of_its_text(tmp_path: Path) -> None:
    # "License: CC BY-NC 4.0" names the license; it is no copy of the text, so what it does
    # not state (the attribution duty, the commercial ban) is not a difference from it
    model = _audit(tmp_path, "# Heron-1B\n\nA small text model.\n\nLicense: CC BY-NC 4.0\n")
    assert model.license is not None and model.license.id == "CC-BY-NC-4.0"
    assert "license-text-differs" not in {f.rule for f in model.findings}


def test_a_document_named_by_its_title_still_differs_where_it_says_otherwise(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text("---\nlicense: cc-by-nc-4.0\n---\n# Heron-1B\n")
    (folder / "LICENSE").write_text(
        "Creative Commons Attribution-NonCommercial 4.0 International Public License\n\n"
        "Commercial use is permitted. You may use the weights for commercial purposes.\n"
    )
    result = audit([str(folder)], AuditOptions(use_cache=False, suggest_alternatives=False))
    (model,) = result.models
    differs = [f.message for f in model.findings if f.rule == "license-text-differs"]
    # what it states against the record differs; what it leaves unsaid does not
    assert len(differs) == 1 and "commercial_use = 'allowed'" in differs[0], differs


@pytest.mark.parametrize("tag", ["proprietary", "custom", "none"])
def test_a_tag_that_says_something_of_the_terms_is_not_replaced_by_the_cards_text(
    tmp_path: Path, tag: str
) -> None:
    # `proprietary` or `none` is stricter than the Apache line below it: the strictest
    # reading keeps the model's license unknown, never the text's permissive one
    card = f"---\nlicense: {tag}\n---\n# Heron-1B\n\n- License: Apache 2.0\n"
    model = _audit(tmp_path, card)
    assert model.license is None or model.license.id != "Apache-2.0", model.license
    assert "license-not-declared" not in {f.rule for f in model.findings}
