"""Training data a card states in Dutch and Swedish (stated_languages_north.py), each beside a
twin that states none: a negation, a comparison, an evaluation, or the model tuned ("vanaf X",
"från X"), which is lineage's. Sentences written here."""

from __future__ import annotations

import pytest

from auditor.training.stated import stated_datasets

DATA = "acme/kundchattar-01"


def roles(body: str) -> dict[str, str]:
    return {e["ref"]: e["role"] for e in stated_datasets({}, body=body)}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (f"Modellen finjusterades på `{DATA}` och sedan på våra egna ärenden.", "fine-tuning"),
        (
            f"Vi har finjusterat modellen med datamängden {DATA} för att den ska svara.",
            "fine-tuning",
        ),
        (f"Modellen är tränad på {DATA} under två epoker, med vår egen kod.", "training"),
        (
            f"Het model is gefinetuned op `{DATA}` voor een week, met onze eigen code.",
            "fine-tuning",
        ),
        (f"Dit model werd getraind met de dataset {DATA} van het bedrijf.", "training"),
    ],
)
def test_a_dutch_or_swedish_training_sentence_states_its_data(body: str, role: str) -> None:
    assert roles(body).get(DATA) == role


@pytest.mark.parametrize(
    "body",
    [
        f"Modellen har inte tränats på {DATA}, som är för liten för oss och det vet vi.",
        f"Vi jämför med en modell som finjusterades på {DATA} och det är vår baslinje.",
        f"Modellen utvärderades på {DATA} och är för liten för det.",
        f"Het model is niet getraind op {DATA}, wij gebruiken het voor een test.",
        f"Het model werd geëvalueerd op {DATA} voor een week.",
        f"Dit model is verder getraind vanaf {DATA} met onze eigen data.",  # the model tuned
    ],
)
def test_a_negated_compared_or_evaluation_sentence_states_no_training(body: str) -> None:
    assert roles(body).get(DATA) in (None, "mentioned", "evaluation")


def test_a_spanish_or_german_card_is_not_read_as_dutch_or_swedish() -> None:
    from auditor.training.stated_languages import data_languages

    spanish = "el modelo de la empresa en el que se ha entrenado con los datos de la casa"
    german = "das modell wurde auf den daten der firma trainiert und mit dem korpus getestet"
    assert {lang.code for lang in data_languages(spanish)} == {"es"}
    assert {lang.code for lang in data_languages(german)} == {"de"}
