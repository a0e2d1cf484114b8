"""Training data a card states in other languages than English (stated_languages.py), a
well-known name with its language subset (`LAION-2B-en`), and a training table's rows of the
publisher's own data and its `Generated with` column."""

from __future__ import annotations

import pytest

from auditor.training.stated import stated_datasets
from auditor.training.stated_languages import DATA_LANGUAGES, data_languages

DATA = "acme/recetas-01"


def roles(body: str, metadata: dict[str, object] | None = None) -> dict[str, str]:
    return {e["ref"]: e["role"] for e in stated_datasets(metadata or {}, body=body)}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # Spanish: a data heading, "ajustamos ... con el conjunto X", "entrenado con ..."
        (
            f"## Datos de entrenamiento\n\nAjustamos el modelo base con el conjunto {DATA}.",
            "fine-tuning",
        ),
        (
            f"El modelo fue entrenado con el conjunto de datos {DATA} durante dos épocas.",
            "training",
        ),
        (
            f"## Datos de entrenamiento\n\n- {DATA}: recetas de la abuela, para el modelo",
            "training",
        ),
        # Portuguese, Italian, French
        (
            f"O modelo foi treinado com o conjunto de dados {DATA} para atendimento em português.",
            "training",
        ),
        (
            f"O modelo foi ajustado com o conjunto {DATA} para uma tarefa de atendimento.",
            "fine-tuning",
        ),
        (f"Il modello è stato addestrato sul dataset {DATA} per una settimana.", "training"),
        (
            f"Le modèle a été affiné sur le jeu de données {DATA} pendant deux époques.",
            "fine-tuning",
        ),
        # German, verb first or last
        (f"Das Modell wurde auf dem Datensatz {DATA} für drei Epochen trainiert.", "training"),
        (
            f"Wir haben das Modell mit dem Datensatz {DATA} feinabgestimmt und geteilt.",
            "fine-tuning",
        ),
        # Chinese, Japanese, Korean: the verb after the data, a reference touching the words
        (f"我们在{DATA}数据集上对模型进行了微调。", "fine-tuning"),
        (f"预训练语料：{DATA} 数据集的全部内容，已用于训练。", "training"),
        (f"このモデルは {DATA} データセットで追加学習しました。", "fine-tuning"),
        (f"이 모델은 {DATA} 데이터셋으로 미세 조정되었습니다.", "fine-tuning"),
        # Russian
        (f"Модель дообучена на датасете {DATA} для юридических задач.", "fine-tuning"),
        (f"Модель была обучена на наборе данных {DATA} с нуля.", "training"),
    ],
)
def test_a_training_sentence_in_another_language_states_its_dataset(body: str, role: str) -> None:
    assert roles(body) == {DATA: role}


@pytest.mark.parametrize(
    "body",
    [
        # negated, compared, evaluated: the same words, nothing trained on
        f"El modelo no fue entrenado con el conjunto {DATA}; es solo para el informe del equipo.",
        f"Evaluamos el modelo con el conjunto {DATA} y los resultados son buenos para el caso.",
        f"Le modèle n'a pas été entraîné sur le jeu de données {DATA}, utilisé pour les tests.",
        f"Das Modell wurde nicht auf dem Datensatz {DATA} trainiert, nur damit verglichen.",
        f"Im Vergleich zu Modellen, die auf dem Datensatz {DATA} trainiert wurden, ist es besser.",
        f"我们没有使用{DATA}数据集进行训练，仅在评测中使用了它。",
        f"我们在{DATA}数据集上评测了模型。",
        f"このモデルは {DATA} データセットで学習していません。",
        f"이 모델은 {DATA} 데이터셋으로 학습하지 않았습니다.",
        f"Модель не обучалась на датасете {DATA}, он использован для оценки.",
        f"## Resultados de evaluación\n\n- {DATA}: 71,2 de precisión para el modelo",
    ],
)
def test_a_negated_compared_or_evaluation_sentence_states_no_training(body: str) -> None:
    assert roles(body).get(DATA) in (None, "mentioned", "evaluation")


def test_an_english_card_reads_no_other_language() -> None:
    body = "The model was trained on a café menu corpus from Zoë, el Niño and die Hard fans.\n" * 5
    assert data_languages(body.lower()) == ()
    assert {lang.code for lang in data_languages("el modelo con los datos de entrenamiento")} == {
        "es"
    }


