"""Non-commercial restrictions in other words, written for these tests (not from any license).

Two sets: TUNING was used while writing the rule `commercial_use/commercial-paraphrase`;
HELD_OUT was written at the same time and never used to change a pattern: its hit rate is an
out-of-sample figure (reported, with a floor so that it cannot silently fall). NEGATIVES are
grants that must stay `allowed`.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_HEAD = "Quill Model License\n\n1. Grant. You may use, copy and modify the Model.\n\n2. "

TUNING = (
    "The Model is not for any business purpose.",
    "You shall not sell, monetize or otherwise derive revenue from the Model.",
    "No revenue-generating use of the Model is permitted.",
    "You may use the Model solely for personal, academic or internal evaluation.",
    "The Model may not be used to provide a paid service.",
    "Commercial exploitation of the Model is forbidden.",
    "You may not use the Model commercially.",
    "You must not monetise any Output.",
    "You may not rent, lease or sell access to the Model.",
    "The Model is licensed for educational use only.",
    "Use by for-profit entities is not permitted.",
    "You shall not use the Model for profit.",
    "You may not charge a fee for access to the Model or its outputs.",
    "No business use is allowed.",
    "You are prohibited from commercializing the Model.",
    "The Model is provided strictly for non-profit purposes.",
    "Any use that generates income for you or a third party is excluded from this license.",
    "Neither you nor anyone else may make money from the Model.",
    "Deploying the Model in a for-profit product is not allowed.",
    "This license does not extend to any commercial activity.",
)

HELD_OUT = (
    "Licensee will not offer the Model as part of any subscription or pay-per-use service.",
    "You may not use the Weights to make a profit.",
    "The Model must not be used in connection with any business activities.",
    "Sale of the Model or of access to it is strictly prohibited.",
    "You agree not to commercialise the Model or any derivative.",
    "This Model is restricted to non-profit research and teaching.",
    "No part of the Model may be used for monetary gain.",
    "Under no circumstances may you earn income from outputs of the Model.",
    "You may use the Model for hobby projects only.",
    "The Licensee shall not exploit the Model for financial gain.",
    "Use of the Model in revenue-generating products is not permitted.",
    "You are not allowed to resell the Model or its outputs.",
    "The Model may only be used in classroom settings.",
    "You cannot operate a paid API on top of the Model.",
    "Monetization of the outputs is forbidden.",
    "The weights are intended solely for scholarly work.",
    "Businesses may not deploy the Model.",
    "The Model is made available for private, unpaid use only.",
    "Any commercial usage is explicitly excluded from this grant.",
    "You must not generate revenue through the Model.",
)
HELD_OUT_FLOOR = 0.4  # measured 9/20, then 8/20 once sell/rent/lease lost ScanCode false hits

NEGATIVES = (
    "Commercial use is permitted.",
    "No fee is charged for commercial use.",
    "You may sell products built with the Model.",
    "You may use the Model for business purposes.",
    "Nothing in this license restricts commercial use of the Model.",
    "The Licensor does not charge royalties for commercial deployments.",
    "You may offer paid services that use the Model.",
    "Profits you make from the Model are yours.",
    "There is no limit on revenue from products using the Model.",
    "This license is free of charge and royalty-free, including for commercial purposes.",
)


def _commercial(sentence: str) -> object:
    return extract_terms(_HEAD + sentence + "\n", path="quill.txt")["commercial_use"].value


@pytest.mark.parametrize("sentence", TUNING)
def test_tuning_paraphrase_is_not_allowed(sentence: str) -> None:
    terms = extract_terms(_HEAD + sentence + "\n", path="quill.txt")
    assert terms["commercial_use"].value in {"prohibited", "restricted"}
    assert any(e.line == 5 for e in terms["commercial_use"].evidence)  # the sentence is quoted


def test_held_out_paraphrases_out_of_sample() -> None:
    caught = [s for s in HELD_OUT if _commercial(s) in {"prohibited", "restricted"}]
    rate = len(caught) / len(HELD_OUT)
    print(f"held-out paraphrases read as not allowed: {len(caught)}/{len(HELD_OUT)}")
    assert rate >= HELD_OUT_FLOOR


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_grant_wording_stays_allowed(sentence: str) -> None:
    assert _commercial(sentence) == "allowed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Permission is granted to anyone to use the Model for any non-commercial purpose.",
        "Quill grants you a worldwide, non-commercial, royalty-free license to use the Model.",
        "You may use the Model for any purpose, excluding commercial applications.",
    ],
)
def test_a_grant_confined_to_non_commercial_use_is_prohibited(sentence: str) -> None:
    assert _commercial(sentence) == "prohibited"
