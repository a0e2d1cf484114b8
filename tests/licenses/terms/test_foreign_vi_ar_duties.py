"""A Vietnamese warranty disclaimer and an Arabic duty to ship the licence with copies (session
23, held-out s23d1): "Mô hình được cung cấp theo hiện trạng, không kèm bất kỳ bảo đảm nào" ("as
is", no warranty attached) and "يجب إرفاق نص هذه الرخصة مع أي نسخة موزعة" (the text of this
licence, the demonstrative feminine) were left unread in grants for any purpose, a false warn.
Texts written for this test in our own words; twins that state a term stay read as one, and a
sentence stating neither stays unread.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


@pytest.mark.parametrize(
    "text",
    [
        "Điều 3. Mô hình được cung cấp theo hiện trạng, không kèm bất kỳ bảo đảm nào.",
        "Mô hình được cung cấp như hiện có và không đưa ra bất kỳ bảo hành nào.",
        "Bên cấp phép không đi kèm mọi sự bảo đảm, dù rõ ràng hay ngụ ý, đối với mô hình.",
        "Phần mềm và trọng số được phân phối theo hiện trạng.",
    ],
)
def test_a_vietnamese_disclaimer_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    assert not reading.values


@pytest.mark.parametrize(
    "text",
    [
        "Bạn phải bảo đảm việc sử dụng mô hình tuân thủ pháp luật Việt Nam.",
        "Công ty bảo đảm rằng mô hình không vi phạm quyền của bên thứ ba.",
    ],
)
def test_a_vietnamese_guarantee_is_no_disclaimer(text: str) -> None:
    assert read_foreign(text).unread


def test_a_vietnamese_disclaimer_with_a_term_keeps_the_term() -> None:
    text = "Mô hình chỉ được dùng theo hiện trạng cho mục đích nghiên cứu."
    assert read_foreign(text).values.get("use_scope") == ["research"]


@pytest.mark.parametrize(
    "text",
    [
        "المادة (2): يجب إرفاق نص هذه الرخصة مع أي نسخة موزعة من النموذج أو من نموذج مشتق منه.",
        "يتعين تضمين نسخة من هذه الرخصة في كل توزيع للنموذج.",
        "يجب أن تكون كل نسخة موزعة مصحوبة بنص الرخصة.",
        "عند إعادة التوزيع، يلزم إرفاق نسخة من الاتفاقية مع النموذج.",
    ],
)
def test_an_arabic_licence_text_duty_is_a_notice(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("attribution_required") is True
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "يمكنك قراءة نص هذه الرخصة على موقعنا الإلكتروني.",
        "لا يلزم إرفاق أي شيء عند الاستخدام الداخلي، ونص هذه الفقرة للتوضيح.",
    ],
)
def test_an_arabic_mention_of_the_licence_text_is_no_duty(text: str) -> None:
    assert read_foreign(text).values.get("attribution_required") is None
