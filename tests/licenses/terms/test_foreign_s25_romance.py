"""Session 25, Romance languages (es, pt, fr, it, ro): shapes read from the languages' word
tables (`foreign_romance`, `foreign_law_romance`, `foreign_no_term_romance`,
`foreign_routes_romance`, `foreign_currencies_romance`), each with paraphrases written for the
test and twins that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.licenses.terms.foreign import read_foreign

_CONDITIONS = "commercial_use_conditions"


def _values(text: str) -> dict[str, Any]:  # a term's value, whatever its type
    return dict(read_foreign(text).values)


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- both kinds of use granted: "for profit or not", "private and professional" ------------


@pytest.mark.parametrize(
    "text",
    [
        "El Licenciante permite a cualquier persona usar y modificar el modelo, tenga o no un fin"
        " lucrativo.",
        "A Licenciante autoriza o uso e a cópia do modelo, seja a atividade lucrativa ou não.",
        "Le Concédant permet d'utiliser et de copier le modèle pour un usage personnel et"
        " professionnel.",
        "Il Licenziante consente di usare e distribuire il modello, con o senza scopo di lucro.",
        "Licențiatorul permite utilizarea și copierea modelului, în scop comercial sau nu.",
        "Se concede el derecho de usar el modelo tanto con fines comerciales como sin ellos.",
    ],
)
def test_a_grant_of_both_kinds_allows_commercial_use(text: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "allowed"
    assert not _unread(text)


@pytest.mark.parametrize(
    "text",
    [
        "Licenciante: se permite usar el modelo con cualquier propósito, sin ninguna excepción.",
        "A Licenciante autoriza qualquer pessoa a utilizar o modelo, seja qual for a finalidade.",
        "Le titulaire autorise chacun à utiliser le modèle, quel que soit le but poursuivi.",
        "Il titolare autorizza l'uso del modello, qualunque ne sia lo scopo.",
    ],
)
def test_a_grant_for_whatever_purpose_allows_commercial_use(text: str) -> None:
    assert _values(text)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "O Licenciante concede o direito de usar o modelo, incluindo em atividades profissionais.",
        "Le Concédant autorise l'utilisation du modèle, y compris au sein d'une entreprise"
        " commerciale.",
        "El titular permite usar el modelo, incluso en el ámbito empresarial.",
    ],
)
def test_a_grant_including_a_commercial_setting_allows_commercial_use(text: str) -> None:
    assert _values(text)["commercial_use"] == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        # twins: a ban or an exception naming commercial use stays a ban
        "Le Concédant permet d'utiliser le modèle à toutes fins, sauf commerciales.",
        "El titular permite usar el modelo con cualquier finalidad, excepto la comercial.",
        "El titular no autoriza el uso del modelo, sea lucrativo o no.",
        "O uso comercial do modelo não é permitido.",
    ],
)
def test_an_exception_or_a_denied_grant_is_no_grant_of_both(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"


# --- a non-profit grant, commercial use not covered --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La Licenciante permite el uso del modelo sin ánimo de lucro.",
        "O Licenciante autoriza a utilização do modelo apenas para fins não lucrativos.",
        "Il Licenziante concede l'uso del modello per attività senza scopo di lucro.",
        "Le Concédant autorise l'usage du modèle à des fins non lucratives.",
        "Cette licence ne couvre pas l'exploitation commerciale du modèle.",
        "La presente licencia no autoriza ningún uso comercial.",
        "L'uso commerciale del modello non è coperto da questa licenza.",
    ],
)
def test_a_non_profit_grant_or_commercial_use_not_covered_is_a_ban(text: str) -> None:
    assert _values(text)["commercial_use"] == "prohibited"


def test_commercial_use_not_covered_for_a_defined_class_is_no_general_ban() -> None:
    text = "A licença não abrange o uso comercial por Grande Empresa Licenciada."
    assert _values(text).get("commercial_use") != "prohibited"


# --- commercial use subject to the licensor's permission, far from its subject ------------------


@pytest.mark.parametrize(
    "text",
    [
        "1. Se permite el uso del modelo sin ánimo de lucro.\n"
        "2. Cualquier uso lucrativo del modelo, también el que una empresa haga en sus oficinas,"
        " estará supeditado a la autorización expresa del titular.",
        "1. Il Licenziante consente l'uso del modello senza scopo di lucro.\n"
        "2. Ogni utilizzo commerciale del modello, anche soltanto interno a un'azienda, è"
        " subordinato al consenso scritto del Licenziante.",
        "1. Le Concédant autorise l'usage du modèle à des fins non lucratives.\n"
        "2. Toute exploitation commerciale du modèle, même limitée aux besoins internes d'une"
        " société, est subordonnée à l'accord écrit du Concédant.",
    ],
)
def test_commercial_use_subject_to_permission_restricts(text: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "restricted"
    assert values[_CONDITIONS] == ["written-permission"]


def test_permission_said_unneeded_is_no_condition() -> None:
    text = "Cualquier uso lucrativo del modelo no está sujeto a autorización alguna del titular."
    assert _values(text).get("commercial_use") != "restricted"


# --- the governing law named by an adjective or a place -----------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Las presentes condiciones se rigen por el derecho uruguayo.", "UY"),
        ("Este contrato se submete à legislação portuguesa. Aplica-se a lei portuguesa.", "PT"),
        ("Droit applicable : luxembourgeois.", "LU"),
        ("Il presente contratto è regolato dal diritto svizzero.", "CH"),
        ("Rige esta licencia la ley de la República de Chile.", "CL"),
        ("La licence est régie par les lois en vigueur en Ontario.", "CA"),
        ("Legge applicabile: belga.", "BE"),
    ],
)
def test_a_law_named_by_its_adjective_or_place_is_read(text: str, code: str) -> None:
    assert _values(text)["governing_law"] == code


@pytest.mark.parametrize(
    "text",
    [
        "El licenciatario debe cumplir la legislación española de protección de datos.",
        "Los tribunales de Madrid son competentes para conocer de cualquier disputa.",
    ],
)
def test_a_law_to_obey_or_a_court_is_no_choice_of_law(text: str) -> None:
    assert "governing_law" not in _values(text)


# --- passages that state no term ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Licencia del modelo.\n\nQuien comparta copias del modelo deberá incluir este texto.",
        "Licence du modèle.\n\nToute redistribution du modèle doit joindre la présente licence.",
        "Licenza del modello.\n\nLe copie distribuite conservano questa licenza.",
        "Licença.\n\nPara efeitos desta licença entende-se por:",
        "Licencia.\n\nEl modelo se facilita tal cual está, sin garantías.",
        "Licencia.\n\nTodo otro uso queda reservado al titular.",
    ],
)
def test_copies_carry_the_licence_and_other_boilerplate_state_no_term(text: str) -> None:
    assert not _unread(text)
    assert "commercial_use" not in _values(text)


# --- routes: a notice that is no request for approval (pt, ro) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Art. 1. Licențiatorul acordă oricui dreptul de a utiliza modelul, inclusiv în scop"
        " comercial.\nArt. 2. Înainte de a începe utilizarea comercială, licențiatul trimite un"
        " e-mail licențiatorului.\nArt. 3. E-mailul nu este o cerere de autorizare.",
        "1. A Licenciante autoriza o uso do modelo, com ou sem finalidade comercial.\n"
        "2. Quem for usar o modelo comercialmente dará ciência prévia à Licenciante por e-mail.\n"
        "3. Não se trata de pedido de aprovação.",
    ],
)
def test_a_notice_that_is_no_request_is_registration(text: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "allowed"
    assert values[_CONDITIONS] == ["registration"]
    assert not _unread(text)


def test_a_request_for_approval_is_still_a_permission() -> None:
    text = (
        "Art. 1. Licențiatorul permite utilizarea necomercială a modelului.\n"
        "Art. 2. Utilizarea comercială necesită aprobarea prealabilă a licențiatorului."
    )
    assert _values(text)["commercial_use"] == "restricted"


# --- revenue caps in Swiss francs and Mexican pesos ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("El límite de ingresos anuales es de 250 millones de pesos mexicanos.", "MXN"),
        ("El umbral de ingresos anuales del licenciatario es de $300,000,000.00 M.N.", "MXN"),
        ("Le plafond de chiffre d'affaires annuel est de 15 millions de francs suisses.", "CHF"),
    ],
)
def test_a_revenue_cap_in_francs_or_pesos(text: str, currency: str) -> None:
    threshold = _values(text)["revenue_threshold"]
    assert isinstance(threshold, dict)
    assert threshold["currency"] == currency


def test_a_peso_of_no_known_country_is_not_read_as_dollars() -> None:
    text = "El límite de ingresos anuales es de $500,000,000 pesos."
    assert "revenue_threshold_usd" not in _values(text)


# --- precedence: the Spanish text authentic, the original prevailing ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Licencia.\n\nÚnicamente la versión en castellano es auténtica.", None),
        ("Licencia.\n\nEn caso de discrepancia prevalece el castellano.", "es"),
        ("Licenza.\n\nIn caso di contrasto prevale il testo originale francese.", "fr"),
    ],
)
def test_a_precedence_clause(text: str, language: str | None) -> None:
    reading = read_foreign(text)
    if language is not None:
        assert reading.prevails == language


# --- a grant for research, teaching or personal ends only; a cap's consequence -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Le Concédant autorise l'utilisation du modèle à des fins de recherche ou d'enseignement.",
        "Il modello può essere usato gratuitamente per finalità di studio e di ricerca.",
        "La Licenciante permite descargar y modificar el modelo con fines de docencia.",
    ],
)
def test_a_grant_for_non_commercial_ends_bans_commercial_use(text: str) -> None:
    assert _values(text)["commercial_use"] == "prohibited"


def test_a_grant_for_research_and_commercial_ends_is_no_ban() -> None:
    text = "Se permite usar el modelo con fines de investigación y también con fines comerciales."
    assert _values(text).get("commercial_use") != "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        "1. Il fatturato annuo massimo è di 30 milioni di euro.\n"
        "2. Il licenziatario che supera la soglia non può più avvalersi dell'art. 1 e stipula"
        " prima un contratto di licenza a pagamento.",
        "1. El umbral es una facturación anual de 40 millones de euros.\n"
        "2. Superado el umbral, el licenciatario deberá suscribir una licencia empresarial.",
    ],
)
def test_a_sentence_past_the_cap_is_the_caps_condition(text: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "restricted"
    assert values[_CONDITIONS] == ["separate-license-above-threshold"]
    assert not _unread(text)


def test_a_notice_for_statistics_only_states_no_term() -> None:
    text = "Licença.\n\nO aviso tem finalidade puramente estatística."
    assert not _unread(text)


# --- a licence confined to named places ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "1. La licencia es válida únicamente en la Unión Europea.\n"
            "2. Fuera de ese territorio no puede ejecutarse el modelo.",
            ["EU"],
        ),
        ("La licence n'est valable que dans l'Espace économique européen.", ["EEA"]),
        ("Il diritto concesso vale soltanto in Italia e in Francia.", ["FR", "IT"]),
    ],
)
def test_a_licence_confined_to_places(text: str, regions: list[str]) -> None:
    (clause,) = _values(text)["excluded_use_territories"]
    assert clause["within"] is True
    assert clause["regions"] == regions
    assert not _unread(text)


def test_a_place_named_without_confinement_is_no_territory() -> None:
    text = "La Licenciante, con sede en la Unión Europea, permite el uso del modelo."
    assert "excluded_use_territories" not in _values(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("Artigo 9.º - Lei brasileira.", "BR"), ("§ 7 Diritto svizzero.", "CH")],
)
def test_a_bare_law_after_a_clause_number(text: str, code: str) -> None:
    assert _values("Licença.\n\n" + text)["governing_law"] == code


# --- caps on daily active users, counted per application ----------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Le plafond est fixé à 80 000 utilisateurs actifs par jour.", 80000),
        ("El límite es de 200.000 usuarios activos diarios por producto.", 200000),
        ("Il tetto è di 40.000 utenti attivi giornalieri.", 40000),
        ("O limite máximo é de 150.000 utilizadores ativos por dia em cada aplicação.", 150000),
    ],
)
def test_a_cap_on_daily_active_users(text: str, count: int) -> None:
    assert _values(text)["user_threshold"] == {"count": count, "unit": "dau"}


def test_a_monthly_cap_stays_monthly() -> None:
    text = "Le plafond est de 700 000 utilisateurs actifs mensuels."
    assert _values(text)["mau_threshold"] == 700000


@pytest.mark.parametrize(
    "text",
    [
        "Licenza.\n\nCiascun prodotto viene calcolato separatamente.",
        "Licence.\n\nChaque service est compté séparément.",
        "Licencia.\n\nCada aplicación se cuenta por separado.",
    ],
)
def test_a_cap_counted_per_application_states_no_term(text: str) -> None:
    assert not _unread(text)


# --- a grant confined to purposes listed one by one ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1. La licencia se otorga solamente para los fines enumerados a continuación:\n"
        "a) enseñanza en colegios;\n"
        "b) investigación sin ánimo de lucro.\n"
        "Cualquier otro uso, en especial el empresarial, queda excluido.\n"
        "2. Dentro de los fines del artículo 1, el titular autoriza la copia del modelo.",
        "1. La licence est accordée uniquement pour les usages suivants :\n"
        "a) recherche universitaire ;\n"
        "b) usage personnel.\n"
        "Tout autre usage est interdit.",
    ],
)
def test_a_grant_confined_to_listed_non_commercial_ends_is_a_ban(text: str) -> None:
    assert _values(text)["commercial_use"] == "prohibited"
    assert not _unread(text)


def test_a_listed_commercial_end_is_no_non_commercial_item() -> None:
    text = "Licenza.\n\nuso commerciale interno delle imprese;"
    assert _values(text).get("commercial_use") != "prohibited"


# --- a purpose defined as non-commercial, used by its name ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '1. "Uso Autorizado": cualquier utilización sin ánimo de lucro.\n'
        "2. El titular permite copiar y ejecutar el modelo siempre que se trate de Uso Autorizado.",
        '1. "Finalità Ammessa" indica ogni impiego che non persegue alcun lucro.\n'
        "2. Il titolare consente l'impiego del modello per la Finalità Ammessa.\n"
        "3. Non costituisce Finalità Ammessa l'impiego da parte di una società commerciale.",
    ],
)
def test_a_purpose_defined_as_non_profit_makes_its_grant_non_commercial(text: str) -> None:
    assert _values(text)["commercial_use"] == "prohibited"
    assert not _unread(text)


def test_a_purpose_defined_with_commercial_use_is_not_resolved_as_non_profit() -> None:
    text = (
        '1. "Uso Autorizado": cualquier utilización, también con fines comerciales.\n'
        "2. El titular permite ejecutar el modelo para el Uso Autorizado."
    )
    assert _values(text).get("commercial_use") != "prohibited"


@pytest.mark.parametrize(
    "text",
    [
        '1. Se considera "Gran Licenciatario" a la sociedad con ingresos anuales superiores a'
        " 30.000.000 de euros.\n"
        "2. La licencia no comprende el uso comercial por un Gran Licenciatario.\n"
        "3. Todo Gran Licenciatario deberá contratar antes una licencia de pago.",
        "1. On entend par « Grande Entreprise » toute société dont le chiffre d'affaires annuel"
        " dépasse 40 000 000 d'euros.\n"
        "2. Une Grande Entreprise doit obtenir au préalable une licence commerciale.",
    ],
)
def test_a_class_defined_by_a_cap_is_the_caps_condition(text: str) -> None:
    values = _values(text)
    assert values["commercial_use"] == "restricted"
    assert values[_CONDITIONS] == ["separate-license-above-threshold"]
    assert not _unread(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Licencia de Uso del Modelo Tucán-3B (versión 2.1)\n\nPrimera. ...\n",
         "Licencia de Uso del Modelo Tucán-3B (versión 2.1)"),
        ("# Licence du modèle Grive-4B (rév. 3)\n\nArticle 1. ...\n",
         "Licence du modèle Grive-4B (rév. 3)"),
        ("# Sobre a licença (v. 2.0)\n\nTexto.\n", None),
    ],
)  # fmt: skip
def test_a_version_in_a_titles_qualifier_keeps_the_title(text: str, title: str | None) -> None:
    from auditor.licenses.text.title_shapes import find_title

    assert find_title(text) == title
