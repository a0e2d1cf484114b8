"""A Japanese licence whose grant is a plain one (a non-exclusive right to use, copy or modify,
with no purpose, limit or condition: it states no term) and whose commercial use is said to be
included in it in a sentence of its own ("営利目的での使用も本許諾に含まれます"). Counter-examples:
commercial use said not included, a grant for a named purpose, a grant with a proviso. Sentences
are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_cues import JA
from auditor.licenses.terms.foreign_grants import is_plain_grant

_GRANT = "当社は、利用者に本モデルを利用し、改変する非独占的なライセンスを付与します。"


def test_commercial_use_said_included_in_the_grant_is_allowed() -> None:
    reading = read_foreign(_GRANT + "営利目的での使用も本許諾に含まれます。")
    assert reading.values["commercial_use"] == "allowed"
    assert reading.unread == ()


def test_commercial_use_said_not_included_is_not_allowed() -> None:
    reading = read_foreign(_GRANT + "営利目的での使用は本許諾に含まれません。")
    assert reading.values.get("commercial_use") != "allowed"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (_GRANT, True),
        ("当社は、お客様に対し本モデルを使用、複製する権利を許諾します。", True),
        ("当社は、学術研究の目的で本モデルを使用する権利を許諾します。", False),
        ("当社は、本モデルを使用する権利を許諾します。ただし、再配布はできません。", False),
    ],
)
def test_a_plain_japanese_grant_states_no_term(text: str, plain: bool) -> None:
    assert is_plain_grant(text, JA) is plain
