"""A Korean licence file whose grant, notice duty, excluded places and governing law are all in
Korean (`foreign_cues.KO`, `foreign_grants`, `foreign_duties`, `foreign_ja_ko_he`,
`foreign_law_ko`): each passage is read, and a file named LICENSE in Korean (라이선스.md) with
no title the identifier knows is the licence, its commercial grant deciding its kind. Texts
written for these tests; expectations from what each says."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.model_terms import terms_for_model
from auditor.licenses.text.identify import identify_text
from auditor.model import LicenseFile

DB = load_license_db()

_KO = (
    "# 「물수리-7B」 사용 허락 조건\n\n"
    "제1조 물수리AI는 사용자에게 본 모델을 이용, 복제 및 수정할 수 있는 비독점적 권리를\n"
    "부여한다. 영리 목적의 사용도 포함된다.\n\n"
    "제2조 본 모델을 재배포하는 자는 라이선스 전문을 첨부하여야 한다.\n\n"
    "제3조 본 모델은 마카오 및 홍콩에서 사용할 수 없습니다.\n\n"
    "제4조 이 계약은 미국 캘리포니아주 법률에 따라 해석된다.\n"
)


def test_every_clause_of_a_korean_licence_is_read() -> None:
    reading = read_foreign(_KO)
    assert reading.unread == ()
    assert reading.values["commercial_use"] == "allowed"
    assert reading.values["attribution_required"] is True
    assert reading.values["territorial_exclusions"] == ["HK", "MO"]
    assert reading.values["governing_law"] == "US-CA"


@pytest.mark.parametrize(
    ("sentence", "law"),
    [
        ("본 약관은 싱가포르 법률에 따릅니다.", "SG"),
        ("이 라이선스는 영국 법에 의하여 규율된다.", "GB"),
        ("준거법은 일본 법으로 한다.", "JP"),
        ("본 계약은 대한민국 법률에 따릅니다.", "KR"),
    ],
)
def test_a_korean_choice_of_law_names_its_place(sentence: str, law: str) -> None:
    assert read_foreign(sentence).values.get("governing_law") == law


def test_a_court_named_in_korean_is_no_law() -> None:
    reading = read_foreign("분쟁은 싱가포르 법원의 관할에 따른다.")
    assert "governing_law" not in reading.values


@pytest.mark.parametrize(
    "sentence",
    [
        # commercial use excluded, or a grant narrowed to a purpose: no plain commercial grant
        "상업적 목적의 이용은 포함되지 않습니다.",
        "본 모델을 연구 목적으로만 사용할 수 있는 권리를 부여합니다.",
    ],
)
def test_no_commercial_grant(sentence: str) -> None:
    assert read_foreign(sentence).values.get("commercial_use") != "allowed"


def _terms(name: str, text: str) -> dict[str, object]:
    files = [(LicenseFile(name, None, 1, text, "LICENSE"), identify_text(text, db=DB))]
    return dict(terms_for_model(files, None, DB).values)


def test_a_korean_named_licence_file_is_the_licence() -> None:
    values = _terms("라이선스.md", _KO)
    assert values["commercial_use"] == "allowed"
    assert values["kind"] == "open-weight-restricted"
    assert values["governing_law"] == "US-CA"
