"""A Chinese licence confined to named places (`foreign_zh_territory`): the places licensed,
as an `excluded_use_territories` clause `within`, judged against the places a deployment
touches (`policy.facts.territorial_facts`). Written here, in both scripts; before this work
such a clause was unread (a warning) and no place outside it was excluded.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.model.term_words import describe_term
from auditor.policy.facts import territorial_facts


def _within(*regions: str) -> list[dict[str, object]]:
    return [{"regions": list(regions), "models": "all", "exempts": [], "within": True}]


CONFINED = {
    "valid-only-mainland": (
        "本协议项下的许可仅在中国大陆地区有效，不包括香港特别行政区、澳门特别行政区和台湾地区。",
        ["CN"],
    ),
    "trad-only-within-taiwan": ("僅限於中華民國境內使用本模型。", ["TW"]),
    "territory-defined": ("授权地域为中国大陆。", ["CN"]),
    "banned-outside": ("您不得在中国内地以外部署或运行本模型。", ["CN"]),
    "serving-outside-banned": ("不得通过本模型向位于中华人民共和国以外的用户提供服务。", ["CN"]),
}
# twins: a place the licensor is in, an office, a purpose banned in a place, a place excluded
NOT_CONFINED = (
    "许可方位于中国大陆。",
    "本公司仅在中国大陆设有办事处。",
    "位于中国境内的用户不得将本模型用于违法活动。",
    "禁止在欧盟境内使用或部署本模型。",
)


@pytest.mark.parametrize("name", sorted(CONFINED))
def test_a_licence_confined_to_places_names_the_places_licensed(name: str) -> None:
    text, regions = CONFINED[name]
    values = read_foreign(f"青鸟模型许可协议\n\n{text}\n").values
    assert values["excluded_use_territories"] == _within(*regions)
    for twin in NOT_CONFINED:
        clauses = read_foreign(f"青鸟模型许可协议\n\n{twin}\n").values.get(
            "excluded_use_territories"
        )
        assert clauses is None or isinstance(clauses, list), twin
        assert not any(c.get("within") for c in clauses or []), twin


@pytest.mark.parametrize(
    ("places", "excluded"),
    [
        (["CN"], []),
        (["CN", "HK"], ["HK"]),
        (["MY", "SG"], ["MY", "SG"]),
    ],
)
def test_a_confined_licence_excludes_the_places_touched_outside_it(
    places: list[str], excluded: list[str]
) -> None:
    terms = {"excluded_use_territories": _within("CN")}
    facts = territorial_facts(terms, "text", places)
    assert facts["terms.excluded_use_territories"] == excluded
    # a member state is inside a licence confined to the EU; a clause naming places excluded
    # keeps them whatever the deployment touches
    eu = {"excluded_use_territories": _within("EU")}
    assert (
        territorial_facts(eu, "text", ["DE", "EEA", "EU"])["terms.excluded_use_territories"] == []
    )
    named = {"excluded_use_territories": [{"regions": ["RU"], "models": "all", "exempts": []}]}
    assert territorial_facts(named, "text", places)["terms.excluded_use_territories"] == ["RU"]


def test_a_foreign_company_using_the_model_inside_the_territory_is_within_it() -> None:
    """A territory of use confines where the model is used, not who the licensee is: a
    Singapore company serving only mainland China is inside a mainland-only licence; one
    confining licensees (a domicile clause) judges the domicile instead."""
    use = {"excluded_use_territories": _within("CN")}
    facts = territorial_facts(use, "text", ["CN"], ["SG"])
    assert facts["terms.excluded_use_territories"] == []
    licensees = {"excluded_licensee_domiciles": _within("CN")}
    facts = territorial_facts(licensees, "text", ["CN"], ["SG"])
    assert facts["terms.excluded_licensee_domiciles"] == ["SG"]
    assert (
        territorial_facts(licensees, "text", ["SG"], ["CN"])["terms.excluded_licensee_domiciles"]
        == []
    )


def test_a_confined_clause_is_described_as_the_places_licensed() -> None:
    words = describe_term("excluded_use_territories", _within("CN"))
    assert words == "Rights to the models only for use in: CN."
