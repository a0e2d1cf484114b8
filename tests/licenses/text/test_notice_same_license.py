"""A short text putting the weights under the license another part of the release is under,
by name ("released under the same MIT licence as the code"): a notice naming that license,
as "released under the MIT licence" is. Found through held-out round G (a MODEL_LICENSE file).
"""

from __future__ import annotations

import pytest

from auditor.licenses.text.identify import identify_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SKUA WEIGHTS\n\nThe checkpoints are licensed under the same Apache 2.0 licence as "
            "the training code.\n",
            "Apache-2.0",
        ),
        (
            "The model weights are distributed under the same MIT License as the rest of this "
            "repository.\n",
            "MIT",
        ),
    ],
)
def test_the_same_named_license_is_a_notice(text: str, expected: str) -> None:
    match = identify_text(text).match
    assert match is not None and match.id == expected


@pytest.mark.parametrize(
    "text",
    [
        "The weights are not released under the same MIT License as the code.\n",
        "A base model that is released under the same MIT License as ours was used.\n",
    ],
)
def test_a_negated_or_anothers_same_license_names_none(text: str) -> None:
    match = identify_text(text).match
    assert match is None or match.id != "MIT"
