"""A Danish sentence opening with a relative clause ("Den, der ..."), whose first words are
German too, is told for Danish by its licence words (videregive, vedlægge, kopi, licens), so its
terms are read rather than taken for an unread German sentence; Norwegian and German twins stay
theirs. Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.text.language import language_of


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Den, der videregiver vægtene, skal vedlægge en kopi af denne licens.", "da"),
        ("Den, der videregives til andre, er underlagt denne licens.", "da"),
        ("Den, som gir vektene videre, skal vedlegge en kopi av lisensen.", "no"),
        ("Der Anbieter, der die Gewichte weitergibt, muss eine Kopie der Lizenz beilegen.", "de"),
        ("Den Nutzern, die das Modell weitergeben, wird eine Kopie der Lizenz gegeben.", "de"),
    ],
)
def test_the_language(sentence: str, language: str) -> None:
    assert language_of(sentence) == language


def test_the_danish_duty_to_attach_the_licence_is_read() -> None:
    text = (
        "§ 1. Udgiveren giver dig ret til at bruge modellen til ethvert formål, herunder "
        "kommercielle formål.\n"
        "§ 2. Den, der videregiver modellen, skal vedlægge en kopi af denne licens.\n"
    )
    reading = read_foreign(text)
    assert not reading.unread
    assert reading.values.get("attribution_required") is True
