"""A licence file offering several licences and naming them after the offer (session 20): in a
list under it, or after a colon. With the licensee's choosing words ("pick either one", "at
your option", "whichever you choose", "the licence you select") it names an OR of them; without
them, all of them bind (AND). A card declaring one option of that OR agrees with the file.

Texts written for this test in our own words; counter-examples: "either" in a sentence that
offers no choice, list items naming parts of the release rather than licences, an item naming
no licence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import AuditOptions, audit
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.text.identify import identify_text
from auditor.model import ModelResult
from auditor.model.deployment import Deployment

_LISTED_CHOICE = """Licence of this repository

All files here, the weights included, are offered under two licences. Choose either one: the
licence you select is the one you follow.

  * MIT License - see LICENSE-MIT
  * Apache License, Version 2.0 - see LICENSE-APACHE
"""


def _named(text: str) -> str | None:
    match = identify_text(text, db=load_license_db()).match
    return None if match is None else match.id


def test_an_offer_with_choosing_words_and_a_list_is_an_or() -> None:
    assert _named(_LISTED_CHOICE) == "MIT OR Apache-2.0"


@pytest.mark.parametrize(
    "text",
    [
        "The checkpoint is offered under two licences: the MIT License and the Apache License "
        "2.0, whichever you choose.\n",
        "Dual-licensed under the following licences:\n\n- MIT License\n- Apache License 2.0\n",
    ],
)
def test_the_names_after_a_colon_or_in_a_list_are_read(text: str) -> None:
    assert _named(text) == "MIT OR Apache-2.0"


def test_either_that_offers_no_choice_leaves_both_binding() -> None:
    text = "Either way, the model is offered under two licences: MIT and Apache 2.0.\n"
    assert _named(text) == "MIT AND Apache-2.0"


def test_a_list_without_choosing_words_binds_every_licence() -> None:
    text = (
        "The weights are available under these licences:\n\n1. CC BY-NC 4.0\n2. MIT License\n\n"
        "You must comply with both.\n"
    )
    assert _named(text) == "CC-BY-NC-4.0 AND MIT"


def test_items_naming_parts_or_nothing_are_no_offer() -> None:
    parts = (
        "The repository is distributed under two licences, pick either one:\n\n"
        "- Source code: Apache License 2.0\n- Weights: CC BY-NC 4.0\n"
    )
    assert _named(parts) != "Apache-2.0 OR CC-BY-NC-4.0"
    vague = (
        "The model is offered under two licences, at your option:\n\n- MIT License\n"
        "- a licence we will publish later\n"
    )
    assert _named(vague) is None or " OR " not in (_named(vague) or "")


_DEPLOYMENT = Deployment(
    organization={"name": "Test Co", "domicile": "US"},
    fields={"mau": 5_000, "regions": ["US"], "distribution": "saas", "use_cases": ["chatbot"]},
)


def _audit(tmp_path: Path, declared: str, corpus: Path) -> ModelResult:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(f"---\nlicense: {declared}\n---\n# m\n")
    (folder / "LICENSE").write_text(_LISTED_CHOICE)
    (folder / "LICENSE-MIT").write_text((corpus / "licenses" / "mit.txt").read_text())
    apache = (corpus / "licenses" / "apache-2.0.txt").read_text()
    (folder / "LICENSE-APACHE").write_text(apache)
    (model,) = audit([str(folder)], AuditOptions(deployment=_DEPLOYMENT)).models
    return model


def test_a_card_declaring_one_option_agrees_with_the_file(tmp_path: Path, corpus: Path) -> None:
    model = _audit(tmp_path, "apache-2.0", corpus)
    assert "license-declared-vs-file" not in {f.rule for f in model.findings}
    # the choice stays the file's: the policy judges each option the licensee may take
    assert model.license is not None and model.license.id == "MIT OR Apache-2.0"


def test_a_card_declaring_no_option_still_disagrees(tmp_path: Path, corpus: Path) -> None:
    model = _audit(tmp_path, "cc-by-nc-4.0", corpus)
    assert "license-declared-vs-file" in {f.rule for f in model.findings}
