"""The language of a passage of license evidence (issue 31): by script for CJK, Kana, Hangul,
Cyrillic, Arabic, Thai..., by function words for Latin-script languages; English is what the
term rules read. Sentences are written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.licenses.text.language import language_name, language_of, passages


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("本模型仅供学术研究使用。", "zh"),
        ("本模型僅供學術研究使用。", "zh"),
        ("このモデルは研究目的でのみ利用できます。", "ja"),
        ("이 모델은 연구 목적으로만 사용할 수 있습니다.", "ko"),
        ("Эту модель можно использовать только для исследований.", "ru"),
        ("Цю модель можна використовувати лише для досліджень.", "uk"),
        ("لا يجوز استخدام هذا النموذج لأغراض تجارية.", "ar"),
        ("ห้ามใช้โมเดลนี้เพื่อการค้า", "th"),
        ("इस मॉडल का उपयोग केवल शोध के लिए किया जा सकता है।", "hi"),
        ("Das Modell darf nur für die Forschung genutzt werden.", "de"),
        ("Dieser Vertrag unterliegt deutschem Recht.", "de"),
        ("Le modèle ne peut pas être utilisé à des fins commerciales.", "fr"),
        ("El modelo solo puede usarse para la investigación.", "es"),
        ("O modelo não pode ser usado para fins comerciais.", "pt"),
        ("Il modello può essere usato solo per la ricerca.", "it"),
        ("Het model mag niet voor commerciële doeleinden worden gebruikt.", "nl"),
        ("Model nie może być używany do celów komercyjnych.", "pl"),
        ("Bu model ticari amaçlarla kullanılamaz ve yalnızca araştırma için kullanılır.", "tr"),
        ("Mô hình này không được sử dụng cho mục đích thương mại.", "vi"),
        ("Model ini tidak boleh digunakan untuk tujuan komersial.", "id"),
        ("You may not use the model for any commercial purpose.", "en"),
        ("THE LICENSOR GIVES NO WARRANTY OF ANY SORT FOR THE WEIGHTS.", "en"),
    ],
)
def test_the_language_of_a_sentence(text: str, code: str) -> None:
    assert language_of(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Apache License, Version 2.0",  # a name: nothing to tell
        "STABLE WIDGET NON-COMMERCIAL LICENSE AGREEMENT Dated: May 2024",  # a shouted title
        "Jelmer van der Linde;",  # a name with particles
        "Attention: multi-query (Shazeer et al., 2019) and rotary embeddings (Su et al., 2021)",
        "Copyright (c) 2024, Example.com, Inc. All rights reserved.",
    ],
)
def test_names_titles_and_citations_are_not_another_language(text: str) -> None:
    assert language_of(text) in (None, "en")


def test_look_alike_letters_in_english_stay_english() -> None:
    """A few Cyrillic letters disguising an English word are not Russian prose."""
    assert language_of("You may not use it for any c\u043emm\u0435rci\u0430l purpose.") == "en"


def test_passages_keep_their_lines_and_split_sentences() -> None:
    text = (
        "# 青鸟\n\n## 许可证\n\n本模型采用 Apache 2.0 许可证。未经授权,\n不得商用。\n\n"
        "Unternehmen mit mehr als 10 Mio. EUR Umsatz brauchen eine Lizenz.\n"
        "- Der erste Punkt der Liste ist dies.\n"
    )
    found = [(p.text, p.line, p.language, p.heading) for p in passages(text)]
    assert found == [
        ("青鸟", 1, "zh", True),
        ("许可证", 3, "zh", True),
        ("本模型采用 Apache 2.0 许可证。", 5, "zh", False),
        ("未经授权, 不得商用。", 5, "zh", False),
        ("Unternehmen mit mehr als 10 Mio. EUR Umsatz brauchen eine Lizenz.", 8, "de", False),
        ("Der erste Punkt der Liste ist dies.", 9, "de", False),
    ]


def test_markup_is_removed_and_fullwidth_forms_folded() -> None:
    (passage,) = passages("**Lizenz:** Die *kommerzielle* Nutzung ist ｕｎｔｅｒｓａｇｔ.\n")
    assert passage.text == "Lizenz: Die kommerzielle Nutzung ist untersagt."
    assert passage.language == "de"


def test_language_names() -> None:
    assert language_name("zh") == "Chinese"
    assert language_name("xx") == "xx"


def test_english_license_texts_have_no_passage_in_another_language(corpus: Path) -> None:
    """Out of tuning: the shared corpus's English license texts read as English throughout."""
    for path in sorted((corpus / "licenses").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if any("\u4e00" <= char <= "\u9fff" for char in text):
            continue  # a bilingual text: its Chinese half is Chinese
        other = [(p.line, p.language) for p in passages(text) if p.language not in (None, "en")]
        assert not other, f"{path.name}: {other}"
