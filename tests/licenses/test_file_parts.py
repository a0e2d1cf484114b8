"""Licenses and license files a card assigns to another part than the model (file_parts.py)."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.file_parts import OtherParts, other_parts
from auditor.model import LicenseMatch

DB = load_license_db()


def _match(license_id: str) -> LicenseMatch:
    return LicenseMatch(license_id, license_id, None, None, None, None, 1.0, "text-exact")


def test_a_table_row_for_the_code_takes_its_license_and_file() -> None:
    body = (
        "| part | licence |\n|---|---|\n"
        "| training code (`src/`) | Apache-2.0, see LICENSE |\n"
        "| model weights | MIT |\n"
    )
    parts = other_parts(body, DB)
    assert parts.ids == {"Apache-2.0"}
    assert parts.files == {"license"}
    assert parts.model_ids == {"MIT"}
    assert parts.covers("LICENSE", _match("Apache-2.0"))
    assert not parts.covers("LICENSE", _match("MIT"))  # MIT is the model's


@pytest.mark.parametrize(
    "body",
    [
        "The code in this repo is released under Apache 2.0 (see LICENSE); the weights are MIT.",
        "Scripts are Apache-2.0 licensed, while the checkpoints are released under MIT.",
        "- Training code: Apache License 2.0\n- Weights: MIT License",
        "Documentation and the demo notebooks are CC BY 4.0 (`LICENSE-DOCS`).",
        "The training data is CC-BY-4.0, see LICENSE-DATA.",
    ],
)
def test_sentences_and_items_assign_to_other_parts(body: str) -> None:
    parts = other_parts(body, DB)
    assert parts.ids or parts.files
    assert not parts.ids & parts.model_ids


@pytest.mark.parametrize(
    "body",
    [
        "The code and the model weights are released under Apache 2.0 (see LICENSE).",
        "This model is open source under Apache-2.0; see LICENSE.",
        "Apache-2.0. See LICENSE for the full text.",  # no part named: the release's
        "We thank the open-source community for their code.",  # no license named
    ],
)
def test_nothing_is_set_aside_unless_another_part_alone_is_named(body: str) -> None:
    parts = other_parts(body, DB)
    assert not parts.covers("LICENSE", _match("Apache-2.0"))


def test_a_license_also_given_to_the_model_is_never_set_aside() -> None:
    body = "The code is Apache-2.0 (LICENSE). The model weights are Apache-2.0 as well."
    assert not other_parts(body, DB).covers("LICENSE", _match("Apache-2.0"))


def test_only_the_named_file_or_license_is_covered() -> None:
    parts = OtherParts(ids=frozenset({"Apache-2.0"}), files=frozenset({"license-code"}))
    assert parts.covers("sub/LICENSE-CODE", _match("BSD-3-Clause"))
    assert parts.covers("LICENSE", _match("Apache-2.0"))
    assert not parts.covers("LICENSE", _match("CC-BY-NC-4.0"))


def test_a_license_given_to_the_data_sets_aside_only_the_file_named_for_it() -> None:
    parts = other_parts("The training data is released under CC-BY-4.0.", DB)
    assert not parts.covers("LICENSE", _match("CC-BY-4.0"))
    named = other_parts("The training data is released under CC-BY-4.0 (LICENSE-DATA).", DB)
    assert named.covers("LICENSE-DATA", _match("CC-BY-4.0"))
    assert not named.covers("LICENSE", _match("CC-BY-4.0"))
