"""Clause shapes a held-out probe round (session 15) found unread, each read as a general form:
a cap whose consequence is the grant ending, a grant offered only to qualified non-commercial
organisations or withheld from companies, a ban on passing the weights on stated as a list of
acts, a grant to offer paid products or services, and a titled document nothing was read from.

The texts are written here, in several phrasings and in capitals, with counter-examples that
must stay unread."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

_DB = load_license_db()

_GRANT = "1. You may use, copy and modify the Dunlin model for any purpose, including commercially."


def _terms(clause: str, *, upper: bool = False) -> dict[str, object]:
    text = f"DUNLIN MODEL LICENCE\n\n{_GRANT}\n\n2. {clause}\n"
    found = extract_terms(text.upper() if upper else text)
    return {key: term.value for key, term in found.items()}


# --- a cap whose consequence is the grant ending --------------------------------------------

_ENDING_CAPS = (
    "If your annual turnover exceeds EUR 5,000,000, this licence ends for commercial use unless "
    "you have signed a commercial agreement with us.",
    "Where the revenue of your group is above EUR 5 million a year, your rights terminate.",
    "If you earn more than EUR 5,000,000 in a financial year, the grant lapses at its end.",
    "Once yearly sales pass EUR 5 million, this license will automatically cease.",
)


@pytest.mark.parametrize("upper", [False, True])
@pytest.mark.parametrize("clause", _ENDING_CAPS)
def test_a_cap_ending_the_grant_is_read_with_its_amount(clause: str, upper: bool) -> None:
    cap = _terms(clause, upper=upper)["revenue_threshold"]
    assert isinstance(cap, dict), clause
    assert (cap["amount"], cap["currency"], cap["measure"]) == (5_000_000, "EUR", "revenue")


@pytest.mark.parametrize(
    "clause",
    [
        "If your annual turnover exceeds EUR 5,000,000, please tell us about your product.",
        "The licence text ends with the warranty section; fees of EUR 5,000 are never charged.",
    ],
)
def test_an_amount_without_a_consequence_is_no_cap(clause: str) -> None:
    assert _terms(clause)["revenue_threshold"] is None


# --- a grant offered only to non-commercial organisations, or withheld from companies ---------

_ORGANISATIONS_ONLY = (
    "This licence is offered only to degree-granting universities, publicly funded research "
    "institutes and registered charities.",
    "The weights are licensed solely to registered charities and state-funded academic "
    "institutions.",
    "No rights are granted to any company or other for-profit entity.",
    "This licence is not available to for-profit companies or anyone acting for them.",
)


@pytest.mark.parametrize("upper", [False, True])
@pytest.mark.parametrize("clause", _ORGANISATIONS_ONLY)
def test_a_grant_reserved_to_organisations_leaves_companies_out(clause: str, upper: bool) -> None:
    terms = _terms(clause, upper=upper)
    assert "non-commercial-organizations" in terms["use_scope"], clause  # type: ignore[operator]
    # a grant that companies do not get is no commercial grant to all
    assert terms["commercial_use"] in ("restricted", "prohibited"), clause


@pytest.mark.parametrize(
    "clause",
    [
        "No rights are granted to any company's trademarks.",
        "Companies may use the model, and only charities may use it free of charge.",
        "This licence is available to companies and individuals.",
    ],
)
def test_companies_named_otherwise_are_not_left_out(clause: str) -> None:
    terms = _terms(clause)
    assert "non-commercial-organizations" not in terms["use_scope"], clause  # type: ignore[operator]
    assert terms["commercial_use"] == "allowed", clause


def test_a_grant_for_qualified_research_and_teaching_is_a_research_scope() -> None:
    text = (
        "HERON LICENCE\n\n"
        "1. Eligible licensees may use the weights for non-commercial research and teaching.\n"
    )
    for variant in (text, text.upper()):
        terms = extract_terms(variant)
        assert "research" in terms["use_scope"].value, variant  # type: ignore[operator]
        assert terms["commercial_use"].value == "prohibited"


# --- passing the weights on, and offering paid services ----------------------------------------

_LISTED_BANS = (
    "You must not distribute, sell, sublicense, publish for download, embed in software shipped "
    "to others, or otherwise hand over the weights to any third party.",
    "Licensee shall not sell, lease, lend, give away or bundle with other products the model "
    "files.",
    "You may not share, rent, loan, upload to a public hub or otherwise pass on the checkpoints.",
)


@pytest.mark.parametrize("upper", [False, True])
@pytest.mark.parametrize("clause", _LISTED_BANS)
def test_a_list_of_acts_before_the_weights_bans_passing_them_on(clause: str, upper: bool) -> None:
    scope = _terms(clause, upper=upper)["use_scope"]
    assert "no-weight-redistribution" in scope, clause  # type: ignore[operator]


@pytest.mark.parametrize(
    "clause",
    [
        "You must not distribute, sell, sublicense, rent out or publish for profit any text, "
        "images or other outputs generated with the model.",
        "You must not distribute, sell or sublicense the weights unless you include this licence.",
    ],
)
def test_a_list_banning_outputs_or_with_a_condition_is_no_weight_ban(clause: str) -> None:
    scope = _terms(clause)["use_scope"]
    assert "no-weight-redistribution" not in scope, clause  # type: ignore[operator]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may run the model on your systems and offer products or hosted services built on "
        "it to your customers, including for a fee.",
        "Licensees are free to sell applications that embed the model for a price of their "
        "choosing.",
        "You may provide an API built on the model to third parties against payment.",
    ],
)
def test_a_grant_to_offer_paid_products_or_services_allows_commercial_use(sentence: str) -> None:
    assert extract_terms(f"Lark terms\n\n1. {sentence}\n")["commercial_use"].value == "allowed"


@pytest.mark.parametrize(
    "sentence",
    [
        "You may offer hosted services built on the model, but not for a fee.",
        "You may not offer products built on the model for a fee.",
    ],
)
def test_a_paid_offer_withheld_is_no_commercial_grant(sentence: str) -> None:
    assert extract_terms(f"Lark terms\n\n1. {sentence}\n")["commercial_use"].value != "allowed"


# --- a titled document nothing was read from ---------------------------------------------------


def _unread_rules(text: str) -> list[str]:
    identity = identify_text(text, db=_DB)
    file = LicenseFile(path="LICENSE", sha256=None, size=len(text), text=text, origin="LICENSE")
    model = terms_for_model([(file, identity)], identity.match, _DB)
    return [f.rule for f in model.findings if f.rule == "license-document-unread"]


_UNREADABLE = (
    "Osprey Weights Licence\n\n1. Eligibility. This licence is for members of the Osprey "
    "consortium.\n2. No warranty. The weights are provided as is.\n"
)


@pytest.mark.parametrize("text", [_UNREADABLE, _UNREADABLE.upper(), _UNREADABLE.lower()])
def test_a_document_stating_no_term_is_unread_whatever_its_case(text: str) -> None:
    assert _unread_rules(text) == ["license-document-unread"]


def test_a_titled_document_stating_a_term_is_read() -> None:
    text = _UNREADABLE.upper() + "3. YOU MAY NOT USE THE WEIGHTS FOR COMMERCIAL PURPOSES.\n"
    assert _unread_rules(text) == []
