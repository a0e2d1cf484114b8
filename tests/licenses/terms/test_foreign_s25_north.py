"""Session 25, held-out round F, north group (German, Dutch, Polish, Russian, Ukrainian, Swedish,
Czech): the shapes the misses showed, each in wordings written here (none is a scenario's
sentence), with negated or narrowed twins that must keep their reading."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.foreign import read_foreign
from auditor.licenses.terms.foreign_precedence import prevailing_language


def _values(text: str) -> dict[str, object]:
    return read_foreign(text).values


def _unread(text: str) -> list[str]:
    return [p.text for p in read_foreign(text).unread]


# --- a grant that takes business use in (`foreign_grants_north`) ---------------------------

BUSINESS_TAKEN_IN = [
    "Der Anbieter gestattet Ihnen, das Modell zu nutzen und zu verbreiten; die geschäftliche "
    "Verwendung ist mit umfasst.",
    "Sie dürfen das Modell frei einsetzen, und zwar auch in Ihrem eigenen Betrieb.",
    "U mag het model gebruiken en aanpassen, ook binnen uw onderneming.",
    "Licencjobiorca może używać modelu, również w ramach prowadzonej działalności gospodarczej.",
    "Разрешается использовать и изменять модель, в том числе для получения прибыли.",
    "Ви вправі використовувати модель, зокрема з метою отримання доходу.",
    "Du får använda modellen, likaså i förvärvssyfte.",
    "Licenstagaren får använda modellen för privat och kommersiellt bruk.",
    "Model smíte užívat a upravovat i pro své podnikání.",
    "Erlaubt ist jede Verwendung des Modells, gleich für welchen Zweck.",
    "Licencjobiorca może korzystać z modelu odpłatnie lub nieodpłatnie.",
]


@pytest.mark.parametrize("text", BUSINESS_TAKEN_IN)
def test_a_grant_taking_business_use_in_allows_commercial_use(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


NOT_TAKEN_IN = [
    "Die gewerbliche Nutzung ist nicht eingeschlossen.",
    "U mag het model gebruiken, maar niet voor uw onderneming.",
    "Du får använda modellen, men inte i din näringsverksamhet.",
    "Licencjobiorca nie może korzystać z modelu w ramach działalności gospodarczej.",
    "Использовать модель для получения прибыли не разрешается.",
]


@pytest.mark.parametrize("text", NOT_TAKEN_IN)
def test_business_use_negated_is_not_allowed(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"


def test_profit_making_and_not_is_both_kinds_in_polish() -> None:
    text = "Licencja obejmuje korzystanie zarobkowe oraz niezarobkowe, bez żadnych opłat."
    assert _values(text).get("commercial_use") == "allowed"
    assert (
        _values("Licencja obejmuje wyłącznie korzystanie niezarobkowe.").get("commercial_use")
        == "prohibited"
    )


# --- a cap's measure or threshold defined in another passage (`foreign_defined_caps`) --------


def test_a_user_measure_defined_by_a_month_is_read_where_the_cap_uses_it() -> None:
    text = (
        '§ 1 „Relevante Nutzer" bezeichnet die Personen, die ein Produkt im Kalendermonat '
        "aufrufen, einschließlich der Nutzer verbundener Unternehmen.\n\n"
        "§ 5 Liegen die Relevanten Nutzer über 2.000.000, ist eine gesonderte Lizenz nötig.\n"
    )
    cap = _values(text).get("user_threshold")
    assert cap == {"count": 2000000, "unit": "mau", "counts": "licensee-and-affiliates"}


def test_a_dutch_colon_definition_gives_the_users_their_month() -> None:
    text = (
        "2.1 Eindgebruikers: personen die een dienst van de licentienemer in een kalendermaand "
        "openen.\n\n"
        "Artikel 6. Bij meer dan 500.000 Eindgebruikers is een aparte licentie nodig.\n"
    )
    assert _values(text).get("user_threshold") == {"count": 500000, "unit": "mau"}


def test_users_defined_with_no_month_are_no_monthly_cap() -> None:
    text = (
        "2.1 Eindgebruikers: personen die een dienst van de licentienemer openen.\n\n"
        "Artikel 6. Bij meer dan 500.000 Eindgebruikers is een aparte licentie nodig.\n"
    )
    assert "user_threshold" not in _values(text)


def test_a_threshold_stated_alone_is_read_where_it_is_exceeded() -> None:
    sv = (
        "§ 2 Gränsvärdet är 50 miljoner kronor.\n\n"
        "§ 3 Den vars årsomsättning överstiger gränsvärdet behöver ett separat licensavtal.\n"
    )
    cap = _values(sv).get("revenue_threshold")
    assert isinstance(cap, dict) and (cap["amount"], cap["currency"]) == (50000000, "SEK")
    assert _unread(sv) == []
    cs = (
        "Článek 2. Prahem je částka 200 milionů korun.\n\n"
        "Článek 3. Nabyvatel, jehož roční obrat práh přesáhne, potřebuje samostatnou licenci.\n"
    )
    cap = _values(cs).get("revenue_threshold")
    assert isinstance(cap, dict) and (cap["amount"], cap["currency"]) == (200000000, "CZK")


def test_two_thresholds_stated_alone_are_not_guessed() -> None:
    text = (
        "§ 2 Gränsvärdet är 50 miljoner kronor.\n\n"
        "§ 3 Gränsvärdet för stiftelser är 5 miljoner kronor.\n\n"
        "§ 4 Den vars årsomsättning överstiger gränsvärdet behöver ett separat licensavtal.\n"
    )
    cap = _values(text).get("revenue_threshold")
    assert not isinstance(cap, dict) or cap["amount"] != 5000000


def test_such_a_licensee_continues_the_cap_before_it() -> None:
    text = (
        "1. Licencjobiorca, którego roczny przychód przekracza 80 mln zł, nie korzysta z "
        "niniejszej licencji.\n\n"
        "2. Taki licencjobiorca zawiera z nami odrębną umowę licencyjną.\n"
    )
    values = _values(text)
    assert values.get("commercial_use_conditions") == ["separate-license-above-threshold"]
    assert _unread(text) == []


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Próg wynosi trzysta milionów złotych rocznego przychodu.", 300000000, "PLN"),
        ("Hranicí je roční obrat ve výši jednu miliardu korun.", 1000000000, "CZK"),
    ],
)
def test_amounts_in_words_zloty_and_the_czech_billion(
    text: str, amount: int, currency: str
) -> None:
    cap = _values(text).get("revenue_threshold")
    assert isinstance(cap, dict) and (cap["amount"], cap["currency"]) == (amount, currency)


# --- a territory another passage defines (`foreign_confined_north`) --------------------------


def test_use_confined_to_a_defined_territory() -> None:
    de = (
        "§ 1 Vertragsgebiet ist die Republik Österreich.\n\n"
        "§ 5 Die Nutzung des Modells ist nur innerhalb des Vertragsgebiets gestattet.\n"
    )
    ru = (
        "1.3. Территория: Республика Казахстан.\n\n"
        "4.1. Эксплуатировать модель вне Территории лицензиат не вправе.\n"
    )
    for text, code in ((de, "AT"), (ru, "KZ")):
        clauses = _values(text)["excluded_use_territories"]
        assert clauses == [{"regions": [code], "models": "all", "exempts": [], "within": True}]


def test_a_territory_defined_but_never_confining_use_confines_nothing() -> None:
    text = "1.3. Территория: Республика Казахстан.\n\n4.1. Лицензиат вправе изменять модель.\n"
    assert "excluded_use_territories" not in _values(text)


# --- the law named by its adjective (`foreign_law_north`) -----------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Auf diesen Vertrag ist ausschließlich schweizerisches Recht anzuwenden.", "CH"),
        ("Niniejsza licencja podlega prawu polskiemu.", "PL"),
        ("Применимое право: казахстанское право.", "KZ"),
        ("Op deze overeenkomst is het Belgisch recht van toepassing.", "BE"),
    ],
)
def test_a_law_named_by_its_adjective(text: str, code: str) -> None:
    assert _values(text).get("governing_law") == code


def test_a_law_to_obey_is_no_law_chosen() -> None:
    text = "Der Nutzer hat beim Einsatz des Modells deutsches Recht zu beachten und zu wahren."
    assert "governing_law" not in _values(text)


# --- which version prevails (`foreign_precedence`) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bei Abweichungen geht der deutsche Wortlaut vor.", "de"),
        ("Bij verschillen is de Nederlandse versie bindend.", "nl"),
        ("Verbindlich ist nur der deutsche Wortlaut.", "de"),
    ],
)
def test_the_prevailing_version(text: str, code: str) -> None:
    assert prevailing_language(text) == code


def test_a_version_said_not_to_prevail_is_none() -> None:
    assert prevailing_language("Die englische Fassung ist nicht maßgeblich.") is None


# --- passages stating no term ---------------------------------------------------------------


NO_TERM = [
    "Das Modell wird ohne jede Garantie bereitgestellt.",
    "Modellen tillhandahålls i befintligt skick.",
    "Rätten är inte överlåtbar.",
    "Licencja jest niewyłączna i nieprzenoszalna.",
    "Eine gesonderte Genehmigung ist hierfür nicht erforderlich.",
    "Ytterligare tillstånd krävs inte.",
    "Die Meldung dient nur der Information.",
    "Oznámení má pouze informativní charakter.",
    "Es gilt das Recht des Landes, in dem der Lizenznehmer ansässig ist.",
    "Darf ich das Modell in einer Kundenanwendung einsetzen?",
    "Следующие ответы являются обязательной частью лицензии.",
    "Verstöße gegen die Richtlinie gelten als Verletzung dieser Lizenz.",
    "Jeder Dienst wird gesondert gezählt.",
    "Nutzer anderer Produkte werden nicht mitgezählt.",
    "Für die Sprachmodelle gilt Absatz 2 nicht.",
    "Die englische Übersetzung ist unverbindlich.",
    "Vertalingen zijn uitsluitend ter informatie.",
]


@pytest.mark.parametrize("text", NO_TERM)
def test_a_passage_stating_no_term_is_not_unread(text: str) -> None:
    reading = read_foreign(text)
    assert reading.unread == () and "commercial_use" not in reading.values


STILL_TERMS = [
    "Eine gesonderte Genehmigung ist für die kommerzielle Nutzung erforderlich.",
    "Darf ich das Modell kommerziell nutzen? Nein, die kommerzielle Nutzung ist untersagt.",
    "Die Meldung ist Voraussetzung jeder kommerziellen Nutzung.",
]


@pytest.mark.parametrize("text", STILL_TERMS)
def test_a_term_beside_those_shapes_is_not_set_aside(text: str) -> None:
    reading = read_foreign(text)
    read = reading.values.get("commercial_use") in ("restricted", "prohibited")
    assert read or reading.unread != ()


# --- duties and harms ------------------------------------------------------------------------


def test_a_licence_copy_given_with_the_model_is_a_credit_duty() -> None:
    de = "Wer Kopien des Modells weitergibt, fügt den Lizenztext bei."
    pl = "Zmienioną wersję możesz udostępniać, o ile dołączysz do niej niniejsze warunki."
    for text in (de, pl):
        assert _values(text).get("attribution_required") is True


def test_malware_in_russian_and_ukrainian_lists() -> None:
    ru = "Запрещается использовать модель для создания вредоносных программ."
    uk = "Заборонено використовувати модель для написання шкідливого коду."
    for text in (ru, uk):
        assert "generate-malware" in _values(text).get("use_restrictions", [])  # type: ignore[operator]


# --- German bans on training other models with the outputs (`foreign_weights`) --------------


@pytest.mark.parametrize(
    "text",
    [
        "Mit den generierten Inhalten darf kein fremdes KI-Modell nachtrainiert werden.",
        "Die erzeugten Texte dürfen nicht dazu dienen, ein anderes Sprachmodell anzulernen.",
    ],
)
def test_outputs_barred_from_training_another_model_in_german(text: str) -> None:
    assert _values(text).get("output_use_restriction") is True


def test_outputs_used_to_tune_nothing_else_ban_nothing() -> None:
    text = "Die erzeugten Texte dürfen Sie frei veröffentlichen und weiterverarbeiten."
    assert "output_use_restriction" not in _values(text)
    assert _unread("Die vom Modell erzeugten Texte gehören Ihnen.") == []


# --- licensees left out by where they are based (`foreign_domiciles_north`) -----------------


def test_a_list_of_licensees_left_out_by_their_seat() -> None:
    nl = (
        "Artikel 5. Geen licentie krijgen: 1° personen met woonplaats in Rusland; 2° bedrijven "
        "die in Wit-Rusland zijn gevestigd.\n"
    )
    uk = (
        "4. Від ліцензії виключені, і ліцензія не надається:\n"
        "а) особам, зареєстрованим в Ірані;\n"
        "б) компаніям з місцем діяльності в цих державах.\n"
    )
    for text, regions in ((nl, ["BY", "RU"]), (uk, ["IR"])):
        entries = _values(text)["excluded_licensee_domiciles"]
        assert entries == [{"regions": regions, "models": "all", "exempts": []}]
        assert _unread(text) == []


def test_use_in_a_place_is_no_domicile() -> None:
    text = "Artikel 5. Uitgesloten is het gebruik van het model in Rusland.\n"
    assert "excluded_licensee_domiciles" not in _values(text)


def test_end_users_spared_right_after_the_list() -> None:
    text = (
        "Art. 2. Van de licentie uitgesloten zijn ondernemingen met zetel in Iran.\n\n"
        "Art. 3.\nArtikel 2 is niet van toepassing op eindgebruikers van hun diensten.\n"
    )
    entries = _values(text)["excluded_licensee_domiciles"]
    assert entries == [{"regions": ["IR"], "models": "all", "exempts": ["end-users"]}]


# --- with or without profit: both kinds granted ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "U mag het model gebruiken met of zonder winstoogmerk.",
        "Sie dürfen das Modell mit oder ohne Gewinnerzielungsabsicht einsetzen.",
        "Du får använda modellen med eller utan vinstsyfte.",
        "Model můžete užívat pro účely výdělečné i nevýdělečné.",
    ],
)
def test_with_or_without_profit_is_no_ban(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "U mag het model uitsluitend zonder winstoogmerk gebruiken.",
        "Model můžete užívat pouze pro účely nevýdělečné.",
    ],
)
def test_without_profit_only_is_still_a_ban(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"


# --- commercial use simply permitted in one clause (`foreign_grants_north`) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Sie dürfen das Modell zu gewerblichen Zwecken einsetzen.",
        "Het model mag in commerciële producten worden ingebouwd.",
        "Model wolno stosować w produktach komercyjnych.",
        "Модель можно применять в коммерческих продуктах.",
        "Modellen får byggas in i kommersiella tjänster.",
        "Model lze nasadit v komerčních službách.",
    ],
)
def test_commercial_use_simply_permitted(text: str) -> None:
    assert _values(text).get("commercial_use") == "allowed"


@pytest.mark.parametrize(
    "text",
    [
        "Sie dürfen das Modell einsetzen, außer zu gewerblichen Zwecken.",
        "Het model mag alleen na schriftelijke toestemming in commerciële producten worden "
        "ingebouwd.",
        "Модель можно применять в коммерческих продуктах только по отдельному договору.",
        "Modellen får inte byggas in i kommersiella tjänster.",
    ],
)
def test_commercial_use_excepted_or_conditioned_is_not_allowed(text: str) -> None:
    assert _values(text).get("commercial_use") != "allowed"


# --- the licence or use confined to places in one clause (`foreign_confined_north`) --------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Die Lizenz ist nur in Deutschland und Österreich wirksam.", ["AT", "DE"]),
        ("Licencja obowiązuje wyłącznie na terytorium Rzeczypospolitej Polskiej.", ["PL"]),
        ("Модель можно использовать только на территории Казахстана.", ["KZ"]),
        ("Modellen får endast användas i Sverige och Norge.", ["NO", "SE"]),
        ("Licence platí pouze na území České republiky.", ["CZ"]),
    ],
)
def test_use_confined_to_places_in_one_clause(text: str, regions: list[str]) -> None:
    clauses = _values(text)["excluded_use_territories"]
    assert clauses == [{"regions": regions, "models": "all", "exempts": [], "within": True}]


@pytest.mark.parametrize(
    "text",
    [
        "Die Lizenz gilt nicht nur in Deutschland.",
        "Nur Unternehmen mit Sitz in Deutschland dürfen das Modell nutzen.",
        "Das Modell darf nur in Deutschland erhobene Daten verarbeiten.",
    ],
)
def test_not_only_a_seat_or_an_origin_confines_nothing(text: str) -> None:
    assert "excluded_use_territories" not in _values(text)


# --- a threshold named by a compound noun (`foreign_defined_caps`) ---------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        (
            "§ 2 Die Umsatzschwelle liegt bei 50 Millionen Euro.\n\n"
            "§ 3 Wer mit seinem Jahresumsatz die Umsatzschwelle übersteigt, benötigt eine "
            "gesonderte Lizenz.\n",
            50000000,
            "EUR",
        ),
        (
            "Artikel 2. De omzetdrempel is 20 miljoen euro.\n\n"
            "Artikel 3. Wie met zijn jaaromzet boven de omzetdrempel uitkomt, heeft een aparte "
            "licentie nodig.\n",
            20000000,
            "EUR",
        ),
    ],
)
def test_a_compound_threshold_noun_is_read_where_it_is_exceeded(
    text: str, amount: int, currency: str
) -> None:
    cap = _values(text).get("revenue_threshold")
    assert isinstance(cap, dict) and (cap["amount"], cap["currency"]) == (amount, currency)
    assert _values(text).get("commercial_use_conditions") == ["separate-license-above-threshold"]


def test_a_limit_with_no_amount_anywhere_is_no_cap() -> None:
    text = (
        "Artikel 3. Wie met zijn jaaromzet boven de omzetdrempel uitkomt, heeft een aparte "
        "licentie nodig.\n"
    )
    assert "revenue_threshold" not in _values(text)
