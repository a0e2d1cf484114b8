"""A ban cue joined to the words after it is one group: a ban on one purpose (military use,
biometrics) is not a commercial ban because the cue list gained an alternative."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


@pytest.mark.parametrize(
    "text",
    [
        "Không được sử dụng Mô hình cho mục đích quân sự hoặc để phát triển vũ khí.",
        "Không được dùng mô hình để nhận dạng sinh trắc học.",
        "Dilarang menggunakan Model untuk identifikasi biometrik.",
        "Anda tidak boleh menggunakan Model untuk tujuan ketenteraan.",
    ],
)
def test_a_ban_on_one_purpose_is_no_commercial_ban(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") is None


@pytest.mark.parametrize(
    "text",
    [
        "Không được sử dụng Mô hình cho mục đích thương mại.",
        "Giấy phép này không cấp bất kỳ quyền nào cho việc dùng Mô hình vào mục đích thương mại.",
        "Lisensi ini tidak memberikan hak apa pun untuk penggunaan komersial.",
        "Dilarang menggunakan Model untuk tujuan komersial.",
    ],
)
def test_a_commercial_ban_is_still_read(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == "prohibited"
