"""A use policy told by its title (licenses/terms/detect.py): "Responsible Use Terms" and the
like make a use policy, not a licence; a title naming a list of barred uses ("Prohibited
Uses") does so only for a text that grants nothing (a licence's own attachment is so titled).
Texts written for these tests."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms

_BANS = (
    "Whoever you are, you may not use the model or its outputs:\n\n"
    "1. for police or prosecutors to investigate offences;\n"
    "2. to find or follow a particular person across images;\n3. in any weapon system.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Pipit Responsible Use Terms",
        "Acceptable Usage Guidelines for the Marten checkpoints",
        "Ethical Use Principles",
        "Prohibited Uses of Wren-7B",
        "Use Restrictions",
    ],
)
def test_a_use_policys_title_makes_a_use_policy(title: str) -> None:
    terms = extract_terms(f"# {title}\n\n{_BANS}", path="USE_POLICY.md")
    assert terms["kind"].value == "acceptable-use-policy"
    restrictions = terms["use_restrictions"].value
    assert isinstance(restrictions, list)
    assert {"law-enforcement", "surveillance", "weapons"} <= set(restrictions)


def test_a_list_title_over_a_grant_is_a_licences_attachment() -> None:
    text = (
        "# Use Restrictions\n\nAcme hereby grants you a worldwide, royalty-free licence to use, "
        "copy and modify the model, subject to the restrictions below.\n\n" + _BANS
    )
    assert extract_terms(text, path="LICENSE")["kind"].value != "acceptable-use-policy"


@pytest.mark.parametrize("title", ["Kite Terms of Use", "Kite Model Licence"])
def test_a_licence_titled_so_is_no_use_policy(title: str) -> None:
    kind = extract_terms(f"# {title}\n\n{_BANS}", path="TERMS.md")["kind"].value
    assert kind != "acceptable-use-policy"
