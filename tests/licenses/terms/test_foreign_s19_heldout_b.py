"""Session 19 held-out (b) misses in languages the tool reads: a French copy going with the
license's text and outputs left to the user; a Spanish grant for any end "incluidas las
finalidades comerciales" and a grant withheld from companies seated in a Latin American state;
Japanese law as "日本国の法令"; a Chinese use policy bound in by reference; a Russian grant
"в том числе в коммерческих целях" and a cap counting affiliates; a Dutch ban on identifying
people by face or fingerprint. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_boilerplate import is_boilerplate
from auditor.licenses.terms.foreign_duties import read_credit
from auditor.licenses.terms.foreign_uses import ban_tags


@pytest.mark.parametrize(
    "text",
    [
        "Chaque copie diffusée du modèle est accompagnée du présent texte.",
        "Toute copie redistribuée doit être accompagnée de la présente licence.",
        "Les exemplaires transmis sont accompagnés d'une copie du texte de la licence.",
    ],
)
def test_french_copies_with_the_license_text(text: str) -> None:
    assert [c.key for c in read_credit("fr", text)] == ["attribution_required"]


@pytest.mark.parametrize(
    "text",
    [
        "Le licencié doit respecter la présente licence.",
        "Le modèle est accompagné de sa documentation technique.",
    ],
)
def test_french_no_copy_duty(text: str) -> None:
    assert read_credit("fr", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Les textes produits par le modèle appartiennent à l'utilisateur ;",
        "Los resultados generados pertenecen al usuario.",
        "Gli output del modello appartengono all'utente.",
        "Héron Lab ne revendique aucun droit sur eux.",
        "El licenciante no reivindica derecho alguno sobre ellos.",
    ],
)
def test_outputs_left_to_the_user_state_no_term(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les résultats appartiennent au concédant et ne peuvent être utilisés commercialement.",
        "Le modèle appartient à Héron Lab.",
    ],
)
def test_other_ownership_is_no_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Se le otorga una licencia para usar el modelo con cualquier finalidad, incluidas "
            "las finalidades comerciales.",
            "allowed",
        ),
        (
            "Лицензиар предоставляет право использовать модель, в том числе в коммерческих целях.",
            "allowed",
        ),
        ("Вы можете распространять модель, включая коммерческое использование.", "allowed"),
        ("Коммерческое использование модели запрещено.", "prohibited"),
        ("Se prohíbe usar el modelo con finalidades comerciales.", "prohibited"),
    ],
)
def test_grants_including_commercial_ends(text: str, value: str) -> None:
    assert read_foreign(text).values.get("commercial_use") == value


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Esta licencia no se otorga a personas físicas o jurídicas domiciliadas o con sede "
            "principal en la República Argentina, y el modelo no podrá utilizarse allí.",
            ["AR"],
        ),
        ("No se concede licencia alguna a entidades constituidas en México o Chile.", ["CL", "MX"]),
        ("Aucune licence n'est accordée aux personnes résidant au Brésil.", ["BR"]),
    ],
)
def test_grant_withheld_from_latin_american_states(text: str, regions: list[str]) -> None:
    values = read_foreign(text).values
    assert values.get("territorial_exclusions") == regions


def test_a_place_named_without_withholding_excludes_nothing() -> None:
    text = "El licenciante es una sociedad con sede en la República Argentina."
    assert "territorial_exclusions" not in read_foreign(text).values


@pytest.mark.parametrize(
    "text",
    ["本規約は日本国の法令に従って解釈されます。", "本契約は日本の法令に準拠します。"],
)
def test_japanese_law_as_statutes(text: str) -> None:
    assert read_foreign(text).values.get("governing_law") == "JP"


@pytest.mark.parametrize(
    "text",
    [
        "您使用本模型时，应当遵守许可方在官方网站上公布的《白鹭模型使用规范》。",
        "被许可方须遵循许可方发布的可接受使用政策。",
        "使用者应遵守本模型的行为准则。",
    ],
)
def test_chinese_use_policy_bound_in(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("acceptable_use_policy_incorporated") is True
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    ["您使用本模型时，应当遵守适用的法律法规。", "被许可方应遵守本协议的全部条款。"],
)
def test_chinese_compliance_with_law_is_no_policy(text: str) -> None:
    assert "acceptable_use_policy_incorporated" not in read_foreign(text).values


def test_russian_cap_counting_affiliates() -> None:
    text = (
        "Если суммарное число ежемесячно активных пользователей продуктов лицензиата и его "
        "аффилированных лиц превышает 1 000 000, лицензиат должен получить отдельную лицензию."
    )
    cap = read_foreign(text).values["user_threshold"]
    assert cap == {"count": 1000000, "unit": "mau", "counts": "licensee-and-affiliates"}


def test_russian_cap_of_the_licensee_alone() -> None:
    text = (
        "Если число ежемесячно активных пользователей продуктов лицензиата превышает "
        "1 000 000, лицензиат должен получить отдельную лицензию."
    )
    cap = read_foreign(text).values["user_threshold"]
    assert isinstance(cap, dict)
    assert "counts" not in cap


@pytest.mark.parametrize(
    "text",
    [
        "Het is niet toegestaan het model in te zetten om personen te herkennen of te "
        "identificeren aan de hand van hun gezicht, vingerafdruk of andere lichaamskenmerken.",
        "Het model mag niet worden gebruikt voor identificatie van mensen op basis van hun gelaat.",
        "Vingerafdrukherkenning met het model is verboden.",
    ],
)
def test_dutch_bans_of_identifying_people_by_body(text: str) -> None:
    assert ban_tags("nl", text) == ["biometric-identification"]


@pytest.mark.parametrize(
    "text",
    [
        "Het model mag niet worden gebruikt om personen te identificeren zonder hun toestemming.",
        "U mag het model gebruiken om gezichten in foto's te vervagen.",
    ],
)
def test_dutch_no_biometric_ban(text: str) -> None:
    assert "biometric-identification" not in ban_tags("nl", text)