def test_every_language_table_is_consistent() -> None:
    for lang in DATA_LANGUAGES:
        assert lang.marks and lang.words
        assert all(word == word.lower() for word in (*lang.words, *lang.marks))


# --- a well-known name with its language subset ---------------------------------------------


def test_a_names_language_subset_is_kept_and_merges_with_the_front_matters_id() -> None:
    body = "Contrastive image-text model trained on LAION-2B-en image-caption pairs."
    found = stated_datasets({"datasets": ["laion/laion2B-en"]}, body=body)
    assert [e["ref"] for e in found] == ["laion/laion2B-en"]
    found = stated_datasets({"datasets": ["laion/laion2B-en"]}, body="Trained on LAION-2B.")
    assert [e["ref"] for e in found] == ["laion/laion2B-en"]


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("Pretrained on mC4-es for a week.", "mC4-es"),
        ("Trained on LAION-2B-multi captions.", "LAION-2B-multi"),
        ("Trained on an ImageNet-pretrained backbone.", "ImageNet"),  # not a subset: lower word
        ("Trained on ImageNet-1k-val crops.", "ImageNet-1k"),
    ],
)
def test_only_a_language_or_subset_word_extends_a_name(sentence: str, ref: str) -> None:
    assert ref in roles(sentence)


# --- a training table's own data and generator column -----------------------------------------

TABLE = """## Fine-tuning data

| Source | Generated with | Pairs |
|---|---|---|
| Our own accounting handbooks | Gemini 1.5 Pro | 80,000 |
| Support tickets (anonymised, ours) | written by staff | 12,000 |
| In-house style guide rewrites | OpenAI's GPT-4o | 5,000 |
| OpenOrca (our filtered subset) | GPT-4 | 10,000 |
| Legal memos | human annotators | 3,000 |

## Pretraining data

| Corpus | Size | License |
|---|---|---|
| Our own forum crawl | 3M posts | CC BY-NC-SA 4.0 |
| Our own product pages | 20k | - |
"""


def test_a_row_of_the_publishers_own_data_is_no_dataset_and_its_generator_is_read() -> None:
    found = {e["ref"]: e for e in stated_datasets({}, body=TABLE)}
    described = found["unnamed data generated with Gemini 1.5 Pro"]
    assert described["resolved_by"] == "described"
    assert described["generated_terms"] == ["google_gemini_api"]
    assert found["unnamed data generated with GPT-4o"]["generated_terms"] == ["openai_api"]
    assert not any(
        word in ref for ref in found for word in ("Support tickets", "handbooks", "product pages")
    )
    # the publisher's own data whose License cell states its terms is read with them
    said = found["Our own forum crawl"].get("license")
    assert said is not None and said["name"] == "CC BY-NC-SA 4.0"
    # a row naming a dataset stays that dataset's, whatever its other words say
    assert found["OpenOrca"]["resolved_by"] == "stated"
    # data no row says is the publisher's, made by people: still a dataset to look up
    assert found["Legal memos"]["resolved_by"] == "stated"


@pytest.mark.parametrize(
    "body",
    [
        # Chinese: "基于 X" names the model the card starts from, as English "from X"
        "本模型基于 acme/Kestrel-Chat-v2.1 进行全参数微调，训练数据是三万条客服对话和工单。",
        "该模型基於acme/Kestrel-Chat-v2.1，在自有语料上使用 LoRA 精调而成。",
        "我们的模型派生自 acme/Kestrel-Chat-v2.1 并继续微调了两轮。",
    ],
)
def test_chinese_base_after_based_on_is_not_data(body: str) -> None:
    assert "acme/Kestrel-Chat-v2.1" not in roles(body)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # ... unless a data word stands beside it: then it is the data
        (f"我们基于 {DATA} 数据集对模型进行了微调。", "fine-tuning"),
        (f"我们基于数据集 {DATA} 对模型进行了指令微调。", "fine-tuning"),
        (f"我们使用 {DATA} 进行了微调。", "fine-tuning"),
    ],
)
def test_chinese_data_beside_based_on_stays_data(body: str, role: str) -> None:
    assert roles(body).get(DATA) == role
