"""Held-out shapes of session 16, in our own wordings (positive and counter-examples).

- a grant whose acts include selling what is built on the model is a commercial grant, with
  or without a fee named;
- bans listed under a licensee's covenant ("undertakes that it shall not employ the model
  in connection with: ...") are use restrictions, covert watching of people among them;
- a territorial clause for the models that take images is scoped to multimodal models, a
  few words between "models" and "that accept images" or not;
- a document placing the weights under terms it only names (a web page) leaves the
  commercial-use term unknown when nothing else in it can be read.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.elsewhere import terms_elsewhere, with_unknown_terms
from auditor.licenses.terms.extract import extract_terms
from auditor.model import Evidence
from auditor.sources.base import is_license_like


@pytest.mark.parametrize(
    "text",
    [
        "Sparrow Labs licenses you to run and adapt Sparrow-2B and to build and sell services "
        "on it.",
        "You may fine-tune the checkpoint and resell applications that embed it.",
        "Plover Inc grants you a perpetual right to use, modify and market products built with "
        "the weights.",
    ],
)
def test_a_grant_to_sell_what_is_built_is_commercial(text: str) -> None:
    assert extract_terms(text)["commercial_use"].value == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Sparrow Labs licenses you to run and adapt Sparrow-2B, but not to sell services on it.",
        "You may fine-tune the checkpoint; you may not sell applications that embed it.",
        "You may sell applications built on the weights only to non-commercial users.",
    ],
)
def test_a_sale_negated_or_confined_is_no_commercial_grant(text: str) -> None:
    assert extract_terms(text)["commercial_use"].value != "allowed"


_COVENANT = (
    "1. Sparrow Labs licenses you to use the model.\n\n"
    "2. The licensee covenants that it shall not employ the model in connection with:\n"
    "   (a) {item};\n"
    "   (b) the targeting of weapons.\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "the secret monitoring or recording of named individuals",
        "tracking or profiling of identifiable people through their phones",
        "covert observation of shoppers in stores",
    ],
)
def test_covert_watching_under_a_covenant_is_surveillance(item: str) -> None:
    tags = extract_terms(_COVENANT.format(item=item))["use_restrictions"].value
    assert isinstance(tags, list) and "surveillance" in tags and "weapons" in tags


@pytest.mark.parametrize(
    "item",
    [
        "tracking of training metrics in dashboards",
        "profiling of kernel performance on GPUs",
        "writing product captions for shop photographs",
    ],
)
def test_watching_things_not_people_is_no_surveillance(item: str) -> None:
    tags = extract_terms(_COVENANT.format(item=item))["use_restrictions"].value
    assert not isinstance(tags, list) or "surveillance" not in tags


_TERRITORY = (
    "1. Kite Labs grants you a licence to use the Kite models for any purpose.\n"
    "2. {scope}, the licence in clause 1 is not granted to any organisation established in "
    "the European Union.\n"
)


@pytest.mark.parametrize(
    ("scope", "models"),
    [
        ("For the models of the family that accept images as input", "multimodal"),
        ("For the image-input models of the series", "multimodal"),
        ("For models with vision capabilities", "multimodal"),
        ("For the models of the family that accept text prompts", "all"),
        ("For every model of the family", "all"),
    ],
)
def test_a_clause_for_image_models_is_scoped_to_them(scope: str, models: str) -> None:
    clauses = extract_terms(_TERRITORY.format(scope=scope))["excluded_licensee_domiciles"].value
    assert isinstance(clauses, list) and clauses
    assert {clause["models"] for clause in clauses} == {models}


@pytest.mark.parametrize(
    "text",
    [
        "The code is Apache-2.0. The Wren-7B weights are instead made available under the Wren "
        "Weights Terms,\npublished at https://wren.example/terms.\n",
        "Use of the checkpoints is governed by the Kite Model Agreement, sent on request.\n",
    ],
)
def test_weights_under_terms_held_elsewhere(text: str) -> None:
    found = terms_elsewhere("MODEL_TERMS.md", text)
    assert found is not None and found.file == "MODEL_TERMS.md" and (found.line or 0) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "The weights are released under the same licence as the code.\n",
        "The model is licensed under this repository's LICENSE file.\n",
        "Thanks to everyone who reviewed the model card.\n",
    ],
)
def test_weights_under_the_repositorys_own_terms(text: str) -> None:
    assert terms_elsewhere("MODEL_TERMS.md", text) is None


def test_terms_held_elsewhere_leave_commercial_use_unknown() -> None:
    quote = Evidence(file="MODEL_TERMS.md", line=3, text="made available under the Wren Terms")
    values, evidence = with_unknown_terms({"commercial_use": "allowed"}, {}, [quote])
    assert values["commercial_use"] is None and evidence["commercial_use"] == (quote,)
    kept, _ = with_unknown_terms({"commercial_use": "allowed"}, {}, [])
    assert kept["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("MODEL_TERMS.md", True),
        ("weights-terms.txt", True),
        ("Model_Agreement.pdf", True),
        ("docs/model_use_policy.md", True),
        ("search_terms.py", False),
        ("model_policy.json", False),
        ("CONTRIBUTING.md", False),
    ],
)
def test_terms_named_for_the_model_are_license_documents(path: str, expected: bool) -> None:
    assert is_license_like(path) is expected
