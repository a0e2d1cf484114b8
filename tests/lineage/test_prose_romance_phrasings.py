"""Derivation phrases of Spanish, Portuguese, Italian and French cards in more wordings: a tuning
noun or participle qualified before its "of" (`un ajuste fino completo de X`, `un affinage
supervisé (SFT) de X`), a "fine-tune" noun, continued training of a model, and the reference
before "as (the) base model" / "as a starting point" (`X como modelo base`). Negations,
comparisons and conditionals before the phrase keep it from stating a parent."""

from __future__ import annotations

import pytest

from auditor.lineage.prose import stated_parents

X = "acme/base-7b"  # no registry entry: only strong phrases take it bare


def refs(body: str) -> list[str]:
    return [p.ref for p in stated_parents(body)]


@pytest.mark.parametrize(
    "body",
    [
        # Spanish
        f"Este modelo es un ajuste fino completo de {X} con conversaciones en español.",
        f"Este modelo es un ajuste fino supervisado (SFT) de {X} para atención al público.",
        f"Este modelo es un fine-tune de {X} con datos de clínicas en español.",
        f"Este modelo es un entrenamiento continuo de {X} con textos jurídicos en español.",
        f"Es una versión ajustada finamente con LoRA de {X} para reservas en español.",
        f"Usamos {X} como modelo base y lo ajustamos con diálogos en español.",
        f"Partimos de {X} como punto de partida para el español.",
        f"Tomando como base {X}, ajustamos el modelo para el español.",
        # Portuguese
        f"Este modelo é um ajuste fino completo de {X} com diálogos em português.",
        f"Usamos {X} como o modelo base para o português, é simples.",
        # Italian
        f"Questo modello è un fine-tuning completo di {X} su dialoghi in italiano.",
        f"Questo modello è una versione affinata con LoRA di {X} per l'italiano.",
        f"Abbiamo usato {X} come modello base per l'italiano, è tutto.",
        # French
        f"Ce modèle est un affinage complet de {X} pour le français.",
        f"Ce modèle est un affinage supervisé (SFT) de {X} pour le français.",
        f"Nous utilisons {X} comme modèle de base, puis le modèle est affiné.",
    ],
)
def test_a_qualified_or_reordered_phrase_states_the_parent(body: str) -> None:
    assert refs(body) == [X]


@pytest.mark.parametrize(
    "body",
    [
        f"No usamos {X} como modelo base: el modelo se entrenó desde cero en español.",
        f"Comparado con {X} como base, nuestro ajuste es mejor en español.",
        f"Si usáramos {X} como base, sería más lento en español.",
        f"A diferencia de un ajuste fino completo de {X}, entrenamos desde cero en español.",
        f"Não usamos {X} como o modelo base, é outro.",
        f"Nous n'utilisons pas {X} comme modèle de base.",
        f"Comparé à {X} comme base, le modèle est meilleur.",
        f"Rispetto a {X} come modello base, è migliore.",
        f"Este modelo es un ajuste fino completo sobre el conjunto de datos {X} en español.",
    ],
)
def test_negations_comparisons_and_data_state_no_parent(body: str) -> None:
    assert refs(body) == []
