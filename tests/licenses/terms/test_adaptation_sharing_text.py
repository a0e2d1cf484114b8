"""A ban on sharing adaptations (`use_scope` no-adaptation-sharing) read from a licence's text
(license_db/clause_rules/use_scope.yaml, `use_scope/no-adaptation-sharing`): the shapes of the
no-derivatives licences in our own words, and sentences sharing their words that set a
condition on sharing adaptations or ban something else."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.extract import compare_with_record, extract_terms

WORD = "no-adaptation-sharing"


def _scope(sentence: str) -> list[str]:
    value = extract_terms(f"Model Licence\n\n{sentence}\n", path="LICENSE")["use_scope"].value
    return [str(word) for word in value] if isinstance(value, list) else []


BANS = [
    "You may copy the weights and make adapted material, but not share adapted material.",
    "Licensees must not redistribute modified weights of the model.",
    "You are not permitted to publish adaptations of these checkpoints.",
    "You do not have the right under this licence to distribute derivative works.",
    "Apart from format changes, you have no right to create derivative works.",
    "You may fine-tune the model for your own use, but you may not share, publish or "
    "distribute any changed version of the weights.",
    "Licensee must not distribute or sell fine-tuned checkpoints.",
    "You shall not release or upload altered copies of the model.",
]

NOT_BANS = [
    "You may distribute modified versions of the model.",
    "You may not distribute modified versions except under the terms of this licence.",
    "You must not share adaptations unless they carry a notice of the changes.",
    "You may not publish derivative works provided that you do not credit us.",
    "You may not redistribute the weights for a fee.",
    "Adapted material you share must carry this licence.",
    "You may not share, publish or distribute any changed version of the weights unless you "
    "mark it as changed.",
]


# a ban on passing on changed weights only: the work as received may be passed on
CHANGED_ONLY = [
    "You may fine-tune the model for your own use, but you may not share, publish or "
    "distribute any changed version of the weights.",
    "You must not distribute fine-tuned checkpoints of the model.",
    "Modified weights may not be distributed.",
    "You may not distribute modified versions of the model.",
]


@pytest.mark.parametrize("sentence", CHANGED_ONLY)
def test_a_ban_on_sharing_changed_weights_is_no_ban_on_passing_the_work_on(sentence: str) -> None:
    assert "no-weight-redistribution" not in _scope(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You may not share, publish or distribute the weights.",
        "You must not distribute the model, modified or not, to any third party.",
    ],
)
def test_a_ban_on_passing_on_the_weights_stays_one(sentence: str) -> None:
    assert "no-weight-redistribution" in _scope(sentence)


@pytest.mark.parametrize("sentence", BANS)
def test_a_ban_on_sharing_adaptations_is_read(sentence: str) -> None:
    assert WORD in _scope(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_BANS)
def test_no_ban_is_read_where_sharing_adaptations_stays_allowed(sentence: str) -> None:
    assert WORD not in _scope(sentence), sentence


def test_a_copy_stating_the_ban_does_not_differ_from_its_record_on_scope() -> None:
    record = load_license_db().get("CC-BY-ND-4.0")
    assert record is not None
    text = (
        "Attribution-NoDerivatives licence\n\nYou may reproduce and share the material, and "
        "produce and reproduce, but not share, adapted material.\n"
    )
    terms = extract_terms(text, path="LICENSE")
    assert terms["use_scope"].value == [WORD]
    assert "use_scope" not in [key for key, _, _ in compare_with_record(terms, record)]
