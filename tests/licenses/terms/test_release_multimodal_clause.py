"""A territorial clause about the multimodal models "included in" a named release binds no
model when every model of that release takes in text only (model_families.yaml `modality`):
its scope is `none`, its places stay named (`territorial_exclusions`).

Held-out round E (s24e3-llava-on-llama33-text-german-company) found a false block: the Llama
3.3 use policy keeps the EU paragraph of Llama 3.2's for "multimodal models included in Llama
3.3", and Llama 3.3 was released as one text model; a third party's vision model built on it
was refused to a German company.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.policy.facts import territorial_facts


def _domiciles(text: str) -> object:
    return extract_terms(text)["excluded_licensee_domiciles"].value


_CLAUSE = (
    "With respect to any multimodal models {where}, the rights granted under Section 1(a) are "
    "not granted to you if you are domiciled in, or a company with its principal place of "
    "business in, the European Union."
)


@pytest.mark.parametrize(
    "where",
    [
        "included in Llama 3.3",
        "released as part of Llama-3.3",
        "contained in the Llama 3.3 release",
    ],
)
def test_a_release_of_text_models_only_gives_the_clause_nothing_to_bind(where: str) -> None:
    terms = extract_terms(_CLAUSE.format(where=where))
    assert terms["excluded_licensee_domiciles"].value == [
        {"regions": ["EU"], "models": "none", "exempts": []}
    ]
    assert terms["territorial_exclusions"].value == ["EU"]  # the text names the place
    facts = territorial_facts({k: v.value for k, v in terms.items()}, "multimodal", ["DE"], ["DE"])
    assert facts["terms.excluded_licensee_domiciles"] == []
    assert facts["terms.excluded_licensee_domiciles_multimodal"] == []


@pytest.mark.parametrize(
    "where",
    [
        "included in Llama 3.2",  # the 11B and 90B Vision models
        "included in Llama 4",  # Scout and Maverick take in images
        "included in Wren 2",  # a release the knowledge does not know: the clause stands
        "of this release",
    ],
)
def test_a_release_with_multimodal_models_or_unknown_keeps_the_clause(where: str) -> None:
    assert _domiciles(_CLAUSE.format(where=where)) == [
        {"regions": ["EU"], "models": "multimodal", "exempts": []}
    ]


def test_a_clause_for_every_model_of_a_text_release_still_binds() -> None:
    text = (
        "The rights granted under Section 1(a) for the models included in Llama 3.3 are not "
        "granted to you if you are a company with its principal place of business in the "
        "European Union."
    )
    assert _domiciles(text) == [{"regions": ["EU"], "models": "all", "exempts": []}]
