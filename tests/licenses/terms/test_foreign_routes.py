"""Routes to commercial use in the languages read by cues alone (`foreign_routes`): the
licensor's permission beside a non-commercial grant, a notice the licensee sends, and the
sentences qualifying them (refusal; a decision said unneeded)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign

_CONDITIONS = "commercial_use_conditions"


@pytest.mark.parametrize(
    "text",
    [
        "1. Se permite el uso no comercial del modelo.\n"
        "2. El uso comercial requiere la autorización previa y por escrito del Licenciante.",
        "Art. 1. Licencjodawca zezwala na korzystanie z modelu w celach niekomercyjnych.\n"
        "Art. 2. Korzystanie komercyjne wymaga uprzedniej pisemnej zgody Licencjodawcy.",
        "§ 1 Die nicht-kommerzielle Nutzung des Modells ist frei.\n"
        "§ 2 Die kommerzielle Nutzung bedarf der vorherigen schriftlichen Zustimmung des"
        " Lizenzgebers.",
        "I - O uso não comercial do modelo é gratuito.\n"
        "II - A utilização comercial só é permitida mediante consentimento prévio por escrito da"
        " Exemplo Ltda.",
    ],
)
def test_a_permission_route_beside_a_non_commercial_grant_restricts(text: str) -> None:
    values = read_foreign(text).values
    assert values["commercial_use"] == "restricted"
    assert values[_CONDITIONS] == ["written-permission"]


@pytest.mark.parametrize(
    "text",
    [
        "1. O uso não comercial é gratuito.\n"
        "2. O uso comercial depende da celebração de um contrato de licença comercial separado.",
        "Art. 1. Korzystanie z modelu w celach niekomercyjnych jest bezpłatne.\n"
        "Art. 2. Korzystanie komercyjne wymaga zawarcia odrębnej umowy licencyjnej.",
    ],
)
def test_a_route_to_a_separate_licence_keeps_the_ban(text: str) -> None:
    assert read_foreign(text).values["commercial_use"] == "prohibited"


@pytest.mark.parametrize(
    "refusal",
    [
        "Licencjodawca może odmówić zgody bez podania przyczyn.",
        "El Licenciante podrá denegar la solicitud sin indicar motivos.",
        "Der Lizenzgeber entscheidet nach freiem Ermessen.",
    ],
)
def test_a_refusal_is_read_with_the_permission_and_unread_without(refusal: str) -> None:
    routes = {
        "Lic": "Art. 2. Korzystanie komercyjne wymaga uprzedniej pisemnej zgody Licencjodawcy.",
        "El ": "2. El uso comercial requiere la autorización previa y por escrito del Licenciante.",
        "Der": "§ 2 Die kommerzielle Nutzung bedarf der vorherigen Zustimmung des Lizenzgebers.",
    }
    grants = {
        "Lic": "Art. 1. Korzystanie z modelu w celach niekomercyjnych jest bezpłatne.",
        "El ": "1. Se permite el uso no comercial del modelo.",
        "Der": "§ 1 Die nicht-kommerzielle Nutzung des Modells ist frei.",
    }
    grant, route = grants[refusal[:3]], routes[refusal[:3]]
    routed = read_foreign(f"{grant}\n{route}\n{refusal}")
    assert not routed.unread
    assert routed.values[_CONDITIONS] == ["written-permission"]
    alone = read_foreign(f"{grant}\n{refusal}")
    assert [p.line for p in alone.unread] == [2]  # no permission asked: unread evidence


@pytest.mark.parametrize(
    "text",
    [
        "1. A Exemplo concede-lhe o direito de utilizar o modelo, incluindo para fins comerciais.\n"
        "2. Antes de utilizar o modelo para fins comerciais, registe-se no portal da Exemplo.\n"
        "3. O registo não está sujeito a aprovação.",
        "1. Se permite el uso comercial del modelo.\n"
        "2. Antes de iniciar el uso comercial, notifíquelo por correo electrónico a x@y.example;"
        " no se requiere aprobación.",
        "1. L'utilisation commerciale du modèle est autorisée.\n"
        "2. Avant toute utilisation commerciale, informez-en le Concédant par courriel ; une"
        " autorisation n'est pas requise.",
        "§ 1 Die kommerzielle Nutzung des Modells ist erlaubt.\n"
        "§ 2 Vor der kommerziellen Nutzung melden Sie sich per E-Mail bei uns an; eine"
        " Genehmigung ist nicht erforderlich.",
    ],
)
def test_a_notice_before_commercial_use_is_a_registration(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values["commercial_use"] == "allowed"
    assert reading.values[_CONDITIONS] == ["registration"]
    assert all(p.line == 1 for p in reading.unread)  # the notice and its qualifier are read


@pytest.mark.parametrize(
    "text",
    [  # the licensor approves: no mere notice
        "2. Antes de iniciar a utilização comercial, envie um pedido e aguarde a aprovação da"
        " Exemplo.",
        # a decision said unneeded, with no notice route: unread
        "2. Trata-se de uma mera formalidade: não depende de aprovação.",
        # consent the condition ("sem"), not said unneeded
        "2. Antes do uso comercial, informe a Exemplo: não é permitido usar o modelo para fins"
        " comerciais sem a aprovação dela.",
        # a notice before something else than commercial use
        "2. Antes de publicar resultados, informe a Exemplo por e-mail.",
    ],
)
def test_no_notice_route_no_registration(text: str) -> None:
    reading = read_foreign(f"1. O uso não comercial do modelo é gratuito.\n{text}")
    assert reading.values.get(_CONDITIONS) != ["registration"]
    assert reading.values.get("commercial_use") != "allowed"
