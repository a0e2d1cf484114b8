"""A grant for any purpose other than a defined term whose name says only that its purposes are
left out ("except a Restricted Use"), defined earlier as use in or for a business: read through
its definition, a grant confined to non-commercial use. Counter-examples: the same term defined
as a harm (weapons), a business named with a further mark, business use included. Sentences are
our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_LICENCE = (
    "1. Definitions.\n"
    '1.1 "Restricted Use" means {}.\n'
    '1.2 "Weights" means the Heron-2B parameters.\n'
    "2. Warranty. The Weights are provided without warranty.\n"
    "3. Grant. Heron Labs grants you a free licence to use, copy and adapt the Weights for any"
    " purpose except a Restricted Use.\n"
)


def _values(text: str) -> dict[str, object]:
    return {key: term.value for key, term in extract_terms(text).items()}


def test_excluded_business_use_through_a_definition_is_non_commercial() -> None:
    body = "use by or on behalf of a company, including for its internal operations"
    values = _values(_LICENCE.format(body))
    assert values["commercial_use"] == "prohibited"
    assert values["kind"] == "non-commercial"


def test_excluded_harm_through_a_definition_keeps_commercial_use() -> None:
    values = _values(_LICENCE.format("any use to design or build weapons"))
    assert values["commercial_use"] == "allowed"
    assert values["use_restrictions"] == ["weapons"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "You may run the adapters for any purpose other than use in the course of, or on"
            " behalf of, a trade or profession.",
            "prohibited",
        ),
        (
            "We license the weights to you for all purposes, excluding any business purpose.",
            "prohibited",
        ),
        (
            "You may use the weights for any purpose other than for a business that sells weapons.",
            "allowed",
        ),
        (
            "The adapters may be used for any purpose, including use in the course of a business.",
            "allowed",
        ),
    ],
)
def test_business_use_carved_out_of_a_grant(text: str, value: str) -> None:
    assert _values(text)["commercial_use"] == value
