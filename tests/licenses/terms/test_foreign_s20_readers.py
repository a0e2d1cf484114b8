"""Session 20 foreign probes in languages the tool reads: a ban whose negation opens far from its
object (pt, es), a weights ban in Czech, Polish, Dutch and Russian, a hosted service carved out
of a permission or banned, a plain grant and a grant on the terms of a table, and boilerplate
in Polish, Czech, Russian and Dutch. Each shape beside wordings that must not read as it.
Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import CUES, read_foreign
from auditor.licenses.terms.foreign_boilerplate import is_boilerplate
from auditor.licenses.terms.foreign_duties import is_disclaimer, read_credit
from auditor.licenses.terms.foreign_grants import is_plain_grant
from auditor.licenses.terms.foreign_no_term import states_no_term
from auditor.licenses.terms.foreign_uses import ban_tags
from auditor.licenses.terms.foreign_weights import read_weights

# --- a negation far from its object --------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pt",
            "Não se admite, quer pelo próprio Licenciado, quer por empresas do seu grupo ou por "
            "prestadores que o representem, seja qual for o cliente ou o país, o uso do Modelo "
            "em operações militares.",
        ),
        ("pt", "Não se admite a utilização do Modelo para fins bélicos."),
        (
            "es",
            "No se admite, ni directa ni indirectamente, el empleo del modelo con fines militares.",
        ),
    ],
)
def test_a_far_negation_bans_the_use_it_governs(language: str, text: str) -> None:
    assert ban_tags(language, text) == ["military"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the negation governs another noun: assigning the license, a complaint
        ("pt", "Não se admite a cessão desta licença a terceiros, ainda que para fins militares."),
        ("pt", "Não se admite qualquer reclamação sobre operações militares passadas."),
        ("es", "No se admite la cesión del modelo, tampoco para fines militares."),
        # a full stop ends the clause the negation governs
        ("pt", "Não se admite a revenda do Modelo. O uso em atividades militares é permitido."),
    ],
)
def test_a_negation_of_another_act_bans_no_use(language: str, text: str) -> None:
    assert ban_tags(language, text) == []


# --- weights passed on, a hosted service ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "scopes"),
    [
        ("cs", "Váhy, upravené i neupravené, nesmíte prodat ani předat jiným osobám.",
         ["no-weight-redistribution"]),
        ("cs", "Upravené váhy modelu nesmíte zveřejnit.", ["no-adaptation-sharing"]),
        ("pl", "Nie wolno rozpowszechniać wag Modelu.", ["no-weight-redistribution"]),
        ("nl", "U mag de gewichten van het model niet verspreiden of verkopen.",
         ["no-weight-redistribution"]),
        ("ru", "Лицензиат не вправе передавать веса Модели третьим лицам.",
         ["no-weight-redistribution"]),
        ("nl", "Gebruik binnen uw bedrijf is toegestaan, behalve het beschikbaar stellen van het "
         "model aan derden via een API.", ["no-third-party-service"]),
        ("cs", "Model nesmíte nabízet třetím osobám jako službu.", ["no-third-party-service"]),
        ("pl", "Nie wolno udostępniać Modelu osobom trzecim jako usługi hostowanej.",
         ["no-third-party-service"]),
        ("ru", "Лицензиат не вправе предоставлять Модель третьим лицам как сервис.",
         ["no-third-party-service"]),
        ("de", "Sie dürfen das Modell Dritten nicht als gehosteten Dienst anbieten.",
         ["no-third-party-service"]),
        ("fr", "Il est interdit de proposer le modèle à des tiers en tant que service.",
         ["no-third-party-service"]),
    ],
)  # fmt: skip
def test_a_ban_on_passing_on_or_serving_others(language: str, text: str, scopes: list[str]) -> None:
    clauses = read_weights(language, text)
    assert [(c.key, c.value) for c in clauses] == [("use_scope", scopes)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a permission, no ban
        ("nl", "U mag het model als gehoste dienst aan derden aanbieden."),
        ("cs", "Model smíte užívat i ve službách, které sami provozujete pro své zákazníky."),
        # "behalve" excepting something harmless, or coming after the service it limits
        ("nl", "Commercieel gebruik is toegestaan, behalve voor militaire doeleinden."),
        ("nl", "Het aanbieden van het model aan derden als gehoste dienst is toegestaan, behalve "
         "waar de wet het verbiedt."),
        # an exception out of a ban allows the service
        ("nl", "Commercieel gebruik is verboden, behalve het aanbieden van het model aan derden "
         "via een API van Grutto."),
        # a condition that lets it happen
        ("cs", "Váhy nesmíte zveřejnit bez uvedení této licence."),
        ("nl", "U mag het model niet als gehoste dienst aan derden aanbieden zonder deze "
         "licentie te vermelden."),
        # weights named without a ban, a ban on something else
        ("pl", "Wagi Modelu są dostępne do pobrania."),
        ("ru", "Лицензиат не вправе использовать Модель в военных целях."),
    ],
)  # fmt: skip
def test_no_ban_on_passing_on_or_serving_others(language: str, text: str) -> None:
    assert read_weights(language, text) == []


# --- grants --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Reiger AI verleent u het niet-exclusieve recht het model te kopiëren."),
        ("de", "Die Anbieterin räumt Ihnen ein einfaches, nicht ausschließliches Recht ein, das "
         "Modell zu nutzen."),
        ("pl", "Licencjodawca udziela niewyłącznej licencji na korzystanie z Modelu."),
        ("ru", "Лицензиар предоставляет неисключительное право использовать Модель."),
    ],
)  # fmt: skip
def test_a_plain_grant_states_no_term(language: str, text: str) -> None:
    assert is_plain_grant(text, CUES[language])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a purpose, a limit, a condition, other terms
        ("de", "Der Anbieter räumt Ihnen das Recht ein, das Modell ausschließlich zu einem "
         "Zulässigen Zweck zu nutzen."),
        ("nl", "Reiger AI verleent u het recht het model uitsluitend voor onderzoek te gebruiken."),
        ("fr", "Martinet concède le droit d'utiliser le modèle à des fins de recherche."),
        ("pl", "Licencjodawca udziela licencji na korzystanie z Modelu tylko w celach naukowych."),
        ("ru", "Лицензиар предоставляет право использовать Модель согласно разделу 4."),
        # no grant: a statement of use
        ("nl", "Het model te gebruiken is eenvoudig."),
    ],
)  # fmt: skip
def test_a_narrowed_grant_is_no_plain_grant(language: str, text: str) -> None:
    assert not is_plain_grant(text, CUES[language])


def test_a_grant_on_the_terms_of_a_table_states_no_term() -> None:
    text = "Héron SAS concède au licencié le droit d'utiliser le modèle selon le tableau suivant."
    assert states_no_term(text, CUES["fr"])
    banned = (
        "Héron SAS concède le droit selon le tableau suivant ; l'usage commercial est interdit."
    )
    assert not states_no_term(banned, CUES["fr"])


def test_a_dutch_grant_and_its_hosted_service_carve_out_are_read() -> None:
    text = (
        "1. Reiger AI verleent u het niet-exclusieve recht het model te gebruiken.\n"
        "2. Commercieel gebruik is toegestaan, behalve het aanbieden van het model aan derden "
        "via een API.\n"
    )
    reading = read_foreign(text)
    assert reading.unread == ()
    assert reading.values["commercial_use"] == "allowed"
    assert reading.values["use_scope"] == ["no-third-party-service"]


# --- boilerplate ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Licencjodawca nie rości sobie praw do treści generowanych przez Model.",
        "Naruszenie warunków licencji powoduje jej wygaśnięcie.",
        "Porušení licence způsobuje její zánik.",
        "Poskytovatel si nenárokuje žádná práva k výstupům modelu.",
        "Лицензиар не претендует на права на результаты работы Модели.",
        "Нарушение условий влечёт прекращение лицензии.",
        "Reiger maakt geen aanspraak op de uitvoer van het model.",
    ],
)
def test_polish_czech_russian_dutch_boilerplate(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Licencjodawca rości sobie prawa do wyników generowanych przez Model.",
        "Naruszenie zakazu użycia komercyjnego powoduje wygaśnięcie licencji.",
        "Porušení licence při komerčním užití způsobuje její zánik.",
    ],
)
def test_no_boilerplate_when_a_term_or_a_claim_is_stated(text: str) -> None:
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Licencjodawca nie udziela żadnych gwarancji.",
        "Poskytovatel neposkytuje žádné záruky.",
        "Лицензиар не предоставляет никаких гарантий.",
        "Reiger geeft geen garanties.",
    ],
)
def test_disclaimers(text: str) -> None:
    assert is_disclaimer(text)


def test_a_permission_refused_is_no_disclaimer() -> None:
    assert not is_disclaimer("Licencjodawca nie udziela zgody na użycie komercyjne.")


def test_polish_copies_carry_the_license_text() -> None:
    text = "Kopie Modelu przekazywane dalej zawierają treść niniejszej licencji."
    assert [c.key for c in read_credit("pl", text)] == ["attribution_required"]
    assert read_credit("pl", "Kopie Modelu zawierają wagi i konfigurację.") == []


# --- definitions ---------------------------------------------------------------------------------

_DE_DEFINED = (
    "§ 1 Begriffe\n"
    '(a) „Anbieterin" ist die Reiher Labor GmbH.\n'
    '(b) „Erlaubter Zweck" ist jede Nutzung, die weder auf einen geschäftlichen Vorteil noch '
    "auf eine geldwerte Gegenleistung gerichtet ist.\n\n"
    "§ 2 Die Anbieterin räumt Ihnen das Recht ein, das Modell zu nutzen, jedoch nur zu einem "
    "Erlaubten Zweck.\n"
)


def test_a_german_grant_confined_to_a_defined_purpose_reads_its_definition() -> None:
    reading = read_foreign(_DE_DEFINED)
    assert reading.values["commercial_use"] == "prohibited"
    assert reading.unread == ()


def test_a_definitions_list_without_a_restriction_states_no_term() -> None:
    text = (
        "1.1. «Модель» — веса нейронной сети и сопутствующие файлы.\n"
        "1.2. «Лицензиар» — ООО «Цапля».\n\n"
        "2.1. Лицензиар предоставляет право использовать Модель, в том числе в коммерческих "
        "целях.\n"
    )
    reading = read_foreign(text)
    assert reading.unread == ()
    assert reading.values["commercial_use"] == "allowed"


def test_a_definition_with_a_restriction_is_not_set_aside() -> None:
    # the body limits (only natural persons): no plain definition, it stays to be reported
    text = '„Nutzer" sind ausschließlich natürliche Personen, die das Modell privat verwenden.\n'
    assert read_foreign(text).unread != ()


def test_a_russian_ban_on_a_defined_activity_reads_its_definition() -> None:
    text = (
        "1.2. «Врачебная практика» — постановка диагнозов и назначение лечения.\n\n"
        "3.2. Лицензиат не вправе применять Модель для осуществления Врачебной практики.\n"
    )
    reading = read_foreign(text)
    assert reading.values["use_restrictions"] == ["medical-advice"]
    assert reading.unread == ()


def test_a_defined_term_unused_in_a_ban_bans_nothing() -> None:
    text = (
        "1.2. «Врачебная практика» — постановка диагнозов и назначение лечения.\n\n"
        "3.2. Лицензиат вправе применять Модель для любых целей.\n"
    )
    assert "use_restrictions" not in read_foreign(text).values


@pytest.mark.parametrize(
    "text",
    [
        # a business advantage aimed at, not denied: no non-commercial grant
        "Jede Nutzung, die auf einen geschäftlichen Vorteil gerichtet ist, ist gestattet.",
        "Das Modell darf auch zu geschäftlichen Zwecken genutzt werden.",
    ],
)
def test_a_business_advantage_not_denied_bans_nothing(text: str) -> None:
    assert read_foreign(text).values.get("commercial_use") != "prohibited"


# --- governing law, duty to obey the law ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Esta licencia se rige por las leyes del Estado de Nueva York.", "US-NY"),
        ("К настоящему соглашению применяется право Республики Казахстан.", "KZ"),
        ("La présente licence est régie par le droit de l'État de Californie.", "US-CA"),
        ("Licencja podlega prawu stanu Nowy Jork.", "US-NY"),
        ("Deze licentie wordt beheerst door het recht van Zwitserland.", "CH"),
        ("Der Vertrag unterliegt dem Recht des Staates Delaware.", "US-DE"),
    ],
)
def test_a_choice_of_law_naming_a_place(text: str, code: str) -> None:
    assert read_foreign(text).values["governing_law"] == code


@pytest.mark.parametrize(
    "text",
    [
        # a court, not a law; a law named as a statute
        "Los litigios se someten a los tribunales de Madrid, España.",
        "El licenciatario cumplirá la ley de protección de datos de California.",
    ],
)
def test_no_choice_of_law(text: str) -> None:
    assert "governing_law" not in read_foreign(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Лицензиат обязан соблюдать применимое законодательство.",
        "Licencjobiorca zobowiązany jest przestrzegać obowiązujących przepisów prawa.",
        "Nabyvatel je povinen dodržovat platné právní předpisy.",
        "Der Lizenznehmer hat das geltende Recht einzuhalten.",
    ],
)
def test_a_duty_to_obey_the_law_states_no_term(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Лицензиат обязан соблюдать ограничения раздела 3.",
        "De licentienemer moet zich houden aan het gebruiksbeleid en de toepasselijke wetgeving.",
        "Der Lizenznehmer hat die Nutzungsbeschränkungen einzuhalten.",
    ],
)
def test_a_duty_to_obey_other_terms_is_no_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)


def test_a_used_definition_holding_another_clause_is_still_reported() -> None:
    text = (
        '„Erlaubter Zweck" ist jede Forschung; die Gewichte dürfen nie zu Rivalen gelangen.\n\n'
        "Die Anbieterin räumt Ihnen das Recht ein, das Modell zu nutzen, jedoch nur zu einem "
        "Erlaubten Zweck.\n"
    )
    assert [p.line for p in read_foreign(text).unread] == [1]
