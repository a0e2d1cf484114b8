"""A Romance licence confines use to a place only where its "only" names the place: a place
mentioned elsewhere in the sentence, or in an example in brackets, confines nothing.

Found out of sample: ScanCode's French CC BY-NC-SA 2.0 ("uniquement sous les termes de ce
Contrat ... (par exemple ... 2.0 Japon)") was read as a licence confined to Japan.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


@pytest.mark.parametrize(
    "text",
    [
        "Le Licencié peut distribuer l'Oeuvre uniquement sous les termes du présent Contrat ou "
        "d'un contrat équivalent (par exemple la version 2.0 Japon).",
        "O licenciado pode redistribuir o modelo somente nos termos desta licença, que segue o "
        "modelo de contrato usado por várias entidades públicas e privadas em muitos países e "
        "foi publicada pela primeira vez em Portugal.",
    ],
)
def test_a_place_far_from_only_or_in_brackets_confines_nothing(text: str) -> None:
    assert read_foreign(text).values.get("excluded_use_territories") is None


@pytest.mark.parametrize(
    "text",
    [
        "La licence n'est valable que dans l'Union européenne.",
        "O direito concedido por esta licença vale exclusivamente no território do Espaço "
        "Económico Europeu, e o licenciado não pode executar o modelo noutro lugar.",
    ],
)
def test_a_place_named_by_its_only_still_confines(text: str) -> None:
    clauses = read_foreign(text).values.get("excluded_use_territories")
    assert isinstance(clauses, list) and clauses[0]["within"] is True
