"""Session 19: terms in other languages the tool reads. A ban on passing the weights on, on
sharing modified weights, or on training other models with the outputs (Portuguese, Spanish,
Italian, French, German); a duty to keep the licence's text with redistributed copies
(Vietnamese, Arabic); a cap on monthly active users in Arabic; a grant withheld from persons
seated in a named country (Turkish); a licensed territory that is the world but named places,
and a ban on use outside it. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_weights import read_weights


def _values(text: str) -> dict[str, object]:
    reading = read_foreign(text)
    assert not reading.unread, reading.unread
    return reading.values


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Você não pode redistribuir, publicar nem entregar a terceiros os pesos do Modelo."),
        ("pt", "É proibido partilhar os pesos do modelo, modificados ou não, com terceiros."),
        ("es", "No puede distribuir ni publicar los pesos del modelo."),
        ("it", "Non puoi ridistribuire o pubblicare i pesi del modello."),
        ("fr", "Vous ne pouvez pas redistribuer ni publier les poids du modèle."),
        ("de", "Sie dürfen die Modellgewichte nicht an Dritte weitergeben."),
    ],
)
def test_a_ban_on_passing_the_weights_on(language: str, text: str) -> None:
    clauses = read_weights(language, text)
    assert [(c.key, c.value) for c in clauses] == [("use_scope", ["no-weight-redistribution"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Puoi modificare il modello, ma non puoi distribuire versioni modificate dei pesi."),
        ("pt", "Você não pode distribuir versões modificadas do Modelo."),
        ("es", "Queda prohibido publicar obras derivadas del modelo."),
        ("fr", "Il est interdit de distribuer des versions modifiées du modèle."),
        ("de", "Veränderte Fassungen des Modells dürfen nicht verbreitet werden."),
    ],
)
def test_a_ban_on_sharing_modified_weights_is_no_adaptation_sharing(
    language: str, text: str
) -> None:
    clauses = read_weights(language, text)
    assert [(c.key, c.value) for c in clauses] == [("use_scope", ["no-adaptation-sharing"])]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "È vietato usare i risultati generati dal modello per addestrare altri modelli."),
        ("pt", "Não pode usar as saídas do Modelo para treinar outros modelos."),
        ("es", "Queda prohibido utilizar los resultados para entrenar modelos competidores."),
        ("fr", "Il est interdit d'utiliser les sorties du modèle pour entraîner d'autres modèles."),
        ("de", "Die Ausgaben dürfen nicht zum Training anderer Modelle verwendet werden."),
        ("it", "Non puoi distillare il modello a partire dalle sue risposte."),
    ],
)
def test_a_ban_on_training_other_models_with_outputs(language: str, text: str) -> None:
    clauses = read_weights(language, text)
    assert [(c.key, c.value) for c in clauses] == [("output_use_restriction", True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # allowed, or allowed on a condition
        ("pt", "Você pode redistribuir os pesos do Modelo."),
        ("pt", "Não pode redistribuir os pesos sem incluir uma cópia desta licença."),
        ("it", "Non puoi distribuire i pesi salvo che tu includa questa licenza."),
        ("es", "No puede distribuir los pesos a menos que conserve este aviso."),
        # the unmodified model passed on is allowed
        ("it", "Non puoi distribuire i pesi se non invariati."),
        # using the model to spread something else, or passing outputs on
        ("pt", "Não pode usar o modelo para distribuir conteúdo ilegal."),
        ("es", "No puede publicar los resultados generados sin revisión humana."),
        # training this model, or improving it, is not training others
        ("it", "È vietato usare il modello per scopi militari."),
        ("fr", "Vous pouvez utiliser les sorties pour entraîner d'autres modèles."),
        ("de", "Sie dürfen die Ausgaben frei verwenden."),
    ],
)
def test_no_ban_where_none_is_stated(language: str, text: str) -> None:
    assert read_weights(language, text) == []


def test_a_language_read_elsewhere_sets_nothing() -> None:
    assert read_weights("ko", "가중치를 재배포할 수 없습니다.") == []


def test_weight_bans_are_read_in_a_document() -> None:
    text = (
        "Cláusula 1. A Acme concede licença para usar o Modelo, inclusive para fins comerciais.\n"
        "Cláusula 2. Você não pode publicar nem entregar a terceiros os pesos do Modelo.\n"
    )
    values = _values(text)
    assert values["use_scope"] == ["no-weight-redistribution"]
    assert values["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Khi phân phối lại mô hình, phải kèm theo toàn văn giấy phép này.",
        "Bạn phải đính kèm bản sao giấy phép khi chia sẻ mô hình.",
        "يجب إرفاق نص هذا الترخيص بكل نسخة يعاد توزيعها.",
        "عليك إرفاق نص الرخصة مع كل نسخة توزعها.",
    ],
)
def test_keeping_the_license_text_with_copies_is_a_notice_duty(text: str) -> None:
    assert _values(text)["attribution_required"] is True


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        (
            "إذا تجاوز عدد المستخدمين النشطين شهرياً لخدماتك 100 مليون مستخدم، وجب عليك الحصول "
            "على ترخيص تجاري منفصل.",
            100_000_000,
        ),
        (
            "يلزم الحصول على ترخيص تجاري إذا زاد عدد المستخدمين النشطين الشهريين عن 5 ملايين.",
            5_000_000,
        ),
    ],
)
def test_an_arabic_cap_on_monthly_active_users(text: str, cap: int) -> None:
    values = _values(text)
    assert values["mau_threshold"] == cap
    assert values["commercial_use_conditions"] == ["separate-license-above-threshold"]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Bu lisans, yerleşim yeri veya merkezi Rusya Federasyonu'nda bulunan kişi ve "
            "kuruluşlara hiçbir hak tanımaz.",
            ["RU"],
        ),
        ("İran'da kurulmuş şirketlere lisans verilmez.", ["IR"]),
    ],
)
def test_a_turkish_grant_withheld_from_those_seated_in_a_place(
    text: str, regions: list[str]
) -> None:
    values = _values(text)
    assert values["excluded_licensee_domiciles"] == [
        {"regions": regions, "models": "all", "exempts": []}
    ]


def test_a_turkish_clause_naming_the_law_of_a_place_excludes_no_one() -> None:
    values = read_foreign("Bu lisans Türkiye Cumhuriyeti hukukuna tabidir.").values
    assert "excluded_licensee_domiciles" not in values


@pytest.mark.parametrize(
    "text",
    [
        "1. Território Licenciado: todos os países, exceto os Estados Unidos da América.\n"
        "2. É proibido usar o Modelo ou oferecê-lo a usuários fora do Território Licenciado.\n",
        "1. La licencia es válida en todo el mundo, salvo en los Estados Unidos.\n",
        "1. La licenza vale in tutto il mondo, eccetto gli Stati Uniti.\n",
        "1. Cette licence s'applique dans le monde entier, à l'exception des États-Unis.\n",
    ],
)
def test_a_territory_that_is_the_world_but_a_place(text: str) -> None:
    values = _values(text)
    assert values["excluded_use_territories"] == [
        {"regions": ["US"], "models": "all", "exempts": []}
    ]


def test_use_outside_an_undefined_territory_is_left_unread() -> None:
    text = "É proibido usar o Modelo fora do Território Licenciado.\n"
    reading = read_foreign(text)
    assert "excluded_use_territories" not in reading.values
    assert reading.unread
