"""Commercial use named with its object before the permission ("O uso comercial do modelo é
permitido", "Die kommerzielle Nutzung des Modells ist erlaubt") in pt, fr, es, de and it: a false
block before (the sentence went unread and commercial use stayed unknown, which fails closed).
Wordings written here; twins: the same sentences negated, and a use of something else."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign

ALLOWED = [
    "O uso comercial do modelo é permitido.",
    "A utilização comercial dos pesos também é autorizada.",
    "L'utilisation commerciale du modèle est autorisée.",
    "L'usage commercial des poids est également permis.",
    "El uso comercial del modelo está permitido.",
    "La explotación comercial de los pesos queda expresamente autorizada.",
    "Die kommerzielle Nutzung des Modells ist erlaubt.",
    "Die gewerbliche Verwendung dieser Gewichte ist ausdrücklich gestattet.",
    "L'uso commerciale del modello è consentito.",
    "Lo sfruttamento commerciale dei pesi è espressamente autorizzato.",
]


@pytest.mark.parametrize("sentence", ALLOWED)
def test_commercial_use_of_the_model_permitted(sentence: str) -> None:
    assert read_foreign(f"1. {sentence}\n").values.get("commercial_use") == "allowed", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "O uso comercial do modelo não é permitido.",
        "L'utilisation commerciale du modèle n'est pas autorisée.",
        "El uso comercial del modelo no está permitido.",
        "Die kommerzielle Nutzung des Modells ist nicht erlaubt.",
        "L'uso commerciale del modello non è consentito.",
    ],
)
def test_the_same_sentence_negated_allows_nothing(sentence: str) -> None:
    assert read_foreign(f"1. {sentence}\n").values.get("commercial_use") != "allowed", sentence
