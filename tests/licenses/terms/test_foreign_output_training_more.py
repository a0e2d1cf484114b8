"""Bans on training other models with a model's outputs in Turkish, Polish and Dutch
(`foreign_outputs_more`): read as `output_use_restriction`; outputs used freely, a ban on
something else, or training with the model itself are not that ban."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_outputs_more import bans_output_training


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "tr",
            "Model tarafından oluşturulan içerikler, rakip bir dil modelini eğitmek için "
            "kullanılamaz.",
        ),
        ("tr", "Çıktıların başka modellere damıtılması amacıyla kullanılması yasaktır."),
        (
            "tr",
            "Lisans sahibi, çıktıları diğer yapay zekâ modellerini geliştirmek için "
            "kullanmayacaktır.",
        ),
        ("pl", "Nie wolno wykorzystywać wyników Modelu do trenowania innych modeli językowych."),
        ("pl", "Zabrania się destylacji wiedzy z odpowiedzi Modelu."),
        ("nl", "De uitvoer van het model mag niet worden gebruikt om andere modellen te trainen."),
        ("nl", "Het is verboden de resultaten te gebruiken voor het distilleren van een model."),
    ],
)
def test_output_training_ban_is_read(language: str, sentence: str) -> None:
    assert bans_output_training(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # outputs used freely; a ban on something else; the model itself (not its outputs)
        ("tr", "Çıktıları başka modelleri eğitmek dahil her amaçla kullanabilirsiniz."),
        ("tr", "Çıktılar yasa dışı amaçlarla kullanılamaz."),
        ("tr", "Model, başka modelleri eğitmek için kullanılamaz; bunun için izin alınız"),
        ("pl", "Możesz wykorzystywać wyniki Modelu do trenowania własnych modeli."),
        ("pl", "Nie wolno usuwać informacji o licencji z wyników Modelu."),
        ("nl", "U mag de uitvoer gebruiken om andere modellen te trainen."),
    ],
)
def test_no_output_training_ban(language: str, sentence: str) -> None:
    assert not bans_output_training(language, sentence)


def test_a_turkish_licence_with_the_ban_is_read_whole() -> None:
    text = (
        "# Balıkçıl-3B Lisansı\n\n"
        "Madde 1 - Balıkçıl Labs, Modeli ticari amaçlar dahil olmak üzere kullanmanız için size "
        "ücretsiz bir lisans verir.\n\n"
        "Madde 2 - Model tarafından oluşturulan metinler, başka bir dil modelini eğitmek veya "
        "damıtmak için kullanılamaz.\n"
    )
    reading = read_foreign(text)
    assert reading.values["output_use_restriction"] is True
    assert reading.values["commercial_use"] == "allowed"
    assert reading.unread == ()
