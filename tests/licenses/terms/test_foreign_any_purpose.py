"""A grant for any purpose in another language (`foreign_grants.any_purpose_grant`) allows
commercial use; a later clause taking commercial use back unless the licensor consents
(Portuguese consent after the use) restricts it; whoever passes copies on "keeps this text" is a
credit duty; non-commercial use "stays free" states no term. Sentences are ours."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_grants import any_purpose_grant


@pytest.mark.parametrize(
    "grant",
    [
        "A Gaivota Labs concede a todos o direito de usar e modificar o modelo para qualquer fim.",
        "Gaivota Labs concede a cualquier persona el derecho de usar el modelo para cualquier "
        "finalidad.",
        "Gaivota Labs concede a chiunque il diritto di usare e copiare il modello per qualsiasi "
        "scopo.",
        "Gaivota Labs räumt jedem das Recht ein, das Modell für jeden Zweck zu nutzen.",
        "Gaivota Labs accorde à chacun le droit d'utiliser le modèle à toutes fins.",
    ],
)
def test_a_grant_for_any_purpose_allows_commercial_use(grant: str) -> None:
    assert any_purpose_grant(grant) == "allowed"
    assert read_foreign(grant).values.get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        # an exception after the purpose
        "A Gaivota Labs concede o direito de usar o modelo para qualquer fim, exceto comercial.",
        "Gaivota räumt das Recht ein, das Modell für jeden Zweck außer gewerblichen zu nutzen.",
        # no grant: a statement about the model
        "O modelo serve para qualquer finalidade de conversa.",
    ],
)
def test_an_exception_or_no_grant_is_no_any_purpose_grant(text: str) -> None:
    assert any_purpose_grant(text) is None


def test_commercial_use_taken_back_unless_the_licensor_consents_is_restricted() -> None:
    text = (
        "Cláusula 1 - A Gaivota Labs concede a qualquer pessoa o direito de usar e copiar o "
        "modelo para qualquer finalidade.\n"
        "Cláusula 2 - Fica de fora da cláusula 1 o uso comercial do modelo em serviços pagos, "
        "sem a prévia autorização escrita da Gaivota Labs.\n"
    )
    values = read_foreign(text).values
    assert values.get("commercial_use") == "restricted"
    assert values.get("commercial_use_conditions") == ["written-permission"]


def test_whoever_redistributes_keeps_this_text_is_a_credit_duty() -> None:
    text = "Aquele que distribuir cópias do modelo conserva esta licença junto delas."
    reading = read_foreign(text)
    assert reading.values.get("attribution_required") is True


@pytest.mark.parametrize(
    ("text", "no_term"),
    [
        ("O uso sem fins lucrativos, incluindo o ensino, permanece livre.", True),
        ("L'utilisation sans but lucratif, y compris la recherche, reste libre.", True),
        # "only": a confinement, not a use left open
        ("Apenas o uso sem fins lucrativos permanece livre de custos.", False),
        ("O uso sem fins lucrativos é livre somente para universidades.", False),
    ],
)
def test_non_commercial_use_staying_free_states_no_term(text: str, no_term: bool) -> None:
    reading = read_foreign(text)
    assert (not reading.unread and not reading.values) is no_term
