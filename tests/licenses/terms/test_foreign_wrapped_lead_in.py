"""A ban in another language wrapped over lines before its list ("... Queda prohibido usar el
modelo o sus" / "resultados:", a blank line, then "1. con fines militares;") introduces the
list all the same (terms/foreign_lists.py): the list begins after the line with the colon.
Texts written for these tests; expectations from what each says."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign

WRAPPED = [
    (  # the scenario's shape: the lead-in wrapped mid-paragraph, a numbered list
        "# Política de uso aceptable de Garza-7B\n\nLa licencia MIT se concede a condición de que"
        " se cumpla esta\npolítica, que forma parte de la licencia. Queda prohibido usar Garza-7B"
        " o sus\nresultados:\n\n1. con fines militares o de guerra;\n2. para vigilar a personas."
        "\n"
    ),
    (  # Italian, lettered items
        "# Regole d'uso\n\nLa licenza Apache 2.0 è concessa a condizione che queste regole siano"
        " rispettate. È vietato\nutilizzare il modello o i suoi risultati:\n\n"
        "a) per scopi militari o bellici;\nb) per la sorveglianza di persone.\n"
    ),
    (  # German, the ban's verb on the next line
        "# Nutzungsregeln\n\nDie Lizenz gilt nur, wenn diese Regeln eingehalten werden. Das Modell"
        " darf nicht\nverwendet werden für:\n\n1. militärische Zwecke;\n"
        "2. die Überwachung von Personen.\n"
    ),
]


@pytest.mark.parametrize("text", WRAPPED)
def test_a_wrapped_lead_in_introduces_its_list(text: str) -> None:
    found = read_foreign(text).values["use_restrictions"]
    assert isinstance(found, list) and set(found) == {"military", "surveillance"}


def test_a_wrapped_list_of_allowed_uses_bans_nothing() -> None:
    text = (
        "# Usos permitidos\n\nPuede usar el modelo y sus resultados para cualquier fin lícito,"
        " en particular\npara:\n\n1. fines militares de defensa nacional;\n2. investigación.\n"
    )
    assert "use_restrictions" not in read_foreign(text).values


@pytest.mark.parametrize(
    "sentence",
    [
        "El incumplimiento pone fin a la licencia.",
        "Cualquier violación de estas reglas pondrá fin a su licencia.",
        "O descumprimento destas regras põe fim à licença.",
        "La violazione di queste regole mette fine alla licenza.",
    ],
)
def test_a_breach_ending_the_licence_states_no_term_of_use(sentence: str) -> None:
    from auditor.licenses.terms.foreign_boilerplate import is_boilerplate

    assert is_boilerplate(sentence)
    assert read_foreign(f"# Regla\n\n{sentence}\n").unread == ()
