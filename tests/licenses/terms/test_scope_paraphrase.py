"""Use-scope clauses in other words, written for these tests (not from any license).

A grant confined to a product, to personal use, to evaluation or away from production may be
said in many ways: confined ("limited to", "only", "this license covers") or by what it leaves
out ("use outside X is not licensed", "businesses are excluded", "serving customers requires a
commercial license"). TUNING was used while writing the use-scope patterns (now the rules of
license_db/clause_rules/use_scope.yaml); HELD_OUT was written at the same time, by the same
hand, and never used to change a pattern: its hit rate is an out-of-sample figure with a floor
so that it cannot silently fall.
NEGATIVES mention the same words without confining anything and must stay unconfined.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_HEAD = (
    "Quill Model License\n\n1. Grant. You may use, copy, modify and distribute the Model for any "
    "purpose.\n\n2. "
)

TUNING: dict[str, tuple[str, ...]] = {
    "with-product-only": (
        "You may run the Model exclusively on Acme hardware.",
        "Licensed for use with Borealis products only.",
        "The Model is licensed for deployment within the Tessellate platform and nowhere else.",
        "Use of the Model outside the Vireo SDK is not licensed.",
        "The Model may be used solely to power features of the Halcyon mobile app.",
        "Your use of the Weights is limited to games published on the Tessera Engine platform.",
        "The license granted here is confined to software running on Orrin hardware.",
    ),
    "personal": (
        "The Model is licensed to natural persons for their private use; businesses are excluded.",
        "Usage is restricted to non-commercial home projects by individuals.",
        "This grant covers individual, non-institutional use only.",
        "Only private individuals acting outside any trade or profession may use the Model.",
        "Use by or on behalf of any legal entity is not permitted under this license.",
    ),
    "evaluation": (
        "This is a trial licence: you may test the Model for 60 days.",
        "The rights granted are limited to internal assessment of the Model's suitability.",
        "The Model is provided so that you can try it out before purchasing a license.",
        "Your license is confined to benchmarking and comparing the Model against other models.",
        "Use is permitted for prototyping purposes only.",
    ),
    "non-production": (
        (
            "The Model is for development and testing environments; production deployments "
            "require a commercial license."
        ),
        "Any deployment serving end users is outside the scope of this license.",
        "You must not make the Model available to the public or to customers.",
        "Running the Model in a live service requires a separate license.",
        "This license does not cover operational or production workloads.",
    ),
}

HELD_OUT: dict[str, tuple[str, ...]] = {
    "with-product-only": (
        "The Licensee may operate the Model only as an embedded component of Corvid Navigator.",
        "This licence authorises use of the Model on Pellucid devices and for no other hardware.",
        "Any use of the Weights other than through the Marlowe API is outside this license.",
        "The Model is provided for use with Quarry Studio; standalone use is not permitted.",
    ),
    "personal": (
        "The Model may be used by you as an individual for your own non-business projects only.",
        (
            "Corporate, institutional or governmental use is not licensed; only individuals "
            "may use the Model."
        ),
        "This license is personal to you and covers use for your own private enjoyment.",
        "Use of the Model is limited to private, household purposes.",
    ),
    "evaluation": (
        (
            "You may use the Model internally for the sole purpose of determining whether to "
            "license it."
        ),
        "The grant is limited to a ninety-day trial period.",
        "Use of the Model is confined to proof-of-concept work.",
        "The Licensed Materials may be assessed and tested but not otherwise used.",
    ),
    "non-production": (
        "Production use of the Model is excluded from this license.",
        "You may not deploy the Model to serve live traffic.",
        "The Model may be used in staging and test environments only.",
        (
            "Offering the Model to third parties as part of an operational service is not "
            "permitted under this license."
        ),
    ),
}
HELD_OUT_FLOOR = 0.8  # measured 14/16 when the patterns were written (0/16 before)

NEGATIVES: tuple[str, ...] = (
    "You may use the Model for personal, research or commercial purposes.",
    "You are solely responsible for determining the appropriateness of using the Model.",
    "This License applies only to the Model and not to any other software.",
    "Use of the Model in production is at your own risk.",
    (
        "You may use the Model in production, in testing and in evaluation, including "
        "for commercial services."
    ),
    "The Licensor tested the Model on public benchmarks before release.",
    "Reproduction and distribution of the Model are permitted.",
    "You may deploy the Model to serve your customers.",
    "Any individual or legal entity may exercise the rights granted by this License.",
    "This license is limited to the copyright and patent rights held by the Licensor.",
    "The Model may be used together with other software.",
    "Nothing in this license restricts use by individuals or companies.",
    "You may use the Model in any product, including but not limited to apps on the Tessera "
    "Engine platform.",
    "You may refer to the Quill trademark only to state that your app runs on the Tessera "
    "Engine platform.",
    "Your sole remedy is limited to a refund of fees paid for use together with the Tessera "
    "Engine platform.",
)


def _terms(sentence: str) -> tuple[list[str], object, list[int | None]]:
    terms = extract_terms(_HEAD + sentence + "\n", path="quill.txt")
    scope = terms["use_scope"]
    scopes = [str(item) for item in scope.value] if isinstance(scope.value, list) else []
    return scopes, terms["commercial_use"].value, [e.line for e in scope.evidence]


def _caught(scope: str, sentence: str) -> bool:
    scopes, commercial, _ = _terms(sentence)
    return scope in scopes and commercial != "allowed"


@pytest.mark.parametrize(
    ("scope", "sentence"), [(scope, s) for scope, items in TUNING.items() for s in items]
)
def test_tuning_scope_is_read_and_quoted(scope: str, sentence: str) -> None:
    scopes, commercial, lines = _terms(sentence)
    assert scope in scopes
    assert commercial in {"prohibited", "restricted"}
    assert lines == [5]  # the clause itself is the evidence


def test_held_out_scopes_out_of_sample() -> None:
    cases = [(scope, s) for scope, items in HELD_OUT.items() for s in items]
    caught = [case for case in cases if _caught(*case)]
    print(f"held-out use-scope clauses read: {len(caught)}/{len(cases)}")
    assert len(caught) / len(cases) >= HELD_OUT_FLOOR


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_the_same_words_without_a_confinement_stay_unconfined(sentence: str) -> None:
    scopes, commercial, _ = _terms(sentence)
    assert scopes == []
    assert commercial == "allowed"
