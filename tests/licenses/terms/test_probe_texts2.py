"""Licence shapes from the session-15 probe round (texts2), each read as a general rule: a
use-policy file beside a pointer to the model's license agrees with it; medical advice in its
paraphrases; a worldwide grant that leaves places out; a Chinese national-security ban; a
heading in a script without case after a preamble; a titled license written on a family keeps
its own grant; an agreement that must carry the restrictions. Texts are our own wording."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.title_shapes import find_title
from tests.licenses.terms.test_model_documents import _terms


def _listed(value: object) -> list[str]:
    """A list term's words (none when it is unset)."""
    return [str(item) for item in value] if isinstance(value, list) else []


# --- a use policy beside a file naming the license: no disagreement with itself -------------

POINTER_NC = (
    "Wren weights\n\nThe weights are licensed under the Creative Commons "
    "Attribution-NonCommercial 4.0 International licence (CC BY-NC 4.0). Every use must follow "
    "the use policy in USE_POLICY.md.\n"
)
POLICY = "# Wren acceptable use policy\n\nYou may not use Wren models to build weapons.\n"


def test_a_use_policy_does_not_disagree_with_the_license_a_pointer_names() -> None:
    terms = _terms({"LICENSE": POINTER_NC, "USE_POLICY.md": POLICY})
    assert terms.values["commercial_use"] == "prohibited"
    assert "weapons" in _listed(terms.values["use_restrictions"])
    assert not [f for f in terms.findings if f.rule == "license-files-disagree"]


def test_a_stricter_document_beside_a_pointer_still_disagrees() -> None:
    pointer = "The Wren weights are licensed under the Apache License 2.0 (Apache-2.0).\n"
    notice = "Wren notice. The weights may be used for non-commercial purposes only.\n"
    terms = _terms({"LICENSE": pointer, "NOTICE.md": notice})
    (finding,) = [f for f in terms.findings if f.rule == "license-files-disagree"]
    assert "LICENSE reads as" in finding.message and "NOTICE.md" in finding.message


# --- medical advice in its paraphrases --------------------------------------------------------


def _tags(clause: str) -> list[str]:
    terms = extract_terms(f"You may not use the model {clause}.\n")
    return _listed(terms["use_restrictions"].value)


@pytest.mark.parametrize(
    "clause",
    [
        "to diagnose medical conditions or recommend treatment to people",
        "to make a diagnosis of any illness",
        "for clinical decisions about patients",
        "to prescribe medication",
        "to provide treatment recommendations",
    ],
)
def test_medical_advice_in_other_words(clause: str) -> None:
    assert "medical-advice" in _tags(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "to publish a medical imaging research dataset under another name",
        "to diagnose faults in a competitor's servers",
        "to recommend products without disclosing payment",
    ],
)
def test_no_medical_advice_without_medicine(clause: str) -> None:
    assert "medical-advice" not in _tags(clause)


# --- the world less a list of places -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        ("The model is usable worldwide except in the European Union.", {"EU"}),
        (
            "You get a worldwide licence, excluding the United Kingdom and South Korea.",
            {"GB", "KR"},
        ),
        ("You may use the model in all countries other than Brazil.", {"BR"}),
        ("The model may be used only outside the European Union.", {"EU"}),
    ],
)
def test_a_worldwide_grant_that_leaves_places_out(sentence: str, regions: set[str]) -> None:
    found = extract_terms(f"Kestrel Model License\n\n{sentence}\n")["territorial_exclusions"]
    assert regions <= set(_listed(found.value))


@pytest.mark.parametrize(
    "sentence",
    [
        "We grant a worldwide licence, except as provided in Section 3 of Germany's code.",
        "The licence is worldwide, except in countries under United States sanctions such as Iran.",
        "You may use the model worldwide; it is governed by the laws of Japan.",
    ],
)
def test_no_territory_from_a_worldwide_grant_with_no_place_left_out(sentence: str) -> None:
    found = extract_terms(f"Kestrel Model License\n\n{sentence}\n")["territorial_exclusions"]
    assert not found.value


# --- Chinese: a national-security ban is read --------------------------------------------------


def test_a_chinese_national_security_ban_is_read() -> None:
    text = "第二条 您不得利用本模型从事危害国家安全或社会公共利益的活动。\n"
    reading = read_foreign(text)
    assert "national-security" in _listed(reading.values.get("use_restrictions"))
    assert not reading.unread


def test_a_chinese_mention_of_national_security_is_no_ban() -> None:
    reading = read_foreign("第五条 国家安全机关依法调取数据时，许可方将予以配合。\n")
    assert "use_restrictions" not in reading.values


# --- a heading in Chinese or Japanese after an English preamble --------------------------------

PREAMBLE = "English summary: the model may be used commercially. Chinese law governs.\n\n"


@pytest.mark.parametrize(
    "title", ["云雀模型社区许可协议", "ツグミ画像モデル ライセンス", "## 星河模型许可证"]
)
def test_a_cjk_heading_after_a_preamble_is_the_title(title: str) -> None:
    body = "\n第一条 授权：许可方授予您使用本模型的许可。\n"
    assert find_title(f"{PREAMBLE}{title}\n{body}") == title.lstrip("# ")


@pytest.mark.parametrize("line", ["本协议适用中华人民共和国法律", "第三条 再分发时须附带本协议。"])
def test_a_cjk_clause_is_no_title(line: str) -> None:
    assert find_title(f"{PREAMBLE}{line}\n\n其他条款。\n") is None


def test_a_bilingual_license_with_its_title_after_the_summary_keeps_its_grant_and_law() -> None:
    text = (
        "English summary (the Chinese text governs): the Yunque model may be used commercially "
        "free of charge. Chinese law governs.\n\n云雀模型社区许可协议\n\n"
        "第一条 许可方授予您免费的许可，可使用、复制和分发本模型，包括用于商业用途，"
        "无需另行申请。\n"
        "第二条 本协议适用中华人民共和国法律。\n"
    )
    terms = _terms({"LICENSE": text})
    assert terms.values["commercial_use"] == "allowed"
    assert terms.values["governing_law"] == "CN"


# --- a titled license written on a known family keeps its own grant and duties -----------------

RAIL_SHAPED = """Ibis Responsible AI License (RAIL), version 1.0

Section I - Grant. Ibis Collective grants you a worldwide, royalty-free licence to use, modify and
distribute the Model, for any purpose including commercial ones, subject to Section II.
Section II - Conditions. You must not use the Model for the uses in Attachment A, and any
agreement under which you give others the Model or a service built on it must contain those
restrictions.

Attachment A - Restricted uses. The Model may not be used:
(a) to impersonate people.
"""


def test_a_derived_titled_license_keeps_its_grant_and_flow_down() -> None:
    terms = _terms({"LICENSE": RAIL_SHAPED})
    assert terms.values["commercial_use"] == "allowed"
    assert terms.values["downstream_propagation"] is True
    assert "impersonation" in _listed(terms.values["use_restrictions"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Any agreement under which you give others the Model must contain those restrictions.",
        "The terms of service you offer users shall incorporate the same use restrictions.",
        "Every sublicence must reproduce these limitations.",
    ],
)
def test_an_agreement_that_must_carry_the_restrictions_passes_them_on(sentence: str) -> None:
    assert extract_terms(f"{sentence}\n")["downstream_propagation"].value is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Any licence you grant must contain the copyright notice.",
        "This agreement contains restrictions on export.",
    ],
)
def test_other_contents_of_an_agreement_pass_nothing_on(sentence: str) -> None:
    assert not extract_terms(f"{sentence}\n")["downstream_propagation"].value
