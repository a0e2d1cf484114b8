"""A cap on the people using the model on one day, "daily active users" unsaid, and a duty to
pass these terms on with every copy, in the languages of Asia (`foreign_daily_people_asia`,
`foreign_duties_south_asia`). Lawful twins: a number of requests a day is a rate limit, no cap
on users; a copy of the terms said not needed binds no one. Texts written for these tests."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign_daily_people_asia import read_daily_people
from auditor.licenses.terms.foreign_duties_south_asia import read_copies
from auditor.licenses.terms.foreign_zh import Clause


def _dau(count: int) -> list[Clause]:
    return [Clause("user_threshold", {"count": count, "unit": "dau"})]


DAILY = [
    ("ko", "어느 하루에 이 모델을 쓴 사람이 10만 명 이상이면 별도 계약이 필요합니다.", 100_000),
    ("ja", "1日に本モデルを利用した人が三万人を超えた日がある場合、許諾は及びません。", 30_000),
    ("zh", "若单日使用本模型的用户超过二十万人，须另行签订商业协议。", 200_000),
    (
        "hi",
        "यदि किसी दिन मॉडल का उपयोग करने वाले व्यक्ति 50,000 से अधिक हों, तो अलग अनुबंध आवश्यक है।",
        50_000,
    ),
    ("vi", "Nếu trong một ngày có hơn 20.000 người dùng mô hình, bạn cần giấy phép riêng.", 20_000),
    ("th", "หากในวันใดมีผู้ใช้แบบจำลองเกิน 80,000 คน ต้องทำสัญญาแยกต่างหาก", 80_000),
]


@pytest.mark.parametrize(("language", "text", "count"), DAILY)
def test_the_people_of_one_day_capped_is_a_daily_user_cap(
    language: str, text: str, count: int
) -> None:
    assert read_daily_people(language, text) == _dau(count)


NOT_DAILY = [
    ("ko", "하루에 10만 건을 넘는 요청은 처리되지 않을 수 있습니다."),
    ("ja", "1日あたり五万トークンを超えるリクエストは制限されます。"),
    ("zh", "每日调用超过一万次的用户需联系我们。"),
    ("vi", "Mô hình được phát hành ngày 12 tháng 3 năm 2025 cho mọi người dùng."),
    ("de", "Wenn an einem Tag mehr als 50.000 Personen das Modell nutzen, ist ein Vertrag nötig."),
]


@pytest.mark.parametrize(("language", "text"), NOT_DAILY)
def test_requests_a_day_or_a_date_cap_no_users(language: str, text: str) -> None:
    assert read_daily_people(language, text) == []


COPIES = [
    ("ko", "모델을 다시 배포할 때에는 본 약관의 사본을 함께 전달하여야 합니다.", True),
    ("ko", "이 조건의 사본을 함께 제공할 필요는 없습니다.", False),
    ("ja", "再配布する場合は、本許諾書の写しを添付してください。", True),
    ("bn", "মডেল বিতরণের সময় এই শর্তাবলি সংযুক্ত করতে হবে।", True),
    ("ur", "تقسیم کرتے وقت یہ اجازت نامہ ساتھ دیں۔", True),
    ("ta", "விநியோகிக்கும்போது இந்த உரிமத்தை இணைக்க வேண்டும்.", True),
    ("mr", "वितरण करताना हा परवाना सोबत द्यावा.", True),
]


@pytest.mark.parametrize(("language", "text", "binds"), COPIES)
def test_these_terms_passed_on_with_each_copy(language: str, text: str, binds: bool) -> None:
    expected = [Clause("attribution_required", True)] if binds else []
    assert read_copies(language, text) == expected
