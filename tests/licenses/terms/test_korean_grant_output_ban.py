"""A Korean licence granting use for profit with a formal ban on training other models with the
outputs (held-out s20hb-para-ko-...): the ban is read, the clause vesting the outputs in the user
states no term, and a licence file whose only grant is Korean reads as a licence with a kind."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import ExtractedTerm
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_ja_definitions import is_output_ownership
from auditor.licenses.terms.foreign_weights import _east_asian_outputs
from auditor.licenses.terms.granted_kind import with_granted_kind

_GRANT = (
    "두루미-2B 이용허락 계약\n\n"
    "제1조 두루미랩은 이용자에게 본 모델을 영리 목적을 포함한 모든 목적으로 사용, 복제 및 "
    "배포할 수 있는 권리를 부여한다.\n"
)


def test_formal_ban_on_training_other_models_is_read() -> None:
    text = _GRANT + "제2조 이용자는 생성된 출력물로 타사의 언어 모델을 훈련하여서는 아니 된다.\n"
    reading = read_foreign(text)
    assert reading.values["commercial_use"] == "allowed"
    assert reading.values["output_use_restriction"] is True
    assert reading.unread == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # no ban: the formal "must not" is absent or bears on something else
        "이용자는 출력물을 이용하여 다른 모델을 학습시킬 수 있다",
        "이용자는 본 고지를 삭제하여서는 아니 된다",
        "출력물을 이용하여 자체 모델을 개선하는 것은 금지되지 않습니다",
    ],
)
def test_no_output_training_ban(sentence: str) -> None:
    assert not _east_asian_outputs(sentence, "ko")


@pytest.mark.parametrize(
    "text",
    [
        "제2조(출력물) 모델이 생성한 출력물에 관한 권리는 이용자에게 귀속된다.",
        "本モデルの出力に関する権利は利用者に帰属します。",
    ],
)
def test_outputs_vesting_in_the_user_state_no_term(text: str) -> None:
    assert is_output_ownership(text)


@pytest.mark.parametrize(
    "text",
    [
        # a restriction on the outputs is a term
        "출력물에 관한 권리는 이용자에게 귀속되나, 상업적 이용은 금지된다.",
        # the rights stay with the licensor
        "출력물에 관한 모든 권리는 라이선스 제공자에게 귀속된다.",
        "出力に関する権利は当社に帰属します。",
    ],
)
def test_other_output_clauses_are_not_ownership(text: str) -> None:
    assert not is_output_ownership(text)


def test_granted_kind() -> None:
    allowed = ExtractedTerm("allowed")
    bare = {"commercial_use": allowed, "kind": ExtractedTerm(None)}
    assert with_granted_kind(bare)["kind"].value == "permissive-oss"
    banned = {**bare, "output_use_restriction": ExtractedTerm(True)}
    assert with_granted_kind(banned)["kind"].value == "open-weight-restricted"
    # not allowed, or a kind already read: unchanged
    prohibited = {"commercial_use": ExtractedTerm("prohibited"), "kind": ExtractedTerm(None)}
    assert with_granted_kind(prohibited) is prohibited
    kinded = {"commercial_use": allowed, "kind": ExtractedTerm("non-commercial")}
    assert with_granted_kind(kinded) is kinded
    unknown = {"commercial_use": ExtractedTerm(None), "kind": ExtractedTerm(None)}
    assert with_granted_kind(unknown) is unknown
