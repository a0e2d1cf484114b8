"""Session 19 held-out misses in languages the tool reads: Arabic passive and impersonal bans
of uses (يُحظر، يُمنع، لا يجوز), Korean and Japanese bans on training or distilling other models
with the outputs, and a visible credit line to show ("devem indicar de forma visível ...").
Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_uses import ban_tags
from auditor.licenses.terms.foreign_weights import read_weights


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        (
            "يُحظر استخدام النموذج أو أي نسخة معدلة منه لأغراض عسكرية أو لصنع الأسلحة.",
            ["military", "weapons"],
        ),
        ("يُمنع استعمال النموذج لنشر معلومات مضللة.", ["disinformation"]),
        ("لا يجوز استخدام النموذج في المراقبة الجماعية أو في الاحتيال.", ["surveillance", "fraud"]),
        ("ولا يسمح بتوظيف النموذج في أعمال إرهابية.", ["terrorism"]),
        ("الاستخدام لأغراض عسكرية محظور.", ["military"]),
    ],
)
def test_arabic_bans_of_uses_are_read(text: str, tags: list[str]) -> None:
    assert ban_tags("ar", text) == tags
    reading = read_foreign(text)
    assert reading.values.get("use_restrictions") == tags
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "لا يُحظر استخدام النموذج في الأبحاث العسكرية.",  # a ban denied
        "النموذج غير مصمم للأغراض العسكرية.",  # a harm named without a ban
        "يجوز استخدام النموذج في تطبيقات الدفاع المدني.",
    ],
)
def test_arabic_harm_without_a_ban_bans_nothing(text: str) -> None:
    assert ban_tags("ar", text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ko", "귀하는 이 모델의 출력물로 다른 AI 모델을 학습시키거나 증류해서는 안 됩니다."),
        ("ko", "본 모델의 생성물을 경쟁 모델의 훈련에 사용하는 것은 금지됩니다."),
        ("ko", "모델 출력을 이용한 증류는 허용되지 않으며 할 수 없습니다."),
        ("ja", "本モデルの出力を利用して他のAIモデルを学習させてはなりません。"),
        ("ja", "生成物を競合するモデルの開発に使用することを禁止します。"),
        ("ja", "出力を他社モデルの蒸留に用いてはいけません。"),
    ],
)
def test_korean_and_japanese_bans_on_training_with_outputs(language: str, text: str) -> None:
    assert [(c.key, c.value) for c in read_weights(language, text)] == [
        ("output_use_restriction", True)
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ko", "본 모델의 출력물을 이용하여 본 모델을 개선할 수 있습니다."),  # allowed
        ("ko", "본 모델의 출력을 다른 모델 학습에 사용하는 것은 금지되지 않습니다."),  # denied
        ("ko", "본 모델을 불법적인 목적으로 사용하는 것은 금지됩니다."),  # another ban
        ("ja", "本モデルの出力を他のモデルの学習に使用することは禁止されていません。"),
        ("ja", "本モデルを違法な目的に使用してはなりません。"),
    ],
)
def test_no_output_ban_where_none_is_stated(language: str, text: str) -> None:
    assert read_weights(language, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Os serviços que utilizem o modelo devem indicar de forma visível "Com tecnologia Garça".',
        'Los servicios que usen el modelo deben indicar de forma visible "Con tecnología Garza".',
        "I servizi che usano il modello devono indicare in modo visibile «Basato su Airone».",
        "Les services doivent indiquer de manière visible « Propulsé par Héron ».",
    ],
)
def test_a_visible_credit_line_to_show_is_an_attribution_duty(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("attribution_required") is True
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        'O nome "Garça" indica a espécie de ave que inspirou o projeto.',  # no duty
        'Os serviços podem indicar de forma visível "Com tecnologia Garça".',  # a permission
    ],
)
def test_no_credit_duty_without_an_obligation(text: str) -> None:
    assert "attribution_required" not in read_foreign(text).values


def _domicile_clauses(text: str) -> list[dict[str, object]]:
    value = read_foreign(text).values.get("excluded_licensee_domiciles")
    return [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []


@pytest.mark.parametrize(
    "text",
    [
        # the clause names the multimodal models, and a passage after it lifts text models
        "Art. 2 - Per i soli modelli multimodali della famiglia i diritti non sono concessi alle"
        " società con sede nell'Unione europea. L'esclusione non si applica ai modelli solo testo.",
        # the clause alone names the models taking images in
        "Per i modelli della famiglia che elaborano immagini, nessuna licenza è concessa alle"
        " società con sede in Russia.",
        # only a passage after it leaves the text-only models out
        "No se concede licencia alguna a las empresas con sede en la Unión Europea. Esta"
        " exclusión no se aplica a los modelos de solo texto.",
        "Nenhuma licença é concedida a empresas com sede na União Europeia. Os modelos apenas de"
        " texto não são afetados por esta cláusula.",
        "Aucune licence n'est accordée aux sociétés ayant leur siège dans l'Union européenne."
        " Cette exclusion ne s'applique pas aux modèles uniquement textuels.",
        "Keine Lizenz wird Unternehmen mit Sitz in Russland erteilt. Reine"
        " Textmodelle sind davon ausgenommen.",
    ],
)
def test_a_territorial_clause_for_multimodal_models_only(text: str) -> None:
    clauses = _domicile_clauses(text)
    assert clauses and all(c["models"] == "multimodal" for c in clauses)
    assert not read_foreign(text).unread


@pytest.mark.parametrize(
    "text",
    [
        "No se concede licencia alguna a las empresas con sede en la Unión Europea.",
        # text models named, but the clause applies to them too
        "Nessuna licenza è concessa alle società con sede nell'Unione europea. L'esclusione si"
        " applica anche ai modelli solo testo.",
    ],
)
def test_a_territorial_clause_for_every_model(text: str) -> None:
    clauses = _domicile_clauses(text)
    assert clauses and all(c["models"] == "all" for c in clauses)


@pytest.mark.parametrize(
    ("text", "commercial"),
    [
        (
            '1.3 "Uso Permitido" significa qualquer finalidade lícita, inclusive comercial.\n\n'
            "7. Você pode usar, copiar e modificar o Modelo para o Uso Permitido.",
            "allowed",
        ),
        (
            '1.2 "Finalidad Autorizada" significa cualquier fin lícito, incluso comercial.\n\n'
            "5. Usted puede usar y modificar el Modelo para la Finalidad Autorizada.",
            "allowed",
        ),
        (
            '1.4 "Scopo Consentito" indica la sola ricerca accademica non commerciale.\n\n'
            "6. Il licenziatario può usare il Modello per lo Scopo Consentito e per nessun altro.",
            "prohibited",
        ),
        (
            "1.1 « Usage Autorisé » désigne la seule recherche non commerciale.\n\n"
            "4. Vous pouvez utiliser le Modèle pour l'Usage Autorisé.",
            "prohibited",
        ),
    ],
)
def test_a_grant_for_a_defined_purpose_is_read_by_its_definition(
    text: str, commercial: str
) -> None:
    reading = read_foreign(text)
    assert reading.values.get("commercial_use") == commercial
    assert not reading.unread


def test_a_meaningful_defined_term_is_not_resolved() -> None:
    from auditor.licenses.terms.foreign_definitions import defined_terms
    from auditor.licenses.text.language import Passage

    passages = [
        Passage('"Uso Não Comercial" significa qualquer uso sem fins lucrativos.', 1, "pt"),
        Passage('"Modelo" significa os pesos e o código.', 2, "pt"),
        Passage('"Uso Permitido" significa qualquer finalidade lícita.', 3, "pt"),
    ]
    assert defined_terms(passages) == {"Uso Permitido": "qualquer finalidade lícita"}


@pytest.mark.parametrize(
    "text",
    [
        "2. Propriedade. O Licenciante mantém todos os direitos não concedidos expressamente.",
        "El Licenciante se reserva todos los derechos no otorgados expresamente en este contrato.",
        "Alle nicht ausdrücklich eingeräumten Rechte bleiben dem Lizenzgeber vorbehalten.",
        "4. Responsabilidade. O Licenciante não responde por danos decorrentes do Modelo.",
        "Il Licenziante non risponde dei danni derivanti dall'uso del Modello.",
        "Le Concédant n'est pas responsable des dommages causés par le Modèle.",
        "Der Lizenzgeber haftet nicht für Schäden aus der Nutzung des Modells.",
        "5. Resultados. O Licenciante não reivindica direitos sobre os resultados.",
        "Le Concédant ne revendique aucun droit sur les sorties du Modèle.",
        "6. Vigência. Este Contrato vigora até ser extinto nos termos da cláusula 8.",
        "Il presente Contratto resta in vigore fino alla sua risoluzione.",
        "8. Extinção. A violação da cláusula 7 extingue automaticamente a licença.",
        "Cualquier incumplimiento de la cláusula 5 termina automáticamente la licencia.",
    ],
)
def test_boilerplate_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread and not reading.values


@pytest.mark.parametrize(
    "text",
    [
        # a breach clause that also confines the grant: a term, left to the readers
        "A violação do uso apenas não comercial extingue a licença.",
        # liability words, but a ban on commercial use
        "O Licenciante não responde por danos e o uso comercial é proibido.",
    ],
)
def test_boilerplate_with_a_term_is_not_set_aside(text: str) -> None:
    from auditor.licenses.terms.foreign_boilerplate import is_boilerplate

    assert not is_boilerplate(text)
