"""Openness beside the commercial verdict: OSI approval, OSAID fit and a MOF class estimate."""

from __future__ import annotations

from auditor.model import Openness
from auditor.model.kinds import LicenseKind
from auditor.policy.openness import (
    ABSENT,
    UNKNOWN,
    assess_openness,
    card_components,
    reassess,
)
from auditor.report.words import next_class_words, openness_line, openness_short

FULL_BODY = """# Quill-7B

## Training data
We trained on a public web crawl described in our data card.

## Evaluation
| benchmark | score |
|---|---|

Code: https://github.com/quill-lab/quill-train
Paper: https://arxiv.org/abs/2401.00001
"""


def _open(components: dict[str, str], kind: LicenseKind = LicenseKind.PERMISSIVE_OSS) -> Openness:
    return assess_openness(
        components, license_label="Quill Open License", osi_approved=True, osaid_fit=True,
        kinds=[kind],
    )  # fmt: skip


def test_a_full_card_under_an_open_license_reaches_class_one() -> None:
    metadata = {"library_name": "x", "datasets": ["quill/web"], "pipeline_tag": "Text-Generation"}
    components = card_components(metadata, FULL_BODY, license_label="Quill Open License")
    assert components["model card"] == "Quill Open License"
    assert components["training datasets"] == UNKNOWN
    assert components["task"] == "text-generation"
    openness = _open(components)
    assert openness.mof_class == 1
    assert openness.osaid_fit is True
    assert openness.missing == ()
    assert next_class_words(openness) is None


def test_each_class_says_what_the_next_one_needs() -> None:
    components = card_components(
        {"library_name": "transformers"},
        FULL_BODY.replace("Code: https://github.com/quill-lab/quill-train", ""),
        license_label="Quill",
    )
    openness = _open(components)
    assert openness.mof_class == 3
    assert openness.missing == ("a link to the training and evaluation code",)
    assert next_class_words(openness) == (
        "for class II, the model needs a link to the training and evaluation code"
    )
    # the OSAID asks for the code too: not named, so not known (never a yes)
    assert openness.osaid_fit is None


def test_a_restricted_license_is_below_class_three_and_says_why_once() -> None:
    components = card_components({"library_name": "transformers"}, FULL_BODY, license_label="Q")
    openness = assess_openness(
        components,
        license_label="Quill Community License",
        osi_approved=False,
        osaid_fit=False,
        kinds=[LicenseKind.OPEN_WEIGHT_RESTRICTED],
    )
    assert openness.mof_class is None
    assert openness.osi_approved is False and openness.osaid_fit is False
    assert len(openness.missing) == 1
    assert "use restrictions" in openness.missing[0]
    assert "below class III" in openness_line(openness)
    assert openness_short(openness) == "not OSI · below MOF III"
    assert openness_line(None).startswith("not assessed")


def test_an_unknown_license_is_never_counted_as_open() -> None:
    components = card_components({}, FULL_BODY, license_label=None)
    openness = assess_openness(
        components, license_label=None, osi_approved=None, osaid_fit=None, kinds=[]
    )
    assert openness.mof_class is None
    assert openness.osi_approved is None and openness.osaid_fit is None
    assert "not known" in openness.missing[0]
    assert components["model parameters"] == UNKNOWN


def test_an_empty_card_names_nothing() -> None:
    components = card_components({}, "", license_label="Quill", has_card=False)
    assert components["model card"] == ABSENT
    assert components["model architecture"] == ABSENT
    assert "task" not in components
    openness = _open(components)
    assert openness.mof_class is None
    assert "a model card" in openness.missing


def test_reassessing_after_lineage_takes_the_effective_license() -> None:
    components = card_components({"library_name": "x"}, FULL_BODY, license_label="Quill Open")
    before = _open(components)
    after = reassess(
        before,
        {
            "effective.osi_approved": False,
            "effective.osaid_fit": False,
            "effective.kinds": ["permissive-oss", "non-commercial"],
        },
        "Parrot Research License",
    )
    assert after.mof_class is None
    assert after.components["model parameters"] == "Parrot Research License"
    assert after.components["model card"] == "Parrot Research License"
    assert after.components["training and evaluation code"] == UNKNOWN
    assert after.osi_approved is False
