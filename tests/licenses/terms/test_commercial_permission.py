"""Commercial use on the licensor's permission: who must ask, and when no one must.

Expectations from what the sentences mean (our own wording, not any license's):

- commercial use that needs the licensor's permission or a further license is `restricted`
  with that condition, whatever words name commercial use ("revenue-generating", "for-profit",
  "a product that makes money", "monetised");
- a further license asked only of licensees running a kind of business ("if you run a
  model-as-a-service business") is `separate-license-for-some-licensees`: other licensees need
  none;
- a negation that belongs to a need ("you do not need our permission to use it commercially")
  bans nothing, while a ban beside it still stands.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.foreign import read_foreign


def _commercial(text: str) -> tuple[object, object]:
    terms = extract_terms(text, path="README.md#license")
    return terms["commercial_use"].value, terms["commercial_use_conditions"].value


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "Use of the weights in revenue-generating applications requires prior written "
            "permission from the authors.",
            "written-permission",
        ),
        (
            "Using the model in for-profit products needs a separate license from us.",
            "separate-license",
        ),
        ("Any monetised use of the model requires our written consent.", "written-permission"),
        (
            "If you want to use this model in a product that makes money, you need to get a "
            "license from us first.",
            "separate-license",
        ),
        (
            "Deploying the model in any for-profit service is subject to our prior approval.",
            "written-permission",
        ),
        (
            "Commercial use of these weights requires our prior written consent.",
            "written-permission",
        ),
        (
            "Organisations wishing to deploy it in paid products must first sign a partner "
            "agreement with us.",
            "separate-license",
        ),
        (
            "Businesses: please reach out to sales@example.org for a commercial licence.",
            "separate-license",
        ),
    ],
)
def test_commercial_use_in_other_words_on_a_permission_is_restricted(
    text: str, condition: str
) -> None:
    assert _commercial(text) == ("restricted", [condition])


@pytest.mark.parametrize(
    "text",
    [
        "If you or your affiliates operate an AI hosting business, you must obtain a separate "
        "commercial license from us first.",
        "Where the licensee is a cloud service provider, commercial use requires our written "
        "approval.",
        "Licensees that run a model-as-a-service platform need a commercial agreement with us "
        "before any commercial use.",
    ],
)
def test_a_license_asked_of_some_businesses_is_typed_as_such(text: str) -> None:
    commercial, conditions = _commercial(text)
    assert commercial == "restricted"
    assert isinstance(conditions, list) and conditions[0] == "separate-license-for-some-licensees"
    assert set(conditions) <= {
        "separate-license-for-some-licensees",
        "separate-license-for-model-service",
    }


@pytest.mark.parametrize(
    "text",
    [
        "If you use the model in a commercial product, you must obtain a separate license.",
        "Commercial use requires a separate license from the lab.",
    ],
)
def test_a_license_every_commercial_licensee_needs_is_not_scoped(text: str) -> None:
    assert _commercial(text) == ("restricted", ["separate-license"])


@pytest.mark.parametrize(
    "text",
    [
        "You do not need our permission to use the model commercially.",
        "You don't need to ask us before using it commercially.",
        "A not-for-profit hospital may use it; no permission is needed.",
        "No permission from us is required for commercial use of the weights.",
    ],
)
def test_a_permission_said_unneeded_bans_nothing(text: str) -> None:
    assert _commercial(text)[0] != "prohibited"
    assert _commercial(text)[1] == []


def test_a_ban_after_an_unneeded_permission_still_stands() -> None:
    text = "You do not need permission for research, but you may not use the model commercially."
    assert _commercial(text)[0] == "prohibited"


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "Toute utilisation commerciale nécessite une autorisation écrite préalable de notre "
            "part.",
            "written-permission",
        ),
        (
            "Für die kommerzielle Nutzung ist eine gesonderte Lizenz erforderlich.",
            "separate-license",
        ),
    ],
)
def test_a_permission_in_another_language_is_typed(text: str, condition: str) -> None:
    # the licensor's permission, or a further license when the passage names one
    values = read_foreign(f"Modell\n\n{text}\n", prose=True).values
    assert values["commercial_use"] == "restricted"
    assert values["commercial_use_conditions"] == [condition]


@pytest.mark.parametrize(
    "text",
    [
        "A licensee whose annual revenue exceeds RMB 100 million must apply to us for a "
        "separate written commercial authorization.",
        "Organisations with 250 or more employees need a separate commercial license.",
        "Commercial use is free up to 100,000 daily active users. Services with more daily "
        "active users than that require a commercial license.",
        "The free tier covers 10 million API calls per month; above that volume you must "
        "contact us to arrange a commercial license.",
    ],
)
def test_a_license_asked_only_past_a_size_is_a_threshold_condition(text: str) -> None:
    # licensees under the size need nothing: never a condition every licensee must meet
    use, conditions = _commercial(text)
    assert use == "restricted"
    assert conditions == ["separate-license-above-threshold"]


@pytest.mark.parametrize(
    "text",
    [
        "Hibari Research permits the use, modification and redistribution of the model, "
        "including for commercial purposes.",
        "Sanderling Labs lets you use, modify and commercially deploy the weights free of charge.",
    ],
)
def test_a_grant_naming_commercial_use_allows_it(text: str) -> None:
    assert _commercial(text) == ("allowed", [])


def test_a_grant_confined_to_non_commercial_use_is_no_commercial_grant() -> None:
    assert _commercial("We let you use it only non-commercially.")[0] != "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Before any commercial use, permission must be obtained from the institute in writing.",
        "Deployments in commercial settings have to be approved in advance by the authors.",
        "Commercial deployment is possible only after your application has been reviewed and "
        "approved by the lab.",
    ],
)
def test_a_permission_in_the_passive_is_a_condition(text: str) -> None:
    assert _commercial(text) == ("restricted", ["written-permission"])


@pytest.mark.parametrize(
    ("text", "use"),
    [
        # profit in the words of French, Spanish and Portuguese cards
        (
            "Toute utilisation à des fins lucratives est interdite sans l'accord écrit préalable "
            "des auteurs.",
            "restricted",
        ),
        ("Queda prohibido el uso con ánimo de lucro.", "prohibited"),
        ("A utilização deste modelo em atividades comerciais não é permitida.", "prohibited"),
        ("Las empresas interesadas deben solicitar una licencia a la fundación.", "restricted"),
    ],
)
def test_profit_and_businesses_in_other_languages(text: str, use: str) -> None:
    assert read_foreign(f"Modelo\n\n{text}\n", prose=True).values["commercial_use"] == use


def test_a_law_clause_about_the_document_itself_is_its_term() -> None:
    # an unidentified license file (a bespoke text) keeps the law it names for itself
    from auditor.knowledge.license_db import load_license_db
    from auditor.licenses.terms.model_terms import terms_for_model
    from auditor.licenses.text.identify import identify_text
    from auditor.model import LicenseFile

    text = (
        "Plover Model Terms\n\nPlover Labs permits the use of the model, including for "
        "commercial purposes.\n\nThis Agreement is governed by the laws of Singapore.\n"
    )
    identity = identify_text(text)
    file = LicenseFile(path="LICENSE", sha256=None, size=len(text), text=text, origin="LICENSE")
    terms = terms_for_model([(file, identity)], identity.match, load_license_db())
    assert terms.values["governing_law"] == "SG"
