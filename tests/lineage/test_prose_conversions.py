"""Conversion and derivation verbs in cards written in other languages: "konvertiert aus X",
"converti à partir de X", "versión convertida de X", "由 X 转换而来", "X から変換" state the
model a converted (ONNX, OpenVINO, ...) copy was made from; a comparison or negation before
the verb, or a dataset after it, states none."""

from __future__ import annotations

import pytest

from auditor.lineage.prose import stated_parents

UNKNOWN = "acme/base-7b"


def parents(body: str) -> list[tuple[str, str | None]]:
    return [(p.ref, p.relation) for p in stated_parents(body)]


@pytest.mark.parametrize(
    "body",
    [
        f"Konvertiert aus {UNKNOWN} mit optimum für den Einsatz auf Edge-Geräten.",
        f"Dieses Modell wurde mit Optimum umgewandelt aus {UNKNOWN}, für Geräte.",
        f"Das ist eine konvertierte Version von {UNKNOWN} für ONNX Runtime, fürs Handy.",
        f"Konvertierung von {UNKNOWN} ins ONNX-Format für Geräte.",
        f"Ce modèle est converti à partir de {UNKNOWN} pour ONNX Runtime, sans réentraînement.",
        f"Ce dépôt contient une version convertie de {UNKNOWN} au format OpenVINO pour l'été.",
        f"Este modelo es una versión convertida de {UNKNOWN} para ONNX.",
        f"Este modelo é uma versão convertida do {UNKNOWN} para ONNX, sem alteração.",
        f"Questo modello è convertito da {UNKNOWN} in formato ONNX, già ottimizzato.",
        f"该模型由 {UNKNOWN} 转换而来，适合端侧部署。",
        f"这是 {UNKNOWN} 的 ONNX 版本，适合端侧部署。",
        f"これは {UNKNOWN} から変換したONNXモデルです。",
    ],
)
def test_a_conversion_verb_states_the_source_model(body: str) -> None:
    assert parents(body) == [(UNKNOWN, "quantized")]


@pytest.mark.parametrize(
    "body",
    [
        f"Im Vergleich zu {UNKNOWN} wurde nichts konvertiert aus anderen Modellen für Geräte.",
        f"Nicht konvertiert aus {UNKNOWN}, für Geräte neu trainiert.",
        f"Die Daten wurden aus {UNKNOWN} konvertiert, für das Training.",
        f"Konvertiert aus Daten von {UNKNOWN} für den Einsatz auf Geräten.",
        f"Comparé à {UNKNOWN}, ce modèle n'est pas converti à partir de lui, à l'été.",
    ],
)
def test_a_negated_compared_or_data_conversion_states_none(body: str) -> None:
    assert parents(body) == []


def test_abgeleitet_von_is_weak_a_bare_unknown_id_is_not_enough() -> None:
    body = f"Abgeleitet von {UNKNOWN} für Geräte."
    assert parents(body) == []
    linked = f"Abgeleitet von [{UNKNOWN}](https://huggingface.co/{UNKNOWN}) für Geräte."
    assert [r for r, _ in parents(linked)] == [UNKNOWN]
