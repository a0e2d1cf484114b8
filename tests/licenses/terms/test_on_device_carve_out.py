"""A carve-out from a ban on passing the weights on (`use_scope` on-device-shipping): shipping
them inside the licensee's own application to run on its end users' devices. The default
preset then lets an `on-device` deployment pass and still blocks `redistribute-weights`; the
carve-out binds a combination only when every source banning redistribution states it.

Every sentence is written here in the general shape of such clauses."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.combine import TermSource, combine_terms
from auditor.licenses.terms.extract import extract_terms
from auditor.model import Severity
from tests.policy.test_presets import apache_saas, run

BAN = "no-weight-redistribution"
CARVE = "on-device-shipping"
RULE = "license-forbids-weight-redistribution"


def _scope(text: str) -> list[str]:
    value = extract_terms(f"Model Licence\n\n{text}\n", path="LICENSE")["use_scope"].value
    return [str(word) for word in value] if isinstance(value, list) else []


CARVE_OUTS = [
    "Notwithstanding section 4, you may embed the weights in your own app so that it runs "
    "on your end users' phones.",
    "The Licensee is permitted to bundle the model files into its product for on-device "
    "inference on its customers' own hardware.",
    "For on-device deployment, you may package the checkpoints within your application.",
]

NOT_CARVE_OUTS = [
    "You may not embed the weights in your app for on-device use.",
    "You may use the model inside your application, served from your own cloud.",
    "You may distribute the weights to anyone under this licence.",
    "Running the model on end users' devices is not permitted.",
]


@pytest.mark.parametrize("sentence", CARVE_OUTS)
def test_a_carve_out_beside_the_ban_keeps_both_words(sentence: str) -> None:
    text = f"3. You must not share or redistribute the weights.\n\n4. {sentence}"
    assert {BAN, CARVE} <= set(_scope(text))


@pytest.mark.parametrize("sentence", NOT_CARVE_OUTS)
def test_no_carve_out_is_read_from_other_sentences(sentence: str) -> None:
    text = f"3. You must not share or redistribute the weights.\n\n4. {sentence}"
    assert CARVE not in _scope(text)


def _source(*words: str) -> TermSource:
    return TermSource(values={"use_scope": list(words)}, evidence={})


def test_a_carve_out_in_one_license_does_not_lift_anothers_ban() -> None:
    values, _ = combine_terms([_source(BAN, CARVE), _source(BAN)])
    assert values["use_scope"] == [BAN]
    values, _ = combine_terms([_source(BAN, CARVE), _source("no-competing-use")])
    assert values["use_scope"] == sorted({BAN, CARVE, "no-competing-use"})


def test_on_device_passes_under_the_carve_out_and_redistribution_still_blocks() -> None:
    carved = apache_saas(terms__use_scope=[BAN, CARVE], deployment__distribution="on-device")
    assert RULE not in run("default", carved)
    shipped = apache_saas(
        terms__use_scope=[BAN, CARVE], deployment__distribution="redistribute-weights"
    )
    assert run("default", shipped)[RULE].severity is Severity.BLOCK
    banned = apache_saas(terms__use_scope=[BAN], deployment__distribution="on-device")
    assert run("default", banned)[RULE].severity is Severity.BLOCK
