"""A company's use deemed commercial, a party of the licence named, and Russian places barred
(session 23, held-out s23d1). A French non-commercial licence's "L'utilisation par une société
commerciale ..., y compris pour ses besoins internes, est réputée commerciale", a Russian
licence's "Лицензиар — ТОО «Пример Стриж», г. Алматы." and its ban on use in and service to
the EU were all left unread. Texts written for this test in our own words; twins: a use said
not to be commercial, a non-profit's use, a party's power or duty, a harm banned in a place,
a place whose sanctions are invoked.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign


def _scope(text: str) -> object:
    return read_foreign(text).values.get("use_scope")


@pytest.mark.parametrize(
    "text",
    [
        "L'utilisation par une société commerciale dans le cadre de ses activités, y compris "
        "pour ses besoins internes, est réputée commerciale.",
        "Est réputée commerciale toute utilisation du modèle par une entreprise.",
        "Se considera uso comercial todo uso del modelo por parte de una empresa, incluso interno.",
        "O uso do modelo por empresas, inclusive para fins internos, é considerado uso comercial.",
        "L'uso del modello da parte di una società è considerato uso commerciale.",
        "Die Nutzung durch ein Unternehmen gilt als kommerziell, auch wenn sie nur intern erfolgt.",
        "Использование модели коммерческой организацией считается коммерческим.",
        "Korzystanie z modelu przez przedsiębiorcę uważa się za komercyjne.",
    ],
)
def test_a_companys_use_deemed_commercial_leaves_companies_out(text: str) -> None:
    reading = read_foreign(text)
    assert reading.values.get("use_scope") == ["non-commercial-organizations"]
    assert not reading.unread


@pytest.mark.parametrize(
    "text",
    [
        "L'utilisation interne par une société n'est pas réputée commerciale.",
        "Die Nutzung durch ein Unternehmen gilt nicht als kommerziell, solange sie intern bleibt.",
        "El uso por parte de una empresa no se considera comercial si es interno.",
        "L'utilisation par une association à but non lucratif est réputée commerciale "
        "lorsqu'elle est rémunérée.",
        "Использование модели некоммерческой организацией не считается коммерческим.",
        "Une société commerciale peut utiliser le modèle à des fins de recherche.",
    ],
)
def test_no_company_left_out_by_a_twin(text: str) -> None:
    scope = _scope(text)
    assert not scope or "non-commercial-organizations" not in scope  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "1. Лицензиар — ТОО «Пример Стриж», г. Алматы.",
        "Лицензиаром является ООО «Пример», г. Москва.",
        "1. Le Concédant est la société Exemple SAS, dont le siège est à Paris.",
        "Der Lizenzgeber ist die Beispiel GmbH mit Sitz in Berlin.",
        "O Licenciante é a Exemplo Tecnologia Ltda., com sede em São Paulo.",
    ],
)
def test_a_party_named_states_no_term(text: str) -> None:
    reading = read_foreign(text)
    assert not reading.unread
    assert not reading.values


@pytest.mark.parametrize(
    "text",
    [
        "Лицензиар вправе в любое время изменить условия соглашения.",
        "Der Lizenzgeber ist nicht verpflichtet, Aktualisierungen bereitzustellen.",
        "O Licenciante é a única titular dos direitos e pode revogar esta licença.",
    ],
)
def test_what_a_party_may_or_must_do_is_no_party_named(text: str) -> None:
    assert read_foreign(text).unread


def test_a_party_named_beside_a_ban_keeps_the_ban() -> None:
    text = "Le Concédant est Exemple SAS ; l'utilisation commerciale est interdite."
    assert read_foreign(text).values.get("commercial_use") == "prohibited"


def _region(reading: object, key: str) -> list[str]:
    values = getattr(reading, "values", {})
    return [r for entry in values.get(key) or [] for r in entry["regions"]]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("4. Использование модели на территории государств — членов Европейского союза, а также "
         "оказание с её помощью услуг лицам, находящимся в Европейском союзе, не допускается.",
         ["EU"]),
        ("Запрещается использовать модель на территории Российской Федерации.", ["RU"]),
        ("Не допускается предоставление услуг на основе модели пользователям в США и Китае.",
         ["CN", "US"]),
        ("Запрещается использовать модель в Мексиканских Соединённых Штатах.", ["MX"]),
    ],
)  # fmt: skip
def test_a_russian_ban_on_use_in_places(text: str, regions: list[str]) -> None:
    reading = read_foreign(text)
    assert sorted(_region(reading, "excluded_use_territories")) == regions
    assert not reading.unread


def test_a_russian_grant_withheld_from_residents_is_a_domicile() -> None:
    reading = read_foreign(
        "Лицензия не предоставляется лицам, зарегистрированным в Иране или Сирии."
    )
    assert _region(reading, "excluded_licensee_domiciles") == ["IR", "SY"]
    assert not _region(reading, "excluded_use_territories")


@pytest.mark.parametrize(
    "text",
    [
        "Запрещается использовать модель в военных целях на территории ЕС.",
        "Модель можно использовать в ЕС и в Казахстане.",
        "Запрещается нарушать санкции США при использовании модели.",
    ],
)
def test_no_russian_place_barred_by_a_twin(text: str) -> None:
    assert not _region(read_foreign(text), "excluded_use_territories")
