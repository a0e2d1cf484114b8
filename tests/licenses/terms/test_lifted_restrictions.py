"""A negation that lifts a restriction on commercial use is a permission, not a ban.

"There are no restrictions on commercial use", "Es gibt keine Einschränkungen für die
kommerzielle Nutzung", "sans restriction": the negation denies the restriction, so commercial
use is allowed. The readers took the negation beside the words "commercial use" for a ban
(a false block) or, in other languages, left the sentence unread (a warning). A restriction
lifted from *non-commercial* use says nothing that allows commercial use, and a ban beside a
lifted restriction still bans. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms
from auditor.licenses.terms.foreign import read_foreign

_GRANT = (
    "Kestrel Labs grants you a worldwide, royalty-free license to use, copy and modify the Model."
)


def _commercial(sentence: str) -> object:
    text = f"Kestrel Model License\n\n1. Grant. {_GRANT}\n\n2. {sentence}\n"
    return extract_terms(text)["commercial_use"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "There are no restrictions on commercial use.",
        "You are not restricted from using the Model for commercial purposes.",
        "The Model may be used for any purpose, including but not limited to commercial purposes.",
        "No limitation applies to commercial deployments of the Model.",
        "There are no restrictions on business use of the Model.",
    ],
)
def test_a_lifted_restriction_in_english_is_no_ban(sentence: str) -> None:
    assert _commercial(sentence) == "allowed", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "There are no restrictions on non-commercial use; commercial use is not permitted.",
        "You may not use the Model for commercial purposes.",
        "No restrictions apply to research, but you shall not put the Model to commercial use.",
    ],
)
def test_a_ban_beside_a_lifted_restriction_still_bans(sentence: str) -> None:
    assert _commercial(sentence) == "prohibited", sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Es gibt keine Einschränkungen für die kommerzielle Nutzung des Modells."),
        ("de", "Die kommerzielle Nutzung des Modells ist ohne Einschränkungen erlaubt."),
        ("fr", "Il n'y a aucune restriction sur l'utilisation commerciale du modèle."),
        ("fr", "L'utilisation commerciale du modèle n'est soumise à aucune restriction."),
        ("es", "No hay restricciones para el uso comercial del modelo."),
        ("es", "El uso comercial del modelo está permitido sin restricciones."),
        ("it", "Non ci sono restrizioni per l'uso commerciale del modello."),
        ("it", "Il modello può essere usato a fini commerciali senza alcuna limitazione."),
        ("pt", "Não há restrições para o uso comercial do modelo."),
        ("pt", "O uso comercial do modelo é permitido sem qualquer restrição."),
    ],
)
def test_a_lifted_restriction_in_another_language_reads_allowed(
    language: str, sentence: str
) -> None:
    reading = read_foreign(f"Modell\n\n{sentence}\n")
    assert reading.values.get("commercial_use") == "allowed", language
    assert not reading.unread, language


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Es gibt keine Einschränkungen für die nicht-kommerzielle Nutzung des Modells."),
        ("fr", "Il n'y a aucune restriction sur l'utilisation non commerciale du modèle."),
        ("es", "No hay restricciones para el uso no comercial del modelo."),
        ("it", "Non ci sono restrizioni per l'uso non commerciale del modello."),
        ("pt", "Não há restrições para o uso não comercial do modelo."),
        (
            "de",
            "Es gibt keine Einschränkungen für die Forschung; die kommerzielle Nutzung ist "
            "nicht gestattet.",
        ),
    ],
)
def test_lifting_a_restriction_on_non_commercial_use_allows_nothing_commercial(
    language: str, sentence: str
) -> None:
    reading = read_foreign(f"Modell\n\n{sentence}\n")
    assert reading.values.get("commercial_use") == "prohibited", language
