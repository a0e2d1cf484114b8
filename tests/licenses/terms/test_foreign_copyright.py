"""A copyright line in any language states no term of use (licenses/terms/foreign_copyright.py):
read, it adds nothing and is not reported unread; a long sentence about copyright, or a line
with no year, is no such line. Lines are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_copyright import is_copyright_line


@pytest.mark.parametrize(
    "line",
    [
        "© 2026 Beispiel Sprachmodelle GmbH",
        "Urheberrecht 2025–2026 Beispiel Sprachmodelle GmbH, Leipzig",
        "Copyright (c) 2026 Exemple Modèles SAS",
        "Droits d'auteur 2026 Exemple Modèles SAS",
        'ירדן-7B זכויות יוצרים 2026 הדגמת ירדן בינה מלאכותית בע"מ',
        "版权所有 © 2026 示例智能科技有限公司",
        "著作権 2026 見本ラボ株式会社",
        "저작권 2026 예시 인공지능 주식회사",
        "حقوق النشر 2026 شركة المثال للذكاء الاصطناعي",
        "Hak cipta 2026 PT Contoh Cerdas",
        "Авторские права 2026 ООО «Пример»",
        "Telif hakkı 2026 Örnek Yapay Zeka A.Ş.",
    ],
)
def test_a_copyright_line_states_no_term(line: str) -> None:
    assert is_copyright_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # Twin: no year: a heading or a reference, not a line of ownership
        "Urheberrecht und Nutzungsrechte",
        # Twin: a year but no copyright: a clause's date
        "Die Lizenz gilt ab dem 1. Januar 2026 für alle Nutzer in Deutschland.",
        # Twin: copyright named in a long sentence that grants or asks something
        "Die Urheberrechte an Modell und Gewichten verbleiben bei der Beispiel GmbH; jede "
        "kommerzielle Nutzung im Jahr 2026 oder später bedarf ihrer vorherigen schriftlichen "
        "Zustimmung, die sie nach eigenem Ermessen erteilt.",
    ],
)
def test_other_lines_are_not_copyright_lines(line: str) -> None:
    assert not is_copyright_line(line)


def test_a_copyright_line_is_not_reported_unread() -> None:
    text = (
        "Lizenz für Kiesel-3B\n\n"
        "© 2026 Beispiel Sprachmodelle GmbH, Leipzig. Alle Rechte an der Marke vorbehalten.\n"
    )
    reading = read_foreign(text)
    assert not any("2026" in p.text and "©" in p.text for p in reading.unread)
