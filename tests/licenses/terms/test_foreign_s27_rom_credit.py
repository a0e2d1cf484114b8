"""Session 27 (round H2), Romance languages and Greek: credit decisions taken out of the licence
(`foreign_clauses_s27_romance`), with paraphrases written for the test and twins."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _values(text: str) -> dict[str, Any]:
    return dict(read_foreign(text).values)


# --- credit decisions taken out of the licence -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "reviewed"),
    [
        (
            "Le modèle ne peut pas servir à évaluer la solvabilité d'un emprunteur, même si un "
            "analyste valide ensuite la décision.",
            True,
        ),
        (
            "L'uso del modello per valutare il merito creditizio delle persone resta escluso dalla"
            " licenza, anche quando la decisione è rivista da un dipendente.",
            True,
        ),
        ("Fica excluída desta licença a análise de crédito de pessoas físicas.", False),
        (
            "Το μοντέλο δεν επιτρέπεται να χρησιμοποιείται για την αξιολόγηση της πιστοληπτικής "
            "ικανότητας φυσικών προσώπων, ακόμη και αν την τελική απόφαση την εγκρίνει άνθρωπος.",
            True,
        ),
        ("Se excluye de la licencia la calificación crediticia de clientes particulares.", False),
    ],
)
def test_credit_decisions_taken_out_are_read(text: str, reviewed: bool) -> None:
    tags = _values(text).get("use_restrictions", [])
    assert "automated-decision-making" in tags
    assert ("decisions-even-if-reviewed" in tags) is reviewed


@pytest.mark.parametrize(
    "text",
    [
        # twins: credit assessment allowed, or not excluded
        "Nu este interzisă evaluarea bonității clienților.",
        "El modelo puede emplearse para estimar la solvencia de empresas.",
        "O modelo pode ser usado na análise de crédito, desde que uma pessoa decida.",
    ],
)
def test_credit_decisions_allowed_are_no_ban(text: str) -> None:
    assert "automated-decision-making" not in _values(text).get("use_restrictions", [])


# --- an item of a list of duties: a quoted credit line shown ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mostrar la leyenda «Funciona con Alfa» en la pantalla de inicio de cada aplicación;",
        "exibir a menção «Feito com Alfa» no rodapé de cada serviço;",
        "riportare la dicitura «Basato su Alfa» nella documentazione del prodotto;",
    ],
)
def test_a_credit_line_to_show_is_read_as_attribution(text: str) -> None:
    assert _values(text).get("attribution_required") is True


def test_a_credit_line_one_may_show_is_no_duty() -> None:
    text = "vous pouvez afficher la mention « Propulsé par Alfa » dans l'interface."
    assert "attribution_required" not in _values(text)
