"""Parents a card states in Chinese, Japanese, Korean, German, French, Spanish, Portuguese and
Italian: each language's derivation phrases in several wordings, and the sentences that name a
model without deriving from it (comparisons, evaluations, negations, plans, data)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.lineage.prose import stated_parents
from auditor.lineage.prose_foreign import (
    LABEL_CONFIDENCE,
    STRONG_CONFIDENCE,
    WEAK_CONFIDENCE,
    languages_in,
)
from auditor.lineage.prose_languages_south import LANGUAGES

KNOWN = {
    "qwen/qwen2.5-3b-instruct",
    "google/gemma-2-9b-it",
    "meta-llama/llama-3.1-8b-instruct",
    "mistralai/ministral-8b-instruct-2410",
}
QWEN = "Qwen/Qwen2.5-3B-Instruct"
GEMMA = "google/gemma-2-9b-it"
LLAMA = "meta-llama/Llama-3.1-8B-Instruct"
MINISTRAL = "mistralai/Ministral-8B-Instruct-2410"
UNKNOWN = "acme/base-7b"  # no registry entry: only a strong phrase takes it bare
LINK = f"[{UNKNOWN}](https://huggingface.co/{UNKNOWN})"


def refs(body: str, own: str | None = None) -> list[str]:
    return [
        p.ref for p in stated_parents(body, own_repo=own, is_known=lambda r: r.lower() in KNOWN)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Chinese: 在 X 的基础上, 基于 X, 以 X 为基础, 微调自 X, 对 X 进行微调, 由 X 微调而来
        (f"本模型在 {QWEN} 的基础上，使用自建的电商客服对话数据进行了全参数微调。", QWEN),
        (f"本模型在{QWEN}的基础上进行了指令微调。", QWEN),  # no spaces around the id
        (f"本模型基于 {QWEN}，使用客服数据微调。", QWEN),
        (f"我们以 {QWEN} 为基础模型，训练了一个客服助手。", QWEN),
        (f"模型微调自 {UNKNOWN}。", UNKNOWN),
        (f"我们对 {UNKNOWN} 进行了 LoRA 微调。", UNKNOWN),
        (f"该模型由 {UNKNOWN} 微调而来。", UNKNOWN),
        (f"这是 {UNKNOWN} 的量化版本，适合本地部署。", UNKNOWN),
        (f"基础模型：{QWEN}\n\n用于客服。", QWEN),
        # Japanese: X をベースに, X を元に, X をファインチューニング, X に追加学習
        (f"このモデルは {GEMMA} をベースに、日本語の指示データで追加学習したものです。", GEMMA),
        (f"このモデルは{GEMMA}をベースに日本語で学習しました。", GEMMA),
        (f"{GEMMA} を元に作成した日本語チャットモデルです。", GEMMA),
        (f"このモデルは {UNKNOWN} をファインチューニングしたものです。", UNKNOWN),
        (f"{UNKNOWN} に日本語コーパスで追加学習を行いました。", None),  # a gap: no parent
        # X を (the data or method) で 追加学習 / ファインチューニング / 継続事前学習 した
        (f"本モデルは {LLAMA} を日本語の会話データで追加学習したモデルです。", LLAMA),
        (f"本モデルは {UNKNOWN} を日本語コーパスを用いてファインチューニングしました。", UNKNOWN),
        (f"本モデルは {UNKNOWN} を、法律文書で継続事前学習したものです。", UNKNOWN),
        (f"{UNKNOWN}を社内データでさらに追加学習しました。", UNKNOWN),
        (f"{QWEN} を用いて {UNKNOWN} を追加学習しました。", UNKNOWN),  # the object, not the tool
        (f"{UNKNOWN} に追加学習を行いました。", UNKNOWN),
        (f"ベースモデル: {GEMMA}", GEMMA),
        # Korean: X 를 기반으로, X 을 파인튜닝
        (f"이 모델은 {GEMMA} 를 기반으로 한국어 데이터로 학습했습니다.", GEMMA),
        (f"이 모델은 {UNKNOWN}을 파인튜닝한 모델입니다.", UNKNOWN),
        (f"{UNKNOWN} 을 미세 조정했습니다.", UNKNOWN),
        (f"베이스 모델: {GEMMA}", GEMMA),
        # German: ausgehend von, basierend auf, auf Basis von, Feinabstimmung von, nachtrainiert aus
        (
            f"Dieses Modell wurde ausgehend von {LLAMA} mit LoRA auf rund 40.000 "
            "Verwaltungstexten nachtrainiert und anschließend zusammengeführt.",
            LLAMA,
        ),
        (f"Das Modell basiert auf {LLAMA} und wurde für Behörden angepasst.", LLAMA),
        (f"Basierend auf {LLAMA} wurde es weiter trainiert.", LLAMA),  # plain ASCII card
        (f"Es ist eine Feinabstimmung von {UNKNOWN} für Verträge.", UNKNOWN),
        (f"Feinabgestimmt auf Basis von {UNKNOWN}, mit eigenen Daten.", UNKNOWN),
        (f"Eine quantisierte Version von {UNKNOWN} für Laptops.", UNKNOWN),
        (f"- **Basismodell:** {LLAMA}", LLAMA),
        # French: un affinage de, affiné à partir de, basé sur, version fine-tunée de
        (
            f"Ce modèle est un affinage de {MINISTRAL} sur des décisions de justice "
            "françaises anonymisées.",
            MINISTRAL,
        ),
        (f"Ce modèle a été affiné à partir de {UNKNOWN} sur des textes juridiques.", UNKNOWN),
        (f"Ce modèle est basé sur {MINISTRAL}.", MINISTRAL),
        (f"Une version fine-tunée de {UNKNOWN} pour le droit du travail.", UNKNOWN),
        (f"Ce modèle est fine-tuné de {UNKNOWN}.", UNKNOWN),
        (f"Modèle de base : {MINISTRAL}", MINISTRAL),
        # Spanish, Portuguese, Italian
        (f"Este modelo es un ajuste fino de {UNKNOWN} con conversaciones en español.", UNKNOWN),
        (f"Este modelo está basado en {QWEN} y habla español.", QWEN),
        (f"Este modelo foi ajustado a partir de {UNKNOWN} com dados em português.", UNKNOWN),
        (f"Este modelo é baseado em {QWEN}, com dados jurídicos.", QWEN),
        (f"Questo modello è un fine-tuning di {UNKNOWN} su testi in italiano.", UNKNOWN),
        (f"Questo modello è basato su {QWEN} e parla italiano.", QWEN),
        # a weak phrase takes a link to an unknown model, not its bare id
        (f"Ce modèle est basé sur {LINK}.", UNKNOWN),
        (f"Ce modèle est basé sur {UNKNOWN}.", None),
        (f"本模型基于 {UNKNOWN} 开发。", None),
        (f"このモデルは {UNKNOWN} をベースにしています。", None),
    ],
)
def test_a_derivation_phrase_in_another_language_names_the_parent(
    body: str, expected: str | None
) -> None:
    assert refs(body) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "body",
    [
        # comparisons
        f"与 {QWEN} 相比，本模型回答更简洁。",
        f"我们将本模型与基于 {QWEN} 的模型进行了比较。",
        f"{GEMMA} と比較して、このモデルは日本語が得意です。",
        f"{GEMMA} をベースにしたモデルと比較すると、精度が高いです。",
        f"{GEMMA} 대비 이 모델은 더 빠릅니다.",
        f"Im Vergleich zu Modellen basierend auf {LLAMA} ist es schneller.",
        f"Comparé à un modèle basé sur {MINISTRAL}, il est plus rapide.",
        f"En comparación con modelos basados en {QWEN}, es más rápido.",
        f"Rispetto ai modelli basati su {QWEN}, è più veloce.",
        # unlike X
        f"Im Gegensatz zu Modellen basierend auf {LLAMA} nutzt es eigene Gewichte.",
        f"Contrairement aux modèles basés sur {MINISTRAL}, il est entraîné de zéro.",
        f"A diferencia de los modelos basados en {QWEN}, fue entrenado desde cero.",
        # evaluation against X
        f"我们在评测中使用了基于 {QWEN} 的基线。",
        f"Wir haben es gegen ein Modell basierend auf {LLAMA} evaluiert, das auf {LLAMA} basiert.",
        f"Nous avons évalué des modèles basés sur {MINISTRAL}.",
        # negation
        f"本模型并非基于 {QWEN}。",
        f"Dieses Modell basiert nicht auf {LLAMA}.",
        f"Ce modèle n'est pas basé sur {MINISTRAL}.",
        f"Este modelo no está basado en {QWEN}.",
        f"このモデルは {GEMMA} をベースにしていません。",
        f"이 모델은 {GEMMA} 를 기반으로 하지 않았습니다.",
        # plans, the future
        f"下一个版本将在 {QWEN} 的基础上进行微调。",
        f"Die nächste Version soll auf Basis von {LLAMA} feinabgestimmt werden.",
        f"Notre prochain modèle sera basé sur {MINISTRAL}.",
        f"El próximo modelo será un ajuste fino de {UNKNOWN}.",
        f"今後、{GEMMA} をベースに追加学習する予定です。",
        f"향후 {GEMMA} 를 기반으로 학습할 예정입니다.",
        # data, code or a tokenizer of another model, not the model
        f"Basierend auf Daten von {LLAMA} erzeugt.",
        f"Ce jeu est basé sur des données générées par {MINISTRAL}.",
        f"我们使用 {QWEN} 进行训练数据生成。",
        # another tool, not the parent
        f"我们使用 {UNKNOWN} 进行微调。",
        # the model that made the data, or the data itself, not the model trained
        f"{UNKNOWN} を用いて生成したデータで追加学習しました。",
        f"{UNKNOWN} を用いたデータで追加学習しました。",
        f"{UNKNOWN} を教師モデルとした出力データで蒸留しました。",
        f"{UNKNOWN} を評価データで比較しました。",
        f"{UNKNOWN} を日本語データで追加学習する予定です。",
    ],
)
def test_a_sentence_that_compares_negates_plans_or_speaks_of_data_names_no_parent(
    body: str,
) -> None:
    assert refs(body) == []


def test_the_parent_carries_its_line_quote_relation_and_confidence() -> None:
    body = f"# 小客服-3B\n\n本模型在 {QWEN} 的基础上，进行了全参数微调。\n"
    (found,) = stated_parents(body, first_line=4, is_known=lambda r: r.lower() in KNOWN)
    assert (found.ref, found.relation, found.method) == (QWEN, "finetune", "card-prose")
    assert found.evidence.line == 6
    assert found.evidence.text == f"本模型在 {QWEN} 的基础上，进行了全参数微调。"
    assert found.confidence == WEAK_CONFIDENCE
    quantized = stated_parents(f"Eine quantisierte Version von {UNKNOWN} für Laptops.")
    assert [(p.relation, p.confidence) for p in quantized] == [("quantized", STRONG_CONFIDENCE)]
    label = stated_parents(f"基础模型：{UNKNOWN}")
    assert [(p.ref, p.confidence) for p in label] == [(UNKNOWN, LABEL_CONFIDENCE)]


def test_the_models_own_repo_is_not_its_parent() -> None:
    assert refs(f"本模型基于 {QWEN} 开发。", own=QWEN) == []


def test_a_comparison_before_words_about_this_model_leaves_its_parent() -> None:
    body = f"与 {GEMMA} 相比，本模型在 {QWEN} 的基础上进行了微调。"
    assert refs(body) == [QWEN]


def test_an_english_card_reads_no_other_language() -> None:
    body = "A café-menu model, fine-tuned on recipes from Zoë. Modelling done with care.\n" * 20
    assert languages_in(body) == ()
    assert languages_in("# Model\n\nPlain English, fine-tuned from acme/base-7b.\n") == ()
    assert [lang.code for lang in languages_in(f"本模型基于 {QWEN}。")] == ["zh"]


def test_every_language_table_is_consistent() -> None:
    for lang in LANGUAGES:
        assert lang.words and lang.marks and lang.phrases
        assert all(word == word.lower() for word in (*lang.words, *lang.marks))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *(QWEN, " ", "本模型", "在", "的基础上", "基于", "，", "。", "をベースに", "相比"),
                *("basierend auf ", "Modell ", "modèle ", "basé sur ", "nicht ", "\n", "[", "]("),
                *(")", "https://huggingface.co/", "를 기반으로", "予定", "将在", "é"),
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_any_mix_of_phrases_reads_without_error(body: str) -> None:
    for parent in stated_parents(body, is_known=lambda r: True):
        org, _, name = parent.ref.partition("/")
        assert org and name
        assert parent.evidence.text
