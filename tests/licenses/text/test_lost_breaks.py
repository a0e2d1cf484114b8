"""Known sentences run together where a copy lost the blank line or full stop between them (a
gating form or card flattening a license and its use policy) are not a change: each run of
lines is the reference's own. A line no reference has, a rule with a word changed, or a soft
wrap that puts a name at a line's start stays a difference.

The license texts are read from the corpus at test time; every added line is our own wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from auditor.licenses.text.differences import _can_begin
from auditor.licenses.text.identify import identify_text


def _read(corpus: Path, stem: str) -> str:
    return (corpus / "licenses" / f"{stem}.txt").read_text(encoding="utf-8")


def _flattened(text: str) -> str:
    """The text with its blank lines dropped, as a one-string form field keeps it."""
    return re.sub(r"\n\s*\n+", "\n", text)


def _numbered(text: str) -> str:
    """The text's top-level bullets written as numbers, as some gating forms do."""
    count = iter(range(1, 1000))
    return re.sub(r"(?m)^\* ", lambda _m: f"{next(count)}. ", text)


@pytest.mark.parametrize("shape", [_flattened, lambda t: _numbered(_flattened(t))])
def test_license_and_use_policy_flattened_read_as_published(
    corpus: Path, shape: Callable[[str], str]
) -> None:
    text = _read(corpus, "llama-3.1-community") + "\n" + shape(_read(corpus, "llama-3.1-aup"))
    found = identify_text(text)
    assert found.match is not None
    assert found.match.id == "LicenseRef-llama-3.1-community"
    assert found.differences == ()


@pytest.mark.parametrize(
    "added",
    [
        "Nor may you run the model to score anyone's credit or eligibility for loans.",
        "Running it for credit scoring is also outside this policy",
        "Each deployment must be registered with us before launch",
    ],
)
def test_a_line_of_our_own_between_flattened_sentences_stays_a_change(
    corpus: Path, added: str
) -> None:
    policy = _flattened(_read(corpus, "llama-3.1-aup"))
    last_item = "known dangers of your AI system\n"
    assert last_item in policy
    policy = policy.replace(last_item, f"{last_item}{added}\n", 1)
    found = identify_text(_read(corpus, "llama-3.1-community") + "\n" + policy)
    assert found.match is not None
    assert found.match.method == "text-modified"
    assert found.differences  # the list the line joined, quoted (cut short)


@pytest.mark.parametrize(
    ("previous", "line", "begins"),
    [
        ("disclose any known dangers of your AI system", "Please report any violation", True),
        ("the following means:", "    * Reporting issues with the model", True),
        ("uses that are not allowed", "2. sorting people into groups", True),
        ("the terms below", "(b) no redistribution", True),
        ("or any output or results of the", "Kestrel Materials to improve", False),
        ("proceedings against Northwind or any entity", "(including a cross-claim", False),
        ("the Kestrel", "Materials or Kestrel 2 outputs", False),
        ("EVEN IF", "Kestrel OR ITS AFFILIATES", False),
        ("WILL NOT BE", "LIABLE UNDER ANY THEORY", False),
        ("excluding Kestrel 2 or", "derivative works thereof", False),
        ("rights granted by", "Licensor to you", False),
    ],
)
def test_which_lines_can_begin_a_sentence_of_their_own(
    previous: str, line: str, begins: bool
) -> None:
    assert _can_begin(previous, line) is begins
