"""Parents a card states in Polish, Czech, Dutch, Swedish, Turkish, Vietnamese and Indonesian
(prose_languages_more.py): "a fine-tuned version of X", "fine-tuned from X", "based on X", a
quantized version, a merge, a "Base model:" label; and the sentences that compare with,
evaluate against, negate or plan a model, or speak of its data, which state no parent."""

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
    ("body", "code", "expected"),
    [
        (
            f"Sikorka-9B to dostrojona wersja modelu {UNKNOWN}, wytrenowana na rozmowach.",
            "pl",
            "finetune",
        ),
        (f"Model został dostrojony na bazie {UNKNOWN} na polskich tekstach.", "pl", "finetune"),
        (f"Skwantyzowana wersja {UNKNOWN} do użytku z llama.cpp.", "pl", "quantized"),
        (f"Model jest oparty na {KNOWN} i dotrenowany na rozmowach.", "pl", "finetune"),
        (f"Model bazowy: {UNKNOWN}", "pl", None),
        (f"Tento model je doladěná verze modelu {UNKNOWN} pro češtinu.", "cs", "finetune"),
        (f"Model je založen na {KNOWN} a doladěn na českých textech.", "cs", "finetune"),
        (f"Dit model is een gefinetunede versie van {UNKNOWN} voor Nederlands.", "nl", "finetune"),
        (f"Het model is gebaseerd op {KNOWN} en verder getraind.", "nl", "finetune"),
        (f"Denna modell är en finjusterad version av {UNKNOWN} för svenska.", "sv", "finetune"),
        (f"Bu model, {UNKNOWN} modelinin ince ayarlı bir sürümüdür.", "tr", "finetune"),
        (f"Bu model {UNKNOWN}'nin ince ayarlı sürümüdür.", "tr", "finetune"),
        (f"Bu model {KNOWN} temel alınarak geliştirildi.", "tr", "finetune"),
        (f"Mô hình này được tinh chỉnh từ {UNKNOWN} trên dữ liệu tiếng Việt.", "vi", "finetune"),
        (f"Mô hình này dựa trên {KNOWN} và được huấn luyện thêm.", "vi", "finetune"),
        (
            f"Model ini adalah hasil fine-tuning dari {UNKNOWN} pada data Indonesia.",
            "id",
            "finetune",
        ),
        (f"Model ini berbasis {KNOWN} dan dilatih ulang.", "id", "finetune"),
    ],
)
def test_a_derivation_phrase_in_these_languages_names_the_parent(
    body: str, code: str, expected: str | None
) -> None:
    ref = KNOWN if KNOWN in body else UNKNOWN
    assert code in [lang.code for lang in languages_in(body)]
    assert parents(body)[0] == (ref, expected)


@pytest.mark.parametrize(
    "body",
    [
        f"W porównaniu z {UNKNOWN}, dostrojona wersja modelu osiąga lepsze wyniki.",
        f"Model nie jest dostrojoną wersją {UNKNOWN}; wytrenowano go od zera.",
        f"Model został wytrenowany na bazie danych {UNKNOWN}.",
        f"Model jest oparty na {UNKNOWN}.",  # a weak phrase: a bare unknown id is not taken
        f"Porovnali jsme model s {UNKNOWN}, doladěnou verzí téhož modelu.",
        f"We vergeleken met een gefinetunede versie van {UNKNOWN}.",
        f"Vi jämförde med en finjusterad version av {UNKNOWN}.",
        f"Bu model {UNKNOWN} modelinin ince ayarlı sürümü değil.",
        f"Chúng tôi so sánh với mô hình được tinh chỉnh từ {UNKNOWN}.",
        f"Model ini dibandingkan dengan hasil fine-tuning dari {UNKNOWN}.",
        f"Model ini akan dilatih dari {UNKNOWN} pada versi berikutnya.",
    ],
)
def test_a_sentence_that_compares_negates_plans_or_speaks_of_data_names_none(body: str) -> None:
    assert parents(body) == []


def test_an_english_card_is_not_read_in_these_languages() -> None:
    assert languages_in(f"Fine-tuned from {UNKNOWN} on court rulings, based on {KNOWN}.") == ()
