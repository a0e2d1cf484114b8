"""Parents a card states in Russian (prose_languages_east.py): the derivation phrases in several
wordings, and the sentences that name a model without deriving from it."""

from __future__ import annotations

import pytest

from auditor.lineage.prose import stated_parents
from auditor.lineage.prose_foreign import languages_in

KNOWN = "Qwen/Qwen2.5-7B-Instruct"
UNKNOWN = "acme/base-7b"  # no registry entry: only a strong phrase takes it bare


def parents(body: str) -> list[tuple[str, str | None]]:
    found = stated_parents(body, is_known=lambda ref: ref.lower() == KNOWN.lower())
    return [(p.ref, p.relation) for p in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"Модель дообучена на основе {UNKNOWN} на корпусе судебных решений.", "finetune"),
        (f"Мы дообучили на базе {UNKNOWN} модель для поддержки клиентов.", "finetune"),
        (f"Тонкая настройка модели {UNKNOWN} на юридических текстах.", "finetune"),
        (f"Модель дистиллирована из {UNKNOWN} для работы на телефоне.", "finetune"),
        (f"Это квантованная версия {UNKNOWN} для llama.cpp.", "quantized"),
        (f"Квантизация модели {UNKNOWN} в формате GGUF.", "quantized"),
        (f"Слияние моделей {UNKNOWN} и acme/other-7b методом SLERP.", "merge"),
        (f"Модель основана на {KNOWN} и обучена на диалогах.", "finetune"),
        (f"Базовая модель: {UNKNOWN}", None),
    ],
)
def test_a_russian_derivation_phrase_names_the_parent(body: str, expected: str | None) -> None:
    ref = KNOWN if KNOWN in body and UNKNOWN not in body else UNKNOWN
    assert parents(body)[0] == (ref, expected)


@pytest.mark.parametrize(
    "body",
    [
        f"Модель не дообучена на основе {UNKNOWN}, она обучена с нуля.",
        f"Мы сравнили модель с {UNKNOWN}, дообученной на основе тех же данных.",
        f"В следующей версии модель будет дообучена на основе {UNKNOWN}.",
        f"Модель обучена на основе данных {UNKNOWN} с нуля.",
        f"Модель основана на {UNKNOWN}.",  # a weak phrase: a bare unknown id is not taken
        f"По сравнению с {KNOWN}, модель основана на собственной архитектуре.",
    ],
)
def test_a_russian_sentence_that_negates_compares_plans_or_speaks_of_data_names_none(
    body: str,
) -> None:
    assert parents(body) == []


def test_a_cyrillic_card_is_read_as_russian_and_an_english_one_is_not() -> None:
    assert [lang.code for lang in languages_in(f"Модель дообучена на основе {UNKNOWN}.")] == ["ru"]
    assert languages_in(f"Fine-tuned from {UNKNOWN} on court rulings.") == ()
