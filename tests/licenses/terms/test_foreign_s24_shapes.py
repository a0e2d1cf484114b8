"""Session 24 (held-out E1) shapes in other languages, each in wordings of our own: Russian bans
on training other models with the outputs; a use policy bound in by reference; an MAU cap
counted "per month" and its consequence in the next sentence ("Au-delà, ..."); the governing
law after an "applicable law" caption or as a bare noun phrase; a territorial ban pointing back
to the places a territory leaves out; an Italian grant withheld from US residents, with end
users spared; and lawful twins that must not read as the term."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_law import LAWS
from auditor.licenses.terms.foreign_outputs_more import bans_output_training
from auditor.licenses.terms.foreign_policy_ref import read_policy_reference


@pytest.mark.parametrize(
    "sentence",
    [
        "Запрещается использовать ответы модели для обучения конкурирующих моделей.",
        "Пользователь не вправе применять сгенерированные моделью тексты для дистилляции.",
        "Результаты работы модели не могут использоваться для обучения других языковых моделей.",
        "Лицензиат не должен использовать выходные данные для дообучения сторонних моделей.",
    ],
)
def test_russian_output_training_ban(sentence: str) -> None:
    assert bans_output_training("ru", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Результаты, полученные с помощью модели, можно использовать для обучения других моделей.",
        "Результаты не запрещено использовать для обучения других моделей.",
        "Запрещается обучать другие модели на весах модели.",
        "Вы можете использовать результаты для улучшения своих продуктов; нельзя распространять "
        "модель.",
    ],
)
def test_russian_output_twins(sentence: str) -> None:
    assert not bans_output_training("ru", sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Sie wird durch diesen Verweis Bestandteil dieses Vertrages."),
        ("de", "Die Richtlinie zur zulässigen Nutzung ist bei jeder Verwendung einzuhalten."),
        ("fr", "Vous devez respecter la politique d'utilisation acceptable publiée par Exemple."),
        ("es", "La política de uso aceptable forma parte integrante de esta licencia."),
        ("it", "Il codice di condotta allegato costituisce parte integrante della licenza."),
        ("pt", "Este documento faz parte integrante da licença por esta remissão."),
        ("pl", "Licencjobiorca musi przestrzegać polityki dopuszczalnego użytkowania."),
        ("ru", "Политика допустимого использования является неотъемлемой частью лицензии."),
    ],
)
def test_use_policy_bound_in(language: str, sentence: str) -> None:
    assert read_policy_reference(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Sie müssen das geltende Recht einhalten."),
        ("fr", "Notre politique de confidentialité s'applique à vos données."),
        ("es", "Consulte la política de uso en nuestro sitio web para más información."),
        ("de", "Anlage 1 ist Bestandteil dieses Vertrages."),
        ("en", "The acceptable use policy forms part of this licence."),
    ],
)
def test_no_use_policy_bound_in(language: str, sentence: str) -> None:
    assert not read_policy_reference(language, sentence)


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        (
            "Le plafond est de trois millions d'utilisateurs actifs par mois. Au-delà, une licence "
            "commerciale distincte est requise.",
            3_000_000,
        ),
        (
            "El límite es de un millón de usuarios activos al mes. Por encima del umbral hace "
            "falta una licencia comercial aparte.",
            1_000_000,
        ),
        (
            "Il limite è di 500.000 utenti attivi al mese. Oltre la soglia occorre una licenza "
            "commerciale separata.",
            500_000,
        ),
    ],
)
def test_a_monthly_cap_and_its_consequence_next(text: str, cap: int) -> None:
    values = read_foreign(text).values
    assert values.get("mau_threshold") == cap
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]


def _law(text: str) -> str | None:
    return next((code for pattern, code in LAWS if pattern.search(text)), None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Las leyes de la República de Colombia.", "CO"),
        ("Применимое право - право Российской Федерации.", "RU"),
        ("Ley aplicable: las leyes del Perú.", "PE"),
        ("Droit applicable : le droit de la Belgique.", "BE"),
        ("Prawo właściwe: prawo Rzeczypospolitej Polskiej.", "PL"),
        ("Anwendbares Recht: das Recht der Republik Österreich.", "AT"),
    ],
)
def test_law_after_a_caption_or_bare(text: str, code: str) -> None:
    assert _law(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "El derecho de uso en Colombia se concede a todos.",
        "Derecho aplicable. Ver anexo sobre Colombia.",
        "Los tribunales de Colombia.",
    ],
)
def test_no_law_named(text: str) -> None:
    assert _law(text) is None


@pytest.mark.parametrize(
    "ban",
    [
        "Por lo tanto, no podrá ofrecer servicios a usuarios que se encuentren allí.",
        "Tampoco se permite desplegar el modelo en dicho país; está prohibido.",
        "Il est donc interdit d'exploiter le modèle dans ces pays.",
        "Es ist daher verboten, das Modell in diesem Land zu betreiben.",
    ],
)
def test_a_ban_pointing_back_to_the_places_left_out(ban: str) -> None:
    territory = "La licencia es válida en todos los países salvo Cuba."
    if not ban.startswith(("Por", "Tampoco")):
        territory = {
            "Il": "La licence est valable dans le monde entier, sauf à Cuba.",
            "Es": "Die Lizenz gilt weltweit mit Ausnahme von Kuba.",
        }[ban[:2]]
    reading = read_foreign(f"{territory}\n\n{ban}\n")
    assert not reading.unread
    assert reading.values["territorial_exclusions"] == ["CU"]


def test_a_pointing_ban_without_a_territory_stays_unread() -> None:
    reading = read_foreign(
        "El modelo puede usarse comercialmente.\n\n"
        "No podrá ofrecer servicios a usuarios que se encuentren allí.\n"
    )
    assert "territorial_exclusions" not in reading.values


@pytest.mark.parametrize(
    ("exclusion", "proviso"),
    [
        (
            "La presente licenza non attribuisce alcun diritto alle società con sede in Russia.",
            "L'esclusione non si applica agli utenti finali di prodotti di terzi.",
        ),
        (
            "Esta licença não confere nenhum direito a empresas sediadas na Rússia.",
            "A exclusão não abrange os usuários finais de produtos de terceiros.",
        ),
        (
            "La licencia no confiere ningún derecho a las sociedades constituidas en Rusia.",
            "Esta exclusión no afecta a los usuarios finales.",
        ),
    ],
)
def test_grant_withheld_by_domicile_with_end_users_spared(exclusion: str, proviso: str) -> None:
    reading = read_foreign(f"{exclusion}\n\n{proviso}\n")
    assert reading.values["excluded_licensee_domiciles"] == [
        {"regions": ["RU"], "models": "all", "exempts": ["end-users"]}
    ]
    assert not reading.unread


def test_rights_given_to_residents_are_no_exclusion() -> None:
    reading = read_foreign(
        "La licenza attribuisce il diritto d'uso anche alle società con sede in Russia."
    )
    assert "excluded_licensee_domiciles" not in reading.values


def test_italian_commercial_use_named_by_a_pronoun() -> None:
    text = (
        "Esempio S.p.A. autorizza l'uso del modello per qualsiasi scopo, compreso quello "
        "commerciale."
    )
    assert read_foreign(text).values.get("commercial_use") == "allowed"
