"""Bilingual licenses (issue 32, item 3): both halves are read, per term the stricter reading
binds, and a term the halves state differently is `license-translation-disagrees`, naming the
term and quoting both halves with their lines. Every text is written for these tests."""

from __future__ import annotations

from pathlib import Path

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.model_terms import ModelTerms, terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import Finding, LicenseFile

ENGLISH = """Heron Model License

1. The Licensor grants you a worldwide, royalty-free license to use, copy and modify the Heron
model weights.
2. You may use the model for commercial purposes.
3. If your products exceed 100 million monthly active users, you must request a separate
license from the Licensor.
4. This license is governed by the laws of Singapore.
"""

CHINESE = """鹭鸟模型许可协议

一、许可方授予您全球范围内、免版税的许可，以使用、复制和修改鹭鸟模型权重。
二、您可以将本模型用于商业目的。
三、如果您的产品月活跃用户超过1亿，您必须向许可方申请单独的许可。
四、本协议受新加坡法律管辖。
"""


def _terms(text: str, path: str = "LICENSE") -> ModelTerms:
    db = load_license_db()
    file = LicenseFile(path=path, sha256=None, size=len(text), text=text, origin=path)
    identified = [(file, identify_text(text, db=db))]
    return terms_for_model(identified, identified[0][1].match, db)


def _disagreements(terms: ModelTerms) -> list[Finding]:
    return [f for f in terms.findings if f.rule == "license-translation-disagrees"]


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_halves_that_agree_are_read_and_raise_nothing() -> None:
    terms = _terms(ENGLISH + "\n" + CHINESE)
    assert terms.values["commercial_use"] == "restricted"  # allowed below the cap
    assert terms.values["mau_threshold"] == 100_000_000
    assert terms.values["governing_law"] == "SG"
    assert _disagreements(terms) == []
    assert not [f for f in terms.findings if f.rule == "license-language-unread"]


def test_a_chinese_half_that_bans_commercial_use_binds_and_is_a_finding() -> None:
    chinese = CHINESE.replace(
        "二、您可以将本模型用于商业目的。", "二、本模型不得用于任何商业目的。"
    )
    text = ENGLISH + "\n" + chinese
    terms = _terms(text)
    assert terms.values["commercial_use"] == "prohibited"
    (finding,) = [f for f in _disagreements(terms) if "commercial use" in f.message]
    # the English half allows commercial use below its cap (restricted), the Chinese bans it
    assert "restricted in English, prohibited in Chinese" in finding.message
    assert "Chinese" in finding.message
    english_line = _line(text, "If your products exceed")  # what makes it restricted
    chinese_line = _line(text, "不得用于任何商业目的")
    assert [e.line for e in finding.evidence] == [english_line, chinese_line]
    assert finding.evidence[1].text.startswith("本模型不得用于")


def test_different_caps_keep_the_lower_and_are_a_finding() -> None:
    chinese = CHINESE.replace("月活跃用户超过1亿", "月活跃用户超过1000万")
    terms = _terms(ENGLISH + "\n" + chinese)
    assert terms.values["mau_threshold"] == 10_000_000
    (finding,) = _disagreements(terms)
    assert "the cap on users" in finding.message
    assert "100,000,000 mau" in finding.message and "10,000,000 mau" in finding.message


def test_a_different_governing_law_is_a_finding() -> None:
    chinese = CHINESE.replace("本协议受新加坡法律管辖。", "本协议适用中华人民共和国法律。")
    terms = _terms(ENGLISH + "\n" + chinese)
    (finding,) = _disagreements(terms)
    assert "the governing law" in finding.message
    assert "SG" in finding.message and "CN" in finding.message


def test_a_term_only_the_chinese_half_states_binds() -> None:
    chinese = CHINESE + "五、许可方有权随时修订本协议。\n六、不得使用本模型的输出改进其他模型。\n"
    terms = _terms(ENGLISH + "\n" + chinese)
    assert terms.values["licensor_may_update_terms"] is True
    assert terms.values["output_use_restriction"] is True
    assert _disagreements(terms) == []  # a term one half leaves out is no disagreement


def test_a_chinese_sentence_appended_to_a_standard_text_is_no_translation(corpus: Path) -> None:
    mit = (corpus / "licenses" / "mit.txt").read_text(encoding="utf-8")
    terms = _terms(mit + "\n附加条款：本软件不得用于商业用途。\n")
    assert terms.values["commercial_use"] == "prohibited"  # the stricter reading binds
    assert _disagreements(terms) == []  # one added sentence translates nothing


def test_a_chinese_translation_of_a_restricted_english_license_agrees() -> None:
    english = ENGLISH.replace(
        "2. You may use the model for commercial purposes.",
        "2. You may not use the model for any commercial purpose.",
    )
    chinese = CHINESE.replace(
        "二、您可以将本模型用于商业目的。", "二、您不得将本模型用于任何商业目的。"
    )
    terms = _terms(english + "\n" + chinese)
    assert terms.values["commercial_use"] == "prohibited"
    assert _disagreements(terms) == []


def test_a_ban_in_one_half_leaves_no_condition_of_the_other_halfs_grant() -> None:
    english = ENGLISH.replace(
        "2. You may use the model for commercial purposes.",
        "2. You may not use the model for any commercial purpose.",
    )
    chinese = CHINESE.replace(
        "二、您可以将本模型用于商业目的。",
        "二、填写登记表完成登记后，即可免费将本模型用于商业目的。",
    )
    terms = _terms(english + "\n" + chinese)
    assert terms.values["commercial_use"] == "prohibited"
    assert not terms.values.get("commercial_use_conditions")
    assert [f for f in _disagreements(terms) if "commercial use" in f.message]
