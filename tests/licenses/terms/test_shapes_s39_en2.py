"""Shapes found in session 39's held-out round (English, second pass), each with a twin
(sentences are ours).

- A grant's condition that nothing done with the model earns money or serves a business, or
  "no use inside a company's operations", withholds commercial use; "nothing prevents it
  earning money" withholds nothing.
- An offering "in return for payment" names commercial use: the licensor's consent asked
  before it is a condition of commercial use.
- Evaluation or testing granted to anyone, businesses named among them ("Anyone, whether a
  person or a company, may run it to evaluate it", "..., research and evaluation, whoever you
  are", "A firm testing it is covered by these terms") is research by anyone; the same with
  the evaluation qualified as academic, or denied to a firm, is not.
- A cap counting a term defined as the licensee's products and its affiliates' counts the
  affiliates; a definition leaving them out does not. A definitions file the licence points to
  is read with it.
"""

from __future__ import annotations

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.schedule_files import schedule_parts, with_schedule_files


def _terms(text: str) -> dict[str, object]:
    return {key: found.value for key, found in extract_terms(text, path="LICENSE").items()}


def _list(text: str, key: str) -> list[str]:
    value = _terms(text)[key]
    return [str(v) for v in value] if isinstance(value, list) else []


# --- a condition that nothing earns money or serves a business -------------------------------

_SHARE = "You may share, run and adapt the checkpoint, on these terms:\n"


def test_nothing_done_earns_money_withholds_commercial_use() -> None:
    text = (
        _SHARE + "(i) keep our credit line; and (ii) nothing made with the checkpoint, "
        "or with its derivatives, may bring in revenue.\n"
    )
    assert _terms(text)["commercial_use"] == "prohibited"


def test_nothing_serves_a_business_withholds_commercial_use() -> None:
    text = _SHARE + "(i) keep our credit line; (ii) nothing you build with it serves a company.\n"
    assert _terms(text)["commercial_use"] == "prohibited"


def test_no_use_inside_a_company_withholds_commercial_use() -> None:
    text = _SHARE + "(i) keep our credit line; (ii) no use within a firm's day-to-day work.\n"
    assert _terms(text)["commercial_use"] == "prohibited"


def test_nothing_prevents_earning_money_withholds_nothing() -> None:
    text = (
        "You may share, run and adapt the checkpoint for any purpose. Nothing in these terms "
        "prevents a product built with it from earning money.\n"
    )
    assert _terms(text)["commercial_use"] == "allowed"


# --- consent before an offering in return for payment ---------------------------------------

_FREE = "1. You may download, test and run the adapters for yourself.\n"


def test_consent_before_offering_for_payment_is_a_condition() -> None:
    text = (
        _FREE + "2. You need Brindle Works' prior written approval before you make the adapters, "
        "or an app built on them, available to clients in exchange for a fee.\n"
    )
    assert _terms(text)["commercial_use"] == "restricted"
    assert "written-permission" in _list(text, "commercial_use_conditions")


def test_no_consent_needed_for_offering_for_payment() -> None:
    text = (
        _FREE + "2. No approval from us is needed before you make the adapters available to "
        "clients in exchange for a fee.\n"
    )
    assert "written-permission" not in _list(text, "commercial_use_conditions")
    assert _terms(text)["commercial_use"] != "restricted"


# --- evaluation by anyone, businesses included -----------------------------------------------


def _scope(text: str) -> list[str]:
    return _list(text, "use_scope")


def test_anyone_whether_a_company_may_evaluate_is_research_by_anyone() -> None:
    text = (
        "1. Anyone, be it a student, a charity or a company, can load the checkpoint to "
        "benchmark it.\n2. It may not be used in production.\n"
    )
    assert "research-by-anyone" in _scope(text)


def test_anyone_may_evaluate_for_academic_papers_is_not_by_anyone() -> None:
    text = (
        "1. Anyone, whether a student or a company, may load the checkpoint to benchmark it "
        "for academic publications.\n2. It may not be used in production.\n"
    )
    assert "research-by-anyone" not in _scope(text)


def test_testing_and_evaluation_whoever_you_are_is_research_by_anyone() -> None:
    text = "You may run the adapters only for testing, staging and evaluation, whoever you are.\n"
    assert "research-by-anyone" in _scope(text)


def test_non_commercial_evaluation_whoever_you_are_is_not_by_anyone() -> None:
    text = "You may run the adapters only for non-commercial evaluation, whoever you are.\n"
    assert "research-by-anyone" not in _scope(text)


def test_firm_testing_within_the_licence_is_research_by_anyone() -> None:
    text = (
        "You may use the weights only to evaluate them. A firm testing the weights before "
        "buying a licence is covered by these terms.\n"
    )
    assert "research-by-anyone" in _scope(text)


def test_firm_testing_not_within_the_licence_is_not_by_anyone() -> None:
    text = (
        "You may use the weights only to evaluate them. A firm testing the weights before "
        "buying a licence is not covered by these terms.\n"
    )
    assert "research-by-anyone" not in _scope(text)


# --- a cap counting a term defined with the affiliates ---------------------------------------

_CAP = (
    "1. You may use the weights commercially while Your Services have no more than 2,000,000 "
    "monthly active users.\n2. Past that, a separate licence from us is needed.\n\n"
)


def _counts(text: str) -> object:
    cap = _terms(text)["user_threshold"]
    assert isinstance(cap, dict)
    return cap.get("counts")


def test_cap_on_a_term_defined_with_affiliates_counts_them() -> None:
    text = _CAP + "Your Services: all services run by you or by your Affiliates, taken together.\n"
    assert _counts(text) == "licensee-and-affiliates"


def test_cap_on_a_term_defined_without_affiliates_counts_the_licensee() -> None:
    text = _CAP + "Your Services: all services run by you, not counting those of your Affiliates.\n"
    assert _counts(text) is None


def test_definitions_file_pointed_to_is_read_with_the_licence() -> None:
    texts = {
        "LICENSE.md": _CAP + "3. Capitalised words have the meanings given in GLOSSARY.md.\n",
        "GLOSSARY.md": "# Glossary\n\n**Your Services**: the services of you and your "
        "Affiliates, counted together.\n",
    }
    joined = with_schedule_files(texts)
    assert "Affiliates" in joined["LICENSE.md"]
    assert schedule_parts(texts) == {"GLOSSARY.md"}
    assert _counts(joined["LICENSE.md"]) == "licensee-and-affiliates"


def test_file_named_without_a_word_of_definition_is_not_joined() -> None:
    texts = {
        "LICENSE.md": _CAP + "3. A copy of GLOSSARY.md ships with the weights.\n",
        "GLOSSARY.md": "# Glossary\n\n**Your Services**: the services of you and your "
        "Affiliates, counted together.\n",
    }
    assert with_schedule_files(texts) == {}
    assert schedule_parts(texts) == set()


def test_pointed_file_that_is_no_definitions_file_is_not_joined() -> None:
    texts = {
        "LICENSE.md": _CAP + "3. Words in capitals are defined in NOTES.md.\n",
        "NOTES.md": "# Release notes\n\nYour Services: anything run by your Affiliates.\n",
    }
    assert with_schedule_files(texts) == {}
