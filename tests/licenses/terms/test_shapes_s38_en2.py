"""Shapes found in session 38's held-out round (English, helper en2), each with a twin (the
sentences are ours).

- The licensor's permission "given" first or "in writing" ("only once Finch Labs has given you
  its permission", "our consent in writing") is a written-permission condition; a licence that
  "gives you permission to" do something grants it.
- "No commercial use of any kind is permitted" after a lead-in is never a grant.
- A question asking which law applies, answered by the law's name, is a governing-law clause.
- A grant said not to reach offering the model itself as an inference endpoint or an API is
  `no-hosting-use`; one that does reach it, or reaches it on a condition, is not.
- Research or evaluation anyone may do, "a company's own lab included", is research-by-anyone;
  non-commercial research is not.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _value(text: str, key: str) -> object:
    return extract_terms(text)[key].value


@pytest.mark.parametrize(
    "text",
    [
        "You may earn money with the Model only once Finch Labs has given you its permission.",
        "Can I make money with the weights? Only after Wren AI grants you its consent in writing.",
        "Commercial hosting of the Model needs our permission in writing.",
    ],
)
def test_permission_given_first_is_a_condition(text: str) -> None:
    assert _value(text, "commercial_use") == "restricted"
    assert "written-permission" in _value(text, "commercial_use_conditions")  # type: ignore[operator]


def test_permission_given_outright_is_a_grant() -> None:
    text = "This licence gives you permission to use the Model commercially."
    assert "written-permission" not in _value(text, "commercial_use_conditions")  # type: ignore[operator]


def test_no_commercial_use_after_a_lead_in_is_no_grant() -> None:
    assert _value("Until then no commercial use of any kind is permitted.", "commercial_use") != (
        "allowed"
    )
    assert _value("Commercial use of any kind is permitted.", "commercial_use") == "allowed"


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Which law applies? Irish law, and the courts of Ireland.", "IE"),
        ("What law governs these terms? The laws of Sweden.", "SE"),
        ("Which law applies? We have not picked one yet.", None),
        ("Which model applies? The Irish one.", None),
    ],
)
def test_law_question_answered(text: str, law: str | None) -> None:
    assert _value(text, "governing_law") == law


_GRANT = "You may run the Model and build and sell applications that use it. "


@pytest.mark.parametrize(
    "text",
    [
        "This permission does not reach offering the Model itself to others as an inference "
        "endpoint; that needs a separate licence.",
        "The licence does not extend to hosting the weights for others as a managed instance.",
        "Serving the model to third parties as a public API is not covered by this licence.",
    ],
)
def test_hosting_outside_the_grant(text: str) -> None:
    assert "no-hosting-use" in _value(_GRANT + text, "use_scope")  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "This permission reaches offering the Model itself to others as an inference endpoint.",
        "This permission does not reach offering the Model as an API unless you pay the fee.",
    ],
)
def test_hosting_within_the_grant(text: str) -> None:
    assert "no-hosting-use" not in (_value(_GRANT + text, "use_scope") or [])  # type: ignore[operator]


_ONLY = "The weights are released for research and evaluation only. "


def test_research_by_anyone_company_lab_included() -> None:
    text = _ONLY + "Anyone may use them for evaluation or research, a firm's own team included."
    assert "research-by-anyone" in _value(text, "use_scope")  # type: ignore[operator]


def test_non_commercial_research_of_anyone_is_not() -> None:
    text = _ONLY + "Anyone may use them for non-commercial research, companies included."
    assert "research-by-anyone" not in _value(text, "use_scope")  # type: ignore[operator]
