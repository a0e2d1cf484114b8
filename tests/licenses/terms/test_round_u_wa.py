"""Session 40 (round U, helper wa): passages read sentence by sentence by
`foreign_passages_s40wa` and `foreign_clauses_s40wa`, Filipino research said to be anyone's
(`foreign_research_anyone`), Vietnamese list items of watching people and unlawful acts
(`foreign_uses`), and annexes kept in files of their own (`annex_files_asia_s40wa`). Each shape
with a paraphrase read the same and a twin differing in one fact read otherwise."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.annex_files_asia_s40wa import pointed_annex_files_asia
from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_passages_s40wa import read_sentences
from auditor.licenses.terms.foreign_research_anyone import read_research_by_anyone
from auditor.licenses.terms.foreign_zh import Clause

ALLOWED = [Clause("commercial_use", "allowed")]
CREDIT = [Clause("attribution_required", True)]
CAPPED = [
    Clause("commercial_use", "restricted"),
    Clause("commercial_use_conditions", ["separate-license-above-threshold"]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pa: a grant for any end, commercial named; the one condition a notice kept
        (
            "ਬਾਗ਼ ਲੈਬਜ਼ ਤੁਹਾਨੂੰ ਇਹ ਮਾਡਲ ਹਰ ਮਕਸਦ ਲਈ, ਵਪਾਰਕ ਕੰਮਾਂ ਸਮੇਤ, ਵਰਤਣ ਅਤੇ ਸੋਧਣ ਦੀ ਇਜਾਜ਼ਤ "
            "ਦਿੰਦੀ ਹੈ। ਸ਼ਰਤ ਸਿਰਫ਼ ਇਹ ਹੈ ਕਿ ਅੱਗੇ ਦੇਣ ਵੇਲੇ ਕਾਪੀਰਾਈਟ ਨੋਟਿਸ ਨਾਲ ਰੱਖਿਆ ਜਾਵੇ।",
            [*ALLOWED, *CREDIT],
        ),
        (
            "ਬਾਗ਼ ਲੈਬਜ਼ ਤੁਹਾਨੂੰ ਇਹ ਮਾਡਲ ਵਪਾਰਕ ਕੰਮਾਂ ਲਈ ਸਿਰਫ਼ ਲਿਖਤੀ ਮਨਜ਼ੂਰੀ ਨਾਲ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੰਦੀ ਹੈ।",
            None,
        ),  # twin: only with written approval
        (
            "ਬਾਗ਼ ਲੈਬਜ਼ ਤੁਹਾਨੂੰ ਵਪਾਰਕ ਕੰਮਾਂ ਲਈ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੰਦੀ ਹੈ। ਹੋਰ ਸ਼ਰਤਾਂ ਵੱਖਰੀਆਂ ਹਨ।",
            None,
        ),  # a sentence no shape reads: the passage is left unread
        # bn: commercial ends too, free of charge; twin with "only if"
        ("নদী এআই আপনাকে মডেলটি চালানো ও বিতরণ করার অধিকার দিচ্ছে, বাণিজ্যিক কাজেও, বিনামূল্যে।", ALLOWED),
        ("নদী এআই আপনাকে মডেলটি চালানোর অনুমতি দিচ্ছে, বাণিজ্যিক কাজে শুধু লিখিত অনুমোদন পেলে।", None),
        ('৩. আপনার পণ্যের সাহায্য পৃষ্ঠায় উল্লেখ করুন "নদী মডেল"।', CREDIT),
        (
            '৩. আপনার পণ্যের সাহায্য পৃষ্ঠায় উল্লেখ করুন "নদী মডেল", না হলে ব্যবহার নিষিদ্ধ।',
            None,
        ),  # twin: a ban beside the credit
        # ur: both kinds of use granted; twin with non-commercial alone
        (
            "شق ۱۔ ہم آپ کو یہ ماڈل تجارتی اور غیر تجارتی دونوں مقاصد کے لیے چلانے کا حق دیتے ہیں۔",
            ALLOWED,
        ),
        ("شق ۱۔ ہم آپ کو یہ ماڈل صرف غیر تجارتی مقاصد کے لیے چلانے کا حق دیتے ہیں۔", None),
        # ur: a ban on police use and predicting crime; twin with an exception
        (
            "یہ ماڈل پولیس کی تفتیش یا جرم کی پیش گوئی کے لیے استعمال نہیں کیا جائے گا۔",
            [Clause("use_restrictions", ["law-enforcement", "criminal-justice"])],
        ),
        ("یہ ماڈل پولیس کی تفتیش کے لیے استعمال نہیں کیا جائے گا سوائے عدالتی حکم کے۔", None),
        ("شق ۷ اور ۸۔ (وارنٹی اور ذمہ داری۔)", []),
        # ta: medical advice banned without a licensed doctor (warn) vs outright (block)
        (
            "உரிமம் பெற்ற மருத்துவரின் மேற்பார்வை இல்லாமல் மருத்துவ ஆலோசனை தர இந்த மாதிரியைப் பயன்படுத்தக் கூடாது.",
            [Clause("use_restrictions", ["medical-advice", "unlicensed-professional-practice"])],
        ),
        (
            "மருத்துவ ஆலோசனை தர இந்த மாதிரியைப் பயன்படுத்தக் கூடாது.",
            [Clause("use_restrictions", ["medical-advice"])],
        ),
        (
            "நோயாளியின் ஒப்புதல் இல்லாமல் மருத்துவ ஆலோசனை தர இந்த மாதிரியைப் பயன்படுத்தக் கூடாது.",
            None,
        ),  # twin: another "without": not read as the licensed-doctor exception
        ("பிரிவு 6. மாதிரியை விநியோகிக்கும்போது உரிமத்தின் நகலை இணைக்க வேண்டும்.", CREDIT),
        # vi: the licensor's liability declined; twin a duty of the licensee
        ("Bên cấp phép không chịu trách nhiệm đối với nội dung do Mô hình sinh ra.", []),
        (
            "Bên cấp phép không chịu trách nhiệm nếu bạn sử dụng Mô hình cho mục đích thương mại.",
            None,
        ),
        # ms: "as is", no warranty
        ('Perisian ini disediakan "seperti sedia ada" tanpa apa-apa waranti.', []),
        # th: a row past a daily cap needing permission; twin "not over" the cap
        (
            "ผู้ใช้รายวันเกิน 20,000 คน ต้องได้รับอนุญาตเป็นลายลักษณ์อักษร",
            [Clause("user_threshold", {"count": 20000, "unit": "dau"}), *CAPPED],
        ),
        ("ผู้ใช้รายวันไม่เกิน 20,000 คน ต้องได้รับอนุญาตเป็นลายลักษณ์อักษร", None),
        # zh: the lead-in of conditions; a credit in the documents; twin barring use
        ("上述授权应遵守以下条件：", []),
        ("在服务说明文件中标明“采用XX模型”；", CREDIT),
        ("在服务说明文件中标明“采用XX模型”，否则不得商业使用；", None),
        ("超出前述範圍之使用，一律未經授權。", []),
        # id: the model itself as a service only with written permission; apps spared
        (
            "Penerima Lisensi yang menyediakan Model itu sendiri kepada pihak ketiga melalui API "
            "inferensi harus memperoleh izin tertulis dari Pemberi Lisensi.",
            [Clause("commercial_use_conditions", ["separate-license-for-model-service"])],
        ),
        (
            "Penerima Lisensi yang menyediakan Model itu sendiri kepada pihak ketiga melalui API "
            "inferensi harus memperoleh izin tertulis, kecuali untuk penelitian.",
            None,
        ),
        # hi: commercial use under a set income limit; the footnote giving it
        ("व्यावसायिक उपयोग की अनुमति है, बशर्ते लाइसेंसधारी का वार्षिक राजस्व तय सीमा से अधिक न हो।", CAPPED),
    ],
)
def test_sentences_read(text: str, expected: list[Clause] | None) -> None:
    assert read_sentences(text) == expected


def test_hindi_footnote_cap_over_under() -> None:
    note = "[^2]: ₹200 करोड़ प्रति वर्ष। इससे अधिक आय वाले लाइसेंसधारी को अलग लाइसेंस लेना होगा।"
    clauses = read_sentences(note)
    assert clauses is not None
    cap = clauses[0]
    assert cap.key == "revenue_threshold"
    assert cap.value == {
        "amount": 2_000_000_000,
        "currency": "INR",
        "period": "year",
        "measure": "revenue",
    }
    # twin: a licence asked of those under the sum is no cap
    assert read_sentences(note.replace("अधिक", "कम")) is None


def test_filipino_research_by_anyone() -> None:
    text = "Maaari mong gamitin ang Modelo para lamang sa pananaliksik, kasama ang mga kumpanya."
    assert read_research_by_anyone("tl", text) == [Clause("use_scope", ["research-by-anyone"])]
    assert (
        read_research_by_anyone("tl", "Para lamang sa pananaliksik, hindi kasama ang mga kumpanya.")
        == []
    )


def test_vietnamese_list_items_named() -> None:
    text = (
        "Bên được cấp phép không được sử dụng Mô hình để:\n"
        "a) theo dõi hoặc giám sát về cá nhân;\n"
        "b) làm điều trái với pháp luật.\n"
    )
    reading = read_foreign(text)
    restrictions = reading.values["use_restrictions"]
    assert isinstance(restrictions, list)
    assert {"surveillance", "illegal-activity"} <= set(restrictions)
    assert not reading.unread


def test_annex_file_joined_only_when_named() -> None:
    texts = {
        "LICENSE": "売上高が別表に定める金額を超える場合は別途契約が必要です。",
        "別表.md": "# 別表\n上限：金50億円",
    }
    assert pointed_annex_files_asia(texts) == {"LICENSE": ["別表.md"]}
    # twin: the licence names another annex word; nothing is joined
    other = {
        "LICENSE": "売上高が付録に定める金額を超える場合は別途契約が必要です。",
        "別表.md": "# 別表\n上限：金50億円",
    }
    assert pointed_annex_files_asia(other) == {}
